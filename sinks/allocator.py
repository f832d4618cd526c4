"""Hand the heap a sink batch freed back to the system (glibc), so resident memory follows the work, not its peak.

A sink batch is large and short-lived: up to ``batch_max_records`` decoded messages, their rows, the SQL text of
the set-at-a-time statements, and the Kafka fetch responses they came in (up to several MB each when the sink
catches up on a backlog). glibc keeps what such a batch freed: a freed chunk inside the heap is only reused, and
after a large ``mmap``-ed buffer is freed glibc raises its mmap threshold to that size, so the next large buffers
are carved from the heap and stay there. Left alone, the process's resident size climbs to the high-water mark of
its largest batch and keeps it.

- :func:`tune` (once, when the service starts) pins ``M_MMAP_THRESHOLD``: buffers of :data:`MMAP_THRESHOLD`
  bytes or more are always mapped on their own and unmapped when freed (pinning it also stops the dynamic
  raise).
- :func:`release` (after each batch) calls ``malloc_trim(0)``, which returns the free pages of every arena, not
  only the top of the main heap.

Elsewhere (musl, macOS, or no C library found) both do nothing and say so by returning False.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # mallopt parameter number (malloc.h)
MMAP_THRESHOLD = 256 * 1024  # glibc's default starts at 128 KiB and may rise to 32 MiB; pinned here


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library if it is glibc (it has ``malloc_trim`` and ``mallopt``), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.mallopt.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


def tune(mmap_threshold: int = MMAP_THRESHOLD) -> bool:
    """Pin glibc's mmap threshold for this process; True if it was set."""
    libc = _glibc()
    if libc is None:
        return False
    done = bool(libc.mallopt(M_MMAP_THRESHOLD, mmap_threshold))
    if not done:
        log.warning("mallopt(M_MMAP_THRESHOLD) refused", extra={"value": mmap_threshold})
    return done


def release() -> bool:
    """Return the heap's free pages to the system; True if glibc did (False: nothing to return, or not glibc)."""
    libc = _glibc()
    return libc is not None and bool(libc.malloc_trim(0))
