"""ORGANIZATION: named schools, preschools, clinics, clubs, shops and housing companies.

A shape-based complement to the statistical NER. Recognised:

* school compounds: ``Vikingaskolan``, ``Rudbecksgymnasiet``, ``Ängskolan F-9``, also in
  lower case in chat text (``sörbyskolan``); never the generic ones (skolan,
  förskolan, grundskolan, högskolan, simskolan, gymnasiet, …);
* a name before an institution or club word: ``Ekbackens skola``, ``Hammarsjö
  sjukhus``, ``Linero vårdcentral``, ``Solbackens IF``, ``Gårdstens BK``, ``Stensätra
  HC``, ``Ängslunda församling``, ``Gnistans Gymnastikförening``, ``Norrvik Trä``;
* an institution word — also any compound ending like one (-kliniken, -mottagningen,
  -enheten, -centralen, -jouren, -hemmet, -boendet, -teamet, -klubben, -föreningen,
  -verkstan, -studion, -eriet, -bostäder …), optionally after an adjective — before a
  capitalised name: ``Förskolan Solrosen``, ``förskolan Lilla Björn``, ``Vårdcentralen
  Linden``, ``BVC Norr``, ``BUP Lotsen``, ``VC Solhagen``, ``Familjecentralen Solängen``,
  ``HVB-hemmet Fyren``, ``Kvinnokliniken Västerhöjd``, ``Psykiatriska
  akutmottagningen Lindhaga``, ``Fritids Kometen``, ``IFK Lund``, ``FC Rosengård``,
  ``ICA Maxi Nova``, ``Coop Råslätt``, ``Brf Kastanjen``, ``Lasarettet i Ystad``;
* hospitals: ``Södra Älvsjukhuset``, ``Västra sjukhuset``;
* companies: ``Solvik Städ AB``, ``Hyresbostäder i Norrby AB``;
* known names: ``HSB``, ``MKB``, ``Riksbyggen``, ``Internationella Engelska Skolan``, …;
* in lower case (``is_lower_case_name``): an institution word and its name
  (``förskolan lärkan``, ``kvinnojouren tranan``), never a role, document or adverb after
  it ("förskolan personalen", "förskolan igen"); a place in the genitive before "skola"
  (``ekbackens skola``, not "kommunens skola").

Never a generic body used alone: skolan, förskolan, vårdcentralen, BUP, BVC, polisen,
socialtjänsten, akuten, elevhälsan, familjecentralen. Capitalised words that start a
sentence or are pronouns ("Hans skola", "Deras förskola") do not make a name.

``common_words`` (optional, anything supporting ``in`` on lower-case words, e.g. the
project's ``SwedishLexicon``) rejects compounds that are ordinary Swedish words at a
sentence start and in lower case.
"""

from __future__ import annotations

from collections.abc import Container
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import (
    CASE_SENSITIVE_FLAGS,
    FUNCTION_WORDS,
    FUNCTION_WORDS_REGEX,
    Anchor,
    SwedishPatternRecognizer,
    at_sentence_start,
)

SP = "[ \t\u00a0]"
UP = r"\p{Lu}"
NAME_WORD = rf"{UP}[\p{{L}}\d'’\-]{{0,40}}"
DIRECTION = r"(?:Norra|Södra|Östra|Västra|Övre|Nedre|Centrala|Stora|Lilla)"

GENERIC = frozenset(
    """skolan förskolan grundskolan gymnasieskolan högskolan folkhögskolan särskolan
    grundsärskolan gymnasiesärskolan friskolan kulturskolan musikskolan simskolan ridskolan
    trafikskolan körskolan sommarskolan dagskolan kvällsskolan språkskolan resursskolan
    hemskolan sjukhusskolan lågstadieskolan mellanstadieskolan högstadieskolan yrkesskolan
    vuxenskolan dansskolan idrottsskolan fotbollsskolan montessoriskolan waldorfskolan
    f-skolan byskolan storskolan teaterskolan konstskolan cirkusskolan specialskolan
    internatskolan privatskolan modersmålsskolan mottagningsskolan introduktionsskolan
    sfi-skolan nattskolan söndagsskolan koranskolan bibelskolan lekskolan spelskolan
    gymnasiet yrkesgymnasiet sportgymnasiet estetgymnasiet
    sjukhuset lasarettet universitetssjukhuset länssjukhuset barnsjukhuset
    centrallasarettet akutsjukhuset regionsjukhuset närsjukhuset""".split()
)
# the same without diacritics, as hurried typing and some keyboards write them: forskolan
GENERIC_FOLDED = frozenset(w.translate(str.maketrans("åäöé", "aaoe")) for w in GENERIC)

