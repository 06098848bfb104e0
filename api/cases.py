"""Use cases of the service: triage a referral into a stored case, record a review."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from api.model_holder import ModelHolder
from api.schemas import ReferralIn
from api.security import text_hash
from api.storage.repository import Store
from api.storage.tables import Case, Review
from triage.cases import ReviewInput, final_labels
from triage.schema import RiskFactor, Route, Urgency
from triage.suggestion import Suggestion


@dataclass(frozen=True)
class Actor:
    """Who acts: a staff member or an API key, with a role."""

    name: str
    role: str


class CaseService:
    def __init__(self, store: Store, models: ModelHolder, secret: bytes, municipality: str):
        self.store = store
        self.models = models
        self.secret = secret
        self.municipality = municipality

    def existing(self, referral: ReferralIn) -> Case | None:
        """The case already made for this ``external_id``, if any (idempotency)."""
        if referral.external_id is None:
            return None
        return self.store.case_by_external_id(self.municipality, referral.external_id)

    def triage(self, referral: ReferralIn, actor: Actor) -> tuple[Case, bool]:
        """Pseudonymise, suggest and store; ``(case, created)``. CPU-bound: call off-loop."""
        existing = self.existing(referral)
        if existing is not None:
            return existing, False
        case_id = uuid.uuid4().hex
        pipeline = self.models.pipeline  # the same model for the whole request
        suggestion = pipeline.suggest(
            case_id,
            referral.text,
            referral.reporter_type.value if referral.reporter_type else None,
            referral.child_age,
        )
        case = Case(
            id=case_id,
            municipality=self.municipality,
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
        return self.store.add_case(case)

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
        return self.store.add_review(review)


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
