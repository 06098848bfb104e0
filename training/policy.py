"""Tune the decision policy on validation data: never under-triage akut if avoidable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from triage import rules
from triage.classifier import Labels, ModelInput, Probabilities
from triage.evaluation.classification import per_class
from triage.pipeline import DecisionPolicy, decide

AKUT_RECALL_TARGET = 0.97
CANDIDATES = np.round(np.arange(0.10, 0.61, 0.025), 3)
ROUTE_CANDIDATES = np.round(np.arange(0.30, 0.91, 0.025), 3)
# Route thresholds within this much validation accuracy of the best count as tied; of
# those the highest is taken, so that a tie goes to first-line support, the less intrusive
# suggestion (and `akut` still always means `utredning`).
ROUTE_TOLERANCE = 0.01


def tune(probs: Probabilities, inputs: Sequence[ModelInput], labels: Labels) -> DecisionPolicy:
    """The akut threshold with the best urgency macro-F1 of those that keep validation akut
    recall at the target (or the best recall reachable), then the utredning threshold
    (``route_threshold``)."""
    policy = DecisionPolicy()
    fired = [rules.evaluate(x.text, x.child_age) for x in inputs]  # the same at every threshold
    best = None
    for threshold in CANDIDATES:
        candidate = replace(policy, akut_threshold=float(threshold))
        urgency = [
            decide(
                candidate,
                probs.urgency[i],
                probs.route[i],
                probs.risk[i],
                x.text,
                x.child_age,
                fired[i],
            ).urgency.value
            for i, x in enumerate(inputs)
        ]
        scores = per_class(labels.urgency, urgency, ["akut", "skyndsam", "normal"])
        recall = scores["akut"]["recall"]
        macro = np.mean([s["f1"] for s in scores.values()])
        key = (min(recall, AKUT_RECALL_TARGET), macro)
        if best is None or key > best[0]:
            best = (key, candidate)
    policy = best[1]
    return replace(policy, utredning_threshold=route_threshold(probs.route[:, 0], labels.route))


def route_threshold(utredning: np.ndarray, gold: Sequence[str]) -> float:
    """The highest utredning threshold whose validation route accuracy is within
    ``ROUTE_TOLERANCE`` of the best one's."""
    wanted = np.array([r == "utredning" for r in gold])
    accuracy = {float(t): float(np.mean((utredning >= t) == wanted)) for t in ROUTE_CANDIDATES}
    best = max(accuracy.values())
    return max(t for t, value in accuracy.items() if value >= best - ROUTE_TOLERANCE)
