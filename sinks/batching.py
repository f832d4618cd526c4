"""When a sink batch is complete: by size or by time, whichever comes first (pure, clock passed in).

A batch is flushed when it holds ``max_records`` records, or when ``max_wait_s`` have passed since its FIRST
record arrived. An empty batch never times out: the clock starts with the first record, so a quiet topic costs
no empty transactions and a trickle of records waits at most ``max_wait_s`` before it is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class BatchWindow:
    """Tracks one batch being filled; ``add`` records arrivals, ``full``/``expired`` say when to flush."""

    max_records: int
    max_wait_s: float
    size: int = 0
    opened_at: float | None = field(default=None)

    def add(self, count: int, now: float) -> None:
        """Note ``count`` records arriving at monotonic time ``now``."""
        if count <= 0:
            return
        if self.opened_at is None:
            self.opened_at = now
        self.size += count

    def room(self) -> int:
        """How many more records fit."""
        return max(0, self.max_records - self.size)

    def full(self) -> bool:
        return self.size >= self.max_records

    def expired(self, now: float) -> bool:
        """Whether the batch's time is up (never for an empty batch)."""
        return self.opened_at is not None and now - self.opened_at >= self.max_wait_s

    def due(self, now: float) -> bool:
        """Flush now: full, or its time is up."""
        return self.full() or self.expired(now)

    def wait_s(self, now: float, idle_s: float) -> float:
        """How long the next poll may wait: the time left of a started batch, else ``idle_s``."""
        if self.opened_at is None:
            return idle_s
        return max(0.0, min(idle_s, self.opened_at + self.max_wait_s - now))
