"""Faults: the database down or the model missing or corrupt is a 503 with a message, never
a 500 or a crash, and nothing is half-written."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event
from sqlalchemy.exc import OperationalError

from api.app import create_app
from api.security import hash_api_key
from api.storage.database import session_factory
from tests.service.postgres import _free_port
from tests.service.test_api import REFERRAL
from tests.service.test_web import csrf, login, submit
from triage.settings import Settings

REFERRALS, BATCH = "/api/v1/referrals", "/api/v1/referrals/batch"


class Outage:
    """Points the running service at a database of the same kind that does not answer."""

    def __init__(self, running, dead_url: str) -> None:
        self.store, self.live = running.services.store, running.services.store.sessions
        self.dead = create_engine(dead_url)

    def begin(self) -> None:
        self.store.sessions = session_factory(self.dead)

    def end(self) -> None:
        self.store.sessions = self.live


@pytest.fixture
def outage(running, database_url, tmp_path) -> Iterator[Outage]:
    if database_url.startswith("sqlite"):  # a file in a folder that is gone
        dead = f"sqlite:///{tmp_path / 'gone' / 'triage.db'}"
    else:  # a PostgreSQL port nobody listens on: a stopped server
        dead = f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/triage"
    fault = Outage(running, dead)
    yield fault
    fault.end()
    fault.dead.dispose()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", REFERRALS, REFERRAL),
        ("post", BATCH, {"referrals": [REFERRAL]}),
        ("get", "/api/v1/cases/abc", None),
        ("post", "/api/v1/cases/abc/review", {"decision": "accept"}),
        ("post", "/api/v1/cases/abc/protection-assessment", {"immediate_protection": False}),
        ("get", "/api/v1/model", None),
        ("get", "/metrics", None),
    ],
)
def test_database_down_is_a_503_with_a_message(running, outage, method, path, body):
    outage.begin()
    response = running.client.request(method, path, json=body, headers=running.headers("admin"))
    assert response.status_code == 503
    assert response.json()["detail"] == "the database is unavailable; try again in a moment"
    assert response.headers["retry-after"] == "5"
    outage.end()
    assert running.services.store.counts() == {"cases": 0, "reviews": 0}


def test_health_tells_the_database_is_down_and_service_recovers_by_itself(running, outage):
    outage.begin()
    assert running.client.get("/healthz").status_code == 200
    ready = running.client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["database"] == "OperationalError"
    outage.end()
    assert running.client.get("/readyz").status_code == 200
    again = running.client.post(REFERRALS, json=REFERRAL, headers=running.headers("integration"))
    assert again.status_code == 201


def test_web_form_with_the_database_down_says_so_in_swedish(running, outage):
    login(running.client)
    token = csrf(running.client.get("/ny").text)
    outage.begin()
    listing = running.client.get("/arenden")
    assert listing.status_code == 503 and "Databasen svarar inte" in listing.text
    data = {"text": REFERRAL["text"], "csrf_token": token}
    posted = running.client.post("/ny", data=data, follow_redirects=False)
    assert posted.status_code == 503 and "Databasen svarar inte" in posted.text
    outage.end()
    assert running.services.store.counts()["cases"] == 0


@contextmanager
def failing_inserts(running, table: str, after: int = 0) -> Iterator[None]:
    """Inserts into ``table`` fail (disk I/O error) after the first ``after`` of them."""
    engine = running.services.store.sessions.kw["bind"]
    seen = []

    def fail(connection, cursor, statement, parameters, context, executemany):
        if statement.startswith(f"INSERT INTO {table}"):
            seen.append(statement)
            if len(seen) > after:
                raise OperationalError(statement, None, OSError("disk I/O error"))

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", fail)


def test_a_failed_case_write_is_a_503_and_leaves_no_row(running):
    with failing_inserts(running, "cases"):
        response = running.client.post(
            REFERRALS, json=REFERRAL, headers=running.headers("integration")
        )
    assert response.status_code == 503
    assert running.services.store.counts()["cases"] == 0


def test_a_failed_review_write_is_a_503_and_the_case_stays_unreviewed(running):
    headers = running.headers("intake")
    case_id = running.client.post(REFERRALS, json=REFERRAL, headers=headers).json()["case_id"]
    url = f"/api/v1/cases/{case_id}"
    override = {"decision": "override", "urgency": "normal", "reason": "Stöd finns."}
    with failing_inserts(running, "reviews"):
        failed = running.client.post(f"{url}/review", json=override, headers=headers)
    assert failed.status_code == 503
    assert running.client.get(url, headers=headers).json()["review"] is None
    retried = running.client.post(f"{url}/review", json=override, headers=headers)
    assert retried.status_code == 200 and retried.json()["review"]["reason"] == "Stöd finns."


def test_a_batch_cut_short_by_the_database_is_safe_to_send_again(running):
    """Each referral of a batch is stored on its own: after a 503 the case system sends the
    batch again, and the external ids make every referral a case exactly once."""
    batch = {"referrals": [REFERRAL | {"external_id": f"B-{n}"} for n in range(3)]}
    headers = running.headers("integration")
    with failing_inserts(running, "cases", after=1):
        cut = running.client.post(BATCH, json=batch, headers=headers)
    assert cut.status_code == 503
    assert running.services.store.counts()["cases"] == 1
    again = running.client.post(BATCH, json=batch, headers=headers).json()
    assert [r["created"] for r in again["results"]] == [False, True, True]
    assert running.services.store.counts()["cases"] == 3


# the model: missing or corrupt, the service stays up, not ready, and refuses with a 503
def _garbage(path: Path) -> None:
    for file in [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]:
        file.write_bytes(bytes(range(256)) * 4)


def _truncated(path: Path) -> None:
    for file in path.rglob("*"):
        if file.is_file() and file.suffix != ".json":
            file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])


DAMAGE = {
    "missing": lambda model: shutil.rmtree(model),
    "empty-folder": lambda model: [shutil.rmtree(model), model.mkdir()],
    "garbage-MLmodel": lambda model: _garbage(model / "MLmodel"),
    "garbage-files": lambda model: _garbage(model / "artifacts"),
    "truncated-classifier": lambda model: _truncated(model / "artifacts" / "classifier"),
}


@pytest.fixture(params=list(DAMAGE))
def broken_model(request, model_dir, tmp_path) -> str:
    model = tmp_path / "model"
    shutil.copytree(model_dir, model)
    DAMAGE[request.param](model)
    return str(model)


def test_without_a_usable_model_the_service_stays_up_and_refuses_with_503(
    tmp_path, municipalities_dir, broken_model
):
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'triage.db'}",
        model_uri=broken_model,
        admin_password="admin-lösenord-för-test",
        municipalities_dir=municipalities_dir,
    )
    app = create_app(settings)  # the real loader
    with TestClient(app, base_url="https://testserver") as client:
        services = app.state.services
        assert services.models.settled.wait(60)
        services.store.add_api_key("k", hash_api_key("trk_k"), "integration", ["default"])
        headers = {"X-API-Key": "trk_k"}
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "cannot load" in ready.json()["model"]
        for path, body in ((REFERRALS, REFERRAL), (BATCH, {"referrals": [REFERRAL]})):
            refused = client.post(path, json=body, headers=headers)
            assert refused.status_code == 503 and "cannot load" in refused.json()["detail"]
        assert client.get("/api/v1/model", headers=headers).status_code == 503
        login(client, "admin", "admin-lösenord-för-test")
        form = submit(client, municipality="default")
        assert form.status_code == 503 and "Ingen modell är laddad" in form.text
        assert services.store.counts()["cases"] == 0
