"""Progress bars for long work (OPML import, backfills, the demo): on a terminal only, silent otherwise.

tqdm draws on standard error, so piped standard output stays clean, and logs or CI output get no bar at all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, TypeVar

from tqdm import tqdm

T = TypeVar("T")


def on_terminal(stream: TextIO | None = None) -> bool:
    """Whether ``stream`` (standard error by default) is a terminal a person watches."""
    stream = stream if stream is not None else sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def progress(items: Iterable[T], description: str, total: int | None = None, unit: str = "it") -> Iterator[T]:
    """Iterate ``items``, drawing a bar on a terminal; exactly ``items`` otherwise."""
    if not on_terminal():
        yield from items
        return
    with tqdm(items, desc=description, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True) as bar:
        yield from bar


def bar(description: str, total: int, unit: str = "it") -> tqdm[Any] | None:
    """A bar to advance by hand (``update``/``close``) on a terminal; None elsewhere."""
    if not on_terminal():
        return None
    return tqdm(desc=description, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True)
