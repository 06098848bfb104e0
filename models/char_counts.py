"""Character n-gram counts of a fitted ``char_wb`` vectoriser, n-grams cached per word.

``char_wb`` n-grams never cross a word boundary, so a text's counts are the sum of its
words' counts. scikit-learn builds every n-gram of every word in Python on each call;
serving counts the same words many times (the text, each sentence, each sentence
removed), so caching each word's vocabulary indices makes counting several times
faster. :meth:`CharCounter.counts` equals ``CountVectorizer.transform`` exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

CACHE_LIMIT = 50_000  # words (about 12 MB); the cache starts over when it is full
EMPTY = np.zeros(0, dtype=np.int32)


class CharCounter:
    """Term counts of texts for a fitted ``analyzer="char_wb"`` vectoriser."""

    def __init__(self, vectoriser: TfidfVectorizer) -> None:
        if vectoriser.analyzer != "char_wb":
            raise ValueError(f"needs a char_wb vectoriser, not {vectoriser.analyzer!r}")
        self.vectoriser = vectoriser
        self.preprocess = vectoriser.build_preprocessor()
        self.width = len(vectoriser.vocabulary_)
        self._words: dict[str, np.ndarray] = {}

    def terms(self, text: str) -> np.ndarray:
        """Vocabulary indices of every n-gram of ``text`` (repeated as often as it occurs)."""
        words = self.preprocess(text).split()
        return np.concatenate([self._indices(w) for w in words]) if words else EMPTY

    def _indices(self, word: str) -> np.ndarray:
        found = self._words.get(word)
        if found is None:
            vocabulary = self.vectoriser.vocabulary_
            grams = self.vectoriser._char_wb_ngrams(word)  # noqa: SLF001 - sklearn's own rule
            found = np.array([vocabulary[g] for g in grams if g in vocabulary], dtype=np.int32)
            if len(self._words) >= CACHE_LIMIT:
                self._words.clear()
            self._words[word] = found
        return found

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Counts (texts x vocabulary, float64), as ``CountVectorizer.transform``."""
        rows = [self.terms(text) for text in texts]
        lengths = [len(r) for r in rows]
        columns = np.concatenate(rows) if rows else EMPTY
        row_ids = np.repeat(np.arange(len(rows)), lengths)
        matrix = sparse.csr_matrix(
            (np.ones(len(columns)), (row_ids, columns)), shape=(len(rows), self.width)
        )
        matrix.sum_duplicates()
        return matrix
