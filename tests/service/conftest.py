"""A running app per test on a fresh database, with an API key per role and staff accounts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.security import Role, hash_api_key, hash_password, new_api_key
from api.services import Services
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


@pytest.fixture
def database_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'triage.db'}"


@pytest.fixture
def settings(tmp_path, database_url) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database_url,
        admin_password="admin-lösenord-för-test",
        max_batch=5,
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
