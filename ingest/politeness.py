"""Per-host politeness shared by every fetch of a process: a concurrency cap and a minimum gap between starts.

One :class:`HostGate` is shared by all feeds and pages of a host, so twenty feeds on one publisher never add up to
twenty parallel requests. A 429/503 (or a run of failures) pushes the whole host back with :meth:`slow_down`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.errors import fetch_error

if TYPE_CHECKING:
    from newsflow.settings import Settings


@dataclass
class _HostState:
    in_flight: int = 0
    next_start: float = 0.0  # monotonic time before which no request to the host may start
    waiting: int = 0


class HostGate:
    """Thread-safe admission of requests per host.

    At most ``max_concurrency`` requests to a host are in flight, and their starts are at least ``min_delay_s``
    apart. Idle hosts (nothing in flight or waiting, next start already past) are forgotten once more than
    ``max_hosts`` are known, so memory stays bounded however many hosts are seen.
    """

    def __init__(
        self,
        max_concurrency: int,
        min_delay_s: float,
        *,
        max_hosts: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        if min_delay_s < 0:
            raise ValueError("min_delay_s must not be negative")
        self.max_concurrency = max_concurrency
        self.min_delay_s = min_delay_s
        self.max_hosts = max_hosts
        self._clock = clock
        self._cond = threading.Condition()
        self._hosts: dict[str, _HostState] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> HostGate:
        """The gate configured by ``NEWSFLOW_HOST_MAX_CONCURRENCY`` and ``NEWSFLOW_HOST_MIN_DELAY_S``."""
        return cls(settings.host_max_concurrency, settings.host_min_delay_s)

    @staticmethod
    def key(host: str) -> str:
        """The gate's name for a host (case and a trailing dot do not make a different host)."""
        return host.strip().lower().rstrip(".")

    @contextmanager
    def slot(self, host: str, deadline: float | None = None) -> Iterator[None]:
        """Hold one of ``host``'s request slots for the ``with`` block, waiting until one is allowed.

        ``deadline`` is a ``time.monotonic()`` value; if it passes while waiting, FetchError ``timeout`` is raised
        and no slot is taken.
        """
        self.acquire(host, deadline)
        try:
            yield
        finally:
            self.release(host)

    def acquire(self, host: str, deadline: float | None = None) -> None:
        """Take a slot for ``host`` (see :meth:`slot`); pair every call with :meth:`release`."""
        name = self.key(host)
        with self._cond:
            state = self._state(name)
            state.waiting += 1
            try:
                while True:
                    now = self._clock()
                    if state.in_flight < self.max_concurrency and now >= state.next_start:
                        state.in_flight += 1
                        state.next_start = now + self.min_delay_s
                        return
                    wait: float | None = None if state.in_flight >= self.max_concurrency else state.next_start - now
                    if deadline is not None:
                        left = deadline - now
                        if left <= 0:
                            raise fetch_error("timeout", f"deadline passed waiting for a slot on {name}", url=name)
                        wait = left if wait is None else min(wait, left)
                    self._cond.wait(wait)
            finally:
                state.waiting -= 1

    def release(self, host: str) -> None:
        """Give back a slot taken by :meth:`acquire`."""
        name = self.key(host)
        with self._cond:
            state = self._hosts.get(name)
            if state is not None and state.in_flight > 0:
                state.in_flight -= 1
            self._cond.notify_all()

    def slow_down(self, host: str, seconds: float) -> None:
        """Let no request to ``host`` start for ``seconds`` from now (never brings a later start forward)."""
        if seconds <= 0:
            return
        name = self.key(host)
        with self._cond:
            state = self._state(name)
            state.next_start = max(state.next_start, self._clock() + seconds)
            self._cond.notify_all()

    def next_start_in(self, host: str) -> float:
        """Seconds until ``host`` may start a request (0 if it may now); for logs and tests."""
        with self._cond:
            state = self._hosts.get(self.key(host))
            return 0.0 if state is None else max(0.0, state.next_start - self._clock())

    def __len__(self) -> int:
        with self._cond:
            return len(self._hosts)

    def _state(self, name: str) -> _HostState:
        state = self._hosts.get(name)
        if state is None:
            if len(self._hosts) >= self.max_hosts:
                self._forget_idle()
            state = self._hosts[name] = _HostState()
        return state

    def _forget_idle(self) -> None:
        # A forgotten host loses only a gap that has already passed, so forgetting never makes the gate less polite.
        now = self._clock()
        idle = [n for n, s in self._hosts.items() if s.in_flight == 0 and s.waiting == 0 and s.next_start <= now]
        for name in idle:
            del self._hosts[name]
