"""Resident memory of long-lived services under sustained load: is it flat?

    python bench/memory.py [--articles 100000] [--sample-s 10] [--feeds 200] [--per-poll 10]
                           [--database postgresql|sqlite] [--json]

Not part of CI (100,000 articles take a long while). A publisher process on 127.0.0.1 serves ``--feeds`` RSS
feeds spread over 50 virtual hosts; every time a feed is fetched it lists ``--per-poll`` more articles (newest
first, the last 20 entries, so most of what it lists was seen before), until the feed's share of ``--articles`` is
out. Pages are generated text (cheap): paragraphs of words, quotes with speakers, quantities, and one footer line
per host that the site-learning layer learns as boilerplate. Feeds are pinned to a 1 s interval.

The broker (embedded Tansu, or ``NEWSFLOW_KAFKA_BOOTSTRAP``), a fresh database and the three services run as in
``newsflow up`` (separate processes under the Supervisor). Every ``--sample-s`` seconds the resident set size of
newsflow's own processes is read from /proc (the broker and the publisher are not counted): the poller, its
cleaner worker processes, the claims processor and the sink (with the sink's mean batch size since the sample before,
from its /metrics). Printed: the series, and the growth of each between
the mean of the first and of the last quarter of the run (target: under 5%).

A service starts small and grows to its working size in the first minutes (a batch's worth of decoded messages,
caches of statements, allocator arenas), and the first quarter of the run includes that. So growth is printed
twice, both labelled: over the whole run (the target's measure), and after a warm-up of ``--warmup-s`` seconds
(first and last quarter of the samples taken after it). With it, the slope of a least-squares line through the
samples after the warm-up (MB per 10,000 articles stored): a leak shows as a steady slope, a warm-up does not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for entry in (str(ROOT), str(Path(__file__).resolve().parent)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import benchkit  # noqa: E402

from ingest.registry import add_feed  # noqa: E402
from newsflow.cli.supervisor import STAGES  # noqa: E402
from newsflow.cli.up import pipeline  # noqa: E402
from newsflow.db.engine import make_engine, make_sessionmaker  # noqa: E402
from newsflow.db.models import utcnow  # noqa: E402
from newsflow.runtime import StopFlag  # noqa: E402
from newsflow.settings import Settings  # noqa: E402

HOSTS = 50
WINDOW = 20  # entries a feed lists
TARGET_GROWTH = 0.05
ROLES = ("poll", "cleaners", "claims", "sink")
WORDS = tuple(
    " ".join(
        [
            "council budget minister health police river flood harbour school court trial strike port rail energy",
            "price market bank profit loss hospital nurse doctor patient farmer water drought report study glacier",
            "election vote party leader mayor city village bridge road tunnel airport train ferry storm winter plan",
        ]
    ).split()
)
NAMES = ("Maria Keller", "Tom Ashworth", "Ade Okafor", "Lena Brandt", "Sam Patel", "Jane Roe", "Omar Haddad")
ROLES_OF = ("the mayor", "a spokesperson", "the minister", "an economist", "the union leader")


def synthetic_page(feed: int, item: int, host: str) -> bytes:
    """A deterministic article page of generated text (~500 words)."""
    rng = random.Random(feed * 1_000_003 + item)
    paragraphs = []
    for _ in range(rng.randint(6, 10)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18)))
            kind = rng.random()
            name = rng.choice(NAMES)
            if kind < 0.25:
                sentences.append(f'"The {body} will not wait," said {name}, {rng.choice(ROLES_OF)}.')
            elif kind < 0.5:
                sentences.append(f"{name} said the {body} would rise by {rng.randint(2, 90)}% next year.")
            else:
                sentences.append(f"The {body}.".capitalize())
        paragraphs.append(" ".join(sentences))
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    footer = f"<p>Subscribe to the {host} newsletter for the day's stories, every morning.</p>"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="author" content="{rng.choice(NAMES)}"></head><body><nav>Home | News | Sport</nav>'
        f"<article><h1>{title}</h1>{body}{footer}</article><footer>(c) {host}</footer></body></html>"
    ).encode()


@dataclass
class SyntheticSite:
    """Feeds that grow by ``per_poll`` entries each time they are fetched (picklable, state in the publisher)."""

    feeds: int
    per_poll: int
    quota: list[int]
    polls: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"feeds": self.feeds, "per_poll": self.per_poll, "quota": self.quota, "polls": dict(self.polls)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    @staticmethod
    def host(feed: int) -> str:
        return f"s{feed % HOSTS}.example"

    def respond(self, host: str, path: str, port: int) -> benchkit.Response:
        if path == "/robots.txt":
            return benchkit.NOT_FOUND
        if path.startswith("/feed") and path.endswith(".xml"):
            feed = int(path[5:-4])
            with self._lock:
                self.polls[feed] = self.polls.get(feed, 0) + 1
                listed = min(self.quota[feed], self.polls[feed] * self.per_poll)
            items = [
                (f"s-{feed}-{j}", f"http://{host}:{port}/a/{feed}/{j}", f"Story {feed}-{j}")
                for j in range(listed - 1, max(0, listed - WINDOW) - 1, -1)
            ]
            return benchkit.Response(200, "application/rss+xml", benchkit.rss(f"Feed {feed}", items))
        if path.startswith("/a/"):
            _, _, feed_text, item_text = path.split("/")
            page = synthetic_page(int(feed_text), int(item_text), host)
            return benchkit.Response(200, "text/html; charset=utf-8", page)
        return benchkit.NOT_FOUND


@dataclass(frozen=True, slots=True)
class Sample:
    t: float
    stored: int
    rss: dict[str, int]  # bytes per role
    load: float  # 1-minute load average of the machine when sampled
    batch: float = 0.0  # mean records per sink batch since the previous sample (0: none stored)

    @property
    def total(self) -> int:
        return sum(self.rss.values())


def sample_rss(pids: dict[str, int]) -> dict[str, int]:
    """RSS of each role: the service process itself; the poller's descendants are its cleaner workers."""
    rss = {role: benchkit.rss_bytes(pids[role]) for role in STAGES}
    rss["cleaners"] = sum(benchkit.rss_bytes(p) for p in benchkit.process_tree(pids["poll"])[1:])
    return {role: rss[role] for role in ROLES}


