"""First run: how long ``make run`` takes to have a model when none exists yet.

Runs ``triage ensure-model`` in an empty data directory, as ``make run`` does before it
serves: a fresh interpreter generates the default corpus, pseudonymises it, fits the
tfidf model with its first-run options, evaluates, registers and promotes it. Reports the
wall time of the whole command and the ``fit_seconds`` the training run logged (loading,
pseudonymising, fitting and tuning).

    python benchmarks/first_run_bench.py [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def first_run(data_dir: Path) -> tuple[float, float]:
    """Wall seconds of ``triage ensure-model`` in ``data_dir``, and its run's fit_seconds."""
    triage = str(Path(sys.executable).with_name("triage"))
    env = os.environ | {"TRIAGE_DATA_DIR": str(data_dir)}
    env.pop("MLFLOW_TRACKING_URI", None)  # always a throwaway store in ``data_dir``
    started = time.perf_counter()
    done = subprocess.run([triage, "ensure-model"], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"triage ensure-model failed:\n{done.stderr[-2000:]}")
    return seconds, _fit_seconds(data_dir)


def _fit_seconds(data_dir: Path) -> float:
    from mlflow import MlflowClient

    from training import registry
    from triage.settings import Settings

    os.environ.pop("MLFLOW_TRACKING_URI", None)  # mlflow sets it to the last store it used
    uri = registry.configure(Settings(data_dir=data_dir))
    client = MlflowClient(tracking_uri=uri, registry_uri=uri)
    champion = client.get_model_version_by_alias(registry.MODEL_NAME, registry.CHAMPION)
    return client.get_run(champion.run_id).data.metrics["fit_seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="first runs, each in a new dir")
    args = parser.parse_args()
    rows = []
    for i in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            total, fit = first_run(Path(tmp))
        rows.append(f"| {i + 1} | {total:.1f} | {fit:.1f} |")
    print("| first run | seconds in all | of which load, pseudonymise, fit, tune |")
    print("|---|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
