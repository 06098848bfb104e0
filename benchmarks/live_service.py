"""A real ``triage serve`` process on a loopback port: for the load run, the soak and the
crash-safety test (which kills it with SIGKILL and starts it again on the same database)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

TRIAGE = str(Path(sys.executable).with_name("triage"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory now (``VmRSS``) or the most it ever was (``VmHWM``), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def service_env(data_dir: Path, database_url: str, model_uri: str | None = None) -> dict:
    """The environment of a service on ``database_url`` (not the data directory's own
    database: load runs write cases), serving ``model_uri`` (default: the champion)."""
    env = os.environ | {
        "TRIAGE_DATA_DIR": str(Path(data_dir).resolve()),
        "DATABASE_URL": database_url,
        "TRIAGE_ADMIN_PASSWORD": "loopback-only-password",
    }
    if model_uri:
        env["TRIAGE_MODEL_URI"] = model_uri
    return env


def create_api_key(env: dict, name: str, role: str = "integration") -> str:
    done = subprocess.run(
        [TRIAGE, "create-api-key", name, "--role", role],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


class LiveService:
    """``triage serve`` on a free port; ``start`` waits until /readyz answers 200 (or only
    /healthz: the database is open, the model may still be loading)."""

    def __init__(self, env: dict, log: Path | None = None) -> None:
        self.env, self.log = env, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.healthy_after = self.ready_after = None

    def start(self, timeout: float = 300, until: str = "/readyz") -> LiveService:
        started = time.perf_counter()
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        try:
            self.process = subprocess.Popen(
                [TRIAGE, "serve", "--port", str(self.port)],
                env=self.env,
                stdout=output,
                stderr=output,
            )
        finally:
            if self.log:
                output.close()  # the child has its own copy
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"triage serve exited with {self.process.returncode}")
            try:
                if self.healthy_after is None and self._get("/healthz") == 200:
                    self.healthy_after = time.perf_counter() - started
                if until == "/healthz" and self.healthy_after is not None:
                    return self
                if self._get("/readyz") == 200:
                    self.ready_after = time.perf_counter() - started
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the service did not answer {until} (is there a model?)")

    def _get(self, path: str) -> int:
        return httpx.get(f"{self.url}{path}", timeout=5).status_code

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing, as in a power cut of the process."""
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> LiveService:
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()


@contextmanager
def throwaway_service(
    data_dir: Path, purpose: str, model_uri: str | None = None
) -> Iterator[tuple[LiveService, str]]:
    """A started service writing to a throwaway database (load runs write cases: not into
    yours) and an integration key for it; stopped on exit, failure to start ends the run."""
    database = Path(tempfile.mkdtemp()) / f"{purpose}.db"
    env = service_env(data_dir, f"sqlite:///{database}", model_uri)
    key = create_api_key(env, f"{purpose}-{os.getpid()}")
    try:
        service = LiveService(env).start()
    except RuntimeError as error:
        raise SystemExit(str(error)) from error
    try:
        yield service, key
    finally:
        service.stop()
