"""A running app per test on a fresh database, with an API key per role and staff accounts."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from api.app import create_app
from api.security import Role, hash_api_key, hash_password, new_api_key
from api.services import Services
from tests.service.postgres import SKIP_ENV, PostgresServer, _free_port
from triage.municipality import EXAMPLES, PACKAGED
from triage.pipeline import DecisionPolicy, Pipeline
from triage.settings import Settings

STAFF_PASSWORD = "ett-långt-lösenord-för-test"


@dataclass
class Running:
    client: TestClient
    services: Services
    keys: dict[str, str]

    def headers(self, role: str) -> dict[str, str]:
        return {"X-API-Key": self.keys[role]}


@pytest.fixture(scope="session")
def pipeline(pseudonymizer, fitted) -> Pipeline:
    return Pipeline(pseudonymizer, fitted, DecisionPolicy())


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer | None]:
    if os.environ.get(SKIP_ENV):
        yield None
        return
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """Every service test runs on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'triage.db'}"
    server = request.getfixturevalue("postgres")
    if server is None:
        pytest.skip(f"{SKIP_ENV} is set")
    return server.new_database()


@pytest.fixture
def municipalities_dir(tmp_path) -> Path:
    """Two tenants: the neutral default and the Lund example."""
    directory = tmp_path / "municipalities"
    directory.mkdir()
    shutil.copy(PACKAGED / "default.yaml", directory)
    shutil.copy(EXAMPLES / "lund.yaml", directory)
    return directory


@pytest.fixture
def settings(tmp_path, database_url, municipalities_dir) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database_url,
        admin_password="admin-lösenord-för-test",
        municipalities_dir=municipalities_dir,
    )


# API keys: one per role for "default", and two more for the tenant tests
KEYS = {
    **{role.value: (role.value, ["default"]) for role in Role},
    "lund": (Role.INTEGRATION.value, ["lund"]),
    "joint": (Role.INTEGRATION.value, ["default", "lund"]),  # e.g. a joint on-call unit
}


@pytest.fixture
def running(settings, pipeline) -> Iterator[Running]:
    app = create_app(settings, loader=lambda: pipeline)
    with TestClient(app, base_url="https://testserver") as client:
        services: Services = app.state.services
        assert services.models.settled.wait(30), "the model never loaded"
        keys = {}
        for name, (role, municipalities) in KEYS.items():
            keys[name] = new_api_key()
            services.store.add_api_key(
                f"test-{name}", hash_api_key(keys[name]), role, municipalities
            )
        for username, municipalities in STAFF.items():
            services.store.add_user(
                username, hash_password(STAFF_PASSWORD), Role.INTAKE.value, municipalities
            )
        yield Running(client, services, keys)


STAFF = {"handlaggare": ["default"], "lundahandlaggare": ["lund"], "jour": ["default", "lund"]}


@pytest.fixture
def live_url(running) -> Iterator[str]:
    """The test app on a real loopback port (``localhost``: a secure context for cookies)."""
    port = _free_port()
    config = uvicorn.Config(running.client.app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    server.config.lifespan = "off"  # the TestClient already ran start-up
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://localhost:{port}"
    server.should_exit = True
    thread.join(5)
