"""Assemble synthetic referrals: voice opening, background, 1–3 scenarios, closing, noise.

Every record is a pure function of ``(seed, split, index)``: it has its own
``random.Random(f"{seed}:{split}:{index}")``, so the same seed gives byte-identical files
whatever the number of worker processes, and the first 300 records of a corpus are its
300-record sample. Planning and rendering live in ``assemble.py``, the material of each
split in ``material.py`` (rules in ``split.py``), labels in ``labels.py``. A scenario may
restrict its reporters with tags ``"reporter:<reporter_type or voice id>"``.

    python -m training.synth.generate --out data/corpus --n 20000   # corpus
    python -m training.synth.generate --samples                     # data_samples/*.jsonl
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from training.synth.assemble import Draft, plan, render, voice_and_age
from training.synth.cast import Cast
from training.synth.labels import labels
from training.synth.material import Material, material
from training.synth.scenario import Scenario
from training.synth.split import check_split, vocabulary_split

ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = ROOT / "data_samples"
CHUNK = 1000
UNKNOWN_AGE_VOICES = frozenset({"anonym_au", "granne", "kompis_chatt"})

__all__ = ["generate_records", "make_record", "material", "write_corpus", "write_samples"]


def make_record(index: int, seed: int, split: str, mat: Material) -> tuple[dict, Draft]:
    """Record number ``index`` of the ``split`` corpus for ``seed``, with its draft."""
    rng = random.Random(f"{seed}:{split}:{index}")
    voice, openings, closings, age = voice_and_age(rng, mat)
    cast = Cast(rng, vocabulary_split(split), age, voice)
    draft = plan(rng, mat, voice, openings, closings, age, cast.foreign_language)
    text, spans, parts = render(rng, draft, cast)
    age_in_text = any("{AGE}" in t for _, t in draft.templates)
    unknown_age = draft.voice.id in UNKNOWN_AGE_VOICES and not age_in_text and rng.random() < 0.3
    record = {
        "id": f"syn{seed}-{split}-{index:06d}",
        "text": text,
        "reporter_type": draft.voice.reporter_type.value,
        "child_age": None if unknown_age else draft.age,
        **labels(draft.scenarios),
        "pii": spans,
        "split": split,
        "families": [s.family for s in draft.scenarios] + [f"voice:{draft.voice.id}"],
        "segments": [
            {"start": parts[i][0], "end": parts[i][1], "family": s.family}
            for i, s in enumerate(draft.scenarios)
            if i in parts
        ],
    }
    return record, draft


def default_scenarios() -> tuple[Scenario, ...]:
    from training.synth.scenarios import ALL_SCENARIOS

    return tuple(ALL_SCENARIOS)


def generate_records(
    n: int, seed: int, split: str, scenarios: Sequence[Scenario] | None = None
) -> Iterator[dict]:
    """``n`` records of ``split`` ("train", "dev" or "test"); same arguments, same records."""
    mat = material(check_split(split), tuple(scenarios or default_scenarios()))
    for index in range(n):
        yield make_record(index, seed, split, mat)[0]


def _lines(args: tuple[int, int, int, str]) -> list[str]:
    """JSON lines of records ``start..stop`` (runs in a worker process)."""
    start, stop, seed, split = args
    mat = material(split, default_scenarios())
    return [
        json.dumps(make_record(i, seed, split, mat)[0], ensure_ascii=False)
        for i in range(start, stop)
    ]


def _corpus_lines(
    n: int, seed: int, split: str, workers: int, meanwhile: Callable[[], None] | None = None
) -> Iterator[str]:
    """All lines of a split in index order, computed by ``workers`` processes (``meanwhile``
    runs in this process once they have started)."""
    chunks = [(i, min(i + CHUNK, n), seed, split) for i in range(0, n, CHUNK)]
    if workers <= 1 or len(chunks) <= 1:
        if meanwhile:
            meanwhile()
        for chunk in chunks:
            yield from _lines(chunk)
        return
    material(split, default_scenarios())  # warm the caches once; forked workers share them
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        results = pool.map(_lines, chunks)  # forks every worker and hands out all chunks
        if meanwhile:
            meanwhile()
        for lines in results:
            yield from lines


def _write(path: Path, lines: Iterator[str]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    return count


def write_corpus(
    out_dir: Path,
    n: int = 20000,
    seed: int = 13,
    test_share: float = 0.2,
    workers: int = 1,
    dev_share: float = 0.1,
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Write ``train.jsonl``, ``dev.jsonl`` (validation: unseen train-side phrasings) and
    ``test.jsonl`` (held-out templates) to ``out_dir``; returns record counts.

    Records depend only on (seed, split, index), so the files are byte-identical whatever
    the number of ``workers`` (forked processes; 1 is safe inside threaded servers).
    ``meanwhile`` runs in this process while the workers write the train split.
    """
    out_dir = Path(out_dir)
    if "fork" not in multiprocessing.get_all_start_methods():
        workers = 1
    n_test, n_dev = round(n * test_share), round(n * dev_share)
    splits = (("train", n - n_test - n_dev), ("dev", n_dev), ("test", n_test))
    return {
        split: _write(
            out_dir / f"{split}.jsonl",
            _corpus_lines(count, seed, split, workers, meanwhile if split == "train" else None),
        )
        for split, count in splits
    }


def write_samples(directory: Path = SAMPLES_DIR, seed: int = 13) -> dict[str, int]:
    """The committed samples: 300 train and 150 test records (the corpus's first ones)."""
    directory = Path(directory)
    return {
        split: _write(
            directory / f"synthetic_{split}_sample.jsonl",
            _corpus_lines(count, seed, split, workers=1),
        )
        for split, count in (("train", 300), ("test", 150))
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "corpus")
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--samples", action="store_true", help="write data_samples/ only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = (
        write_samples()
        if args.samples
        else write_corpus(args.out, args.n, args.seed, workers=args.workers)
    )
    print(
        json.dumps({**counts, "seconds": round(time.perf_counter() - started, 1)}), file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
