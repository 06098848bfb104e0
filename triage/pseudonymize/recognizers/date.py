"""DATE: explicit calendar dates in the ways Swedish referrals write them.

Recognised (the span is the date only — never "den", the weekday or "född")::

    12 mars   12 mars 2025   3:e februari   1:a maj   12-14 mars   12 jan   3 sept.
    2025-03-12   2025/03/12   12.03.2025   12.3.25   12-03-2025
    3/2   3/2 2016   15/6-2016   15/6-16   3/2/2016
    född 20250312 / f. 250312 (compact forms only right after a birth or date word)

Not dates: relative time (igår, i måndags, förra veckan, i julas), ages, years alone,
clock times (kl. 14.30, 02:14), fractions, ratios and ratings ("3/4 av klassen", "1/2
timme", "åk 7/8", "24/7", "skattade sitt mående till 4/10", "7/10 på skalan"), a
compact date that is the start of a personnummer, and d/m that is part of a longer
number ("2025/123"). A bare d/m without year gets a lower score unless a
date word or weekday ("den", "datum", "sedan", "måndag", "lör") stands right before it.
"""

from __future__ import annotations

import calendar
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import Anchor, SwedishPatternRecognizer

SP = "[ \u00a0]"
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | ABBREVIATIONS
MONTH_NAME = (
    r"(?:"
    + "|".join(MONTHS)
    + r"|(?:"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")\.?)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR4 = r"(?:1[89]|20)\d{2}"
NOT_IN_NUMBER_BEFORE = r"(?<![\w.,:/\-–])"
NOT_IN_NUMBER_AFTER = r"(?![\w])(?![.,/\-–]\d)"

DAY_MONTH_REGEX = (
    NOT_IN_NUMBER_BEFORE
    + rf"{DAY}(?::?[ae])?(?:{SP}?[-–]{SP}?{DAY}(?::?[ae])?)?\.?{SP}+{MONTH_NAME}"
    + rf"(?:,?{SP}+{YEAR4}(?!\d)|{SP}+'\d{{2}}(?!\d))?"
    + r"(?![\w])"
)
ISO_REGEX = (
    r"(?=[12])" + NOT_IN_NUMBER_BEFORE + rf"{YEAR4}([-/.]){MONTH}\1{DAY}" + NOT_IN_NUMBER_AFTER
)
DOTTED_REGEX = (
    r"(?=\d)"
    + NOT_IN_NUMBER_BEFORE
    + rf"(?<!kl\.?{SP}?)(?<!klockan{SP}){DAY}\.{MONTH}\.(?:{YEAR4}|\d{{2}})"
    + NOT_IN_NUMBER_AFTER
)
DASHED_REGEX = (
    r"(?=\d)" + NOT_IN_NUMBER_BEFORE + rf"{DAY}[-–]{MONTH}[-–]{YEAR4}" + NOT_IN_NUMBER_AFTER
)
FRACTION_WORDS = (
    r"av|dels?|delar|timme|timmar|tim|h|minut|minuter|liter|l|dl|cl|ml|mg|kg|g|km|m|mil"
    r"|flaska|flaskor|glas|burk|burkar|tablett|tabletter|portion|portioner|procent|dagar"
    r"|dag|dygn|veckor|vecka|månader|gånger|ggr|poäng|p|barn|elever|st|stycken|rätt|mål"
    r"|kr|kronor"
)
SLASH_REGEX = (
    r"(?=\d)"
    + NOT_IN_NUMBER_BEFORE
    + rf"(?<!\b(?:åk|årskurs|klass|klasserna|ggr|kap|nr|dnr|sida|sid)\.?{SP}?)"
    + rf"{DAY}/{MONTH}"
    + rf"(?:{SP}?[-–]{SP}?(?:{YEAR4}|\d{{2}})|/(?:{YEAR4}|\d{{2}})|{SP}{YEAR4})?"
    + r"(?![\w/])(?![.,]\d)"
    + rf"(?!{SP}+(?:{FRACTION_WORDS})(?![\w]))"
    + rf"(?!{SP}+(?:på{SP}+)?(?:skalan|skala)(?![\w]))"
)
BIRTH_OR_DATE_WORD = (
    r"(?:född(?:[ \t]+den)?|föddes(?:[ \t]+den)?|f\.|föd\.|födelsedatum|födelsedag|datum|"
    r"daterad|dat\.|den)"
)
COMPACT_REGEX = (
    rf"(?=\d)(?<=(?<![\w]){BIRTH_OR_DATE_WORD}:?{SP}{{1,3}})"
    rf"(?:{YEAR4}|\d{{2}})(?:1[0-2]|0[1-9])(?:3[01]|[12]\d|0[1-9])"
    rf"(?!\d)(?!{SP}?[-–+]?{SP}?\d{{4}}(?!\d))(?![.,/\-–]\d)"
)
DATE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:den|datum|dat|daterad|sedan|sen|från|fr\.?o\.?m|t\.?o\.?m|till|före|efter|"
    r"mellan|senast|född|f|måndag(?:en)?|tisdag(?:en)?|onsdag(?:en)?|torsdag(?:en)?|"
    r"fredag(?:en)?|lördag(?:en)?|söndag(?:en)?|mån|tis|ons|tors|tor|fre|lör|sön)"
    r"\.?[ \t\u00a0]*\(?$",
    re.IGNORECASE,
)
RATING_BEFORE = re.compile(
    r"(?<![\w])(?:skatta\w*|skala\w*|betyg\w*|poäng|mående|mår|graderar?|gradera\w*|"
    r"bedömer|bedömde|värder\w*|ranka\w*|rate\w*)(?![\w])",
    re.IGNORECASE,
)
NUMBERS = re.compile(r"\d+")


