"""Shared fixtures: the real pseudonymiser and a small fitted tfidf model, once per session."""

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from models.tfidf import TfidfClassifier
from training.data import labels_of, passages_of
from training.synth.generate import generate_records
from triage.classifier import Labels, ModelInput
from triage.pipeline import DecisionPolicy
from triage.pseudonymize import Pseudonymizer
from triage.schema import Referral
from triage.settings import get_settings


@pytest.fixture(scope="session")
def pseudonymizer() -> Pseudonymizer:
    settings = get_settings()
    return Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)


def _synthetic(n: int, split: str) -> tuple[list[ModelInput], Labels]:
    records = [Referral.model_validate(r) for r in generate_records(n, seed=5, split=split)]
    inputs = [
        ModelInput(r.text, r.reporter_type and r.reporter_type.value, r.child_age) for r in records
    ]
    labels = labels_of(records)
    return inputs, replace(labels, passages=passages_of(records))


@pytest.fixture(scope="session")
def data() -> tuple[list[ModelInput], Labels]:
    """400 synthetic training referrals as model inputs and labels (with passages)."""
    return _synthetic(400, "train")


@pytest.fixture(scope="session")
def held_out() -> tuple[list[ModelInput], Labels]:
    """250 referrals with wordings the training referrals never use (calibration)."""
    return _synthetic(250, "dev")


@pytest.fixture(scope="session")
def fitted(data, held_out) -> TfidfClassifier:
    classifier = TfidfClassifier(version="test")
    classifier.fit(*data, calibration=held_out)
    return classifier


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory, fitted) -> Path:
    """The test classifier as a local MLflow pyfunc model: ``TRIAGE_MODEL_URI`` for a real
    ``triage serve`` without a registry."""
    import mlflow

    from models import save_classifier
    from training.registry import PYFUNC_CODE

    work = tmp_path_factory.mktemp("model")
    save_classifier(fitted, work / "classifier")
    (work / "policy.json").write_text(json.dumps(asdict(DecisionPolicy())), encoding="utf-8")
    artifacts = {
        "classifier": str(work / "classifier"),
        "ner": str(get_settings().ner_model_dir),
        "policy": str(work / "policy.json"),
    }
    target = work / "pyfunc"
    mlflow.pyfunc.save_model(
        str(target), python_model=str(PYFUNC_CODE), artifacts=artifacts, pip_requirements=[]
    )
    return target
