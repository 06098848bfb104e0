"""Shared fixtures: the real pseudonymiser, loaded once per test session."""

import pytest

from triage.pseudonymize import Pseudonymizer
from triage.settings import get_settings


@pytest.fixture(scope="session")
def pseudonymizer() -> Pseudonymizer:
    settings = get_settings()
    return Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)
