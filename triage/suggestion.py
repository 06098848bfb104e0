"""What the assistant returns: a suggestion with its evidence (versioned schema)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from triage.catalogue import ServiceMatch
from triage.schema import RiskFactor, Route, Urgency

SCHEMA_VERSION = "1"


class TermContribution(BaseModel):
    """A word, phrase or cue and how much it pushed towards the suggested class."""

    term: str
    weight: float


class EvidenceSentence(BaseModel):
    """A sentence of the pseudonymised text and how much the suggestion depends on it."""

    text: str
    start: int = Field(description="Offset into pseudonymized_text.")
    end: int
    weight: float = Field(description="Drop in probability when the sentence is removed.")


class RiskFactorEvidence(BaseModel):
    factor: RiskFactor
    probability: float
    evidence: list[EvidenceSentence]


class RuleHit(BaseModel):
    """A safety rule that fired: its floor and the sentence that made it fire."""

    id: str
    description: str
    floor: Urgency
    evidence: str


class Explanation(BaseModel):
    model_urgency: Urgency = Field(description="The model's own suggestion, before rules.")
    model_route: Route
    confidence: float = Field(description="Calibrated probability of the suggested urgency.")
    urgency_terms: list[TermContribution]
    route_terms: list[TermContribution]
    sentences: list[EvidenceSentence] = Field(description="Sentences that mattered most.")
    risk_factors: list[RiskFactorEvidence]
    rules: list[RuleHit]
    review_reasons: list[str] = Field(default_factory=list)


class PiiOut(BaseModel):
    start: int
    end: int
    label: str
    placeholder: str
    score: float


class Suggestion(BaseModel):
    """One suggestion for one referral. Only a suggestion: a social worker decides."""

    schema_version: str = SCHEMA_VERSION
    id: str
    urgency: Urgency
    route: Route
    urgency_scores: dict[str, float]
    route_scores: dict[str, float]
    risk_factors: list[RiskFactor]
    rules: list[str]
    explanation: Explanation
    needs_careful_review: bool
    pseudonymized_text: str
    pii: list[PiiOut]
    model_version: str
    services: list[ServiceMatch] = Field(
        default_factory=list,
        description="First-line services (only for första linjen, never for akut or violence) "
        "and collaboration forums to consider, from the municipality's catalogue.",
    )
