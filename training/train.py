"""``triage train``: data -> pseudonymise -> fit -> evaluate -> log and register in MLflow.

Splits by template family (the generator's held-out phrasings form the test split),
tunes the decision policy on a validation slice, evaluates on the test split and on the
hand-written development set, logs every figure, two plots, the evaluation JSON and a
model card, and registers the pyfunc model as ``triage`` with alias ``challenger``.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
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
        # what logging and saving need later, imported now that this process is free
        import skops.io  # noqa: F401

        plots.pyplot()

    pseudonymised = _InOrder(sets, pseudonymizer, meanwhile=open_store)
    fit_results = pseudonymised.take("fit")
    import mlflow  # imported by ``open_store`` already

    fit_inputs = data.inputs_of(fit_records, fit_results)
    val_inputs = data.inputs_of(val_records, pseudonymised.take("validation"))
    version = time.strftime("%Y%m%d-%H%M%S")
    classifier = create_classifier(backend, version, **(backend_options or {}))
    val_labels = data.labels_of(val_records)
    fit_labels = data.labels_of(fit_records, fit_results)
    fit_inputs, fit_labels = _weighted(fit_records, fit_inputs, fit_labels, dataset)
    classifier.fit(fit_inputs, fit_labels, (val_inputs, val_labels))
    policy = tune(classifier.predict_proba(val_inputs), val_inputs, val_labels)
    fit_seconds = time.perf_counter() - started

    results = {name: pseudonymised.take(name) for name, recs in evaluations.items() if recs}
    pseudonymised.close()
    labelled = {
        name: (data.inputs_of(evaluations[name], r), data.labels_of(evaluations[name]))
        for name, r in results.items()
    }
    reports, evaluated = {}, {}
    for name, (report, urgency) in _evaluate_all(classifier, policy, labelled).items():
        report["fairness"]["names"] = person_fairness(
            data.names_masked(evaluations[name], results[name])
        )
        reports[name], evaluated[name] = report, urgency

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


class _InOrder:
    """Every set's pseudonymised records, set by set as ``take`` asks for them. The fit
    and validation sets come first, from one forked worker per core; the evaluation sets
    then from one worker, which runs on the core that fitting's serial steps leave idle."""

    FIRST = ("fit", "validation")

    def __init__(
        self, sets: dict[str, list], pseudonymizer: Pseudonymizer, meanwhile: Callable[[], None]
    ) -> None:
        self._sets, self._pseudonymizer = sets, pseudonymizer
        self._names = [name for name in self.FIRST if name in sets]
        self._stream = data.pseudonymise_stream(
            [r for name in self._names for r in sets[name]], pseudonymizer, meanwhile=meanwhile
        )
        self._done: dict[str, list] = {}

    def take(self, name: str) -> list:
        while name not in self._done:
            if not self._names:
                raise KeyError(name)
            for earlier in self._names:
                self._done[earlier] = [next(self._stream) for _ in self._sets[earlier]]
            self._stream.close()  # its workers are done: free them and their progress bar
            self._names = [n for n in self._sets if n not in self._done]
            self._stream = data.pseudonymise_stream(
                [r for later in self._names for r in self._sets[later]],
                self._pseudonymizer,
                "pseudonymise (evaluation)",
                workers=1,
            )
        return self._done[name]

    def close(self) -> None:
        """Stop the workers (all sets taken, or no more wanted)."""
        self._stream.close()


_inherited: tuple | None = None  # (classifier, policy, sets) for forked evaluators


def _evaluate_all(classifier, policy: DecisionPolicy, sets: dict[str, tuple]) -> dict:
    """Each set's report and urgency probabilities. With two cores, every set but the last
    is evaluated in a forked process while this one evaluates the last."""
    global _inherited
    names = list(sets)
    if len(names) < 2 or (os.cpu_count() or 1) < 2 or "fork" not in mp.get_all_start_methods():
        return {name: _evaluate_one(classifier, policy, *sets[name]) for name in names}
    _inherited = (classifier, policy, sets)
    try:
        with mp.get_context("fork").Pool(min(len(names) - 1, os.cpu_count() - 1)) as pool:
            forked = pool.map_async(_evaluate_inherited, names[:-1])
            last = _evaluate_one(classifier, policy, *sets[names[-1]])
            return dict(zip(names, [*forked.get(), last], strict=True))
    finally:
        _inherited = None


def _evaluate_inherited(name: str) -> tuple[dict, np.ndarray]:
    classifier, policy, sets = _inherited
    return _evaluate_one(classifier, policy, *sets[name])


def _evaluate_one(classifier, policy: DecisionPolicy, inputs, labels) -> tuple[dict, np.ndarray]:
    probs = classifier.predict_proba(inputs)
    return evaluate(classifier, policy, inputs, labels, probs=probs), probs.urgency


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
