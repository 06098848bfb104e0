"""Places and institutions taken for names get their own class; people stay PERSON."""

import re

import pytest

from triage.pseudonymize.retype import retype
from triage.pseudonymize.spans import Detection
from triage.schema import PiiLabel

FIRST_NAMES = frozenset({"sara", "hamid"})
LAST_NAMES = frozenset({"lindlund"})


def classes(text: str, *words: str) -> list[str]:
    """Each of ``words`` (each occurrence, masked as PERSON) after ``retype``."""
    detections = [
        Detection(m.start(), m.end(), PiiLabel.PERSON, 0.35)
        for word in words
        for m in re.finditer(rf"\b{word}\b", text)
    ]
    detections.sort(key=lambda d: d.start)
    return [d.label.value for d in retype(text, detections, FIRST_NAMES, LAST_NAMES)]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Hon går på Granängsskolan i trean.", "Granängsskolan", "ORGANIZATION"),
        ("Han bor i Kvarnbacken med mamma.", "Kvarnbacken", "LOCATION"),
        ("I Kvarnbacken har det varit lugnt.", "Kvarnbacken", "LOCATION"),
        ("Familjen flyttade till Brickebacken i höstas.", "Brickebacken", "LOCATION"),
        ("Grupp om sex killar, LPO Järva har kontakt.", "Järva", "LOCATION"),
        ("Hon bodde i staden Bam.", "Bam", "LOCATION"),
        ("20.30 Stationsparken. Grupp om sex killar.", "Stationsparken", "LOCATION"),
        ("Zana går på avd Blåklockan.", "Blåklockan", "ORGANIZATION"),
        ("Hon arbetar på Solgårdens äldreboende.", "Solgårdens", "ORGANIZATION"),
        ("Familjen hyr av Torbostäder sedan maj.", "Torbostäder", "ORGANIZATION"),
        # a person: a known first name, or the text shows it
        ("Hon sov över i Saras rum.", "Saras", "PERSON"),
        ("Han gick till Hamid i stället.", "Hamid", "PERSON"),
        ("Han sa det till Zhyar igår.", "Zhyar", "PERSON"),  # "till" takes people too
        ("Han är hård mot Elif ibland.", "Elif", "PERSON"),
        ("Ett sms från Lindlund kom sent.", "Lindlund", "PERSON"),  # a known surname
        ("Han bor hos Zhyar.", "Zhyar", "PERSON"),
    ],
)
def test_class_follows_the_word_and_its_context(text, word, expected):
    assert classes(text, word) == [expected]


def test_one_class_per_word_throughout_the_text():
    text = "Hon bor i Kvarnbacken. Kvarnbacken är lugnt."
    assert classes(text, "Kvarnbacken") == ["LOCATION", "LOCATION"]


def test_a_word_read_as_a_person_anywhere_stays_a_person_everywhere():
    text = "Vi träffades i Tindra. Tindra säger att hon mår bra."
    assert classes(text, "Tindra") == ["PERSON", "PERSON"]


def test_a_name_after_an_organisation_is_its_name():
    text = "Hon arbetar på Willys Högdalen."
    detections = [
        Detection(15, 21, PiiLabel.ORGANIZATION, 0.6),
        Detection(22, 30, PiiLabel.PERSON, 0.35),
    ]
    retyped = retype(text, detections, FIRST_NAMES, LAST_NAMES)
    assert [d.label for d in retyped] == [PiiLabel.ORGANIZATION, PiiLabel.ORGANIZATION]


def test_spans_and_other_classes_are_left_as_they_are():
    text = "Zhyar Ali bor på Storgatan 3 i Kvarnbacken."
    detections = [
        Detection(0, 9, PiiLabel.PERSON, 0.85),
        Detection(17, 28, PiiLabel.ADDRESS, 0.9),
        Detection(31, 42, PiiLabel.PERSON, 0.35),
    ]
    retyped = retype(text, detections, FIRST_NAMES, LAST_NAMES)
    assert [(d.start, d.end) for d in retyped] == [(d.start, d.end) for d in detections]
    assert [d.label for d in retyped] == [PiiLabel.PERSON, PiiLabel.ADDRESS, PiiLabel.LOCATION]


def test_the_pseudonymiser_types_places_and_schools(pseudonymizer):
    text = (
        "Familjen flyttade från Gottsunda till Brickebacken i höstas. "
        "Elin Wikström går på Granängsskolan och bor i Sävja."
    )
    result = pseudonymizer.pseudonymize(text)
    labels = {text[s.start : s.end]: s.label.value for s in result.spans}
    assert labels["Granängsskolan"] == "ORGANIZATION"
    assert labels["Sävja"] == "LOCATION"
    assert labels["Brickebacken"] == "LOCATION"
    assert labels["Elin Wikström"] == "PERSON"
