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
        if len(doc):
            columns = doc.to_array([ORTH, IDX, IS_SPACE])
            texts = [strings[orth] for orth in columns[:, 0].tolist()]
            spaces = (columns[:, 2] == 1).tolist()
            # _make skips the keyword handling of a named tuple's constructor
            cached = list(
                map(PlainToken._make, zip(texts, columns[:, 1].tolist(), spaces, strict=True))
            )
        else:
            cached = []
        doc.user_data[_KEY] = cached
    return cached
