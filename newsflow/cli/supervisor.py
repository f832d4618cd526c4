"""``newsflow up``: every service as its own child process, restarted when it dies, stopped in order.

Children run in their own session so that a terminal's Ctrl-C reaches only the supervisor, which then stops
them with one SIGTERM each (a second signal would make them exit at once). Each child also watches its
parent, so a supervisor killed with SIGKILL does not leave orphans behind.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsflow.runtime import StopFlag

log = logging.getLogger(__name__)

STAGES = ("sink", "claims", "poll")


@dataclass
class Child:
    """One supervised service process."""

    stage: str
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    next_start: float = 0.0
    exits: list[int] = field(default_factory=list)


class Supervisor:
    """Starts, watches and restarts the service processes; stops them with SIGTERM, then SIGKILL after a grace."""

    def __init__(
        self, stages: Sequence[str], env: Mapping[str, str], grace_s: float = 30.0, max_backoff_s: float = 30.0
    ) -> None:
        self._children = [Child(stage) for stage in stages]
        self._env = dict(env)
        self._grace = grace_s
        self._max_backoff = max_backoff_s

    def child_env(self, stage: str) -> dict[str, str]:
        """The environment of one service: the shared one, with its own health port (base + its index)."""
        env = dict(self._env)
        base = int(env.get("NEWSFLOW_HEALTH_PORT", "0") or 0)
        if base:
            env["NEWSFLOW_HEALTH_PORT"] = str(base + [c.stage for c in self._children].index(stage))
        return env

    def _spawn(self, child: Child) -> None:
        command = [sys.executable, "-m", "newsflow", child.stage, "--supervised-by", str(os.getpid())]
        child.process = subprocess.Popen(
            command, env=self.child_env(child.stage), start_new_session=True, stdin=subprocess.DEVNULL
        )
        log.info("service started", extra={"stage": child.stage, "pid": child.process.pid})

    def start(self) -> None:
        """Start every service."""
        for child in self._children:
            self._spawn(child)

    def pids(self) -> dict[str, int]:
        """The live process id of each service."""
        return {c.stage: c.process.pid for c in self._children if c.process is not None and c.process.poll() is None}

    def watch(self, stop: StopFlag, interval_s: float = 0.5) -> None:
        """Restart services that exit, with exponential backoff, until ``stop`` is set."""
        while not stop.wait(interval_s):
            now = time.monotonic()
            for child in self._children:
                if child.process is None:
                    if now >= child.next_start:
                        self._spawn(child)
                    continue
                code = child.process.poll()
                if code is None:
                    continue
                child.exits.append(code)
                child.restarts += 1
                delay = min(self._max_backoff, 0.5 * 2 ** min(child.restarts, 6))
                log.warning("service exited; restarting", extra={"stage": child.stage, "code": code, "delay_s": delay})
                child.process = None
                child.next_start = now + delay

    def stop(self) -> dict[str, int | None]:
        """SIGTERM every service, wait for the grace period, SIGKILL the rest; returns each exit code."""
        live = [c for c in self._children if c.process is not None and c.process.poll() is None]
        for child in live:
            assert child.process is not None
            child.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self._grace
        codes: dict[str, int | None] = {}
        for child in self._children:
            if child.process is None:
                codes[child.stage] = None
                continue
            try:
                codes[child.stage] = child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.error("service did not stop in time; killing", extra={"stage": child.stage})
                child.process.kill()
                codes[child.stage] = child.process.wait()
        return codes


def watch_parent(parent_pid: int, stop: StopFlag, interval_s: float = 1.0) -> threading.Thread:
    """Set ``stop`` when the supervising parent process is gone (it was killed without stopping us)."""

    def loop() -> None:
        while not stop.wait(interval_s):
            if os.getppid() != parent_pid:
                stop.set("supervisor gone")

    thread = threading.Thread(target=loop, name="watch-parent", daemon=True)
    thread.start()
    return thread
