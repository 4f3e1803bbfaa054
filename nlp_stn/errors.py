"""Typed exceptions: each says what happened and what to do.

The CLI turns them into one-line messages; ``exit_code`` is 2 for usage errors, 1 otherwise.
"""
from __future__ import annotations


class NlpStnError(Exception):
    """Base class. ``str(err)`` is the full message shown to the user (in French)."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None):
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path} : {message}" if self.path else message)


class UsageError(NlpStnError):
    """Wrong arguments or options (exit code 2)."""

    exit_code = 2


class InputError(NlpStnError):
    """A file that cannot be read as asked: unknown extension, missing columns..."""

    exit_code = 2


class ExtractionError(NlpStnError):
    """A file that was recognised but could not be turned into text (corrupt, encrypted, scanned)."""


class SegmentationError(NlpStnError):
    """No unit could be found where some were expected."""


class MatchError(NlpStnError):
    """Matching could not run (no demands, no actions, duplicate ids...)."""


class ModelError(NlpStnError):
    """A model or lexicon file under models/ is missing or corrupt."""


class ReviewError(NlpStnError):
    """A review file or the decisions database cannot be used as asked."""


class ReviewInputError(ReviewError):
    """A review file whose content is invalid (unreadable decisions, unknown pairs, not a CSV):
    invalid input, exit code 2 like :class:`InputError`."""

    exit_code = 2


class ReviewFileExists(ReviewError):
    """``review export -o FILE`` where FILE exists and a reviewer wrote in it (or it is no review
    file): nothing is written. ``decisions`` counts its rows a reviewer filled (None when it is no
    review file)."""

    def __init__(self, message: str, path: str | None = None, decisions: int | None = None):
        super().__init__(message, path=path)
        self.decisions = decisions


class CompareError(NlpStnError):
    """A comparison of territories cannot run as asked."""
