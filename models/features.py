"""Inputs the linear backend turns into features: normalised text, metadata, concern cues."""

from __future__ import annotations

import re

from triage import rules
from triage.classifier import ModelInput
from triage.concerns import Finding, extract

PLACEHOLDER = re.compile(r"\[([A-Z]+(?:_[A-Z]+)?)_\d+\](s\b)?")
AGE_BANDS = ((0, 2), (3, 5), (6, 9), (10, 12), (13, 15), (16, 17))


def normalise(text: str) -> str:
    """Lower-case text with placeholders reduced to their class ('[PERSON_2]s' -> 'person')."""
    return PLACEHOLDER.sub(lambda m: f" {m.group(1).lower()} ", text).lower()


def metadata(item: ModelInput) -> dict[str, float]:
    """Reporter type and age band as one-hot features."""
    features = {f"reporter={item.reporter_type or 'okänd'}": 1.0}
    if item.child_age is None:
        features["age=okänd"] = 1.0
    else:
        band = next(f"{lo}-{hi}" for lo, hi in AGE_BANDS if lo <= item.child_age <= hi)
        features[f"age={band}"] = 1.0
    return features


def concern_features(item: ModelInput, findings: list[Finding] | None = None) -> dict[str, float]:
    """Who did what to whom, when, denied or not — as sparse indicator features. Pass
    ``findings`` when the text's cues were already extracted."""
    features: dict[str, float] = {}
    length = max(len(item.text), 1)
    findings = extract(item.text) if findings is None else findings
    for finding in findings:
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
                *([f"{kind}|vuxet offer"] if finding.adult_victim else []),
                *([f"{kind}|sent i texten"] if finding.start > length / 2 else []),
            ]
        for key in keys:
            features[f"cue:{key}"] = 1.0
    for fired in rules.evaluate(item.text, item.child_age, findings):
        features[f"regel:{fired.id}"] = 1.0
    return features
