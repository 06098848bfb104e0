"""The case-system API: auth per role, triage, idempotency, review, batch, model info."""

import pytest

REFERRAL = {
    "text": "Eleven Sara Lind, 9 år, berättade i morse att pappa slog henne med ett bälte igår. "
    "Hon har blåmärken på armen och vill inte gå hem. Mamma nås på 070-123 45 67.",
    "reporter_type": "skola",
    "child_age": 9,
}


def triage(running, role="integration", **extra):
    return running.client.post(
        "/api/v1/referrals", json=REFERRAL | extra, headers=running.headers(role)
    )


def test_health_endpoints_are_open(running):
    assert running.client.get("/healthz").json() == {"status": "ok"}
    ready = running.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["model"] == "ok"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/v1/referrals"),
        ("post", "/api/v1/referrals/batch"),
        ("get", "/api/v1/cases/abc"),
        ("post", "/api/v1/cases/abc/review"),
        ("get", "/api/v1/model"),
        ("post", "/api/v1/admin/reload-model"),
        ("get", "/metrics"),
        ("get", "/api/v1/openapi.json"),
    ],
)
def test_everything_else_needs_a_valid_key(running, method, path):
    missing = running.client.request(method, path, json={})
    invalid = running.client.request(method, path, json={}, headers={"X-API-Key": "trk_nope"})
    assert missing.status_code == 401 and "X-API-Key" in missing.json()["detail"]
    assert invalid.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"


def test_roles(running):
    client = running.client
    assert client.get("/metrics", headers=running.headers("integration")).status_code == 403
    assert client.get("/metrics", headers=running.headers("admin")).status_code == 200
    reload_as_intake = client.post("/api/v1/admin/reload-model", headers=running.headers("intake"))
    assert reload_as_intake.status_code == 403
    assert "admin" in reload_as_intake.json()["detail"]
    batch = {"referrals": [REFERRAL]}
    as_intake = client.post(
        "/api/v1/referrals/batch", json=batch, headers=running.headers("intake")
    )
    assert as_intake.status_code == 403
    for role in ("integration", "intake", "admin"):
        assert client.get("/api/v1/model", headers=running.headers(role)).status_code == 200


def test_the_openapi_document_is_for_key_holders_and_staff(running):
    schema = running.client.get("/api/v1/openapi.json", headers=running.headers("integration"))
    assert schema.status_code == 200 and "/api/v1/referrals" in schema.json()["paths"]
    assert running.client.get("/openapi.json").status_code == 404
    assert running.client.get("/docs").status_code == 404


def test_bearer_token_works_like_the_header(running):
    bearer = {"Authorization": f"Bearer {running.keys['admin']}"}
    assert running.client.get("/metrics", headers=bearer).status_code == 200


def test_revoked_key_is_refused(running):
    assert running.services.store.revoke_api_key("test-integration")
    assert triage(running).status_code == 401


def test_triage_returns_a_pseudonymised_suggestion_with_case_id_and_model_version(running):
    response = triage(running)
    assert response.status_code == 201
    body = response.json()
    assert body["created"] is True and len(body["case_id"]) == 32
    assert body["model_version"] == running.services.models.pipeline.model_version
    suggestion = body["suggestion"]
    assert suggestion["id"] == body["case_id"]
    assert suggestion["urgency"] in ("akut", "skyndsam", "normal")
    assert "Sara" not in suggestion["pseudonymized_text"]
    assert "070-123 45 67" not in response.text and "Lind" not in response.text
    assert body["status"] == "awaiting_review"
    assert body["deadlines"]["overdue"] is False


def test_raw_text_is_not_stored_only_its_keyed_hash(running):
    case_id = triage(running).json()["case_id"]
    case = running.services.store.case(case_id)
    assert "Sara" not in case.pseudonymized_text and "Sara" not in str(case.suggestion)
    assert len(case.text_hash) == 64 and REFERRAL["text"] not in str(vars(case))


def test_same_external_id_returns_the_same_case(running):
    first = triage(running, external_id="VIVA-2026-0042")
    second = triage(running, external_id="VIVA-2026-0042")
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["case_id"] == first.json()["case_id"]
    assert second.json()["created"] is False
    assert running.services.store.counts()["cases"] == 1
    other = triage(running, external_id="VIVA-2026-0043")
    assert other.json()["case_id"] != first.json()["case_id"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"text": ""}, "text is empty"),
        ({"text": "   \n "}, "text is empty"),
        ({"text": "hej\x00då"}, "NUL"),
        ({"text": "x" * 200_001}, "200000"),
        ({"text": 42}, "string"),
        ({"text": "hej", "child_age": "nio"}, "integer"),
        ({"text": "hej", "child_age": 30}, "17"),
        ({"text": "hej", "reporter_type": "granne"}, "skola"),
        ({"text": "hej", "oväntat": 1}, "Extra inputs"),
        ({"text": "hej", "received_at": "2026-11-24T09:00:00"}, "timezone"),
    ],
)
def test_invalid_referrals_get_a_clear_422(running, body, fragment):
    response = running.client.post(
        "/api/v1/referrals", json=body, headers=running.headers("integration")
    )
    assert response.status_code == 422
    assert fragment in response.text
    assert running.services.store.counts()["cases"] == 0


