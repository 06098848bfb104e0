"""Several municipalities in one deployment: nobody sees another municipality's cases."""

from __future__ import annotations

import pytest

from tests.service.test_web import csrf, login

TEXT = "Skolan är orolig för {C}, som har mycket frånvaro och säger att det är bråk hemma."


def triage(running, key: str, **extra) -> dict:
    body = {"text": TEXT.format(C="Elin"), "child_age": 11, **extra}
    response = running.client.post("/api/v1/referrals", json=body, headers=running.headers(key))
    assert response.status_code == 201, response.text
    return response.json()


def signed_in(client, username: str) -> str:
    """Log ``username`` in; the session's CSRF token."""
    assert login(client, username).status_code == 303
    return csrf(client.get("/ny").text)


@pytest.fixture
def cases(running) -> dict[str, str]:
    """One case in each municipality, made by its own integration key."""
    return {
        "default": triage(running, "integration")["case_id"],
        "lund": triage(running, "lund")["case_id"],
    }


def test_a_case_belongs_to_the_keys_municipality(running, cases):
    case = running.client.get(f"/api/v1/cases/{cases['lund']}", headers=running.headers("lund"))
    assert case.status_code == 200 and case.json()["municipality"] == "lund"


def test_another_municipalitys_case_does_not_exist_for_a_key(running, cases):
    other = cases["lund"]
    headers = running.headers("integration")  # serves "default" only
    client = running.client
    assert client.get(f"/api/v1/cases/{other}", headers=headers).status_code == 404
    review = client.post(
        f"/api/v1/cases/{other}/review", json={"decision": "accept"}, headers=headers
    )
    assert review.status_code == 404
    protection = client.post(
        f"/api/v1/cases/{other}/protection-assessment",
        json={"immediate_protection": False},
        headers=headers,
    )
    assert protection.status_code == 404
    stored = running.services.store.case(other)
    assert stored.review is None and stored.protection_assessed_at is None  # nothing written


def test_overview_and_its_csv_only_for_served_municipalities(running, cases):
    client = running.client
    for path in ("overview", "overview.csv"):
        url = f"/api/v1/municipalities/lund/{path}"
        assert client.get(url, headers=running.headers("integration")).status_code == 403
        assert client.get(url, headers=running.headers("lund")).status_code == 200
    listed = client.get("/api/v1/municipalities", headers=running.headers("lund")).json()
    assert [m["id"] for m in listed] == ["lund"]


def test_a_key_cannot_file_a_case_in_a_municipality_it_does_not_serve(running):
    response = running.client.post(
        "/api/v1/referrals",
        json={"text": TEXT.format(C="Ali"), "municipality": "lund"},
        headers=running.headers("integration"),
    )
    assert response.status_code == 403 and "lund" in response.json()["detail"]
    assert running.services.store.counts(["default", "lund"])["cases"] == 0


def test_a_joint_unit_serves_several_and_must_say_which(running, cases):
    client, headers = running.client, running.headers("joint")
    unclear = client.post("/api/v1/referrals", json={"text": TEXT.format(C="Bo")}, headers=headers)
    assert unclear.status_code == 422 and "municipality" in unclear.json()["detail"]
    made = triage(running, "joint", municipality="lund")
    assert made["municipality"] == "lund"
    for case_id in cases.values():
        assert client.get(f"/api/v1/cases/{case_id}", headers=headers).status_code == 200


def test_batch_reports_items_for_other_municipalities_and_keeps_the_rest(running):
    body = {
        "referrals": [
            {"text": TEXT.format(C="Ida")},
            {"text": TEXT.format(C="Sam"), "municipality": "lund"},
        ]
    }
    response = running.client.post(
        "/api/v1/referrals/batch", json=body, headers=running.headers("integration")
    )
    assert response.status_code == 200
    result = response.json()
    assert len(result["results"]) == 1 and result["errors"][0]["index"] == 1


def test_external_ids_are_per_municipality(running):
    first = triage(running, "integration", external_id="ÄRENDE-1")
    second = triage(running, "lund", external_id="ÄRENDE-1")
    assert first["case_id"] != second["case_id"]


def test_staff_see_only_their_municipalitys_cases_in_the_web_form(running, cases):
    client = running.client
    token = signed_in(client, "handlaggare")  # serves "default"
    listing = client.get("/arenden").text
    assert cases["default"][:8] in listing and cases["lund"][:8] not in listing
    other = cases["lund"]
    assert client.get(f"/arenden/{other}").status_code == 404
    decided = client.post(
        f"/arenden/{other}/beslut",
        data={"decision": "accept", "csrf_token": token},
        follow_redirects=False,
    )
    assert decided.status_code == 404
    protected = client.post(
        f"/arenden/{other}/skydd",
        data={"immediate_protection": "nej", "csrf_token": token},
        follow_redirects=False,
    )
    assert protected.status_code == 404
    assert running.services.store.case(other).review is None
    assert client.get("/oversikt?kommun=lund").status_code == 403
    assert client.get("/oversikt.csv?kommun=lund").status_code == 403
    assert client.get("/oversikt?kommun=default").status_code == 200


def test_a_joint_on_call_account_sees_both_and_chooses_the_municipality(running, cases):
    client = running.client
    token = signed_in(client, "jour")
    listing = client.get("/arenden").text
    assert cases["default"][:8] in listing and cases["lund"][:8] in listing
    form = client.get("/ny").text
    assert 'name="municipality"' in form and "Lunds kommun" in form
    missing = client.post("/ny", data={"text": TEXT.format(C="Liv"), "csrf_token": token})
    assert missing.status_code == 422 and "Välj vilken kommun" in missing.text
    made = client.post(
        "/ny",
        data={"text": TEXT.format(C="Liv"), "municipality": "lund", "csrf_token": token},
        follow_redirects=False,
    )
    assert made.status_code == 303
    case_id = made.headers["location"].rsplit("/", 1)[-1]
    assert running.services.store.case(case_id).municipality == "lund"


# every route that takes a case id, and the test above that proves it keeps tenants apart
CASE_ROUTES = {
    ("GET", "/api/v1/cases/{case_id}"),
    ("POST", "/api/v1/cases/{case_id}/review"),
    ("POST", "/api/v1/cases/{case_id}/protection-assessment"),
    ("GET", "/arenden/{case_id}"),
    ("POST", "/arenden/{case_id}/beslut"),
    ("POST", "/arenden/{case_id}/skydd"),
}


def endpoints(routes) -> set[tuple[str, str]]:
    """(method, path) of every endpoint, also inside included routers."""
    found = set()
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI's wrapper of an included router
            found |= endpoints(route.original_router.routes)
        for method in getattr(route, "methods", None) or ():
            found.add((method, route.path))
    return found


def test_every_case_route_is_covered_by_the_isolation_tests(running):
    routes = {
        (method, path)
        for method, path in endpoints(running.client.app.routes)
        if "{case_id}" in path and method != "HEAD"
    }
    assert routes == CASE_ROUTES, "a new case route needs a tenant-isolation test above"