SCHOOL_COMPOUND_REGEX = (
    rf"(?<![\w\-@.])(?:{UP}[\p{{L}}\-]{{0,40}}?\p{{Ll}}|\p{{Ll}}[\p{{Ll}}\-]{{1,40}})(?:skolan|gymnasiet)"
    rf"(?:{SP}+F[-–]\d(?![\w])|{SP}+\d[-–]\d(?![\w])"
    # a place after a chain's name: Kunskapsskolan Lund
    rf"|{SP}+(?!{FUNCTION_WORDS_REGEX}(?![\w])){UP}\p{{Ll}}{{1,40}}(?![\w\-]))?"
    r"(?![\w@])(?![.\-]\w)"
)
HOSPITAL_REGEX = (
    rf"(?<![\w\-])(?:{DIRECTION}{SP}+(?:{UP}\p{{Ll}}{{0,40}}|\p{{Ll}}{{0,40}})|{UP}\p{{Ll}}{{1,40}})"
    r"(?:sjukhuset|lasarettet)(?![\w])"
)
NOUNS_LOWER = (
    "skola",
    "förskola",
    "gymnasium",
    "vårdcentral",
    "hälsocentral",
    "familjecentral",
    "fritidsgård",
    "fritidshem",
    "församling",
    "moské",
    "moske",
    "kyrka",
    "sjukhus",
    "lasarett",
    "tandvård",
    "bibliotek",
    "ridklubb",
    "scoutkår",
    "brottarklubb",
    "bilverkstad",
    "åkeri",
    "pizzeria",
    "frisör",
    "kiosk",
)
NOUNS_CASED = (
    "IF",
    "BK",
    "IK",
    "FF",
    "SK",
    "HK",
    "FK",
    "IBK",
    "IBF",
    "GoIF",
    "BoIS",
    "AIS",
    "Basket",
    "Innebandy",
    "HC",
    "Handboll",
    "Fotboll",
    "Futsal",
    "Futsal Club",
    "Football Club",
    "FC",
    "HVB",
    "Ridsällskap",
    "Scouter",
    "Trä",
    "Städ",
    "Bygg",
    "Fastigheter",
    "Bostäder",
    "Bostad",
    "Lager",
    "Transport",
    "Måleri",
    "Entreprenad",
    "Service",
)
NOUNS_AFTER_NAME = (  # (also valid stdlib-re syntax: it is the anchor too)
    r"(?i:[^\W\d_]{0,20}(?:förening|klubb|sällskap)|"
    + "|".join(NOUNS_LOWER)
    + ")|"
    + "|".join(n.replace(" ", "[ ]") for n in sorted(NOUNS_CASED, key=len, reverse=True))
)
NAME_BEFORE_NOUN_REGEX = (
    rf"(?<![\w\-]){NAME_WORD}(?:{SP}+{NAME_WORD})?{SP}+(?:{NOUNS_AFTER_NAME})"
    rf"(?:{SP}+AB)?(?![\w\-])"
)
# compound institution words: Kvinnokliniken, Ätstörningsenheten, Textilverkstan …
INSTITUTION_ENDINGS = (
    "kliniken|mottagningen|mottagning|enheten|centralen|jouren|hemmet|boendet|teamet"
    "|klubben|föreningen|verkstan|verkstaden|studion|eriet|avdelningen|akuten|bostäder"
    "|förskolan|skolan|gymnasiet|kyrkan|församlingen|tandvården|habiliteringen|apoteket"
    "|sjukhuset|lasarettet|bolaget|kooperativet"
)
KEYWORDS_BEFORE_NAME = (
    # an optional first word: "Psykiatriska akutmottagningen", "Barn- och ungdomsmott…"
    rf"(?:\p{{L}}{{2,20}}(?:iska|ska|a){SP}+|\p{{L}}{{2,20}}-{SP}och{SP}+)?"
    rf"(?i:[\p{{L}}\-]{{1,30}}?(?:{INSTITUTION_ENDINGS})"
    r"|förskola|fritids|fritidsgården|lägergården|tandläkarna|lasarettet[ ]i|sjukhuset[ ]i"
    r"|boendet|habiliteringen|apoteket|kliniken"
    r"|fastighets[ ]ab|bostads[ ]ab|pizzeria|restaurang|kafé|café|mötesplats|ungdomens[ ]hus"
    r"|engelska[ ]skolan|bup-mottagning|jensen[ ]gymnasium|procivitas"
    r"|thoren[ ]business[ ]school)"
    r"|I[ ]Ur[ ]och[ ]Skur"
    r"|Brf|BRF|HVB|SiS-hemmet|BUP|BVC|MVC|VC|UM|IFK|FC|IK|SK|HK|BK|IF|FK|IBK|AIK|GIF"
    r"|ICA(?:[ ](?:Maxi|Kvantum|Nära|Supermarket))?|Coop(?:[ ](?:Forum|Konsum))?"
    r"|Willys(?:[ ]Hemma)?|Hemköp|Lidl|City[ ]Gross|Netto|Apotek[ ]Hjärtat|Kronans[ ]Apotek"
)
CAPITAL = "[A-ZÅÄÖÉÈÜÆØ]"  # for the stdlib-re anchors (no \\p{Lu} there)
# the keyword is found by a lookbehind from the capital of the name (fast), and
# belongs to the span through the group "head"
KEYWORD_NAME_REGEX = (
    rf"(?=\p{{Lu}})(?<=(?<![\w\-])(?P<head>{KEYWORDS_BEFORE_NAME}){SP}+)"
    rf"(?!{FUNCTION_WORDS_REGEX}(?![\w]))"
    rf"{NAME_WORD}(?:{SP}+(?:{NAME_WORD}|torg|centrum)){{0,2}}(?:{SP}+AB)?(?![\w\-])"
)
# in text written in lower case: an institution whose next word is nearly always its name
# ("förskolan lärkan", "kvinnojouren tranan", "vårdcentralen kronan"), and a place name in
# the genitive before a school or clinic word ("ekbackens skola")
LOWER_KEYWORDS = (
    r"förskolan|vårdcentralen|hälsocentralen|familjecentralen|kvinnojouren|tjejjouren"
    r"|killjouren|ungdomsmottagningen|fritidsgården|ungdomsgården|äldreboendet"
    r"|psykiatrimottagningen|öppenvården|hvb-hemmet|stödboendet|skyddade[ ]boendet"
)
LOWER_KEYWORD_NAME_REGEX = (
    rf"(?<![\w\-])(?:{LOWER_KEYWORDS}){SP}+\p{{Ll}}[\p{{Ll}}\-]{{2,30}}(?![\w\-])"
)
LOWER_NAME_BEFORE_NOUN_REGEX = (
    rf"(?<![\w\-])\p{{Ll}}{{3,30}}s{SP}+(?:skola|förskola|vårdcentral|fritidsgård|församling)"
    r"(?![\w\-])"
)
LOWER_KEYWORD_NAME = re.compile(LOWER_KEYWORD_NAME_REGEX)
LOWER_NAME_BEFORE_NOUN = re.compile(LOWER_NAME_BEFORE_NOUN_REGEX)
# what follows an institution word without being its name: people and their roles,
# documents and meetings, times ("förskolan personalen", "förskolan igen")
NOT_AFTER_KEYWORD = frozenset(
    """personalen pedagogen pedagogerna rektorn chefen läkaren sköterskan barnmorskan
    kuratorn psykologen samtalet mötet besöket remissen utredningen journalen kontakten
    barnen föräldrarna eleverna flickan pojken dagen kvällen morgonen veckan helgen
    igen sedan innan efter idag igår imorgon tidigare senare också även heller dit där""".split()
)
# owners of a school that are no names ("kommunens skola", "familjens vårdcentral")
GENERIC_OWNERS = frozenset(
    """kommunen staden området landet familjen dottern sonen barnet barnen flickan pojken
    kyrkan församlingen regionen stadsdelen kvarteret grannskapet systern brodern
    kompisen kusinen grannen grannarna eleven eleverna föräldern föräldrarna""".split()
)
PERSON_NOUN_ENDINGS = ("aren", "arna", "ören", "logen", "gogen", "skan", "isten", "torn")
LOWER_PATTERNS = frozenset(
    {"lower case: institution word + name", "lower case: name's + institution word"}
)


