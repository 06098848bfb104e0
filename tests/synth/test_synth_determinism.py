"""Same seed, same bytes: in one process, across processes and hash seeds, and on disk."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from training.synth import generate
from training.synth.generate import generate_records, write_corpus, write_samples

ROOT = Path(__file__).resolve().parents[2]
DIGEST = (
    "import hashlib, json\n"
    "from training.synth.generate import generate_records\n"
    "h = hashlib.sha256()\n"
    "for split in ('train', 'test'):\n"
    "    for r in generate_records(150, 7, split):\n"
    "        h.update(json.dumps(r, ensure_ascii=False).encode())\n"
    "print(h.hexdigest())\n"
)


def digest(records) -> str:
    h = hashlib.sha256()
    for record in records:
        h.update(json.dumps(record, ensure_ascii=False).encode())
    return h.hexdigest()


@pytest.mark.parametrize("split", ["train", "test"])
def test_same_seed_gives_identical_records(split):
    assert digest(generate_records(200, 5, split)) == digest(generate_records(200, 5, split))


def test_different_seeds_differ():
    assert digest(generate_records(50, 1, "train")) != digest(generate_records(50, 2, "train"))


def test_prefix_of_a_corpus_is_the_smaller_corpus():
    assert list(generate_records(40, 3, "train")) == list(generate_records(80, 3, "train"))[:40]


def test_identical_across_processes_and_hash_seeds():
    outputs = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(result.stdout.strip())
    outputs.add(digest([*generate_records(150, 7, "train"), *generate_records(150, 7, "test")]))
    assert len(outputs) == 1


def test_write_corpus_writes_every_split_byte_identically(tmp_path):
    counts = write_corpus(tmp_path / "a", n=60, seed=4, test_share=0.25)
    write_corpus(tmp_path / "b", n=60, seed=4, test_share=0.25)
    assert counts == {"train": 39, "dev": 6, "test": 15}
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl"):
        first, second = (tmp_path / d / name for d in ("a", "b"))
        assert first.read_bytes() == second.read_bytes()
        lines = first.read_text(encoding="utf-8").splitlines()
        assert all(json.loads(line)["split"] == name.split(".")[0] for line in lines)
    assert "\\u00" not in (tmp_path / "a" / "train.jsonl").read_text(encoding="utf-8")


def test_worker_processes_do_not_change_the_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "CHUNK", 7)
    calls = []
    write_corpus(tmp_path / "one", n=40, seed=9, workers=1, meanwhile=lambda: calls.append(1))
    write_corpus(tmp_path / "two", n=40, seed=9, workers=2, meanwhile=lambda: calls.append(2))
    for name in ("train.jsonl", "test.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert calls == [1, 2]  # once per corpus, whether or not workers write it


def test_samples_are_the_first_records_of_the_corpus(tmp_path):
    assert write_samples(tmp_path) == {"train": 300, "test": 150}
    lines = (tmp_path / "synthetic_test_sample.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines[:20]] == list(generate_records(20, 13, "test"))
