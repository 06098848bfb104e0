"""What the routes share: settings, storage, the model, metrics (built once at start-up)."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import anyio

from api.cases import CaseService
from api.metrics import Metrics
from api.model_holder import ModelHolder
from api.security import Role, hash_password
from api.storage.repository import Store
from api.web.throttle import LoginThrottle
from triage.cases import AgreementBand, agreement_band
from triage.municipality import Municipality
from triage.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    municipalities: dict[str, Municipality]
    store: Store
    models: ModelHolder
    cases: CaseService
    metrics: Metrics
    limiter: anyio.CapacityLimiter
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)

    def agreement(self, municipality: str) -> Agreement:
        """A municipality's agreement rate over its latest reviews, and its band."""
        agreements = self.store.recent_agreements(municipality, self.settings.agreement_window)
        bounds = self.municipalities[municipality].thresholds.agreement_band
        rate = sum(agreements) / len(agreements) if agreements else None
        return Agreement(rate, len(agreements), agreement_band(agreements, bounds), bounds)

    def refresh_agreement_metrics(self, municipality: str) -> None:
        agreement = self.agreement(municipality)
        rate = float("nan") if agreement.rate is None else agreement.rate
        self.metrics.agreement.labels(municipality).set(rate)
        warn = agreement.band in (AgreementBand.LOW, AgreementBand.HIGH)
        self.metrics.agreement_warning.labels(municipality).set(warn)


@dataclass(frozen=True)
class Agreement:
    rate: float | None
    count: int
    band: AgreementBand
    bounds: tuple[float, float]


ADMIN_USERNAME = "admin"


def ensure_first_admin(store: Store, settings: Settings, municipalities: Iterable[str]) -> None:
    """With no accounts at all, create ``admin`` for every configured municipality (password
    from settings, else a random one written to ``data/admin-password.txt``, readable by the
    owner only)."""
    if store.user_count():
        return
    if settings.admin_password is not None:
        password = settings.admin_password.get_secret_value()
        where = "TRIAGE_ADMIN_PASSWORD"
    else:
        password = secrets.token_urlsafe(12)
        path = Path(settings.data_dir) / "admin-password.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(password + "\n")
        where = str(path)
    store.add_user(ADMIN_USERNAME, hash_password(password), Role.ADMIN.value, municipalities)
    log.warning(
        "created the first account %r (role admin, municipalities %s); its password: %s",
        ADMIN_USERNAME,
        ", ".join(sorted(municipalities)),
        where,
    )
