"""Find concern cues per sentence with who/when/denied qualifiers.

A bag of words cannot tell "pappa slog henne igår" from "pappa har aldrig slagit henne"
or from violence that ended when the adult moved out years ago. This module reads each
sentence for a cue (what happened), then for negation and innocent explanations in the
same clause, a caregiver (or someone living with the child), an adult victim, the child
itself as the one intoxicated, and recent or past time nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from triage.concerns import lexicon as lx

NEGATION_WINDOW = 40  # characters before the cue, within the same clause
TIME_WINDOW = 1  # sentences either side that still set the time of a cue
ACCOUNT_WINDOW = 3  # sentences after an injury that may explain it and confirm that
SUSPECT_WINDOW = 4  # sentences after abuse that may still say who lives with the child
PLAY_WINDOW = 2  # sentences after a child's words of violence that may show it was play


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
    child_subject: bool = False  # the child is the one using, ill or offending, not a caregiver
    adult_subject: bool = False  # a caregiver, not the child, is the one at risk of suicide
    other_target: bool = False  # violence or a threat at a peer or a thing, by the child
    meeting: bool = False  # the child is to meet an adult, in this sentence or one beside it

    @property
    def credible(self) -> bool:
        """Neither denied nor explained away."""
        return not (self.negated or self.innocent)


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences (split on end punctuation and line breaks)."""
    return list(_sentences(text))


@lru_cache(maxsize=8)  # one suggestion splits the same text for occlusion, windows, features
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, cursor = [], 0
    for match in lx.SENTENCE_SPLIT.finditer(text):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return tuple(spans)


def _clause_before(sentence: str, position: int, window: int | None = NEGATION_WINDOW) -> str:
    """The part of the sentence's clause that precedes ``position`` (at most ``window``
    characters of it)."""
    head = sentence[:position]
    cut = 0
    for match in lx.CLAUSE_SPLIT.finditer(head):
        cut = match.end()
    return head[cut if window is None else max(cut, position - window) :]


def _clause_around(sentence: str, start: int, end: int) -> str:
    left = _clause_before(sentence, start)
    right = lx.CLAUSE_SPLIT.split(sentence[end:], maxsplit=1)[0]
    return left + sentence[start:end] + right


def _child_nearest(head: str) -> bool:
    """The person mentioned last before a state cue is the child, not a caregiver. A name
    counts as the child's unless a role word stands right before it ("mamma [person_2]")."""
    adult = [m.end() for m in lx.CAREGIVER.finditer(head)]
    child = [m.end() for m in lx.CHILD_SUBJECT.finditer(head)]
    child += [
        m.end()
        for m in lx.NAMED.finditer(head)
        if not any(0 <= m.start() - end <= 1 for end in adult)
    ]
    return bool(child) and (not adult or max(child) > adult[-1])


def _denied_or_asked(sentence: str, start: int) -> bool:
    """A denial earlier in the sentence, up to a contrast ("hon förnekade dödsönskan,
    suicidtankar och planer"), or a question whose subject the cue is ("jag frågade rakt
    ut om självmordstankar")."""
    head = sentence[:start]
    contrasts = [m.end() for m in lx.CONTRAST.finditer(head)]
    denials = [m.end() for m in lx.DENIAL.finditer(head, contrasts[-1] if contrasts else 0)]
    if denials and not lx.REPORTED.search(head, denials[-1]):
        return True
    return bool(lx.ASKED.search(_clause_before(sentence, start, window=None)))


def _at_other(sentence: str, start: int, end: int) -> bool:
    """Violence aimed at a peer or a thing by someone who is no caregiver: "förra veckan
    slog han en klasskompis", "sparkade sönder toadörren" (not "slagen av en kille")."""
    after = lx.CLAUSE_SPLIT.split(sentence[end:], maxsplit=1)[0]
    if lx.BROKEN.match(after):  # "slog (han) sönder telefonen": a thing, whoever did it
        return True
    if lx.RECIPROCAL.fullmatch(sentence[start:end]) and not after.startswith(" av "):
        return True  # "han bits och sparkas när han blir arg" (not "sparkas av pappa")
    if lx.FOUGHT.fullmatch(sentence[start:end]) and after.startswith(" med "):
        return True  # "han har slagits med en kille" (not "slagits av")
    target = lx.OTHER_TARGET.search(after)
    if not target or lx.PASSIVE_AGENT.search(after[: target.start()]):
        return False
    before = _clause_before(sentence, start)  # "enligt mamma har [person_1] slagit ...":
    return not lx.CAREGIVER.search(before) or _child_nearest(before)  # the child did


def _threat_at_peer(sentence: str, start: int) -> bool:
    """A threat the child shouts at a peer, no caregiver named before it: 'efteråt skrek
    han "jag ska knivhugga dig" till en klasskamrat'."""
    return bool(lx.TO_PEER.search(sentence)) and not lx.CAREGIVER.search(sentence[:start])


