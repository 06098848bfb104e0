"""All configuration in one place (environment variables prefixed ``TRIAGE_``)."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _packaged(name: str) -> Path:
    return Path(str(files("models").joinpath(name)))


class Settings(BaseSettings):
    """Runtime settings; every field can be set as ``TRIAGE_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(
        env_prefix="TRIAGE_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(default=Path("data"), description="Corpus, MLflow store, database.")
    ner_model_dir: Path = Field(
        default_factory=lambda: _packaged("ner_sv"),
        description="The trained Swedish NER component shipped with the package.",
    )
    max_text_chars: int = Field(
        default=200_000, gt=0, description="Longer referrals are refused with a clear error."
    )
    batch_size: int = Field(default=64, gt=0, description="Texts per batch in bulk processing.")
    municipalities_dir: Path = Field(
        default_factory=lambda: Path(str(files("triage").joinpath("municipalities"))),
        description="One YAML file per municipality (tenant): deadlines, thresholds, service "
        "catalogue. Default: the neutral `default` municipality.",
    )
    model_uri: str = Field(
        default="models:/triage@champion", description="The MLflow model the service loads."
    )
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("DATABASE_URL", "TRIAGE_DATABASE_URL"),
        description="SQLAlchemy URL; default SQLite (WAL) in the data directory.",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Signs sessions and keys the text hash; default: a random key kept in "
        "the data directory (mode 0600).",
    )
    admin_password: SecretStr | None = Field(
        default=None,
        description="Password of the first admin account `admin`, created at start-up when "
        "there are no accounts; default: a random one written to data/admin-password.txt.",
    )
    cookie_secure: bool = Field(
        default=True, description="Session cookie only over HTTPS (browsers allow localhost)."
    )
    session_hours: int = Field(default=8, gt=0, description="Staff sessions expire after this.")
    inference_threads: int = Field(
        default=2, gt=0, description="Concurrent model calls; more requests wait their turn."
    )
    blas_threads: int = Field(
        default=1,
        ge=0,
        description="Threads numpy's BLAS may use per call while serving and predicting (0: "
        "the library's default); requests already run side by side.",
    )
    predict_workers: int = Field(
        default=0,
        ge=0,
        description="Processes `triage predict` spreads a file over (0: one per core).",
    )
    malloc_arenas: int = Field(
        default=2,
        ge=0,
        description="glibc malloc arenas of the service (0: glibc's default of 8 per core); "
        "fewer arenas keep memory freed by request threads reusable.",
    )
    agreement_window: int = Field(
        default=200, gt=0, description="Latest reviews the agreement rate is computed over."
    )

    def sqlalchemy_url(self) -> str:
        """``DATABASE_URL`` if set, else SQLite in the data directory."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'triage.db').resolve()}"

    def tracking_uri(self) -> str:
        """``MLFLOW_TRACKING_URI`` if set, else a SQLite store in the data directory."""
        return os.environ.get("MLFLOW_TRACKING_URI") or (
            f"sqlite:///{(self.data_dir / 'mlflow.db').resolve()}"
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once from the environment)."""
    return Settings()
