"""A short run of the soak (``benchmarks/soak.py``) against the test app on loopback."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from soak import SoakReport, soak  # noqa: E402

from tests.service.test_api import REFERRAL  # noqa: E402

SECONDS = 5


def test_a_short_soak_has_no_errors_and_stops_by_itself(running, live_url):
    texts = [REFERRAL["text"], "Pappa slog Lisa igår.", "Olle, 12 år, är ofta borta från skolan."]
    started = time.monotonic()
    report = asyncio.run(
        soak(live_url, running.keys["integration"], texts, 4, SECONDS, pid=os.getpid())
    )
    assert time.monotonic() - started < SECONDS + 10
    assert dict(report.errors) == {}, report.table()
    assert set(report.latencies) == {"triage", "batch", "review", "read", "health"}
    counts = running.services.store.counts()
    assert counts["reviews"] == len(report.latencies["review"]) > 0
    assert report.passed(max_growth_mb=200), report.table()


def test_the_soak_fails_on_any_error_or_on_memory_growth():
    assert SoakReport(1, 1, rss_start=500, rss_end=520).passed(max_growth_mb=50)
    assert not SoakReport(1, 1, rss_start=500, rss_end=600).passed(max_growth_mb=50)
    failed = SoakReport(1, 1)
    failed.errors["triage: 500"] += 1
    assert not failed.passed(max_growth_mb=50)
