import pytest

from triage.pseudonymize.placeholders import assign
from triage.pseudonymize.spans import Detection
from triage.schema import PiiLabel

P = PiiLabel.PERSON


def spans_of(text: str, *surfaces: tuple[str, PiiLabel]) -> list[Detection]:
    """Detections for the given surfaces, in order of first occurrence after each other."""
    found, cursor = [], 0
    for surface, label in surfaces:
        start = text.index(surface, cursor)
        found.append(Detection(start, start + len(surface), label, 0.9))
        cursor = start + len(surface)
    return found


def test_same_person_gets_same_placeholder_and_possessive_keeps_its_s():
    text = "Anna bor hos mamma. Annas lärare ringde. Anna var ledsen."
    new, placed = assign(text, spans_of(text, ("Anna", P), ("Annas", P), ("Anna", P)))
    assert new == "[PERSON_1] bor hos mamma. [PERSON_1]s lärare ringde. [PERSON_1] var ledsen."
    assert [p.placeholder for p in placed] == ["[PERSON_1]", "[PERSON_1]s", "[PERSON_1]"]


def test_first_name_refers_to_earlier_full_name_and_second_person_is_numbered_two():
    text = "Omar Haddad och hans bror Ali. Omar sa att Ali slog honom."
    detections = spans_of(text, ("Omar Haddad", P), ("Ali", P), ("Omar", P), ("Ali", P))
    new, _ = assign(text, detections)
    assert new == "[PERSON_1] och hans bror [PERSON_2]. [PERSON_1] sa att [PERSON_2] slog honom."


def test_placeholders_are_numbered_per_class_and_case_insensitive():
    text = "Ring 070-123 45 67 eller 070-123 45 67, skolan Vikingaskolan, vikingaskolan."
    detections = spans_of(
        text,
        ("070-123 45 67", PiiLabel.PHONE),
        ("070-123 45 67", PiiLabel.PHONE),
        ("Vikingaskolan", PiiLabel.ORGANIZATION),
        ("vikingaskolan", PiiLabel.ORGANIZATION),
    )
    new, _ = assign(text, detections)
    assert new == "Ring [PHONE_1] eller [PHONE_1], skolan [ORGANIZATION_1], [ORGANIZATION_1]."


@pytest.mark.parametrize("surface", ["Mats'", "Mats"])
def test_names_ending_in_s_are_not_cut(surface):
    text = f"Vi träffade {surface} bror."
    new, placed = assign(text, spans_of(text, (surface, P)))
    assert new.startswith("Vi träffade [PERSON_1]")
    assert placed[0].placeholder == ("[PERSON_1]'" if surface.endswith("'") else "[PERSON_1]")
