"""The shift to första linjen made visible: a municipality's figures over a period.

Pure computation over plain case facts, so that the figures can be checked by hand. The
risk factors are grouped by the three shared goals of Hässleholm's "under one roof" model:
God hälsa (the child's own health and behaviour), Lyckas i skolan, Trygghet i hemmet.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from triage.cases import is_overdue
from triage.schema import RiskFactor, Route


class Goal(StrEnum):
    GOD_HALSA = "god_halsa"
    LYCKAS_I_SKOLAN = "lyckas_i_skolan"
    TRYGGHET_I_HEMMET = "trygghet_i_hemmet"


GOAL_OF: dict[RiskFactor, Goal] = {
    RiskFactor.PSYKISK_OHALSA_BARN: Goal.GOD_HALSA,
    RiskFactor.EGET_MISSBRUK: Goal.GOD_HALSA,
    RiskFactor.KRIMINALITET: Goal.GOD_HALSA,
    RiskFactor.BETEENDEPROBLEM: Goal.GOD_HALSA,
    RiskFactor.SKOLFRANVARO: Goal.LYCKAS_I_SKOLAN,
    RiskFactor.VALD_MOT_BARN: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.SEXUELLA_OVERGREPP: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.VALD_I_NARA_RELATION: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.MISSBRUK_VARDNADSHAVARE: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.PSYKISK_OHALSA_VARDNADSHAVARE: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.FORSUMMELSE: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.HEDERSRELATERAT: Goal.TRYGGHET_I_HEMMET,
    RiskFactor.KONFLIKT_SEPARATION: Goal.TRYGGHET_I_HEMMET,
}


@dataclass(frozen=True)
class CaseFacts:
    """What the overview needs of one case. Risk factors: the human's final ones once
    decided, else the suggested ones."""

    received_at: datetime
    suggested_route: Route
    risk_factors: tuple[RiskFactor, ...]
    protection_due: datetime
    preliminary_due: datetime
    protection_at: datetime | None = None
    decided_at: datetime | None = None
    final_route: Route | None = None
    overridden: bool | None = None
    agrees: bool | None = None


class GoalFigures(BaseModel):
    referrals: int = Field(description="Referrals with at least one risk factor of the goal.")
    share: float | None = Field(description="Of all referrals received in the period.")
    risk_factors: dict[RiskFactor, int]


class Overview(BaseModel):
    """A municipality's figures for referrals received in ``start``..``end`` (inclusive)."""

    municipality: str
    start: date
    end: date
    as_of: datetime = Field(description="Overdue counts are as of this moment.")
    received: int
    suggested_forsta_linjen: int
    suggested_utredning: int
    suggested_forsta_linjen_share: float | None
    decided: int
    decided_forsta_linjen: int
    decided_utredning: int
    decided_forsta_linjen_share: float | None
    override_rate: float | None = Field(description="Share of decisions that changed anything.")
    agreement_rate: float | None = Field(description="Share keeping urgency and route.")
    median_hours_to_protection_assessment: float | None
    median_days_to_preliminary_decision: float | None
    overdue_protection_assessment: int
    overdue_preliminary_decision: int
    goals: dict[Goal, GoalFigures]


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _median(values: list[float], digits: int) -> float | None:
    return round(statistics.median(values), digits) if values else None


def overview(
    municipality: str, start: date, end: date, facts: Iterable[CaseFacts], as_of: datetime
) -> Overview:
    """The figures for the cases in ``facts`` (already limited to the municipality/period)."""
    cases = list(facts)
    decided = [c for c in cases if c.decided_at is not None]
    suggested_first = sum(c.suggested_route is Route.FORSTA_LINJEN for c in cases)
    decided_first = sum(c.final_route is Route.FORSTA_LINJEN for c in decided)
    hours_to_protection = [
        (c.protection_at - c.received_at).total_seconds() / 3600
        for c in cases
        if c.protection_at is not None
    ]
    days_to_decision = [(c.decided_at - c.received_at).total_seconds() / 86400 for c in decided]
    return Overview(
        municipality=municipality,
        start=start,
        end=end,
        as_of=as_of,
        received=len(cases),
        suggested_forsta_linjen=suggested_first,
        suggested_utredning=len(cases) - suggested_first,
        suggested_forsta_linjen_share=_share(suggested_first, len(cases)),
        decided=len(decided),
        decided_forsta_linjen=decided_first,
        decided_utredning=len(decided) - decided_first,
        decided_forsta_linjen_share=_share(decided_first, len(decided)),
        override_rate=_share(sum(bool(c.overridden) for c in decided), len(decided)),
        agreement_rate=_share(sum(bool(c.agrees) for c in decided), len(decided)),
        median_hours_to_protection_assessment=_median(hours_to_protection, 1),
        median_days_to_preliminary_decision=_median(days_to_decision, 2),
        overdue_protection_assessment=sum(
            is_overdue(c.protection_due, c.protection_at, as_of) for c in cases
        ),
        overdue_preliminary_decision=sum(
            is_overdue(c.preliminary_due, c.decided_at, as_of) for c in cases
        ),
        goals=_goals(cases),
    )


def _goals(cases: list[CaseFacts]) -> dict[Goal, GoalFigures]:
    factor_counts = Counter(f for c in cases for f in set(c.risk_factors))
    figures = {}
    for goal in Goal:
        members = [f for f, g in GOAL_OF.items() if g is goal]
        touched = sum(any(f in members for f in c.risk_factors) for c in cases)
        figures[goal] = GoalFigures(
            referrals=touched,
            share=_share(touched, len(cases)),
            risk_factors={f: factor_counts[f] for f in members},
        )
    return figures


def csv_rows(figures: Overview) -> list[tuple[str, str]]:
    """The overview as ``(metric, value)`` rows; empty value where there is nothing to
    measure yet."""
    rows: list[tuple[str, str]] = []
    for name, value in figures.model_dump(mode="json", exclude={"goals"}).items():
        rows.append((name, "" if value is None else str(value)))
    for goal, goal_figures in figures.goals.items():
        rows.append((f"goal.{goal.value}.referrals", str(goal_figures.referrals)))
        share = goal_figures.share
        rows.append((f"goal.{goal.value}.share", "" if share is None else str(share)))
        for factor, count in goal_figures.risk_factors.items():
            rows.append((f"risk_factor.{factor.value}", str(count)))
    return rows
