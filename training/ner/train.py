"""Train the linear NER (PERSON, LOCATION, ORGANIZATION) and save it to ``models/ner_sv``.

Training data: the synthetic corpus's train split (referral language, names of many
origins, lower-case and possessive names), the hand-written training referrals, and the
train split of the Swedish NER corpus (real news prose, CC BY 4.0). Never the synthetic
test split, the hand-written development set or the NER corpus's test file: those
measure generalisation.

    python -m training.ner.train [--corpus data/corpus/train.jsonl] [--out models/ner_sv]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import SGDClassifier
from spacy.training import offsets_to_biluo_tags

from training.ner.namelike_train import fit_namelike
from triage.pseudonymize.lemmas import LemmaTable
from triage.pseudonymize.linear_ner import ENTITY_LABELS, TAGS, LinearNer
from triage.pseudonymize.namelike import NameLikeness
from triage.pseudonymize.ner_features import PAD, SLOTS, word_features
from triage.pseudonymize.nlp import blank_pipeline

ROOT = Path(__file__).resolve().parents[2]
NEWS_TRAIN = ROOT / "data_samples" / "swedish_ner" / "train.jsonl"
HANDWRITTEN_TRAIN = ROOT / "data_samples" / "handwritten_train.jsonl"
DEFAULT_OUT = ROOT / "models" / "ner_sv"
GAZETTEER_DROPOUT = 0.4
LOWERCASE_SHARE = 0.3
O_BIAS = 2.0  # recall over precision: a leaked name is a breach, an extra mask is cheap


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bio_tags(doc, spans: list[dict]) -> list[str]:
    """BIO tags for the entity spans of interest; other PII classes count as O."""
    offsets = [(s["start"], s["end"], s["label"]) for s in spans if s["label"] in ENTITY_LABELS]
    tags = offsets_to_biluo_tags(doc, offsets, missing="O")
    convert = {"U": "B", "L": "I", "B": "B", "I": "I"}
    return ["O" if t in ("O", "-") else f"{convert[t[0]]}-{t[2:]}" for t in tags]


def featurise(
    records: list[dict],
    first: frozenset[str],
    last: frozenset[str],
    rng: random.Random,
    namelike: NameLikeness | None = None,
) -> tuple[list[list[list[str]]], list[int]]:
    """Per document the padded per-word feature lists, and all tag indices in order."""
    nlp = blank_pipeline()
    no_names: frozenset[str] = frozenset()
    caches: dict[bool, dict[str, list[str]]] = {True: {}, False: {}}
    documents, labels = [], []
    for record in records:
        text = record["text"]
        if rng.random() < LOWERCASE_SHARE:
            text = text.lower()
        doc = nlp.make_doc(text)
        labels.extend(TAGS.index(tag) for tag in bio_tags(doc, record.get("pii", [])))
        use_names = rng.random() >= GAZETTEER_DROPOUT
        cache = caches[use_names]
        names = (first, last) if use_names else (no_names, no_names)
        per_word = []
        for word in [PAD, PAD, *(t.text for t in doc), PAD, PAD]:
            features = cache.get(word)
            if features is None:
                features = cache[word] = word_features(word, *names, namelike)
            per_word.append(features)
        documents.append(per_word)
    return documents, labels


def fit(
    documents: list[list[list[str]]], labels: list[int], min_count: int = 2
) -> tuple[dict, np.ndarray]:
    """Fit a linear model over window features; returns (feature index, slot weights)."""
    counts = Counter(f for words in documents for features in words[2:-2] for f in features)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count), 1)}
    width = len(vocab) + 1
    indptr, indices = [0], []
    for words in documents:
        ids = [[vocab[f] for f in features if f in vocab] for features in words]
        for i in range(2, len(words) - 2):
            for slot_index, offset in enumerate(SLOTS):
                indices.extend(slot_index * width + j for j in ids[i + offset])
            indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(labels), len(SLOTS) * width))
    model = SGDClassifier(
        loss="log_loss", alpha=2e-6, max_iter=12, tol=None, n_jobs=2, random_state=0
    )
    model.fit(matrix, np.array(labels))
    weights = np.zeros((len(SLOTS), width, len(TAGS)), dtype=np.float32)
    for row, tag_index in enumerate(model.classes_):
        weights[:, :, tag_index] = model.coef_[row].reshape(len(SLOTS), width)
        weights[SLOTS.index(0), vocab["b"], tag_index] += model.intercept_[row]
    missing = set(range(len(TAGS))) - set(model.classes_.tolist())
    for tag_index in missing:
        weights[:, :, tag_index] = -1e4
    return vocab, weights


def _names_and_words(records: list[dict], gazetteer: frozenset[str]) -> tuple[set, set]:
    """Name tokens (gazetteer + gold PERSON spans) and other words (lemmas + O tokens)."""
    names, words = set(gazetteer), set(LemmaTable.build().lemmas)
    for record in records:
        text, covered = record["text"], [False] * len(record["text"])
        for span in record.get("pii", []):
            if span["label"] == "PERSON":
                names.update(text[span["start"] : span["end"]].split())
            covered[span["start"] : span["end"]] = [True] * (span["end"] - span["start"])
        for match in re.finditer(r"\w+", text):
            if not covered[match.start()]:
                words.add(match.group())
    return names, words


def load_gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """Train-pool names of the synthetic generator (test-pool names are never shipped)."""
    from training.synth.names import gazetteer_names

    names = gazetteer_names()
    return (
        frozenset(n.lower() for n in names["first"]),
        frozenset(n.lower() for n in names["last"]),
    )


def train(corpus: list[dict], out: Path, seed: int = 0) -> LinearNer:
    """Train on ``corpus`` plus the news and hand-written train sets; save to ``out``."""
    started = time.perf_counter()
    rng = random.Random(seed)
    first, last = load_gazetteer()
    records = corpus + read_jsonl(NEWS_TRAIN)
    if HANDWRITTEN_TRAIN.exists():
        records += read_jsonl(HANDWRITTEN_TRAIN) * 3  # few but varied: weigh them up
    namelike = fit_namelike(*_names_and_words(records, first | last))
    documents, labels = featurise(records, first, last, rng, namelike)
    vocab, weights = fit(documents, labels)
    ner = LinearNer(None)
    ner.set_model(vocab, weights, first, last, namelike)
    ner.o_bias = O_BIAS
    ner.to_disk(out)
    LemmaTable.build().save(out)  # the serving lemmatizer's compact table
    print(
        f"trained NER on {len(records)} texts / {len(labels)} tokens, {len(vocab)} features "
        f"in {time.perf_counter() - started:.0f} s -> {out}",
        file=sys.stderr,
    )
    return ner


def main(argv: list[str] | None = None) -> int:
    warnings.filterwarnings("ignore", message=r"\[W030\]")  # a few news spans split tokens
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="synthetic train JSONL (default: generate)")
    parser.add_argument("--n", type=int, default=8000, help="synthetic records when generating")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.corpus:
        corpus = read_jsonl(args.corpus)[: args.n]
    else:
        from training.synth.generate import generate_records

        corpus = list(generate_records(args.n, seed=101, split="train"))
    train(corpus, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
