"""Load run of the real service on loopback: cold start, latency, errors, peak memory.

Starts ``triage serve`` on a data directory that already has a champion model (run
``make run`` or ``triage ensure-model`` once), waits for /readyz (the cold start), then
keeps ``--clients`` concurrent clients posting 250-word referrals for ``--seconds``.

Without ``--rate`` each client posts again as soon as it has its answer: the service runs
saturated, which measures its throughput (and latency is mostly queueing). With
``--rate R`` the clients together offer R referrals per second on a fixed schedule, which
measures latency at that load; a request counts from when it was due, so a service that
falls behind its schedule is charged for the wait (no coordinated omission).

    python benchmarks/service_bench.py [--data-dir data] [--clients 20] [--seconds 60]
        [--rate 20]
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


async def load(
    url: str, key: str, texts: list[str], clients: int, seconds: float, rate: float = 0.0
):
    latencies: list[float] = []
    errors: dict[str, int] = {}
    # the clients (each builds an SSL context, ~30 ms) exist before the clock starts
    sessions = [
        httpx.AsyncClient(base_url=url, headers={"X-API-Key": key}, timeout=30)
        for _ in range(clients)
    ]
    start = time.perf_counter()
    deadline = start + seconds

    async def client(n: int) -> None:
        async with sessions[n] as c:
            i = n
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                if rate:  # request i is due at i / rate
                    started = start + i / rate
                    if started >= deadline:
                        break
                    await asyncio.sleep(max(0.0, started - time.perf_counter()))
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
    parser.add_argument(
        "--rate", type=float, default=0.0, help="referrals per second offered (0: saturate)"
    )
    args = parser.parse_args()

    texts = referral_texts(200)
    with throwaway_service(Path(args.data_dir), "bench") as (service, key):
        latencies, errors = asyncio.run(
            load(service.url, key, texts, args.clients, args.seconds, args.rate)
        )
        rss = memory_mb(service.pid, "VmHWM")
    healthy, ready = service.healthy_after, service.ready_after
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    offered = f"offering {args.rate:g} referrals/s" if args.rate else "each as fast as it can"
    print(f"{args.clients} concurrent clients {offered} for {args.seconds:.0f} s")
    print("250-word referrals\n")
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
