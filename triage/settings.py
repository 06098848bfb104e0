"""All configuration in one place (environment variables prefixed ``TRIAGE_``)."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _packaged(name: str) -> Path:
    return Path(str(files("models").joinpath(name)))


class Settings(BaseSettings):
    """Runtime settings; every field can be set as ``TRIAGE_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="TRIAGE_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Corpus, MLflow store, database.")
    ner_model_dir: Path = Field(
        default_factory=lambda: _packaged("ner_sv"),
        description="The trained Swedish NER component shipped with the package.",
    )
    max_text_chars: int = Field(
        default=200_000, gt=0, description="Longer referrals are refused with a clear error."
    )
    batch_size: int = Field(default=64, gt=0, description="Texts per batch in bulk processing.")
    model_uri: str = Field(
        default="models:/triage@champion", description="The MLflow model the service loads."
    )

    def tracking_uri(self) -> str:
        """``MLFLOW_TRACKING_URI`` if set, else a SQLite store in the data directory."""
        return os.environ.get("MLFLOW_TRACKING_URI") or (
            f"sqlite:///{(self.data_dir / 'mlflow.db').resolve()}"
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once from the environment)."""
    return Settings()
