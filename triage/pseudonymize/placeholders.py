"""Stable typed placeholders: the same person is ``[PERSON_1]`` everywhere in one text.

The mapping from original strings to placeholders lives only in this function's locals;
it is never returned, logged or written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from triage.pseudonymize.spans import Detection
from triage.schema import PiiLabel


@dataclass(frozen=True, slots=True)
class PlacedSpan:
    """A detection with the placeholder that replaced it."""

    start: int
    end: int
    label: PiiLabel
    score: float
    placeholder: str


def _possessive_split(surface: str, known: set[str]) -> tuple[str, str]:
    """'Annas' -> ('anna', 's') when 'anna' is another mention; "Mats'" -> ('mats', "'")."""
    lower = surface.lower()
    if lower.endswith("'"):
        return lower[:-1], "'"
    if lower.endswith("s") and lower[:-1] in known:
        return lower[:-1], "s"
    return lower, ""


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


def assign(text: str, detections: list[Detection]) -> tuple[str, list[PlacedSpan]]:
    """Replace every detection by its placeholder; returns (new text, placed spans)."""
    person_surfaces = {_key(text[d.start : d.end]) for d in detections if d.label == "PERSON"}
    known_persons = person_surfaces | {s.split()[0] for s in person_surfaces}
    numbering: dict[tuple[PiiLabel, str], str] = {}
    counters: dict[PiiLabel, int] = {}
    person_by_first: dict[str, str] = {}  # first word -> the first person named with it
    placed: list[PlacedSpan] = []
    for detection in detections:
        surface = _key(text[detection.start : detection.end])
        suffix = ""
        if detection.label == PiiLabel.PERSON:
            surface, suffix = _possessive_split(surface, known_persons - {surface})
            # a first name alone refers to the full name mentioned with it
            surface = person_by_first.setdefault(surface.split()[0], surface)
        key = (detection.label, surface)
        if key not in numbering:
            counters[detection.label] = counters.get(detection.label, 0) + 1
            numbering[key] = f"[{detection.label.value}_{counters[detection.label]}]"
        placed.append(
            PlacedSpan(
                detection.start,
                detection.end,
                detection.label,
                detection.score,
                numbering[key] + suffix,
            )
        )
    pieces, cursor = [], 0
    for span in placed:
        pieces.append(text[cursor : span.start])
        pieces.append(span.placeholder)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces), placed
