"""The overview on a seeded database, against figures computed independently here."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest

from api.storage.tables import Case, Review
from tests.service.test_tenants import signed_in
from triage.cases import LOCAL_TIME
from triage.schema import RiskFactor as F
from triage.schema import Route

SWEDEN = LOCAL_TIME
FL, UT = "forsta_linjen", "utredning"
PERIOD = "start=2026-03-01&end=2026-03-31"


@dataclass
class Seed:
    received: datetime  # Swedish time
    route: str
    factors: list[F]
    protection_hours: float | None = None  # recorded protection assessment
    decision: str | None = None  # accept / override
    final_route: str | None = None
    final_factors: list[F] | None = None
    urgency_changed: bool = False
    decided_days: float | None = None
    municipality: str = "lund"


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SWEDEN)


SEEDS = [
    # 00:30 Swedish time on 1 March is still 28 February in UTC: it belongs to March
    Seed(at(1, 0, 30), FL, [F.SKOLFRANVARO], 2, "accept", FL, None, False, 3),
    Seed(
        at(5, 10),
        FL,
        [F.PSYKISK_OHALSA_BARN, F.SKOLFRANVARO],
        None,
        "override",
        UT,
        [F.PSYKISK_OHALSA_BARN],
        False,
        10,
    ),
    Seed(
        at(10, 9),
        UT,
        [F.VALD_MOT_BARN],
        1,
        "override",
        UT,
        [F.VALD_MOT_BARN, F.VALD_I_NARA_RELATION],
        False,
        1,
    ),
    Seed(
        at(12, 14),
        UT,
        [F.MISSBRUK_VARDNADSHAVARE, F.FORSUMMELSE],
        30,
        "override",
        UT,
        None,
        True,
        16,
    ),
    Seed(at(20, 8), FL, [F.KONFLIKT_SEPARATION], 5),
    Seed(at(31, 23), FL, [F.EGET_MISSBRUK]),
    # outside the period or the municipality
    Seed(at(1, 0, 30, month=4), FL, [F.SKOLFRANVARO]),
    Seed(at(28, 23, month=2), UT, [F.VALD_MOT_BARN]),
    Seed(at(15, 12), UT, [F.KRIMINALITET], municipality="default"),
]
IN_PERIOD = [s for s in SEEDS if s.municipality == "lund" and s.received.month == 3]


@pytest.fixture
def seeded(running, pipeline):
    """Cases and decisions with chosen times, written straight into the database."""
    template = pipeline.suggest("mall", "Skolan oroar sig för barnets frånvaro.")
    store = running.services.store
    for number, seed in enumerate(SEEDS):
        suggestion = template.model_copy(
            update={"id": f"c{number}", "route": Route(seed.route), "risk_factors": seed.factors}
        )
        store.add_case(
            Case(
                id=f"c{number}",
                municipality=seed.municipality,
                external_id=None,
                received_at=seed.received,
                created_by="seed",
                reporter_type=None,
                child_age=12,
                text_hash="0" * 64,
                pseudonymized_text=suggestion.pseudonymized_text,
                urgency="skyndsam",
                route=seed.route,
                needs_careful_review=False,
                model_version="seed",
                suggestion=suggestion.model_dump(mode="json"),
            )
        )
        if seed.protection_hours is not None:
            when = seed.received + timedelta(hours=seed.protection_hours)
            store.record_protection_assessment(f"c{number}", False, "seed", when)
        if seed.decision:
            final_factors = seed.final_factors or seed.factors
            store.add_review(
                Review(
                    case_id=f"c{number}",
                    decision=seed.decision,
                    suggested_urgency="skyndsam",
                    suggested_route=seed.route,
                    final_urgency="akut" if seed.urgency_changed else "skyndsam",
                    final_route=seed.final_route,
                    final_risk_factors=[f.value for f in final_factors],
                    agrees=not seed.urgency_changed and seed.final_route == seed.route,
                    reason="" if seed.decision == "accept" else "Bedömt annorlunda.",
                    reviewer="seed",
                    reviewed_at=seed.received + timedelta(days=seed.decided_days),
                )
            )
    return running


def expected() -> dict:
    """The figures, computed from the seed table by hand-written arithmetic."""
    decided = [s for s in IN_PERIOD if s.decision]
    protection_hours = []
    overdue_protection = overdue_preliminary = 0
    for s in IN_PERIOD:
        end_of_day = datetime.combine(s.received.date(), time(23, 59, 59), SWEDEN)
        hours = [h for h in (s.protection_hours, s.decided_days and s.decided_days * 24) if h]
        done = min(hours) if hours else None
        if done is not None:
            protection_hours.append(done)
        if done is None or s.received + timedelta(hours=done) > end_of_day:
            overdue_protection += 1
        if s.decided_days is None or s.decided_days > 14:
            overdue_preliminary += 1
    health = {F.PSYKISK_OHALSA_BARN, F.EGET_MISSBRUK, F.KRIMINALITET, F.BETEENDEPROBLEM}
    used = [set(s.final_factors or s.factors) if s.decision else set(s.factors) for s in IN_PERIOD]
    return {
        "received": len(IN_PERIOD),
        "suggested_forsta_linjen": sum(s.route == FL for s in IN_PERIOD),
        "decided": len(decided),
        "decided_forsta_linjen": sum(s.final_route == FL for s in decided),
        "override_rate": round(sum(s.decision == "override" for s in decided) / len(decided), 4),
        "agreement_rate": round(
            sum(not s.urgency_changed and s.final_route == s.route for s in decided) / len(decided),
            4,
        ),
        "median_hours_to_protection_assessment": round(statistics.median(protection_hours), 1),
        "median_days_to_preliminary_decision": statistics.median(s.decided_days for s in decided),
        "overdue_protection_assessment": overdue_protection,
        "overdue_preliminary_decision": overdue_preliminary,
        "god_halsa": sum(bool(factors & health) for factors in used),
        "lyckas_i_skolan": sum(F.SKOLFRANVARO in factors for factors in used),
        "trygghet_i_hemmet": sum(bool(factors - health - {F.SKOLFRANVARO}) for factors in used),
    }


def test_the_seed_is_what_the_figures_below_assume():
    want = expected()
    assert (want["received"], want["decided"], want["decided_forsta_linjen"]) == (6, 4, 1)
    assert want["median_hours_to_protection_assessment"] == 5.0  # 1, 2, 5, 30, 240 hours
    assert want["overdue_protection_assessment"] == 3  # late, decided late, never


def test_overview_api_matches_the_independent_figures(seeded):
    response = seeded.client.get(
        f"/api/v1/municipalities/lund/overview?{PERIOD}", headers=seeded.headers("lund")
    )
    assert response.status_code == 200, response.text
    got, want = response.json(), expected()
    for name in (
        "received",
        "suggested_forsta_linjen",
        "decided",
        "decided_forsta_linjen",
        "override_rate",
        "agreement_rate",
        "median_hours_to_protection_assessment",
        "median_days_to_preliminary_decision",
        "overdue_protection_assessment",
        "overdue_preliminary_decision",
    ):
        assert got[name] == pytest.approx(want[name]), name
    assert got["suggested_forsta_linjen_share"] == pytest.approx(4 / 6, abs=1e-4)
    for goal in ("god_halsa", "lyckas_i_skolan", "trygghet_i_hemmet"):
        assert got["goals"][goal]["referrals"] == want[goal], goal


def test_csv_export_carries_the_same_figures(seeded):
    response = seeded.client.get(
        f"/api/v1/municipalities/lund/overview.csv?{PERIOD}", headers=seeded.headers("lund")
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = dict(csv.reader(io.StringIO(response.text)))
    want = expected()
    assert rows["metric"] == "value"
    assert int(rows["received"]) == want["received"]
    assert float(rows["override_rate"]) == pytest.approx(want["override_rate"])
    assert int(rows["goal.lyckas_i_skolan.referrals"]) == want["lyckas_i_skolan"]
    assert int(rows["risk_factor.skolfranvaro"]) == 1


def test_overview_page_shows_the_figures_and_a_chart(seeded):
    client = seeded.client
    signed_in(client, "lundahandlaggare")
    page = client.get("/oversikt?kommun=lund&fran=2026-03-01&till=2026-03-31")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and 'role="img"' in html
    assert "Mottagna anmälningar</th><td>6</td>" in html
    assert "Lyckas i skolan" in html and "Ladda ner som CSV" in html
    download = client.get("/oversikt.csv?kommun=lund&fran=2026-03-01&till=2026-03-31")
    assert download.status_code == 200 and "received,6" in download.text


def test_an_empty_period_has_no_rates_rather_than_zero(seeded):
    response = seeded.client.get(
        "/api/v1/municipalities/lund/overview?start=2025-01-01&end=2025-01-31",
        headers=seeded.headers("lund"),
    )
    body = response.json()
    assert body["received"] == 0 and body["override_rate"] is None
    assert body["median_days_to_preliminary_decision"] is None


def test_a_period_that_ends_before_it_starts_is_refused(seeded):
    response = seeded.client.get(
        "/api/v1/municipalities/lund/overview?start=2026-04-01&end=2026-03-01",
        headers=seeded.headers("lund"),
    )
    assert response.status_code == 422
