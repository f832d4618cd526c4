"""How fast one poller passes over many mostly-unchanged feeds, and whether it stays polite per host.

    python bench/poll_scale.py [--feeds 10000] [--hosts 500] [--concurrency 64] [--database-url URL]

A publisher process serves N feeds spread over H virtual host names (h<i>.bench.example), which the fetcher
reaches through its resolver override, so per-host politeness applies as in production. The database is
prepared as after an earlier pass (validators and body hashes stored, every entry seen); then one pass is timed:

    70% answer 304 to the stored ETag          10% answer 200 with an unchanged body (validators that never change)
     5% are slow (0.5 s, then 304)              5% fail (HTTP 500)
    10% bring one new entry (page fetch, clean, publish to the embedded broker)

Printed: wall time, feeds per second, feeds per CPU-second of the poller, requests per host per second (max over
1-second windows) and the smallest gap between two requests to one host, against the politeness settings, and the
poller's peak memory. Runs on loopback only.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from newsflow.broker import EmbeddedBroker
from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.db.models import Feed, SeenEntry, utcnow
from newsflow.settings import Settings

ETAG = '"stable"'


def kind_of(i: int) -> str:
    slot = i % 20
    if slot < 14:
        return "304"
    if slot < 16:
        return "same"
    if slot < 17:
        return "slow"
    if slot < 18:
        return "fail"
    return "new"


def feed_body(i: int, new: bool) -> bytes:
    items = "".join(
        f"<item><title>Story {i}-{j}</title><link>http://h{i % HOSTS}.bench.example:{{port}}/a/{i}/{j}</link>"
        f"<guid>g-{i}-{j}</guid></item>"
        for j in range(3 if new else 2)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {i}</title>{items}</channel></rss>'.encode()


HOSTS = 500
PAGE = (
    "<html><head><title>Story</title></head><body><article><h1>Story</h1>"
    + "".join(f"<p>Paragraph {k} of a bench story, long enough to count as text for the cleaner.</p>" for k in range(8))
    + '<p>"We will keep going," said Mayor Ann Example.</p></article></body></html>'
).encode()


def serve(port_queue: Any, stamps_path: str) -> None:
    """The publisher: answers by feed kind and logs (host, start time) of every request."""
    log = open(stamps_path, "w", buffering=1)  # noqa: SIM115 (lives as long as the process)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            host = (self.headers.get("Host") or "").split(":")[0]
            log.write(f"{host} {time.monotonic():.6f} {self.path}\n")
            if self.path == "/robots.txt":
                self._send(404)
                return
            if self.path.startswith("/a/"):
                self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
                return
            i = int(self.path.strip("/").split(".")[0].removeprefix("f"))
            kind = kind_of(i)
            port = self.server.server_address[1]
            if kind == "fail":
                self._send(500)
            elif kind in ("304", "slow"):
                if kind == "slow":
                    time.sleep(0.5)
                self._send(304, headers={"ETag": ETAG})
            else:
                body = feed_body(i, kind == "new").replace(b"{port}", str(port).encode())
                self._send(200, body, {"Content-Type": "application/rss+xml", "ETag": ETAG})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def prepare(database_url: str, n: int, port: int) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    now = utcnow()
    feeds, seen = [], []
    for i in range(n):
        url = f"http://h{i % HOSTS}.bench.example:{port}/f{i}.xml"
        old_body = feed_body(i, False).replace(b"{port}", str(port).encode())
        feeds.append(
            {
                "id": i + 1,
                "url": url,
                "enabled": True,
                "interval_s": 900,
                "next_poll_at": now,
                "error_count": 0,
                "created_at": now,
                "etag": ETAG if kind_of(i) in ("304", "slow") else None,
                "body_sha256": hashlib.sha256(old_body).hexdigest(),
                "interval_pinned": False,
                "suspended": False,
                "failures_network": 0,
                "failures_http": 0,
                "failures_parse": 0,
                "bozo_count": 0,
            }
        )
        for j in range(2):
            guid = f"g-{i}-{j}"
            seen.append(
                {
                    "feed_id": i + 1,
                    "entry_hash": hashlib.sha256(guid.encode()).hexdigest(),
                    "guid": guid,
                    "url": f"http://h{i % HOSTS}.bench.example:{port}/a/{i}/{j}",
                    "status": "fetched",
                    "attempts": 1,
                    "first_seen_at": now,
                    "updated_at": now,
                }
            )
    with engine.begin() as connection:
        connection.execute(insert(Feed), feeds)
        connection.execute(insert(SeenEntry), seen)
    engine.dispose()


def server_stamps(stamps_path: str) -> dict[str, list[float]]:
    """When the publisher's handler saw each request, per host (late by however long its thread waited)."""
    by_host: dict[str, list[float]] = defaultdict(list)
    for line in Path(stamps_path).read_text().splitlines():
        host, stamp = line.split()[:2]
        by_host[host].append(float(stamp))
    return by_host


