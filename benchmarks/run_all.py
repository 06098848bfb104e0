"""Run every benchmark and write their tables to one Markdown file.

Pseudonymisation (with presidio's registry side by side), the first run (the default
model from nothing), training time and prediction latency, and the service under load
twice: saturated (throughput) and at a fixed offered rate (latency at that load). The
service benchmark needs a champion model in ``--data-dir``; one is trained first when
missing (``triage ensure-model``).

    python benchmarks/run_all.py [--data-dir data] [--out benchmarks/RESULTS.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def run(args: list[str], env: dict[str, str] | None = None) -> str:
    """A benchmark's stdout (its Markdown); stops with its stderr when it fails."""
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout.strip()


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="data", help="where the champion model lives")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument(
        "--rate", type=float, default=20.0, help="offered load of the latency run, referrals/s"
    )
    args = parser.parse_args()
    python = sys.executable
    triage = str(Path(python).with_name("triage"))
    env = os.environ | {"TRIAGE_DATA_DIR": str(Path(args.data_dir).resolve())}
    run([triage, "ensure-model"], env)
    service = [
        python,
        str(HERE / "service_bench.py"),
        "--data-dir",
        args.data_dir,
        "--clients",
        str(args.clients),
        "--seconds",
        str(args.seconds),
    ]
    sections = {
        "Pseudonymisation, 250-word referrals, one process": run(
            [python, str(HERE / "pseudonymize_bench.py")]
        ),
        "First run: `triage ensure-model` in an empty data directory": run(
            [python, str(HERE / "first_run_bench.py")]
        ),
        "Training (20,000 generated referrals) and prediction latency": run(
            [python, str(HERE / "predict_bench.py")]
        ),
        "Service on loopback, saturated (throughput)": run(service),
        f"Service on loopback at {args.rate:g} referrals/s (latency)": run(
            [*service, "--rate", str(args.rate)]
        ),
    }
    torch = "installed" if importlib.util.find_spec("torch") else "not installed"
    header = (
        f"# Benchmark results\n\n{dt.date.today().isoformat()} on {cpu_name()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, PyTorch {torch} "
        "(spaCy imports it when present: about 280 MB more per service process). "
        f"Reproduce: `python benchmarks/run_all.py`.\n"
    )
    body = "\n".join(f"\n## {title}\n\n{table}\n" for title, table in sections.items())
    Path(args.out).write_text(header + body, encoding="utf-8")
    print(header + body)


if __name__ == "__main__":
    main()
