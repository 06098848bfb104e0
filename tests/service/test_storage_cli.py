"""Accounts, keys and the review export from the command line; migrations match the tables."""

import io
import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from api import cli
from api.security import hash_api_key, verify_password
from api.storage.repository import Store
from api.storage.tables import Base
from triage.settings import get_settings


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("TRIAGE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def store() -> Store:
    return Store.open(get_settings().sqlalchemy_url())


def test_create_user_hashes_the_password(env, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("ett-långt-lösenord\n"))
    assert cli.main(["create-user", "lisa", "--role", "intake"]) == 0
    user = store().user("lisa")
    assert user.role == "intake" and "ett-långt-lösenord" not in user.password_hash
    assert verify_password("ett-långt-lösenord", user.password_hash)
    assert not verify_password("fel", user.password_hash)
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert cli.main(["create-user", "kalle"]) == 2
    assert "at least 12" in capsys.readouterr().err


def test_create_api_key_prints_it_once_and_keeps_the_hash(env, capsys):
    assert cli.main(["create-api-key", "viva", "--role", "integration"]) == 0
    key = capsys.readouterr().out.strip()
    assert key.startswith("trk_") and len(key) > 40
    assert store().api_key(hash_api_key(key)).name == "viva"
    assert cli.main(["create-api-key", "viva"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_export_reviews_writes_training_records(running, env, capsys, monkeypatch):
    headers = running.headers("intake")
    text = "Pappa slog Lisa, 6 år, igår. Hon har blåmärken och är rädd att gå hem."
    for n, decision in enumerate(
        [{"decision": "accept"}, {"decision": "override", "urgency": "normal", "reason": "Känd."}]
    ):
        case = running.client.post(
            "/api/v1/referrals", json={"text": f"{text} ({n})"}, headers=headers
        ).json()
        running.client.post(
            f"/api/v1/cases/{case['case_id']}/review", json=decision, headers=headers
        )
    running.client.post("/api/v1/referrals", json={"text": text}, headers=headers)  # unreviewed
    monkeypatch.setenv("DATABASE_URL", running.services.settings.sqlalchemy_url())
    get_settings.cache_clear()
    out = env / "reviewed.jsonl"
    assert cli.main(["export-reviews", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 2 and "exported 2" in capsys.readouterr().err
    assert records[1]["urgency"] == "normal"
    assert all("Lisa" not in r["text"] and r["pii"] == [] for r in records)
    from triage.schema import Referral

    for record in records:
        Referral.model_validate(record)  # ready for `triage train`


def test_migrations_create_exactly_the_tables_the_code_uses(tmp_path):
    engine = Store.open(f"sqlite:///{tmp_path / 'm.db'}").sessions.kw["bind"]
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
