"""Find concern cues per sentence with who/when/denied qualifiers.

A bag of words cannot tell "pappa slog henne igår" from "pappa har aldrig slagit henne"
or from violence that ended when the adult moved out years ago. This module reads each
sentence for a cue (what happened), then for negation and innocent explanations in the
same clause, a caregiver (or someone living with the child), an adult victim, the child
itself as the one intoxicated, and recent or past time nearby.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from triage.concerns import lexicon as lx

NEGATION_WINDOW = 40  # characters before the cue, within the same clause
TIME_WINDOW = 1  # sentences either side that still set the time of a cue


@dataclass(frozen=True, slots=True)
class Finding:
    """One cue in one sentence. Offsets are into the analysed (pseudonymised) text."""

    kind: str
    sentence: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    negated: bool
    innocent: bool
    recent: bool
    past: bool
    resolved: bool
    caregiver: bool
    adult_victim: bool
    child_subject: bool = False  # the child is the one intoxicated, not a caregiver
    other_target: bool = False  # violence at a peer or a thing, by the child, not at it

    @property
    def credible(self) -> bool:
        """Neither denied nor explained away."""
        return not (self.negated or self.innocent)


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences (split on end punctuation and line breaks)."""
    spans, cursor = [], 0
    for match in lx.SENTENCE_SPLIT.finditer(text):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return spans


def _clause_before(sentence: str, position: int) -> str:
    """The part of the sentence's clause that precedes ``position``."""
    head = sentence[:position]
    cut = 0
    for match in lx.CLAUSE_SPLIT.finditer(head):
        cut = match.end()
    return head[max(cut, position - NEGATION_WINDOW) :]


def _clause_around(sentence: str, start: int, end: int) -> str:
    left = _clause_before(sentence, start)
    right = lx.CLAUSE_SPLIT.split(sentence[end:], maxsplit=1)[0]
    return left + sentence[start:end] + right


def _child_nearest(head: str) -> bool:
    """The person mentioned last before a state cue is the child, not a caregiver."""
    child = [m.end() for m in lx.CHILD_SUBJECT.finditer(head)]
    adult = [m.end() for m in lx.CAREGIVER.finditer(head)]
    return bool(child) and (not adult or child[-1] > adult[-1])


def _at_other(sentence: str, start: int, end: int) -> bool:
    """Violence aimed at a peer or a thing by someone who is no caregiver: "förra veckan
    slog han en klasskompis", "sparkade sönder toadörren" (not "slagen av en kille")."""
    after = lx.CLAUSE_SPLIT.split(sentence[end:], maxsplit=1)[0]
    target = lx.OTHER_TARGET.search(after)
    if not target or lx.PASSIVE_AGENT.search(after[: target.start()]):
        return False
    return not lx.CAREGIVER.search(_clause_before(sentence, start))


def extract(text: str) -> list[Finding]:
    """All cues in ``text`` with their qualifiers, in reading order."""
    return list(_extract(text))


@lru_cache(maxsize=8)  # one suggestion reads the same text for features, rules, occlusion
def _extract(text: str) -> tuple[Finding, ...]:
    lower = text.lower()
    spans = sentences(lower)
    recent = [bool(lx.RECENT.search(lower[s:e])) for s, e in spans]
    past = [bool(lx.PAST.search(lower[s:e])) for s, e in spans]
    access = [bool(lx.LIVES_WITH.search(lower[s:e])) for s, e in spans]
    findings: list[Finding] = []
    for index, (s_start, s_end) in enumerate(spans):
        sentence = lower[s_start:s_end]
        near = range(max(0, index - TIME_WINDOW), min(len(spans), index + TIME_WINDOW + 1))
        is_recent = recent[index] or (not past[index] and any(recent[i] for i in near))
        resolved = bool(lx.RESOLVED.search(sentence))
        # a caregiver named in the sentence, or someone said to live with the child there
        # or in the next sentence ("[PERSON_2] är styvpappa och bor med barnet")
        caregiver = bool(lx.CAREGIVER.search(sentence)) or any(access[index : index + 2])
        adult_victim = bool(lx.ADULT_TARGET.search(sentence))
        for kind, pattern in lx.CUES.items():
            for match in pattern.finditer(sentence):
                before = _clause_before(sentence, match.start())
                clause = _clause_around(sentence, match.start(), match.end())
                child_subject = kind in lx.CHILD_STATE_CUES and _child_nearest(
                    sentence[: match.start()]
                )
                findings.append(
                    Finding(
                        kind=kind,
                        sentence=index,
                        start=s_start + match.start(),
                        end=s_start + match.end(),
                        sentence_start=s_start,
                        sentence_end=s_end,
                        negated=bool(lx.NEGATION.search(before)),
                        innocent=kind in ("violence", "injury", "threat_kill")
                        and bool(lx.INNOCENT.search(clause)),
                        recent=is_recent,
                        past=past[index] and not recent[index],
                        resolved=resolved,
                        caregiver=caregiver and not child_subject,
                        adult_victim=adult_victim,
                        child_subject=child_subject,
                        other_target=kind == "violence"
                        and _at_other(sentence, match.start(), match.end()),
                    )
                )
    findings.sort(key=lambda f: f.start)
    return tuple(findings)
