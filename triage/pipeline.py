"""The whole flow: pseudonymise -> classify -> safety rules -> explain -> Suggestion."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import numpy as np

from triage import catalogue, explain, rules
from triage.classifier import RISK_FACTORS, ROUTES, URGENCIES, Classifier, ModelInput
from triage.municipality import Municipality
from triage.pseudonymize import Pseudonymized, Pseudonymizer
from triage.schema import RiskFactor, Route, Urgency
from triage.suggestion import (
    Explanation,
    PiiOut,
    RiskFactorEvidence,
    RuleHit,
    Suggestion,
    TermContribution,
)


@dataclass(frozen=True)
class DecisionPolicy:
    """How probabilities become a suggestion; tuned on validation data at training time."""

    akut_threshold: float = 0.5
    utredning_threshold: float = 0.5
    risk_threshold: float = 0.5
    review_margin: float = 0.2
    review_confidence: float = 0.6


@dataclass(frozen=True)
class Decision:
    """The suggestion's labels for one referral, before explanation."""

    model_urgency: Urgency
    model_route: Route
    urgency: Urgency
    route: Route
    risk_factors: list[RiskFactor]
    fired: list[rules.FiredRule]


def decide(
    policy: DecisionPolicy,
    urgency_p: np.ndarray,
    route_p: np.ndarray,
    risk_p: np.ndarray,
    text: str,
    child_age: int | None,
    fired: list[rules.FiredRule] | None = None,
) -> Decision:
    """Apply thresholds, then the safety rules' floors (which can only raise urgency);
    ``fired`` are the text's rules when already evaluated."""
    if urgency_p[0] >= policy.akut_threshold:
        model_urgency = Urgency.AKUT
    else:
        model_urgency = URGENCIES[1 + int(np.argmax(urgency_p[1:]))]
    model_route = (
        Route.UTREDNING if route_p[0] >= policy.utredning_threshold else Route.FORSTA_LINJEN
    )
    fired = rules.evaluate(text, child_age) if fired is None else fired
    urgency, route = rules.apply_floors(model_urgency, model_route, fired)
    factors = [f for f, p in zip(RISK_FACTORS, risk_p, strict=True) if p >= policy.risk_threshold]
    return Decision(model_urgency, model_route, urgency, route, factors, fired)


# invented referrals (no real person) that a freshly loaded pipeline runs once each
WARM_UP_TEXTS = (
    "Jag är mentor för Linnea Bergqvist i klass 7B på Solbackaskolan. Linnea berättade i "
    "dag att pappa Mikael slog henne i ansiktet i går kväll när han hade druckit. Hon har "
    "ett blåmärke på kinden och säger att hon inte vill gå hem. Nås på 070-123 45 67.",
    "Orosanmälan från BVC gällande Elias Haddad, 2 år. Mamma har uteblivit från tre "
    "besök sedan den 4 mars och verkar nedstämd. Ingen oro för våld har framkommit. "
    "Familjen bor på Storgatan 12 i Växjö. Kontakt: bvc.norr@exempel.se.",
    "Hej. Jag är granne och hör ofta bråk genom väggen, vuxna som skriker och något som "
    "slås sönder. Barnen i familjen är kanske fem och åtta år. I natt grät ett av dem "
    "länge. Jag vill vara anonym.",
)


