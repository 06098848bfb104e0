"""``triage train``: data -> pseudonymise -> fit -> evaluate -> log and register in MLflow.

Splits by template family (the generator's held-out phrasings form the test split),
tunes the decision policy on a validation slice, evaluates on the test split and on the
hand-written development set, logs every figure, two plots, the evaluation JSON and a
model card, and registers the pyfunc model as ``triage`` with alias ``challenger``.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import numpy as np

from models import create_classifier, save_classifier
from training import data, plots, registry
from training.data import HUMAN_REPEAT
from training.evaluate import evaluate
from training.model_card import render_model_card
from training.policy import tune
from triage.classifier import URGENCIES
from triage.evaluation.fairness import fairness_flags, fairness_gaps, person_fairness
from triage.pipeline import DecisionPolicy, Pipeline
from triage.pseudonymize import Pseudonymizer
from triage.settings import Settings

FLAT_METRICS = (
    "urgency_macro_f1",
    "akut_recall",
    "under_triage_rate",
    "route_accuracy",
    "risk_micro_f1",
    "ece",
    "rule_violations",
    "faithfulness",
    "model_only_akut_recall",
)


def _flat(prefix: str, report: dict) -> dict[str, float]:
    metrics = {f"{prefix}_{k}": float(report[k]) for k in FLAT_METRICS}
    for label, scores in report["urgency"].items():
        for name in ("precision", "recall", "f1"):
            metrics[f"{prefix}_{label}_{name}"] = float(scores[name])
    akut_gap, person_gap = fairness_gaps(report["fairness"])
    metrics[f"{prefix}_fairness_akut_gap"] = akut_gap
    metrics[f"{prefix}_fairness_person_gap"] = person_gap
    metrics[f"{prefix}_fairness_flags"] = float(len(fairness_flags(report["fairness"])))
    return metrics


def _weighted(records, inputs, labels, dataset):
    """Each referral people wrote counts ``HUMAN_REPEAT`` times in fitting: such texts are
    few, and closer to real referrals than the generator's."""
    human = dataset.human_written()
    rows = [i for i, r in enumerate(records) for _ in range(HUMAN_REPEAT if r.id in human else 1)]
    return [inputs[i] for i in rows], labels.rows(rows)


