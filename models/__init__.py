"""Classifier backends behind ``triage.classifier.Classifier``, and shipped artifacts.

A saved classifier is a directory with ``meta.json`` naming its backend, so that
``load_classifier`` can pick the right class without the caller knowing it.
"""

from __future__ import annotations

import json
from pathlib import Path

from triage.classifier import Classifier

BACKENDS = ("tfidf", "transformer")


def create_classifier(backend: str, version: str, **options) -> Classifier:
    """A new, unfitted classifier of the named backend."""
    if backend == "tfidf":
        from models.tfidf import TfidfClassifier

        return TfidfClassifier(version=version, **options)
    if backend == "transformer":
        from models.transformer import TransformerClassifier

        return TransformerClassifier(version=version, **options)
    raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def save_classifier(classifier: Classifier, path: Path) -> None:
    """Save with a ``meta.json`` naming the backend and version."""
    path.mkdir(parents=True, exist_ok=True)
    classifier.save(path)
    meta = {"backend": classifier.backend, "version": classifier.version}
    (path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def load_classifier(path: Path) -> Classifier:
    """Load whatever backend ``path`` holds; clear error when it holds none."""
    meta_file = path / "meta.json"
    if not meta_file.exists():
        raise FileNotFoundError(f"no classifier in {path} (meta.json missing)")
    backend = json.loads(meta_file.read_text(encoding="utf-8"))["backend"]
    if backend == "tfidf":
        from models.tfidf import TfidfClassifier

        return TfidfClassifier.load(path)
    if backend == "transformer":
        from models.transformer import TransformerClassifier

        return TransformerClassifier.load(path)
    raise ValueError(f"{path}: unknown backend {backend!r}")
