"""LOCATION: named places smaller than a municipality, recognised by their shape.

A complement to the statistical NER (which also finds simple names such as "Tensta").
Recognised:

* capitalised compounds with a place ending: ``Hagaparken``, ``Stortorget``,
  ``Solbacken``, ``Kvarnbacken``, ``Rosengårdsområdet``, ``Solhöjden``, ``Fruängsdalen``,
  ``Hallonbergen``, ``Hammarkullen``, ``Norrviksbadet``, ``Hjortsbergahallen``,
  ``Lillskogen``, ``Biblioteksplan``, ``Kungsgården`` …;
* a direction word before a name or a place noun: ``Södra Lindhagen``, ``Västra
  Frölunda``, ``Övre Gottsunda``, ``Stora torget``, ``Gamla stan``;
* ``X centrum`` (``Tensta centrum``, ``Lindängens centrum``) and ``X torg``
  (``Åsby torg``, ``Gustav Adolfs torg``);
* a name after a place word: ``i stadsdelen Rosengård``, ``området Navestad``,
  ``bostadsområdet Hageby``, ``kvarteret Tornet``, ``byn Lillkyrka``;
* a capitalised street name without a house number (``vid Storgatan``; with a number
  it is an ADDRESS), at a lower score.

Generic compounds (lekparken, skolgården, fritidsgården, bostadsområdet, sporthallen …)
are not names; a capitalised compound at the start of a sentence must also not be an
ordinary word when ``common_words`` (anything supporting ``in`` on lower-case words,
e.g. the project's ``SwedishLexicon``) is given.
"""

from __future__ import annotations

from collections.abc import Container
from typing import ClassVar

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
NAME_WORD = rf"{UP}[\p{{Ll}}'’\-]{{1,40}}"
PLACE_ENDINGS = (
    "parken|torget|backen|backarna|området|höjden|höjderna|dalen|berget|bergen|kullen"
    "|kullarna|hallen|badet|skogen|viken|holmen|holmarna|åsen|vallen|ängen|gärdet|lunden"
    "|hagen|mossen|sjön|stranden|udden|gården|staden|plan|platån|slätten|fältet|näset"
    "|forsen|bäcken|hamnen|heden|liden|myren"
)
STREET_ENDINGS = "gatan|vägen|gränd|gränden|stigen|allén|leden|stråket|slingan|promenaden"
DIRECTION = r"(?:Norra|Södra|Östra|Västra|Övre|Nedre|Lilla|Stora|Gamla|Inre|Yttre)"
DIRECTION_WORDS = frozenset(DIRECTION[3:-1].split("|"))
NOT_PLACES = (
    r"(?:Nya[ ]Zeeland|Norra[ ]Irland|Södra[ ]Sudan|Norra[ ]Makedonien|Västra[ ]Götaland\w*"
    r"|Östra[ ]Europa|Västra[ ]Balkan|Mellersta[ ]Östern|Stora[ ]Britannien|Norra[ ]Afrika"
    r"|Södra[ ]Afrika|Östra[ ]Afrika|Västra[ ]Afrika|Norra[ ]Europa|Södra[ ]Europa"
    r"|Västra[ ]Europa)(?![\w])"
)
PLACE_WORDS = (
    r"(?:stadsdelen|stadsdel|området|bostadsområdet|villaområdet|radhusområdet|kvarteret"
    r"|byn|förorten|samhället|orten|tätorten|bydelen|förort)"
)

PLACE_WORD_STEMS = (
    "stadsdel",
    "området",
    "kvarteret",
    "byn",
    "förort",
    "samhället",
    "orten",
    "bydelen",
)
COMPOUND_REGEX = rf"(?<![\w\-]){UP}\p{{Ll}}[\p{{Ll}}\-]{{0,40}}?(?:{PLACE_ENDINGS})(?![\w\-])"
PLACE_NOUNS = "torget|torg|stan|parken|skogen|hamnen|stranden|kyrkogården|centrum|området"
DIRECTION_REGEX = (  # Södra Lindhagen, Stora torget, Gamla stan
    rf"(?<![\w\-])(?!{NOT_PLACES}){DIRECTION}{SP}+(?:{NAME_WORD}|{PLACE_NOUNS})(?![\w\-])"
)
CENTRE_SQUARE_REGEX = (
    rf"(?<![\w\-])(?:(?!{FUNCTION_WORDS_REGEX}(?![\w])){NAME_WORD}{SP}+)?{NAME_WORD}{SP}+"
    r"(?:centrum|torg)(?![\w\-])"
)
PLACE_WORD_REGEX = (
    rf"(?<![\w])(?i:i{SP}+)?(?i:{PLACE_WORDS}){SP}+"
    rf"(?P<pii>{NAME_WORD}(?:{SP}+{NAME_WORD})?)(?![\w\-])"
)
STREET_REGEX = (
    rf"(?<![\w\-])(?:{DIRECTION}{SP}+)?{UP}\p{{Ll}}[\p{{Ll}}\-]{{0,40}}?(?:{STREET_ENDINGS})"
    rf"(?![\w\-])(?!{SP}+\d)"
)

