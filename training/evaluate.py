"""Evaluate a classifier + decision policy (rules included) on labelled inputs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from triage import explain
from triage.classifier import Classifier, Labels, ModelInput, Probabilities
from triage.evaluation.classification import classification_report
from triage.evaluation.fairness import Case, classifier_fairness
from triage.pipeline import DecisionPolicy, decide
from triage.schema import Urgency


def predictions(
    classifier: Classifier,
    policy: DecisionPolicy,
    inputs: Sequence[ModelInput],
    probs: Probabilities | None = None,
):
    """Probabilities (``probs`` when already known) and the final (rule-checked)
    decisions for every input."""
    probs = classifier.predict_proba(inputs) if probs is None else probs
    decisions = [
        decide(policy, probs.urgency[i], probs.route[i], probs.risk[i], item.text, item.child_age)
        for i, item in enumerate(inputs)
    ]
    return probs, decisions


def rule_violations(decisions) -> int:
    """Suggestions that break a floor: akut without utredning, or below a fired rule."""
    return sum(
        (d.urgency is Urgency.AKUT and d.route.value != "utredning")
        or any(rule.floor.rank > d.urgency.rank for rule in d.fired)
        for d in decisions
    )


def faithfulness(
    classifier: Classifier, policy: DecisionPolicy, inputs: Sequence[ModelInput], limit: int = 150
) -> float:
    """Share of referrals where removing the top evidence sentence lowers the probability
    of the suggested urgency (over referrals with at least two sentences)."""
    total, without, before = 0, [], []  # variants without their top sentence
    for item in inputs[:limit]:
        occlusion = explain.occlude(classifier, item)
        if len(occlusion.units) < 2:
            continue
        p = occlusion.probabilities
        d = decide(policy, p.urgency[0], p.route[0], p.risk[0], item.text, item.child_age)
        col = explain.column("urgency", d.urgency.value)
        top = explain.top_sentences(item.text, occlusion, "urgency", col, top=1)
        total += 1
        if top:  # checked by predicting the text without that sentence, not by the estimate
            text = item.text[: top[0].start] + " " + item.text[top[0].end :]
            without.append(replace(item, text=text))
            before.append((col, p.urgency[0, col]))
    if not total:
        return float("nan")
    if not without:
        return 0.0
    again = classifier.predict_proba(without).urgency  # one batch
    return sum(bool(again[i, col] < p) for i, (col, p) in enumerate(before)) / total


def evaluate(
    classifier: Classifier,
    policy: DecisionPolicy,
    inputs: Sequence[ModelInput],
    labels: Labels,
    faithfulness_limit: int = 150,
    probs: Probabilities | None = None,
) -> dict:
    """All figures of the labelling guide's evaluation for one data set (``probs``: the
    classifier's probabilities for ``inputs``, when already known)."""
    probs, decisions = predictions(classifier, policy, inputs, probs)
    report = classification_report(
        labels.urgency,
        [d.urgency.value for d in decisions],
        probs.urgency,
        labels.route,
        [d.route.value for d in decisions],
        labels.risk_factors,
        [[f.value for f in d.risk_factors] for d in decisions],
        rule_violations(decisions),
    )
    report["model_only_akut_recall"] = _recall(
        labels.urgency, [d.model_urgency.value for d in decisions], "akut"
    )
    report["faithfulness"] = round(faithfulness(classifier, policy, inputs, faithfulness_limit), 4)
    report["fairness"] = classifier_fairness(
        [
            Case(gold, d.urgency.value, x.reporter_type, x.child_age, len(x.text.split()))
            for gold, d, x in zip(labels.urgency, decisions, inputs, strict=True)
        ]
    )
    return report


def _recall(gold: Sequence[str], predicted: Sequence[str], label: str) -> float:
    relevant = [p == label for g, p in zip(gold, predicted, strict=True) if g == label]
    return round(float(np.mean(relevant)), 4) if relevant else float("nan")
