"""Load the served pipeline from the MLflow registry (``models:/triage@champion``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from triage.settings import Settings

if TYPE_CHECKING:
    from triage.pipeline import Pipeline

log = logging.getLogger(__name__)


class ModelUnavailable(RuntimeError):
    """No model can be loaded; the message says what to do."""


def load_pipeline(settings: Settings) -> Pipeline:
    """The pipeline inside the registered pyfunc model named by ``settings.model_uri``."""
    import mlflow
    from mlflow.exceptions import MlflowException

    mlflow.set_tracking_uri(settings.tracking_uri())
    mlflow.set_registry_uri(settings.tracking_uri())
    try:
        model = mlflow.pyfunc.load_model(settings.model_uri)
        pipeline = model.unwrap_python_model().pipeline
    except (MlflowException, OSError) as error:
        raise ModelUnavailable(
            f"cannot load {settings.model_uri}: {error}. Train and promote a model with "
            "`triage train` and `triage promote`, or run `make run` once."
        ) from error
    except Exception as error:  # unreadable files: a clear error, not a traceback
        raise ModelUnavailable(
            f"cannot load {settings.model_uri}: its files are corrupt or incomplete "
            f"({type(error).__name__}: {error}). Train and promote a new model."
        ) from error
    pipeline.warm_up()  # before the service reports ready
    log.info("loaded model %s (%s)", settings.model_uri, pipeline.model_version)
    return pipeline