def _plausible(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year else 2024, month)[1]  # 2024: Feb 29 allowed
    return day <= last


class SwedishDateRecognizer(SwedishPatternRecognizer):
    """Explicit calendar dates (``DATE``); never relative time, ages, years or clock times."""

    ENTITY = "DATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("day and month name (12 mars 2025, 3:e feb)", DAY_MONTH_REGEX, 0.85),
        Pattern("ISO date (2025-03-12)", ISO_REGEX, 0.85),
        Pattern("dotted date with year (12.03.2025)", DOTTED_REGEX, 0.7),
        Pattern("dashed date with year (12-03-2025)", DASHED_REGEX, 0.7),
        Pattern("day/month, optional year (3/2, 15/6-2016)", SLASH_REGEX, 0.5),
        Pattern("compact date after a birth or date word (född 20250312)", COMPACT_REGEX, 0.7),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "day and month name (12 mars 2025, 3:e feb)": Anchor(
            literals=(
                "jan",
                "feb",
                "mar",
                "apr",
                "maj",
                "jun",
                "jul",
                "aug",
                "sep",
                "okt",
                "nov",
                "dec",
            ),
            word_start=True,
            before=16,
            after=8,
        ),
        "ISO date (2025-03-12)": Anchor(regex=r"[12]\d{3}[-/.]\d", after=6),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "datum",
        "föda",
        "daterad",
        "måndag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lördag",
        "söndag",
    ]
    DATE_WORD_SCORE = 0.8

    def validate_result(self, pattern_text: str) -> bool | None:
        """The day exists in that month (and year, when given); ``None`` when it does."""
        text = pattern_text.lower()
        numbers = [int(n) for n in NUMBERS.findall(text)]
        year: int | None = None
        words = re.findall(r"[^\W\d_]+", text)
        month_word = next((w for w in words if w in MONTH_NUMBER), None)
        if month_word is not None:
            day = numbers[1] if len(numbers) > 1 and numbers[1] <= 31 else numbers[0]
            month = MONTH_NUMBER[month_word]
            year = next((n for n in numbers if n > 1000), None)
        elif text.isdigit():  # compact: YYYYMMDD or YYMMDD
            year = int(text[:4]) if len(text) == 8 else None
            month, day = int(text[-4:-2]), int(text[-2:])
        elif len(numbers) >= 3 and numbers[0] > 31:  # ISO
            year, month, day = numbers[0], numbers[1], numbers[2]
        else:  # d/m, d.m.y, d-m-y
            day, month = numbers[0], numbers[1]
            if len(numbers) > 2:
                year = numbers[2] if numbers[2] > 99 else 2000 + numbers[2]
        return None if _plausible(day, month, year) else False

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """ "24/7" (around the clock) is not a date."""
        return pattern_text.strip() == "24/7"

    def score_in_context(
        self,
        text: str,
        start: int,
        end: int,
        score: float,
        validation: bool | None,
        pattern_name: str = "",
    ) -> float:
        """Bare d/m: more after a date word or weekday ("lör 21/2"), none in a rating.

        "skattade sitt mående till 4/10" is a score on a scale, not the 4th of October.
        """
        candidate = text[start:end]
        numbers = NUMBERS.findall(candidate)
        if score and "/" in candidate and len(numbers) == 2:
            if numbers[1] in ("5", "10") and RATING_BEFORE.search(text, max(0, start - 40), start):
                return self.MIN_SCORE
            if DATE_WORD_BEFORE.search(text, max(0, start - 16), start):
                return max(score, self.DATE_WORD_SCORE)
        return score
