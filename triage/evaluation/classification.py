"""Classification metrics: what the model card and the promotion gate look at.

under-triage rate: share of referrals whose suggested urgency is *less* urgent than gold.
ECE: expected calibration error of the top urgency probability (10 equal-width bins).
rule violations: suggestions that break a legal floor (akut without utredning, or a
fired rule's floor above the suggested urgency) — must be 0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from triage.classifier import RISK_FACTORS, URGENCIES
from triage.schema import Urgency


def per_class(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> dict:
    """Precision, recall, F1 and support per class."""
    out = {}
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[c] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    return out


def expected_calibration_error(
    confidence: np.ndarray, correct: np.ndarray, bins: int = 10
) -> float:
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            ece += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return float(ece)


def risk_micro_f1(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> float:
    tp = sum(len(set(g) & set(p)) for g, p in zip(gold, predicted, strict=True))
    fp = sum(len(set(p) - set(g)) for g, p in zip(gold, predicted, strict=True))
    fn = sum(len(set(g) - set(p)) for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def confusion(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> list:
    index = {c: i for i, c in enumerate(classes)}
    matrix = np.zeros((len(classes), len(classes)), dtype=int)
    for g, p in zip(gold, predicted, strict=True):
        matrix[index[g], index[p]] += 1
    return matrix.tolist()


def classification_report(
    gold_urgency: Sequence[str],
    pred_urgency: Sequence[str],
    urgency_proba: np.ndarray,
    gold_route: Sequence[str],
    pred_route: Sequence[str],
    gold_risk: Sequence[Sequence[str]],
    pred_risk: Sequence[Sequence[str]],
    rule_violations: int,
) -> dict:
    """All figures of one evaluation as a JSON-ready dict."""
    classes = [u.value for u in URGENCIES]
    urgency = per_class(gold_urgency, pred_urgency, classes)
    rank = {u.value: u.rank for u in Urgency}
    under = sum(rank[p] < rank[g] for g, p in zip(gold_urgency, pred_urgency, strict=True))
    top = urgency_proba.max(axis=1)
    top_correct = np.array(
        [g == classes[i] for g, i in zip(gold_urgency, urgency_proba.argmax(1), strict=True)]
    )
    n = len(gold_urgency)
    return {
        "n": n,
        "urgency": {c: {k: round(v, 4) for k, v in m.items()} for c, m in urgency.items()},
        "urgency_macro_f1": round(float(np.mean([m["f1"] for m in urgency.values()])), 4),
        "akut_recall": round(urgency["akut"]["recall"], 4),
        "under_triage_rate": round(under / n, 4) if n else 0.0,
        "route_accuracy": round(
            sum(g == p for g, p in zip(gold_route, pred_route, strict=True)) / n, 4
        )
        if n
        else 0.0,
        "risk_micro_f1": round(risk_micro_f1(gold_risk, pred_risk), 4),
        "risk_per_factor_f1": {
            f.value: round(
                per_class(
                    ["ja" if f.value in g else "nej" for g in gold_risk],
                    ["ja" if f.value in p else "nej" for p in pred_risk],
                    ["ja"],
                )["ja"]["f1"],
                4,
            )
            for f in RISK_FACTORS
        },
        "ece": round(expected_calibration_error(top, top_correct), 4),
        "rule_violations": rule_violations,
        "confusion_urgency": confusion(gold_urgency, pred_urgency, classes),
    }
