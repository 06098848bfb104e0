"""Term counts of one text sentence by sentence: exact occlusion and windows by addition.

Sentences are separated by whitespace (``triage.concerns.sentences``) and normalising is
local to a sentence (placeholders, case, a negation's scope ends with its sentence). So a
text's terms are its sentences' terms plus the word bigrams that join one sentence's last
token to the next one's first (``char_wb`` n-grams never cross a space). The counts of the
text, of a run of sentences (a window) and of the text with a run removed then follow from
running sums of sentence rows on a dense block over the few vocabulary columns this text
uses: each sentence is normalised and counted once, however many variants are asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from models.char_counts import CharCounter
from models.features import normalise
from triage.concerns import sentences


@dataclass(frozen=True)
class Block:
    """Rows of values over a few vocabulary columns (the others are zero)."""

    columns: np.ndarray  # vocabulary indices, ascending
    values: np.ndarray  # (rows, len(columns))


class SentenceTerms:
    """The word and character n-grams of each sentence of one (pseudonymised) text."""

    def __init__(self, text: str, word: TfidfVectorizer, chars: CharCounter) -> None:
        if tuple(word.ngram_range) != (1, 2) or word.analyzer != "word":
            raise ValueError("sentence terms need a word vectoriser of unigrams and bigrams")
        self.spans = sentences(text)
        self.vocabulary = vocabulary = word.vocabulary_
        tokenize = word.build_tokenizer()
        words: list[int] = []  # every sentence's vocabulary indices, one after the other
        char_pieces: list[np.ndarray] = []
        word_lengths, char_lengths = [], []
        self.first: list[str | None] = []
        self.last: list[str | None] = []
        for start, end in self.spans:
            normalised = normalise(text[start:end])
            tokens = tokenize(normalised)
            before = len(words)
            words += [vocabulary[g] for g in tokens if g in vocabulary]
            bigrams = map(" ".join, zip(tokens, tokens[1:], strict=False))
            words += [vocabulary[g] for g in bigrams if g in vocabulary]
            word_lengths.append(len(words) - before)
            pieces = chars.word_terms(normalised)
            char_pieces += pieces
            char_lengths.append(sum(map(len, pieces)))
            self.first.append(tokens[0] if tokens else None)
            self.last.append(tokens[-1] if tokens else None)
        self.words = _Flat(np.array(words, dtype=np.intp), np.array(word_lengths, dtype=np.intp))
        self.chars = _Flat(
            np.concatenate(char_pieces).astype(np.intp) if char_pieces else np.zeros(0, np.intp),
            np.array(char_lengths, dtype=np.intp),
        )
        self.tokened = np.array([first is not None for first in self.first], dtype=bool)

    def index(self, units: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Each unit (a character span of whole sentences) as a run of sentence indices."""
        starts = {span[0]: i for i, span in enumerate(self.spans)}
        ends = {span[1]: i for i, span in enumerate(self.spans)}
        if any(s not in starts or e not in ends for s, e in units):
            raise ValueError("occlusion units must be runs of whole sentences")
        return [(starts[s], ends[e] + 1) for s, e in units]

    def counts(
        self, removed: Sequence[tuple[int, int]], alone: Sequence[tuple[int, int]]
    ) -> tuple[Block, Block]:
        """Word and character counts (whole numbers) of the whole text (row 0), of the text
        without each ``removed`` run of sentences (with the bigram across the cut, as the
        text with the run cut out), then of each run in ``alone`` on its own (just its
        sentences' terms, as the sentence model reads a window); from running sums over
        the sentences."""
        cuts = [(0, 0), *removed]  # the whole text: nothing cut
        keep = np.ones((len(cuts), len(self.spans)), dtype=bool)
        for i, (a, b) in enumerate(cuts):
            keep[i, a:b] = False
        seam_rows, seam_terms = self._seams(keep & self.tokened)
        none = np.zeros(0, dtype=np.intp)
        return (
            _summed(self.words, cuts, alone, seam_rows, seam_terms),
            _summed(self.chars, cuts, alone, none, none),
        )

    def _seams(self, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Row and vocabulary index of each bigram that joins consecutive ``kept``
        sentences with tokens."""
        rows, positions = np.nonzero(kept)
        follows = rows[1:] == rows[:-1]  # consecutive kept sentences of the same row
        n = len(self.spans)
        pairs = positions[:-1][follows] * n + positions[1:][follows]
        distinct, which = np.unique(pairs, return_inverse=True)
        terms = np.array(
            [self.vocabulary.get(f"{self.last[p // n]} {self.first[p % n]}", -1) for p in distinct],
            dtype=np.intp,
        )[which]
        found = terms >= 0
        return rows[1:][follows][found], terms[found]


@dataclass(frozen=True)
class _Flat:
    """Vocabulary indices of all sentences one after the other, and each one's count."""

    terms: np.ndarray
    lengths: np.ndarray


def _summed(
    flat: _Flat,
    cuts: Sequence[tuple[int, int]],
    alone: Sequence[tuple[int, int]],
    extra_rows: np.ndarray,
    extra_terms: np.ndarray,
) -> Block:
    """Counts of the text without each of ``cuts``, then of each of ``alone`` (runs of
    sentences), plus one count of each ``extra_terms`` in its row of ``extra_rows``."""
    n = len(flat.lengths)
    columns, local = np.unique(np.concatenate([flat.terms, extra_terms]), return_inverse=True)
    sentence_of = np.repeat(np.arange(n), flat.lengths)
    cells = sentence_of * len(columns) + local[: len(flat.terms)]
    by_sentence = np.bincount(cells, minlength=n * len(columns)).reshape(n, len(columns))
    before = np.zeros((n + 1, len(columns)), dtype=np.int32)  # counts of sentences [0, i)
    np.cumsum(by_sentence, axis=0, out=before[1:])
    cut = np.array(cuts, dtype=np.intp).reshape(-1, 2)
    run = np.array(alone, dtype=np.intp).reshape(-1, 2)
    values = np.empty((len(cut) + len(run), len(columns)), dtype=np.int32)
    without, runs = values[: len(cut)], values[len(cut) :]
    np.subtract(before[n], before.take(cut[:, 1], axis=0), out=without)
    without += before.take(cut[:, 0], axis=0)
    np.subtract(before.take(run[:, 1], axis=0), before.take(run[:, 0], axis=0), out=runs)
    np.add.at(values, (extra_rows, local[len(flat.terms) :]), 1)
    return Block(columns, values)


def _checked(vectoriser: TfidfVectorizer) -> TfidfVectorizer:
    """The vectoriser, if it weighs terms as these sums assume."""
    if not (vectoriser.sublinear_tf and vectoriser.norm == "l2" and vectoriser.use_idf):
        raise ValueError("sentence terms expect sublinear tf, idf and l2 norm")
    return vectoriser


_TABLE_SIZE = 256  # counts below this are looked up; a term rarely occurs more often
_TABLE = np.concatenate([[0.0], np.log(np.arange(1, _TABLE_SIZE, dtype=np.float64)) + 1.0])


def _sublinear(counts: np.ndarray, dtype) -> np.ndarray:
    """1 + log(count) for each whole count (in float64, as scikit-learn), 0 for none."""
    if counts.size and counts.max() >= _TABLE_SIZE:
        values = counts.astype(dtype)
        many = counts > 1
        values[many] = np.log(counts[many].astype(np.float64)) + 1.0
        return values
    return _TABLE.astype(dtype, copy=False).take(counts)


def tfidf(vectoriser: TfidfVectorizer, counts: Block, rows: slice = slice(None)) -> Block:
    """What ``vectoriser.transform`` does after counting, on a dense block (or its
    ``rows``): sublinear tf, idf, l2 norm per row."""
    values = _sublinear(counts.values[rows], np.float64)
    values *= _checked(vectoriser).idf_[counts.columns]
    norms = np.sqrt(np.einsum("ij,ij->i", values, values))
    norms[norms == 0] = 1.0
    values /= norms[:, None]
    return Block(counts.columns, values)


def tfidf_product(
    vectoriser: TfidfVectorizer, counts: Block, rows: slice, weights: np.ndarray
) -> np.ndarray:
    """``tfidf(vectoriser, counts, rows).values @ weights[counts.columns]`` in the weights'
    dtype, without forming the tf-idf values: the idf goes into the weights and each
    row's norm divides its product."""
    idf = _checked(vectoriser).idf_[counts.columns].astype(weights.dtype)
    tf = _sublinear(counts.values[rows], weights.dtype)
    norms = np.sqrt((tf * tf) @ (idf * idf))
    norms[norms == 0] = 1.0
    return (tf @ (idf[:, None] * weights.take(counts.columns, axis=0))) / norms[:, None]
