"""Stored cases as API bodies."""

from __future__ import annotations

from datetime import UTC, datetime

from api.schemas import CaseOut, DeadlinesOut, ProtectionOut, ReviewOut, TriageResponse
from api.storage.tables import Case
from triage.cases import Deadlines, is_overdue, protection_done_at
from triage.suggestion import Suggestion


def deadlines_out(case: Case, due: Deadlines, now: datetime | None = None) -> DeadlinesOut:
    """The deadlines; overdue while a deadline has passed with its step still undone."""
    now = now or datetime.now(UTC)
    decided = case.review.reviewed_at if case.review else None
    protected = protection_done_at(case.protection_assessed_at, decided)
    return DeadlinesOut(
        protection_assessment=due.protection,
        preliminary_assessment=due.preliminary,
        overdue=(protected is None and is_overdue(due.protection, None, now))
        or (decided is None and is_overdue(due.preliminary, None, now)),
    )


def case_out(case: Case, due: Deadlines) -> CaseOut:
    return CaseOut(**_fields(case, due))


def triage_response(case: Case, due: Deadlines, created: bool) -> TriageResponse:
    return TriageResponse(**_fields(case, due), created=created)


def _fields(case: Case, due: Deadlines) -> dict:
    review = case.review
    return {
        "case_id": case.id,
        "municipality": case.municipality,
        "external_id": case.external_id,
        "received_at": case.received_at,
        "model_version": case.model_version,
        "status": "reviewed" if review else "awaiting_review",
        "deadlines": deadlines_out(case, due),
        "suggestion": Suggestion.model_validate(case.suggestion),
        "protection_assessment": None
        if case.protection_assessed_at is None
        else ProtectionOut(
            immediate_protection=bool(case.immediate_protection),
            assessed_by=case.protection_assessed_by or "",
            assessed_at=case.protection_assessed_at,
        ),
        "review": None
        if review is None
        else ReviewOut(
            decision=review.decision,
            suggested_urgency=review.suggested_urgency,
            suggested_route=review.suggested_route,
            final_urgency=review.final_urgency,
            final_route=review.final_route,
            final_risk_factors=review.final_risk_factors,
            agrees=review.agrees,
            reason=review.reason,
            reviewer=review.reviewer,
            reviewed_at=review.reviewed_at,
        ),
    }
