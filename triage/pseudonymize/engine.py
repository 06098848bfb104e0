"""presidio wiring: the Swedish NLP engine and the recognizer registry."""

from __future__ import annotations

from collections import defaultdict

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from triage.pseudonymize import recognizers as sv
from triage.pseudonymize.lexicon import SwedishLexicon
from triage.pseudonymize.recognizers.lower_case_place import LowerCasePlaceRecognizer
from triage.pseudonymize.recognizers.person import SwedishPersonRecognizer
from triage.pseudonymize.recognizers.proper_noun import ProperNounRecognizer
from triage.pseudonymize.recognizers.signature import SignatureRecognizer
from triage.pseudonymize.recognizers.social_handle import SocialHandleRecognizer

LANGUAGE = "sv"
NER_ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION"]


class SwedishNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine around an already built pipeline (nothing is downloaded)."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "triage-sv"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={e: e for e in NER_ENTITIES},
                default_score=0.85,
            ),
        )
        self._pipeline = nlp
        self._keywords: dict[str, bool] = {}

    def load(self) -> None:
        self.nlp = {LANGUAGE: self._pipeline}

    def is_stopword(self, word: str, language: str) -> bool:
        """As presidio's, from spaCy's own attribute getter: looking the word up in the
        vocabulary would add every new word of every referral to it for good."""
        if not word:
            return super().is_stopword(word, language)
        return self.nlp[language].vocab.lex_attr_getters[IS_STOP](word)

    def is_keyword(self, lemma: str, language: str) -> bool:
        """presidio's keyword test (no stop word, no punctuation), remembered per lemma: a
        referral's 300 lemmas are mostly the same few thousand. Kept in memory only, and
        started over at 200,000 lemmas."""
        known = self._keywords.get(lemma)
        if known is None:
            known = (
                not self.is_stopword(lemma, language)
                and not self.is_punct(lemma, language)
                and lemma not in ("-PRON-", "be")
            )
            if len(self._keywords) >= 200_000:
                self._keywords = {}
            self._keywords[lemma] = known
        return known

    def is_punct(self, word: str, language: str) -> bool:
        """As presidio's, without adding ``word`` to the vocabulary (see ``is_stopword``)."""
        if not word:
            return super().is_punct(word, language)
        return self.nlp[language].vocab.lex_attr_getters[IS_PUNCT](word)

    def process_batch(
        self, texts, language: str, batch_size: int = 1, n_process: int = 1, as_tuples: bool = False
    ):
        """As presidio's, but yields each text as given: presidio rebuilds it from the Doc
        (``doc.text`` makes a Token object per word), a seventh of the pseudonymiser's time.
        spaCy's tokenizer is lossless, so the two are the same string."""
        if as_tuples:
            yield from super().process_batch(texts, language, batch_size, n_process, True)
            return
        pairs = ((text, text) for text in map(str, texts))
        docs = self.nlp[language].pipe(
            pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
        )
        for doc, text in docs:
            yield text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """As presidio's, but reads lemmas and offsets as arrays instead of creating a
        Token object per word twice (a sixth of the pseudonymiser's time)."""
        strings = doc.vocab.strings
        columns = doc.to_array([LEMMA, IDX]) if len(doc) else None
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return SwedishNlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[] if columns is None else columns[:, 1].tolist(),
            lemmas=[] if columns is None else [strings[h] for h in columns[:, 0].tolist()],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class _Keywords(list):
    """presidio's keyword list, asked ``word in keywords`` by the context enhancer for
    every word around every result: a set answers that without scanning the list."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


class SwedishNlpArtifacts(NlpArtifacts):
    """presidio's artifacts; keywords as presidio picks them, each lemma judged once per
    process (see :meth:`SwedishNlpEngine.is_keyword`) and answered from a set."""

    @staticmethod
    def set_keywords(nlp_engine, lemmas: list[str], language: str) -> list[str]:
        if not nlp_engine:
            return []
        is_keyword = nlp_engine.is_keyword  # a SwedishNlpEngine: these artifacts are its own
        return _Keywords(
            [part for k in lemmas if is_keyword(k, language) for part in k.lower().split(":")]
        )


class SelectiveContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's lemma context enhancer, run only on results of recognizers that declare
    context words; the others would be deep-copied for nothing (a quarter of the time)."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        done = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
        chosen, rest = [], []
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            has = metadata.get(key) in with_context and not metadata.get(done)
            (chosen if has else rest).append(result)
        if not chosen:
            return rest
        return (
            super().enhance_using_context(text, chosen, nlp_artifacts, recognizers, context) + rest
        )


def build_registry(nlp: Language, lexicon: SwedishLexicon) -> RecognizerRegistry:
    """All Swedish recognizers, one per entity family, as presidio documents registries."""
    ner = nlp.get_pipe("linear_ner")
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in (
        SpacyRecognizer(supported_language=LANGUAGE, supported_entities=NER_ENTITIES),
        SwedishPersonRecognizer(ner.first_names, ner.last_names, lexicon),
        ProperNounRecognizer(lexicon, ner.namelike, nlp.Defaults.stop_words),
        sv.SwedishIdNumberRecognizer(),
        sv.CaseNumberRecognizer(),
        sv.SwedishPhoneRecognizer(),
        sv.SwedishEmailRecognizer(),
        SocialHandleRecognizer(),
        SignatureRecognizer(),
        sv.SwedishDateRecognizer(),
        sv.SwedishAddressRecognizer(),
        sv.SwedishOrganizationRecognizer(common_words=lexicon),
        sv.SwedishLocationRecognizer(common_words=lexicon),
        LowerCasePlaceRecognizer(common_words=lexicon),
    ):
        registry.add_recognizer(recognizer)
    return registry


class SwedishAnalyzerEngine(AnalyzerEngine):
    """presidio's AnalyzerEngine; its per-recognizer context step sorts the results by
    recognizer once, instead of filtering all of them twice for each recognizer, and
    skips recognizers that keep presidio's do-nothing hook (a twentieth of the time)."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = defaultdict(list)
        for result in raw_results:
            by_recognizer[result.recognition_metadata[key]].append(result)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            hook = type(recognizer).enhance_using_context
            if hook is EntityRecognizer.enhance_using_context:  # returns ``own`` as it is
                results.extend(own)
                continue
            others = (
                [r for r in raw_results if r.recognition_metadata[key] != recognizer.id]
                if getattr(recognizer, "READS_OTHER_RESULTS", True)
                else []
            )
            results.extend(
                recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            )
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


def build_analyzer(nlp: Language, lexicon: SwedishLexicon) -> AnalyzerEngine:
    """A presidio AnalyzerEngine for Swedish over ``nlp``."""
    engine = SwedishNlpEngine(nlp)
    engine.load()
    return SwedishAnalyzerEngine(
        nlp_engine=engine,
        registry=build_registry(nlp, lexicon),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=SelectiveContextEnhancer(),
    )
