"""SwedishOrganizationRecognizer: named schools, clinics, clubs, shops, housing companies.

Names are invented or generic shapes.
"""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import SwedishOrganizationRecognizer

RECOGNIZER = SwedishOrganizationRecognizer()

NAMED = [
    "Vikingaskolan",
    "Ekbackens skola",
    "Rudbecksgymnasiet",
    "Förskolan Solrosen",
    "Förskolan Lilla Björn",
    "Vårdcentralen Linden",
    "BVC Norr",
    "BVC Centrum",
    "Linero vårdcentral",
    "Familjecentralen Solängen",
    "IFK Lund",
    "Solbackens IF",
    "Gårdstens BK",
    "FC Rosengård",
    "HSB",
    "MKB",
    "Riksbyggen",
    "ICA Maxi Nova",
    "HVB-hemmet Fyren",
    "Internationella Engelska Skolan",
    "BUP Lotsen",
    "Folktandvården Gottsunda",
    "Hammarsjö sjukhus",
    "Södra Älvsjukhuset",
    "Västra sjukhuset",
    "Ängslunda församling",
    "Solvik Städ AB",
    "Hyresbostäder i Norrby AB",
    "Brf Kastanjen",
    "Coop Råslätt",
    "Kunskapsskolan Lund",
    "Ängskolan F-9",
    "I Ur och Skur Rosen",
    "Björkby IBK",
    "Lasarettet i Ystad",
]


@pytest.mark.parametrize("name", NAMED)
def test_named_organisations(surfaces, name):
    assert surfaces(RECOGNIZER, f"Anmälan från {name}, där hon går.") == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han går i 7an på sörbyskolan", ["sörbyskolan"]),
        ("Vikingaskolan ringde i morse.", ["Vikingaskolan"]),
        ("Hon går på förskolan Regnbågen.", ["förskolan Regnbågen"]),
        ("kurator@vikingaskolan.example svarar inte", []),
        # generic bodies used alone are not names
        ("skolan, förskolan, vårdcentralen, BUP, polisen, socialtjänsten, akuten", []),
        ("BVC, elevhälsan, familjecentralen och grundskolan", []),
        ("Skolan ringde. Förskolan har stängt. Grundskolan också.", []),
        ("Hon gick på simskolan och kulturskolan, sedan gymnasiet.", []),
        ("Rektor för forskolan svarar inte.", []),
        ("Hans skola ringde. Deras förskola var stängd.", []),
        ("Polisen och socialtjänsten var på plats; BUP kontaktas.", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_common_words_reject_ordinary_words_at_a_sentence_start(surfaces):
    text = "Vanlig skola passar honom inte."
    assert surfaces(RECOGNIZER, text) == ["Vanlig skola"]
    informed = SwedishOrganizationRecognizer(common_words={"vanlig", "skola"})
    assert surfaces(informed, text) == []


def test_presidio_conventions():
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["ORGANIZATION"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "skola" in RECOGNIZER.context
