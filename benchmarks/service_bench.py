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
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from pseudonymize_bench import referral_texts  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


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

    port = free_port()
    database = Path(tempfile.mkdtemp()) / "bench.db"  # the load writes cases: not into yours
    env = os.environ | {
        "TRIAGE_DATA_DIR": str(Path(args.data_dir).resolve()),
        "DATABASE_URL": f"sqlite:///{database}",
        "TRIAGE_ADMIN_PASSWORD": "benchmark-only-password",
    }
    triage = str(Path(sys.executable).with_name("triage"))
    key = subprocess.run(
        [triage, "create-api-key", f"bench-{port}", "--role", "integration"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    texts = referral_texts(200)
    started = time.perf_counter()
    server = subprocess.Popen(
        [triage, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        healthy = ready = None
        while ready is None and time.perf_counter() - started < 300:
            try:
                if healthy is None and httpx.get(f"{url}/healthz").status_code == 200:
                    healthy = time.perf_counter() - started
                if httpx.get(f"{url}/readyz").status_code == 200:
                    ready = time.perf_counter() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        if ready is None:
            raise SystemExit("the service did not become ready (is there a champion model?)")
        latencies, errors = asyncio.run(load(url, key, texts, args.clients, args.seconds))
        rss = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
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
