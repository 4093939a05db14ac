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


class AuthenticationError(APIError):
    """401 from the HTTP server: it was started with an API key and the request does not carry it
    (`Authorization: Bearer KEY`)."""

    status = 401
    type = "invalid_request_error"
    code = "invalid_api_key"


class ModelNotFoundError(APIError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class QueueFullError(APIError):
    """503 from the HTTP server: too many requests are waiting for the engine."""

    status = 503
    type = "server_error"
    code = "queue_full"


class RequestTimeoutError(APIError):
    """408 from the HTTP server: the request body did not arrive in time."""

    status = 408
    type = "invalid_request_error"
    code = "request_timeout"


class RequestTooLargeError(APIError):
    """413 from the HTTP server: the request body is larger than the server accepts."""

    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class UnsupportedMediaTypeError(APIError):
    """415 from the HTTP server: a POST body that is not declared `Content-Type: application/json`."""

    status = 415
    type = "invalid_request_error"
    code = "unsupported_media_type"


class MisdirectedRequestError(APIError):
    """421 from the HTTP server: the Host header names a host it does not answer for (a page on
    another site reaching a local server through DNS rebinding sends its own host name)."""

    status = 421
    type = "invalid_request_error"
    code = "invalid_host"
