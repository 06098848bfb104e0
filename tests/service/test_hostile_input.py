"""Hostile input: each a clear 4xx with a message, never a 500 or a hang, nothing written.

Faults (database down, model missing or corrupt) are in ``test_faults.py``.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from api.security import text_hash
from tests.service.test_api import REFERRAL
from tests.service.test_web import csrf, login, submit

REFERRALS, BATCH = "/api/v1/referrals", "/api/v1/referrals/batch"
MEGABYTE = ("Pappa slog Lisa igår och hon vill inte gå hem. " * 21_000)[:1_000_000]
UNICODE_BLANK = "\u00a0\u2003\u3000\u2028\n\t "  # no-break, em, ideographic space, ...


def nothing_written(running) -> bool:
    return running.services.store.counts() == {"cases": 0, "reviews": 0}


def send(running, path: str, body: bytes | object, role: str = "integration"):
    """POST ``body`` (bytes as they are, anything else as JSON) with an API key."""
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    headers = running.headers(role) | {"Content-Type": "application/json"}
    return running.client.post(path, content=raw, headers=headers)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        pytest.param({"text": MEGABYTE}, "at most 200000 characters", id="1MB-text"),
        pytest.param({"text": UNICODE_BLANK}, "text is empty", id="unicode-blank"),
        pytest.param({"text": ["hej"]}, "valid string", id="text-list"),
        pytest.param({"text": None}, "valid string", id="text-null"),
        pytest.param({"child_age": 9}, "Field required", id="text-missing"),
        pytest.param({"text": "hej", "child_age": "tio"}, "an integer 0-17", id="age-word"),
        pytest.param({"text": "hej", "child_age": True}, "an integer 0-17", id="age-bool"),
        pytest.param({"text": "hej", "child_age": "9"}, "an integer 0-17", id="age-string"),
        pytest.param({"text": "hej", "child_age": 9.5}, "valid integer", id="age-fraction"),
        pytest.param({"text": "hej", "reporter_type": 3}, "skola", id="reporter-number"),
        pytest.param({"text": "hej", "external_id": 42}, "valid string", id="external-id-number"),
        pytest.param({"text": "hej", "received_at": "igår"}, "datetime", id="received-word"),
        pytest.param(
            {"text": "hej", "received_at": "0001-01-01T00:00:00+01:00"},
            "between the years 1900 and 2199",
            id="received-year-1",
        ),
        pytest.param({"text": "hej", "municipality": "../lund"}, "pattern", id="municipality"),
        pytest.param({"text": "hej", "Text": "hej"}, "Extra inputs", id="unknown-field"),
        pytest.param([REFERRAL], "valid dictionary", id="body-list"),
        pytest.param("hej", "valid dictionary", id="body-string"),
        pytest.param(b"null", "valid dictionary", id="body-null"),
        pytest.param(b"", "Field required", id="body-empty"),
        pytest.param(b'{"text": "hej', "JSON decode error", id="body-truncated"),
        pytest.param(b'{"text": "hej\x00d\xc3\xa5"}', "JSON decode error", id="raw-NUL"),
        pytest.param(bytes(range(256)), "JSON decode error", id="binary"),
        pytest.param(b'{"text": "Pappa \\ud800 slog"}', "unicode", id="lone-surrogate"),
        pytest.param(b'{"text": "hej", "\\udfff": 1}', "unicode", id="surrogate-key"),
    ],
)
def test_hostile_referral_is_a_clear_422(running, body, fragment):
    response = send(running, REFERRALS, body)
    assert response.status_code == 422, response.text[:300]
    assert fragment in response.text
    assert nothing_written(running)


def test_a_refused_text_is_not_echoed_back(running):
    response = send(running, REFERRALS, {"text": MEGABYTE, "child_age": True})
    assert response.status_code == 422 and len(response.content) < 2_000
    assert "Pappa slog" not in response.text


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param('{"text": "Pappa slog Åsa, hon är rädd."}'.encode("latin-1"), id="latin-1"),
        pytest.param(b'{"text": "Pappa slog \xc3"}', id="cut-sequence"),
    ],
)
@pytest.mark.parametrize("path", [REFERRALS, BATCH, "/api/v1/cases/x/review"])
def test_invalid_utf8_body_is_a_clear_400_everywhere(running, path, raw):
    response = send(running, path, raw, role="admin")
    assert response.status_code == 400
    assert "error parsing the body" in response.json()["detail"]
    assert nothing_written(running)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        pytest.param({"referrals": REFERRAL}, "valid list", id="not-a-list"),
        pytest.param({"referrals": None}, "valid list", id="null"),
        pytest.param({"referrals": []}, "at least 1 item", id="empty"),
        pytest.param([REFERRAL], "valid dictionary", id="body-list"),
        pytest.param({"referrals": [REFERRAL], "urgent": True}, "Extra inputs", id="unknown"),
        pytest.param(
            {"referrals": [REFERRAL, REFERRAL | {"extra": 1}]}, "Extra inputs", id="item-unknown"
        ),
        pytest.param({"referrals": [REFERRAL, {"text": "hej\x00då"}]}, "NUL", id="item-NUL"),
        pytest.param({"referrals": [REFERRAL, {"text": MEGABYTE}]}, "200000", id="item-1MB"),
    ],
)
def test_hostile_batch_is_refused_whole_with_a_message(running, body, fragment):
    response = send(running, BATCH, body)
    assert response.status_code == 422, response.text[:300]
    assert fragment in response.text
    assert nothing_written(running)  # validation comes first: the good items are not stored


def test_the_bad_item_of_a_batch_is_named(running):
    body = {"referrals": [REFERRAL, {"text": "  "}, REFERRAL]}
    (error,) = send(running, BATCH, body).json()["detail"]
    assert error["loc"] == ["body", "referrals", 1, "text"]


@pytest.fixture
def case_url(running) -> str:
    response = send(running, REFERRALS, REFERRAL)
    assert response.status_code == 201
    return f"/api/v1/cases/{response.json()['case_id']}"


OVERRIDE = {"decision": "override", "urgency": "normal", "reason": "Stöd finns redan."}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        pytest.param({}, "decision", id="empty"),
        pytest.param({"decision": 1}, "decision", id="decision-number"),
        pytest.param({"decision": "kanske"}, "accept", id="decision-unknown"),
        pytest.param(OVERRIDE | {"urgency": "jätteakut"}, "akut", id="urgency-unknown"),
        pytest.param(OVERRIDE | {"risk_factors": "vald"}, "valid list", id="factors-string"),
        pytest.param(OVERRIDE | {"reason": MEGABYTE}, "2000", id="reason-1MB"),
        pytest.param(OVERRIDE | {"reason": UNICODE_BLANK}, "pattern", id="reason-blank"),
        pytest.param({"decision": "accept", "urgency": "akut"}, "Extra inputs", id="unknown"),
        pytest.param([{"decision": "accept"}], "valid dictionary", id="body-list"),
    ],
)
def test_hostile_review_is_a_clear_422_and_records_nothing(running, case_url, body, fragment):
    response = send(running, f"{case_url}/review", body, role="intake")
    assert response.status_code == 422, response.text[:300]
    assert fragment in response.text
    assert running.services.store.counts()["reviews"] == 0


@pytest.mark.parametrize(
    "body",
    [{}, {"immediate_protection": "kanske"}, {"immediate_protection": True, "by": "x"}, [True]],
    ids=["empty", "word", "unknown-field", "list"],
)
def test_hostile_protection_assessment_is_a_422(running, case_url, body):
    response = send(running, f"{case_url}/protection-assessment", body, role="intake")
    assert response.status_code == 422 and response.json()["detail"]
    case = running.client.get(case_url, headers=running.headers("intake")).json()
    assert case["protection_assessment"] is None


# the web form: a Swedish message on the form, what was typed kept, nothing stored
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"text": "Pappa slog\x00 Lisa."}, "otillåtna tecken", id="NUL"),
        pytest.param({"text": UNICODE_BLANK}, "Skriv in anmälans text", id="unicode-blank"),
        pytest.param({"text": "x" * 200_001}, "för lång", id="over-limit"),
        pytest.param({"child_age": "-1"}, "Barnets ålder", id="age-negative"),
        pytest.param({"child_age": "9.5"}, "Barnets ålder", id="age-fraction"),
        pytest.param({"received_at": "igår"}, "Ogiltig tidpunkt", id="received-word"),
        pytest.param({"received_at": "0001-01-01T00:30"}, "Ogiltig tidpunkt", id="received-year-1"),
        pytest.param({"reporter_type": "granne"}, "kontrollera fälten", id="reporter-unknown"),
        pytest.param({"municipality": "../lund"}, "kontrollera fälten", id="municipality"),
    ],
)
def test_hostile_web_form_input_is_explained(running, fields, message):
    login(running.client)
    response = submit(running.client, **fields)
    assert response.status_code == 422
    assert message in response.text
    assert nothing_written(running)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"reason": "Stöd finns.\x00"}, "otillåtna tecken", id="NUL"),
        pytest.param({"reason": "x" * 2001}, "högst 2 000 tecken", id="too-long"),
        pytest.param({"reason": UNICODE_BLANK}, "Ange en motivering", id="blank"),
        pytest.param({"decision": "kanske"}, "Välj en ny brådskegrad", id="decision"),
        pytest.param({"urgency": "jätteakut"}, "Välj en ny brådskegrad", id="urgency"),
    ],
)
def test_hostile_web_decision_is_explained(running, fields, message):
    login(running.client)
    url = submit(running.client).headers["location"]
    token = csrf(running.client.get(url).text)
    data = {"decision": "override", "urgency": "normal", "reason": "Stöd finns."} | fields
    response = running.client.post(f"{url}/beslut", data=data | {"csrf_token": token})
    assert response.status_code == 422 and message in response.text
    assert running.services.store.counts()["reviews"] == 0


def test_a_megabyte_in_the_web_form_is_refused_clearly(running):
    login(running.client)
    response = submit(running.client, text=MEGABYTE)  # over the form parser's 1 MB
    assert response.status_code == 400
    assert "för stort" in response.text and "200 000 tecken" in response.text
    assert nothing_written(running)


def test_unknown_web_form_fields_are_ignored(running):
    login(running.client)
    response = submit(running.client, priority="hög")
    assert response.status_code == 303
    assert running.services.store.counts()["cases"] == 1


@pytest.mark.parametrize(
    ("raw", "read_as"),
    [("Åsa är rädd".encode("latin-1"), "Åsa är rädd"), (b"%FF%FEhej", "\ufffd\ufffdhej")],
    ids=["latin-1", "bad-escapes"],
)
def test_invalid_utf8_in_the_web_form_is_read_leniently(running, raw, read_as):
    """Browsers send UTF-8; anything else is read as Latin-1 or replaced, never a 500."""
    login(running.client)
    token = csrf(running.client.get("/ny").text)
    response = running.client.post(
        "/ny",
        content=f"csrf_token={token}&text=".encode() + raw,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    case = running.services.store.case(response.headers["location"].rsplit("/", 1)[1])
    assert case.text_hash == text_hash(running.services.cases.secret, read_as)


LOOPBACK = [
    (REFERRALS, json.dumps({"text": MEGABYTE}).encode(), 422),
    (BATCH, json.dumps({"referrals": [{"text": MEGABYTE}] * 3}).encode(), 422),
    (REFERRALS, '{"text": "Åsa"}'.encode("latin-1"), 400),
    (REFERRALS, b'{"text": "hej\x00"}', 422),
    (REFERRALS, b"[" * 200_000, 400),  # too deep for the JSON parser
    (BATCH, bytes(range(256)) * 4096, 422),  # 1 MB of binary
]


def test_hostile_bodies_over_a_real_socket_are_answered_at_once(running, live_url):
    """Through uvicorn's HTTP parser: each answer within seconds, the server still up."""
    headers = running.headers("integration") | {"Content-Type": "application/json"}
    with httpx.Client(base_url=live_url, headers=headers, timeout=10) as client:
        for path, raw, status in LOOPBACK:
            started = time.monotonic()
            response = client.post(path, content=raw)
            assert (response.status_code, path) == (status, path), response.text[:200]
            assert response.json()["detail"] and time.monotonic() - started < 5
        assert client.get("/healthz").status_code == 200
    assert nothing_written(running)