def _tense(sentence: str, times: list[tuple[int, int, bool]], start: int, end: int) -> bool | None:
    """Whether the time expression nearest the cue is recent (True) or past (False); None
    without one. ``times`` holds (start, end, is_recent) of the sentence's expressions.
    One not separated from the cue by "att" comes first: in "berättade i dag att pappa slog
    henne för två år sedan", "i dag" is when it was told."""

    def rank(time: tuple[int, int, bool]) -> tuple[bool, int, bool]:
        reported = " att " in sentence[min(time[1], end) : max(time[0], start)]
        return reported, max(time[0] - end, start - time[1], 0), not time[2]

    return min(times, key=rank)[2] if times else None


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue with what its own sentence says about it (offsets within the sentence)."""

    kind: str
    start: int
    end: int
    negated: bool
    innocent: bool
    tense: bool | None  # the nearest time expression: recent, past or none
    child_subject: bool
    adult_subject: bool
    other_target: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence read on its own: its cues and the qualifiers that hold for all of them."""

    cues: tuple[_Cue, ...]
    recent: bool
    access: bool  # someone is said to live with the child
    caregiver: bool
    adult_victim: bool
    resolved: bool


def _kinds(sentence: str, first: re.Match[str]) -> list[str]:
    """The kinds whose hint occurs in ``sentence``, in ``CUES`` order. ``ANY_CUE`` matches
    wherever a hint does, so only where it matches (``first``, then each match after the
    previous one's start) is each hint tried, anchored: far fewer scans than one per kind."""
    found: set[str] = set()
    match: re.Match[str] | None = first
    while match:
        at = match.start()
        found.update(k for k, hint in lx.KIND_HINTS.items() if hint.match(sentence, at))
        match = lx.ANY_CUE.search(sentence, at + 1)
    return [kind for kind in lx.CUES if kind in found]


@lru_cache(maxsize=4096)  # generated and templated texts repeat sentences
def _read(sentence: str) -> _Sentence:
    recent = [(m.start(), m.end(), True) for m in lx.RECENT.finditer(sentence)]
    access = bool(lx.LIVES_WITH.search(sentence))  # the previous sentence's cues read it
    first = lx.ANY_CUE.search(sentence)
    if not first:  # most sentences: the qualifiers concern no cue
        return _Sentence(
            cues=(),
            recent=bool(recent),
            access=access,
            caregiver=False,
            adult_victim=False,
            resolved=False,
        )
    times = sorted(recent + [(m.start(), m.end(), False) for m in lx.PAST.finditer(sentence)])
    # the reporter's routine and a form's question assert nothing; fiction is not the child's
    routine = bool(lx.ROUTINE.search(sentence) or lx.FORM_QUESTION.match(sentence))
    fiction = bool(lx.FICTION.search(sentence))
    cues = []
    for kind in _kinds(sentence, first):
        for match in lx.CUES[kind].finditer(sentence):
            start, end = match.span()
            clause = _clause_around(sentence, start, end)
            cues.append(
                _Cue(
                    kind=kind,
                    start=start,
                    end=end,
                    negated=routine
                    or bool(lx.NEGATION.search(_clause_before(sentence, start)))
                    or bool(lx.NEGATION_AFTER.match(sentence, end))
                    or (
                        sentence[start:end].endswith(("risk", "risken"))
                        and bool(lx.LOW_AFTER.match(sentence, end))
                    )
                    or _denied_or_asked(sentence, start),
                    innocent=fiction
                    or (
                        kind in ("violence", "injury", "threat_kill")
                        and bool(lx.INNOCENT.search(clause))
                    )
                    or (
                        kind == "threat_kill"
                        and bool(lx.IN_PLAY.search(sentence) or lx.HYPERBOLE.search(sentence))
                    )
                    or (kind == "missing" and bool(lx.FOUND.search(clause)))
                    or (kind in lx.SUBSTANCE_CUES and bool(lx.MODERATE.search(clause))),
                    tense=_tense(sentence, times, start, end),
                    child_subject=kind in lx.CHILD_STATE_CUES and _child_nearest(sentence[:start]),
                    adult_subject=kind in lx.SUBJECT_CUES
                    and bool(lx.ADULT_SUBJECT.search(sentence[:start])),
                    other_target=(kind == "violence" and _at_other(sentence, start, end))
                    or (kind == "threat_kill" and _threat_at_peer(sentence, start)),
                )
            )
    if any(c.other_target for c in cues):  # "slog en kamrat så att han fick näsblod",
        # "slog en kille efter en tackling och skrek 'jag ska döda dig'"
        cues = [
            replace(c, other_target=True)
            if c.kind == "injury"
            or (c.kind == "threat_kill" and lx.ADDRESSED.search(sentence, c.start, c.end))
            else c
            for c in cues
        ]
    return _Sentence(
        cues=tuple(cues),
        recent=bool(recent),
        access=access,
        caregiver=bool(lx.CAREGIVER.search(sentence)),
        adult_victim=bool(lx.ADULT_TARGET.search(sentence)),
        resolved=bool(lx.RESOLVED.search(sentence)),
    )


