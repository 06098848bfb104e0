"""Bounded soak of the real service on loopback: mixed traffic for a fixed time, then it stops.

``--clients`` concurrent clients triage single referrals and batches of five, review the
cases they made, read them back and call /healthz and /readyz, for ``--seconds``. Reports
errors, p50/p99 per kind of request and the service's resident memory from the end of the
warm-up to the end; exits 1 on any error (a 5xx, a timeout, any unexpected status) or when
memory grew more than ``--max-rss-growth-mb``.

    python benchmarks/soak.py [--data-dir data] [--model-uri URI] [--clients 8] [--seconds 300]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from live_service import memory_mb, throwaway_service  # noqa: E402

# one client's round: mostly single referrals, each later reviewed and read back
ROUND = ("triage", "read", "health", "triage", "review", "read", "batch", "review", "health")
EXPECTED = {"triage": 201, "batch": 200, "review": 200, "read": 200, "health": 200}


@dataclass
class SoakReport:
    clients: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rss_start: float = float("nan")
    rss_end: float = float("nan")
    rss_peak: float = float("nan")

    @property
    def growth(self) -> float:
        return self.rss_end - self.rss_start

    def passed(self, max_growth_mb: float) -> bool:
        return not self.errors and not self.growth > max_growth_mb  # nan: not measured

    def table(self) -> str:
        rows = ["| request | count | p50 | p99 |", "|---|---|---|---|"]
        everything = sorted(itertools.chain(*self.latencies.values()))
        for kind, values in [*sorted(self.latencies.items()), ("all", everything)]:
            values = sorted(values)
            rows.append(f"| {kind} | {len(values)} | {_ms(values, 0.5)} | {_ms(values, 0.99)} |")
        errors = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())) or "none"
        return "\n".join(
            [
                f"{self.clients} clients for {self.seconds:.0f} s on loopback\n",
                *rows,
                f"\nerrors: {sum(self.errors.values())} ({errors})",
                f"resident memory: {self.rss_start:.0f} MB after warm-up, {self.rss_end:.0f} MB "
                f"at the end ({self.growth:+.0f} MB), peak {self.rss_peak:.0f} MB",
            ]
        )


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    return f"{values[min(len(values) - 1, int(q * len(values)))] * 1000:.0f} ms"


async def soak(
    url: str, key: str, texts: list[str], clients: int, seconds: float, pid: int | None = None
) -> SoakReport:
    """Run the mixed traffic for ``seconds``; ``pid``: the service process to measure."""
    report = SoakReport(clients, seconds)
    started = time.monotonic()
    deadline = started + seconds
    warm_up = min(30.0, seconds / 10)
    texts_cycle = itertools.cycle(texts)

    async def request(client: httpx.AsyncClient, kind: str, method: str, path: str, **kw):
        began = time.perf_counter()
        try:
            response = await client.request(method, path, **kw)
        except httpx.HTTPError as error:
            report.errors[f"{kind}: {type(error).__name__}"] += 1
            return None
        if response.status_code != EXPECTED[kind]:
            report.errors[f"{kind}: {response.status_code}"] += 1
            return None
        report.latencies[kind].append(time.perf_counter() - began)
        return response.json()

    async def client_loop(n: int) -> None:
        unreviewed: list[str] = []
        reviewed: list[str] = []
        headers = {"X-API-Key": key}
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as client:
            for step in itertools.count(n):
                if time.monotonic() >= deadline:
                    return
                kind = ROUND[step % len(ROUND)]
                if kind == "triage":
                    body = await request(
                        client, kind, "POST", "/api/v1/referrals", json={"text": next(texts_cycle)}
                    )
                    if body:
                        unreviewed.append(body["case_id"])
                elif kind == "batch":
                    batch = {"referrals": [{"text": next(texts_cycle)} for _ in range(5)]}
                    body = await request(
                        client, kind, "POST", "/api/v1/referrals/batch", json=batch
                    )
                    if body and body["errors"]:
                        report.errors["batch: item errors"] += len(body["errors"])
                elif kind == "review" and unreviewed:
                    case_id = unreviewed.pop(0)
                    decision = {"decision": "accept", "reviewer": f"Soak {n}"}
                    path = f"/api/v1/cases/{case_id}/review"
                    if await request(client, kind, "POST", path, json=decision):
                        reviewed.append(case_id)
                elif kind == "read" and (reviewed or unreviewed):
                    case_id = (reviewed or unreviewed)[step % len(reviewed or unreviewed)]
                    await request(client, kind, "GET", f"/api/v1/cases/{case_id}")
                elif kind == "health":
                    await request(client, kind, "GET", "/readyz" if step % 2 else "/healthz")

    async def measure() -> None:
        await asyncio.sleep(warm_up)
        if pid is not None:
            report.rss_start = memory_mb(pid)

    try:
        await asyncio.wait_for(
            asyncio.gather(measure(), *(client_loop(n) for n in range(clients))),
            timeout=seconds + 60,
        )
    except TimeoutError:  # a hung request fails the soak instead of stalling it
        report.errors["soak: did not stop in time"] += 1
    if pid is not None:
        report.rss_end, report.rss_peak = memory_mb(pid), memory_mb(pid, "VmHWM")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="data", help="holds mlflow.db with a champion")
    parser.add_argument("--model-uri", help="serve this model instead of the champion")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--max-rss-growth-mb", type=float, default=100)
    args = parser.parse_args()

    from pseudonymize_bench import referral_texts

    texts = referral_texts(200)
    with throwaway_service(Path(args.data_dir), "soak", args.model_uri) as (service, key):
        report = asyncio.run(soak(service.url, key, texts, args.clients, args.seconds, service.pid))
    print(report.table())
    if not report.passed(args.max_rss_growth_mb):
        print(f"\nFAILED (errors, or memory grew over {args.max_rss_growth_mb:.0f} MB)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
