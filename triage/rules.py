"""Safety rules applied after the model: legal floors that a suggestion may never go below.

The table is meant to be read by intake staff. Each rule names the concern, the floor it
sets and the evidence sentence; it fires only on credible findings (not denied, not
explained away, see ``triage.concerns``). ``akut`` always implies ``utredning``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from triage.concerns import Finding, extract
from triage.schema import Route, Urgency

YOUNG_CHILD_MAX_AGE = 9


@dataclass(frozen=True, slots=True)
class Rule:
    """A floor: when ``applies`` holds for a finding, urgency >= floor and route utredning."""

    id: str
    description: str
    floor: Urgency
    applies: Callable[[Finding, int | None], bool]


def _young(age: int | None) -> bool:
    return age is None or age <= YOUNG_CHILD_MAX_AGE


RULES: tuple[Rule, ...] = (
    Rule(
        "hot_om_dodligt_vald",
        "Hot om att döda eller allvarligt skada",
        Urgency.AKUT,
        lambda f, _: f.kind == "threat_kill" and f.credible and not f.other_target and not f.past,
    ),
    Rule(
        "vagar_inte_ga_hem",
        "Barnet vågar inte gå hem",
        Urgency.AKUT,
        lambda f, _: f.kind == "fear_home" and f.credible,
    ),
    Rule(
        "aktuellt_vald_mot_barn",
        "Nyligen utövat våld mot barnet av någon i hemmet",
        Urgency.AKUT,
        lambda f, _: (
            f.kind in ("violence", "injury")
            and f.credible
            and f.recent
            and not f.past
            and not f.resolved
            and not f.adult_victim
            and not f.other_target
        ),
    ),
    Rule(
        "vald_mot_barn",
        "Våld mot barnet (ej aktuellt eller förövaren bor inte kvar)",
        Urgency.SKYNDSAM,
        lambda f, _: (
            f.kind == "violence" and f.credible and not f.adult_victim and not f.other_target
        ),
    ),
    Rule(
        "aktuellt_vald_i_nara_relation",
        "Barnet har nyligen bevittnat våld mellan vuxna och förövaren finns kvar",
        Urgency.AKUT,
        lambda f, _: (
            f.kind == "violence" and f.adult_victim and f.credible and f.recent and not f.resolved
        ),
    ),
    Rule(
        "vald_i_nara_relation",
        "Barnet har bevittnat våld mellan vuxna",
        Urgency.SKYNDSAM,
        lambda f, _: f.kind == "violence" and f.adult_victim and f.credible,
    ),
    Rule(
        "sexuella_overgrepp",
        "Misstanke om sexuella övergrepp",
        Urgency.SKYNDSAM,
        lambda f, _: f.kind == "sexual" and f.credible,
    ),
    Rule(
        "sexuella_overgrepp_tillgang",
        "Misstänkt förövare har tillgång till barnet (i hemmet eller en planerad träff)",
        Urgency.AKUT,
        lambda f, _: (
            f.kind == "sexual"
            and f.credible
            and (f.caregiver or f.meeting)
            and not f.resolved
            and not f.past
        ),
    ),
    Rule(
        "suicidrisk",
        "Självmordsförsök eller självmordsplaner",
        Urgency.AKUT,
        lambda f, _: f.kind == "suicide" and f.credible and not f.adult_subject,
    ),
    Rule(
        "hedersrelaterat",
        "Hedersrelaterat hot, tvångsgifte eller risk att föras utomlands",
        Urgency.AKUT,
        lambda f, _: f.kind == "honour" and f.credible,
    ),
    Rule(
        "forsvunnet_barn",
        "Barnet är försvunnet eller har avvikit",
        Urgency.AKUT,
        lambda f, _: f.kind == "missing" and f.credible and not f.past,
    ),
    Rule(
        "ensamt_ungt_barn",
        "Ett ungt barn lämnat ensamt",
        Urgency.AKUT,
        lambda f, age: f.kind == "child_alone" and f.credible and _young(age) and not f.past,
    ),
    Rule(
        "berusad_vardnadshavare",
        "Vårdnadshavare för påverkad för att ta hand om ett ungt barn just nu",
        Urgency.AKUT,
        lambda f, age: (
            f.kind == "intoxicated" and f.credible and f.caregiver and f.recent and _young(age)
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A rule that fired, with the sentence that made it fire."""

    id: str
    description: str
    floor: Urgency
    evidence_start: int
    evidence_end: int


def evaluate(
    text: str, child_age: int | None = None, findings: list[Finding] | None = None
) -> list[FiredRule]:
    """Every rule that fires on ``text`` (pseudonymised), once per rule, first evidence.
    Pass ``findings`` when the text's cues were already extracted."""
    fired: dict[str, FiredRule] = {}
    for finding in extract(text) if findings is None else findings:
        for rule in RULES:
            if rule.id not in fired and rule.applies(finding, child_age):
                fired[rule.id] = FiredRule(
                    rule.id,
                    rule.description,
                    rule.floor,
                    finding.sentence_start,
                    finding.sentence_end,
                )
    return list(fired.values())


def apply_floors(urgency: Urgency, route: Route, fired: list[FiredRule]) -> tuple[Urgency, Route]:
    """Raise urgency to the highest floor; any rule or ``akut`` forces ``utredning``."""
    for rule in fired:
        if rule.floor.rank > urgency.rank:
            urgency = rule.floor
    if fired or urgency is Urgency.AKUT:
        route = Route.UTREDNING
    return urgency, route
