"""Sentence-level evidence for the linear backend: what the strongest passage says.

A referral's urgency follows its most serious credible concern, wherever in the text it
stands and however much else the reporter wrote. A bag of words over the whole text
dilutes one decisive sentence among many harmless ones; this model does not. It learns
from passages (the generator's gold segments: one concern, its labels) and from the
sentences around them (no concern), scores every window of one to three consecutive
sentences of a referral, and reports per key the highest window logit. The heads of the
tfidf backend blend these pooled logits with their own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.linear_model import SGDClassifier

from triage.classifier import RISK_FACTORS, Labels, Passage
from triage.concerns import sentences

AKUT, URGENT, UTREDNING = "akut", "brådskande", "utredning"
KEYS: tuple[str, ...] = (AKUT, URGENT, UTREDNING, *(f.value for f in RISK_FACTORS))
WINDOW = 3  # sentences
NO_EVIDENCE = -10.0  # the pooled logit of a text without windows

# features of windows: (sentence texts, windows x sentences 0/1 matrix) -> window features
Featurise = Callable[[list[str], sparse.csr_matrix], sparse.csr_matrix]


def threaded(function: Callable, items) -> list:
    """``map`` in threads: SGD releases the GIL, so heads fit side by side on all cores."""
    items = list(items)
    with ThreadPoolExecutor(max_workers=max(1, min(len(items), os.cpu_count() or 1))) as pool:
        return list(pool.map(function, items))


def windows(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The text's sentences (character spans) and its windows: every run of one to
    WINDOW consecutive sentences, as (first, end) sentence indices."""
    spans = [s for s in sentences(text) if text[s[0] : s[1]].strip()]
    runs = [
        (i, i + size)
        for i in range(len(spans))
        for size in range(1, WINDOW + 1)
        if i + size <= len(spans)
    ]
    return spans, runs


def targets(passage: Passage | None) -> list[bool]:
    """What a passage (None: a sentence outside every passage) says, per key."""
    if passage is None:
        return [False] * len(KEYS)
    risk = set(passage.risk_factors)
    return [
        passage.urgency == "akut",
        passage.urgency in ("akut", "skyndsam"),
        passage.utredning,
        *(f.value in risk for f in RISK_FACTORS),
    ]


def excluded(urgency: str, route: str, risk_factors: Sequence[str]) -> list[bool]:
    """The keys a whole referral's labels rule out for every one of its windows: no window
    of a normal referral is urgent, none of a referral without violence shows violence."""
    risk = set(risk_factors)
    return [
        urgency != "akut",
        urgency == "normal",
        route == "forsta_linjen",
        *(f.value not in risk for f in RISK_FACTORS),
    ]


