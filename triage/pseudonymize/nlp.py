"""The Swedish spaCy pipeline: blank ``sv`` tokenizer, lookup lemmatizer, linear NER."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, IS_STOP, LOWER, NORM
from spacy.language import Language
from spacy.util import compile_prefix_regex

from triage.pseudonymize import linear_ner  # noqa: F401  (registers the "linear_ner" factory)
from triage.pseudonymize.lemmas import FILE as LEMMA_FILE
from triage.pseudonymize.lemmas import LemmaTable

# the word attributes anything here reads (``is_space`` in the recognizers' tokens, the
# stop-word and punctuation tests of presidio's keywords); spaCy's others (shape, affixes,
# like_num, like_url, ...) are never read, and computing them for each new word cost a
# twelfth of the pseudonymiser's time on new text
READ_ATTRS = (IS_SPACE, IS_STOP, IS_PUNCT, LOWER, NORM)


def blank_pipeline(lemma_dir: Path | None = None) -> Language:
    """Tokenizer plus the lookup lemmatizer (for context words): the compact table saved
    in ``lemma_dir``, or without it the table built from spacy-lookups-data (training)."""
    nlp = spacy.blank("sv")
    getters = nlp.vocab.lex_attr_getters  # computed for every new word of every text:
    nlp.vocab.lex_attr_getters = {a: getters[a] for a in READ_ATTRS}  # only what is read
    prefixes = [*nlp.Defaults.prefixes, r"/"]  # signatures: "/Gert B." -> "/", "Gert"
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    lemmatizer = nlp.add_pipe("compact_lemmatizer")
    if lemma_dir is None:
        lemmatizer.set_table(LemmaTable.build())
    else:
        lemmatizer.from_disk(lemma_dir)
    nlp.max_length = 2_000_000
    return nlp


def load_pipeline(ner_dir: Path) -> Language:
    """The full pipeline with the trained NER from ``ner_dir``; clear error when missing."""
    if not (ner_dir / "model.json").exists():
        raise FileNotFoundError(
            f"No trained NER model in {ner_dir}. Build it with `make ner` "
            "(python -m training.ner.train) or set TRIAGE_NER_MODEL_DIR."
        )
    # models registered before the compact table existed build it (slower, more memory)
    nlp = blank_pipeline(ner_dir if (ner_dir / LEMMA_FILE).exists() else None)
    nlp.add_pipe("linear_ner").from_disk(ner_dir)
    return nlp