def sink_batches(port: int) -> tuple[float, float]:
    """(records, batches) the sink has stored so far, from its /metrics (``newsflow_batch_size``)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    found = {"sum": 0.0, "count": 0.0}
    for line in text.splitlines():
        for kind in found:
            if line.startswith(f'newsflow_batch_size_{kind}{{stage="sink"}}'):
                found[kind] = float(line.rsplit(" ", 1)[1])
    return found["sum"], found["count"]


def value(sample: Sample, role: str | None) -> int:
    """A role's RSS in bytes (None: the total)."""
    return sample.total if role is None else sample.rss[role]


def quarter_growth(samples: list[Sample], role: str | None) -> tuple[float, float, float]:
    """(mean of the first quarter, mean of the last quarter, growth) of a role's RSS (None: the total)."""
    t0, t1 = samples[0].t, samples[-1].t
    span = t1 - t0
    first = [value(s, role) for s in samples if s.t <= t0 + span / 4]
    last = [value(s, role) for s in samples if s.t >= t1 - span / 4]
    a, b = statistics.fmean(first), statistics.fmean(last)
    return a, b, (b - a) / a if a else 0.0


def after_warmup(samples: list[Sample], warmup_s: float) -> list[Sample]:
    """The samples taken after the first ``warmup_s`` seconds of the run."""
    return [s for s in samples if s.t > warmup_s]


