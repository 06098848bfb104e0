"""The municipalities an API key serves and their overview figures (JSON and CSV)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import Response

from api.cases import Actor
from api.deps import AnyRole, ServicesDep
from api.schemas import ErrorOut, MunicipalityOut
from api.services import Services
from triage.cases import LOCAL_TIME
from triage.overview import Overview, csv_rows

router = APIRouter(prefix="/api/v1", tags=["api v1"])
PERIOD_ERRORS = {
    403: {"model": ErrorOut, "description": "The key does not serve this municipality."},
    422: {"description": "Invalid period."},
}


def period(start: date | None, end: date | None) -> tuple[date, date]:
    """``start``..``end`` (inclusive); default: this calendar year up to today."""
    today = datetime.now(LOCAL_TIME).date()
    end = end or today
    start = start or date(end.year, 1, 1)
    if start > end:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "start is after end")
    return start, end


def served(services: Services, actor: Actor, municipality: str) -> str:
    if municipality not in actor.municipalities or municipality not in services.municipalities:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, f"this credential does not serve {municipality!r}"
        )
    return municipality


def csv_response(figures: Overview) -> Response:
    """The figures as a ``metric,value`` CSV download named after municipality and period."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["metric", "value"])
    writer.writerows(csv_rows(figures))
    name = f"oversikt-{figures.municipality}-{figures.start}-{figures.end}.csv"
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/municipalities", response_model=list[MunicipalityOut])
def municipalities(actor: AnyRole, services: ServicesDep) -> list[MunicipalityOut]:
    """The municipalities this key serves."""
    return [
        MunicipalityOut(id=m.id, name=m.name, preliminary_days=m.deadlines.preliminary_days)
        for m in services.municipalities.values()
        if m.id in actor.municipalities
    ]


@router.get(
    "/municipalities/{municipality}/overview", response_model=Overview, responses=PERIOD_ERRORS
)
def overview(
    municipality: str,
    actor: AnyRole,
    services: ServicesDep,
    start: date | None = None,
    end: date | None = None,
) -> Overview:
    """Referrals received in the period: suggested and decided routes, override and agreement
    rates, median times to the protection assessment and the preliminary decision, overdue
    cases, and the risk factors grouped by the three shared goals."""
    first, last = period(start, end)
    return services.cases.overview(served(services, actor, municipality), first, last)


@router.get(
    "/municipalities/{municipality}/overview.csv",
    response_class=Response,
    responses={**PERIOD_ERRORS, 200: {"content": {"text/csv": {}}}},
)
def overview_csv(
    municipality: str,
    actor: AnyRole,
    services: ServicesDep,
    start: date | None = None,
    end: date | None = None,
) -> Response:
    """The same figures as CSV (``metric,value``)."""
    first, last = period(start, end)
    return csv_response(services.cases.overview(served(services, actor, municipality), first, last))