def training_units(
    texts: Sequence[str], labels: Labels
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Distinct units to learn from, their targets and which targets are known (units x
    keys).

    A referral with passages gives each passage with its targets and every sentence outside
    them as a negative. A referral without (hand-written, reviewed) gives every window as
    a negative for the keys its labels rule out, and nothing for the others: which of its
    sentences carries the concern is not known.
    """
    passages = labels.passages or [[]] * len(texts)
    units, rows, known = [], [], []
    for i, (text, found) in enumerate(zip(texts, passages, strict=True)):
        if not found:
            ruled_out = excluded(labels.urgency[i], labels.route[i], labels.risk_factors[i])
            spans, runs = windows(text)
            for a, b in runs:
                units.append(text[spans[a][0] : spans[b - 1][1]])
                rows.append([False] * len(KEYS))
                known.append(ruled_out)
            continue
        for passage in found:
            units.append(text[passage.start : passage.end])
            rows.append(targets(passage))
            known.append([True] * len(KEYS))
        for start, end in sentences(text):
            outside = all(end <= p.start or start >= p.end for p in found)
            if outside and len(text[start:end].strip()) > 2:
                units.append(text[start:end])
                rows.append(targets(None))
                known.append([True] * len(KEYS))
    return _merge(units, rows, known)


def _merge(units: list[str], rows: list, known: list):
    """Each distinct unit once: voices and background sentences repeat across generated
    referrals, and learning them once works better than weighting them by their count."""
    seen: dict[tuple, None] = {}
    for unit, row, mask in zip(units, rows, known, strict=True):
        seen.setdefault((unit, tuple(row), tuple(mask)), None)
    shape = (-1, len(KEYS))
    return (
        [key[0] for key in seen],
        np.array([key[1] for key in seen], dtype=bool).reshape(shape),
        np.array([key[2] for key in seen], dtype=bool).reshape(shape),
    )


@dataclass
class Pooled:
    """Per key: the highest window logit of each text, and which window gave it."""

    logits: np.ndarray  # (texts, keys)
    best: list[list[tuple[int, int] | None]]  # per text, per key: the window's span


class SentencePool:
    """Linear per-key scores of sentence windows, max-pooled per text."""

    def __init__(self, alpha: float = 2e-5, epochs: int = 15, seeds: int = 3) -> None:
        self.alpha = alpha
        self.epochs = epochs
        self.seeds = seeds
        self.weights: np.ndarray | None = None  # (features, keys)
        self.bias: np.ndarray | None = None  # (keys,)

    @property
    def fitted(self) -> bool:
        return self.weights is not None

    def fit(self, x: sparse.csr_matrix, y: np.ndarray, known: np.ndarray) -> SentencePool:
        """One balanced logistic model per key, on the units whose target for that key is
        known; a key without both classes scores NO_EVIDENCE everywhere.

        Each key's model is the average of ``seeds`` SGD runs that see the units in other
        orders: on a wording no unit had, a single run's logit moves by a whole unit from
        one seed to the next, and that noise decided whole test phrasings (risk-factor
        micro-F1 0.836 with one run, 0.846-0.848 with three or four)."""
        weights = np.zeros((x.shape[1], len(KEYS)), dtype=np.float32)
        bias = np.full(len(KEYS), NO_EVIDENCE)

        def fit_key(k: int) -> None:
            rows = np.flatnonzero(known[:, k])
            if y[rows, k].all() or not y[rows, k].any():
                return
            x_k, y_k = x[rows], y[rows, k]
            coef, intercept = np.zeros(x.shape[1]), 0.0
            for seed in range(self.seeds):
                model = SGDClassifier(
                    loss="log_loss",
                    alpha=self.alpha,
                    max_iter=self.epochs,
                    tol=None,
                    average=True,
                    class_weight="balanced",
                    random_state=seed,
                ).fit(x_k, y_k)
                coef += model.coef_[0] / self.seeds
                intercept += model.intercept_[0] / self.seeds
            weights[:, k], bias[k] = coef, intercept

        threaded(fit_key, range(len(KEYS)))
        self.weights, self.bias = weights, bias
        return self

    def window_logits(self, x: sparse.csr_matrix) -> np.ndarray:
        # float32 features: a float64 product would copy the weights on every call
        return np.asarray(x.astype(np.float32) @ self.weights) + self.bias

    def pool(self, texts: Sequence[str], featurise: Featurise) -> Pooled:
        """Score all windows of all texts in one batch; keep each text's maximum."""
        found = [windows(t) for t in texts]
        scores = self._scores(texts, found, featurise)
        logits, best, cursor = [], [], 0
        for spans, runs in found:
            top, where = _maximum(spans, runs, scores[cursor : cursor + len(runs)])
            logits.append(top)
            best.append(where)
            cursor += len(runs)
        return Pooled(np.array(logits).reshape(-1, len(KEYS)), best)

    def pool_without(
        self,
        spans: list[tuple[int, int]],
        runs: list[tuple[int, int]],
        scores: np.ndarray,
        units: Sequence[tuple[int, int]],
    ) -> tuple[Pooled, np.ndarray]:
        """The pooled logits of a text (its ``windows``, their ``scores``) and of the text
        without each unit (one row per unit): windows that touch a removed unit no longer
        count."""
        top, where = _maximum(spans, runs, scores)
        starts = np.array([spans[a][0] for a, _ in runs], dtype=int)
        ends = np.array([spans[b - 1][1] for _, b in runs], dtype=int)
        cut = np.array(units, dtype=int).reshape(-1, 2)
        kept = (ends[None, :] <= cut[:, :1]) | (starts[None, :] >= cut[:, 1:])  # units x windows
        rows = np.where(kept[:, :, None], scores[None, :, :], -np.inf).max(axis=1, initial=-np.inf)
        rows[~kept.any(axis=1)] = NO_EVIDENCE
        return Pooled(top[None, :], [where]), rows

    def _scores(self, texts: Sequence[str], found, featurise: Featurise) -> np.ndarray:
        """Window logits of all texts, windows in order (sentences are featurised once)."""
        pieces, cols = [], []
        for text, (spans, runs) in zip(texts, found, strict=True):
            offset = len(pieces)
            pieces += [text[s:e] for s, e in spans]
            for a, b in runs:
                cols.append([offset + j for j in range(a, b)])
        if not cols:
            return np.zeros((0, len(KEYS)))
        indptr = np.cumsum([0] + [len(c) for c in cols])
        indices = np.concatenate(cols)
        band = sparse.csr_matrix(
            (np.ones(len(indices)), indices, indptr), shape=(len(cols), len(pieces))
        )
        return self.window_logits(featurise(pieces, band))

    def unit_features(self, units: list[str], featurise: Featurise) -> sparse.csr_matrix:
        """Features of whole training units (each its own window)."""
        return featurise(units, sparse.identity(len(units), format="csr"))


def _maximum(
    spans: list[tuple[int, int]], runs: list[tuple[int, int]], scores: np.ndarray
) -> tuple[np.ndarray, list[tuple[int, int] | None]]:
    """Per key the highest window logit and its window's character span (NO_EVIDENCE
    without windows)."""
    if not runs:
        return np.full(len(KEYS), NO_EVIDENCE), [None] * len(KEYS)
    top = scores.argmax(axis=0)
    where = [(spans[runs[j][0]][0], spans[runs[j][1] - 1][1]) for j in top]
    return scores[top, np.arange(len(KEYS))], where
