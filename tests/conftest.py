"""Shared fixtures: the real pseudonymiser and a small fitted tfidf model, once per session."""

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from models.tfidf import TfidfClassifier
from training.synth.generate import generate_records
from triage.classifier import Labels, ModelInput
from triage.pipeline import DecisionPolicy
from triage.pseudonymize import Pseudonymizer
from triage.settings import get_settings


@pytest.fixture(scope="session")
def pseudonymizer() -> Pseudonymizer:
    settings = get_settings()
    return Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)


@pytest.fixture(scope="session")
def data() -> tuple[list[ModelInput], Labels]:
    """400 synthetic training referrals as model inputs and labels."""
    records = list(generate_records(400, seed=5, split="train"))
    inputs = [ModelInput(r["text"], r["reporter_type"], r["child_age"]) for r in records]
    labels = Labels(
        [r["urgency"] for r in records],
        [r["route"] for r in records],
        [r["risk_factors"] for r in records],
    )
    return inputs, labels


@pytest.fixture(scope="session")
def fitted(data) -> TfidfClassifier:
    classifier = TfidfClassifier(version="test")
    classifier.fit(*data)
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
