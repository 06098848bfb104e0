"""The web form for intake staff (Swedish, server-rendered, works without JavaScript)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from api.cases import Actor, MunicipalityRequired, NotPermitted
from api.deps import ServicesDep
from api.model_loader import ModelUnavailable
from api.presenters import deadlines_out
from api.schemas import ReferralIn
from api.security import Role, verify_password
from api.services import Services
from api.storage.repository import AlreadyAssessed, ReviewExists
from api.storage.tables import Case
from api.web import highlight, labels
from api.web.session import Staff, check_csrf, csrf_token, log_in
from triage.cases import LOCAL_TIME, ReviewInput
from triage.errors import TextRejected
from triage.municipality import Municipality
from triage.suggestion import Suggestion

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent.parent / "web" / "templates")
TEMPLATES.env.globals.update(labels=labels, csrf_token=csrf_token, min_weight=highlight.MIN_WEIGHT)
TEMPLATES.env.filters["local"] = lambda moment: moment.astimezone(LOCAL_TIME).strftime(
    "%Y-%m-%d %H:%M"
)
router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]


def page(request: Request, name: str, code: int = 200, **context) -> HTMLResponse:
    user = request.session.get("user")
    context |= {"user": user, "role": request.session.get("role")}
    return TEMPLATES.TemplateResponse(request, name, context, status_code=code)


def see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=status.HTTP_303_SEE_OTHER)


@router.get("/")
def home() -> RedirectResponse:
    return see_other("/arenden")


@router.get("/login")
def login_form(request: Request, next: str = "/arenden"):
    return page(request, "login.html", next=_safe_next(next))


@router.post("/login")
def login(
    request: Request,
    username: Text,
    password: Text,
    services: ServicesDep,
    csrf_token: Text = "",
    next: Text = "/arenden",
):
    check_csrf(request, csrf_token)
    name = username.strip()
    if not name.isprintable():  # control characters are never part of a user name
        return page(request, "login.html", 401, error="Fel användarnamn eller lösenord.", next=next)
    if services.login_throttle.locked(name):
        message = "För många misslyckade inloggningar. Vänta fem minuter och försök igen."
        return page(request, "login.html", 429, error=message, next=next)
    user = services.store.user(name)
    if user is None or not user.active or not verify_password(password, user.password_hash):
        services.login_throttle.failed(name)
        return page(request, "login.html", 401, error="Fel användarnamn eller lösenord.", next=next)
    services.login_throttle.succeeded(name)
    log_in(request, user.username, user.role)
    return see_other(_safe_next(next))


def _safe_next(path: str) -> str:
    """Only local paths: no open redirect."""
    return path if path.startswith("/") and not path.startswith("//") else "/arenden"


@router.post("/logout")
def logout(request: Request, csrf_token: Text = ""):
    check_csrf(request, csrf_token)
    request.session.clear()
    return see_other("/login")


def _my_municipalities(services: Services, actor: Actor) -> list[Municipality]:
    return [m for m in services.municipalities.values() if m.id in actor.municipalities]


@router.get("/ny")
def new_referral(
    request: Request,
    actor: Staff,
    services: ServicesDep,
):
    now = datetime.now(LOCAL_TIME).strftime("%Y-%m-%dT%H:%M")
    return page(
        request,
        "new.html",
        form={"received_at": now},
        municipalities=_my_municipalities(services, actor),
    )


@router.post("/ny")
async def submit_referral(
    request: Request,
    actor: Staff,
    services: ServicesDep,
    text: Text = "",
    reporter_type: Text = "",
    child_age: Text = "",
    received_at: Text = "",
    municipality: Text = "",
    csrf_token: Text = "",
):
    check_csrf(request, csrf_token)
    form = {
        "text": text,
        "reporter_type": reporter_type,
        "child_age": child_age,
        "received_at": received_at,
        "municipality": municipality,
    }
    retry = partial(
        page, request, "new.html", form=form, municipalities=_my_municipalities(services, actor)
    )
    try:
        referral = ReferralIn(
            text=text,
            reporter_type=reporter_type or None,
            child_age=int(child_age) if child_age.strip() else None,
            received_at=_local_time(received_at),
            municipality=municipality or None,
        )
        case, _ = await anyio.to_thread.run_sync(
            services.cases.triage, referral, actor, limiter=services.limiter
        )
    except (ValidationError, TextRejected, ValueError) as error:
        return retry(code=422, error=_swedish_error(error))
    except MunicipalityRequired:
        return retry(code=422, error="Välj vilken kommun anmälan gäller.")
    except NotPermitted:
        return retry(code=403, error="Du har inte behörighet för den kommunen.")
    except ModelUnavailable:
        message = "Ingen modell är laddad just nu. Försök igen om en stund."
        return retry(code=503, error=message)
    services.metrics.suggestions.labels(case.urgency, case.route).inc()
    return see_other(f"/arenden/{case.id}")


def _local_time(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=LOCAL_TIME).astimezone(UTC)
    except OverflowError as error:  # year 1 or 9999 moved across midnight UTC
        raise ValueError("received_at is out of range") from error


def _swedish_error(error: Exception) -> str:
    text = str(error)
    if "text is empty" in text or "empty" in text:
        return "Skriv in anmälans text."
    if "at most" in text or "too long" in text or "200000" in text:
        return "Texten är för lång för att bedömas här."
    if "child_age" in text or "invalid literal" in text:
        return "Barnets ålder ska vara ett heltal mellan 0 och 17."
    if "NUL" in text:
        return "Texten innehåller otillåtna tecken."
    if "isoformat" in text or "received_at" in text:
        return "Ogiltig tidpunkt för mottagandet."
    return "Anmälan kunde inte bedömas: kontrollera fälten."


@router.get("/arenden")
def case_list(
    request: Request,
    actor: Staff,
    services: ServicesDep,
):
    cases = services.store.recent_cases(actor.municipalities, 200)
    rows = [(case, deadlines_out(case, services.cases.deadlines(case))) for case in cases]
    names = {m.id: m.name for m in _my_municipalities(services, actor)}
    return page(request, "cases.html", rows=rows, names=names)


@router.get("/arenden/{case_id}")
def show_case(
    case_id: str,
    request: Request,
    actor: Staff,
    services: ServicesDep,
):
    case = _case_or_404(services, case_id, actor)
    saved = request.query_params.get("sparat")
    return render_case(request, services, case, saved=saved)


def _case_or_404(services: Services, case_id: str, actor: Actor) -> Case:
    """The case if it is one of the staff member's municipalities' (others do not exist)."""
    case = services.store.case(case_id)
    if case is None or not actor.sees(case):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Ärendet finns inte.")
    return case


def _require_admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN.value:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Sidan kräver administratörsbehörighet.")


def render_case(
    request: Request, services: Services, case: Case, code: int = 200, **context
) -> HTMLResponse:
    """The case with its suggestion, evidence marked in the text, and the decision form."""
    suggestion = Suggestion.model_validate(case.suggestion)
    marked = highlight.render(suggestion.pseudonymized_text, highlight.marks(suggestion))
    municipality = services.municipalities.get(case.municipality)
    return page(
        request,
        "case.html",
        code,
        case=case,
        s=suggestion,
        deadlines=deadlines_out(case, services.cases.deadlines(case)),
        marked=marked,
        municipality=municipality.name if municipality else case.municipality,
        **context,
    )


@router.post("/arenden/{case_id}/skydd")
def assess_protection(
    case_id: str,
    request: Request,
    actor: Staff,
    services: ServicesDep,
    immediate_protection: Text = "",
    csrf_token: Text = "",
):
    check_csrf(request, csrf_token)
    case = _case_or_404(services, case_id, actor)
    if immediate_protection not in ("ja", "nej"):
        message = "Ange om barnet behöver omedelbart skydd."
        return render_case(request, services, case, 422, protection_error=message)
    with contextlib.suppress(AlreadyAssessed):  # a second click changes nothing
        services.cases.assess_protection(case, immediate_protection == "ja", actor)
    return see_other(f"/arenden/{case_id}?sparat=skydd")


@router.post("/arenden/{case_id}/beslut")
def decide(
    case_id: str,
    request: Request,
    decision: Text,
    actor: Staff,
    services: ServicesDep,
    urgency: Text = "",
    route: Text = "",
    reason: Text = "",
    csrf_token: Text = "",
    risk_factors: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies defaults
    factors_shown: Text = "",
):
    check_csrf(request, csrf_token)
    case = _case_or_404(services, case_id, actor)
    override = decision == "override"
    try:
        review = ReviewInput(
            decision=decision,
            urgency=urgency or None if override else None,
            route=route or None if override else None,
            # the boxes were on the form: what is ticked is the answer, none ticked too
            risk_factors=risk_factors if override and factors_shown else None,
            reason=reason,
        )
        services.cases.review(case, review, actor)
    except ValidationError as error:
        form = {"urgency": urgency, "route": route, "reason": reason, "risk_factors": risk_factors}
        return render_case(request, services, case, 422, error=_decision_error(error), form=form)
    except ReviewExists:
        return see_other(f"/arenden/{case_id}")
    services.metrics.reviews.labels(decision).inc()
    if decision == "override":
        services.metrics.overrides.inc()
    services.refresh_agreement_metrics(case.municipality)
    return see_other(f"/arenden/{case_id}?sparat=beslut")


def _decision_error(error: ValidationError) -> str:
    text = str(error)
    if "NUL" in text:
        return "Motiveringen innehåller otillåtna tecken."
    if "at most" in text:
        return "Motiveringen får ha högst 2 000 tecken."
    if "reason" in text:
        return "Ange en motivering när du ändrar förslaget."
    return "Välj en ny brådskegrad eller ett nytt vägval, eller godkänn förslaget."


@router.get("/admin")
def admin_page(
    request: Request,
    actor: Staff,
    services: ServicesDep,
):
    _require_admin(actor)
    mine = _my_municipalities(services, actor)
    agreements = [(m, services.agreement(m.id)) for m in mine]
    model = services.models.pipeline.model_version if services.models.ready else None
    return page(
        request,
        "admin.html",
        agreements=agreements,
        counts=services.store.counts(actor.municipalities),
        model=model,
        model_error=services.models.error,
        loaded_at=services.models.loaded_at,
    )


@router.post("/admin/modell")
async def admin_reload(
    request: Request,
    actor: Staff,
    services: ServicesDep,
    csrf_token: Text = "",
):
    check_csrf(request, csrf_token)
    _require_admin(actor)
    # on failure the admin page shows the error and the old model stays in service
    with contextlib.suppress(ModelUnavailable):
        await anyio.to_thread.run_sync(services.models.load)
    return see_other("/admin")
