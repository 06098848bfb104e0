"""Plain token tuples of a parsed text, built once per text and shared by the recognizers
(spaCy makes a new ``Token`` object on every access, which dominated their cost)."""

from __future__ import annotations

from typing import NamedTuple

from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.attrs import IDX, IS_SPACE, ORTH

_KEY = "plain_tokens"


class PlainToken(NamedTuple):
    text: str
    idx: int
    is_space: bool


def plain_tokens(nlp_artifacts: NlpArtifacts) -> list[PlainToken]:
    """The text's tokens as ``(text, idx, is_space)``; cached on the spaCy Doc."""
    doc = nlp_artifacts.tokens
    cached = doc.user_data.get(_KEY)
    if cached is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, IS_SPACE]).tolist() if len(doc) else []
        cached = [PlainToken(strings[orth], idx, bool(space)) for orth, idx, space in rows]
        doc.user_data[_KEY] = cached
    return cached
