"""``Background`` computes a result in a forked process, or here without fork."""

import multiprocessing as mp
import os

import pytest

from models.background import Background


def _pid_and_sum(numbers: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def _fail() -> None:
    raise ValueError("no cues")


def test_the_result_comes_from_another_process():
    with Background(_pid_and_sum, [1, 2, 3]) as job:
        pid, total = job.get()
    assert total == 6
    assert pid != os.getpid()


def test_without_fork_it_is_computed_here(monkeypatch):
    monkeypatch.setattr(mp, "get_all_start_methods", lambda: ["spawn"])
    with Background(_pid_and_sum, [4, 5]) as job:
        assert job.get() == (os.getpid(), 9)


def test_an_error_in_the_background_reaches_the_caller():
    with Background(_fail) as job, pytest.raises(ValueError, match="no cues"):
        job.get()
