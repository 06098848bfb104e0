"""Crash safety: ``kill -9`` the real server while reviews are being written; after a restart
every review that got a success response is there, whole."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from live_service import LiveService, create_api_key, service_env  # noqa: E402

CASES, WRITERS = 240, 4
TEXT = "Skolan ringde om {n}: barnet har blåmärken och vill inte gå hem efter skolan."


def make_cases(client: httpx.Client) -> list[str]:
    ids = []
    for start in range(0, CASES, 80):
        batch = {"referrals": [{"text": TEXT.format(n=n)} for n in range(start, start + 80)]}
        response = client.post("/api/v1/referrals/batch", json=batch)
        assert response.status_code == 200 and not response.json()["errors"]
        ids += [case["case_id"] for case in response.json()["results"]]
    return ids


def decision(case_id: str, n: int) -> dict:
    if n % 2:
        return {"decision": "accept", "reviewer": f"Handläggare {n}"}
    reason = f"Känd familj, stöd finns ({case_id[:8]})."
    return {"decision": "override", "urgency": "normal", "reason": reason}


def review_until_killed(url: str, key: str, case_ids: list[str], acked: dict, lock) -> None:
    """Review the cases one after another; record each that was answered 200."""
    with httpx.Client(base_url=url, headers={"X-API-Key": key}, timeout=10) as client:
        for n, case_id in enumerate(case_ids):
            body = decision(case_id, n)
            try:
                response = client.post(f"/api/v1/cases/{case_id}/review", json=body)
            except httpx.HTTPError:  # the server is gone
                return
            if response.status_code == 200:
                with lock:
                    acked[case_id] = (body, response.json()["review"])


def test_every_acknowledged_review_survives_kill_9(tmp_path, database_url, model_dir):
    env = service_env(tmp_path, database_url, str(model_dir))
    key = create_api_key(env, "crash")
    acked: dict[str, tuple[dict, dict]] = {}
    lock = threading.Lock()
    server = LiveService(env, log=tmp_path / "serve.log").start()
    try:
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as c:
            case_ids = make_cases(c)
        writers = [
            threading.Thread(
                target=review_until_killed,
                args=(server.url, key, case_ids[n::WRITERS], acked, lock),
            )
            for n in range(WRITERS)
        ]
        for writer in writers:
            writer.start()
        while len(acked) < CASES // 4 and any(w.is_alive() for w in writers):
            time.sleep(0.01)
        server.kill()  # mid-flight: writers are still posting
        for writer in writers:
            writer.join(15)
    finally:
        server.stop()
    assert CASES // 4 <= len(acked) < CASES, "the kill did not land mid-flight"

    # reading cases and recording reviews need the database, not the model: no waiting for it
    restarted = LiveService(env, log=tmp_path / "serve.log").start(until="/healthz")
    try:
        with httpx.Client(base_url=restarted.url, headers={"X-API-Key": key}, timeout=10) as c:
            cases = {i: c.get(f"/api/v1/cases/{i}").json() for i in case_ids}
            for case_id, (body, answered) in acked.items():
                review = cases[case_id]["review"]
                assert review == answered, f"the acknowledged review of {case_id} is lost"
                assert review["decision"] == body["decision"]
            # a review in flight may have landed unacknowledged, whole; never half of one
            landed = [case["review"] for case in cases.values() if case["review"]]
            assert len(landed) >= len(acked) and all(r["reviewer"] for r in landed)
            # and the database takes writes again
            pending = next(i for i, case in cases.items() if case["review"] is None)
            again = c.post(f"/api/v1/cases/{pending}/review", json={"decision": "accept"})
            assert again.status_code == 200
    finally:
        restarted.stop()
