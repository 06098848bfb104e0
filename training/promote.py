"""``triage promote``: move the ``champion`` alias to the challenger only through a gate."""

from __future__ import annotations

from dataclasses import dataclass

from training import registry
from triage.evaluation.fairness import GAP_LIMIT

COMPARED = (
    "test_akut_recall",
    "test_urgency_macro_f1",
    "test_route_accuracy",
    "test_risk_micro_f1",
)


@dataclass(frozen=True)
class Gate:
    """akut recall >= floor, no drop > max_drop against the champion, no rule violations,
    no fairness gap above the limit (akut recall across groups, PERSON recall by origin)."""

    akut_recall_floor: float = 0.95
    max_drop: float = 0.01
    max_fairness_flags: int = 0

    def refusals(
        self, challenger: dict[str, float], champion: dict[str, float] | None
    ) -> list[str]:
        """Why the challenger may not become champion (empty list: it may)."""
        reasons = []
        recall = challenger.get("test_akut_recall")
        if recall is None:
            reasons.append("the challenger has no test_akut_recall figure")
        elif recall < self.akut_recall_floor:
            reasons.append(f"akut recall {recall:.3f} is below the floor {self.akut_recall_floor}")
        violations = challenger.get("test_rule_violations", 1)
        if violations:
            reasons.append(f"{violations:.0f} safety-rule violations (must be 0)")
        flags = challenger.get("test_fairness_flags")
        if flags is None:
            reasons.append("the challenger has no fairness figures (train it again)")
        elif flags > self.max_fairness_flags:
            reasons.append(
                f"{flags:.0f} fairness gaps above {GAP_LIMIT * 100:.0f} percentage points "
                "(see the run's test_fairness_flags tag)"
            )
        for key in COMPARED if champion else ():
            if key in champion and challenger.get(key, 0.0) < champion[key] - self.max_drop:
                reasons.append(
                    f"{key} drops from {champion[key]:.3f} to {challenger.get(key, 0.0):.3f} "
                    f"(more than {self.max_drop * 100:.0f} percentage point)"
                )
        return reasons


def promote(gate: Gate | None = None) -> tuple[bool, list[str]]:
    """Promote the current challenger; returns (promoted, reasons for refusal)."""
    gate = gate or Gate()
    challenger = registry.version_metrics(registry.CHALLENGER)
    if challenger is None:
        return False, ["there is no challenger: run `triage train` first"]
    version, metrics = challenger
    champion = registry.version_metrics(registry.CHAMPION)
    if champion and champion[0] == version:
        return False, [f"version {version} is already champion"]
    reasons = gate.refusals(metrics, champion[1] if champion else None)
    if reasons:
        return False, reasons
    registry.set_alias(registry.CHAMPION, version)
    return True, []
