"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text

from api.deps import Admin, ServicesDep

router = APIRouter(tags=["operations"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers (no dependencies checked)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Model not loaded or database down."}})
def readyz(response: Response, services: ServicesDep) -> dict[str, str]:
    """Ready to triage: a model is loaded and the database answers."""
    checks = {"model": "ok" if services.models.ready else (services.models.error or "loading")}
    try:
        with services.store.sessions() as session:
            session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:  # any driver error means not ready
        checks["database"] = type(error).__name__
    ready = all(value == "ok" for value in checks.values())
    response.status_code = status.HTTP_200_OK if ready else status.HTTP_503_SERVICE_UNAVAILABLE
    return {"status": "ready" if ready else "not ready", **checks}


@router.get("/metrics", response_class=Response)
def metrics(_: Admin, services: ServicesDep) -> Response:
    """Prometheus text format (admin API key, e.g. as the scrape job's bearer token)."""
    services.metrics.model_ready.set(1 if services.models.ready else 0)
    return Response(services.metrics.render(), media_type=CONTENT_TYPE_LATEST)
