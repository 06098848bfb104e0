"""The promotion gate refuses worse models and says why."""

from training.promote import Gate

GOOD = {
    "test_akut_recall": 0.97,
    "test_urgency_macro_f1": 0.88,
    "test_route_accuracy": 0.93,
    "test_risk_micro_f1": 0.87,
    "test_rule_violations": 0.0,
    "test_fairness_flags": 0.0,
}


def test_first_model_passes_when_above_the_floor():
    assert Gate().refusals(GOOD, None) == []


def test_refuses_low_akut_recall_and_rule_violations():
    reasons = Gate().refusals({**GOOD, "test_akut_recall": 0.90, "test_rule_violations": 2}, None)
    assert any("below the floor" in r for r in reasons)
    assert any("violations" in r for r in reasons)


def test_refuses_a_drop_of_more_than_one_point_against_the_champion():
    worse = {**GOOD, "test_route_accuracy": 0.915}
    reasons = Gate().refusals(worse, GOOD)
    assert reasons == [
        "test_route_accuracy drops from 0.930 to 0.915 (more than 1 percentage point)"
    ]
    assert Gate().refusals({**GOOD, "test_route_accuracy": 0.925}, GOOD) == []


def test_refuses_a_fairness_gap_and_a_model_without_fairness_figures():
    flagged = Gate().refusals({**GOOD, "test_fairness_flags": 1.0}, None)
    assert flagged == [
        "1 fairness gaps above 5 percentage points (see the run's test_fairness_flags tag)"
    ]
    unmeasured = {k: v for k, v in GOOD.items() if k != "test_fairness_flags"}
    assert Gate().refusals(unmeasured, None) == [
        "the challenger has no fairness figures (train it again)"
    ]
