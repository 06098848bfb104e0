import pytest

from triage.evaluation.pii import evaluate


def test_a_span_leaks_when_any_alphanumeric_character_is_uncovered():
    text = "Anna Svensson 070-123 45 67"
    gold = [[(0, 13, "PERSON"), (14, 27, "PHONE")]]
    predicted = [[(0, 4, "PERSON"), (14, 27, "ORGANIZATION")]]
    report = evaluate([text], gold, predicted)
    assert report.leaked == {"PERSON": 1}
    assert report.recall("PERSON") == 0.0
    assert report.recall("PHONE") == 1.0  # masked under another class: not leaked
    assert report.direct_leak_rate == pytest.approx(0.5)


def test_precision_counts_predictions_overlapping_gold():
    text = "Mamma ringde Sara igår"
    report = evaluate([text], [[(13, 17, "PERSON")]], [[(0, 5, "PERSON"), (13, 17, "PERSON")]])
    assert report.precision == pytest.approx(0.5)
    assert report.to_dict()["per_class"]["PERSON"]["precision"] == pytest.approx(0.5)


def test_punctuation_inside_gold_span_need_not_be_covered():
    text = "ring 070-123"
    report = evaluate([text], [[(5, 12, "PHONE")]], [[(5, 8, "PHONE"), (9, 12, "PHONE")]])
    assert report.leaked == {}


def test_typed_recall_needs_every_span_over_the_gold_span_in_its_class():
    text = "flyttade till Hagby från Norrby"
    gold = [[(14, 19, "LOCATION"), (25, 31, "LOCATION")]]
    predicted = [[(14, 19, "LOCATION"), (25, 31, "PERSON")]]
    report = evaluate([text], gold, predicted)
    assert report.recall("LOCATION") == 1.0  # both masked
    assert report.typed_recall("LOCATION") == pytest.approx(0.5)  # one as a name
    assert report.to_dict()["per_class"]["LOCATION"]["typed_recall"] == pytest.approx(0.5)
