"""The optional fine-tuned transformer backend (``pip install -e '.[transformers]'``).

One ``AutoModelForSequenceClassification`` with 18 logits (urgency 3, route 2, risk 13)
fine-tuned from a base checkpoint in a local folder the operator provides; nothing is ever
fetched from a model hub. Metadata is prepended as plain tokens and long texts are cut in
the middle (``models.transformer_text``). Urgency and route are temperature-scaled on a
held-out 15% slice; risk factors are plain sigmoids. Explanations come from sentence
occlusion (``triage.explain``), so ``contributions`` is empty.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from scipy.special import expit

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: never reach a hub
try:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "the transformer backend needs torch and transformers: pip install -e '.[transformers]'"
    ) from error

from models.transformer_text import collate, encode
from models.transformer_train import (
    LABEL_NAMES,
    NUM_LABELS,
    RISK,
    ROUTE,
    URGENCY,
    Targets,
    softmax,
    temperature,
    train,
)
from triage.classifier import Labels, ModelInput, Probabilities

SETTINGS = "transformer.json"
CALIBRATION_SHARE = 0.15


def check_checkpoint(path: str | Path) -> Path:
    """``path`` as a local model folder; clear errors for a hub id, a missing or a bad folder."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise FileNotFoundError(
            f"transformer checkpoint {str(path)!r} is not a local folder; download the model "
            "yourself, save it to a folder and pass that path (nothing is fetched at run time)"
        )
    if not (folder / "config.json").is_file():
        raise ValueError(f"transformer checkpoint {folder} has no config.json")
    return folder


def load_pretrained(folder: Path, new_head: bool):
    """Tokenizer and model from a local folder only; ``new_head`` sizes a fresh 18-logit head."""
    check_checkpoint(folder)
    options = {}
    if new_head:
        options = {
            "num_labels": NUM_LABELS,
            "ignore_mismatched_sizes": True,
            "id2label": dict(enumerate(LABEL_NAMES)),
            "label2id": {name: i for i, name in enumerate(LABEL_NAMES)},
        }
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        model = AutoModelForSequenceClassification.from_pretrained(
            folder, local_files_only=True, **options
        )
    except Exception as error:  # any loader failure means an unusable folder
        raise ValueError(f"transformer checkpoint {folder} could not be loaded: {error}") from error
    if model.config.num_labels != NUM_LABELS:
        raise ValueError(f"{folder}: expected {NUM_LABELS} labels, found {model.config.num_labels}")
    return tokenizer, model.float().eval()


@contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run with ``n`` torch threads, then restore the caller's setting (None: leave it)."""
    before = torch.get_num_threads()
    if n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class TransformerClassifier:
    """Implements ``triage.classifier.Classifier`` with a fine-tuned encoder."""

    backend = "transformer"

    def __init__(
        self,
        version: str = "dev",
        checkpoint: str | Path | None = None,
        epochs: float = 2,
        batch_size: int = 16,
        learning_rate: float = 3e-5,
        max_length: int = 512,
        seed: int = 0,
        head_fraction: float = 0.25,
        threads: int | None = None,
    ) -> None:
        self.version = version
        self.checkpoint = None if checkpoint is None else check_checkpoint(checkpoint)
        self.options = {
            "epochs": epochs,
            "batch_size": batch_size,
            "learning_rate": learning_rate,
            "max_length": max_length,
            "seed": seed,
            "head_fraction": head_fraction,
            "threads": threads,
        }
        self.tokenizer = None
        self.model = None
        self.temperatures = {"urgency": 1.0, "route": 1.0}
        self.history: list[float] = []

    def _encode(self, inputs: Sequence[ModelInput]) -> list[list[int]]:
        if not inputs:
            return []
        return encode(
            self.tokenizer, inputs, self.options["max_length"], self.options["head_fraction"]
        )

    def _logits(self, ids: Sequence[list[int]]) -> np.ndarray:
        """Logits in batches of similar length (less padding), back in input order."""
        out = np.zeros((len(ids), NUM_LABELS), dtype=np.float64)
        order = np.argsort([len(row) for row in ids], kind="stable")
        size = self.options["batch_size"]
        with torch.inference_mode():
            for start in range(0, len(order), size):
                rows = order[start : start + size]
                batch = collate([ids[i] for i in rows], self.tokenizer.pad_token_id or 0)
                out[rows] = self.model(**batch).logits.double().numpy()
        return out

    # -- Classifier -----------------------------------------------------------------------
    def fit(
        self,
        inputs: Sequence[ModelInput],
        labels: Labels,
        calibration: tuple[Sequence[ModelInput], Labels] | None = None,
    ) -> None:
        if self.checkpoint is None:
            raise ValueError(
                "the transformer backend needs a local base checkpoint: "
                "TransformerClassifier(checkpoint=PATH) or `triage train --checkpoint PATH`"
            )
        with torch_threads(self.options["threads"]):
            self._fit(inputs, labels, calibration)

    def _fit(
        self,
        inputs: Sequence[ModelInput],
        labels: Labels,
        calibration: tuple[Sequence[ModelInput], Labels] | None,
    ) -> None:
        seed = self.options["seed"]
        torch.manual_seed(seed)  # the new head's initialisation
        self.tokenizer, self.model = load_pretrained(self.checkpoint, new_head=True)
        ids, targets = self._encode(inputs), Targets.of(labels)
        order = np.random.default_rng(seed).permutation(len(ids))
        n_cal = 0 if calibration else int(len(ids) * CALIBRATION_SHARE)
        cal, fit = order[:n_cal], order[n_cal:]
        steps = max(1, math.ceil(self.options["epochs"] * len(fit) / self.options["batch_size"]))
        self.history = train(
            self.model,
            [ids[i] for i in fit],
            targets.rows(torch.from_numpy(fit)),
            steps=steps,
            batch_size=self.options["batch_size"],
            learning_rate=self.options["learning_rate"],
            pad_id=self.tokenizer.pad_token_id or 0,
            seed=seed,
        )
        if calibration:
            logits, cal_t = self._logits(self._encode(calibration[0])), Targets.of(calibration[1])
        else:
            logits = self._logits([ids[i] for i in cal])
            cal_t = targets.rows(torch.from_numpy(cal))
        self.temperatures = {
            "urgency": temperature(logits[:, URGENCY], cal_t.urgency.numpy()),
            "route": temperature(logits[:, ROUTE], cal_t.route.numpy()),
        }

    def predict_proba(self, inputs: Sequence[ModelInput]) -> Probabilities:
        if self.model is None:
            raise ValueError("the transformer classifier is not fitted")
        with torch_threads(self.options["threads"]):
            logits = self._logits(self._encode(inputs))
        return Probabilities(
            urgency=softmax(logits[:, URGENCY] / self.temperatures["urgency"]),
            route=softmax(logits[:, ROUTE] / self.temperatures["route"]),
            risk=expit(logits[:, RISK]),
        )

    def contributions(
        self, item: ModelInput, task: str, label: str, top: int = 10
    ) -> list[tuple[str, float]]:
        """None: this backend is explained by sentence occlusion (``triage.explain``)."""
        return []

    # -- persistence ----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Fine-tuned model and tokenizer (``save_pretrained``) plus ``transformer.json``."""
        if self.model is None:
            raise ValueError("the transformer classifier is not fitted; nothing to save")
        path.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(path)
        self.tokenizer.save_pretrained(path)
        settings = {
            "version": self.version,
            "base_checkpoint": None if self.checkpoint is None else str(self.checkpoint),
            "options": self.options,
            "temperatures": self.temperatures,
            "history": self.history,
        }
        (path / SETTINGS).write_text(json.dumps(settings, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> TransformerClassifier:
        file = path / SETTINGS
        if not file.is_file():
            raise FileNotFoundError(f"no transformer model at {path} ({SETTINGS} missing)")
        try:
            settings = json.loads(file.read_text(encoding="utf-8"))
            model = cls(version=settings["version"], **settings["options"])
            model.temperatures = {k: float(settings["temperatures"][k]) for k in model.temperatures}
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{file} is not a valid transformer settings file: {error}") from error
        model.history = settings.get("history", [])
        base = settings.get("base_checkpoint")
        model.checkpoint = None if base is None else Path(base)  # provenance only
        model.tokenizer, model.model = load_pretrained(path, new_head=False)
        return model
