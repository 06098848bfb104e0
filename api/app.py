"""The FastAPI application: JSON API, web form, health. ``triage serve`` runs it."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from urllib.parse import quote

import anyio
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

import triage
from api.cases import CaseService
from api.deps import KeyOrStaff
from api.memory import limit_arenas, release_free_memory
from api.metrics import Metrics
from api.model_holder import ModelHolder, PipelineLoader
from api.model_loader import ModelUnavailable, load_pipeline
from api.routes import api_v1, health, overview, web, web_overview
from api.security import server_secret
from api.services import Services, ensure_first_admin
from api.storage.repository import Store
from api.threads import limit_blas_threads
from api.web.session import CsrfFailed, LoginRequired
from triage.municipality import load_municipalities
from triage.settings import Settings, get_settings

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "web" / "static"


def create_app(settings: Settings | None = None, loader: PipelineLoader | None = None) -> FastAPI:
    """The app; ``loader`` builds the pipeline (default: the MLflow registry's champion)."""
    settings = settings or get_settings()
    municipalities = load_municipalities(settings.municipalities_dir)  # fails early and clearly
    secret = server_secret(settings)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limit_arenas(settings.malloc_arenas)  # before the request threads start
        limit_blas_threads(settings.blas_threads)
        store = await anyio.to_thread.run_sync(Store.open, settings.sqlalchemy_url())
        await anyio.to_thread.run_sync(ensure_first_admin, store, settings, municipalities)
        models = ModelHolder(loader or partial(load_pipeline, settings))
        services = Services(
            settings=settings,
            municipalities=municipalities,
            store=store,
            models=models,
            cases=CaseService(store, models, secret, municipalities),
            metrics=metrics,
            limiter=anyio.CapacityLimiter(settings.inference_threads),
        )
        for municipality in municipalities:
            services.refresh_agreement_metrics(municipality)
        app.state.services = services
        # the model loads in the background: /healthz answers at once, /readyz when loaded
        threading.Thread(target=_load, args=(models, metrics), daemon=True).start()
        yield
        store.close()

    app = FastAPI(
        title="Triage assistant for Swedish child-welfare referrals",
        summary="Suggestions only: a social worker decides.",
        version=triage.__version__,
        lifespan=lifespan,
        openapi_url=None,  # served below, behind an API key or a staff login
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret.decode(),
        session_cookie="triage_session",
        max_age=settings.session_hours * 3600,
        same_site="strict",
        https_only=settings.cookie_secure,
    )

    @app.middleware("http")
    async def count_requests(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        template = getattr(route, "path", "unmatched")
        metrics.requests.labels(request.method, template, str(response.status_code)).inc()
        metrics.latency.labels(template).observe(time.perf_counter() - started)
        return response

    _add_web_error_pages(app)
    _add_database_unavailable(app)
    _add_invalid_request(app)

    @app.get("/api/v1/openapi.json", include_in_schema=False)
    def openapi(_: KeyOrStaff) -> dict:
        """The OpenAPI document, for case-system developers (any API key) and staff."""
        return app.openapi()

    app.include_router(health.router)
    app.include_router(api_v1.router)
    app.include_router(overview.router)
    app.include_router(web.router)
    app.include_router(web_overview.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _add_web_error_pages(app: FastAPI) -> None:
    """The web form answers in Swedish HTML; the API keeps FastAPI's JSON errors."""

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, error: LoginRequired):
        return RedirectResponse(f"/login?next={quote(error.next_path)}", status_code=303)

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, error: CsrfFailed):
        message = "Formuläret har gått ut. Ladda om sidan och försök igen."
        return web.page(request, "error.html", 403, title="Ogiltigt formulär", message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if request.url.path.startswith(JSON_PREFIXES):
            return await http_exception_handler(request, error)
        title = {403: "Åtkomst nekad", 404: "Sidan finns inte"}.get(error.status_code, "Fel")
        message = error.detail if error.status_code in (403, 404) else "Något gick fel."
        if error.status_code == 400:  # the form parser: over 1 MB, or not a form
            title, message = "Formuläret kunde inte läsas", FORM_UNREADABLE
        return web.page(request, "error.html", error.status_code, title=title, message=message)


def _add_database_unavailable(app: FastAPI) -> None:
    """The database down (refused, lost, unreadable, full): a 503 with a message, not a 500."""

    async def database_down(request: Request, error: Exception):
        cause = getattr(error, "orig", None) or error  # the driver's words: no SQL, no values
        log.error("database unavailable: %s: %s", type(cause).__name__, _first_line(cause))
        if request.url.path.startswith(JSON_PREFIXES):
            detail = "the database is unavailable; try again in a moment"
            return JSONResponse({"detail": detail}, 503, headers={"Retry-After": "5"})
        message = "Databasen svarar inte just nu. Försök igen om en stund."
        return web.page(request, "error.html", 503, title="Tillfälligt fel", message=message)

    for unavailable in (OperationalError, InterfaceError, PoolTimeout):
        app.add_exception_handler(unavailable, database_down)


def _add_invalid_request(app: FastAPI) -> None:
    """FastAPI's 422 without the rejected input echoed back: no referral text in the answer
    (a 1 MB text came back whole), and text that cannot be encoded (a lone surrogate)
    cannot turn the answer into a 500."""

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError):
        errors = [{k: v for k, v in e.items() if k != "input"} for e in error.errors()]
        return JSONResponse({"detail": jsonable_encoder(errors)}, 422)


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [""])[0][:200]


FORM_UNREADABLE = (
    "Formuläret är för stort eller felaktigt. En anmälan får ha högst 200 000 tecken; "
    "gå tillbaka och korta texten."
)


JSON_PREFIXES = ("/api/", "/healthz", "/readyz", "/metrics")


def _load(models: ModelHolder, metrics: Metrics) -> None:
    try:
        models.load()
    except ModelUnavailable as error:
        log.error("no model in service: %s", error)
        return
    release_free_memory()  # what loading the model left free
    metrics.model_ready.set(1)
