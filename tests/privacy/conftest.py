"""Fixtures of the privacy audit: the service fixtures, generated referrals, all logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.privacy.scan import Audit, needles_of
from tests.service.conftest import (  # noqa: F401  (fixtures, re-used as they are)
    database_url,
    municipalities_dir,
    pipeline,
    postgres,
    running,
    settings,
)
from training.synth.generate import write_corpus

N_REFERRALS = 240
SEED = 29


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """Generated referrals with gold ``pii`` spans: train/dev/test JSONL (raw text: input
    only, never scanned)."""
    directory = tmp_path_factory.mktemp("privacy-input")
    write_corpus(directory, n=N_REFERRALS, seed=SEED)
    return directory


@pytest.fixture(scope="session")
def referrals(corpus) -> list[dict]:
    return [
        json.loads(line)
        for split in ("train", "dev", "test")
        for line in (corpus / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


@pytest.fixture(scope="session")
def pseudonymised(pseudonymizer, referrals) -> list[str]:
    """What the pseudonymiser itself makes of each referral."""
    return [p.text for p in pseudonymizer.pseudonymize_many(r["text"] for r in referrals)]


@pytest.fixture(scope="session")
def needles(pseudonymizer, referrals) -> set[str]:
    return needles_of(referrals, pseudonymizer._lexicon.__contains__)


@pytest.fixture
def audit(needles, pseudonymised) -> Audit:
    return Audit(needles, pseudonymised)


@pytest.fixture
def logs(caplog):
    """Every log record: the root logger at DEBUG, and loggers that do not propagate (such
    as mlflow's) get the capturing handler too. Libraries keep levels they set themselves
    (SQLAlchemy's engine stays at WARNING, as in `triage serve`)."""
    import mlflow  # noqa: F401  (its loggers exist before we look for them)

    caplog.set_level(logging.DEBUG)
    loggers = logging.root.manager.loggerDict.values()
    isolated = [x for x in loggers if isinstance(x, logging.Logger) and not x.propagate]
    for logger in isolated:
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in isolated:
        logger.removeHandler(caplog.handler)
