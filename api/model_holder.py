"""The served model, swapped atomically on reload: a request keeps the pipeline it started with."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from api.model_loader import ModelUnavailable

if TYPE_CHECKING:  # the NLP stack loads with the model, not with the web server
    from triage.pipeline import Pipeline

PipelineLoader = Callable[[], "Pipeline"]


class ModelHolder:
    """Holds the current pipeline; ``reload`` builds the new one fully before swapping."""

    def __init__(self, loader: PipelineLoader) -> None:
        self._loader = loader
        self._pipeline: Pipeline | None = None
        self._reload_lock = threading.Lock()
        self.loaded_at: datetime | None = None
        self.error: str | None = None
        self.settled = threading.Event()  # set once the first load has succeeded or failed

    @property
    def pipeline(self) -> Pipeline:
        pipeline = self._pipeline
        if pipeline is None:
            raise ModelUnavailable(self.error or "the model is still loading")
        return pipeline

    @property
    def ready(self) -> bool:
        return self._pipeline is not None

    def load(self) -> None:
        """Load (or reload) the model; on failure the previous model stays in service."""
        with self._reload_lock:
            try:
                pipeline = self._loader()
            except Exception as error:  # a corrupt model must not take the service down
                self.error = str(error) or type(error).__name__
                self.settled.set()
                if isinstance(error, ModelUnavailable):
                    raise
                raise ModelUnavailable(f"cannot load the model: {self.error}") from error
            self._pipeline = pipeline  # a single reference assignment: atomic
            self.loaded_at = datetime.now(UTC)
            self.error = None
            self.settled.set()
