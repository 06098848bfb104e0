"""Inputs the linear backend turns into features: normalised text, metadata, concern cues."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    findings = extract(item.text) if findings is None else findings
    keys = [_keys(f) for f in findings]
    fired = [
        [f"regel:{r.id}" for r in rules.evaluate(item.text, item.child_age, [f])] for f in findings
    ]
    rows = []
    for cut in [None, *units]:
        shift = 0 if cut is None else cut[1] - cut[0] - 1
        length = max(len(item.text) - shift, 1)
        row: dict[str, float] = {}
        for finding, finding_keys, finding_rules in zip(findings, keys, fired, strict=True):
            start = finding.start
            if cut is not None:
                if finding.end > cut[0] and finding.start < cut[1]:
                    continue  # inside the removed unit
                start -= shift if start >= cut[1] else 0
            for key in finding_keys + finding_rules:
                row[key] = 1.0
            if finding.credible and start > length / 2:
                row[f"cue:{finding.kind}|sent i texten"] = 1.0
        rows.append(row)
    return rows
