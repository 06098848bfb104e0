"""Work for an idle core: a forked process computes one result while this process goes on."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from typing import Any


class Background:
    """``function(*args)`` in a forked process, started on entering; ``get`` waits for the
    result. Without ``fork`` or a second core, ``get`` computes it in this process. The
    function and its arguments must pickle (the result comes back the same way)."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self._function, self._args = function, args
        self._pool = self._pending = None

    def __enter__(self) -> Background:
        if (os.cpu_count() or 1) > 1 and "fork" in mp.get_all_start_methods():
            self._pool = mp.get_context("fork").Pool(1)
            self._pending = self._pool.apply_async(self._function, self._args)
        return self

    def get(self) -> Any:
        if self._pending is None:
            return self._function(*self._args)
        return self._pending.get()

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
