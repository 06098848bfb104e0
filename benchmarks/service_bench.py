"""Load run of the real service on loopback: cold start, latency, errors, peak memory.

Starts ``triage serve`` on a data directory that already has a champion model (run
``make run`` or ``triage ensure-model`` once), waits for /readyz (the cold start), then
keeps ``--clients`` concurrent clients posting 250-word referrals for ``--seconds``.

    python benchmarks/service_bench.py [--data-dir data] [--clients 20] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from live_service import memory_mb, throwaway_service  # noqa: E402
from pseudonymize_bench import referral_texts  # noqa: E402


async def load(url: str, key: str, texts: list[str], clients: int, seconds: float):
    latencies: list[float] = []
    errors: dict[str, int] = {}
    deadline = time.monotonic() + seconds

    async def client(n: int) -> None:
        async with httpx.AsyncClient(base_url=url, headers={"X-API-Key": key}, timeout=30) as c:
            i = n
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    response = await c.post(
                        "/api/v1/referrals", json={"text": texts[i % len(texts)]}
                    )
                    status = str(response.status_code)
                except httpx.HTTPError as error:
                    status = type(error).__name__
                if status == "201":
                    latencies.append(time.perf_counter() - started)
                else:
                    errors[status] = errors.get(status, 0) + 1
                i += clients

    await asyncio.gather(*(client(n) for n in range(clients)))
    return latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", default="data", help="holds mlflow.db with a champion")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()

    texts = referral_texts(200)
    with throwaway_service(Path(args.data_dir), "bench") as (service, key):
        latencies, errors = asyncio.run(load(service.url, key, texts, args.clients, args.seconds))
        rss = memory_mb(service.pid, "VmHWM")
    healthy, ready = service.healthy_after, service.ready_after
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{args.clients} concurrent clients for {args.seconds:.0f} s, 250-word referrals\n")
    print("| figure | value |\n|---|---|")
    print(f"| /healthz after start | {healthy:.1f} s |")
    print(f"| /readyz after start (cold start) | {ready:.1f} s |")
    print(f"| triaged | {len(latencies)} ({len(latencies) / args.seconds:.1f}/s) |")
    print(f"| latency p50 / p99 | {p(0.5):.0f} ms / {p(0.99):.0f} ms |")
    print(f"| errors | {sum(errors.values())} {errors or ''} |")
    print(f"| peak RSS | {rss:.0f} MB |")
    if latencies:
        print(f"\nmean {statistics.mean(latencies) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
