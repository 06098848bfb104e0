"""The Swedish spaCy pipeline: blank ``sv`` tokenizer, lookup lemmatizer, linear NER."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_prefix_regex

from triage.pseudonymize import linear_ner  # noqa: F401  (registers the "linear_ner" factory)


def blank_pipeline() -> Language:
    """Tokenizer plus the lookup lemmatizer from spacy-lookups-data (for context words)."""
    nlp = spacy.blank("sv")
    prefixes = [*nlp.Defaults.prefixes, r"/"]  # signatures: "/Gert B." -> "/", "Gert"
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    nlp.max_length = 2_000_000
    return nlp


def load_pipeline(ner_dir: Path) -> Language:
    """The full pipeline with the trained NER from ``ner_dir``; clear error when missing."""
    if not (ner_dir / "model.json").exists():
        raise FileNotFoundError(
            f"No trained NER model in {ner_dir}. Build it with `make ner` "
            "(python -m training.ner.train) or set TRIAGE_NER_MODEL_DIR."
        )
    nlp = blank_pipeline()
    nlp.add_pipe("linear_ner").from_disk(ner_dir)
    return nlp
