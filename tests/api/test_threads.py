"""The BLAS thread limit that serving and `triage predict` apply."""

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from api.threads import limit_blas_threads


def _blas_threads() -> set[int]:
    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


@pytest.fixture
def restored_blas():
    original = threadpool_limits(limits=None, user_api="blas")  # records, changes nothing
    yield
    original.restore_original_limits()


@pytest.mark.usefixtures("restored_blas")
def test_one_thread_per_call():
    assert _blas_threads()  # numpy's wheels bundle OpenBLAS
    assert limit_blas_threads(1) is True
    assert _blas_threads() == {1}


@pytest.mark.usefixtures("restored_blas")
def test_zero_leaves_the_library_default():
    before = _blas_threads()
    assert limit_blas_threads(0) is False
    assert _blas_threads() == before
