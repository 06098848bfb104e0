"""Keep the service's resident memory down with glibc's allocator (Linux).

glibc gives each thread that allocates its own malloc arena, up to eight per core, and
memory freed in an arena stays there for that arena's later use. A service whose request
threads each build and drop a few megabytes of arrays per referral therefore grows by
tens of megabytes it no longer uses. Capping the arenas lets threads reuse each other's
freed memory; trimming after the model has loaded returns what loading left free.
Elsewhere (macOS, musl) both calls do nothing and say so.
"""

from __future__ import annotations

import ctypes
import logging
from functools import cache

log = logging.getLogger(__name__)
M_ARENA_MAX = -8  # mallopt parameter, from glibc's malloc.h


@cache
def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def limit_arenas(count: int) -> bool:
    """Cap malloc arenas at ``count`` (0 leaves glibc's default); True when applied."""
    libc = _glibc()
    if count <= 0 or libc is None:
        return False
    applied = bool(libc.mallopt(M_ARENA_MAX, count))
    log.info("malloc arenas capped at %d: %s", count, applied)
    return applied


def release_free_memory() -> bool:
    """Return the allocator's free memory to the system; True when some was returned."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
