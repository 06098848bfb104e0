"""PHONE: Swedish mobile and landline numbers, and foreign numbers with a country code.

Swedish national format: area code ``0`` + 1–3 digits (``070``, ``08``, ``031``,
``0431``), an optional separator (``-``, en dash, ``/``, space, `` - ``, or the area code
in parentheses), then a subscriber number of 5–8 digits written in groups separated by
single spaces; the total is 8–10 digits (mobile numbers 10; one digit more is still
taken, as a typo)::

    070-123 45 67   070 123 45 67   0701234567   070-1234567   070–123 45 67
    08-123 456 78   08 123 456 78   031-12 34 56   031 123 45 67   0431-123 45
    0431-12345   (08) 123 45 67   08/1234567   0739-41 22 80   0735-902 117

International: ``+46``/``0046`` with optional ``(0)``: ``+46 70 123 45 67``,
``+46(0)70-123 45 67``, ``+4670 1234567``, ``0046 70 123 45 67``; other countries with
``+``/``00`` and 6–13 more digits: ``+358 40 123 4567``, ``+90 532 123 45 67``,
``+48 601 234 567``.

Dictated (speech-to-text): a number read out in words, "noll" and at least six more
number words (``noll sju noll fem tre ett nittio två sextio``); no other run of number
words starts with "noll" that long.

Not phones: personnummer (``YYMMDD NNNN`` that is date- and Luhn-valid is left to the ID
recognizer; ``YYMMDD-NNNN`` never matches), dates (``2025-03-12``, ``12/03 2025``),
years, sums of money and anything inside a longer number. A bare ten-digit run such as
``0701234567`` is always reported as a phone; when a personnummer word precedes it, the
ID recognizer reports it as well, and the ID label wins the overlap.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import SwedishPatternRecognizer
from triage.pseudonymize.recognizers._spoken import NUMBER_WORD
from triage.pseudonymize.recognizers.id_number import date_valid, luhn_valid

SP = "[ \u00a0]"
AREA_SEP = rf"(?:{SP}?[-–/]{SP}?|{SP})"


def _subscriber(low: int, high: int) -> str:
    """``low``..``high`` digits, single spaces allowed between them."""
    return rf"\d(?:{SP}?\d){{{low - 1},{high - 1}}}"


NOT_AFTER = r"(?<![\w+])(?<!\d[-–/.,:]{1,2})"
NOT_BEFORE = r"(?!\d)(?![-–/]\d)"  # "070-123 45 67 / 08-..." is a list of two

NATIONAL_REGEX = (
    r"(?=[0(])"
    + NOT_AFTER
    + r"(?:"
    + rf"\(0[1-9]\d{{0,2}}\){SP}?{_subscriber(5, 8)}"
    + rf"|0[1-9]{AREA_SEP}?{_subscriber(5, 8)}"
    + rf"|0[1-9]\d{AREA_SEP}?{_subscriber(5, 8)}"
    + rf"|0[1-9]\d\d{AREA_SEP}?{_subscriber(5, 7)}"
    + r")"
    + NOT_BEFORE
)
SWEDEN_INTERNATIONAL_REGEX = (
    r"(?=[0+])"
    + NOT_AFTER
    + rf"(?:\+|00){SP}?46{SP}?(?:\(0\){SP}?)?(?:[-–]{SP}?)?"
    + r"(?:"
    + rf"[1-9]{AREA_SEP}?{_subscriber(5, 8)}"
    + rf"|[1-9]\d{AREA_SEP}?{_subscriber(5, 8)}"
    + rf"|[1-9]\d\d{AREA_SEP}?{_subscriber(5, 7)}"
    + r")"
    + NOT_BEFORE
)
FOREIGN_REGEX = (
    r"(?=[0+])"
    + NOT_AFTER
    + rf"(?:\+|00){SP}?(?!46)[1-9]\d{{0,2}}(?:{SP}?\(0\))?"
    + rf"(?:(?:{SP}|{SP}?[-–.]{SP}?)?\d){{6,13}}"
    + NOT_BEFORE
)

SPOKEN_REGEX = rf"(?=[nN])(?<!\w)noll(?:[ ,]{{1,3}}{NUMBER_WORD}){{6,12}}(?!\w)"

SPACED_PNR = re.compile(rf"((?:19|20)?\d{{6}}){SP}(\d{{4}})")


class SwedishPhoneRecognizer(SwedishPatternRecognizer):
    """Swedish (national and +46) and foreign (+country code) phone numbers (``PHONE``)."""

    ENTITY = "PHONE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("Swedish number, national format", NATIONAL_REGEX, 0.7),
        Pattern("Swedish number, +46/0046 format", SWEDEN_INTERNATIONAL_REGEX, 0.85),
        Pattern("foreign number with country code", FOREIGN_REGEX, 0.7),
        Pattern("number read out in words", SPOKEN_REGEX, 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "telefon",
        "tel",
        "tfn",
        "mobil",
        "nummer",
        "ring",
        "sms",
        "växel",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Digit count: Swedish numbers have 8–10 digits (one more is kept as a typo);
        a number read out in words has none to count."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not digits:
            return None
        if pattern_text.startswith(("+", "00")):
            if digits.startswith(("46", "0046")):
                national = "0" + digits.removeprefix("00").removeprefix("46").lstrip("0")
            else:
                return None if 8 <= len(digits.removeprefix("00")) <= 15 else False
        else:
            national = digits
        return None if 8 <= len(national) <= 11 else False

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Repeated digits, or a valid personnummer written ``YYMMDD NNNN``."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        if len(set(digits)) == 1:
            return True
        spaced = SPACED_PNR.fullmatch(pattern_text)
        if spaced:
            number = spaced.group(1) + spaced.group(2)
            return date_valid(number) and luhn_valid(number[-10:])
        return False