def _explained(sentences: list[str], read: list[_Sentence]) -> set[int]:
    """The sentences whose injuries an innocent account explains, confirmed by someone and
    doubted by no one: "igår hade han ett blått öga ... han sa att han fått en boll i
    ansiktet på fotbollen o hans kompis som var med sa samma sak". The account, the
    confirmation and the absence of doubt are read from the injury's sentence and the
    ``ACCOUNT_WINDOW`` after it; credible violence there is doubt too, and an account
    denied ("har inte ramlat hos oss") explains nothing."""
    explained = set()
    for index, sentence in enumerate(read):
        if not any(c.kind == "injury" and not (c.negated or c.innocent) for c in sentence.cues):
            continue
        window = range(index, min(len(read), index + ACCOUNT_WINDOW + 1))
        text = " ".join(sentences[j] for j in window)
        if not lx.CORROBORATED.search(text) or lx.DOUBT.search(text):
            continue
        violence = any(
            c.kind == "violence" and not (c.negated or c.innocent or c.other_target)
            for j in window
            for c in read[j].cues
        )
        if not violence and any(_account(sentences[j]) for j in window):
            explained.add(index)
    return explained


def _played(following: list[str]) -> bool:
    """A child's words of violence that its sentence or the next ones show were play ("...
    och sa att dom hade kuddkrig"), unless someone doubts it there."""
    text = " ".join(following)
    return bool(lx.PLAY_FRAME.search(text)) and not lx.DOUBT.search(text)


def _account(sentence: str) -> bool:
    """An innocent explanation that the sentence does not deny."""
    return any(
        not lx.NEGATION.search(_clause_before(sentence, m.start()))
        for m in lx.INNOCENT.finditer(sentence)
    )


def forget() -> None:
    """Drop the sentences and texts read so far (benchmarks time text never seen)."""
    _read.cache_clear()
    _extract.cache_clear()


def extract(text: str) -> list[Finding]:
    """All cues in ``text`` with their qualifiers, in reading order."""
    return list(_extract(text))


@lru_cache(maxsize=8)  # one suggestion reads the same text for features, rules, occlusion
def _extract(text: str) -> tuple[Finding, ...]:
    lower = text.lower()
    spans = sentences(lower)
    texts = [lower[s:e] for s, e in spans]
    read = [_read(t) for t in texts]
    explained = _explained(texts, read) if any(r.cues for r in read) else set()
    # words of suicide that a reader of the whole referral judged to carry no acute risk
    suicide_low = any(c.kind == "suicide" for r in read for c in r.cues) and bool(
        lx.SUICIDE_LOW.search(lower)
    )
    findings: list[Finding] = []
    for index, ((s_start, s_end), sentence) in enumerate(zip(spans, read, strict=True)):
        if not sentence.cues:
            continue
        near = read[max(0, index - TIME_WINDOW) : index + TIME_WINDOW + 1]
        recent_nearby = any(r.recent for r in near)
        # a caregiver named in the sentence, or someone said to live with the child there
        # or in the next sentence ("[PERSON_2] är styvpappa och bor med barnet")
        caregiver = sentence.caregiver or any(r.access for r in read[index : index + 2])
        abuse = any(c.kind == "sexual" for c in sentence.cues)
        # beside abuse only: the child is to meet an adult, or the suspect is registered
        # with the child or still in its home a few sentences on (a police report names
        # the material first, the household after)
        meeting = abuse and any(
            lx.MEETING.search(t)
            for t in texts[max(0, index - TIME_WINDOW) : index + TIME_WINDOW + 1]
        )
        suspect_at_home = caregiver or (
            abuse
            and any(lx.HOUSEHOLD.search(t) for t in texts[index + 2 : index + SUSPECT_WINDOW + 1])
        )
        # wounds beside the child's own self-harm are its own: "raka sår på underarmarna
        # ... hon säger att hon skär sig" (unless the sentence tells of violence too)
        self_harm = not any(c.kind == "violence" for c in sentence.cues) and any(
            c.kind == "self_harm" and not c.negated for r in near for c in r.cues
        )
        played = any(c.kind in ("violence", "injury") for c in sentence.cues) and _played(
            texts[index : index + PLAY_WINDOW + 1]
        )
        words_only = suicide_low and not lx.SUICIDE_ACT.search(texts[index])
        for cue in sentence.cues:
            findings.append(
                Finding(
                    kind=cue.kind,
                    sentence=index,
                    start=s_start + cue.start,
                    end=s_start + cue.end,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    negated=cue.negated,
                    innocent=cue.innocent
                    or (cue.kind == "injury" and (self_harm or index in explained))
                    or (cue.kind in ("violence", "injury") and played)
                    or (cue.kind == "suicide" and words_only),
                    # the nearest time expression in the sentence, else a recent one nearby
                    recent=recent_nearby if cue.tense is None else cue.tense,
                    past=cue.tense is False,
                    resolved=sentence.resolved,
                    caregiver=(suspect_at_home if cue.kind == "sexual" else caregiver)
                    and not cue.child_subject,
                    adult_victim=sentence.adult_victim,
                    child_subject=cue.child_subject,
                    adult_subject=cue.adult_subject,
                    other_target=cue.other_target,
                    meeting=meeting,
                )
            )
    findings.sort(key=lambda f: f.start)
    return tuple(findings)