def run(
    settings: Settings,
    data_paths: list[Path],
    experiment: str = "triage",
    backend: str = "tfidf",
    seed: int = 0,
    backend_options: dict | None = None,
    register: bool = True,
) -> dict:
    """Train, evaluate and (optionally) register; returns the evaluation reports."""
    started = time.perf_counter()
    dataset = data.load(data_paths)
    train_records, test_records = dataset.subset("train"), dataset.subset("test")
    if not train_records:
        raise ValueError("no training records (every record is in the test split)")
    fit_records, val_records = train_records, dataset.subset("dev")
    if not val_records:  # no dev split given: validate on a random slice of train
        random.Random(seed).shuffle(fit_records)
        cut = max(1, int(len(fit_records) * 0.15))
        val_records, fit_records = fit_records[:cut], fit_records[cut:]

    pseudonymizer = Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)
    evaluations = {"test": test_records, "handwritten": _handwritten()}
    sets = {"fit": fit_records, "validation": val_records, **evaluations}
    store: dict[str, str] = {}

    def open_store() -> None:  # MLflow's import and a new store take seconds
        registry.configure(settings)
        store["experiment_id"] = registry.experiment(experiment, settings.data_dir)

    pseudonymised = _pseudonymise_all(sets, pseudonymizer, meanwhile=open_store)
    import mlflow  # imported by ``open_store`` already

    fit_results = pseudonymised["fit"]
    fit_inputs = data.inputs_of(fit_records, fit_results)
    val_inputs = data.inputs_of(val_records, pseudonymised["validation"])
    version = time.strftime("%Y%m%d-%H%M%S")
    classifier = create_classifier(backend, version, **(backend_options or {}))
    val_labels = data.labels_of(val_records)
    fit_labels = data.labels_of(fit_records, fit_results)
    fit_inputs, fit_labels = _weighted(fit_records, fit_inputs, fit_labels, dataset)
    classifier.fit(fit_inputs, fit_labels, (val_inputs, val_labels))
    policy = tune(classifier.predict_proba(val_inputs), val_inputs, val_labels)
    fit_seconds = time.perf_counter() - started

    reports, evaluated = {}, {}
    for name, records in evaluations.items():
        if records:
            results = pseudonymised[name]
            inputs = data.inputs_of(records, results)
            probs = classifier.predict_proba(inputs)
            reports[name] = evaluate(
                classifier, policy, inputs, data.labels_of(records), probs=probs
            )
            reports[name]["fairness"]["names"] = person_fairness(
                data.names_masked(records, results)
            )
            evaluated[name] = probs.urgency

    with (
        mlflow.start_run(experiment_id=store["experiment_id"]) as active,
        tempfile.TemporaryDirectory() as tmp,
    ):
        out = Path(tmp)
        mlflow.log_params(
            {
                "backend": backend,
                "seed": seed,
                "n_fit": len(fit_records),
                "human_repeat": HUMAN_REPEAT,
                "n_validation": len(val_records),
                "n_test": len(test_records),
                "data": ",".join(p.name for p in data_paths),
                **{f"policy_{k}": v for k, v in asdict(policy).items()},
                **{f"option_{k}": v for k, v in (backend_options or {}).items()},
            }
        )
        metrics = {"fit_seconds": fit_seconds}
        for name, report in reports.items():
            metrics.update(_flat(name, report))
            classes = [u.value for u in URGENCIES]
            mlflow.log_artifact(
                str(
                    plots.confusion_matrix(
                        report["confusion_urgency"],
                        classes,
                        f"brådska ({name})",
                        out / f"confusion_{name}.png",
                    )
                )
            )
        mlflow.log_metrics(metrics)
        for name, report in reports.items():
            flags = fairness_flags(report["fairness"])
            for flag in flags:
                print(f"fairness flag ({name}): {flag}", file=sys.stderr)
            mlflow.set_tag(f"{name}_fairness_flags", "; ".join(flags))
        (out / "evaluation.json").write_text(json.dumps(reports, indent=2), encoding="utf-8")
        mlflow.log_artifact(str(out / "evaluation.json"))
        if "test" in reports:
            mlflow.log_artifact(str(_calibration_plot(evaluated["test"], test_records, out)))
        card = render_model_card(backend, version, reports, asdict(policy), len(fit_records))
        (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
        mlflow.log_artifact(str(out / "MODEL_CARD.md"))

        model_version = None
        if register:
            classifier_dir = out / "classifier"
            save_classifier(classifier, classifier_dir)
            (out / "policy.json").write_text(json.dumps(asdict(policy)), encoding="utf-8")
            example, signature = _signature(classifier, policy, pseudonymizer)
            model_version = registry.log_and_register(
                {
                    "classifier": str(classifier_dir),
                    "ner": str(settings.ner_model_dir),
                    "policy": str(out / "policy.json"),
                },
                example,
                signature,
                {k: v for k, v in metrics.items() if k.startswith("test_")},
                backend,
            )
        return {
            "run_id": active.info.run_id,
            "model_version": model_version,
            "reports": reports,
            "fit_seconds": round(fit_seconds, 1),
        }


def _pseudonymise_all(
    sets: dict[str, list], pseudonymizer: Pseudonymizer, meanwhile: Callable[[], None]
) -> dict[str, list]:
    """Every set's pseudonymised records, from one run over all of them (one pool of
    workers, busy to the end), while this process runs ``meanwhile``."""
    records = [record for part in sets.values() for record in part]
    results = iter(data.pseudonymise(records, pseudonymizer, "pseudonymise", meanwhile))
    return {name: [next(results) for _ in part] for name, part in sets.items()}


def _handwritten():
    if not data.HANDWRITTEN_DEV.exists():
        return []
    return data.load([data.HANDWRITTEN_DEV]).records


def _calibration_plot(proba: np.ndarray, records, out: Path) -> Path:
    """Reliability of the top urgency probability (``proba``: records x urgencies)."""
    classes = [u.value for u in URGENCIES]
    gold = np.array([classes.index(r.urgency.value) for r in records])
    return plots.calibration(
        proba.max(axis=1),
        proba.argmax(axis=1) == gold,
        "kalibrering (test)",
        out / "calibration_test.png",
    )


def _signature(classifier, policy: DecisionPolicy, pseudonymizer: Pseudonymizer):
    """Input example and signature from a real prediction of the pipeline being logged
    (MLflow then checks the example against the saved model)."""
    import pandas as pd
    from mlflow.models import infer_signature

    example = pd.DataFrame(
        [
            {
                "id": "exempel-1",
                "text": "Mamma ringde och berättade att barnet inte vill gå till skolan.",
                "reporter_type": "anhorig",
                "child_age": 9,
            }
        ]
    )
    pipeline = Pipeline(pseudonymizer, classifier, policy)
    suggestion = pipeline.suggest("exempel-1", example.loc[0, "text"], "anhorig", 9)
    output = pd.DataFrame(
        [
            {
                "id": suggestion.id,
                "urgency": suggestion.urgency.value,
                "route": suggestion.route.value,
                "needs_careful_review": suggestion.needs_careful_review,
                "suggestion": suggestion.model_dump_json(),
            }
        ]
    )
    return example, infer_signature(example, output)
