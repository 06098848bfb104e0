"""Cross-validated figures on the hand-written training referrals: a development loop
that touches neither evaluation set.

The hand-written training set (`data_samples/handwritten_train.jsonl`) is split into
``--folds`` folds. For each fold the default tfidf model is fitted, as `triage train`
fits it, on the corpus's train split and the other folds (each hand-written referral
repeated ``HUMAN_REPEAT`` times), calibrated and tuned on the dev split, and asked about
the held-out fold. The figures, after the safety rules, pool every fold's answers: each
hand-written referral is judged by a model that never saw it. Errors found here may be
studied and fixed; the test split and `data_samples/handwritten.jsonl` stay unseen.

    python benchmarks/handwritten_cv.py [--corpus data/corpus] [--folds 5] [--json out.json]

About 6 to 8 minutes on 2 cores for the 20,000-referral corpus of `make corpus`.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import numpy as np

from models import create_classifier
from training import data
from training.evaluate import predictions, rule_violations
from training.policy import tune
from triage.classifier import Labels
from triage.evaluation.classification import classification_report
from triage.pseudonymize import Pseudonymizer
from triage.settings import get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0, help="how referrals fall into folds")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    settings = get_settings()
    pseudonymizer = Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)
    corpus = data.load([args.corpus / "train.jsonl", args.corpus / "dev.jsonl"])
    train, dev = corpus.subset("train"), corpus.subset("dev")
    human = data.load([data.HANDWRITTEN_TRAIN]).records
    train_results = data.pseudonymise(train, pseudonymizer)
    train_x, train_y = data.inputs_of(train, train_results), data.labels_of(train, train_results)
    dev_x, dev_y = data.model_inputs(dev, pseudonymizer), data.labels_of(dev)
    human_x, human_y = data.model_inputs(human, pseudonymizer), data.labels_of(human)
    fold = np.arange(len(human)) % args.folds
    np.random.default_rng(args.seed).shuffle(fold)
    urgency_p = np.zeros((len(human), 3))
    decisions: list = [None] * len(human)
    for k in range(args.folds):
        started = time.perf_counter()
        kept = [i for i in np.flatnonzero(fold != k) for _ in range(data.HUMAN_REPEAT)]
        held = np.flatnonzero(fold == k)
        kept_y = human_y.rows(kept)
        fit_y = Labels(
            urgency=train_y.urgency + kept_y.urgency,
            route=train_y.route + kept_y.route,
            risk_factors=train_y.risk_factors + kept_y.risk_factors,
            passages=train_y.passages + [[] for _ in kept],
        )
        classifier = create_classifier("tfidf", f"cv-{k}")
        classifier.fit(train_x + [human_x[i] for i in kept], fit_y, (dev_x, dev_y))
        policy = tune(classifier.predict_proba(dev_x), dev_x, dev_y)
        probs, fold_decisions = predictions(classifier, policy, [human_x[i] for i in held])
        for j, i in enumerate(held):
            urgency_p[i], decisions[i] = probs.urgency[j], fold_decisions[j]
        print(f"fold {k + 1}/{args.folds}: {time.perf_counter() - started:.0f} s", flush=True)
    report = classification_report(
        human_y.urgency,
        [d.urgency.value for d in decisions],
        urgency_p,
        human_y.route,
        [d.route.value for d in decisions],
        human_y.risk_factors,
        [[f.value for f in d.risk_factors] for d in decisions],
        rule_violations(decisions),
    )
    keys = ("akut_recall", "urgency_macro_f1", "route_accuracy", "risk_micro_f1", "ece")
    print(f"\n{len(human)} hand-written training referrals, {args.folds}-fold, after the rules")
    print("| " + " | ".join(keys + ("rule_violations",)) + " |\n|" + "---:|" * (len(keys) + 1))
    print("| " + " | ".join(str(report[k]) for k in keys + ("rule_violations",)) + " |")
    print("urgency confusion (rows gold akut/skyndsam/normal):", report["confusion_urgency"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
