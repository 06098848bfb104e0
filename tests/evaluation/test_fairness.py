"""Fairness: recall by group, gaps against the rest, flags only beyond chance."""

import pytest

from triage.evaluation.fairness import (
    Case,
    classifier_fairness,
    fairness_flags,
    fairness_gaps,
    holm,
    person_fairness,
    shortfall,
)


def _cases(reporter: str, akut_hits: int, akut_n: int, age: int = 8) -> list[Case]:
    return [
        Case("akut", "akut" if i < akut_hits else "skyndsam", reporter, age, 120)
        for i in range(akut_n)
    ]


def test_a_clear_gap_on_a_large_group_is_flagged():
    row = shortfall((80, 100), (297, 300))
    assert row["gap"] == pytest.approx(0.99 - 0.80, abs=1e-4)
    assert row["p_value"] < 0.001
    assert row["flagged"]


def test_the_same_gap_on_a_handful_of_cases_is_chance():
    row = shortfall((9, 10), (297, 300))  # one miss in ten
    assert row["gap"] > 0.05
    assert row["p_value"] == pytest.approx(0.1235, abs=1e-3)  # hypergeometric, by hand
    assert not row["flagged"]


def test_holm_adjusts_for_the_number_of_groups_compared():
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([]) == []


def test_a_gap_that_is_chance_among_many_groups_is_not_flagged():
    # 2 misses in 34 against 4 in 580: p = 0.04 alone, but one of ten groups compared
    cases = _cases("annan", 32, 34) + _cases("polis", 66, 68)
    for i, reporter in enumerate(("skola", "forskola", "bup", "bvc", "anonym", "granne", "x", "y")):
        cases += _cases(reporter, 64 - (i < 2), 64)
    worst = classifier_fairness(cases)["reporter_type"]["akut_gap"]
    assert worst["gap"] > 0.05 and worst["p_value"] < 0.05
    assert worst["p_adjusted"] >= 0.05 and not worst["flagged"]


def test_a_significant_gap_below_the_limit_is_not_flagged():
    assert not shortfall((9600, 10000), (9900, 10000))["flagged"]  # 3 points, p tiny


def test_classifier_fairness_flags_the_reporter_type_that_is_missed():
    cases = _cases("polis", 80, 100) + _cases("skola", 150, 150) + _cases("anonym", 149, 150)
    report = classifier_fairness(cases)
    worst = report["reporter_type"]["akut_gap"]
    assert worst["group"] == "polis" and worst["flagged"]
    assert report["reporter_type"]["groups"]["polis"]["akut"] == {"n": 100, "recall": 0.8}
    flags = fairness_flags(report)
    assert len(flags) == 1 and "reporter_type polis" in flags[0]
    assert fairness_gaps(report)[0] == pytest.approx(299 / 300 - 0.8, abs=1e-4)


def test_an_even_model_raises_no_flag_and_small_groups_are_not_compared():
    cases = _cases("polis", 97, 100) + _cases("skola", 146, 150) + _cases("anhorig", 5, 10)
    report = classifier_fairness(cases)
    assert report["reporter_type"]["akut_gap"]["group"] != "anhorig"  # 10 cases < minimum
    assert fairness_flags(report) == []


def test_person_fairness_compares_each_origin_with_swedish_names():
    names = (
        [("sv_SE", True)] * 990
        + [("sv_SE", False)] * 10
        + [("list:somali", True)] * 170
        + [("list:somali", False)] * 30
        + [("pl_PL", True)] * 100
    )
    report = person_fairness(names)
    assert report["summary"]["svenska"] == {"n": 1000, "recall": 0.99}
    assert report["summary"]["övriga"] == {"n": 300, "recall": 0.9}
    assert report["person_gap"]["group"] == "list:somali"
    assert report["person_gap"]["gap"] == pytest.approx(0.14)
    assert fairness_flags({"names": report}) == [
        "PERSON recall for names of origin list:somali is 14.0 percentage points below "
        "Swedish names (p = 0.000, Holm-adjusted 0.000)"
    ]


def test_person_fairness_without_swedish_names_compares_nothing():
    report = person_fairness([(None, True)] * 100)
    assert report["person_gap"] is None
    assert fairness_flags({"names": report}) == []
