"""sinks.allocator: on glibc, freed heap in the middle of the heap goes back to the system."""

from __future__ import annotations

import platform

import pytest

from sinks import allocator

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim and mallopt are glibc's")


def _rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@glibc
def test_tune_pins_the_mmap_threshold() -> None:
    assert allocator.tune() is True


@glibc
def test_release_returns_freed_heap_pages_below_a_live_block() -> None:
    # 24 MB in 64 KiB blocks (below the mmap threshold: they come from the heap), then a block kept alive above
    # them, so the heap cannot shrink from the top: only malloc_trim(0) gives the freed pages back
    blocks = [bytearray(b"x" * 65536) for _ in range(384)]
    keep = [bytearray(b"y" * 65536) for _ in range(4)]
    del blocks
    before = _rss_bytes()
    assert allocator.release() is True
    after = _rss_bytes()
    assert before - after > 16 * 1024 * 1024, (before, after)
    assert all(block[0] == ord("y") for block in keep)


def test_release_is_harmless_when_there_is_nothing_to_return() -> None:
    allocator.release()
    assert isinstance(allocator.release(), bool)
