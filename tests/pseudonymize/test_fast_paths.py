"""The pseudonymiser's fast paths give what the plain ways of computing the same give."""

import re

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpArtifacts

from training.synth.generate import generate_records
from triage.pseudonymize.engine import LANGUAGE
from triage.pseudonymize.recognizers._base import lowered
from triage.pseudonymize.recognizers.social_handle import PLATFORMS, _platform_words
from triage.pseudonymize.spans import WORD, _occurrences

TRICKY = [
    "Anna, annas och Annas-bok; anna2 och _anna; Annasson; ANNA! hosanna",
    "İlkay och Ilkay: İLKAY's bok, ilkays",  # 'İ' lower-cases to two characters
    "Ström-Anna och anna-Karin, Åsa och åsas; å",
]


def _plain_occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    spans = []
    for match in WORD.finditer(text):
        word = match.group().lower()
        if word in names or (word.endswith("s") and word[:-1] in names):
            spans.append(match.span())
    return spans


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("names", [{"anna"}, {"anna", "annas"}, {"ilkay", "åsa", "karin"}])
def test_occurrences_are_the_words_a_scan_finds(text, names):
    assert _occurrences(text, names) == _plain_occurrences(text, names)


def test_occurrences_on_generated_referrals():
    for record in generate_records(60, seed=3, split="test"):
        text = record["text"]
        names = {w.lower() for w in WORD.findall(text) if w[:1].isupper() and len(w) > 2}
        assert _occurrences(text, names) == _plain_occurrences(text, names)


@pytest.mark.parametrize("text", [*TRICKY, "Hej SNAPCHAT", ""])
def test_lowered_keeps_offsets(text):
    lower = lowered(text)
    assert len(lower) == len(text)
    assert all(a == b.lower() or len(b.lower()) != 1 for a, b in zip(lower, text, strict=True))


def test_platform_words_are_what_the_regex_finds():
    texts = [
        "hans snap är elis.nrd och insta: zara99, Konto: adde_0p, kontot, profilen",
        "snapchatt, instagrammar, Discord-servern, TIKTOK, kik, alias 'x', användarnamnet",
        "ingen plattform här, bara skolkonto och snapp",
    ] + [r["text"] for r in generate_records(40, seed=4, split="test")]
    for text in texts:
        expected = [m.span() for m in PLATFORMS.finditer(text)]
        assert [m.span() for m in _platform_words(text)] == expected


def _summary(results):
    return sorted((r.start, r.end, r.entity_type, round(r.score, 6)) for r in results)


def test_analyzer_matches_presidios_engine(pseudonymizer):
    """Same results as presidio's own AnalyzerEngine with the same registry and engine."""
    ours = pseudonymizer.analyzer
    reference = AnalyzerEngine(
        nlp_engine=ours.nlp_engine,
        registry=ours.registry,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=ours.context_aware_enhancer,
    )
    assert type(ours) is not AnalyzerEngine
    for record in generate_records(40, seed=6, split="test"):
        text = record["text"]
        assert _summary(ours.analyze(text, language=LANGUAGE)) == _summary(
            reference.analyze(text, language=LANGUAGE)
        )


def test_batch_artifacts_match_single_ones(pseudonymizer):
    """The batch path yields each text as given and the artifacts ``process_text`` makes,
    keywords included (which are remembered per lemma across texts)."""
    engine = pseudonymizer.analyzer.nlp_engine
    texts = [r["text"] for r in generate_records(20, seed=7, split="test")]
    texts += ["  ledande mellanslag\n", "Ett. Två!  Tre?"]
    batch = list(engine.process_batch(list(texts), LANGUAGE, batch_size=4))
    assert [text for text, _ in batch] == texts
    for text, artifacts in batch:
        single = engine.process_text(text, LANGUAGE)
        plain = NlpArtifacts.set_keywords(engine, single.lemmas, LANGUAGE)
        assert list(artifacts.keywords) == list(single.keywords) == plain
        assert artifacts.lemmas == single.lemmas
        assert artifacts.tokens_indices == single.tokens_indices


def test_keyword_memory_starts_over_when_full(pseudonymizer, monkeypatch):
    engine = pseudonymizer.analyzer.nlp_engine
    monkeypatch.setattr(engine, "_keywords", {f"w{i}": True for i in range(200_000)})
    assert engine.is_keyword("och", LANGUAGE) is False  # a stop word
    assert engine.is_keyword("skolan", LANGUAGE) is True
    assert len(engine._keywords) == 2


def test_word_pattern_is_letters_only():
    """``_occurrences`` relies on WORD matching letters only (no digits, no underscore)."""
    assert WORD.pattern == r"[^\W\d_]+"
    assert re.findall(WORD, "a1_b²c") == ["a", "b²c"]
