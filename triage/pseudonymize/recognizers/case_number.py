"""ID_NUMBER: case and dossier numbers that identify a person.

* Police diary numbers ("K-nummer"), distinctive on their own: ``5000-K214406-26``,
  ``K-216019-26``, ``K 123456-25``, ``K1482736-26``.
* Social-services diary numbers with a board prefix, distinctive on their own:
  ``SN 2025/123``, ``IFO-2024-0456``, ``IFO 2024/1187``, ``SOC 2023:45``, ``SoN 2024/1187``.
* The Migration Agency's LMA card number right after "LMA": ``LMA 12-345678``,
  ``LMA 12345678-9`` (the span includes "LMA", as the annotated corpus does); ``UM-123456``.
* Any number right after a case keyword — dnr, diarienummer, ärendenummer, ärende,
  händelsenr, K-nummer, målnummer, dossiernummer, LMA-nummer, kortnummer,
  referensnummer, journalnummer, klientnummer … — e.g. ``Dnr 2025-00123``,
  ``Dnr: 4.2.1-18842/2025``, ``dossiernr 8834712``, ``Mitt ärendenummer hos er är
  123 456 789``, ``LMA-nummer på mamman: 23-310 58 77`` (up to three lower-case words and
  a colon between), also with a prefix in lower case (``mål nr t 2314-25``, ``ärende
  ifo 2024/1187``). Only the number is masked; the keyword stays. Years, dates, clock times
  and numbers with fewer than three digits after a keyword are not case numbers.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import Anchor, SwedishPatternRecognizer

SP = "[ \t\u00a0]"
POLICE_REGEX = (
    rf"(?=[\dK])(?<![\w\-–/])(?:\d{{4}}{SP}?[-–]{SP}?)?K{SP}?[-–]?{SP}?\d{{5,8}}{SP}?[-–]{SP}?\d{{2}}"
    r"(?![\w])(?![\-–/]\d)"
)
BOARD_PREFIXES = (
    "SN|IFO|IFN|SOC|SOF|SON|SOCN|SBN|SCN|BUN|BOU|VON|ON|AMN|UN|FN|VN|SF|SUN|SVN|OMN"
    "|VOF|KS|KSN|SAN|SLN|BIN|RIF|LSS"
    "|SoN|SocN|SoF|BoU|VoN|OmN|VoF"  # as boards often write their own
)
# in text written in lower case, a board prefix then a year and "/" or ":" (not "-",
# which dates have too): "ifo 2024/1187", "son 2024/1187"
LOWER_BOARD_PREFIXES = "|".join(p for p in BOARD_PREFIXES.split("|") if p.isupper()).lower()
BOARD_REGEX = (
    rf"(?<![\w\-–/])(?:(?-i:{BOARD_PREFIXES})(?:{SP}?[-–]{SP}?|{SP})"
    rf"(?:19|20)\d{{2}}{SP}?[/:\-–.]{SP}?"
    rf"|(?-i:{LOWER_BOARD_PREFIXES})[-–]?{SP}?(?:19|20)\d{{2}}{SP}?[/:]{SP}?)"
    r"\d{1,6}(?:[.\-–/]\d{1,6})?(?![\w])(?![\-–/:]\d)"
)
LMA_REGEX = (
    rf"(?<![\w\-–/])(?:LMA(?:{SP}?[-–]{SP}?|{SP})|(?-i:UM)[-–]?{SP}?)"
    rf"\d{{2,9}}(?:(?:{SP}?[-–]{SP}?|{SP})\d{{1,9}}){{0,2}}"
    r"(?![\w])(?![\-–/]\d)"
)
KEYWORDS = (
    r"d\.?nr|diarie(?:nummer|numret|nr|-nr)|diarienr"
    r"|ärende(?:nummer|numret|nr|-nr)|ärendet|ärende|ä\.?nr"
    r"|händelse(?:nummer|numret|nr)|händelsen|händelse|anmälnings(?:nummer|nr)|anm\.?[ ]?nr"
    r"|polisanmälan|k-?(?:nummer|numret|nr)|mål(?:nummer|numret|nr)|mål[ ]nr"
    r"|dossier(?:nummer|numret|nr|-nr)?|lma-?(?:nummer|numret|nr|kort(?:nummer|et)?)"
    r"|kortnummer|um-?(?:nummer|nr)|referens(?:nummer|nr)|ref\.?[ ]?nr"
    r"|journal(?:nummer|nr)|klient(?:nummer|nr|-id)|kund(?:nummer|nr)|aktnummer|akt[ ]nr"
    r"|beslut(?:snummer|snr)|ansökningsnummer|registreringsnummer[ ]hos"
    r"|reserv(?:nummer|numret|nr)|reservpersonnummer"
)
# the prefixes of case numbers as written in lower case after a keyword: boards, courts
# ("mål nr t 2314-25"), family law ("fr 2025-0412"), the Migration Agency ("eb-…")
LOWER_CASE_PREFIXES = rf"(?-i:{LOWER_BOARD_PREFIXES}|t|b|ä|ö|ft|fr|eb|rn|um|k)"
# every keyword above contains one of these (the anchor of the keyword pattern)
CASE_KEYWORD_STEMS = (
    "nr",
    "num",
    "diarie",
    "ärende",
    "händelse",
    "anmälningsn",
    "polisanm",
    "dossier",
    "lma",
    "ref",
    "journal",
    "klient",
    "beslutsn",
)
# keyword, then a little filler ("nr", ":", "hos er är", "(", "på mamman:") and the number
ANCHORED_REGEX = (
    rf"(?<![\w])(?:{KEYWORDS})(?![\w])"
    rf"(?:{SP}*(?:[:.#=(]|nr\.?|nummer|hos{SP}+\w{{1,30}}|är|nr:)){{0,4}}"
    rf"(?:(?:{SP}+\p{{Ll}}{{1,12}}){{1,3}}{SP}*:)?{SP}*"  # "enligt vår lista:"
    r"(?P<pii>"
    rf"\d{{2,3}}(?:{SP}\d{{3}}){{2,3}}(?![\w])"  # 123 456 789
    rf"|\d{{2,8}}{SP}?[-–]{SP}?\d{{2,4}}(?:{SP}\d{{2,4}}){{1,3}}(?![\w])"  # 23-310 58 77
    rf"|(?:(?-i:[A-ZÅÄÖ]{{1,5}}|{LOWER_CASE_PREFIXES})(?:{SP}?[-–]{SP}?|{SP}))?"  # SN 2025/123
    r"[A-Z]?\d(?:[\d./:]|[-–](?=[\dA-Z])|[A-Z](?=[\d-])){0,24}(?<=[\dA-Z])"
    r")(?![\w])"
)

YEAR = re.compile(r"(?:19|20)\d{2}")
DATE_OR_TIME = re.compile(
    r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|\d{1,2}[.:/]\d{1,2}(?:[./-]\d{2,4})?"
    r"|\d{1,2}[-–]\d{1,2}[-–](?:19|20)\d{2}"
)


def _is_year_range(token: str) -> bool:
    """2019-2021 or 2024-25 (a later year after the dash), not case number 2024-2005."""
    match = YEAR_RANGE.fullmatch(token)
    if not match:
        return False
    first, second = int(match.group(1)), int(match.group(2)[-2:])
    return 0 < second - first % 100 <= 10


YEAR_RANGE = re.compile(r"(?:19|20)(\d{2})[-–]((?:19|20)?\d{2})")


class CaseNumberRecognizer(SwedishPatternRecognizer):
    """Police K-numbers, diary numbers, LMA/dossier and other person-level case numbers."""

    ENTITY = "ID_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("police diary number (K-nummer)", POLICE_REGEX, 0.85),
        Pattern("social-services diary number with board prefix", BOARD_REGEX, 0.75),
        Pattern("LMA card or UM number", LMA_REGEX, 0.75),
        Pattern("number after a case keyword", ANCHORED_REGEX, 0.7),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "police diary number (K-nummer)": Anchor(
            regex=r"[Kk][ \t\u00a0]?[-–]?[ \t\u00a0]?\d{5}", before=8, after=12
        ),
        "social-services diary number with board prefix": Anchor(
            # from the year: its prefix (2-5 letters, a space or dash) lies before it
            regex=r"(?:19|20)\d\d",
            before=8,
            after=12,
        ),
        "LMA card or UM number": Anchor(literals=("lma",), cased=("UM",), after=8),
        "number after a case keyword": Anchor(
            # from the word before too: "mål nr", "anm. nr", "ref nr", "akt nr"
            literals=CASE_KEYWORD_STEMS,
            word_start=True,
            before=6,
            after=40,
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "diarienummer",
        "dnr",
        "ärendenummer",
        "ärende",
        "händelse",
        "k-nummer",
        "målnummer",
        "dossiernummer",
        "dossiernr",
        "lma",
        "kortnummer",
        "referensnummer",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Fewer than three digits is not a case number (``None``: no opinion otherwise)."""
        return None if sum(c.isdigit() for c in pattern_text) >= 3 else False

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Years, dates and clock times after a keyword ("ärendet 2025", "händelse 12.30")."""
        token = pattern_text.strip()
        return bool(YEAR.fullmatch(token) or DATE_OR_TIME.fullmatch(token) or _is_year_range(token))
