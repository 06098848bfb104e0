"""All Swedish recognizers together: presidio wiring, robustness and speed."""

from __future__ import annotations

import copy
import time

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from triage.pseudonymize import recognizers

ALL = [getattr(recognizers, name)() for name in recognizers.__all__]

REFERRAL = (
    "Orosanmälan gällande Sara, 121212-1212, elev i 5B på Vikingaskolan. Hon bor med "
    "mamma på Storgatan 12 lgh 1102, 223 62 Lund och nås på 070-123 45 67 eller "
    "mamma.exempel@example.se. Händelsen inträffade den 3 mars 2025 vid Hagaparken, "
    "polisens ärende 5000-K123456-25. Hon tränar i IFK Lund. Skolan kontaktade BUP igår."
)
EXPECTED = {
    ("ID_NUMBER", "121212-1212"),
    ("ORGANIZATION", "Vikingaskolan"),
    ("ADDRESS", "Storgatan 12 lgh 1102, 223 62 Lund"),
    ("PHONE", "070-123 45 67"),
    ("EMAIL", "mamma.exempel@example.se"),
    ("DATE", "3 mars 2025"),
    ("LOCATION", "Hagaparken"),
    ("ID_NUMBER", "5000-K123456-25"),
    ("ORGANIZATION", "IFK Lund"),
}


@pytest.mark.parametrize("recognizer", ALL, ids=lambda r: r.name)
def test_presidio_conventions(recognizer):
    assert recognizer.supported_language == "sv"
    (entity,) = recognizer.supported_entities
    assert entity.isupper()
    assert recognizer.context and all(word == word.lower() for word in recognizer.context)
    names = [p.name for p in recognizer.patterns]
    assert len(names) == len(set(names)) and all(names)
    assert all(0 < p.score <= 1 for p in recognizer.patterns)
    assert recognizer.analyze("", entities=[entity]) == []


@pytest.mark.parametrize("recognizer", ALL, ids=lambda r: r.name)
def test_pathological_input_is_fast(recognizer):
    """No catastrophic backtracking: long runs of the characters the patterns like."""
    texts = [
        "1" * 20_000,
        "0" + "7" * 20_000,
        "a" * 20_000,
        "A" * 20_000,
        "Aa" * 10_000,
        "1 " * 10_000,
        "1-" * 10_000,
        "Storgatan " * 2_000,
        "a@" * 10_000,
        "a." * 10_000,
        "Förskolan " * 2_000,
        "12 mars " * 2_000,
        "+46 " * 5_000,
        "c/o " * 5_000,
    ]
    started = time.perf_counter()
    for text in texts:
        recognizer.analyze(text, entities=recognizer.supported_entities)
    assert time.perf_counter() - started < 10


@pytest.fixture(scope="module")
def analyzer(pseudonymizer) -> AnalyzerEngine:
    """Only these recognizers, on the project's Swedish NLP engine (loaded once)."""
    registry = RecognizerRegistry(supported_languages=["sv"])
    for recognizer in ALL:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        nlp_engine=pseudonymizer.analyzer.nlp_engine,
        registry=registry,
        supported_languages=["sv"],
    )


def test_all_recognizers_in_a_presidio_analyzer(analyzer):
    results = analyzer.analyze(REFERRAL, language="sv")
    found = {(r.entity_type, REFERRAL[r.start : r.end]) for r in results}
    assert found >= EXPECTED
    assert not {text for _, text in found} & {"Skolan", "BUP", "igår", "mamma"}


@pytest.mark.parametrize("recognizer", ALL, ids=lambda r: r.name)
def test_context_boost_same_as_presidio_enhancer(analyzer, recognizer):
    """The recognizer-level context rule gives the scores presidio's enhancer gives."""
    texts = [
        REFERRAL,
        "Personnummer: 121212-1212. Telefon 070-123 45 67. Adress Storgatan 12, Lund.",
        "Hon är född den 3/2 2016 och går i skolan Vikingaskolan i stadsdelen Rosengård.",
        "Diarienummer SN 2025/123, mejl anna@example.se, datum 2025-03-12.",
    ]
    for text in texts:
        artifacts = analyzer.nlp_engine.process_text(text, "sv")
        raw = recognizer.analyze(text, recognizer.supported_entities, artifacts)
        ours = recognizer.enhance_using_context(text, copy.deepcopy(raw), [], artifacts)
        theirs = LemmaContextAwareEnhancer().enhance_using_context(
            text, copy.deepcopy(raw), artifacts, [recognizer]
        )
        assert [(r.start, r.score) for r in ours] == [(r.start, r.score) for r in theirs]
        assert all(
            r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] for r in ours
        )


def test_recognizers_are_fast_enough():
    """A 250-word referral through all eight recognizers well within the time budget."""
    words = REFERRAL.split()
    text = " ".join((words * (250 // len(words) + 1))[:250])
    for recognizer in ALL:  # warm-up
        recognizer.analyze(text, entities=recognizer.supported_entities)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        for recognizer in ALL:
            recognizer.analyze(text, entities=recognizer.supported_entities)
    per_referral = (time.perf_counter() - started) / runs
    assert per_referral < 0.025  # generous: ~2 ms on a slow laptop core
