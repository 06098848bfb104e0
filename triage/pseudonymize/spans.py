"""From presidio's raw results to clean, non-overlapping personal-data spans."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from triage.pseudonymize.ner_features import ROLE_WORDS
from triage.pseudonymize.recognizers._base import at_sentence_start, written_in_lower_case
from triage.pseudonymize.recognizers.organization import is_lower_case_name
from triage.pseudonymize.recognizers.person import (
    HUMAN_VERBS,
    PERSON_VERBS,
    TRIGGERS,
    WORD_FIRST_NAMES,
)
from triage.schema import PiiLabel

# When overlapping detections disagree, the longer span wins; on equal length an
# organisation that a pattern and its context are sure of (SURE_SCORE: "rektor,
# Kunskapsskolan Falkmossen"), then the more sensitive class (a leaked identifier costs
# more than an over-masked word).
SURE_SCORE = 0.9
PRIORITY = {
    PiiLabel.ID_NUMBER: 8,
    PiiLabel.EMAIL: 7,
    PiiLabel.PHONE: 6,
    PiiLabel.ADDRESS: 5,
    PiiLabel.PERSON: 4,
    PiiLabel.DATE: 3,
    PiiLabel.ORGANIZATION: 2,
    PiiLabel.LOCATION: 1,
}

NEVER_MASKED = (
    frozenset(
        """mamma mamman pappa pappan styvpappa styvmamma bonuspappa mormor morfar farmor farfar
    barnet barn flickan pojken eleven läraren mentorn rektorn kuratorn handläggaren
    polisen polis bup socialtjänsten socialtjänst soc skolan förskolan vårdcentralen
    akuten barnakuten bvc mvc elevhälsan familjecentralen socialjouren kommunen
    migrationsverket ungdomsmottagningen sjukhuset habiliteringen lss hvb
    sverige sveriges norden skåne""".split()
    )
    | frozenset(  # substances and lab shorthand in medical notes: "U-tox pos för THC"
        """thc cbd ghb lsd mdma tox u-tox utox p-etanol etanol pos neg bensodiazepiner
    bensodiazepin opiater opioider amfetamin kokain heroin cannabis spice tramadol subutex
    metadon xanax oxykodon ritalin concerta elvanse sertralin""".split()
    )
    | frozenset(  # shorthand and form words of police and medical notes, ordinary words
        """pat sd ms anm bb målsägande k-nr lul lpt rtg dt insp ggr elr adress sonen dottern
    jourhavande individ ansvarig familjen bror dom sen ny syd ena hel ert ba yo haha gula
    vilja ref nr""".split()
    )
)
# "BVC-sjuksköterska", "ST-läkare", "EPDS-screeningen": an abbreviation joined to a word
ABBREVIATION_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,5}-[a-zåäö]{3,}")
PLACEHOLDER = re.compile(
    r"\[(?:PERSON|ID_NUMBER|PHONE|EMAIL|ADDRESS|LOCATION|ORGANIZATION|DATE)_\d+\]"
)
WORD = re.compile(r"[^\W\d_]+")
RELATIONS = TRIGGERS | ROLE_WORDS  # "Sara och mamma": never a second name
NEIGHBOUR_BEFORE = re.compile(r"(?<![\w.'’-])(?P<word>[^\W\d_A-ZÅÄÖ]+) \Z")
NEIGHBOUR_AFTER = re.compile(r" (?P<word>[^\W\d_A-ZÅÄÖ]+)(?![\w@.'’-])")
KIN_ENDINGS = ("syster", "bror", "mamma", "pappa", "barn", "förälder")  # "lillesyster"
COORDINATED = re.compile(r"(?: och| o| &| samt) +(?P<word>[^\W\d_]{2,})\b")
TRIM = " \t\n\r.,;:!?()[]{}\"'»«”“-–"


# "Inga" is a name and the word "none": "Inga tecken på våld" must keep its denial. At a
# sentence start, before a noun or adjective that follows "inga" (not before a verb, as
# in "Inga berättar"), it is the word.
DETERMINER_NAMES = frozenset({"Inga"})
# names that are also pronouns or prepositions, spread in lower case only before a verb
# or a word that is no word ("mina säger", "per hallin"; not "mina barn", "per dag")
FUNCTION_WORD_NAMES = frozenset({"mina", "per", "sina", "dina", "ida"})
AFTER_DETERMINER = frozenset(
    """tecken uppgifter skador märken blåmärken problem konflikter anmärkningar ärenden
    kontakter insatser anmälningar orosanmälningar fler mer synpunkter bekymmer frågor
    planer hot droger tankar sjukdomar vårdkontakter ingripanden avvikelser misstankar
    fynd åtgärder besök kommentarer svårigheter spår pengar vänner kompisar barn vuxna
    syskon skäl orsaker hinder iakttagelser sår uppg""".split()
)
NEXT_WORD = re.compile(r" (?P<word>[a-zåäö]+)\b")


def determiner_use(text: str, start: int, end: int, is_common_word) -> bool:
    """``text[start:end]`` is "Inga" the word, not the name: at a sentence start, before
    a noun that follows "inga" or an adjective ("Inga tidigare", "Inga synliga")."""
    if text[start:end] not in DETERMINER_NAMES or not at_sentence_start(text, start):
        return False
    following = NEXT_WORD.match(text, end)
    if not following:
        return False
    word = following.group("word")
    if word in AFTER_DETERMINER:
        return True
    adjective = word.endswith(("a", "e")) and not word.endswith(("de", "te"))
    return adjective and is_common_word(word) and word not in PERSON_VERBS | HUMAN_VERBS


@dataclass(frozen=True, slots=True)
class Detection:
    """One personal-data span on the original text."""

    start: int
    end: int
    label: PiiLabel
    score: float


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        if text[end - 1] == "'" and end - start > 1 and text[end - 2] in "sxz":
            break  # possessive of a name ending in s: "Mats'"
        end -= 1
    return start, end


def _without_leading_never_masked(text: str, start: int, end: int) -> int:
    """The start of a PERSON span past words that are never masked ("Pat Rasmus",
    "Målsägande Rasmus"): the name alone."""
    while True:
        space = text.find(" ", start, end)
        if space == -1 or text[start:space].lower() not in NEVER_MASKED:
            return start
        start = space + 1


class _Words:
    """``is_common_word`` as a container, with the lexicon's ``is_base_form`` when it is
    the bound ``__contains__`` of one."""

    def __init__(self, is_common_word: Callable[[str], bool]) -> None:
        self._is_common = is_common_word
        lexicon = getattr(is_common_word, "__self__", None)
        self.is_base_form = getattr(lexicon, "is_base_form", None)

    def __contains__(self, word: str) -> bool:
        return self._is_common(word)


def _ordinary_place_or_org(surface: str, label: PiiLabel, is_common_word) -> bool:
    """A lower-case ORGANIZATION/LOCATION guess made only of ordinary words ("dagen"),
    unless it reads as an institution and its name ("förskolan lärkan")."""
    if label not in (PiiLabel.ORGANIZATION, PiiLabel.LOCATION) or not surface.islower():
        return False
    if not all(is_common_word(word) for word in WORD.findall(surface)):
        return False
    return not is_lower_case_name(surface, _Words(is_common_word))


def _precedence(d: Detection) -> tuple:
    """Which of two overlapping detections gives the merged span its class."""
    sure = d.label == PiiLabel.ORGANIZATION and d.score >= SURE_SCORE
    return (d.end - d.start, sure, PRIORITY[d.label], d.score)


def resolve(
    text: str,
    results: list[RecognizerResult],
    is_common_word: Callable[[str], bool] = lambda _: False,
) -> list[Detection]:
    """Trim, drop never-masked words and placeholders, then merge overlaps into their union."""
    placeholders = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    candidates: list[Detection] = []
    for result in results:
        try:
            label = PiiLabel(result.entity_type)
        except ValueError:
            continue
        start, end = _trim(text, result.start, result.end)
        if label == PiiLabel.PERSON:
            start = _without_leading_never_masked(text, start, end)
        if end <= start or text[start:end].lower() in NEVER_MASKED:
            continue
        if _ordinary_place_or_org(text[start:end], label, is_common_word):
            continue
        if label == PiiLabel.PERSON and determiner_use(text, start, end, is_common_word):
            continue
        if label == PiiLabel.PERSON and ABBREVIATION_COMPOUND.fullmatch(text[start:end]):
            continue
        if any(start < p_end and p_start < end for p_start, p_end in placeholders):
            continue  # already pseudonymised text stays as it is
        candidates.append(Detection(start, end, label, round(float(result.score), 3)))
    candidates.sort(key=lambda d: (d.start, -d.end))
    merged: list[Detection] = []
    for detection in candidates:
        if merged and detection.start < merged[-1].end:
            last = merged[-1]
            winner = max((last, detection), key=_precedence)
            merged[-1] = Detection(
                last.start,
                max(last.end, detection.end),
                winner.label,
                max(last.score, detection.score),
            )
        else:
            merged.append(detection)
    return merged


def _covered(text: str, detections: list[Detection]) -> list[bool]:
    """Per character of ``text``: is it inside a detection?"""
    covered = [False] * len(text)
    for d in detections:
        covered[d.start : d.end] = [True] * (d.end - d.start)
    return covered


def coordinate(
    text: str, detections: list[Detection], is_common_word: Callable[[str], bool]
) -> list[Detection]:
    """Mask a word joined after a found name by "och", "o" or "&" when it is no
    ordinary word: "nadja och ismail", "zahra o navid" (names come in pairs)."""
    people = [d for d in detections if d.label == PiiLabel.PERSON]
    if not people:
        return detections
    covered = _covered(text, detections)
    added = []
    for person in people:
        match = COORDINATED.match(text, person.end)
        if match:
            start, end = match.span("word")
            if _unknown(match.group("word"), is_common_word) and not any(covered[start:end]):
                covered[start:end] = [True] * (end - start)
                added.append(Detection(start, end, PiiLabel.PERSON, 0.5))
    return sorted(detections + added, key=lambda d: d.start) if added else detections


def extend_names(
    text: str, detections: list[Detection], is_common_word: Callable[[str], bool]
) -> list[Detection]:
    """Grow a found lower-case name by a lower-case neighbour that is no ordinary word:
    the first name or surname the recognizers missed ("mekdes [bahta]", "[ikran] osman")."""
    taken = [(d.start, d.end) for d in detections]
    extended = []
    for index, d in enumerate(detections):
        if d.label == PiiLabel.PERSON and text[d.start : d.end].islower():
            start, end = d.start, d.end
            before = NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start)
            if before and _unknown(before.group("word"), is_common_word):
                start = before.start("word")
            after = NEIGHBOUR_AFTER.match(text, end)
            if after and _unknown(after.group("word"), is_common_word):
                end = after.end("word")
            free = all(e <= start or s >= end for j, (s, e) in enumerate(taken) if j != index)
            if free and (start, end) != (d.start, d.end):
                d = Detection(start, end, d.label, d.score)
                taken[index] = (start, end)
        extended.append(d)
    return extended


def _unknown(word: str, is_common_word: Callable[[str], bool]) -> bool:
    lower = word.lower()
    return not (
        word.isupper()
        or len(word) < 3
        or is_common_word(lower)
        or lower in NEVER_MASKED
        or lower in RELATIONS
        or lower.endswith(KIN_ENDINGS)
    )


def propagate(
    text: str, detections: list[Detection], is_common_word: Callable[[str], bool]
) -> list[Detection]:
    """Mask every other occurrence of a detected name ("Paul" found once -> "paul",
    "Pauls" elsewhere too). A name that is also an ordinary word ("Storm", "Malva") is
    spread only to its capitalised occurrences; if it is a first name ("oliver", "mina")
    and the writer does not capitalise at all, to every occurrence but where it is the
    word ("mina barn", "per dag"), not "nian" the word because it was taken for a name."""
    lower_case = functools.cache(lambda: written_in_lower_case(text))  # read when needed
    names = {
        word.lower()
        for d in detections
        if d.label == PiiLabel.PERSON
        for word in WORD.findall(text[d.start : d.end])
        if len(word) > 2
        and word.lower() not in NEVER_MASKED
        and (word[0].isupper() or not is_common_word(word.lower()) or lower_case())
    }
    if not names:
        return detections
    covered = _covered(text, detections)
    added = []
    for start, end in _occurrences(text, names):
        word = text[start:end]
        if any(covered[start:end]):
            continue
        if (
            word.islower()
            and is_common_word(word.lower())
            and (
                word not in WORD_FIRST_NAMES
                or not lower_case()
                or _function_word_use(text, end, word, is_common_word)
            )
        ):
            continue
        if determiner_use(text, start, end, is_common_word):
            continue
        added.append(Detection(start, end, PiiLabel.PERSON, 0.5))
    return sorted(detections + added, key=lambda d: d.start) if added else detections


def _function_word_use(text: str, end: int, word: str, is_common_word) -> bool:
    """A name that is also a function word used as one: "mina barn", "per dag"."""
    if word not in FUNCTION_WORD_NAMES:
        return False
    following = NEXT_WORD.match(text, end)
    return bool(following) and (
        is_common_word(following.group("word"))
        and following.group("word") not in PERSON_VERBS | HUMAN_VERBS
    )


def _is_word_letter(char: str) -> bool:
    """What ``WORD`` matches: a word character that is no digit and no underscore."""
    return char.isalnum() and not char.isdecimal()


def _occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans of the ``WORD``s of ``text`` that are one of ``names`` (lower case), or one of
    them plus "s", in text order. Searches the lower-cased text for each name instead of
    reading every word (a tenth of the time of the whole detection step)."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased
        spans = []
        for match in WORD.finditer(text):
            word = match.group().lower()
            if word in names or (word.endswith("s") and word[:-1] in names):
                spans.append(match.span())
        return spans
    found = set()
    for name in names:
        for form in (name, name + "s"):
            start = lower.find(form)
            while start != -1:
                end = start + len(form)
                if (start == 0 or not _is_word_letter(lower[start - 1])) and (
                    end == len(lower) or not _is_word_letter(lower[end])
                ):
                    found.add((start, end))
                start = lower.find(form, start + 1)
    return sorted(found)
