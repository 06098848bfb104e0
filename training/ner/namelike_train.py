"""Fit the name-likeness model: names of many origins vs ordinary Swedish words."""

from __future__ import annotations

import re

import numpy as np
from scipy import sparse
from sklearn.linear_model import SGDClassifier

from triage.pseudonymize.namelike import BUCKETS, NameLikeness, ngram_ids

WORD = re.compile(r"^[^\W\d_]{2,}$")


def fit_namelike(names: set[str], words: set[str]) -> NameLikeness:
    """Positives: ``names``; negatives: ``words`` that are not also names."""
    names = {n.lower() for n in names if WORD.match(n)}
    words = {w.lower() for w in words if WORD.match(w)} - names
    vocabulary = sorted(names) + sorted(words)
    rows = [ngram_ids(w) for w in vocabulary]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    matrix = sparse.csr_matrix(
        (np.ones(indptr[-1], np.float32), np.concatenate(rows), indptr),
        shape=(len(vocabulary), BUCKETS),
    )
    matrix.sum_duplicates()
    labels = np.array([1] * len(names) + [0] * len(words))
    model = SGDClassifier(
        loss="log_loss",
        alpha=1e-5,
        max_iter=20,
        tol=None,
        class_weight="balanced",
        random_state=0,
    )
    model.fit(matrix, labels)
    return NameLikeness(model.coef_[0].astype(np.float32), float(model.intercept_[0]))