def is_lower_case_name(surface: str, common_words) -> bool:
    """``surface`` (in lower case) names an institution: after an institution word, a
    word that is no role, document or adverb and, if a word at all, in the definite form
    ("förskolan lärkan", "kvinnojouren tranan"); before "skola", the genitive of no word
    ("ekbackens skola", not "kommunens skola")."""
    words = surface.split()
    if common_words is None or len(words) < 2:
        return False
    if LOWER_NAME_BEFORE_NOUN.fullmatch(surface):
        owner = words[0][:-1]
        return owner not in common_words or (
            owner.endswith(("en", "et", "an")) and len(owner) > 6 and owner not in GENERIC_OWNERS
        )
    if not LOWER_KEYWORD_NAME.fullmatch(surface):
        return False
    name = words[-1]
    if name in NOT_AFTER_KEYWORD or name.endswith(PERSON_NOUN_ENDINGS):
        return False
    if name.capitalize() in FUNCTION_WORDS:
        return False
    if name not in common_words:
        return True
    is_base_form = getattr(common_words, "is_base_form", None)
    definite = name.endswith(("an", "en", "et")) and not name.endswith(("arna", "erna"))
    return definite and not (is_base_form and is_base_form(name))


KNOWN_NAMES = (
    r"HSB|MKB|Riksbyggen|Heimstaden|Akelius|Willhem|Rikshem|Wallenstam"
    r"|Stena[ ]Fastigheter|Familjebostäder|Svenska[ ]Bostäder|Stockholmshem|Poseidon"
    r"|Botkyrkabyggen|Uppsalahem|Gavlegårdarna|Helsingborgshem|Vätterhem|Mitthem|ÖBO|LKF"
    r"|AF[ ]Bostäder|Signalisten|Victoriahem|Kopparstaden|KBAB|Hyresbostäder"
    r"|Internationella[ ]Engelska[ ]Skolan|Kunskapsskolan|Vittra|Pysslingen|Maria[ ]Ungdom"
)
KNOWN_REGEX = (
    rf"(?=\p{{Lu}})(?<![\w\-])(?:Internationella[ ]Engelska[ ]Skolan[ ]{NAME_WORD}|{KNOWN_NAMES})"
    r"(?![\w\-])"
)
COMPANY_REGEX = rf"(?<![\w\-]){NAME_WORD}(?:{SP}+(?:{NAME_WORD}|i|och|&)){{0,3}}{SP}+AB(?![\w\-])"


