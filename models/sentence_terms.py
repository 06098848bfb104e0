"""Term counts of one text sentence by sentence: exact occlusion and windows by addition.

Sentences are separated by whitespace (``triage.concerns.sentences``) and normalising is
local to a sentence (placeholders, case, a negation's scope ends with its sentence). So a
text's terms are its sentences' terms plus the word bigrams that join one sentence's last
token to the next one's first (``char_wb`` n-grams never cross a space). The counts of the
text, of a run of sentences (a window) and of the text with a run removed then follow by
adding sentence rows on a dense block over the few vocabulary columns this text uses:
each sentence is normalised and counted once, however many variants are asked for.
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
        self.vocabulary = word.vocabulary_
        tokenize = word.build_tokenizer()
        self.words: list[list[int]] = []
        self.chars: list[np.ndarray] = []
        self.first: list[str | None] = []
        self.last: list[str | None] = []
        for start, end in self.spans:
            normalised = normalise(text[start:end])
            tokens = tokenize(normalised)
            grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
            self.words.append([self.vocabulary[g] for g in grams if g in self.vocabulary])
            self.chars.append(chars.terms(normalised))
            self.first.append(tokens[0] if tokens else None)
            self.last.append(tokens[-1] if tokens else None)
        self.tokened = np.array([first is not None for first in self.first], dtype=bool)

    def index(self, units: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Each unit (a character span of whole sentences) as a run of sentence indices."""
        starts = {span[0]: i for i, span in enumerate(self.spans)}
        ends = {span[1]: i for i, span in enumerate(self.spans)}
        if any(s not in starts or e not in ends for s, e in units):
            raise ValueError("occlusion units must be runs of whole sentences")
        return [(starts[s], ends[e] + 1) for s, e in units]

    def counts(self, keep: np.ndarray, joined: np.ndarray) -> tuple[Block, Block]:
        """Word and character counts of texts made of the kept sentences (``keep``: rows x
        sentences), in order; where ``joined``, with the bigrams across their seams (as the
        text with the other sentences cut out), else just the sentences' own terms."""
        seam_rows, seam_terms = self._seams(keep & self.tokened, joined)
        weights = keep.astype(np.float64)
        return (
            _summed(self.words, weights, seam_rows, seam_terms),
            _summed(self.chars, weights, np.zeros(0, int), np.zeros(0, int)),
        )

    def _seams(self, kept: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Row and vocabulary index of each bigram that joins consecutive ``kept``
        sentences with tokens, in the ``joined`` rows."""
        rows, positions = np.nonzero(kept & joined[:, None])
        follows = rows[1:] == rows[:-1]  # consecutive kept sentences of the same row
        n = len(self.spans)
        pairs = positions[:-1][follows] * n + positions[1:][follows]
        distinct, which = np.unique(pairs, return_inverse=True)
        terms = np.array(
            [self.vocabulary.get(f"{self.last[p // n]} {self.first[p % n]}", -1) for p in distinct],
            dtype=int,
        )[which]
        found = terms >= 0
        return rows[1:][follows][found], terms[found]


def _summed(
    terms: list, weights: np.ndarray, extra_rows: np.ndarray, extra_terms: np.ndarray
) -> Block:
    """``weights`` (rows x sentences) times the sentences' term counts, plus one count of
    each ``extra_terms`` in its row of ``extra_rows``."""
    per_sentence = [np.asarray(t, dtype=int) for t in terms]
    every = np.concatenate([*per_sentence, extra_terms]) if per_sentence else extra_terms
    columns, local = np.unique(every, return_inverse=True)
    sentence_of = np.repeat(np.arange(len(terms)), [len(t) for t in per_sentence])
    own = local[: len(sentence_of)]
    cells = sentence_of * len(columns) + own
    by_sentence = np.bincount(cells, minlength=len(terms) * len(columns)).astype(np.float64)
    values = weights @ by_sentence.reshape(len(terms), len(columns))
    np.add.at(values, (extra_rows, local[len(sentence_of) :]), 1.0)
    return Block(columns, values)


def tfidf(
    vectoriser: TfidfVectorizer, counts: Block, rows: slice = slice(None), dtype=np.float64
) -> Block:
    """What ``vectoriser.transform`` does after counting, on a dense block (or its
    ``rows``): sublinear tf, idf, l2 norm per row, in ``dtype``."""
    if not (vectoriser.sublinear_tf and vectoriser.norm == "l2" and vectoriser.use_idf):
        raise ValueError("sentence terms expect sublinear tf, idf and l2 norm")
    counts_ = counts.values[rows].astype(np.intp)  # whole counts: tf looked up per count
    sublinear = np.log(np.arange(1, counts_.max(initial=0) + 1, dtype=np.float64)) + 1.0
    values = np.concatenate([[0.0], sublinear]).astype(dtype)[counts_]
    values *= vectoriser.idf_[counts.columns].astype(dtype)
    norms = np.sqrt(np.einsum("ij,ij->i", values, values))
    norms[norms == 0] = 1.0
    values /= norms[:, None]
    return Block(counts.columns, values)
