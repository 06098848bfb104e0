"""The overview page: the shift to första linjen, per municipality and period, as figures,
an SVG chart and a CSV download."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from api.deps import ServicesDep
from api.routes.overview import csv_response, period, served
from api.routes.web import page
from api.web.chart import Bar, Segment, stacked_bars
from api.web.session import Staff
from triage.overview import Goal, Overview

router = APIRouter(include_in_schema=False)
GOAL_NAMES = {
    Goal.GOD_HALSA: "God hälsa",
    Goal.LYCKAS_I_SKOLAN: "Lyckas i skolan",
    Goal.TRYGGHET_I_HEMMET: "Trygghet i hemmet",
}


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, "Ange datum som ÅÅÅÅ-MM-DD.") from None


def _route_chart(figures: Overview):
    def bar(label: str, first: int, second: int) -> Bar:
        return Bar(
            label,
            [
                Segment("Första linjen", first, "seg-forsta"),
                Segment("Utredning", second, "seg-utredning"),
            ],
        )

    return stacked_bars(
        "Andel första linjen och utredning, föreslaget och beslutat",
        [
            bar("Föreslaget", figures.suggested_forsta_linjen, figures.suggested_utredning),
            bar("Beslutat", figures.decided_forsta_linjen, figures.decided_utredning),
        ],
    )


def _goal_chart(figures: Overview):
    bars = [
        Bar(
            GOAL_NAMES[goal],
            [
                Segment("Berörs", g.referrals, "seg-goal"),
                Segment("Berörs inte", figures.received - g.referrals, "seg-rest"),
            ],
        )
        for goal, g in figures.goals.items()
    ]
    return stacked_bars("Andel anmälningar som berör respektive mål", bars)


@router.get("/oversikt")
def overview_page(
    request: Request,
    actor: Staff,
    services: ServicesDep,
    kommun: str | None = None,
    fran: str | None = None,
    till: str | None = None,
):
    mine = [m for m in services.municipalities.values() if m.id in actor.municipalities]
    if not mine:
        raise HTTPException(403, "Ditt konto är inte knutet till någon kommun.")
    municipality = served(services, actor, kommun or mine[0].id)
    start, end = period(_date(fran), _date(till))
    figures = services.cases.overview(municipality, start, end)
    return page(
        request,
        "overview.html",
        figures=figures,
        municipalities=mine,
        current=services.municipalities[municipality],
        route_chart=_route_chart(figures),
        goal_chart=_goal_chart(figures),
        goal_names=GOAL_NAMES,
    )


@router.get("/oversikt.csv")
def overview_csv(
    actor: Staff,
    services: ServicesDep,
    kommun: str,
    fran: str | None = None,
    till: str | None = None,
) -> Response:
    start, end = period(_date(fran), _date(till))
    return csv_response(services.cases.overview(served(services, actor, kommun), start, end))
