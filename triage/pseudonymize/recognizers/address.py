"""ADDRESS: Swedish street addresses, postcodes with town, c/o lines and Box addresses.

* Street with house number: a capitalised street name ending in a street word (-gatan,
  -vägen, -gränd, -stigen, -backen, -allén, -torget, -plan, -leden, -stråket, -slingan,
  -ringen, -platsen, -promenaden, -gången, -brinken, -gläntan, …), "Gamla vägen",
  "Västra Vägen", "Gustav Adolfs torg", then a number (``12``, ``12B``, ``14 B``,
  ``12-14``), optionally followed by ``lgh 1102`` / ``lägenhet 1102`` / ``uppgång B`` /
  ``3 tr`` / ``vån 2`` and by a postcode (``123 45``, ``12345``, ``SE-123 45``) with its
  town: ``Västra Vägen 3 lgh 1102``, ``Ringvägen 45, 3 tr``,
  ``Blåklintsgången 41 B, lgh 1204, 424 37 Angered``. The postcode may follow on the
  next line.
* Lower-case street names in chat text: ``bor på storgatan 5``, ``skolgatan 14 b, 2
  tr``, ``norra vägen 18 b``, ``ribbings väg 22``, ``knutby torg 8`` (lower score; only the
  safer street words, not -plan, and not hemvägen, järnvägen, …), also with the number
  read out as speech-to-text writes it: ``lärkgatan nio`` (not "en"/"ett", which are
  articles).
* ``c/o Andersson`` — the whole c/o line, with the street address when it follows.
* ``Box 123`` (with postcode and town when they follow).
* A capitalised name with a house number when a postcode and town follow:
  ``Skogsbrynet 14, 813 30 Åsbyn``.
* Postcode with town alone: ``223 62 Lund``, ``SE-223 62 LUND``, ``22362 Lund``; a
  postcode after "postnummer", "adress", "bor i/på", "plats:", "folkbokföringen": ``dom
  bor i 164 40``, ``familjen bor på 619 73 klintsätra``.

Matching is case-sensitive (capitalisation is the signal) except for keywords.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import (
    CASE_SENSITIVE_FLAGS,
    Anchor,
    SwedishPatternRecognizer,
)
from triage.pseudonymize.recognizers._spoken import HOUSE_NUMBER_WORD

SP = "[ \t\u00a0]"
UP = r"\p{Lu}"
STREET_SUFFIXES = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|backen|backe|alléen|allén|allé|torget"
    "|torg|planen|plan|leden|led|stråket|stråk|slingan|ringen|platsen|promenaden|gången"
    "|brinken|gläntan|kroken|svängen|esplanaden|kajen|liden|branten|höjden|terrassen"
    "|hagen|ängen|lyckan|vången|udden|gärdet|bryggan|vallen|kullen|kulle|gårdsväg|vändan"
)
STREET_SUFFIX_TUPLE = tuple(STREET_SUFFIXES.split("|"))
LOWER_STREET_SUFFIXES = (
    "gatan|vägen|gränden|gränd|stigen|allén|torget|backen|slingan|brinken|gläntan"
    "|promenaden|stråket|gången|liden|vändan|platsen|kroken|svängen|kullen|brynet|gärdet"
    "|torg|backe|väg|gata|stig"
)
# a street name of two words in lower case: "ribbings väg 22", "knutby torg 8"
LOWER_STREET_WORDS = "väg|gata|gränd|torg|allé|stig|backe"
LOWER_STREET_SUFFIX_TUPLE = tuple(f"{LOWER_STREET_SUFFIXES}|{LOWER_STREET_WORDS}".split("|"))
# ordinary words that end like a street ("hemvägen", "järnvägen"); the names of real
# streets (skolgatan, skogsvägen, byvägen, strandvägen) are not among them
GENERIC_LOWER_STREETS = (
    "hem|gen|om|motor|järn|cykel|gång|lands|grus|bil|sido|gå|bak|huvud|"
    "infarts|tillfarts|mot|upp|ner|ut|in|bort|fram|till|från|genom|över|"
    "under|fot|ned|åter|till|av|gå|arbets|parkerings|olycks|brotts|hem|flyg|botten|lek"
    "|halv|hel|vå|mellan|ut|in|ett|två|tre|skid|slalom|marknads|tork"
)
LOWER_DIRECTION = r"(?:gamla|stora|lilla|norra|södra|östra|västra|övre|nedre|nya|sankt|s:t)"
NOT_STREET_OWNER = (
    r"(?:en|ett|den|det|min|din|sin|vår|er|deras|hans|hennes|samma|nästa|andra|varje|ny"
    r"|nya|stor|stora|liten|lilla|på|till|från|vid|längs|över|mot|och|eller|som)"
)
DIRECTION_PREFIX = (
    r"(?:Gamla|Stora|Lilla|Norra|Södra|Östra|Västra|Övre|Nedre|Nya|Sankt|S:t|Inre|Yttre"
    r"|Bortre|Främre)"
)
STREET_NAME = (
    r"(?:"
    rf"(?:{DIRECTION_PREFIX}{SP}+)?{UP}[\p{{Ll}}'’]{{1,40}}(?:-{UP}?[\p{{Ll}}'’]{{1,40}}){{0,3}}?(?:{STREET_SUFFIXES})"
    rf"|{DIRECTION_PREFIX}{SP}+(?i:{STREET_SUFFIXES})"
    rf"|{UP}\p{{Ll}}{{1,40}}{SP}+(?:{UP}\p{{Ll}}{{1,40}}{SP}+)?"
    r"(?:väg|gata|torg|plan|allé|gränd|stig|backe)"
    r")"
)
UNITS = (
    r"gånger|ggr|st|år|min|minuter|timmar|tim|km|meter|m|kr|kronor|dagar|veckor|procent"
    r"|mil|personer|barn|killar|tjejer|ungdomar"
)
HOUSE_NUMBER = (
    rf"{SP}+[1-9]\d{{0,2}}(?!\d)(?:{SP}?[-–]{SP}?[1-9]\d{{0,2}}(?!\d))?"
    rf"(?:{SP}?[A-H](?![\w])|[a-h](?![\w]))?"
    rf"(?![.,:/]\d)(?!{SP}*(?:{UNITS})(?![\w]))"
)
EXTRA = (
    r"(?:"
    rf",?{SP}*(?i:lgh|lägenhet|lägenhetsnummer|lägenhetsnr)\.?{SP}*(?i:nr\.?{SP}*)?\d{{3,4}}(?!\d)"
    rf"|{SP}*\((?i:lgh|lägenhet)\.?{SP}*\d{{3,4}}\)"
    rf"|,?{SP}*(?i:uppgång|uppg\.|port|trappuppgång|hus){SP}+[A-Za-z0-9](?![\w])"
    rf"|,?{SP}*\d{{1,2}}(?::[ae])?{SP}?(?i:tr|trappor|trappa|vån|våningen|våning)\.?(?![\w])"
    rf"|,?{SP}*(?i:vån|våning|plan){SP}*\d{{1,2}}(?!\d)"
    rf"|,?{SP}*(?i:nb|bv|ög|bottenvåning)(?![\w])"
    r")"
)
POSTCODE = rf"(?:SE-?{SP}?)?[1-9]\d{{2}}{SP}?\d{{2}}(?!\d)"
TOWN_PREFIX = r"(?:Upplands|Lilla|Stora|Norra|Södra|Västra|Östra|Övre|Nedre|Sankt|S:t|Dals)"
NOT_TOWN = r"(?:SEK|EUR|USD|NOK|DKK|Kr|Kronor|St|Tr|Lgh)(?![\w])"
TOWN = (
    rf"(?!{NOT_TOWN})(?:{TOWN_PREFIX}[ -])?"
    rf"(?:{UP}\p{{Ll}}{{1,40}}(?:-{UP}?\p{{Ll}}{{1,40}})?|{UP}{{2,40}}(?:-{UP}{{2,40}})?)(?![\w])"
)
POST_TOWN = rf"(?:,?{SP}*(?:\r?\n{SP}*)?{POSTCODE}(?:{SP}+{TOWN})?)"
# in chat text written all in lower case, a lower-case town after the postcode of a
# lower-case street address
LOWER_TOWN = (
    r"(?!(?:och|men|eller|där|här|som|i|på|med|hos|till|från|kl|tel|tfn|mobil|sen|sedan"
    r"|nu|mamma|pappa|han|hon|hen|de|dom|vi|jag|är|var|har|hade|ska|kan)(?![\w]))"
    r"\p{Ll}{2,40}(?:-\p{Ll}{1,40})?(?![\w])"
)
POST_ANY_TOWN = rf"(?:,?{SP}*(?:\r?\n{SP}*)?{POSTCODE}(?:{SP}+(?:{TOWN}|{LOWER_TOWN}))?)"
STREET_ADDRESS = rf"{STREET_NAME}{HOUSE_NUMBER}(?:{EXTRA}){{0,3}}{POST_TOWN}?"
# in lower case the letter of the entrance may follow a space too: "storgatan 41 b"
LOWER_HOUSE_NUMBER = (
    rf"{SP}+[1-9]\d{{0,2}}(?!\d)(?:{SP}?[-–]{SP}?[1-9]\d{{0,2}}(?!\d))?"
    rf"(?:{SP}?[a-hA-H](?![\w]))?"
    rf"(?![.,:/]\d)(?!{SP}*(?:{UNITS})(?![\w]))"
)
LOWER_STREET_NAME = (
    rf"(?:{LOWER_DIRECTION}{SP}+)?"
    rf"(?:(?!(?:{GENERIC_LOWER_STREETS})(?:{LOWER_STREET_SUFFIXES})(?![\w]))"
    rf"\p{{Ll}}{{2,40}}(?:{LOWER_STREET_SUFFIXES})"
    rf"|(?!{NOT_STREET_OWNER}{SP})\p{{Ll}}{{3,40}}{SP}(?:{LOWER_STREET_WORDS})"
    rf"|(?<={LOWER_DIRECTION}{SP}+)(?:vägen|gatan))"
)
LOWER_STREET_ADDRESS = rf"{LOWER_STREET_NAME}{LOWER_HOUSE_NUMBER}(?:{EXTRA}){{0,3}}{POST_ANY_TOWN}?"
NAME_WORD = r"(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’\-]{0,40}|af|von|de|van|el|al)"

CO_REGEX = (
    rf"(?<![\w])(?i:c/o){SP}+(?:(?i:familjen|fam\.?){SP}+)?\p{{L}}[\p{{L}}\p{{M}}'’\-]{{0,40}}"
    rf"(?:{SP}+{NAME_WORD}){{0,3}}"
    rf"(?:,?{SP}*(?:\r?\n{SP}*)?(?:{STREET_ADDRESS}|{LOWER_STREET_ADDRESS}))?"
)
STREET_REGEX = rf"(?<![\w\-]){STREET_ADDRESS}"
LOWER_STREET_REGEX = rf"(?<![\w\-]){LOWER_STREET_ADDRESS}"
# dictated: the house number read out ("bor på lärkgatan nio", "sjömansgatan fjorton")
SPOKEN_STREET_REGEX = (
    rf"(?<![\w\-])(?!(?:{GENERIC_LOWER_STREETS})(?:{LOWER_STREET_SUFFIXES})(?![\w]))"
    rf"\p{{Ll}}{{2,40}}(?:{LOWER_STREET_SUFFIXES}){SP}+{HOUSE_NUMBER_WORD}(?![\w])"
)
BOX_REGEX = rf"(?<![\w])Box{SP}+\d{{1,5}}(?!\d){POST_TOWN}?"
POSTCODE_TOWN_REGEX = (
    rf"(?<![\w])(?<!\d[ \-–.,:/]?)"
    rf"(?:(?:SE-?{SP}?)?[1-9]\d{{2}}{SP}?\d{{2}}){SP}+{TOWN}"
)
# any capitalised name with a house number is a street when a postcode and town follow:
# "Skogsbrynet 14, 813 30 Åsbyn", "Kvarnbo 3\n745 92 Enköping"
NAMED_PLACE_POSTCODE_REGEX = (
    rf"(?<![\w\-])(?!(?:Box|Postadress|Adress|Hemadress|Besöksadress)(?![\w]))"
    rf"(?:{DIRECTION_PREFIX}{SP}+)?{UP}\p{{Ll}}{{1,40}}{HOUSE_NUMBER}"
    rf"(?:{EXTRA}){{0,3}},?{SP}*(?:\r?\n{SP}*)?{POSTCODE}{SP}+{TOWN}"
)
POSTCODE_KEYWORD_REGEX = (
    rf"(?<![\w])(?i:postnummer|postnumret|postnr|postadress|adress|bor{SP}+(?:i|på)"
    rf"|folkbokförd{SP}+(?:i|på)|folkbokföringen|plats|(?:familjen|hemmet|bostaden){SP}+på)"
    rf"\.?:?{SP}*(?P<pii>{POSTCODE}(?:{SP}+(?!(?:{UNITS})(?![\w])){TOWN}"
    rf"|{SP}+(?!(?:{UNITS})(?![\w])){LOWER_TOWN})?)"
)


class SwedishAddressRecognizer(SwedishPatternRecognizer):
    """Street addresses with number, postcode + town, c/o lines, Box (``ADDRESS``)."""

    ENTITY = "ADDRESS"
    FLAGS = CASE_SENSITIVE_FLAGS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("c/o line (with the street address that follows)", CO_REGEX, 0.8),
        Pattern("street address with number", STREET_REGEX, 0.75),
        Pattern("lower-case street address with number", LOWER_STREET_REGEX, 0.5),
        Pattern("lower-case street address, number in words", SPOKEN_STREET_REGEX, 0.5),
        Pattern("Box address", BOX_REGEX, 0.6),
        Pattern("postcode with town", POSTCODE_TOWN_REGEX, 0.6),
        Pattern("named place with number, postcode and town", NAMED_PLACE_POSTCODE_REGEX, 0.7),
        Pattern("postcode after 'postnummer', 'bor i', 'adress'", POSTCODE_KEYWORD_REGEX, 0.7),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "c/o line (with the street address that follows)": Anchor(literals=("c/o",), after=8),
        "street address with number": Anchor(
            regex=r"[ \t\u00a0][1-9]", word_before=STREET_SUFFIX_TUPLE, before=70, after=4
        ),
        "lower-case street address with number": Anchor(
            regex=r"[ \t\u00a0][1-9]", word_before=LOWER_STREET_SUFFIX_TUPLE, before=50, after=4
        ),
        "lower-case street address, number in words": Anchor(
            regex=r"[ \t\u00a0](?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tret|fjor"
            r"|sjut|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)",
            word_before=LOWER_STREET_SUFFIX_TUPLE,
            before=50,
            after=4,
        ),
        "Box address": Anchor(cased=("Box",), after=8),
        "postcode with town": Anchor(
            regex=r"[1-9]\d\d[ \t\u00a0]?\d\d(?!\d)", upper_after=True, before=6, after=8
        ),
        "named place with number, postcode and town": Anchor(
            regex=r"[1-9]\d\d[ \t\u00a0]?\d\d(?!\d)", upper_after=True, before=100, after=8
        ),
        "postcode after 'postnummer', 'bor i', 'adress'": Anchor(
            # from the postcode, which is rarer than its keywords ("familjen", "plats")
            regex=r"[1-9]\d\d[ \t\u00a0]?\d\d(?!\d)",
            before=45,
            after=8,
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "adress",
        "hemadress",
        "besöksadress",
        "bo",
        "bostad",
        "folkbokförd",
        "lgh",
        "lägenhet",
        "postnummer",
        "c/o",
    ]