GENERIC = frozenset(
    """lekparken skateparken hundparken nöjesparken temaparken torget parken
    skolgården fritidsgården bondgården innergården gården gårdarna bakgården kyrkogården
    skolområdet bostadsområdet villaområdet industriområdet centrumområdet radhusområdet
    höghusområdet närområdet upptagningsområdet ansvarsområdet verksamhetsområdet
    problemområdet arbetsområdet ämnesområdet polisområdet lokalpolisområdet
    hyreshusområdet området sporthallen idrottshallen simhallen ishallen gymnastikhallen
    badhuset badet utomhusbadet friluftsbadet strandbadet sjön skogen backen pulkabacken
    slalombacken stranden badstranden hamnen småbåtshamnen gästhamnen stationen
    parkeringsplatsen parkeringen lekplatsen busshållplatsen hållplatsen centralstationen
    staden innerstaden storstaden småstaden hemstaden stan plan planen
    fältet idrottsfältet fotbollsplanen gräsplanen konstgräsplanen ön hagen
    motorvägen järnvägen landsvägen gångvägen cykelvägen genvägen omvägen hemvägen
    skolvägen vägen gatan gågatan bakgatan sidogatan huvudgatan handlingsplan vårdplan
    genomförandeplan behandlingsplan åtgärdsplan samordningsplan skolplan idrottsvallen
    fotbollsplan lekplan miljön""".split()
)


class SwedishLocationRecognizer(SwedishPatternRecognizer):
    """Districts, housing areas, squares, parks and streets by shape (``LOCATION``)."""

    ENTITY = "LOCATION"
    FLAGS = CASE_SENSITIVE_FLAGS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("compound with a place ending (Hagaparken)", COMPOUND_REGEX, 0.6),
        Pattern("direction word + name (Södra Lindhagen)", DIRECTION_REGEX, 0.6),
        Pattern("centre or square (Tensta centrum, Åsby torg)", CENTRE_SQUARE_REGEX, 0.65),
        Pattern("name after a place word (stadsdelen X)", PLACE_WORD_REGEX, 0.7),
        Pattern("street name without number (Storgatan)", STREET_REGEX, 0.4),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "compound with a place ending (Hagaparken)": Anchor(
            regex=rf"[A-ZÅÄÖÉÈÜÆØ][^\W\d_]{{0,40}}(?:{PLACE_ENDINGS})(?![\w\-])", after=2
        ),
        "direction word + name (Södra Lindhagen)": Anchor(
            cased=tuple(DIRECTION[3:-1].split("|")), word_end=True, after=14
        ),
        "centre or square (Tensta centrum, Åsby torg)": Anchor(
            cased=(" centrum", " torg"), word_end=True, before=70, after=2
        ),
        "name after a place word (stadsdelen X)": Anchor(
            literals=PLACE_WORD_STEMS, word_start=True, upper_after=True, before=4, after=8
        ),
        "street name without number (Storgatan)": Anchor(
            cased=tuple(STREET_ENDINGS.split("|")),
            word_start=True,
            word_end=True,
            capitalised=True,
            before=10,
            after=2,
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "bo",
        "stadsdel",
        "område",
        "centrum",
        "torg",
        "park",
        "förort",
        "kvarter",
    ]

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

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A function word is not the first word of a place name ("Vid torg")."""
        first = pattern_text.split(maxsplit=1)[0]
        return first in FUNCTION_WORDS and first not in DIRECTION_WORDS

    def score_in_context(
        self,
        text: str,
        start: int,
        end: int,
        score: float,
        validation: bool | None,
        pattern_name: str = "",
    ) -> float:
        """Generic compounds are never names; at a sentence start not ordinary words either."""
        if not score:
            return score
        words = text[start:end].split()
        lower = words[-1].lower() if len(words) == 1 else ""
        if lower in GENERIC:
            return self.MIN_SCORE
        if (
            lower
            and self.common_words is not None
            and at_sentence_start(text, start)
            and lower in self.common_words
        ):
            return self.MIN_SCORE
        return score