def test_invalid_utf8_body_is_a_clear_400(running):
    response = running.client.post(
        "/api/v1/referrals",
        content=b"\xff\xfe{not json",
        headers=running.headers("integration") | {"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert "error parsing the body" in response.json()["detail"].lower()


def test_review_accept_and_conflict(running):
    case_id = triage(running).json()["case_id"]
    url = f"/api/v1/cases/{case_id}/review"
    accepted = running.client.post(
        url,
        json={"decision": "accept", "reviewer": "Handläggare 7"},
        headers=running.headers("intake"),
    )
    assert accepted.status_code == 200
    review = accepted.json()["review"]
    assert review["agrees"] is True and review["reviewer"] == "key:test-intake/Handläggare 7"
    assert review["final_urgency"] == review["suggested_urgency"]
    assert accepted.json()["status"] == "reviewed"
    again = running.client.post(url, json={"decision": "accept"}, headers=running.headers("intake"))
    assert again.status_code == 409


def test_override_needs_a_reason_and_keeps_the_suggestion_beside_it(running):
    case = triage(running).json()
    url = f"/api/v1/cases/{case['case_id']}/review"
    headers = running.headers("intake")
    no_reason = {"decision": "override", "urgency": "normal", "route": "forsta_linjen"}
    assert running.client.post(url, json=no_reason, headers=headers).status_code == 422
    other = "normal" if case["suggestion"]["urgency"] != "normal" else "skyndsam"
    body = {"decision": "override", "urgency": other, "reason": "Känd familj, stöd finns redan."}
    review = running.client.post(url, json=body, headers=headers).json()["review"]
    assert review["final_urgency"] == other
    assert review["suggested_urgency"] == case["suggestion"]["urgency"]
    assert review["agrees"] is False and review["reason"] == body["reason"]


def test_akut_override_always_routes_to_utredning(running):
    case_id = triage(running).json()["case_id"]
    body = {"decision": "override", "urgency": "akut", "route": "forsta_linjen", "reason": "Akut."}
    review = running.client.post(
        f"/api/v1/cases/{case_id}/review", json=body, headers=running.headers("intake")
    ).json()["review"]
    assert review["final_urgency"] == "akut" and review["final_route"] == "utredning"


def test_get_case_and_unknown_case(running):
    case_id = triage(running).json()["case_id"]
    got = running.client.get(f"/api/v1/cases/{case_id}", headers=running.headers("integration"))
    assert got.status_code == 200 and got.json()["case_id"] == case_id
    missing = running.client.get("/api/v1/cases/nope", headers=running.headers("integration"))
    assert missing.status_code == 404


def test_batch_reports_bad_items_and_keeps_the_good_ones(running):
    batch = {"referrals": [REFERRAL, REFERRAL | {"external_id": "B-1"}]}
    response = running.client.post(
        "/api/v1/referrals/batch", json=batch, headers=running.headers("integration")
    )
    assert response.status_code == 200
    body = response.json()
    assert len(body["results"]) == 2 and body["errors"] == []
    assert body["model_version"]


def test_oversized_batch_is_refused_with_a_message(running):
    batch = {"referrals": [REFERRAL] * 101}
    response = running.client.post(
        "/api/v1/referrals/batch", json=batch, headers=running.headers("integration")
    )
    assert response.status_code == 422 and "at most 100 items" in response.text
    assert running.services.store.counts()["cases"] == 0


def test_metrics_count_suggestions_reviews_and_agreement(running):
    case_id = triage(running).json()["case_id"]
    running.client.post(
        f"/api/v1/cases/{case_id}/review",
        json={"decision": "accept"},
        headers=running.headers("intake"),
    )
    text = running.client.get("/metrics", headers=running.headers("admin")).text
    assert "triage_suggestions_total{" in text
    assert 'triage_reviews_total{decision="accept"} 1.0' in text
    assert 'triage_agreement_rate{municipality="default"} 1.0' in text
    assert 'route="/api/v1/referrals"' in text
    assert "triage_model_ready 1.0" in text


@pytest.mark.parametrize("extra", [{"external_id": "a\x00b"}, {"external_id": "rad\nbrytning"}])
def test_control_characters_in_identifiers_are_a_422(running, extra):
    assert triage(running, **extra).status_code == 422
    assert running.services.store.counts()["cases"] == 0


def test_nul_in_a_review_is_a_422(running):
    case_id = triage(running).json()["case_id"]
    url = f"/api/v1/cases/{case_id}/review"
    headers = running.headers("intake")
    bad_reason = {"decision": "override", "urgency": "normal", "reason": "ok\x00"}
    assert running.client.post(url, json=bad_reason, headers=headers).status_code == 422
    bad_reviewer = {"decision": "accept", "reviewer": "x\x00"}
    assert running.client.post(url, json=bad_reviewer, headers=headers).status_code == 422
    assert running.client.get(f"/api/v1/cases/{case_id}", headers=headers).json()["review"] is None
