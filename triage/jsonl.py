"""Robust JSON Lines input: every bad line becomes an error naming its line number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO


@dataclass(frozen=True, slots=True)
class LineError:
    """A line that could not be used, and why (never includes the line's content)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def read_objects(
    stream: BinaryIO, required: tuple[str, ...] = ("id", "text")
) -> Iterator[tuple[int, dict | LineError]]:
    """Yield ``(line_number, object)`` or ``(line_number, LineError)``; blank lines skipped."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield number, LineError(number, f"not valid UTF-8 (byte {error.start})")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, LineError(number, f"invalid JSON ({error.msg}, column {error.colno})")
            continue
        if "\\u" in line and not _encodable(value):
            message = "not valid Unicode (an unpaired \\ud800-\\udfff escape)"
            yield number, LineError(number, message)
            continue
        if not isinstance(value, dict):
            yield number, LineError(number, f"expected a JSON object, got {type(value).__name__}")
            continue
        missing = [key for key in required if key not in value]
        if missing:
            yield number, LineError(number, f"missing field(s): {', '.join(missing)}")
            continue
        if "text" in required and not isinstance(value["text"], str):
            yield number, LineError(number, "field 'text' must be a string")
            continue
        yield number, value


def _encodable(value: object) -> bool:
    """False when a ``\\ud800``-style escape left a lone surrogate, which no UTF-8 output
    (nor the NLP stack) accepts."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
