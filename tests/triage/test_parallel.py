"""Suggestions on every core: the same outcomes, in input order, as one at a time."""

import pytest

from triage.parallel import CHUNK, Job, suggest_in_order
from triage.pipeline import DecisionPolicy, Pipeline
from triage.pseudonymize import TextRejected

TEXTS = (
    "Mentorn berättar att Elsa Nyberg, 9 år, sa att pappa slog henne igår.",
    "Olle, 12 år, har hög frånvaro i skolan sedan jul.",
    "",
    "Grannen hör bråk och skrik från lägenheten nästan varje kväll.",
    "binär\x00data",
    "Mamma har uteblivit från BVC tre gånger och verkar mycket trött.",
)


@pytest.fixture(scope="module")
def pipeline(pseudonymizer, fitted) -> Pipeline:
    return Pipeline(pseudonymizer, fitted, DecisionPolicy())


def _jobs(n: int) -> list[Job]:
    return [Job(f"r{i}", TEXTS[i % len(TEXTS)], None, 5 + i % 10) for i in range(n)]


def _expected(pipeline: Pipeline, job: Job) -> str:
    try:
        return pipeline.suggest(
            job.id, job.text, job.reporter_type, job.child_age
        ).model_dump_json()
    except TextRejected as error:
        return f"rejected: {error}"


@pytest.mark.parametrize("workers", [1, 2])
def test_outcomes_match_one_at_a_time_in_input_order(pipeline, workers):
    jobs = _jobs(2 * CHUNK + 5)  # several chunks, the last one short
    outcomes = list(suggest_in_order(pipeline, jobs, workers=workers))
    assert len(outcomes) == len(jobs)
    got = [f"rejected: {o}" if isinstance(o, ValueError) else o.model_dump_json() for o in outcomes]
    assert got == [_expected(pipeline, job) for job in jobs]
    rejected = [isinstance(o, TextRejected) for o in outcomes]
    assert rejected == [job.text in ("", "binär\x00data") for job in jobs]


def test_reset_runs_before_each_chunk_and_empty_input_yields_nothing(pipeline):
    calls = []
    outcomes = list(suggest_in_order(pipeline, _jobs(CHUNK + 1), 1, reset=lambda: calls.append(1)))
    assert len(outcomes) == CHUNK + 1 and len(calls) == 2
    assert list(suggest_in_order(pipeline, [], workers=2)) == []
