"""User-facing errors.

Anything a user can cause (a wrong path, a truncated download, a model we do not support, a damaged
cache) raises a TabllmError whose message says what is wrong and what to do about it. The CLI prints
the message without a traceback; everything else is a bug and keeps its traceback.
"""


class TabllmError(Exception):
    """Base class for errors reported to the user as a plain message."""


class ModelFormatError(TabllmError):
    """A model file or model directory is missing, truncated, corrupt or of another format version."""


class UnsupportedModelError(TabllmError):
    """A well-formed model that uses something tabllm does not implement (architecture, quant type,
    tokenizer type)."""


class TemplateError(TabllmError):
    """The model's chat template failed to render (it may raise on purpose, e.g. on bad roles)."""


class MissingPackageError(TabllmError):
    """An optional package needed for this operation is not installed."""
