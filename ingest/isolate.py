"""Running the cleaner in worker processes with a wall-clock limit and a memory bound.

trafilatura has no timeout of its own, and a hostile page can make lxml or a regex run for minutes or grow without
bound. :class:`IsolatedCleaner` is a drop-in for :func:`ingest.clean.clean` that runs each page in one of a few
long-lived worker processes:

* the memory bound is the worker's address-space limit (``RLIMIT_AS``), so an allocation past it fails inside
  the worker (``MemoryError``), not in the poller;
* a page that takes longer than ``timeout_s`` is cut off: its worker is killed and replaced, and the call raises
  :class:`~ingest.errors.ExtractionError` ("extraction timed out after N s"), so the poller records the entry
  as failed with the reason and moves on;
* it is thread-safe: each call takes a worker from a pool and gives it (or its replacement) back;
* a fresh worker cleans a small built-in page before it reports ready, so that what the cleaner loads on first use
  is paid within the start-up allowance, not out of the first real page's time limit.

The worker imports the cleaner from a ``"module:function"`` path, so tests can inject a cleaner that hangs.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import queue
import resource
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from ingest.clean import CleanArticle
from ingest.errors import ExtractionError
from newsflow.settings import Settings

DEFAULT_CLEANER = "ingest.clean:clean"
_START_TIMEOUT_S = 60.0  # a fresh worker imports trafilatura and lxml before its first page
_CONTEXT = multiprocessing.get_context("spawn")  # never fork a process that runs threads
_WARM_UP_URL = "https://warm-up.invalid/news/1"
_WARM_UP_HTML = (
    "<html lang='en'><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    + "".join(f"<p>Paragraph {n}: the council met on Tuesday to discuss next year's budget.</p>" for n in range(3))
    + "</article></body></html>"
)


def _load(path: str) -> Callable[[str, str], CleanArticle]:
    module, _, name = path.partition(":")
    func: Callable[[str, str], CleanArticle] = getattr(importlib.import_module(module), name)
    return func


def _worker_main(conn: Connection, cleaner_path: str, memory_mb: int) -> None:
    """The worker loop: one ``(html, url)`` in, one ``(status, payload)`` out, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        cleaner = _load(cleaner_path)
    except MemoryError:
        conn.send(("memory", None))
        return
    except Exception as exc:
        conn.send(("error", f"cannot load cleaner {cleaner_path}: {type(exc).__name__}: {exc}"))
        return
    try:
        # The first page pays for what the cleaner loads lazily (the language model, caches): about a second and a
        # half on a busy machine. Pay it here, within the start-up allowance, so a page's limit measures the page.
        cleaner(_WARM_UP_HTML, _WARM_UP_URL)
    except MemoryError:
        conn.send(("memory", None))
        return
    except Exception:  # the warm-up page's own outcome does not matter, only what it loaded
        pass
    conn.send(("ready", None))
    while True:
        try:
            html, url = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", cleaner(html, url)))
        except MemoryError:
            conn.send(("memory", None))
            return  # a worker that ran out of memory is replaced, to start clean
        except ExtractionError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # any other failure of one page is that page's extraction error
            conn.send(("error", f"extraction failed for {url}: {type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, cleaner_path: str, memory_mb: int) -> None:
        self._conn, child = _CONTEXT.Pipe()
        self._process: BaseProcess = _CONTEXT.Process(
            target=_worker_main, args=(child, cleaner_path, memory_mb), name="newsflow-cleaner", daemon=True
        )
        self._process.start()
        child.close()
        self._ready = False

    def _receive(self, timeout_s: float) -> tuple[str, Any] | None:
        if not self._conn.poll(timeout_s):
            return None
        try:
            message: tuple[str, Any] = self._conn.recv()
        except (EOFError, OSError):
            return ("died", self._process.exitcode)
        return message

    def run(self, html: str, url: str, timeout_s: float) -> tuple[str, Any] | None:
        """The worker's answer, ``("died", code)`` if it died, or None when it ran past ``timeout_s``."""
        if not self._ready:
            started = self._receive(_START_TIMEOUT_S)
            if started is None or started[0] != "ready":
                return started or ("died", None)
            self._ready = True
        try:
            self._conn.send((html, url))
        except (BrokenPipeError, OSError):
            return ("died", self._process.exitcode)
        return self._receive(timeout_s)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self._conn.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=5)


class IsolatedCleaner:
    """``clean(html, url)`` in a pool of worker processes with a time limit and a memory bound per page."""

    def __init__(self, timeout_s: float, memory_mb: int, *, workers: int = 2, cleaner: str = DEFAULT_CLEANER) -> None:
        if timeout_s <= 0 or memory_mb <= 0 or workers < 1:
            raise ValueError("timeout_s, memory_mb and workers must be positive")
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._cleaner = cleaner
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(workers):
            self._idle.put(None)  # started on first use
        self._lock = threading.Lock()
        self._closed = False
        self._busy: set[_Worker] = set()

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> IsolatedCleaner:
        """The cleaner bounded by ``NEWSFLOW_EXTRACT_TIMEOUT_S`` and ``NEWSFLOW_EXTRACT_MEMORY_MB``."""
        return cls(settings.extract_timeout_s, settings.extract_memory_mb, **kwargs)

    def __call__(self, html: str, url: str) -> CleanArticle:
        """Clean one page in a worker; ExtractionError when it fails, times out or runs out of memory."""
        worker = self._idle.get()
        with self._lock:
            if self._closed:
                self._idle.put(worker)
                raise ExtractionError("extraction stopped: the cleaner is closed")
            if worker is None:
                worker = _Worker(self._cleaner, self.memory_mb)
            self._busy.add(worker)
        keep = False
        try:
            answer = worker.run(html, url, self.timeout_s)
            if answer is None:
                raise ExtractionError(f"extraction timed out after {self.timeout_s:g} s")
            status, payload = answer
            if status == "ok" and isinstance(payload, CleanArticle):
                keep = True
                return payload
            if status == "error":
                keep = True
                raise ExtractionError(str(payload))
            if status == "memory":
                raise ExtractionError(f"extraction ran out of memory (bound {self.memory_mb} MB)")
            raise ExtractionError(f"extraction worker died (exit code {payload})")
        finally:
            with self._lock:
                self._busy.discard(worker)
            if not keep:
                worker.kill()
            self._idle.put(worker if keep else None)

    def close(self) -> None:
        """Stop every worker; calls after this raise ExtractionError."""
        with self._lock:
            self._closed = True
            busy = list(self._busy)
        for worker in busy:
            worker.kill()
        while True:
            try:
                idle = self._idle.get_nowait()
            except queue.Empty:
                break
            if idle is not None:
                idle.kill()
        self._idle.put(None)  # a call racing close() finds a slot and raises, never blocks

    def __enter__(self) -> IsolatedCleaner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
