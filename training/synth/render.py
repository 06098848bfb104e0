"""Fill slot templates into a document of segments and derive gold spans from them.

A document is a list of :class:`Seg`: literal text (``label is None``) or one personal-data
span. Noise and style transforms edit segments, never raw offsets, and
:meth:`Doc.build` computes the final text and spans, so offsets stay exact whatever the
transforms do. The slot grammar is documented in ``scenario.py``; voices add reporter
slots (see ``cast.Cast.value``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

_SLOT = re.compile(r"\{([A-Za-z_0-9]+)(:s)?\}")
_SENTENCE_END = frozenset(".!?\n")


@dataclass(slots=True)
class Seg:
    """A piece of the text; ``label`` set for personal data, ``origin`` for PERSON;
    ``part`` numbers the template (scenario) the piece was rendered from."""

    text: str
    label: str | None = None
    origin: str | None = None
    part: int | None = None


class SlotSource(Protocol):
    def value(self, slot: str, possessive: bool, doc: Doc) -> tuple[str, str | None, str | None]:
        """(text, PII label or None, origin or None) for one slot occurrence."""


@cache
def parse(template: str) -> tuple[tuple[str, str | None, bool], ...]:
    """Template -> ((literal, slot name or None, possessive), ...)."""
    parts, cursor = [], 0
    for match in _SLOT.finditer(template):
        parts.append((template[cursor : match.start()], match.group(1), bool(match.group(2))))
        cursor = match.end()
    parts.append((template[cursor:], None, False))
    return tuple(parts)


class Doc:
    """The referral under construction."""

    __slots__ = ("segs",)

    def __init__(self) -> None:
        self.segs: list[Seg] = []

    def lit(self, text: str) -> None:
        if text:
            self.segs.append(Seg(text))

    def at_sentence_start(self) -> bool:
        """True when the next character starts a sentence (or the document)."""
        for seg in reversed(self.segs):
            stripped = seg.text.rstrip(" ")
            if stripped:
                return stripped[-1] in _SENTENCE_END
            if "\n" in seg.text:
                return True
        return True

    def tail(self, n: int = 1) -> str:
        """The last ``n`` characters written so far."""
        out = ""
        for seg in reversed(self.segs):
            out = seg.text + out
            if len(out) >= n:
                break
        return out[-n:]

    def render(self, template: str, source: SlotSource, part: int | None = None) -> list[Seg]:
        """Append ``template`` with its slots filled (tagged ``part``); returns the new
        segments."""
        first = len(self.segs)
        parts = list(parse(template))
        index = 0
        while index < len(parts):
            literal, slot, possessive = parts[index]
            self.lit(literal)
            index += 1
            if slot is None:
                continue
            text, label, origin = source.value(slot, possessive, self)
            if slot == "AGE" and text == "0":  # infants: "0 år" -> "5 månader"
                text = source.value("MONTHS", False, self)[0]
                following = parts[index]
                if following[0].startswith(" år"):
                    parts[index] = (following[0][3:], following[1], following[2])
                    text += " månader"
            if label is None:
                if self.at_sentence_start():
                    text = text[:1].upper() + text[1:]
                self.lit(text)
            else:
                self.segs.append(Seg(text, label, origin))
        for seg in self.segs[first:]:
            seg.part = part
        return self.segs[first:]

    def build(self) -> tuple[str, list[dict]]:
        """Final text and spans (sorted, end exclusive; PERSON spans carry ``origin``)."""
        pieces, spans, offset = [], [], 0
        for seg in self.segs:
            if seg.label is not None and seg.text.strip():
                core = seg.text.strip()
                start = offset + seg.text.index(core)
                span = {"start": start, "end": start + len(core), "label": seg.label}
                if seg.label == "PERSON":
                    span["origin"] = seg.origin
                spans.append(span)
            pieces.append(seg.text)
            offset += len(seg.text)
        return "".join(pieces), spans

    def parts(self) -> dict[int, tuple[int, int]]:
        """Character range of each tagged part in the built text (whitespace trimmed)."""
        ranges: dict[int, tuple[int, int]] = {}
        offset = 0
        for seg in self.segs:
            core = seg.text.strip()
            if seg.part is not None and core:
                start = offset + seg.text.index(core)
                first, _ = ranges.get(seg.part, (start, start))
                ranges[seg.part] = (first, start + len(core))
            offset += len(seg.text)
        return ranges
