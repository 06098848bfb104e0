"""LOCATION in text written all in lower case: a housing area after a preposition of place.

The place rules read capitals ("i Gottsunda", "Kvarnbacken"); a writer who never
capitalises ("vi bor i hjulsta", "bråk vid stora torget") leaves them nothing. This
recognizer runs only on such texts (see ``written_in_lower_case``) and takes a word for a
place when all of these hold:

- it follows "i", "vid", "från", "till", "utanför", "nära" or "längs";
- it is no ordinary Swedish word (``common_words``) and no exempt place (a country, a
  large town: ``NOT_IDENTIFYING``);
- it ends like a Swedish place name: -by, -sta, -sjön, -gård, -dala, -holmen, -backen …
  Compound nouns that the lexicon lacks end otherwise ("mottagningsenheten",
  "hederskontext", "tvångsinläggningen"), and so do most typos.
"""

from __future__ import annotations

from collections.abc import Container

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from triage.pseudonymize.recognizers._base import written_in_lower_case
from triage.pseudonymize.recognizers._tokens import plain_tokens
from triage.pseudonymize.recognizers.proper_noun import NOT_IDENTIFYING

PREPOSITIONS = frozenset("i vid från till utanför nära längs".split())
PLACE_ENDINGS = (
    "by",
    "byn",
    "sta",
    "sjö",
    "sjön",
    "gård",
    "dal",
    "dala",
    "dalen",
    "berg",
    "berga",
    "bergen",
    "holm",
    "holmen",
    "näck",
    "torp",
    "ryd",
    "hult",
    "fors",
    "vik",
    "viken",
    "ås",
    "åsen",
    "lund",
    "lunda",
    "tuna",
    "köping",
    "hamn",
    "staden",
    "slätt",
    "backa",
    "backen",
    "hagen",
    "haga",
    "höjden",
    "ängen",
    "parken",
    "torget",
    "skogen",
    "mossen",
    "vallen",
    "udden",
    "stranden",
)
MIN_LENGTH = 5


class LowerCasePlaceRecognizer(EntityRecognizer):
    """Unknown words with a place name's ending after a preposition of place, in texts
    written in lower case, as LOCATION."""

    SCORE = 0.5

    def __init__(self, common_words: Container[str], supported_language: str = "sv") -> None:
        self.common_words = common_words
        super().__init__(
            supported_entities=["LOCATION"],
            supported_language=supported_language,
            name="LowerCasePlaceRecognizer",
        )

    def load(self) -> None:  # noqa: D102 - stateless
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or "LOCATION" not in entities:
            return []
        if not written_in_lower_case(text):
            return []
        tokens = [t for t in plain_tokens(nlp_artifacts) if not t.is_space]
        results = []
        for previous, token in zip(tokens, tokens[1:], strict=False):
            if previous.text in PREPOSITIONS and self._place_like(token.text):
                explanation = AnalysisExplanation(
                    recognizer=self.name,
                    original_score=self.SCORE,
                    textual_explanation="unknown word with a place ending after a preposition",
                )
                end = token.idx + len(token.text)
                results.append(
                    RecognizerResult("LOCATION", token.idx, end, self.SCORE, explanation)
                )
        return results

    def _place_like(self, word: str) -> bool:
        return (
            len(word) >= MIN_LENGTH
            and word.isalpha()
            and word.islower()
            and word.endswith(PLACE_ENDINGS)
            and word not in self.common_words
            and word not in NOT_IDENTIFYING
        )
