"""Gold labels of a synthetic referral, derived from its scenarios by the labelling guide.

- urgency: the most serious credible concern, i.e. the maximum of the scenarios'
  urgencies (negations and neutral context are ``normal`` and cannot raise it);
- route: ``utredning`` when the urgency is ``akut`` or any scenario requires an
  investigation (violence, abuse, honour, caregiver addiction, self-harm, serious crime,
  escalating repeated referrals), else ``forsta_linjen``;
- risk_factors: the sorted union of the scenarios' risk factors.

Voices, background sentences and noise never change labels.
"""

from __future__ import annotations

from collections.abc import Iterable

from training.synth.scenario import Scenario
from triage.schema import Route, Urgency

RANK = {Urgency.NORMAL: 0, Urgency.SKYNDSAM: 1, Urgency.AKUT: 2}


def urgency(scenarios: Iterable[Scenario]) -> Urgency:
    return max(
        (Urgency(s.urgency) for s in scenarios), key=RANK.__getitem__, default=Urgency.NORMAL
    )


def route(scenarios: Iterable[Scenario]) -> Route:
    scenarios = list(scenarios)
    if urgency(scenarios) is Urgency.AKUT or any(s.utredning for s in scenarios):
        return Route.UTREDNING
    return Route.FORSTA_LINJEN


def risk_factors(scenarios: Iterable[Scenario]) -> list[str]:
    return sorted({str(r) for s in scenarios for r in s.risk_factors})


def labels(scenarios: Iterable[Scenario]) -> dict[str, object]:
    """``urgency``, ``route`` and ``risk_factors`` as the record stores them."""
    scenarios = list(scenarios)
    return {
        "urgency": urgency(scenarios).value,
        "route": route(scenarios).value,
        "risk_factors": risk_factors(scenarios),
    }
