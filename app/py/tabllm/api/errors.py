"""OpenAI-shaped errors: each carries the HTTP status and the fields of OpenAI's error body.

    {"error": {"message": ..., "type": "invalid_request_error", "param": "temperature", "code": null}}

The Python API raises them (they are TabllmErrors); the HTTP server turns them into that body with
their status. Anything else escaping a request is a bug: the server answers 500 and logs it.
"""

from ..errors import TabllmError


class APIError(TabllmError):
    status = 500
    type = "server_error"
    code = None

    def __init__(self, message, param=None, code=None):
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class InvalidRequestError(APIError):
    """400: a parameter is missing, of the wrong type or out of range (`param` names it)."""

    status = 400
    type = "invalid_request_error"


class ContextLengthError(InvalidRequestError):
    """400: the prompt does not fit the context window (the message gives both sizes)."""

    code = "context_length_exceeded"


class ModelNotFoundError(APIError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class QueueFullError(APIError):
    """503 from the HTTP server: too many requests are waiting for the engine."""

    status = 503
    type = "server_error"
    code = "queue_full"
