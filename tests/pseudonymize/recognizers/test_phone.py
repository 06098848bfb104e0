"""SwedishPhoneRecognizer: Swedish and foreign phone numbers in the common formats.

All numbers are invented.
"""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import SwedishPhoneRecognizer

RECOGNIZER = SwedishPhoneRecognizer()

SWEDISH = [
    "070-123 45 67",
    "070 123 45 67",
    "0701234567",
    "070-1234567",
    "070–123 45 67",
    "070 - 123 45 67",
    "+46 70 123 45 67",
    "+46(0)70-123 45 67",
    "+4670 1234567",
    "+46701234567",
    "0046 70 123 45 67",
    "0046701234567",
    "08-123 456 78",
    "08 123 456 78",
    "031-12 34 56",
    "031 123 45 67",
    "0431-123 45",
    "0431-12345",
    "(08) 123 45 67",
    "08/1234567",
    "0739-41 22 80",
    "0735-902 117",
    "0762 40 19 83",
    "010-564 12 38",
    "0921-62 45 18",
    "+46 8 523 011 40",
]
FOREIGN = [
    "+358 40 123 4567",
    "+90 532 123 45 67",
    "+48 601 234 567",
    "+252 61 1234567",
    "+47 123 45 678",
    "+44 7123 123456",
    "00358 40 123 4567",
]


@pytest.mark.parametrize("number", SWEDISH + FOREIGN)
def test_every_format_in_a_sentence(surfaces, number):
    assert surfaces(RECOGNIZER, f"Mamma nås på {number}, efter kl 16.") == [number]
    assert surfaces(RECOGNIZER, f"({number})") == [number]
    assert surfaces(RECOGNIZER, f"Tel:{number}.") == [number]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring 070-123 45 67 eller 08-123 456 78.", ["070-123 45 67", "08-123 456 78"]),
        ("Mobil: 0701234567\nHem: 031-12 34 56", ["0701234567", "031-12 34 56"]),
        ("tel 070-123 45 67 12 mars", ["070-123 45 67"]),
        # personnummer are not phone numbers
        ("Barnet 121212-1212 och 19121212-1212", []),
        ("Barnet 070123-4569 föddes 2007.", []),
        ("pnr 050612 1235 (giltigt)", []),
        # dates, years, times, money, postcodes, case numbers
        ("Mötet 2025-03-12 kl. 14.30, sedan 2024.", []),
        ("Den 12/03 2025 och 05-06-2016.", []),
        ("Skulden är 5 000 kr, hyran 12 500 kronor.", []),
        ("Storgatan 12, 223 62 Lund", []),
        ("Dnr 2025-00123, IFO-2024-0456, K-123456-25", []),
        ("kl 08 30 och 0,5 promille", []),
        ("Hon väger 12 kg.", []),
        ("Lägenhet 1204, patrull 2330", []),
        ("Kod 0000000000", []),
        # dictated: a number read out in words
        (
            "ring mig gärna på noll sju noll fem tre ett nittio två sextio nej stopp",
            ["noll sju noll fem tre ett nittio två sextio"],
        ),
        (
            "Noll, åtta, fem fem, fyrtiotvå, sjutton, tolv.",
            ["Noll, åtta, fem fem, fyrtiotvå, sjutton, tolv"],
        ),
        ("Det blev noll till tre och sedan en två tre.", []),
        ("noll koll, tre barn och fem katter", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_presidio_conventions(results):
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["PHONE"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "telefon" in RECOGNIZER.context
    (result,) = results(RECOGNIZER, "+46 70 123 45 67")
    assert result.score == pytest.approx(0.85)
