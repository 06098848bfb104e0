"""Training time and prediction latency of the default (tfidf) model, on this machine.

Training: generate a corpus of ``--n`` referrals (train/dev/test by template family),
pseudonymise train and dev with the serving pseudonymiser, fit the tfidf backend
(calibrated on dev) and tune the decision policy; each step is timed. Prediction: the
whole ``Pipeline.suggest`` (pseudonymise + classify + safety rules + explanation) on
250-word referrals, one at a time and in batch (in one process, and on one forked process
per core as `triage predict` runs a file), side by side with presidio's default
analyzer on the same texts (see ``pseudonymize_bench``), reported as a ratio.

    python benchmarks/predict_bench.py [--n 20000] [--texts 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import platform
import tempfile
import time
from pathlib import Path

from pseudonymize_bench import latencies_ms, presidio_default, summary, warm_and_timed

from api.threads import limit_blas_threads
from models.tfidf import TfidfClassifier
from training import data
from training.policy import tune
from training.synth.generate import write_corpus
from triage.concerns import forget
from triage.parallel import Job, default_workers, suggest_in_order
from triage.pipeline import DecisionPolicy, Pipeline
from triage.pseudonymize import Pseudonymizer
from triage.settings import get_settings

BATCH = 16  # referrals per batch (each batch starts without the sentences read before)


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, round(time.perf_counter() - started, 1)


def train(
    n: int, pseudonymizer: Pseudonymizer
) -> tuple[TfidfClassifier, DecisionPolicy, dict, dict]:
    """A corpus of ``n`` referrals, pseudonymised and fitted as `triage train` does; the
    classifier, its tuned policy, each step's seconds and the corpus sizes."""
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        _, seconds["generate"] = timed(write_corpus, Path(tmp), n, 13, 0.2, 2)
        dataset = data.load([Path(tmp) / "train.jsonl", Path(tmp) / "dev.jsonl"])
    train, dev = dataset.subset("train"), dataset.subset("dev")
    (train_results, dev_x), seconds["pseudonymise"] = timed(
        lambda: (data.pseudonymise(train, pseudonymizer), data.model_inputs(dev, pseudonymizer))
    )
    train_x = data.inputs_of(train, train_results)
    train_labels = data.labels_of(train, train_results)  # with passages, as `triage train`
    classifier = TfidfClassifier()
    dev_labels = data.labels_of(dev)
    _, seconds["fit"] = timed(classifier.fit, train_x, train_labels, (dev_x, dev_labels))
    policy, seconds["tune"] = timed(
        lambda: tune(classifier.predict_proba(dev_x), dev_x, dev_labels)
    )
    seconds["total"] = round(sum(seconds.values()), 1)
    return classifier, policy, seconds, {"train": len(train), "dev": len(dev)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="corpus size for training")
    parser.add_argument("--texts", type=int, default=200, help="250-word texts to predict")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    settings = get_settings()
    pseudonymizer = Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)
    classifier, policy, seconds, corpus = train(args.n, pseudonymizer)
    # the corpus is gone now, as in a service, which never holds one: its million objects
    # made each garbage collection scan them during the timed calls
    gc.collect()

    pipeline = Pipeline(pseudonymizer, classifier, policy)
    limit_blas_threads(settings.blas_threads)  # as the service and `triage predict` do
    warm, texts = warm_and_timed(args.texts)
    # generated texts repeat sentences far more than real referrals do: forget those read
    # so far, so that each text is timed as one never seen
    predict = summary(latencies_ms(lambda t: pipeline.suggest("b", t), warm, texts, forget))
    elapsed = 0.0
    for start in range(0, len(texts), BATCH):
        forget()
        started = time.perf_counter()
        for _ in pipeline.suggest_many(("b", t, None, None) for t in texts[start : start + BATCH]):
            pass
        elapsed += time.perf_counter() - started
    predict["per_second_batch"] = round(len(texts) / elapsed, 1)
    # as `triage predict` runs a file: chunks on one forked process per core
    workers = default_workers()
    jobs = [Job("b", t) for t in texts] * 4  # long enough that the pool's start-up is amortised
    started = time.perf_counter()
    for _ in suggest_in_order(pipeline, jobs, workers, reset=forget):
        pass
    predict["per_second_all_cores"] = round(len(jobs) / (time.perf_counter() - started), 1)
    reference = presidio_default()
    presidio = summary(latencies_ms(lambda t: reference.analyze(t, language="en"), warm, texts))
    figures = {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_version()}",
        "corpus": corpus,
        "training_seconds": seconds,
        "predict_250_words": predict,
        "presidio_default_blank_en": presidio,
        "p50_ratio_pipeline_to_presidio": round(predict["p50_ms"] / presidio["p50_ms"], 2),
    }
    print("| step | seconds |\n|---|---:|")
    for step, value in seconds.items():
        print(f"| {step} | {value} |")
    print(
        f"\n{len(texts)} texts of 250 words | p50 ms | p99 ms | referrals/s (single) "
        f"| referrals/s (batch) | referrals/s (batch, {workers} processes) |"
        "\n|---|---:|---:|---:|---:|---:|"
    )
    print(
        "| triage: pseudonymise + classify + rules + explanation "
        f"| {predict['p50_ms']} | {predict['p99_ms']} | {predict['per_second_single']} "
        f"| {predict['per_second_batch']} | {predict['per_second_all_cores']} |"
    )
    print(
        f"| presidio default registry (blank en), analysis only | {presidio['p50_ms']} "
        f"| {presidio['p99_ms']} | {presidio['per_second_single']} | – | – |"
    )
    print(
        "\np50 ratio triage pipeline / presidio analysis: "
        f"{figures['p50_ratio_pipeline_to_presidio']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
