"""Slows password guessing: after 5 failures a username is locked for 5 minutes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class LoginThrottle:
    """Failed logins per username, in memory (one process; reset on restart)."""

    def __init__(
        self,
        limit: int = 5,
        lockout_seconds: float = 300,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.lockout, self.clock = limit, lockout_seconds, clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def locked(self, username: str) -> bool:
        with self._lock:
            recent = self._recent(username)
            return len(recent) >= self.limit

    def failed(self, username: str) -> None:
        with self._lock:
            self._failures[username] = [*self._recent(username), self.clock()]

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username, None)

    def _recent(self, username: str) -> list[float]:
        cutoff = self.clock() - self.lockout
        return [moment for moment in self._failures.get(username, []) if moment > cutoff]
