"""A running app per test on a fresh database, with an API key per role and staff accounts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.security import Role, hash_api_key, hash_password, new_api_key
from api.services import Services
from tests.service.postgres import SKIP_ENV, PostgresServer
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
def settings(tmp_path, database_url) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database_url,
        admin_password="admin-lösenord-för-test",
    )


@pytest.fixture
def running(settings, pipeline) -> Iterator[Running]:
    app = create_app(settings, loader=lambda: pipeline)
    with TestClient(app, base_url="https://testserver") as client:
        services: Services = app.state.services
        assert services.models.settled.wait(30), "the model never loaded"
        keys = {}
        for role in Role:
            keys[role.value] = new_api_key()
            services.store.add_api_key(f"test-{role.value}", hash_api_key(keys[role.value]), role)
        services.store.add_user("handlaggare", hash_password(STAFF_PASSWORD), Role.INTAKE.value)
        yield Running(client, services, keys)
