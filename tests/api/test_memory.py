"""The allocator settings of the service (glibc only; elsewhere they report False)."""

import platform

import pytest

from api import memory

glibc = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="malloc arenas and malloc_trim are glibc's",
)


@glibc
def test_arenas_are_capped_and_free_memory_returned():
    assert memory.limit_arenas(2) is True
    chunks = [bytearray(96_000) for _ in range(1000)]  # heap blocks, below mmap's threshold
    del chunks
    assert memory.release_free_memory() is True


def test_zero_arenas_leaves_the_allocator_alone():
    assert memory.limit_arenas(0) is False
