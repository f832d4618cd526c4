"""The service runtime: a stop flag set by SIGTERM/SIGINT, resources in one ExitStack, a clean exit code.

The first signal only sets the flag: the running loop finishes its in-flight work, flushes, commits and returns,
and the process exits 0. A second signal exits at once (the work in flight is abandoned safely: nothing was
committed for it, so it is redone after a restart).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from types import FrameType
from typing import Protocol

from newsflow.errors import NewsflowError, PermanentError, SettingsError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_CONFIG = 2


class StopFlag:
    """Set once when the service should stop; loops check it and sleep on it."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def set(self, reason: str = "stop requested") -> None:
        if not self._event.is_set():
            self.reason = reason
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Sleep up to ``timeout_s``, waking early when the flag is set; returns whether it is set."""
        return self._event.wait(timeout_s)


class Service(Protocol):
    """A long-lived stage: runs until the stop flag is set, then finishes in-flight work and returns."""

    def run(self, stop: StopFlag) -> None: ...


@contextmanager
def stop_on_signals(stop: StopFlag) -> Iterator[StopFlag]:
    """Install SIGTERM/SIGINT handlers for the duration: first sets ``stop``, second exits at once."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if stop.is_set():
            # second signal: the operator wants out now
            os.write(2, f"newsflow: second {name}, exiting at once\n".encode())
            os._exit(128 + signum)
        log.info("stopping", extra={"signal": name})
        stop.set(name)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def run_service(name: str, build: Callable[[ExitStack], Service], stop: StopFlag | None = None) -> int:
    """Build a service inside an ExitStack, run it until stopped, close everything; return the exit code.

    ``build`` registers every resource it opens on the stack, so that they are closed in reverse order after
    the service's final flush and commit.
    """
    stop = stop or StopFlag()
    with stop_on_signals(stop):
        try:
            with ExitStack() as stack:
                service = build(stack)
                log.info("service started", extra={"stage": name})
                service.run(stop)
        except SettingsError as exc:
            print(f"newsflow {name}: {exc}", file=sys.stderr)
            return EXIT_CONFIG
        except PermanentError as exc:
            print(f"newsflow {name}: {exc}", file=sys.stderr)
            return EXIT_CONFIG
        except NewsflowError as exc:
            log.error("service failed", extra={"stage": name, "error": str(exc)})
            print(f"newsflow {name}: {exc}", file=sys.stderr)
            return EXIT_ERROR
    log.info("service stopped", extra={"stage": name, "reason": stop.reason})
    return EXIT_OK
