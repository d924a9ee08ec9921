"""kg's error hierarchy: the CLI turns any :class:`KGError` into a one-line message.

Example:
    >>> issubclass(ModelNotFoundError, KGError)
    True
"""

from __future__ import annotations

__all__ = ["BusyError", "InputError", "KGError", "ModelNotFoundError", "OutputError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ModelNotFoundError(KGError):
    """The requested spaCy pipeline is not installed."""


class InputError(KGError):
    """An input path or text cannot be used."""


class OutputError(KGError):
    """An output cannot be written."""


class BusyError(OutputError):
    """Another build holds the output folder, and this one was told not to wait (``--no-wait``)."""
