"""Case rules: deadlines in Swedish time, review decisions, the agreement band."""

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from triage.cases import (
    AgreementBand,
    ReviewDecision,
    ReviewInput,
    agreement_band,
    deadlines,
    final_labels,
    is_overdue,
    protection_done_at,
)
from triage.schema import RiskFactor, Route, Urgency


def test_protection_is_due_by_the_end_of_the_swedish_day_and_preliminary_in_14_days():
    received = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # already 29 March in Sweden
    due = deadlines(received)
    assert due.protection.isoformat() == "2026-03-29T23:59:59+02:00"  # summer time began
    assert due.preliminary.date().isoformat() == "2026-04-12"


def test_overdue_until_done():
    due = datetime(2026, 1, 5, 23, 59, tzinfo=UTC)
    late = datetime(2026, 1, 6, 8, 0, tzinfo=UTC)
    assert is_overdue(due, None, late)
    assert not is_overdue(due, datetime(2026, 1, 5, 12, 0, tzinfo=UTC), late)


def test_override_needs_a_reason_and_a_change():
    with pytest.raises(ValidationError, match="reason"):
        ReviewInput(decision=ReviewDecision.OVERRIDE, urgency=Urgency.NORMAL)
    with pytest.raises(ValidationError, match="must change"):
        ReviewInput(decision=ReviewDecision.OVERRIDE, reason="Därför.")


def test_final_labels_keep_or_change_the_suggestion():
    factors = [RiskFactor.SKOLFRANVARO]
    accept = ReviewInput(decision=ReviewDecision.ACCEPT)
    kept = final_labels(accept, Urgency.NORMAL, Route.FORSTA_LINJEN, factors)
    assert (kept.urgency, kept.route, kept.agrees) == (Urgency.NORMAL, Route.FORSTA_LINJEN, True)
    akut = ReviewInput(decision=ReviewDecision.OVERRIDE, urgency=Urgency.AKUT, reason="Hot.")
    raised = final_labels(akut, Urgency.NORMAL, Route.FORSTA_LINJEN, factors)
    assert raised.route is Route.UTREDNING and not raised.agrees  # akut always investigates
    assert raised.risk_factors == factors


def test_agreement_band_warns_on_too_low_and_suspiciously_high():
    assert agreement_band([True] * 10, (0.6, 0.95)) is AgreementBand.TOO_FEW
    assert agreement_band([True] * 40, (0.6, 0.95)) is AgreementBand.HIGH
    assert agreement_band([True] * 20 + [False] * 20, (0.6, 0.95)) is AgreementBand.LOW
    assert agreement_band([True] * 32 + [False] * 8, (0.6, 0.95)) is AgreementBand.OK


def test_a_municipality_may_set_a_shorter_preliminary_target_never_a_longer_one():
    received = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert deadlines(received, 10).preliminary.date().isoformat() == "2026-01-15"
    with pytest.raises(ValueError, match="1..14"):
        deadlines(received, 15)


def test_the_decision_counts_as_the_protection_assessment_when_none_was_recorded():
    assessed = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    decided = datetime(2026, 1, 7, 10, 0, tzinfo=UTC)
    assert protection_done_at(assessed, decided) == assessed
    assert protection_done_at(None, decided) == decided
    assert protection_done_at(None, None) is None
