"""Reloading the model after a promotion: atomic, and a failed load keeps the old model."""

import pytest

from api.model_holder import ModelHolder
from api.model_loader import ModelUnavailable
from api.security import hash_api_key
from triage.pipeline import Pipeline


class Versioned:
    """A classifier stand-in that only changes the version the pipeline reports."""

    def __init__(self, inner, version: str) -> None:
        self._inner, self.version = inner, version

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_admin_reload_swaps_in_the_newly_promoted_model(running, pipeline):
    holder = running.services.models
    newer = Pipeline(pipeline.pseudonymizer, Versioned(pipeline.classifier, "v2"), pipeline.policy)
    holder._loader = lambda: newer
    response = running.client.post("/api/v1/admin/reload-model", headers=running.headers("admin"))
    assert response.status_code == 200 and response.json()["model_version"].endswith(":v2")
    case = running.client.post(
        "/api/v1/referrals",
        json={"text": "Pappa slog Lisa igår."},
        headers=running.headers("admin"),
    ).json()
    assert case["model_version"].endswith(":v2")


def test_a_failed_reload_keeps_the_old_model_in_service(running):
    holder = running.services.models
    before = holder.pipeline

    def broken():
        raise OSError("the artifact store is unreachable")

    holder._loader = broken
    response = running.client.post("/api/v1/admin/reload-model", headers=running.headers("admin"))
    assert response.status_code == 503 and "unreachable" in response.json()["detail"]
    assert holder.pipeline is before
    assert running.client.get("/readyz").status_code == 200


def test_without_a_model_triage_is_a_503_and_not_ready():
    holder = ModelHolder(lambda: (_ for _ in ()).throw(ModelUnavailable("no champion yet")))
    with pytest.raises(ModelUnavailable):
        holder.load()
    assert not holder.ready and holder.settled.is_set()
    with pytest.raises(ModelUnavailable, match="no champion yet"):
        _ = holder.pipeline


def test_service_without_a_model_is_alive_not_ready_and_refuses_with_503(settings):
    from fastapi.testclient import TestClient

    from api.app import create_app

    def missing():
        raise ModelUnavailable("cannot load models:/triage@champion")

    app = create_app(settings, loader=missing)
    with TestClient(app, base_url="https://testserver") as client:
        app.state.services.models.settled.wait(10)
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "champion" in ready.json()["model"]
        store = app.state.services.store
        key = "trk_test-key-without-model"
        store.add_api_key("k", hash_api_key(key), "integration", ["default"])
        refused = client.post(
            "/api/v1/referrals", json={"text": "Pappa slog Lisa."}, headers={"X-API-Key": key}
        )
        assert refused.status_code == 503 and "champion" in refused.json()["detail"]
