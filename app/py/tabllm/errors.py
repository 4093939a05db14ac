"""User-facing errors.

Anything a user can cause (a wrong path, a truncated download, a model we do not support, a damaged
cache) raises a TabllmError whose message says what is wrong and what to do about it. The CLI prints
the message without a traceback; everything else is a bug and keeps its traceback.

Where they go: the CLI exits with EXIT_DEVICE for a DeviceError and EXIT_USER for any other TabllmError
(argparse's own usage errors are 2 as well); the API server answers 503 for a DeviceError, 400 for the
rest (ContextWindowError with OpenAI's code "context_length_exceeded").
"""

EXIT_USER = 2  # bad input, bad or unsupported model, missing package
EXIT_DEVICE = 3  # the GPU cannot run it


class TabllmError(Exception):
    """Base class for errors reported to the user as a plain message."""


class ModelFormatError(TabllmError):
    """A model file or model directory is missing, truncated, corrupt or of another format version."""


class UnsupportedModelError(TabllmError):
    """A well-formed model that uses something tabllm does not implement (architecture, quant type,
    tokenizer type)."""


class TemplateError(TabllmError):
    """The model's chat template failed to render (it may raise on purpose, e.g. on bad roles)."""


class DeviceError(TabllmError):
    """The GPU or its driver cannot run this: no adapter, a limit or feature the plan needs, a lost device."""


class ContextWindowError(TabllmError):
    """A prompt (with room for one generated token) longer than the model's context window."""


class MissingPackageError(TabllmError):
    """An optional package needed for this operation is not installed."""
