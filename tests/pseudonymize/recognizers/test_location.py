"""SwedishLocationRecognizer: named places smaller than a municipality, by shape."""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import SwedishLocationRecognizer

RECOGNIZER = SwedishLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barnet gick ensam i Hagaparken vid midnatt.", ["Hagaparken"]),
        ("De sågs vid Stortorget och i Kvarnbacken.", ["Stortorget", "Kvarnbacken"]),
        ("Familjen bor i Rosengårdsområdet nära Solhöjden.", ["Rosengårdsområdet", "Solhöjden"]),
        ("Kompisar från Hallonbergen och Hammarkullen", ["Hallonbergen", "Hammarkullen"]),
        (
            "Träningen i Hjortsbergahallen och badet i Norrviksbadet",
            ["Hjortsbergahallen", "Norrviksbadet"],
        ),
        ("De bor i stadsdelen Rosengård sedan 2019.", ["Rosengård"]),
        ("Han sålde i området Navestad.", ["Navestad"]),
        ("Vi bor i bostadsområdet Hageby.", ["Hageby"]),
        ("Hon hämtades vid Tensta centrum.", ["Tensta centrum"]),
        (
            "Han sågs på Möllevångs torg och Gustav Adolfs torg.",
            ["Möllevångs torg", "Gustav Adolfs torg"],
        ),
        ("De flyttade till Södra Lindhagen.", ["Södra Lindhagen"]),
        ("När Täby centrum öppnade", ["Täby centrum"]),
        ("Mötet vid Storgatan igår.", ["Storgatan"]),
        # generic compounds, countries, regions, lower case, numbers
        ("Lekparken var tom och skolgården full.", []),
        ("Vi gick till lekparken, sedan till fritidsgården.", []),
        ("Hon kommer från Nya Zeeland och Västra Götaland.", []),
        ("Fritidsgården stänger tidigt. Sporthallen också.", []),
        ("Storgatan 12 är en adress, inte en plats.", []),
        ("I centrum fanns polisen.", []),
        ("Familjen Berglund och Lindqvist flyttade.", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_common_words_reject_ordinary_words_at_a_sentence_start(surfaces):
    text = "Klätterparken var stängd."
    assert surfaces(RECOGNIZER, text) == ["Klätterparken"]
    informed = SwedishLocationRecognizer(common_words={"klätterparken"})
    assert surfaces(informed, text) == []
    assert surfaces(informed, "Vi var i Klätterparken.") == ["Klätterparken"]


def test_presidio_conventions():
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["LOCATION"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "stadsdel" in RECOGNIZER.context
