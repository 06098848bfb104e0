"""numpy's BLAS threads while serving and predicting: one per call by default.

Requests already run side by side (``inference_threads``), and the matrix products of one
suggestion are small; a second BLAS thread per product only makes two suggestions queue
for the same cores. On this 2-core machine, with the other core busy, a suggestion took
11-19 ms with one BLAS thread and 27-42 ms with two (alone: 11.0 and 11.2 ms).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def limit_blas_threads(count: int) -> bool:
    """Let BLAS use at most ``count`` threads per call (0: leave the library's default);
    True when applied."""
    if count <= 0:
        return False
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=count, user_api="blas")
    log.info("BLAS threads per call: %d", count)
    return True
