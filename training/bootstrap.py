"""First run: when no ``champion`` exists, build the default model so the product works."""

from __future__ import annotations

import os
import sys

from training import registry
from training.promote import promote
from triage.settings import Settings

DEFAULT_CORPUS_SIZE = 6000
# fewer SGD passes than ``triage train``: the first run must be ready within a minute
FIRST_RUN_OPTIONS = {"head_epochs": 10, "pool_epochs": 10, "pool_seeds": 2}


def ensure_champion(settings: Settings, corpus_size: int = DEFAULT_CORPUS_SIZE) -> None:
    """Generate a corpus, train the tfidf model and promote it, unless a champion exists."""
    if registry.store_exists(settings):  # a new store is created while training starts
        registry.configure(settings)
        if registry.version_metrics(registry.CHAMPION) is not None:
            return
    from training.synth.generate import write_corpus

    corpus = settings.data_dir / "corpus"
    if not (corpus / "dev.jsonl").exists():
        print(f"generating {corpus_size} synthetic referrals in {corpus}", file=sys.stderr)
        # forked workers, as pseudonymisation uses (the same files whatever their number);
        # training's imports (seconds: scikit-learn, spaCy, presidio) load meanwhile
        workers = min(4, os.cpu_count() or 1)
        write_corpus(corpus, n=corpus_size, workers=workers, meanwhile=_import_training)
    from training import data
    from training.train import run

    paths = [corpus / f"{split}.jsonl" for split in ("train", "dev", "test")]
    if data.HANDWRITTEN_TRAIN.exists():
        paths.append(data.HANDWRITTEN_TRAIN)
    print("training the default tfidf model (first run)", file=sys.stderr)
    run(settings, paths, experiment="triage-default", backend_options=FIRST_RUN_OPTIONS)
    promoted, reasons = promote()
    if not promoted:
        refused = "; ".join(reasons)
        raise RuntimeError(f"the default model did not pass the promotion gate: {refused}")


def _import_training() -> None:
    import training.train  # noqa: F401
