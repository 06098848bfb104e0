"""Errors of the domain core that callers handle (importable without the heavy NLP stack)."""


class TextRejected(ValueError):
    """The text cannot be processed (empty, too long, not text); the message says why."""
