"""The sentence model averages several SGD runs per key."""

import numpy as np
from scipy import sparse
from sklearn.linear_model import SGDClassifier

from models.sentence_pool import KEYS, NO_EVIDENCE, SentencePool


def _units(n: int = 300, features: int = 40):
    rng = np.random.default_rng(0)
    x = sparse.random(n, features, density=0.2, random_state=1, format="csr")
    y = np.zeros((n, len(KEYS)), dtype=bool)
    y[:, 0] = np.asarray(x[:, 0].todense()).ravel() > 0  # key 0 follows feature 0
    y[:, 1] = rng.random(n) < 0.3
    return x, y, np.ones_like(y)


def _single(x, y, seed: int, pool: SentencePool) -> SGDClassifier:
    return SGDClassifier(
        loss="log_loss",
        alpha=pool.alpha,
        max_iter=pool.epochs,
        tol=None,
        average=True,
        class_weight="balanced",
        random_state=seed,
    ).fit(x, y)


def test_each_key_is_the_mean_of_its_runs():
    x, y, known = _units()
    pool = SentencePool(seeds=3).fit(x, y, known)
    for k in (0, 1):
        runs = [_single(x, y[:, k], seed, pool) for seed in range(3)]
        expected = np.mean([r.coef_[0] for r in runs], axis=0)
        np.testing.assert_allclose(pool.weights[:, k], expected, rtol=1e-5, atol=1e-6)
        assert np.isclose(pool.bias[k], np.mean([r.intercept_[0] for r in runs]))
    # the runs differ, so the average is not just one of them
    assert not np.allclose(pool.weights[:, 1], _single(x, y[:, 1], 0, pool).coef_[0])


def test_keys_without_both_classes_score_no_evidence():
    x, y, known = _units()
    pool = SentencePool(seeds=2).fit(x, y, known)
    assert np.all(pool.weights[:, 2:] == 0)
    assert np.all(pool.bias[2:] == NO_EVIDENCE)
    assert pool.weights[0, 0] > 0  # the feature key 0 follows counts for it
