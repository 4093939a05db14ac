"""OpenAI-compatible API on an Engine (engine.chat.completions, engine.completions, engine.embeddings);
server.py serves the same over HTTP."""

from .errors import APIError, ContextLengthError, InvalidRequestError, ModelNotFoundError, QueueFullError
from .resources import APIObject, Chat, ChatCompletions, Completions, Embeddings, model_id

__all__ = [
    "APIError", "APIObject", "Chat", "ChatCompletions", "Completions", "ContextLengthError", "Embeddings",
    "InvalidRequestError", "ModelNotFoundError", "QueueFullError", "model_id",
]
