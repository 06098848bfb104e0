"""Pseudonymisation metrics: recall per class, leak rate, span precision.

A gold span *leaks* when any letter or digit in it is not covered by a predicted span
(of any class: a name masked as ORGANIZATION is still not leaked). Recall per class is
the share of gold spans that do not leak. A gold span is *typed* when it is masked and
every predicted span over it has its class: "flyttade till [PERSON_2]" hides the place
but misleads the reader, and the classifier. Precision is the share of predicted spans
that overlap some gold span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from triage.schema import DIRECT_IDENTIFIERS, PiiLabel

Span = tuple[int, int, str]


def _covered(text: str, start: int, end: int, mask: list[bool]) -> bool:
    return all(mask[i] for i in range(start, end) if text[i].isalnum())


@dataclass
class PiiReport:
    """Counts per class; derived figures are properties."""

    gold: dict[str, int] = field(default_factory=dict)
    leaked: dict[str, int] = field(default_factory=dict)
    typed: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    predicted_correct: dict[str, int] = field(default_factory=dict)
    leak_examples: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, label: str) -> float:
        total = self.gold.get(label, 0)
        return 1.0 - self.leaked.get(label, 0) / total if total else float("nan")

    def typed_recall(self, label: str) -> float:
        """The share of gold spans of ``label`` masked by placeholders of their own class."""
        total = self.gold.get(label, 0)
        return self.typed.get(label, 0) / total if total else float("nan")

    @property
    def direct_leak_rate(self) -> float:
        total = sum(self.gold.get(label, 0) for label in DIRECT_IDENTIFIERS)
        leaked = sum(self.leaked.get(label, 0) for label in DIRECT_IDENTIFIERS)
        return leaked / total if total else 0.0

    @property
    def precision(self) -> float:
        total = sum(self.predicted.values())
        return sum(self.predicted_correct.values()) / total if total else float("nan")

    def to_dict(self) -> dict:
        labels = [label.value for label in PiiLabel]
        return {
            "per_class": {
                label: {
                    "gold": self.gold.get(label, 0),
                    "leaked": self.leaked.get(label, 0),
                    "recall": round(self.recall(label), 4),
                    "typed_recall": round(self.typed_recall(label), 4),
                    "predicted": self.predicted.get(label, 0),
                    "precision": round(
                        self.predicted_correct.get(label, 0) / self.predicted[label], 4
                    )
                    if self.predicted.get(label)
                    else None,
                }
                for label in labels
            },
            "direct_identifier_leak_rate": round(self.direct_leak_rate, 5),
            "span_precision": round(self.precision, 4),
        }

    def table(self) -> str:
        """A Markdown table for terminals and the README."""
        lines = [
            "| class | gold | leaked | recall | typed recall | predicted | precision |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for label, row in self.to_dict()["per_class"].items():
            if not row["gold"] and not row["predicted"]:
                continue
            precision = "–" if row["precision"] is None else f"{row['precision']:.3f}"
            lines.append(
                f"| {label} | {row['gold']} | {row['leaked']} | {row['recall']:.3f} "
                f"| {row['typed_recall']:.3f} | {row['predicted']} | {precision} |"
            )
        lines.append(f"\ndirect-identifier leak rate: {self.direct_leak_rate:.2%}")
        lines.append(f"span precision: {self.precision:.3f}")
        return "\n".join(lines)


def _typed(start: int, end: int, label: str, predicted: Sequence[Span]) -> bool:
    """Every predicted span over ``[start, end)`` has class ``label``."""
    return all(
        p_label == label for p_start, p_end, p_label in predicted if p_start < end and start < p_end
    )


def masked(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> list[bool]:
    """For each gold span: is every letter and digit in it covered by a predicted span?"""
    mask = [False] * len(text)
    for start, end, _ in predicted:
        mask[start:end] = [True] * (end - start)
    return [_covered(text, start, end, mask) for start, end, _ in gold]


def evaluate(
    texts: Sequence[str], gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]
) -> PiiReport:
    """Compare gold and predicted spans of each text."""
    report = PiiReport()
    for text, gold_spans, predicted_spans in zip(texts, gold, predicted, strict=True):
        gold_mask = [False] * len(text)
        covered = masked(text, gold_spans, predicted_spans)
        for (start, end, label), is_masked in zip(gold_spans, covered, strict=True):
            gold_mask[start:end] = [True] * (end - start)
            report.gold[label] = report.gold.get(label, 0) + 1
            if is_masked and _typed(start, end, label, predicted_spans):
                report.typed[label] = report.typed.get(label, 0) + 1
            if not is_masked:
                report.leaked[label] = report.leaked.get(label, 0) + 1
                if label in DIRECT_IDENTIFIERS:
                    report.leak_examples.append((label, text[start:end]))
        for start, end, label in predicted_spans:
            report.predicted[label] = report.predicted.get(label, 0) + 1
            if any(gold_mask[start:end]):
                report.predicted_correct[label] = report.predicted_correct.get(label, 0) + 1
    return report
