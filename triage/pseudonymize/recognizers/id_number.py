"""ID_NUMBER: Swedish personnummer and samordningsnummer in every written format.

Formats: ``YYMMDD-NNNN``, ``YYMMDD+NNNN`` (100 years or older), ``YYMMDD NNNN``,
``YYMMDDNNNN``, ``YYYYMMDD-NNNN``, ``YYYYMMDDNNNN``, ``YYYYMMDD NNNN`` (also with an en
dash), and ``YYYY MM DD-NNNN`` (spaces inside the date only with a separator before
the last four). A samordningsnummer is the same with day + 60. Dictated: the digits read
out in words around "streck" (``två ett noll sex ett fem streck fyra fyra tre två``).

Scoring:

* date- and Luhn-valid: 1.0 (presidio's ``MAX_SCORE``);
* invalid checksum or date, but a context word ("pnr", "personnummer", "född", "f.",
  "samordningsnr", …) shortly before: 0.6 — a mistyped number is still a personnummer;
* valid date, wrong checksum, no context word, in a shape hardly anything else has
  (with a separator, or twelve digits with the century): 0.4 — typed-in numbers often
  have a wrong check digit;
* anything else invalid (a bare ten-digit run with a wrong checksum): dropped.

A bare ten-digit run starting with ``07`` is a mobile number (070-1234567 written
without separators, which is also a valid date 2007-01-23) unless a context word says
otherwise; a bare or space-separated run right after a phone word ("tel", "mobil",
"nås på") is left to the phone recognizer too. The match never starts or ends inside a
longer digit run, so a 7-digit prefix or an 11-digit number is never accepted.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import Anchor, SwedishPatternRecognizer
from triage.pseudonymize.recognizers._spoken import NUMBER_WORD

SPACE = "[ \u00a0]"
PNR_REGEX = (
    r"(?=\d)(?<![\w+])(?<!\d[.,:/\-–])"  # not inside a word or a longer number
    r"(?:"
    r"(?:1[89]|20)?\d{6}"  # (century) + YYMMDD
    rf"(?:{SPACE}?[-–+]{SPACE}?|{SPACE})?"  # separator: - – + space or none
    rf"|(?:1[89]|20)?\d\d{SPACE}\d\d{SPACE}\d\d{SPACE}?[-–+]{SPACE}?"  # 2007 12 03-
    r")"
    r"\d{4}"  # birth number + check digit
    r"(?![\w])(?![.,:/\-–]\d)"
)
# dictated (speech-to-text): the date read out in words, "streck", the last four
# ("två ett noll sex ett fem streck fyra fyra tre två", "tjugohundratjugoett noll tre ...")
SPOKEN_PNR_REGEX = (
    r"(?<![\w])(?:(?:nitton|tjugo)hundra\w*(?:[ ,]{1,3}" + NUMBER_WORD + r"){2,6}"
    r"|" + NUMBER_WORD + r"(?:[ ,]{1,3}" + NUMBER_WORD + r"){3,7})"
    r"[ ,]{1,3}(?:bindestreck|streck|minus)(?:[ ,]{1,3}" + NUMBER_WORD + r"){2,4}(?![\w])"
)

CONTEXT_BEFORE = re.compile(
    r"(?<![\w])(?:"
    r"person(?:nummer|numret|numer|nr)|pers\.?[ ]?nr|p-?nr|p\.[ ]?nr|pnr|prn|ssn"
    r"|samordnings(?:nummer|numret|nr)|samordn\.?[ ]?nr|snr"
    r"|id-?(?:nummer|numret|nr)|identitetsnummer|födelsenummer|födelsedatum"
    r"|född|födde|föddes|f\.|f[ ]?d\.?"
    r")(?![\w])",
    re.IGNORECASE,
)
PHONE_BEFORE = re.compile(
    r"(?<![\w])(?:tel|tfn|telefon\w*|mobil\w*|mob|ring|ringa|ringer|sms|sms:a|"
    r"nås(?:[ ]på|[ ]via)?|nummer|nr|växel\w*)[.:]?\W{0,3}$",
    re.IGNORECASE,
)
CONTEXT_WINDOW = 40
MOBILE_PREFIX = "07"


def luhn_valid(digits: str) -> bool:
    """Luhn checksum over a digit string (the last digit is the check digit)."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def date_valid(digits: str) -> bool:
    """The date part of a 10- or 12-digit personnummer/samordningsnummer is a real date."""
    if len(digits) == 12:
        years = [int(digits[:4])]
        rest = digits[2:]
    else:
        yy = int(digits[:2])
        years = [1900 + yy, 2000 + yy]  # leap years differ only for 1900/2000
        rest = digits
    month, day = int(rest[2:4]), int(rest[4:6])
    if day > 60:  # samordningsnummer
        day -= 60
    if not 1 <= month <= 12 or day < 1:
        return False
    return any(day <= calendar.monthrange(year, month)[1] for year in years)


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


class SwedishIdNumberRecognizer(SwedishPatternRecognizer):
    """Personnummer and samordningsnummer (``ID_NUMBER``), Luhn- and date-validated."""

    ENTITY = "ID_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("personnummer or samordningsnummer (any format)", PNR_REGEX, 0.5),
        Pattern("personnummer read out in words", SPOKEN_PNR_REGEX, 0.6),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        # every one has its "streck" or "minus" (up to eight number words before it)
        "personnummer read out in words": Anchor(
            literals=("streck", "minus"), before=200, after=60
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "personnummer",
        "personnr",
        "pnr",
        "samordningsnummer",
        "samordningsnr",
        "födelsenummer",
        "föda",
        "ssn",
        "id-nummer",
        "idnummer",
    ]
    CONTEXT_SCORE = 0.6
    TYPO_SCORE = 0.4

    def validate_result(self, pattern_text: str) -> bool | None:
        """Date (with samordningsnummer day + 60) and Luhn over the last ten digits; a
        number read out in words has no digits to check."""
        digits = digits_of(pattern_text)
        if not digits:
            return None
        if len(digits) not in (10, 12):
            return False
        return date_valid(digits) and luhn_valid(digits[-10:])

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A twelve-digit form born in the future is not a personnummer."""
        digits = digits_of(pattern_text)
        return len(digits) == 12 and int(digits[:4]) > dt.date.today().year

    @staticmethod
    def has_context(text: str, start: int) -> bool:
        """A personnummer word ends within ``CONTEXT_WINDOW`` characters before ``start``."""
        return CONTEXT_BEFORE.search(text, max(0, start - CONTEXT_WINDOW), start) is not None

    def score_in_context(
        self,
        text: str,
        start: int,
        end: int,
        score: float,
        validation: bool | None,
        pattern_name: str = "",
    ) -> float:
        """Mobile-like and phone-word runs go to PHONE; invalid ones by context and shape."""
        candidate = text[start:end]
        digits = digits_of(candidate)
        if not digits:  # read out in words: the pattern's own score
            return score
        context = self.has_context(text, start)
        unseparated = candidate.isdigit()
        if not context:
            if unseparated and len(digits) == 10 and digits.startswith(MOBILE_PREFIX):
                return self.MIN_SCORE  # 0701234567 is a mobile number
            if (unseparated or not any(c in candidate for c in "-–+")) and PHONE_BEFORE.search(
                text, max(0, start - 20), start
            ):
                return self.MIN_SCORE  # "tel 0812151234": the phone recognizer's
        if validation:
            return score
        if context:
            return self.CONTEXT_SCORE
        if (not unseparated or len(digits) == 12) and date_valid(digits):
            return self.TYPO_SCORE
        return self.MIN_SCORE
