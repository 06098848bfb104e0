"""Stored cases as API bodies."""

from __future__ import annotations

from datetime import UTC, datetime

from api.schemas import CaseOut, DeadlinesOut, ReviewOut, TriageResponse
from api.storage.tables import Case
from triage.cases import deadlines, is_overdue
from triage.suggestion import Suggestion


def deadlines_out(case: Case, now: datetime | None = None) -> DeadlinesOut:
    due = deadlines(case.received_at)
    done = case.review.reviewed_at if case.review else None
    now = now or datetime.now(UTC)
    return DeadlinesOut(
        protection_assessment=due.protection,
        preliminary_assessment=due.preliminary,
        overdue=case.review is None
        and (is_overdue(due.protection, done, now) or is_overdue(due.preliminary, done, now)),
    )


def case_out(case: Case) -> CaseOut:
    return CaseOut(**_fields(case))


def triage_response(case: Case, created: bool) -> TriageResponse:
    return TriageResponse(**_fields(case), created=created)


def _fields(case: Case) -> dict:
    review = case.review
    return {
        "case_id": case.id,
        "external_id": case.external_id,
        "received_at": case.received_at,
        "model_version": case.model_version,
        "status": "reviewed" if review else "awaiting_review",
        "deadlines": deadlines_out(case),
        "suggestion": Suggestion.model_validate(case.suggestion),
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
