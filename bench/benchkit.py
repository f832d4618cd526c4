"""Shared pieces of the end-to-end benchmarks (``bench/pipeline.py``, ``bench/memory.py``).

- :func:`serving`: a publisher in its own process (a ``ThreadingHTTPServer`` on 127.0.0.1) answering for many
  virtual hosts, which the fetcher reaches through ``NEWSFLOW_HTTP_RESOLVE``; what it serves is a :class:`Site`.
- :func:`fresh_database`: a new database migrated to head (a PostgreSQL database created and dropped by the run,
  or a temporary SQLite file).
- :func:`stored_counts`, :func:`steady_rate`: progress in the database and the steady-state rate between two
  fractions of completion.
- :func:`process_tree`, :func:`rss_bytes`, :func:`cpu_seconds`: resident memory and CPU time read from ``/proc``
  (Linux only), so no extra dependency is needed.
- :func:`free_port_block`, :func:`wait_ready`: health ports for the supervised services and their ``/readyz``.

Nothing here talks to any address but 127.0.0.1.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.db.models import Article, ClaimSet, SeenEntry

PG_ADMIN_URL = os.environ.get("NEWSFLOW_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
RESOLVE_MAX_CHARS = 120_000  # one environment variable may hold at most 128 KiB on Linux
_CLK_TCK = os.sysconf("SC_CLK_TCK")
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# --- the publisher ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content_type: str = "text/plain"
    body: bytes = b""


class Site(Protocol):
    """What the publisher serves: one response per (virtual host, path). Must be picklable (spawned process)."""

    def respond(self, host: str, path: str, port: int) -> Response: ...


NOT_FOUND = Response(404)


def rss(title: str, items: Sequence[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(guid)}</guid></item>"
        for guid, link, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>http://bench.example/</link><description>bench</description>{body}</channel></rss>"
    ).encode()


def _serve(site: Site, port_queue: Any) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the http.server API)
            return

        def do_GET(self) -> None:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
            try:
                answer = site.respond(host, self.path, port)
            except Exception as exc:  # a bench bug must show, not hang the fetcher
                answer = Response(500, body=f"{type(exc).__name__}: {exc}".encode())
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 128
    port = int(server.server_address[1])
    port_queue.put(port)
    server.serve_forever()


@contextmanager
def serving(site: Site) -> Iterator[tuple[int, int]]:
    """Serve ``site`` from a separate process on 127.0.0.1; yields (port, pid)."""
    context = multiprocessing.get_context("spawn")
    queue: Any = context.Queue()
    process = context.Process(target=_serve, args=(site, queue), name="bench-publisher", daemon=True)
    process.start()
    try:
        port = int(queue.get(timeout=60))
        assert process.pid is not None
        yield port, process.pid
    finally:
        process.terminate()
        process.join(timeout=10)


def resolve_setting(hosts: Iterable[str]) -> str:
    """``NEWSFLOW_HTTP_RESOLVE`` mapping every host to 127.0.0.1; raises ValueError when it would not fit."""
    value = ",".join(f"{host}=127.0.0.1" for host in hosts)
    if len(value) > RESOLVE_MAX_CHARS:
        raise ValueError(f"{len(value)} characters of host overrides do not fit one environment variable; use fewer")
    return value


# --- databases -------------------------------------------------------------------------------------------------


@contextmanager
def fresh_database(backend: str, workdir: Path, admin_url: str = PG_ADMIN_URL) -> Iterator[str]:
    """A new empty database migrated to head; a PostgreSQL one is dropped afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{workdir / f'{uuid.uuid4().hex[:8]}.db'}"
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
        return
    name = f"newsflow_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass(frozen=True, slots=True)
class Progress:
    articles: int
    claim_sets: int
    given_up: int  # entries recorded failed or skipped: they will never be stored

    @property
    def stored(self) -> int:
        """Articles whose article row and claims row are both stored."""
        return min(self.articles, self.claim_sets)


def stored_counts(engine: Engine) -> Progress:
    """Articles, claim sets and given-up entries, in one round trip each."""
    with engine.connect() as conn:
        articles = conn.execute(select(func.count()).select_from(Article)).scalar_one()
        claim_sets = conn.execute(select(func.count()).select_from(ClaimSet)).scalar_one()
        given_up = conn.execute(
            select(func.count()).select_from(SeenEntry).where(SeenEntry.status.in_(("failed", "skipped")))
        ).scalar_one()
    return Progress(int(articles), int(claim_sets), int(given_up))


@dataclass(frozen=True, slots=True)
class Window:
    """The steady-state window: from the first sample at or past ``lo`` of the total to the first past ``hi``."""

    t0: float
    t1: float
    count0: int
    count1: int

    @property
    def per_s(self) -> float:
        return (self.count1 - self.count0) / (self.t1 - self.t0) if self.t1 > self.t0 else 0.0


def steady_rate(samples: Sequence[tuple[float, int]], total: int, lo: float = 0.1, hi: float = 0.9) -> Window:
    """Rate between the first sample with count >= lo*total and the first with count >= hi*total.

    Works for smooth series (polled counts) and for step series (a count per committed batch) alike.
    Raises ValueError when the series never reaches ``hi``.
    """
    first = next(((t, c) for t, c in samples if c >= lo * total), None)
    last = next(((t, c) for t, c in samples if c >= hi * total), None)
    if first is None or last is None or last[1] <= first[1]:
        raise ValueError(f"the run did not get from {lo:.0%} to {hi:.0%} of {total}")
    return Window(first[0], last[0], first[1], last[1])


# --- processes -------------------------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (from /proc, every thread's list)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            found.extend(int(p) for p in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
        except OSError:
            continue
    return found


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children(current))
    return tree


def rss_bytes(pid: int) -> int:
    """Resident set size of one process (0 if it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far (0 if it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _CLK_TCK  # utime, stime (fields 14 and 15 of stat)


def tree_cpu(pid: int, exclude: Iterable[int] = ()) -> dict[int, float]:
    """CPU seconds of every live process in ``pid``'s tree (minus the subtrees of ``exclude``)."""
    skip: set[int] = set()
    for other in exclude:
        skip.update(process_tree(other))
    return {p: cpu_seconds(p) for p in process_tree(pid) if p not in skip}


def cpu_between(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two :func:`tree_cpu` readings (processes that appeared count from zero)."""
    return sum(max(0.0, after[p] - before.get(p, 0.0)) for p in after)


def free_port_block(size: int) -> int:
    """A base port such that base .. base+size-1 are free on 127.0.0.1 right now."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = int(probe.getsockname()[1])
        if base + size > 65535:
            continue
        ok = True
        for port in range(base, base + size):
            with socket.socket() as sock:
                try:
                    sock.bind(("127.0.0.1", port))
                except OSError:
                    ok = False
                    break
        if ok:
            return base
    raise RuntimeError(f"no block of {size} free ports")


def wait_ready(ports: Sequence[int], timeout_s: float = 180.0) -> float:
    """Wait until every service answers 200 on ``/readyz``; returns the seconds waited."""
    began = time.monotonic()
    pending = list(ports)
    while pending:
        if time.monotonic() - began > timeout_s:
            raise TimeoutError(f"services on ports {pending} not ready after {timeout_s:g} s")
        port = pending[0]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as answer:
                if answer.status == 200:
                    pending.pop(0)
                    continue
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    return time.monotonic() - began


def machine_note() -> str:
    """Cores and load at the start, for the figures' context."""
    load = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min)"
