"""Model-agnostic evidence by sentence occlusion: remove a sentence, see what changes.

Works for every backend (one batched ``predict_proba`` call per referral, or the backend's
own ``occluded_proba`` when it has a faster way).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.classifier import RISK_FACTORS, ROUTES, URGENCIES, Classifier, ModelInput, Probabilities
from triage.concerns import sentences
from triage.suggestion import EvidenceSentence

MAX_UNITS = 48  # long texts are occluded in at most this many chunks of sentences


@dataclass(frozen=True)
class Occlusion:
    """Probabilities of the full text (row 0) and of the text without each unit."""

    units: list[tuple[int, int]]
    probabilities: Probabilities

    def drops(self, task: str, column: int) -> np.ndarray:
        """How much each unit's removal lowers the probability in ``column`` of ``task``."""
        matrix = getattr(self.probabilities, task)
        return matrix[0, column] - matrix[1:, column]


def units_of(text: str) -> list[tuple[int, int]]:
    """Sentences, merged into at most MAX_UNITS consecutive chunks."""
    spans = sentences(text)
    if len(spans) <= MAX_UNITS:
        return spans
    size = -(-len(spans) // MAX_UNITS)
    return [
        (spans[i][0], spans[min(i + size, len(spans)) - 1][1]) for i in range(0, len(spans), size)
    ]


def occlude(classifier: Classifier, item: ModelInput) -> Occlusion:
    """One batched prediction: the full text and each variant with one unit removed
    (backends may offer a faster ``occluded_proba`` that computes the same thing)."""
    units = units_of(item.text)
    fast = getattr(classifier, "occluded_proba", None)
    if fast is not None:
        return Occlusion(units, fast(item, units))
    variants = [item] + [
        ModelInput(item.text[:s] + " " + item.text[e:], item.reporter_type, item.child_age)
        for s, e in units
    ]
    return Occlusion(units, classifier.predict_proba(variants))


def top_sentences(
    text: str, occlusion: Occlusion, task: str, column: int, top: int = 3
) -> list[EvidenceSentence]:
    """The units whose removal lowers the probability most (only positive drops)."""
    if not occlusion.units:
        return []
    drops = occlusion.drops(task, column)
    order = np.argsort(-drops)[:top]
    return [
        EvidenceSentence(
            text=text[occlusion.units[i][0] : occlusion.units[i][1]].strip(),
            start=occlusion.units[i][0],
            end=occlusion.units[i][1],
            weight=round(float(drops[i]), 4),
        )
        for i in order
        if drops[i] > 0
    ]


def column(task: str, label: str) -> int:
    """Column of ``label`` in the probability matrix of ``task``."""
    if task == "urgency":
        return [u.value for u in URGENCIES].index(label)
    if task == "route":
        return [r.value for r in ROUTES].index(label)
    return [f.value for f in RISK_FACTORS].index(label)
