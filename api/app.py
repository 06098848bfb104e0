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
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

import triage
from api.cases import CaseService
from api.deps import KeyOrStaff
from api.metrics import Metrics
from api.model_holder import ModelHolder, PipelineLoader
from api.model_loader import ModelUnavailable, load_pipeline
from api.routes import api_v1, health, overview, web, web_overview
from api.security import server_secret
from api.services import Services, ensure_first_admin
from api.storage.repository import Store
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
        return web.page(request, "error.html", error.status_code, title=title, message=message)


JSON_PREFIXES = ("/api/", "/healthz", "/readyz", "/metrics")


def _load(models: ModelHolder, metrics: Metrics) -> None:
    try:
        models.load()
    except ModelUnavailable as error:
        log.error("no model in service: %s", error)
        return
    metrics.model_ready.set(1)
