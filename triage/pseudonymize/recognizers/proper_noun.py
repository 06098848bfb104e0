"""A recall safety net: capitalised words inside a sentence are proper nouns in Swedish.

Swedish capitalises only proper nouns, so a capitalised word that does not start a
sentence is almost always a name, a place or an organisation. Whatever the NER and the
other recognizers missed is masked as PERSON with a low score, unless it is a known
non-identifying proper noun (countries, authorities, apps, holidays).
"""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

SENTENCE_OPENERS = frozenset('.!?:;"”“»«-–—•*()[]')
NOT_IDENTIFYING = frozenset(
    """sverige sveriges norge danmark finland island tyskland polen frankrike spanien italien
    grekland turkiet syrien irak iran afghanistan somalia eritrea etiopien marocko libyen
    libanon egypten tunisien algeriet bosnien serbien kroatien kosovo albanien rumänien
    bulgarien ukraina ryssland thailand vietnam kina indien pakistan bangladesh chile
    colombia peru brasilien usa england storbritannien europa afrika asien mellanöstern
    norden skandinavien skåne stockholm göteborg malmö uppsala lund västerås örebro
    linköping helsingborg jönköping norrköping umeå gävle borås eskilstuna södertälje
    karlstad täby växjö halmstad sundsvall luleå trollhättan östersund borlänge falun
    kalmar kristianstad karlskrona skövde uddevalla landskrona motala norrtälje
    migrationsverket försäkringskassan skatteverket kronofogden polismyndigheten
    arbetsförmedlingen socialstyrelsen ivo barnahus kriminalvården frivården
    kvinnojouren tjejjouren bris 1177 region regionen kommun kommunen länsstyrelsen
    snapchat instagram tiktok facebook whatsapp messenger discord youtube google
    fortnite roblox minecraft playstation xbox iphone ipad android swish bankid
    telegram signal twitter netflix spotify volvo audi bmw saab
    gud allah jesus koranen bibeln ramadan eid jul påsk midsommar
    lvu lss sol bbic hvb sis bup bvc mvc vc""".split()
)


class ProperNounRecognizer(EntityRecognizer):
    """Mid-sentence capitalised words as PERSON (low score), minus known safe words."""

    SCORE = 0.35

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="ProperNounRecognizer",
        )

    def load(self) -> None:  # noqa: D102 - stateless
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        tokens = nlp_artifacts.tokens
        results = []
        for i, token in enumerate(tokens):
            word = token.text
            if i == 0 or not word[:1].isupper() or not word.replace("-", "").isalpha():
                continue
            previous = tokens[i - 1]
            if previous.is_space or previous.text[-1:] in SENTENCE_OPENERS:
                continue
            lower = word.lower()
            if lower in NOT_IDENTIFYING or lower.rstrip("s") in NOT_IDENTIFYING:
                continue
            if len(word) > 1 and word.isupper() and len(word) <= 4:
                continue  # acronyms: BUP, LVU, SoL-like
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=self.SCORE,
                textual_explanation="capitalised word inside a sentence",
            )
            results.append(
                RecognizerResult(
                    "PERSON", token.idx, token.idx + len(word), self.SCORE, explanation
                )
            )
        return results
