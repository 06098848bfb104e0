"""Inputs the linear backend turns into features: normalised text, metadata, concern cues."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from triage import rules
from triage.classifier import ModelInput
from triage.concerns import Finding, extract

PLACEHOLDER = re.compile(r"\[([A-Z]+(?:_[A-Z]+)?)_\d+\](s\b)?")
AGE_BANDS = ((0, 2), (3, 5), (6, 9), (10, 12), (13, 15), (16, 17))


# a negation governs the next few words of its clause: "ingen oro för missbruk"
NEGATION = re.compile(
    r"\b(?:inte|ej|aldrig|ingen|inget|inga|varken|utan|(?:för)?neka(?:r|de|t)?)\b(?! bara\b)"
)
SCOPE_END = re.compile(r"[.,;:!?\n]| (?:och|men|utan|eftersom|fast|när|då|medan|samt) ")
SCOPE_WORDS = 4
WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Lower-case text with placeholders reduced to their class ('[PERSON_2]s' -> 'person')
    and the words a negation governs in upper case ('ingen ORO FÖR MISSBRUK'), so that a
    denied concern does not count as the concern."""
    return mark_negated(PLACEHOLDER.sub(lambda m: f" {m.group(1).lower()} ", text).lower())


def mark_negated(text: str) -> str:
    """Upper-case up to ``SCOPE_WORDS`` words after each negation, within its clause."""
    spans: list[tuple[int, int]] = []
    for negation in NEGATION.finditer(text):
        stop = SCOPE_END.search(text, negation.end())
        end = stop.start() if stop else len(text)
        words = WORD.finditer(text, negation.end(), end)
        spans += [w.span() for _, w in zip(range(SCOPE_WORDS), words, strict=False)]
    if not spans:
        return text
    pieces, cursor = [], 0
    for start, end in sorted(set(spans)):
        if start >= cursor:
            word = text[start:end].upper()
            pieces += [text[cursor:start], word if len(word) == end - start else text[start:end]]
            cursor = end
    return "".join(pieces) + text[cursor:]


def readable(term: str) -> str:
    """A feature's term as staff read it: negated words get a '¬' ('ingen ¬oro')."""
    return " ".join(w if w == w.lower() else "¬" + w.lower() for w in term.split(" "))


def metadata(item: ModelInput) -> dict[str, float]:
    """Reporter type and age band as one-hot features."""
    features = {f"reporter={item.reporter_type or 'okänd'}": 1.0}
    if item.child_age is None:
        features["age=okänd"] = 1.0
    else:
        band = next(f"{lo}-{hi}" for lo, hi in AGE_BANDS if lo <= item.child_age <= hi)
        features[f"age={band}"] = 1.0
    return features


def _keys(finding: Finding) -> list[str]:
    """What one finding says, as feature keys (all but its position in the text)."""
    kind = finding.kind
    state = "trovärdig" if finding.credible else "nekad" if finding.negated else "förklarad"
    keys = [f"{kind}", f"{kind}|{state}"]
    if finding.credible:
        when = "nyligen" if finding.recent else "tidigare" if finding.past else "otidsatt"
        keys += [
            f"{kind}|{when}",
            *([f"{kind}|förövaren borta"] if finding.resolved else []),
            *([f"{kind}|vårdnadshavare"] if finding.caregiver else []),
            *([f"{kind}|barnet självt"] if finding.child_subject else []),
            *([f"{kind}|vårdnadshavaren själv"] if finding.adult_subject else []),
            *([f"{kind}|vuxet offer"] if finding.adult_victim else []),
            *([f"{kind}|mot annan"] if finding.other_target else []),
        ]
    return [f"cue:{key}" for key in keys]


def concern_features(item: ModelInput, findings: list[Finding] | None = None) -> dict[str, float]:
    """Who did what to whom, when, denied or not — as sparse indicator features. Pass
    ``findings`` when the text's cues were already extracted."""
    return concern_rows(item, [], findings)[0]


def concern_rows(
    item: ModelInput, units: Sequence[tuple[int, int]], findings: list[Finding] | None = None
) -> list[dict[str, float]]:
    """The concern features of ``item`` and of ``item`` with each unit (a character span)
    replaced by one space, from the findings outside that unit: each variant's row equals
    ``concern_features`` of the variant with those findings (their time qualifiers still
    see the removed text). Each finding's keys and rules are worked out once."""
    findings, keys, kept, late = _variants(item, units, findings)
    ones = [dict.fromkeys(k, 1.0) for k in keys]
    rows = []
    for row_kept, row_late in zip(kept.tolist(), late.tolist(), strict=True):
        row: dict[str, float] = {}
        for finding, one, is_kept, is_late in zip(findings, ones, row_kept, row_late, strict=True):
            if is_kept:
                row.update(one)
            if is_late:
                row[_late_key(finding)] = 1.0
        rows.append(row)
    return rows


def concern_block(
    item: ModelInput, units: Sequence[tuple[int, int]], vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """``concern_rows`` as 1.0 indicators over the columns of ``vocabulary`` they use (keys
    it lacks are left out, as ``DictVectorizer.transform`` does): (columns, values)."""
    findings, keys, kept, late = _variants(item, units, None)
    own = [[vocabulary[k] for k in finding_keys if k in vocabulary] for finding_keys in keys]
    late_columns = [vocabulary.get(_late_key(f), -1) for f in findings]
    with_late = [i for i, column in enumerate(late_columns) if column >= 0]
    every = [c for columns in own for c in columns] + [late_columns[i] for i in with_late]
    columns, local = np.unique(np.array(every, dtype=np.intp), return_inverse=True)
    counted = len(every) - len(with_late)
    has = np.zeros((len(findings), len(columns)))
    has[np.repeat(np.arange(len(findings)), [len(c) for c in own]), local[:counted]] = 1.0
    has_late = np.zeros((len(findings), len(columns)))
    has_late[with_late, local[counted:]] = 1.0
    return columns, ((kept @ has + late @ has_late) > 0).astype(np.float64)


def _late_key(finding: Finding) -> str:
    return f"cue:{finding.kind}|sent i texten"


def _variants(
    item: ModelInput, units: Sequence[tuple[int, int]], findings: list[Finding] | None
) -> tuple[list[Finding], list[list[str]], np.ndarray, np.ndarray]:
    """The text's findings and each one's keys (its rules included); per variant (the text,
    then the text without each unit) which findings it keeps, and which of the kept ones
    are credible and start in its second half."""
    findings = extract(item.text) if findings is None else findings
    keys = [
        _keys(f) + [f"regel:{r.id}" for r in rules.evaluate(item.text, item.child_age, [f])]
        for f in findings
    ]
    cut = np.array([(0, 0), *units], dtype=np.intp).reshape(-1, 2)
    shift = cut[:, 1] - cut[:, 0] - 1  # a unit becomes one space
    shift[0] = 0  # the text itself
    start = np.array([f.start for f in findings], dtype=np.intp)
    end = np.array([f.end for f in findings], dtype=np.intp)
    kept = ~((end[None, :] > cut[:, :1]) & (start[None, :] < cut[:, 1:]))
    kept[0] = True
    moved = start[None, :] - np.where(start[None, :] >= cut[:, 1:], shift[:, None], 0)
    length = np.maximum(len(item.text) - shift, 1)
    credible = np.array([f.credible for f in findings], dtype=bool)
    late = kept & credible[None, :] & (moved > length[:, None] / 2)
    return findings, keys, kept, late
