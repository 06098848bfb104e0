"""The route threshold: the best validation accuracy, ties going to first-line support."""

import numpy as np
import pytest

from training.policy import ROUTE_CANDIDATES, ROUTE_TOLERANCE, route_threshold


def _validation(groups: list[tuple[int, float, str]]) -> tuple[np.ndarray, list[str]]:
    """(count, utredning probability, gold route) groups as probabilities and labels."""
    probs = np.concatenate([np.full(n, p) for n, p, _ in groups])
    gold = [route for n, _, route in groups for _ in range(n)]
    return probs, gold


def test_a_tie_goes_to_the_highest_threshold() -> None:
    probs, gold = _validation([(100, 0.95, "utredning"), (100, 0.2, "forsta_linjen")])
    assert route_threshold(probs, gold) == ROUTE_CANDIDATES.max()


def test_a_clearly_better_threshold_wins() -> None:
    probs, gold = _validation([(100, 0.5, "utredning"), (100, 0.2, "forsta_linjen")])
    assert route_threshold(probs, gold) == pytest.approx(0.5)


def test_within_the_tolerance_counts_as_a_tie() -> None:
    # thresholds up to 0.5 are right on all 1,000; above it they miss 5 (0.5 %)
    probs, gold = _validation(
        [(500, 0.2, "forsta_linjen"), (495, 0.95, "utredning"), (5, 0.5, "utredning")]
    )
    assert ROUTE_TOLERANCE > 0.005  # the 5 misses are inside it
    assert route_threshold(probs, gold) == ROUTE_CANDIDATES.max()
