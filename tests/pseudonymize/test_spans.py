from presidio_analyzer import RecognizerResult

from triage.pseudonymize.spans import Detection, resolve
from triage.schema import PiiLabel


def result(entity: str, start: int, end: int, score: float = 0.8) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score)


def test_overlaps_merge_into_union_with_label_of_longest():
    text = "Adress: Storgatan 12, 223 62 Lund."
    merged = resolve(text, [result("ADDRESS", 8, 33), result("LOCATION", 29, 33)])
    assert merged == [Detection(8, 33, PiiLabel.ADDRESS, 0.8)]


def test_trailing_punctuation_trimmed_and_role_words_never_masked():
    text = "Ring mamma, eller Sara."
    merged = resolve(text, [result("PERSON", 5, 11), result("PERSON", 18, 23)])
    assert [(d.start, d.end) for d in merged] == [(18, 22)]


def test_unknown_entities_and_placeholders_are_ignored():
    text = "[PERSON_1] ringde från 070-1234567"
    merged = resolve(
        text,
        [result("PERSON", 1, 9), result("CREDIT_CARD", 0, 5), result("PHONE", 23, 34)],
    )
    assert merged == [Detection(23, 34, PiiLabel.PHONE, 0.8)]


def test_equal_length_overlap_prefers_the_more_sensitive_class():
    text = "nr 19121212-1212 här"
    merged = resolve(text, [result("PHONE", 3, 16, 0.9), result("ID_NUMBER", 3, 16, 0.7)])
    assert merged[0].label == PiiLabel.ID_NUMBER
    assert merged[0].score == 0.9


def test_equal_length_overlap_goes_to_an_organisation_its_context_is_sure_of():
    text = "rektor, Kunskapsskolan Falkmossen"
    sure = resolve(text, [result("PERSON", 8, 33, 0.8), result("ORGANIZATION", 8, 33, 1.0)])
    assert sure[0].label == PiiLabel.ORGANIZATION
    unsure = resolve(text, [result("PERSON", 8, 33, 0.8), result("ORGANIZATION", 8, 33, 0.7)])
    assert unsure[0].label == PiiLabel.PERSON
