"""The staff web form: login, CSRF, a referral in, evidence shown, a decision recorded."""

import re

from tests.service.conftest import STAFF_PASSWORD
from tests.service.test_api import REFERRAL


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(client, username="handlaggare", password=STAFF_PASSWORD):
    token = csrf(client.get("/login").text)
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )


def submit(client, **fields):
    token = csrf(client.get("/ny").text)
    data = {"text": REFERRAL["text"], "reporter_type": "skola", "child_age": "9"} | fields
    return client.post("/ny", data=data | {"csrf_token": token}, follow_redirects=False)


def test_pages_need_a_login(running):
    response = running.client.get("/arenden", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=/arenden"


def test_wrong_password_is_refused(running):
    response = login(running.client, password="fel")
    assert response.status_code == 401 and "Fel användarnamn eller lösenord" in response.text


def test_session_cookie_is_secure_http_only_and_strict(running):
    response = login(running.client)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie


def test_posts_without_the_csrf_token_are_refused(running):
    login(running.client)
    response = running.client.post("/ny", data={"text": REFERRAL["text"], "csrf_token": "x"})
    assert response.status_code == 403 and "Formuläret har gått ut" in response.text
    assert running.services.store.counts()["cases"] == 0


def test_referral_to_decision(running):
    client = running.client
    login(client)
    created = submit(client)
    assert created.status_code == 303
    case_url = created.headers["location"]
    page = client.get(case_url).text
    assert 'lang="sv"' in page and "Förslag" in page
    assert "Sara" not in page and "070-123 45 67" not in page
    assert '<span class="pii"' in page and "[PERSON_1]" in page
    assert '<mark class="ev ev-' in page and 'class="ev-label"' in page
    assert "Godkänn förslaget" in page and "<kbd>G</kbd>" in page
    # an override without a reason keeps what was typed and says why
    override = {"decision": "override", "urgency": "normal", "route": "forsta_linjen"}
    override["csrf_token"] = csrf(page)
    refused = client.post(f"{case_url}/beslut", data=override | {"reason": " "})
    assert refused.status_code == 422 and "Ange en motivering" in refused.text
    done = client.post(
        f"{case_url}/beslut",
        data=override | {"reason": "Familjen har redan stöd."},
        follow_redirects=False,
    )
    assert done.status_code == 303
    page = client.get(done.headers["location"]).text
    assert "Beslutet är sparat" in page and "Ändrat</strong> av handlaggare" in page
    assert "Familjen har redan stöd." in page
    review = running.services.store.case(case_url.rsplit("/", 1)[1]).review
    assert review.reviewer == "handlaggare" and review.final_urgency == "normal"


def test_an_override_corrects_the_risk_factors(running):
    client = running.client
    login(client)
    case_url = submit(client).headers["location"]
    page = client.get(case_url).text
    case = running.services.store.case(case_url.rsplit("/", 1)[1])
    suggested = case.suggestion["risk_factors"]
    assert suggested and all(f'value="{f}" checked' in page for f in suggested)
    data = {"decision": "override", "reason": "Skolfrånvaro, inget våld.", "factors_shown": "1"}
    data |= {"risk_factors": ["skolfranvaro"], "csrf_token": csrf(page)}
    done = client.post(f"{case_url}/beslut", data=data, follow_redirects=False)
    assert done.status_code == 303
    review = running.services.store.case(case.id).review
    assert review.final_risk_factors == ["skolfranvaro"]
    assert review.final_urgency == case.urgency  # only the factors were changed
    assert "Riskfaktorer</th>" in client.get(case_url).text


def test_an_override_may_clear_every_risk_factor(running):
    client = running.client
    login(client)
    case_url = submit(client).headers["location"]
    data = {"decision": "override", "reason": "Inga riskfaktorer.", "factors_shown": "1"}
    data |= {"urgency": "normal", "csrf_token": csrf(client.get(case_url).text)}
    assert client.post(f"{case_url}/beslut", data=data).status_code == 200
    review = running.services.store.case(case_url.rsplit("/", 1)[1]).review
    assert review.final_risk_factors == [] and review.final_urgency == "normal"


def test_bad_input_keeps_the_text_and_explains(running):
    login(running.client)
    response = submit(running.client, child_age="nio")
    assert response.status_code == 422
    assert "Barnets ålder ska vara ett heltal" in response.text
    assert "pappa slog henne med ett bälte" in response.text  # nothing typed is lost
    empty = submit(running.client, text="   ")
    assert empty.status_code == 422 and "Skriv in anmälans text" in empty.text


def test_user_text_is_escaped(running):
    login(running.client)
    created = submit(running.client, text="<script>alert(1)</script> Pappa slog Lisa igår.")
    page = running.client.get(created.headers["location"]).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_case_list_shows_deadlines_and_overdue_cases(running):
    login(running.client)
    submit(running.client, received_at="2026-01-05T08:00")
    submit(running.client)
    page = running.client.get("/arenden").text
    assert page.count("Väntar på granskning") == 2
    assert page.count('class="overdue"') == 1 and "Försenad" in page
    assert "2026-01-05 23:59" in page and "2026-01-19 08:00" in page


def test_admin_page_is_for_admins(running):
    login(running.client)
    assert running.client.get("/admin").status_code == 403
    running.client.post("/logout", data={"csrf_token": csrf(running.client.get("/ny").text)})
    login(running.client, "admin", "admin-lösenord-för-test")
    page = running.client.get("/admin").text
    assert "Överensstämmelse" in page and "Inga granskningar ännu" in page


def test_password_guessing_is_locked_out(running):
    for _ in range(5):
        assert login(running.client, password="gissning").status_code == 401
    locked = login(running.client)  # even the right password, for five minutes
    assert locked.status_code == 429 and "För många misslyckade inloggningar" in locked.text
    assert login(running.client, "admin", "admin-lösenord-för-test").status_code == 303


def test_nul_in_the_login_or_the_reason_is_refused_cleanly(running):
    assert login(running.client, username="hand\x00laggare").status_code == 401
    login(running.client)
    case_url = submit(running.client).headers["location"]
    token = csrf(running.client.get(case_url).text)
    data = {"decision": "override", "urgency": "normal", "reason": "a\x00", "csrf_token": token}
    assert running.client.post(f"{case_url}/beslut", data=data).status_code == 422
