"""Request and response bodies of the JSON API (pydantic v2)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from triage.schema import ReporterType, RiskFactor, Route, Urgency
from triage.suggestion import Suggestion

# what Python's str.strip() removes, so that schema and validation agree exactly
WHITESPACE = r"\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
TEXT_PATTERN = rf"^[^\x00]*[^\x00{WHITESPACE}][^\x00]*$"  # not blank, no NUL
PRINTABLE = r"^[^\x00-\x1f\x7f]+$"  # identifiers and names: no control characters
MAX_BATCH = 100
MUNICIPALITY_ID = r"^[a-z0-9][a-z0-9_-]{0,63}$"


YEARS = (1900, 2199)  # received_at: any time within these years, with a timezone
YEAR_PATTERN = r"^(?:19|20|21)\d\d-"  # the same range, for the OpenAPI schema


def _aware(moment: datetime | None) -> datetime | None:
    """A time with a timezone, within ``YEARS`` (stored in UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("give a timezone, e.g. 2026-11-24T09:30:00+01:00")
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ValueError(f"received_at must lie between the years {YEARS[0]} and {YEARS[1]}")
    return moment


def _has_text(text: str) -> str:
    if not text.strip():
        raise ValueError("text is empty")
    if "\x00" in text:
        raise ValueError("text contains NUL bytes: send plain text")
    return text


def _a_number(value: object) -> object:
    """A JSON number (9 or 9.0), not true or "9": lax pydantic would take those as ages."""
    if isinstance(value, bool | str):
        raise ValueError(f"child_age must be an integer 0-17, not {type(value).__name__}")
    return value


class ReferralIn(BaseModel):
    """One referral from the case system or the web form."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, AfterValidator(_has_text)] = Field(
        max_length=200_000,
        description="The referral as received (raw; never stored).",
        json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN},
    )
    reporter_type: ReporterType | None = None
    child_age: Annotated[int | None, BeforeValidator(_a_number)] = Field(default=None, ge=0, le=17)
    external_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=128,
        pattern=PRINTABLE,
        description="The case system's id: sending it again returns the same case.",
    )
    received_at: Annotated[datetime | None, AfterValidator(_aware)] = Field(
        default=None,
        description="When the referral arrived (default: now), with a timezone.",
        json_schema_extra={"pattern": YEAR_PATTERN},
    )
    municipality: str | None = Field(
        default=None,
        pattern=MUNICIPALITY_ID,
        description="The municipality the case belongs to; may be left out when the "
        "credential serves only one.",
    )


class ReviewOut(BaseModel):
    decision: str
    suggested_urgency: Urgency
    suggested_route: Route
    final_urgency: Urgency
    final_route: Route
    final_risk_factors: list[RiskFactor]
    agrees: bool
    reason: str
    reviewer: str
    reviewed_at: datetime


class DeadlinesOut(BaseModel):
    protection_assessment: datetime = Field(description="Skyddsbedömning: the same day.")
    preliminary_assessment: datetime = Field(
        description="Förhandsbedömning: 14 days, or the municipality's shorter target."
    )
    overdue: bool = Field(description="A deadline has passed with its step still undone.")


class ProtectionIn(BaseModel):
    """The protection assessment (skyddsbedömning): does the child need protection now?"""

    model_config = ConfigDict(extra="forbid")

    immediate_protection: bool


class ProtectionOut(ProtectionIn):
    assessed_by: str
    assessed_at: datetime


class CaseOut(BaseModel):
    """A case: the suggestion (pseudonymised) and, once reviewed, the human decision."""

    case_id: str
    municipality: str
    external_id: str | None
    received_at: datetime
    model_version: str
    status: str = Field(description="`awaiting_review` or `reviewed`.")
    deadlines: DeadlinesOut
    suggestion: Suggestion
    protection_assessment: ProtectionOut | None = Field(
        description="Recorded on its own before the decision, if it was."
    )
    review: ReviewOut | None


class TriageResponse(CaseOut):
    created: bool = Field(description="False when the external_id was already known.")


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    referrals: list[ReferralIn] = Field(min_length=1, max_length=MAX_BATCH)


class BatchItemError(BaseModel):
    index: int
    error: str


class BatchOut(BaseModel):
    model_version: str
    results: list[TriageResponse]
    errors: list[BatchItemError]


REVIEWER = "Who decided, as the case system knows them (default: the API key's name)."


class AcceptIn(BaseModel):
    """Keep the suggestion as it is."""

    model_config = ConfigDict(extra="forbid")

    decision: Literal["accept"]
    reviewer: str | None = Field(
        default=None, max_length=100, pattern=PRINTABLE, description=REVIEWER
    )


class OverrideIn(BaseModel):
    """Change urgency, route or risk factors; a reason is required."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [{"required": [name]} for name in ("urgency", "route", "risk_factors")]
        },
    )

    decision: Literal["override"]
    urgency: Urgency = Field(default=None, description="Final urgency.")  # type: ignore[assignment]
    route: Route = Field(default=None, description="Final route.")  # type: ignore[assignment]
    risk_factors: list[RiskFactor] = Field(default=None, description="Final risk factors.")  # type: ignore[assignment]
    reason: str = Field(min_length=1, max_length=2000, pattern=TEXT_PATTERN)
    reviewer: str | None = Field(
        default=None, max_length=100, pattern=PRINTABLE, description=REVIEWER
    )


ReviewIn = Annotated[AcceptIn | OverrideIn, Field(discriminator="decision")]


class ModelInfo(BaseModel):
    model_uri: str
    model_version: str
    loaded_at: datetime | None
    backend: str


class MunicipalityOut(BaseModel):
    id: str
    name: str
    preliminary_days: int


class ErrorOut(BaseModel):
    detail: str