def politeness(by_host: dict[str, list[float]]) -> tuple[float, float, int]:
    """(max requests to one host in any 1 s window, smallest gap between two requests to one host, hosts)."""
    worst_rate, smallest_gap = 0.0, float("inf")
    for stamps in by_host.values():
        stamps.sort()
        left = 0
        for right, stamp in enumerate(stamps):
            while stamp - stamps[left] >= 1.0:
                left += 1
            worst_rate = max(worst_rate, right - left + 1)
            if right:
                smallest_gap = min(smallest_gap, stamp - stamps[right - 1])
    return worst_rate, smallest_gap, len(by_host)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--host-delay", type=float, default=0.25)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    global HOSTS
    HOSTS = args.hosts
    work = Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    stamps = str(work / "stamps.log")
    queue: Any = multiprocessing.Queue()
    publisher = multiprocessing.Process(target=serve, args=(queue, stamps), daemon=True)
    publisher.start()
    port = queue.get(timeout=10)
    database_url = args.database_url or f"sqlite:///{work / 'bench.db'}"
    prepare(database_url, args.feeds, port)
    Path(stamps).write_text("")
    from ingest.politeness import HostGate
    from ingest.poller import FeedPoller
    from newsflow import bus
    from newsflow.cli.services import build_poller
    from newsflow.runtime import StopFlag

    with ExitStack() as stack, EmbeddedBroker() as broker:
        settings = Settings(
            database_url=database_url,
            kafka_bootstrap=broker.bootstrap,
            topic_prefix="bench.",
            http_allow_private="127.0.0.1/32",
            http_resolve=",".join(f"h{h}.bench.example=127.0.0.1" for h in range(HOSTS)),
            host_min_delay_s=args.host_delay,
            host_max_concurrency=2,
            poll_concurrency=args.concurrency,
            http_timeout_s=10,
            http_retries=0,
            log_level="WARNING",
        )
        bus.ensure_topics(settings)
        granted: dict[str, list[float]] = defaultdict(list)  # when the poller's host gate let each request start
        original_acquire = HostGate.acquire

        def recording_acquire(gate: HostGate, host: str, deadline: float | None = None) -> None:
            original_acquire(gate, host, deadline)
            granted[HostGate.key(host)].append(time.monotonic())

        HostGate.acquire = recording_acquire  # type: ignore[method-assign]
        poller = build_poller(settings, stack)
        assert isinstance(poller, FeedPoller)
        cpu0, wall0 = time.process_time(), time.monotonic()
        polled = poller.poll_due(StopFlag())
        wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    rate, gap, hosts = politeness(granted)
    server_rate, server_gap, _ = politeness(server_stamps(stamps))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"machine: {os.cpu_count()} cores; database {database_url.split(':')[0]}; {hosts} hosts; "
        f"concurrency {args.concurrency}; per host <= 2 in flight, >= {args.host_delay} s apart"
    )
    print(
        f"feeds polled: {polled} in {wall:.1f} s wall = {polled / wall:.0f} feeds/s; "
        f"{polled / cpu:.0f} feeds per CPU-second of the poller"
    )
    print(f"articles published: {poller.published}")
    print(
        f"politeness, request starts at the poller: max {rate:.0f} requests to one host in any 1 s window "
        f"(allowed {1 / args.host_delay + 1:.0f}); smallest gap {gap * 1000:.0f} ms "
        f"(allowed >= {args.host_delay * 1000:.0f} ms)"
    )
    print(
        f"as seen by the publisher (late by its own thread scheduling): max {server_rate:.0f} in 1 s, "
        f"smallest gap {server_gap * 1000:.0f} ms"
    )
    print(f"peak memory of the poller process: {peak_mb:.0f} MB")
    publisher.terminate()


if __name__ == "__main__":
    main()
