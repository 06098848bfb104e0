"""SwedishIdNumberRecognizer: personnummer and samordningsnummer in every format.

All numbers are invented (Luhn-valid where the test says so); none belongs to anyone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from presidio_analyzer.predefined_recognizers import SePersonnummerRecognizer

from triage.pseudonymize.recognizers import SwedishIdNumberRecognizer
from triage.pseudonymize.recognizers.id_number import date_valid, luhn_valid

RECOGNIZER = SwedishIdNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every format, Luhn- and date-valid
        ("Barnet Sara, 121212-1212, går i åk 5.", ["121212-1212"]),
        ("Äldre man, 121212+1212, bor hos dottern.", ["121212+1212"]),
        ("Pnr 121212 1212", ["121212 1212"]),
        ("pnr: 1212121212", ["1212121212"]),
        ("Gäller 19121212-1212 och ingen annan.", ["19121212-1212"]),
        ("Gäller 191212121212.", ["191212121212"]),
        ("Gäller 19121212 1212, 13 år.", ["19121212 1212"]),
        ("Barnet (150612-3452) kom ensam.", ["150612-3452"]),
        ("Född 20000229-1235 (skottdag).", ["20000229-1235"]),
        ("Med tankstreck 121212–1212 från Word.", ["121212–1212"]),
        ("mitt personnummer är 2007 12 03-4479", ["2007 12 03-4479"]),
        # samordningsnummer: day + 60
        ("Samordningsnr 100571-3910, LMA-kort saknas.", ["100571-3910"]),
        ("Sonen 090462-2180 och dottern 121212-1212.", ["090462-2180", "121212-1212"]),
        # a mistyped number after a context word is still a personnummer
        ("personnummer 121212-1213", ["121212-1213"]),
        ("född 991332-1234 enligt mamma", ["991332-1234"]),
        ("pnr 1212121213", ["1212121213"]),
        ("f. 121212 1213", ["121212 1213"]),
        # a real date and the usual separator but a wrong check digit: still caught
        ("Anmälan gäller Amira, 150612-3450, boende i Lund.", ["150612-3450"]),
        # a mobile-like run is a personnummer when the context says so
        ("pnr 0701234569", ["0701234569"]),
        # never a 7-digit prefix or part of a longer number
        ("Numret 1212121-1212 är fel skrivet.", []),
        ("Kontonummer 121212-12123.", []),
        ("Referens 12121212121 i systemet.", []),
        ("Kod 5121212121212 på kvittot.", []),
        ("Beloppet 3,1212121212 är konstigt.", []),
        # phone numbers go to the phone recognizer
        ("Ring 0701234567 efter kl 16.", []),
        ("Mobil 070-123 45 67", []),
        ("Hon har nummer 0701234569.", []),
        ("tel 0812151231", []),
        # not personnummer at all
        ("Ett nummer 1212121213 utan sammanhang.", []),
        ("991332-1234 utan sammanhang", []),
        ("Dnr 2025-00123 och K-123456-25", []),
        ("Målnummer 12-449102-25", []),
        ("Mötet 2025-03-12 kl 14.30, 20250312.", []),
        ("Org.nr 556036-0793 tillhör bolaget.", []),
        ("Hon är 12 år och går i klass 6B.", []),
        # dictated: read out in words around "streck"
        (
            "hans personnummer är två ett noll sex ett fem streck fyra fyra tre två och",
            ["två ett noll sex ett fem streck fyra fyra tre två"],
        ),
        (
            "född tjugohundratjugoett noll tre noll nio streck två åtta fyra sex bor",
            ["tjugohundratjugoett noll tre noll nio streck två åtta fyra sex"],
        ),
        ("det var tre fyra gånger, sen ett streck under", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Gäller 121212-1212.", 1.0),
        ("personnummer 121212-1213", SwedishIdNumberRecognizer.CONTEXT_SCORE),
        ("Gäller 121212-1213.", SwedishIdNumberRecognizer.TYPO_SCORE),
    ],
)
def test_scores(results, text, score):
    (result,) = results(RECOGNIZER, text)
    assert result.score == pytest.approx(score)
    assert result.entity_type == "ID_NUMBER"


def test_beats_presidio_on_space_separated_numbers(results):
    text = "Barnets personnummer är 121212 1212."
    start = text.index("121212 1212")
    presidio = SePersonnummerRecognizer()
    found = presidio.analyze(text, entities=presidio.supported_entities)
    assert not any(r.start == start and r.end == start + 11 for r in found)
    (ours,) = results(RECOGNIZER, text)
    assert (ours.start, ours.end, ours.score) == (start, start + 11, 1.0)


def test_presidio_conventions():
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["ID_NUMBER"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "personnummer" in RECOGNIZER.context
    assert RECOGNIZER.validate_result("121212-1212") is True
    assert RECOGNIZER.validate_result("121212-1213") is False
    assert RECOGNIZER.analyze("121212-1212", entities=["PHONE"]) == []


# ---------------------------------------------------------------- property test

FORMATS = (
    "{yy}{mmdd}-{tail}",
    "{yy}{mmdd}+{tail}",
    "{yy}{mmdd} {tail}",
    "{yy}{mmdd}{tail}",
    "{yyyy}{mmdd}-{tail}",
    "{yyyy}{mmdd}{tail}",
    "{yyyy}{mmdd} {tail}",
    "{yy}{mmdd}–{tail}",
)
WORDS = st.sampled_from(
    "Barnet Sara heter och är bor i Lund mamma pappa skolan gäller anmälan om Omar "
    "Elsa går åk sex enligt uppgift Familjen".split()
)
CONTEXT = st.sampled_from(["", "pnr ", "Pnr: ", "personnummer ", "samordningsnr ", "född "])
OPENERS = st.sampled_from(["", "(", "Barn: ", "Gäller ", "\n"])
CLOSERS = st.sampled_from(["", ".", ",", ")", " och bor i Lund.", "\n", ", 12 år."])


def check_digit(body: str) -> str:
    return next(str(d) for d in range(10) if luhn_valid(body + str(d)))


@st.composite
def personnummer(draw) -> tuple[str, bool]:
    """A valid personnummer/samordningsnummer in a random format, and its bare shape."""
    born = draw(st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    body = f"{born:%y%m}{day:02d}{draw(st.integers(0, 999)):03d}"
    tail = body[6:] + check_digit(body)
    form = draw(st.sampled_from(FORMATS))
    number = form.format(yy=f"{born:%y}", yyyy=f"{born:%Y}", mmdd=body[2:6], tail=tail)
    return number, form == "{yy}{mmdd}{tail}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    personnummer(),
    st.lists(WORDS, max_size=6),
    CONTEXT,
    OPENERS,
    CLOSERS,
    st.lists(WORDS, max_size=6),
)
def test_any_valid_number_in_any_format_is_found_with_exact_span(
    pnr, before, context, opener, closer, after
):
    number, bare = pnr
    digits = "".join(c for c in number if c.isdigit())
    assume(date_valid(digits) and luhn_valid(digits[-10:]))
    prefix = " ".join(before) + (" " if before else "") + opener + context
    text = prefix + number + closer + (" " + " ".join(after) if after else "")
    found = [(r.start, r.end) for r in RECOGNIZER.analyze(text, ["ID_NUMBER"], None)]
    if bare and digits.startswith("07") and not context:
        assert found == []  # 07xxxxxxxx without a context word is a mobile number
    else:
        assert found == [(len(prefix), len(prefix) + len(number))]
