"""Labels follow the labelling guide's rules, never randomness."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from training.synth.labels import labels
from training.synth.scenario import Scenario
from triage.schema import RiskFactor, Urgency

RANK = {"normal": 0, "skyndsam": 1, "akut": 2}


def scenarios_of(record: dict, by_family: dict) -> list[Scenario]:
    return [by_family[f] for f in record["families"] if not f.startswith("voice:")]


def test_akut_always_routes_to_utredning(all_records):
    for record in all_records:
        if record["urgency"] == "akut":
            assert record["route"] == "utredning", record["id"]


def test_urgency_is_the_most_serious_scenario(all_records, by_family):
    for record in all_records:
        expected = max(RANK[s.urgency.value] for s in scenarios_of(record, by_family))
        assert RANK[record["urgency"]] == expected, record["id"]


def test_route_is_utredning_exactly_when_a_scenario_requires_it(all_records, by_family):
    for record in all_records:
        found = scenarios_of(record, by_family)
        needs = any(s.utredning for s in found) or record["urgency"] == "akut"
        assert (record["route"] == "utredning") == needs, record["id"]


def test_risk_factors_are_the_sorted_union(all_records, by_family):
    for record in all_records:
        union = {r.value for s in scenarios_of(record, by_family) for r in s.risk_factors}
        assert record["risk_factors"] == sorted(union), record["id"]


def test_negations_and_neutral_context_never_add_risk(all_records, by_family):
    for record in all_records:
        quiet = [
            s
            for s in scenarios_of(record, by_family)
            if s.family.split("/")[0] in ("negation", "neutral")
        ]
        assert all(not s.risk_factors for s in quiet)


scenario_strategy = st.builds(
    Scenario,
    family=st.sampled_from(["a/x", "b/y", "c/z"]),
    risk_factors=st.lists(st.sampled_from(list(RiskFactor)), max_size=3).map(tuple),
    urgency=st.sampled_from(list(Urgency)),
    utredning=st.booleans(),
    phrasings=st.just(("{C}.",) * 5),
)


@given(st.lists(scenario_strategy, min_size=1, max_size=4))
def test_label_rules_hold_for_any_combination(scenarios):
    out = labels(scenarios)
    assert RANK[out["urgency"]] == max(RANK[s.urgency.value] for s in scenarios)
    if out["urgency"] == "akut" or any(s.utredning for s in scenarios):
        assert out["route"] == "utredning"
    else:
        assert out["route"] == "forsta_linjen"
    assert out["risk_factors"] == sorted({r.value for s in scenarios for r in s.risk_factors})
