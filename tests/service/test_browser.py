"""End to end in Debian's Chromium, driven by Playwright: the intake worker's whole errand."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.service.conftest import STAFF_PASSWORD
from tests.service.test_api import REFERRAL

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the closed network: no background connections, no component updates
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail("Chromium is missing: `apt-get install chromium` (Debian)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_login_triage_override_and_find_the_case(browser, live_url, running):
    page = browser.new_page()
    page.goto(f"{live_url}/arenden")
    assert page.url.startswith(f"{live_url}/login")
    # keyboard only: type, tab, enter (once the autofocus has landed, or keys are lost)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'username'")
    page.keyboard.type("handlaggare")
    page.keyboard.press("Tab")
    page.keyboard.type(STAFF_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/arenden")

    page.goto(f"{live_url}/ny")
    page.fill("#text", REFERRAL["text"])
    page.select_option("#reporter_type", "skola")
    page.fill("#child_age", "9")
    page.fill("#received_at", "2026-01-05T08:00")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(f"{live_url}/arenden/*")
    case_url = page.url

    assert page.locator(".badge").first.is_visible()
    assert page.locator("mark.ev .ev-label").count() > 0  # evidence, labelled in text
    assert page.locator(".pii").count() >= 2
    assert "Sara" not in page.content()

    page.select_option("#urgency", "normal")
    page.select_option("#route", "forsta_linjen")
    page.click("#override")  # no reason: the browser refuses to submit the form
    assert page.url == case_url and page.locator(".notice").count() == 0
    page.fill("#reason", "Familjen har redan stöd via familjecentralen.")
    page.click("#override")
    page.wait_for_url(f"{case_url}?sparat=beslut")
    assert page.locator(".notice").inner_text() == "Beslutet är sparat."
    assert "Ändrat" in page.locator('section[aria-labelledby="beslut"]').inner_text()

    page.goto(f"{live_url}/arenden")
    row = page.locator("tr", has=page.locator(f'a[href="{case_url[len(live_url) :]}"]'))
    assert "Granskad" in row.inner_text()
    assert "2026-01-19 08:00" in row.inner_text()  # förhandsbedömning: 14 days after receipt
