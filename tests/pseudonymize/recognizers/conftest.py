"""Helpers for the recognizer tests: run one recognizer, get the matched surfaces."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer, RecognizerResult


def analyze(recognizer: EntityRecognizer, text: str) -> list[RecognizerResult]:
    """``recognizer.analyze`` as presidio calls it, sorted by position."""
    entities = recognizer.get_supported_entities()
    results = recognizer.analyze(text, entities=entities, nlp_artifacts=None)
    return sorted(results, key=lambda r: (r.start, r.end))


@pytest.fixture
def surfaces() -> Callable[[EntityRecognizer, str], list[str]]:
    """``surfaces(recognizer, text)``: the matched substrings, in text order."""

    def run(recognizer: EntityRecognizer, text: str) -> list[str]:
        return [text[r.start : r.end] for r in analyze(recognizer, text)]

    return run


@pytest.fixture
def results() -> Callable[[EntityRecognizer, str], list[RecognizerResult]]:
    """``results(recognizer, text)``: the RecognizerResults, in text order."""
    return analyze