def slope_per_10k(samples: list[Sample], role: str | None) -> float:
    """Least-squares slope of a role's RSS against articles stored, in bytes per 10,000 articles."""
    xs = [float(s.stored) for s in samples]
    if len(samples) < 3 or max(xs) == min(xs):
        return 0.0
    return statistics.linear_regression(xs, [float(value(s, role)) for s in samples]).slope * 10_000


def run(args: argparse.Namespace) -> tuple[list[Sample], dict[str, Any]]:
    shares = [args.articles // args.feeds + (1 if f < args.articles % args.feeds else 0) for f in range(args.feeds)]
    site = SyntheticSite(args.feeds, args.per_poll, shares)
    workdir = Path(tempfile.mkdtemp(prefix="newsflow-bench-memory-"))
    samples: list[Sample] = []
    info: dict[str, Any] = {"machine": benchkit.machine_note(), "database": args.database}
    with (
        benchkit.serving(site) as (port, _server_pid),
        benchkit.fresh_database(args.database, workdir, args.pg_admin_url) as url,
    ):
        prefix = f"bench{uuid.uuid4().hex[:8]}"
        settings = Settings(
            database_url=url,
            topic_prefix=f"{prefix}.",
            group_prefix=prefix,
            http_allow_private="127.0.0.1/32",
            http_resolve=benchkit.resolve_setting(f"s{h}.example" for h in range(HOSTS)),
            host_min_delay_s=0,
            http_retries=0,
            poll_idle_s=0.5,
            poll_min_interval_s=1,
            health_host="127.0.0.1",
            health_port=benchkit.free_port_block(len(STAGES)),
            log_level="WARNING",
        )
        stop = StopFlag()
        with pipeline(settings, stop) as (running, supervisor):
            benchkit.wait_ready([settings.health_port + i for i in range(len(STAGES))])
            engine = make_engine(running.database_url)
            with make_sessionmaker(engine).begin() as session:
                now = utcnow()
                for feed in range(args.feeds):
                    add_feed(session, f"http://{site.host(feed)}:{port}/feed{feed}.xml", 1, now, pinned=True)
            began = time.monotonic()
            pids = supervisor.pids()
            progress = benchkit.stored_counts(engine)
            last_change, last_stored = began, 0
            next_sample = began + args.sample_s
            sink_port = settings.health_port + STAGES.index("sink")
            batches_before = sink_batches(sink_port)
            while progress.stored + progress.given_up < args.articles:
                time.sleep(max(0.0, min(1.0, next_sample - time.monotonic())))
                if supervisor.pids() != pids:
                    raise RuntimeError(f"a service died or was restarted: {supervisor.pids()} (was {pids})")
                progress = benchkit.stored_counts(engine)
                now_s = time.monotonic()
                if progress.stored != last_stored:
                    last_change, last_stored = now_s, progress.stored
                elif now_s - last_change > 300:
                    raise RuntimeError(f"no progress for 300 s: {progress}")
                if now_s >= next_sample:
                    batches = sink_batches(sink_port)
                    records, count = (after - before for after, before in zip(batches, batches_before, strict=True))
                    batches_before = batches
                    mean_batch = records / count if count else 0.0
                    samples.append(
                        Sample(now_s - began, progress.stored, sample_rss(pids), os.getloadavg()[0], mean_batch)
                    )
                    if not args.json:
                        print(format_sample(samples[-1]), flush=True)
                    next_sample += args.sample_s
            samples.append(Sample(time.monotonic() - began, progress.stored, sample_rss(pids), os.getloadavg()[0]))
            info.update(wall_s=round(time.monotonic() - began, 1), stored=progress.stored, given_up=progress.given_up)
            engine.dispose()
    shutil.rmtree(workdir, ignore_errors=True)
    return samples, info


MB = 1024 * 1024


def format_sample(s: Sample) -> str:
    cells = " ".join(f"{s.rss[role] / MB:9.1f}" for role in ROLES)
    return f"{s.t:8.0f} {s.stored:9d} {cells} {s.total / MB:9.1f} {s.load:6.1f} {s.batch:6.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sample-s", type=float, default=10.0)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--per-poll", type=int, default=10, help="new entries a feed lists each time it is fetched")
    parser.add_argument(
        "--warmup-s", type=float, default=300.0, help="seconds left out of the second, after-warm-up measure"
    )
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--pg-admin-url", default=benchkit.PG_ADMIN_URL)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.json:
        print(
            f"{'t (s)':>8} {'stored':>9} "
            + " ".join(f"{r + ' MB':>9}" for r in ROLES)
            + f" {'total MB':>9} {'load':>6} {'batch':>6}"
        )
    samples, info = run(args)
    if len(samples) < 4:
        print("too few samples for quarters: run longer or sample more often", file=sys.stderr)
        return 1
    settled = after_warmup(samples, args.warmup_s)
    keys: list[str | None] = [*ROLES, None]
    growth = {role: quarter_growth(samples, role) for role in keys}
    growth_settled = {role: quarter_growth(settled, role) for role in keys} if len(settled) >= 4 else {}
    slopes = {role: slope_per_10k(settled, role) for role in keys}
    peaks = {role: max(value(s, role) for s in samples) for role in keys}
    loads = [s.load for s in samples]
    rate = info["stored"] / info["wall_s"] if info["wall_s"] else 0.0
    if args.json:
        info.update(
            articles_per_s=round(rate, 1),
            load_1min={"min": min(loads), "mean": round(statistics.fmean(loads), 2), "max": max(loads)},
            warmup_s=args.warmup_s,
            growth={role: round(growth[role][2], 4) for role in ROLES},
            total_growth=round(growth[None][2], 4),
            growth_after_warmup={role or "total": round(g[2], 4) for role, g in growth_settled.items()},
            slope_mb_per_10k_after_warmup={role or "total": round(v / MB, 2) for role, v in slopes.items()},
            peak_mb={role or "total": round(v / MB, 1) for role, v in peaks.items()},
            series=[
                {"t": round(s.t), "stored": s.stored, "load": s.load, "sink_batch": round(s.batch, 1)}
                | {r: s.rss[r] for r in ROLES}
                for s in samples
            ],
        )
        print(json.dumps(info))
        return 0
    print(format_sample(samples[-1]))
    print(f"machine: {info['machine']}; database {info['database']}")
    print(
        f"load average (1 min) while sampling: min {min(loads):.1f}, mean {statistics.fmean(loads):.1f}, "
        f"max {max(loads):.1f}"
    )
    print(f"{info['stored']} articles stored ({info['given_up']} failed/skipped) in {info['wall_s']} s = {rate:.1f}/s")
    print_growth("WHOLE RUN: mean of the last quarter against the first (warm-up included)", growth, peaks)
    if growth_settled:
        print_growth(
            f"AFTER WARM-UP (samples after the first {args.warmup_s:.0f} s): last quarter against first",
            growth_settled,
            None,
        )
        print("slope after warm-up, MB per 10,000 articles stored (least squares; a leak shows here):")
        print("  " + "  ".join(f"{role or 'total'} {slopes[role] / MB:+.2f}" for role in keys))
    else:
        print(f"too few samples after the {args.warmup_s:.0f} s warm-up for a second measure")
    return 0


def print_growth(
    title: str, growth: dict[str | None, tuple[float, float, float]], peaks: dict[str | None, int] | None
) -> None:
    """One growth table: each role, then the total with its verdict against the target."""
    print(f"{title}:")
    for role, (a, b, g) in growth.items():
        verdict = ("flat" if g < TARGET_GROWTH else "GROWING") + "; target < 5%"
        peak = f"  peak {peaks[role] / MB:7.1f} MB" if peaks is not None else ""
        print(f"  {role or 'total':>9}: {a / MB:8.1f} MB -> {b / MB:8.1f} MB  {100 * g:+6.2f}% ({verdict}){peak}")


if __name__ == "__main__":
    sys.exit(main())
