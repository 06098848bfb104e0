"""SwedishDateRecognizer: explicit calendar dates, never relative time, ages or times."""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import SwedishDateRecognizer

RECOGNIZER = SwedishDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month names, the span is the date only
        ("Det hände den 12 mars.", ["12 mars"]),
        ("Beslut 12 mars 2025 i nämnden.", ["12 mars 2025"]),
        ("Vid besöket den 3:e februari var hon ledsen.", ["3:e februari"]),
        ("Sedan 1:a maj bor de isär.", ["1:a maj"]),
        ("Lägret 12-14 mars och 3 sept. var inställda.", ["12-14 mars", "3 sept."]),
        ("Senast 12 jan, 12 Mars och 31 december 2024.", ["12 jan", "12 Mars", "31 december 2024"]),
        ("Det var måndagen den 4 mars i år.", ["4 mars"]),
        # numeric forms
        ("Möte 2025-03-12 kl. 14.30", ["2025-03-12"]),
        ("Datum: 2025/03/12", ["2025/03/12"]),
        ("Avtal 12.03.2025 och 12.3.25", ["12.03.2025", "12.3.25"]),
        ("Beslut 12-03-2025.", ["12-03-2025"]),
        ("Natt till lör 21/2 sov hon ute.", ["21/2"]),
        ("Hon kom 3/2, flyttade 3/2 2016 och 15/6-2016.", ["3/2", "3/2 2016", "15/6-2016"]),
        ("Syskon födda 15/6-16 och 3/2/2016.", ["15/6-16", "3/2/2016"]),
        ("Dottern, född 15/6 2016, går i förskolan.", ["15/6 2016"]),
        ("född 20250312 på BB", ["20250312"]),
        ("f. 120304, enligt mamma", ["120304"]),
        # relative time, ages, years, times, fractions, scores: not dates
        ("igår, i måndags, förra veckan, i julas, i påskas", []),
        ("Hon är 12 år och han 3 månader.", []),
        ("Det var år 2016, eller kanske 2017.", []),
        ("kl. 14.30 och 02:14 och kl 9", []),
        ("3/4 av klassen och 1/2 timme och 2/3 delar", []),
        ("Hon går i åk 7/8, öppet 24/7.", []),
        ("Hon skattade sitt mående till 4/10, 7/10 på skalan.", []),
        ("Dnr 2025/123 och IFO 2024/1187, 4.2.1-18842/2025", []),
        ("pnr 20180922 4468 och 121212-1212", []),
        ("Han har 3 mil till jobbet, 5 maj-blommor", ["5 maj"]),
        ("Telefon 070-123 45 67, 08-123 456 78", []),
        ("Storgatan 12, 223 62 Lund", []),
        ("Den 31 februari finns inte, 30/2 inte heller.", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_bare_day_month_scores_higher_after_a_date_word(results):
    (plain,) = results(RECOGNIZER, "Hon kom 3/2.")
    (dated,) = results(RECOGNIZER, "Hon kom den 3/2.")
    assert plain.score < dated.score


def test_presidio_conventions():
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["DATE"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "datum" in RECOGNIZER.context
