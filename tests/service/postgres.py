"""A throwaway PostgreSQL server from Debian's package, for tests that need the real thing."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SKIP_ENV = "TRIAGE_TEST_WITHOUT_POSTGRES"


def _binaries() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """initdb + pg_ctl in a temporary folder, trust auth on loopback only."""

    def __init__(self) -> None:
        binaries = _binaries()
        if binaries is None:
            raise RuntimeError(
                "PostgreSQL is not installed: `apt-get install postgresql` (Debian), or set "
                f"{SKIP_ENV}=1 to run the suite on SQLite only"
            )
        self.bin = binaries
        self.root = Path(tempfile.mkdtemp(prefix="triage-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_owner:
            shutil.chown(self.root, "postgres")
        self._databases = 0

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_owner, *command], check=True, capture_output=True, text=True)

    def start(self) -> PostgresServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.root / "log"),
            "start",
        )
        return self

    def new_database(self) -> str:
        """A fresh empty database's SQLAlchemy URL."""
        import psycopg

        self._databases += 1
        name = f"triage_test_{self._databases}"
        with psycopg.connect(self._url("postgres"), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
