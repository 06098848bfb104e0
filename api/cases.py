"""Use cases of the service: triage a referral into a stored case, record a review."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from api.model_holder import ModelHolder
from api.schemas import ReferralIn
from api.security import text_hash
from api.storage.repository import Store
from api.storage.tables import Case, Review
from triage.cases import (
    LOCAL_TIME,
    PRELIMINARY_DAYS,
    Deadlines,
    ReviewInput,
    deadlines,
    final_labels,
    protection_done_at,
)
from triage.municipality import Municipality
from triage.overview import CaseFacts, Overview, overview
from triage.schema import RiskFactor, Route, Urgency
from triage.suggestion import Suggestion

log = logging.getLogger(__name__)  # case ids and labels only, never referral text


@dataclass(frozen=True)
class Actor:
    """Who acts: a staff member or an API key, with a role and the municipalities whose
    cases it may see."""

    name: str
    role: str
    municipalities: frozenset[str] = frozenset()

    def sees(self, case: Case) -> bool:
        return case.municipality in self.municipalities


class NotPermitted(Exception):
    """The actor is not bound to the municipality it asked for."""


class MunicipalityRequired(Exception):
    """The actor serves several municipalities and did not say which one."""


class CaseService:
    def __init__(
        self,
        store: Store,
        models: ModelHolder,
        secret: bytes,
        municipalities: dict[str, Municipality],
    ):
        self.store = store
        self.models = models
        self.secret = secret
        self.municipalities = municipalities

    def municipality_for(self, actor: Actor, requested: str | None) -> Municipality:
        """The municipality a new case belongs to: the one asked for (if the actor serves
        it), else the actor's only one."""
        if requested is None:
            if len(actor.municipalities) != 1:
                raise MunicipalityRequired(sorted(actor.municipalities))
            (requested,) = actor.municipalities
        if requested not in actor.municipalities or requested not in self.municipalities:
            raise NotPermitted(requested)
        return self.municipalities[requested]

    def existing(self, referral: ReferralIn, municipality: str) -> Case | None:
        """The case already made for this ``external_id``, if any (idempotency)."""
        if referral.external_id is None:
            return None
        return self.store.case_by_external_id(municipality, referral.external_id)

    def triage(self, referral: ReferralIn, actor: Actor) -> tuple[Case, bool]:
        """Pseudonymise, suggest and store; ``(case, created)``. CPU-bound: call off-loop.
        Raises NotPermitted or MunicipalityRequired before any work is done."""
        municipality = self.municipality_for(actor, referral.municipality)
        existing = self.existing(referral, municipality.id)
        if existing is not None:
            return existing, False
        case_id = uuid.uuid4().hex
        pipeline = self.models.pipeline  # the same model for the whole request
        suggestion = pipeline.suggest(
            case_id,
            referral.text,
            referral.reporter_type.value if referral.reporter_type else None,
            referral.child_age,
            municipality,
        )
        case = Case(
            id=case_id,
            municipality=municipality.id,
            external_id=referral.external_id,
            received_at=referral.received_at or datetime.now(UTC),
            created_by=actor.name,
            reporter_type=referral.reporter_type.value if referral.reporter_type else None,
            child_age=referral.child_age,
            text_hash=text_hash(self.secret, referral.text),
            pseudonymized_text=suggestion.pseudonymized_text,
            urgency=suggestion.urgency.value,
            route=suggestion.route.value,
            needs_careful_review=suggestion.needs_careful_review,
            model_version=suggestion.model_version,
            suggestion=suggestion.model_dump(mode="json"),
        )
        stored, created = self.store.add_case(case)
        if created:
            log.info(
                "case %s triaged for %s: %s/%s by %s",
                stored.id,
                stored.municipality,
                stored.urgency,
                stored.route,
                stored.model_version,
            )
        return stored, created

    def review(self, case: Case, decision: ReviewInput, actor: Actor) -> Review:
        """Record the human decision beside the suggestion (raises ReviewExists)."""
        suggestion = Suggestion.model_validate(case.suggestion)
        final = final_labels(
            decision, suggestion.urgency, suggestion.route, suggestion.risk_factors
        )
        review = Review(
            case_id=case.id,
            decision=decision.decision.value,
            suggested_urgency=suggestion.urgency.value,
            suggested_route=suggestion.route.value,
            final_urgency=final.urgency.value,
            final_route=final.route.value,
            final_risk_factors=[f.value for f in final.risk_factors],
            agrees=final.agrees,
            reason=decision.reason.strip(),
            reviewer=actor.name,
            reviewed_at=datetime.now(UTC),
        )
        stored = self.store.add_review(review)
        log.info("case %s reviewed: %s (agrees: %s)", case.id, review.decision, review.agrees)
        return stored

    def assess_protection(self, case: Case, immediate_protection: bool, actor: Actor) -> Case:
        """Record the protection assessment (raises AlreadyAssessed)."""
        return self.store.record_protection_assessment(case.id, immediate_protection, actor.name)

    def deadlines(self, case: Case) -> Deadlines:
        municipality = self.municipalities.get(case.municipality)
        days = municipality.deadlines.preliminary_days if municipality else PRELIMINARY_DAYS
        return deadlines(case.received_at, days)

    def overview(self, municipality: str, start: date, end: date) -> Overview:
        """The municipality's figures for referrals received from ``start`` to ``end``
        (Swedish dates, inclusive)."""
        begin = datetime.combine(start, time(), LOCAL_TIME)
        after = datetime.combine(end + timedelta(days=1), time(), LOCAL_TIME)
        cases = self.store.cases_received(municipality, begin, after)
        facts = [self._facts(case) for case in cases]
        return overview(municipality, start, end, facts, as_of=datetime.now(UTC))

    def _facts(self, case: Case) -> CaseFacts:
        review, due = case.review, self.deadlines(case)
        factors = review.final_risk_factors if review else case.suggestion["risk_factors"]
        decided_at = review.reviewed_at if review else None
        return CaseFacts(
            received_at=case.received_at,
            suggested_route=Route(case.route),
            risk_factors=tuple(RiskFactor(f) for f in factors),
            protection_due=due.protection,
            preliminary_due=due.preliminary,
            protection_at=protection_done_at(case.protection_assessed_at, decided_at),
            decided_at=decided_at,
            final_route=Route(review.final_route) if review else None,
            overridden=review.decision == "override" if review else None,
            agrees=review.agrees if review else None,
        )


def training_record(case: Case) -> dict:
    """A reviewed case as a pseudonymised training record with the human's final labels."""
    review = case.review
    if review is None:
        raise ValueError(f"case {case.id} has no review")
    return {
        "id": case.id,
        "text": case.pseudonymized_text,
        "reporter_type": case.reporter_type,
        "child_age": case.child_age,
        "urgency": Urgency(review.final_urgency).value,
        "route": Route(review.final_route).value,
        "risk_factors": [RiskFactor(f).value for f in review.final_risk_factors],
        "pii": [],
        "source": "review",
        "model_version": case.model_version,
    }
