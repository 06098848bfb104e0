"""MLflow models-from-code definition of the served triage model.

Logged with ``mlflow.pyfunc.log_model(python_model=<this file>, artifacts=...)``; MLflow
runs this file when loading. Input: a DataFrame with ``id``, ``text`` and optional
``reporter_type``, ``child_age`` (raw text: pseudonymisation is part of the model).
Output: one row per referral with the suggestion's labels and its full JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import mlflow
import pandas as pd
from mlflow.pyfunc import PythonModel

from models import load_classifier
from triage.pipeline import DecisionPolicy, Pipeline
from triage.pseudonymize import Pseudonymizer


class TriageModel(PythonModel):
    """Wraps ``triage.pipeline.Pipeline`` for MLflow."""

    pipeline: Pipeline

    def load_context(self, context) -> None:
        policy = json.loads(Path(context.artifacts["policy"]).read_text(encoding="utf-8"))
        self.pipeline = Pipeline(
            Pseudonymizer.load(Path(context.artifacts["ner"])),
            load_classifier(Path(context.artifacts["classifier"])),
            DecisionPolicy(**policy),
        )

    def predict(self, context, model_input: pd.DataFrame, params=None) -> pd.DataFrame:
        rows = []
        for record in model_input.to_dict(orient="records"):
            age = record.get("child_age")
            suggestion = self.pipeline.suggest(
                str(record["id"]),
                record["text"],
                record.get("reporter_type") or None,
                None if age is None or pd.isna(age) else int(age),
            )
            rows.append(
                {
                    "id": suggestion.id,
                    "urgency": suggestion.urgency.value,
                    "route": suggestion.route.value,
                    "needs_careful_review": suggestion.needs_careful_review,
                    "suggestion": suggestion.model_dump_json(),
                }
            )
        return pd.DataFrame(rows)


mlflow.models.set_model(TriageModel())
