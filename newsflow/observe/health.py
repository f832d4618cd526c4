"""``/metrics``, ``/healthz`` and ``/readyz`` for one service, served from a daemon thread.

- ``/healthz`` (liveness): 200 while the service's main loop keeps beating; 503 when it has not beaten within
  ``stall_s`` (a wedged loop), so an orchestrator restarts it.
- ``/readyz`` (readiness): 200 when every readiness check passes (broker and database reachable, partitions
  assigned); 503 with the failing checks otherwise, so traffic and rollouts wait for it.
- ``/metrics``: the Prometheus text format of the process's registry.

Checks are called on request, each under its own time limit, and their answers are cached for a second so a
scraper hammering the endpoint cannot load the database.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from newsflow.observe.metrics import UP

log = logging.getLogger(__name__)

Check = Callable[[], str | None]
"""A readiness check: returns None when fine, or a short reason why not; may raise (counted as not ready)."""


class Assignment:
    """The partitions a consumer holds, as its service loop last saw them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._seen = False

    def update(self, partitions: Iterable[object]) -> None:
        with self._lock:
            self._count = sum(1 for _ in partitions)
            self._seen = True

    def check(self) -> str | None:
        with self._lock:
            if not self._seen:
                return "consumer has not polled yet"
            return None if self._count else "no partitions assigned"


@dataclass
class Health:
    """What the endpoints report: a heartbeat from the main loop and named readiness checks."""

    stall_s: float = 300.0
    check_timeout_s: float = 2.0
    checks: dict[str, Check] = field(default_factory=dict)
    assignment: Assignment = field(default_factory=Assignment)
    _last_beat: float = field(default_factory=time.monotonic)
    _cache: tuple[float, dict[str, str]] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def beat(self) -> None:
        """Called by the service's main loop on every turn."""
        self._last_beat = time.monotonic()

    def add_check(self, name: str, check: Check) -> None:
        self.checks[name] = check

    def alive(self) -> tuple[bool, float]:
        """Whether the loop beat within ``stall_s``, and how long ago it did."""
        since = time.monotonic() - self._last_beat
        return since <= self.stall_s, since

    def failing(self) -> dict[str, str]:
        """The checks that fail now, with their reasons (cached for one second)."""
        with self._lock:
            now = time.monotonic()
            if self._cache is not None and now - self._cache[0] < 1.0:
                return self._cache[1]
            failures = _run_checks(self.checks, self.check_timeout_s)
            self._cache = (now, failures)
            UP.set(0 if failures else 1)
            return failures


def _run_checks(checks: Mapping[str, Check], timeout_s: float) -> dict[str, str]:
    failures: dict[str, str] = {}
    if not checks:
        return failures
    with ThreadPoolExecutor(max_workers=len(checks), thread_name_prefix="readyz") as pool:
        futures = {name: pool.submit(check) for name, check in checks.items()}
        for name, future in futures.items():
            try:
                reason = future.result(timeout=timeout_s)
            except FutureTimeout:
                reason = f"no answer within {timeout_s:g} s"
            except Exception as exc:  # a check that raises is a failing check, with its reason
                reason = f"{type(exc).__name__}: {exc}"
            if reason is not None:
                failures[name] = reason
    return failures


def _handler(health: Health) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                health.failing()  # keeps newsflow_ready current for scrapers
                self._send(200, generate_latest(), CONTENT_TYPE_LATEST)
            elif path == "/healthz":
                ok, since = health.alive()
                self._send_json(
                    200 if ok else 503, {"status": "ok" if ok else "stalled", "last_beat_s": round(since, 3)}
                )
            elif path == "/readyz":
                failures = health.failing()
                status = "ready" if not failures else "not ready"
                self._send_json(200 if not failures else 503, {"status": status, "failing": failures})
            else:
                self._send_json(404, {"error": "not found", "paths": ["/metrics", "/healthz", "/readyz"]})

        def _send_json(self, code: int, body: object) -> None:
            self._send(code, json.dumps(body).encode(), "application/json")

        def _send(self, code: int, body: bytes, content_type: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the http.server API)
            log.debug("health request: " + format, *args)

    return Handler


@contextmanager
def serve_health(health: Health, host: str, port: int) -> Iterator[ThreadingHTTPServer]:
    """Serve the endpoints on ``host:port`` (port 0 picks a free one) until the block exits."""
    server = ThreadingHTTPServer((host, port), _handler(health))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="health-http", daemon=True)
    thread.start()
    log.info("health endpoints up", extra={"port": server.server_address[1]})
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
