"""LowerCasePlaceRecognizer: housing areas in text written all in lower case."""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers.lower_case_place import LowerCasePlaceRecognizer

LOWER_CASE = "hej. vi bor {} sen i våras. ungarna trivs inte. ring mig."


@pytest.fixture(scope="module")
def recognizer(pseudonymizer):
    return LowerCasePlaceRecognizer(common_words=pseudonymizer._lexicon)


def places(recognizer, pseudonymizer, text: str) -> list[str]:
    artifacts = pseudonymizer.analyzer.nlp_engine.process_text(text, "sv")
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"], artifacts)]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("i hjulsta", ["hjulsta"]),
        ("i bergsjön", ["bergsjön"]),
        ("nära kortedala", ["kortedala"]),
        ("i skolan", []),  # an ordinary word
        ("i mottagningsenheten", []),  # a compound the lexicon lacks: no place ending
        ("i finland", []),  # a country stays in the text
        ("hos hjulsta", []),  # no preposition of place
    ],
)
def test_an_unknown_word_with_a_place_ending_after_a_preposition(
    recognizer, pseudonymizer, where, expected
):
    assert places(recognizer, pseudonymizer, LOWER_CASE.format(where)) == expected


def test_only_in_text_written_in_lower_case(recognizer, pseudonymizer):
    text = "Hej. Vi bor i hjulsta sen i våras. Ungarna trivs inte."
    assert places(recognizer, pseudonymizer, text) == []