class Pipeline:
    """Suggestions for referrals; holds a pseudonymiser and a classifier backend."""

    def __init__(
        self,
        pseudonymizer: Pseudonymizer,
        classifier: Classifier,
        policy: DecisionPolicy | None = None,
    ) -> None:
        self.pseudonymizer = pseudonymizer
        self.classifier = classifier
        self.policy = policy or DecisionPolicy()

    @property
    def model_version(self) -> str:
        return f"{self.classifier.backend}:{self.classifier.version}"

    def warm_up(self) -> None:
        """Suggest for a few invented referrals, so that the first real one does not pay
        for what the pipeline builds on first use (about 190 ms instead of 15 ms)."""
        for number, text in enumerate(WARM_UP_TEXTS):
            self.suggest(f"warm-up-{number}", text)

    def suggest(
        self,
        id: str,
        text: str,
        reporter_type: str | None = None,
        child_age: int | None = None,
        municipality: Municipality | None = None,
    ) -> Suggestion:
        """The suggestion for one raw referral (raises TextRejected on unusable text); with a
        municipality, under its thresholds and naming services from its catalogue."""
        pseudo = self.pseudonymizer.pseudonymize(text)
        return self._suggest(id, pseudo, reporter_type, child_age, municipality)

    def suggest_many(
        self,
        items: Iterable[tuple[str, str, str | None, int | None]],
        municipality: Municipality | None = None,
    ) -> Iterator[Suggestion]:
        """Batch version over ``(id, text, reporter_type, child_age)`` tuples."""
        items = list(items)
        texts = (text for _, text, _, _ in items)
        for (id, _, reporter, age), pseudo in zip(
            items, self.pseudonymizer.pseudonymize_many(texts), strict=True
        ):
            yield self._suggest(id, pseudo, reporter, age, municipality)

    def policy_for(self, municipality: Municipality | None) -> DecisionPolicy:
        """The tuned policy, made more cautious where the municipality asks for it."""
        cap = municipality.thresholds.akut_threshold_max if municipality else None
        if cap is None or cap >= self.policy.akut_threshold:
            return self.policy
        return replace(self.policy, akut_threshold=cap)

    def _suggest(
        self,
        id: str,
        pseudo: Pseudonymized,
        reporter_type: str | None,
        child_age: int | None,
        municipality: Municipality | None,
    ) -> Suggestion:
        item = ModelInput(pseudo.text, reporter_type, child_age)
        occlusion = explain.occlude(self.classifier, item)
        probs = occlusion.probabilities
        urgency_p, route_p, risk_p = probs.urgency[0], probs.route[0], probs.risk[0]
        policy = self.policy_for(municipality)
        decision = decide(policy, urgency_p, route_p, risk_p, pseudo.text, child_age)
        u_col = explain.column("urgency", decision.urgency.value)
        reasons = self._review_reasons(urgency_p, route_p, decision)
        explanation = Explanation(
            model_urgency=decision.model_urgency,
            model_route=decision.model_route,
            confidence=round(float(urgency_p[u_col]), 4),
            urgency_terms=self._terms(item, "urgency", decision.urgency.value),
            route_terms=self._terms(item, "route", decision.route.value),
            sentences=explain.top_sentences(pseudo.text, occlusion, "urgency", u_col),
            risk_factors=[
                RiskFactorEvidence(
                    factor=f,
                    probability=round(float(risk_p[explain.column("risk", f.value)]), 4),
                    evidence=explain.top_sentences(
                        pseudo.text, occlusion, "risk", explain.column("risk", f.value), top=2
                    ),
                )
                for f in decision.risk_factors
            ],
            rules=[
                RuleHit(
                    id=r.id,
                    description=r.description,
                    floor=r.floor,
                    evidence=pseudo.text[r.evidence_start : r.evidence_end].strip(),
                )
                for r in decision.fired
            ],
            review_reasons=reasons,
        )
        return Suggestion(
            id=id,
            urgency=decision.urgency,
            route=decision.route,
            urgency_scores={
                u.value: round(float(p), 4) for u, p in zip(URGENCIES, urgency_p, strict=True)
            },
            route_scores={
                r.value: round(float(p), 4) for r, p in zip(ROUTES, route_p, strict=True)
            },
            risk_factors=decision.risk_factors,
            rules=[r.id for r in decision.fired],
            explanation=explanation,
            needs_careful_review=bool(reasons),
            pseudonymized_text=pseudo.text,
            pii=[PiiOut(**span) for span in pseudo.pii()],
            model_version=self.model_version,
            services=[]
            if municipality is None
            else catalogue.match(
                municipality.catalogue,
                urgency=decision.urgency,
                route=decision.route,
                risk_factors=decision.risk_factors,
                child_age=child_age,
            ),
        )

    def _terms(self, item: ModelInput, task: str, label: str) -> list[TermContribution]:
        return [
            TermContribution(term=t, weight=w)
            for t, w in self.classifier.contributions(item, task, label, top=8)
        ]

    def _review_reasons(
        self, urgency_p: np.ndarray, route_p: np.ndarray, decision: Decision
    ) -> list[str]:
        """Why a human should look extra carefully (empty when the model is sure)."""
        reasons = []
        ordered = np.sort(urgency_p)[::-1]
        if ordered[0] - ordered[1] < self.policy.review_margin:
            reasons.append("Liten marginal mellan de två mest sannolika brådskegraderna.")
        if ordered[0] < self.policy.review_confidence:
            reasons.append("Modellen är osäker på brådskegraden.")
        if abs(route_p[0] - 0.5) < self.policy.review_margin / 2:
            reasons.append("Modellen är osäker på vägvalet.")
        if decision.urgency != decision.model_urgency or decision.route != decision.model_route:
            reasons.append("En säkerhetsregel ändrade modellens förslag.")
        return reasons
