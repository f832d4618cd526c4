"""Sampling on a clock into a rolling window: the loop behind ``newsflow lag``, ``--watch`` and ``--serve``."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Protocol

from newsflow.errors import BrokerUnavailable
from newsflow.lag.window import LagRow, LagWindow, Reading
from newsflow.runtime import StopFlag

log = logging.getLogger(__name__)


class Sampler(Protocol):
    """Anything that takes one sampling pass (``LagSampler``)."""

    def sample(self) -> Iterable[Reading]: ...


class LagMonitor:
    """Samples every ``interval_s`` into a window of ``span_s`` seconds; ``rows()`` may be called from any thread."""

    def __init__(
        self, sampler: Sampler, span_s: float, interval_s: float, clock: Callable[[], float] = time.time
    ) -> None:
        if interval_s <= 0:
            raise ValueError("the sampling interval must be positive")
        self._sampler = sampler
        self._window = LagWindow(span_s)
        self._interval_s = interval_s
        self._clock = clock
        self._lock = threading.Lock()
        self.failures = 0

    def tick(self, prune: bool = True) -> None:
        """Take one sample; a broker that does not answer turns every known partition to ERR."""
        try:
            readings = list(self._sampler.sample())
        except BrokerUnavailable as exc:
            self.failures += 1
            log.warning("lag sample failed", extra={"error": str(exc)})
            with self._lock:
                self._window.mark_unavailable(self._clock())
            readings = []
        with self._lock:
            self._window.add(readings)
            if prune:
                self._window.prune(self._clock())

    def rows(self) -> list[LagRow]:
        """The report over the current window."""
        with self._lock:
            return self._window.rows()

    def fill(self, stop: StopFlag) -> None:
        """Sample once now and then every interval until the window's span has passed (one-shot use)."""
        started = time.monotonic()
        self.tick(prune=False)
        while not stop.is_set():
            left = self._window.span_s - (time.monotonic() - started)
            if left <= 0:
                return
            if stop.wait(min(self._interval_s, left)):
                return
            self.tick(prune=False)

    def run(self, stop: StopFlag, on_tick: Callable[[], None] | None = None) -> None:
        """Sample every interval until ``stop`` is set (the rolling window of ``--watch`` and ``--serve``)."""
        while not stop.is_set():
            started = time.monotonic()
            self.tick()
            if on_tick is not None:
                on_tick()
            stop.wait(max(0.0, self._interval_s - (time.monotonic() - started)))
