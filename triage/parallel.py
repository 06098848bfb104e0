"""Suggestions for many referrals on every core: forked workers share the loaded pipeline.

A suggestion takes one core for about 12 ms; one process therefore tops out at about 90
referrals per second, whatever the machine. ``suggest_in_order`` spreads chunks of
referrals over forked worker processes, which inherit the pipeline already loaded and
warmed (nothing is pickled but the texts and the results), and yields the results in
input order. Where ``fork`` is unavailable, or the input is small, it runs in-process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from triage.municipality import Municipality
from triage.pipeline import Pipeline
from triage.pseudonymize import TextRejected
from triage.suggestion import Suggestion

CHUNK = 16  # referrals per task: large enough to amortise the hand-over, small for order


@dataclass(frozen=True)
class Job:
    """One referral to suggest for."""

    id: str
    text: str
    reporter_type: str | None = None
    child_age: int | None = None


# (pipeline, municipality, reset) that forked workers inherit; set only while a pool runs
_inherited: tuple[Pipeline, Municipality | None, Callable[[], None] | None] | None = None


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def suggest_in_order(
    pipeline: Pipeline,
    jobs: Iterable[Job],
    workers: int = 0,
    municipality: Municipality | None = None,
    reset: Callable[[], None] | None = None,
) -> Iterator[Suggestion | ValueError]:
    """Each job's suggestion, or the error that rejected it (``TextRejected`` is a
    ``ValueError``), in the order of ``jobs``. ``workers`` 0 means one per core; ``reset``
    runs before each chunk (benchmarks use it to forget the sentences read so far)."""
    global _inherited
    workers = workers or default_workers()
    chunks = _chunks(iter(jobs))
    first = next(chunks, None)
    if first is None:
        return
    chunks = _prepend(first, chunks)
    if workers < 2 or len(first) < CHUNK or "fork" not in mp.get_all_start_methods():
        for chunk in chunks:
            yield from _run(pipeline, municipality, reset, chunk)
        return
    _inherited = (pipeline, municipality, reset)
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            for results in pool.imap(_run_inherited, chunks):
                yield from results
    finally:
        _inherited = None


def _chunks(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    while chunk := list(islice(jobs, CHUNK)):
        yield chunk


def _prepend(first: list[Job], rest: Iterator[list[Job]]) -> Iterator[list[Job]]:
    yield first
    yield from rest


def _run_inherited(chunk: list[Job]) -> list[Suggestion | ValueError]:
    pipeline, municipality, reset = _inherited
    return _run(pipeline, municipality, reset, chunk)


def _run(
    pipeline: Pipeline,
    municipality: Municipality | None,
    reset: Callable[[], None] | None,
    chunk: list[Job],
) -> list[Suggestion | ValueError]:
    """The chunk's outcomes; its valid texts go through ``suggest_many`` together (spaCy
    reads them as one batch), one at a time if that raises."""
    if reset is not None:
        reset()
    outcomes: list[Suggestion | ValueError | None] = [None] * len(chunk)
    valid = []
    for index, job in enumerate(chunk):
        try:
            pipeline.pseudonymizer.check(job.text)
            valid.append(index)
        except TextRejected as error:
            outcomes[index] = error
    try:
        batch = pipeline.suggest_many(
            ((j.id, j.text, j.reporter_type, j.child_age) for j in (chunk[i] for i in valid)),
            municipality,
        )
        for index, suggestion in zip(valid, list(batch), strict=True):
            outcomes[index] = suggestion
    except ValueError:
        for index in valid:
            job = chunk[index]
            try:
                outcomes[index] = pipeline.suggest(
                    job.id, job.text, job.reporter_type, job.child_age, municipality
                )
            except ValueError as error:
                outcomes[index] = error
    return outcomes
