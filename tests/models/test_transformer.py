"""The transformer backend end to end on a tiny BERT built here (no hub, no downloads)."""

# ruff: noqa: E402  (imports that need the extra come after importorskip)

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors, trainers
from tokenizers.models import WordPiece
from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

from models import load_classifier, save_classifier
from models.transformer import TransformerClassifier
from models.transformer_text import encode, prefix
from triage.classifier import RISK_FACTORS, ROUTES, URGENCIES, Labels, ModelInput

ROOT = Path(__file__).resolve().parents[2]
HANDWRITTEN = ROOT / "data_samples" / "handwritten.jsonl"
NER_TRAIN = ROOT / "data_samples" / "swedish_ner" / "train.jsonl"
N_FIT, N_PREDICT = 40, 12
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _records() -> list[dict]:
    if not HANDWRITTEN.exists():
        subprocess.run([sys.executable, "-m", "training.handwritten"], cwd=ROOT, check=False)
    if not HANDWRITTEN.exists():
        return []
    return [json.loads(line) for line in HANDWRITTEN.read_text(encoding="utf-8").splitlines()]


def _inputs(records: list[dict]) -> list[ModelInput]:
    return [ModelInput(r["text"], r.get("reporter_type"), r.get("child_age")) for r in records]


@pytest.fixture(scope="session")
def records() -> list[dict]:
    found = _records()
    assert len(found) >= N_FIT + N_PREDICT, "data_samples/handwritten.jsonl is part of the repo"
    return found


@pytest.fixture(scope="session")
def checkpoint(tmp_path_factory) -> Path:
    """The 'operator's local checkpoint': a WordPiece tokenizer and a tiny random BERT."""
    source = HANDWRITTEN if HANDWRITTEN.exists() else NER_TRAIN
    texts = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines()]
    raw = Tokenizer(WordPiece(unk_token="[UNK]"))
    raw.normalizer = normalizers.BertNormalizer(lowercase=False)
    raw.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    raw.decoder = decoders.WordPiece()
    raw.train_from_iterator(
        texts + ["[reporter: okänd] [ålder: 0-2] …"],
        trainers.WordPieceTrainer(vocab_size=1500, special_tokens=SPECIALS),
    )
    cls_id, sep_id = raw.token_to_id("[CLS]"), raw.token_to_id("[SEP]")
    raw.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    tokenizer = BertTokenizerFast(
        tokenizer_object=raw,
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        do_lower_case=False,
        strip_accents=False,
    )
    config = BertConfig(
        vocab_size=raw.get_vocab_size(),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=256,
    )
    folder = tmp_path_factory.mktemp("local-bert")
    tokenizer.save_pretrained(folder)
    BertForSequenceClassification(config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def fitted(checkpoint, records) -> TransformerClassifier:
    fit = records[:N_FIT]
    labels = Labels(
        [r["urgency"] for r in fit], [r["route"] for r in fit], [r["risk_factors"] for r in fit]
    )
    model = TransformerClassifier(
        version="test", checkpoint=checkpoint, epochs=10, batch_size=8,
        learning_rate=2e-3, max_length=128, threads=1,
    )  # fmt: skip
    model.fit(_inputs(fit), labels)
    return model


def test_probabilities_have_the_right_shape_and_range(fitted, records):
    threads = torch.get_num_threads()
    p = fitted.predict_proba(_inputs(records[N_FIT : N_FIT + N_PREDICT]))
    assert torch.get_num_threads() == threads  # the threads option does not leak
    assert p.urgency.shape == (N_PREDICT, len(URGENCIES))
    assert p.route.shape == (N_PREDICT, len(ROUTES))
    assert p.risk.shape == (N_PREDICT, len(RISK_FACTORS))
    np.testing.assert_allclose(p.urgency.sum(axis=1), 1.0, atol=1e-9)
    np.testing.assert_allclose(p.route.sum(axis=1), 1.0, atol=1e-9)
    assert ((p.risk >= 0) & (p.risk <= 1)).all()
    assert all(t > 0 for t in fitted.temperatures.values())
    assert fitted.contributions(_inputs(records[:1])[0], "urgency", "akut") == []


def test_training_loss_decreases(fitted):
    history = fitted.history
    assert len(history) >= 30
    assert np.mean(history[-10:]) < np.mean(history[:5]) - 0.2


def test_save_load_round_trip_gives_identical_probabilities(fitted, records, tmp_path):
    inputs = _inputs(records[N_FIT : N_FIT + N_PREDICT])
    save_classifier(fitted, tmp_path / "classifier")
    loaded = load_classifier(tmp_path / "classifier")
    assert isinstance(loaded, TransformerClassifier)
    assert loaded.version == "test" and loaded.temperatures == fitted.temperatures
    before, after = fitted.predict_proba(inputs), loaded.predict_proba(inputs)
    for task in ("urgency", "route", "risk"):
        np.testing.assert_allclose(getattr(after, task), getattr(before, task), rtol=0, atol=1e-7)


def test_long_texts_keep_head_and_tail(fitted):
    text = "Början av anmälan. " + "Skolan rapporterar frånvaro. " * 200 + "Barnet sa igår: slutet."
    [ids] = encode(fitted.tokenizer, [ModelInput(text, "skola", 7)], max_length=64)
    decoded = fitted.tokenizer.decode(ids)
    assert len(ids) <= 64
    assert "reporter : skola" in decoded and "ålder : 6 - 9" in decoded
    assert "Början" in decoded and "slutet" in decoded
    assert prefix(ModelInput("x")) == "[reporter: okänd] [ålder: okänd]"


def test_missing_checkpoint_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        TransformerClassifier(checkpoint=tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="not a local folder"):
        TransformerClassifier(checkpoint="KB/bert-base-swedish-cased")


def test_corrupt_checkpoint_is_a_clear_error(tmp_path):
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    model = TransformerClassifier(checkpoint=tmp_path)
    with pytest.raises(ValueError, match=str(tmp_path)):
        model.fit([ModelInput("text")], Labels(["normal"], ["forsta_linjen"], [[]]))
    with pytest.raises(FileNotFoundError, match="transformer.json"):
        TransformerClassifier.load(tmp_path)


def test_fit_without_checkpoint_says_how_to_give_one():
    with pytest.raises(ValueError, match="--checkpoint"):
        TransformerClassifier().fit([ModelInput("text")], Labels(["normal"], ["forsta_linjen"]))
