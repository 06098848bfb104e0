"""Character n-gram counts of a fitted ``char_wb`` vectoriser, n-grams cached per word.

``char_wb`` n-grams never cross a word boundary, so a text's counts are the sum of its
words' counts. scikit-learn builds every n-gram of every word in Python on each call;
serving counts the same words many times (the text, each sentence, each sentence
removed), so caching each word's vocabulary indices makes counting several times
faster. :meth:`CharCounter.counts` equals ``CountVectorizer.transform`` exactly, and
:func:`fit_counts` fits such a vectoriser as ``fit_transform`` does, the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

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
        pieces = self.word_terms(text)
        return np.concatenate(pieces) if pieces else EMPTY

    def word_terms(self, text: str) -> list[np.ndarray]:
        """``terms`` of ``text`` word by word."""
        return [self._indices(w) for w in self.preprocess(text).split()]

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


def fit_counts(vectoriser: TfidfVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
    """Fit a ``char_wb`` vectoriser's vocabulary and idf on ``texts`` as ``fit`` does
    (min_df, max_df, max_features, terms in sorted order), building each distinct word's
    n-grams once; returns the texts' term counts."""
    if vectoriser.analyzer != "char_wb":
        raise ValueError(f"needs a char_wb vectoriser, not {vectoriser.analyzer!r}")
    preprocess = vectoriser.build_preprocessor()
    words: dict[str, int] = {}
    docs = [[words.setdefault(w, len(words)) for w in preprocess(t).split()] for t in texts]
    grams: dict[str, int] = {}
    in_words = [
        [grams.setdefault(g, len(grams)) for g in vectoriser._char_wb_ngrams(w)]  # noqa: SLF001
        for w in words
    ]
    counts = (_ones(docs, len(words)) @ _ones(in_words, len(grams))).tocsr()
    terms = sorted(grams)
    counts = counts[:, [grams[t] for t in terms]]
    keep = _kept(vectoriser, counts, len(texts))
    counts = counts[:, keep].tocsr()
    vectoriser.vocabulary_ = {terms[j]: i for i, j in enumerate(keep)}
    vectoriser.idf_ = TfidfTransformer(smooth_idf=vectoriser.smooth_idf).fit(counts).idf_
    return counts


def _ones(rows: list[list[int]], width: int) -> sparse.csr_matrix:
    """A count matrix with one row per list of column indices."""
    indptr = np.cumsum([0] + [len(r) for r in rows])
    columns = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=indptr[-1])
    matrix = sparse.csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(rows), width))
    matrix.sum_duplicates()
    return matrix


def _kept(vectoriser: TfidfVectorizer, counts: sparse.csr_matrix, n_docs: int) -> np.ndarray:
    """The columns sklearn keeps: document frequency within [min_df, max_df], then the
    ``max_features`` most frequent (its own tie order)."""
    low, high = vectoriser.min_df, vectoriser.max_df
    low = low if isinstance(low, Integral) else low * n_docs
    high = high if isinstance(high, Integral) else high * n_docs
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    mask = (df >= low) & (df <= high)
    limit = vectoriser.max_features
    if limit is not None and mask.sum() > limit:
        frequency = np.asarray(counts.sum(axis=0)).ravel()
        top = np.flatnonzero(mask)[(-frequency[mask]).argsort()[:limit]]
        mask = np.zeros_like(mask)
        mask[top] = True
    return np.flatnonzero(mask)