COMPOUND_PATTERNS = frozenset({"school compound (Vikingaskolan)", "hospital (Södra Älvsjukhuset)"})
NAME_BEFORE_NOUN_PATTERN = "name + institution or club word (Ekbackens skola)"


class SwedishOrganizationRecognizer(SwedishPatternRecognizer):
    """Named schools, clinics, clubs, shops and housing companies (``ORGANIZATION``)."""

    ENTITY = "ORGANIZATION"
    FLAGS = CASE_SENSITIVE_FLAGS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("school compound (Vikingaskolan)", SCHOOL_COMPOUND_REGEX, 0.75),
        Pattern("hospital (Södra Älvsjukhuset)", HOSPITAL_REGEX, 0.7),
        Pattern("name + institution or club word (Ekbackens skola)", NAME_BEFORE_NOUN_REGEX, 0.65),
        Pattern("institution word + name (Förskolan Solrosen)", KEYWORD_NAME_REGEX, 0.7),
        Pattern("known organisation (HSB, Riksbyggen)", KNOWN_REGEX, 0.7),
        Pattern("company (Solvik Städ AB)", COMPANY_REGEX, 0.7),
        Pattern("lower case: institution word + name", LOWER_KEYWORD_NAME_REGEX, 0.5),
        Pattern("lower case: name's + institution word", LOWER_NAME_BEFORE_NOUN_REGEX, 0.5),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "school compound (Vikingaskolan)": Anchor(
            literals=("skolan", "gymnasiet"), word_start=True, word_end=True, after=2
        ),
        "hospital (Södra Älvsjukhuset)": Anchor(
            literals=("sjukhuset", "lasarettet"),
            word_start=True,
            word_end=True,
            before=10,
            after=2,
        ),
        "name + institution or club word (Ekbackens skola)": Anchor(
            regex=rf"{CAPITAL}[\w\-]{{0,40}}[ \t\u00a0](?:{NOUNS_AFTER_NAME})(?![\w\-])",
            before=40,
            after=2,
        ),
        "company (Solvik Städ AB)": Anchor(cased=(" AB",), word_end=True, before=100, after=2),
        "lower case: institution word + name": Anchor(
            regex=rf"(?:{LOWER_KEYWORDS})[ \t\u00a0]", after=32
        ),
        "lower case: name's + institution word": Anchor(
            regex=r"s[ \t\u00a0](?:skola|förskola|vårdcentral|fritidsgård|församling)(?![\w\-])",
            before=32,
            after=2,
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "skola",
        "förskola",
        "elev",
        "rektor",
        "kurator",
        "mentor",
        "jobba",
        "arbeta",
        "tränare",
        "klubb",
        "hyresvärd",
        "vårdcentral",
    ]
    LOWER_CASE_SCORE = 0.5

    def __init__(
        self,
        common_words: Container[str] | None = None,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "sv",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        self.common_words = common_words
        super().__init__(patterns, context, supported_language, supported_entity, name)

    def _is_common(self, word: str) -> bool:
        lower = word.lower()
        if lower in GENERIC or lower in GENERIC_FOLDED:
            return True
        return self.common_words is not None and lower in self.common_words

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A pronoun or function word is not the first word of a name."""
        if pattern_text.startswith("I Ur och Skur"):
            return False
        return pattern_text.split(maxsplit=1)[0] in FUNCTION_WORDS

    def score_in_context(
        self,
        text: str,
        start: int,
        end: int,
        score: float,
        validation: bool | None,
        pattern_name: str = "",
    ) -> float:
        """Generic compounds (skolan, grundskolan …) and ordinary words are not names."""
        if not score:
            return score
        words = text[start:end].split()
        first = words[0]
        if pattern_name in LOWER_PATTERNS:
            surface = text[start:end]
            return score if is_lower_case_name(surface, self.common_words) else self.MIN_SCORE
        if pattern_name in COMPOUND_PATTERNS:
            if first.lower() in GENERIC or first.lower() in GENERIC_FOLDED:
                return self.MIN_SCORE  # "skolan", also not "Förskolan Solrosen" from here
            if first[:1].islower():
                return self.MIN_SCORE if self._is_common(first) else self.LOWER_CASE_SCORE
            if len(words) == 1 and at_sentence_start(text, start) and self._is_common(first):
                return self.MIN_SCORE
        elif (
            pattern_name == NAME_BEFORE_NOUN_PATTERN
            and self.common_words is not None
            and at_sentence_start(text, start)
            and first.lower() in self.common_words
        ):
            return self.MIN_SCORE  # "Vanlig skola passar inte"
        return score
