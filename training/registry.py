"""The one module that talks to MLflow: tracking store, logging, registry and aliases.

Default tracking store: ``sqlite:///<data_dir>/mlflow.db`` (never the file store);
``MLFLOW_TRACKING_URI`` points it at a server instead.
"""

from __future__ import annotations

from pathlib import Path

from triage.settings import Settings

MODEL_NAME = "triage"
CHAMPION = "champion"
CHALLENGER = "challenger"
PYFUNC_CODE = Path(__file__).with_name("pyfunc_model.py")


def configure(settings: Settings) -> str:
    """Point MLflow at the project's store; returns the tracking URI."""
    import mlflow

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    uri = settings.tracking_uri()
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    return uri


def store_exists(settings: Settings) -> bool:
    """False only when the default SQLite store has not been created yet (so it holds no
    model); a tracking server always counts as existing."""
    uri = settings.tracking_uri()
    return not uri.startswith("sqlite:///") or Path(uri.removeprefix("sqlite:///")).exists()


def experiment(name: str, data_dir: Path) -> str:
    """Create (with artifacts under the data directory) or reuse an experiment."""
    import mlflow

    existing = mlflow.get_experiment_by_name(name)
    if existing:
        return existing.experiment_id
    location = None  # a tracking server keeps artifacts where it is configured to
    if mlflow.get_tracking_uri().startswith(("sqlite:", "file:", "/")):
        location = (data_dir / "mlartifacts").resolve().as_uri()
    return mlflow.create_experiment(name, artifact_location=location)


def pip_requirements(backend: str) -> list[str]:
    """The project's own dependencies (plus the transformers extra for that backend).

    Given explicitly: MLflow would otherwise re-import the model in a subprocess to guess
    them, which took half a minute per training run.
    """
    from importlib.metadata import PackageNotFoundError, requires

    try:
        declared = requires("triage") or []
    except PackageNotFoundError:  # running from a source tree that was never installed
        return []
    wanted = []
    for requirement in declared:
        name, _, marker = requirement.partition(";")
        if not marker or (backend == "transformer" and '"transformers"' in marker):
            wanted.append(name.strip())
    return wanted


def log_and_register(
    artifacts: dict[str, str],
    input_example,
    signature,
    metrics: dict[str, float],
    backend: str = "tfidf",
) -> str:
    """Log the pyfunc model in the active run, register it, alias it challenger."""
    import mlflow
    from mlflow import MlflowClient

    info = mlflow.pyfunc.log_model(
        name=MODEL_NAME,
        python_model=str(PYFUNC_CODE),
        artifacts=artifacts,
        signature=signature,
        input_example=input_example,
        registered_model_name=MODEL_NAME,
        pip_requirements=pip_requirements(backend) or None,
    )
    client = MlflowClient()
    version = str(info.registered_model_version)
    for key, value in metrics.items():
        client.set_model_version_tag(MODEL_NAME, version, key, str(value))
    client.set_registered_model_alias(MODEL_NAME, CHALLENGER, version)
    return version


def version_metrics(alias: str) -> tuple[str, dict[str, float]] | None:
    """(version, metrics tags) of the model version behind ``alias``, or None."""
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    client = MlflowClient()
    try:
        version = client.get_model_version_by_alias(MODEL_NAME, alias)
    except MlflowException:
        return None
    metrics = {}
    for key, value in version.tags.items():
        try:
            metrics[key] = float(value)
        except ValueError:
            continue
    return version.version, metrics


def set_alias(alias: str, version: str) -> None:
    from mlflow import MlflowClient

    MlflowClient().set_registered_model_alias(MODEL_NAME, alias, version)


def model_card(alias: str) -> str | None:
    """The MODEL_CARD.md logged with the run of the model version behind ``alias``."""
    from mlflow import MlflowClient
    from mlflow.artifacts import download_artifacts
    from mlflow.exceptions import MlflowException

    try:
        version = MlflowClient().get_model_version_by_alias(MODEL_NAME, alias)
        path = download_artifacts(run_id=version.run_id, artifact_path="MODEL_CARD.md")
    except (MlflowException, OSError):  # no such alias, or a run without a card
        return None
    return Path(path).read_text(encoding="utf-8")
