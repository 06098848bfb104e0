"""Case-handling rules: deadlines after receipt, review decisions, the agreement rate.

Swedish law (SoL 11 kap. 1 a §) asks for a protection assessment (skyddsbedömning) at once,
in practice the same day, and a preliminary assessment (förhandsbedömning) within 14 days
of receipt. The assistant suggests; a social worker accepts or overrides, with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, model_validator

from triage.schema import RiskFactor, Route, Urgency

LOCAL_TIME = ZoneInfo("Europe/Stockholm")
PRELIMINARY_DAYS = 14


@dataclass(frozen=True)
class Deadlines:
    """When the protection and the preliminary assessment are due (aware datetimes)."""

    protection: datetime
    preliminary: datetime


def deadlines(received_at: datetime, preliminary_days: int = PRELIMINARY_DAYS) -> Deadlines:
    """Protection: the end of the (Swedish) day of receipt; preliminary: 14 days later (a
    municipality may set itself a shorter target, never a longer one)."""
    if not 1 <= preliminary_days <= PRELIMINARY_DAYS:
        raise ValueError(f"preliminary_days must be 1..{PRELIMINARY_DAYS}, not {preliminary_days}")
    local = _aware(received_at).astimezone(LOCAL_TIME)
    end_of_day = datetime.combine(local.date(), time(23, 59, 59), LOCAL_TIME)
    return Deadlines(end_of_day, local + timedelta(days=preliminary_days))


def protection_done_at(
    assessed_at: datetime | None, decided_at: datetime | None
) -> datetime | None:
    """When the protection assessment was made: recorded on its own, or at the latest with the
    preliminary decision (a decision on the case includes a view on immediate protection)."""
    done = [_aware(moment) for moment in (assessed_at, decided_at) if moment is not None]
    return min(done, default=None)


def is_overdue(deadline: datetime, done_at: datetime | None, now: datetime) -> bool:
    """Past the deadline without being done, or done after it."""
    return _aware(done_at or now) > _aware(deadline)


def _aware(moment: datetime) -> datetime:
    """Naive datetimes (as some databases return them) are UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class ReviewDecision(StrEnum):
    ACCEPT = "accept"
    OVERRIDE = "override"


class ReviewInput(BaseModel):
    """A social worker's decision on a suggestion; overriding needs a reason."""

    model_config = ConfigDict(extra="forbid")

    decision: ReviewDecision
    urgency: Urgency | None = Field(default=None, description="Final urgency (override).")
    route: Route | None = Field(default=None, description="Final route (override).")
    risk_factors: list[RiskFactor] | None = Field(
        default=None, description="Final risk factors; default: the suggested ones."
    )
    reason: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _override_is_explained(self) -> ReviewInput:
        if "\x00" in self.reason:
            raise ValueError("the reason contains NUL bytes")
        if self.decision is ReviewDecision.OVERRIDE:
            if not self.reason.strip():
                raise ValueError("an override needs a reason")
            if self.urgency is None and self.route is None and self.risk_factors is None:
                raise ValueError("an override must change urgency, route or risk factors")
        return self


@dataclass(frozen=True)
class FinalLabels:
    urgency: Urgency
    route: Route
    risk_factors: list[RiskFactor]
    agrees: bool  # the human kept the suggested urgency and route


def final_labels(
    review: ReviewInput,
    suggested_urgency: Urgency,
    suggested_route: Route,
    suggested_factors: list[RiskFactor],
) -> FinalLabels:
    """The labels a review settles on. ``akut`` always goes to utredning."""
    if review.decision is ReviewDecision.ACCEPT:
        return FinalLabels(suggested_urgency, suggested_route, list(suggested_factors), True)
    urgency = review.urgency or suggested_urgency
    route = Route.UTREDNING if urgency is Urgency.AKUT else review.route or suggested_route
    factors = suggested_factors if review.risk_factors is None else review.risk_factors
    agrees = urgency is suggested_urgency and route is suggested_route
    return FinalLabels(urgency, route, list(dict.fromkeys(factors)), agrees)


class AgreementBand(StrEnum):
    LOW = "low"
    OK = "ok"
    HIGH = "high"
    TOO_FEW = "too_few"


MIN_REVIEWS_FOR_BAND = 20


def agreement_band(agreements: list[bool], band: tuple[float, float]) -> AgreementBand:
    """Whether the human/model agreement rate is believable.

    Too low: the model misleads. Too high: reviewers may be rubber-stamping (automation
    bias), which is exactly what an assistant that only suggests must not cause.
    """
    if len(agreements) < MIN_REVIEWS_FOR_BAND:
        return AgreementBand.TOO_FEW
    rate = sum(agreements) / len(agreements)
    if rate < band[0]:
        return AgreementBand.LOW
    return AgreementBand.HIGH if rate > band[1] else AgreementBand.OK
