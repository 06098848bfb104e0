"""First run: with no champion, a default model is trained with the first-run options and
promoted (or the gate's refusal is raised); with one, nothing is trained. The gate itself
is tested in test_promotion_gate.py."""

import pytest
from mlflow import MlflowClient

from training import bootstrap, data, registry
from triage.settings import Settings, get_settings


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    # generated referrals only, so that the two first runs below stay small
    monkeypatch.setattr(data, "HANDWRITTEN_TRAIN", tmp_path / "absent.jsonl")
    get_settings.cache_clear()
    yield Settings(data_dir=tmp_path)
    get_settings.cache_clear()


def _versions(client: MlflowClient) -> list[str]:
    return sorted(v.version for v in client.search_model_versions(f"name='{registry.MODEL_NAME}'"))


def _promote_challenger() -> tuple[bool, list[str]]:
    version = MlflowClient().get_model_version_by_alias(registry.MODEL_NAME, registry.CHALLENGER)
    registry.set_alias(registry.CHAMPION, version.version)
    return True, []


def test_first_run_trains_promotes_and_then_leaves_the_champion_alone(settings, monkeypatch):
    refusal = (False, ["akut recall 0.900 is below the floor 0.95"])
    monkeypatch.setattr(bootstrap, "promote", lambda: refusal)
    with pytest.raises(RuntimeError, match="promotion gate: akut recall 0.900"):
        bootstrap.ensure_champion(settings, corpus_size=400)
    client = MlflowClient()
    assert len(_versions(client)) == 1  # registered as challenger, not promoted

    monkeypatch.setattr(bootstrap, "promote", _promote_challenger)
    bootstrap.ensure_champion(settings, corpus_size=400)  # still no champion: trains again
    champion = client.get_model_version_by_alias(registry.MODEL_NAME, registry.CHAMPION)
    params = client.get_run(champion.run_id).data.params
    for option, value in bootstrap.FIRST_RUN_OPTIONS.items():
        assert params[f"option_{option}"] == str(value)
    assert len(_versions(client)) == 2

    bootstrap.ensure_champion(settings, corpus_size=400)  # a champion exists: nothing new
    assert len(_versions(client)) == 2
