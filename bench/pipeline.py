"""End-to-end throughput: the whole pipeline against a bare loop of the same parts, on the same real pages.

    python bench/pipeline.py DATA_DIR [--n 2000] [--database postgresql|sqlite]
                             [--profile poll|claims|sink ...] [--profile-gil] [--skip-bare] [--json]

DATA_DIR holds ``fundus-dev`` (the shared corpus: 125 real article pages; nothing is copied into the repository).
N pages are served by a local publisher process on 127.0.0.1: page i of copy k lives on the virtual host
``c<k>p<publisher>.example`` (one host per publisher and copy, reached through ``NEWSFLOW_HTTP_RESOLVE``), and
each host serves an RSS feed of its pages. Every copy's ``<link rel=canonical>`` and ``og:url`` are rewritten to
the URL it is served at, so each copy is a distinct article (its own identity), not a redelivery.

1. Pipeline: the broker (embedded Tansu, or ``NEWSFLOW_KAFKA_BOOTSTRAP``), a fresh database, and the three
   services as separate processes under the Supervisor, exactly as ``newsflow up`` runs them. Once every service
   answers ``/readyz`` (consumer groups joined), the feeds are registered; the rate is articles stored (article
   row and claims row) per second between 10% and 90% of completion.
2. Bare loop, same run, same pages, another fresh database: one process fetching each page with the same
   :class:`~ingest.fetch.Fetcher`, decoding and cleaning it in the same :class:`~ingest.isolate.IsolatedCleaner`
   worker processes as the poller (the production path: a wall-clock and memory bound per page), building the
   article with :func:`~ingest.article.article_from_page`, applying the same site-learned boilerplate layer,
   running the same claims plug-in through :func:`processors.service.claims_message`, and writing batches of
   ``batch_max_records`` records (an article and its claims are two records, as in the sink) through
   :func:`sinks.store.store_batch` in one transaction each. No Kafka, no feeds, no entry bookkeeping, no
   politeness (no host gate, no robots.txt). Same 10%-90% window (batch commits are its samples).

Settings are production defaults except: ``host_min_delay_s=0`` (one local publisher), ``http_retries=0``,
``poll_idle_s=0.5``, loopback allowed through the SSRF guard, and health ports on 127.0.0.1.

``--profile STAGE ...`` samples those services with py-spy (if installed) during the steady window and prints
where their time goes (the poller's cleaner workers apart from its own threads); ``--profile-gil`` samples only
the thread holding the GIL, i.e. Python CPU time without waits on the database or the broker.
``--json`` prints one object (pipeline_per_s, bare_per_s, ratio and more).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
for entry in (str(ROOT), str(Path(__file__).resolve().parent)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import benchkit  # noqa: E402
import profiling  # noqa: E402

from ingest.article import article_from_page  # noqa: E402
from ingest.charset import decode_html  # noqa: E402
from ingest.clean import CLEANER_NAME, CLEANER_VERSION  # noqa: E402
from ingest.errors import ExtractionError, FetchError  # noqa: E402
from ingest.fetch import Fetcher  # noqa: E402
from ingest.isolate import IsolatedCleaner  # noqa: E402
from ingest.registry import add_feed  # noqa: E402
from ingest.sitelayer import SiteLayer  # noqa: E402
from newsflow.cli.supervisor import STAGES  # noqa: E402
from newsflow.cli.up import pipeline  # noqa: E402
from newsflow.contracts import ArticleV1, ClaimsV1, Extractor  # noqa: E402
from newsflow.db.engine import make_engine, make_sessionmaker  # noqa: E402
from newsflow.db.models import utcnow  # noqa: E402
from newsflow.plugins import load_extractors  # noqa: E402
from newsflow.runtime import StopFlag  # noqa: E402
from newsflow.settings import Settings  # noqa: E402
from processors.service import claims_message  # noqa: E402
from sinks.store import store_batch  # noqa: E402

FEED_PATH = "/newsflow-bench-feed.xml"
TARGET_RATIO = 0.8
_TAG = re.compile(rb"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_CANONICAL = re.compile(rb"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_OG_URL = re.compile(rb"""\bproperty\s*=\s*["']?og:url\b""", re.IGNORECASE)
_VALUE = re.compile(rb"""\b(?:href|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


# --- the corpus, replicated under many hosts ----------------------------------------------------------------------


def template(body: bytes) -> list[bytes]:
    """The page split around the values of its canonical link and og:url (the served URL goes between parts)."""
    spans: list[tuple[int, int]] = []
    for tag in _TAG.finditer(body):
        text = tag.group(0)
        is_link = text[:5].lower() == b"<link"
        if (is_link and _CANONICAL.search(text)) or (not is_link and _OG_URL.search(text)):
            value = _VALUE.search(text)
            if value is not None:
                group = next(g for g in (1, 2, 3) if value.group(g) is not None)
                spans.append((tag.start() + value.start(group), tag.start() + value.end(group)))
    parts, at = [], 0
    for start, end in sorted(spans):
        parts.append(body[at:start])
        at = end
    parts.append(body[at:])
    return parts


@dataclass(frozen=True, slots=True)
class Planned:
    """One article of the run: corpus page ``page`` in copy ``copy``, served at ``http://host:port path``."""

    index: int
    page: int
    copy: int
    host: str
    path: str

    def url(self, port: int) -> str:
        return f"http://{self.host}:{port}{self.path}"


@dataclass
class CorpusSite:
    """The publisher of the replicated corpus (picklable: it is sent to the publisher process)."""

    templates: list[list[bytes]]
    plan: list[Planned]
    by_path: dict[tuple[str, str], Planned] = field(default_factory=dict)
    by_host: dict[str, list[Planned]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for item in self.plan:
            self.by_path[(item.host, unquote(item.path))] = item
            self.by_host.setdefault(item.host, []).append(item)

    def respond(self, host: str, path: str, port: int) -> benchkit.Response:
        if path == "/robots.txt":
            return benchkit.NOT_FOUND
        if path == FEED_PATH and host in self.by_host:
            items = [(f"bench-{p.index}", p.url(port), f"Story {p.index}") for p in self.by_host[host]]
            return benchkit.Response(200, "application/rss+xml", benchkit.rss(host, items))
        item = self.by_path.get((host, unquote(path)))
        if item is None:
            return benchkit.NOT_FOUND
        url = html.escape(item.url(port), quote=True).encode()
        return benchkit.Response(200, "text/html; charset=utf-8", url.join(self.templates[item.page]))


def load_site(data_dir: Path, n: int) -> CorpusSite:
    """N articles from fundus-dev: copy k of page i on host c<k>p<publisher>.example, at the page's own path."""
    corpus = data_dir / "fundus-dev"
    rows = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines() if line.strip()]
    publishers = sorted({f"{row['country']}/{row['publisher']}" for row in rows})
    number = {name: i for i, name in enumerate(publishers)}
    templates = [template(gzip.decompress((corpus / row["html"]).read_bytes())) for row in rows]
    plan = []
    for index in range(n):
        copy, page = divmod(index, len(rows))
        row = rows[page]
        parts = urlsplit(row["url"])
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        publisher = number[f"{row['country']}/{row['publisher']}"]
        host = f"c{copy}p{publisher}.example"
        plan.append(Planned(index, page, copy, host, path))
    return CorpusSite(templates, plan)


# --- the two runs ---------------------------------------------------------------------------------------------------


@dataclass
class RunResult:
    name: str
    total: int
    stored: int
    given_up: int
    wall_s: float
    window: benchkit.Window
    cpu_s: dict[str, float]  # CPU seconds per process group within the window
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def per_s(self) -> float:
        return self.window.per_s

    def cpu_ms_per_article(self) -> dict[str, float]:
        done = max(1, self.window.count1 - self.window.count0)
        return {name: 1000 * seconds / done for name, seconds in self.cpu_s.items()}


def base_settings(resolve: str, database_url: str, health_port: int) -> Settings:
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    return Settings(
        database_url=database_url,
        topic_prefix=f"{prefix}.",  # a configured broker may hold earlier runs' topics
        group_prefix=prefix,
        http_allow_private="127.0.0.1/32",
        http_resolve=resolve,
        host_min_delay_s=0,
        http_retries=0,
        poll_idle_s=0.5,
        health_host="127.0.0.1",
        health_port=health_port,
        log_level="WARNING",
    )


class CpuMeter:
    """CPU seconds of named process trees between two readings."""

    def __init__(self, roots: Callable[[], dict[str, int]], exclude: tuple[int, ...] = ()) -> None:
        self._roots = roots
        self._exclude = exclude
        self._before: dict[str, dict[int, float]] = {}

    def read(self) -> dict[str, dict[int, float]]:
        return {
            name: benchkit.tree_cpu(pid, [e for e in self._exclude if e != pid]) for name, pid in self._roots().items()
        }

    def start(self) -> None:
        self._before = self.read()

    def stop(self) -> dict[str, float]:
        """CPU seconds since :meth:`start` of each root process, and of its descendants as ``<name> workers``."""
        after, roots = self.read(), self._roots()
        spent: dict[str, float] = {}
        for name, now in after.items():
            before, root = self._before.get(name, {}), roots[name]
            spent[name] = benchkit.cpu_between({root: before.get(root, 0.0)}, {root: now[root]} if root in now else {})
            workers = {p: c for p, c in now.items() if p != root}
            if workers:
                spent[f"{name} workers"] = benchkit.cpu_between(before, workers)
        return spent


@contextmanager
def profiled(stages: dict[str, int], workdir: Path, gil: bool) -> Iterator[dict[str, Path]]:
    """py-spy on each stage's process while the block runs; yields the raw output path of each."""
    outputs = {stage: workdir / f"profile-{stage}.txt" for stage in stages}
    spies = [
        profiling.PySpy(pid, outputs[stage], subprocesses=stage == "poll", gil=gil) for stage, pid in stages.items()
    ]
    try:
        yield outputs
    finally:
        for spy in spies:
            spy.stop()


def run_pipeline(
    site: CorpusSite,
    port: int,
    server_pid: int,
    settings: Settings,
    profile: list[str],
    workdir: Path,
    gil: bool = False,
) -> RunResult:
    total = len(site.plan)
    stop = StopFlag()
    with pipeline(settings, stop) as (running, supervisor):
        ports = [settings.health_port + i for i in range(len(STAGES))]
        joined_s = benchkit.wait_ready(ports)
        engine = make_engine(running.database_url)
        sessions = make_sessionmaker(engine)
        with sessions.begin() as session:
            now = utcnow()
            for host in site.by_host:
                add_feed(session, f"http://{host}:{port}{FEED_PATH}", running.poll_interval_s, now)
        began = time.monotonic()
        samples: list[tuple[float, int]] = [(began, 0)]
        pids = supervisor.pids()
        stages = {**{stage: pids[stage] for stage in STAGES}, "publisher": server_pid}
        meter = CpuMeter(lambda: stages)
        window_open = window_closed = False
        cpu: dict[str, float] = {}
        progress = benchkit.stored_counts(engine)
        last_change, last_stored = began, 0
        outputs: dict[str, Path] = {}
        with ExitStack() as spying:
            while progress.stored + progress.given_up < total:
                time.sleep(0.25)
                if len(supervisor.pids()) < len(STAGES):
                    raise RuntimeError(f"a service died: {supervisor.pids()}")
                progress = benchkit.stored_counts(engine)
                now_s = time.monotonic()
                samples.append((now_s, progress.stored))
                if progress.stored != last_stored:
                    last_change, last_stored = now_s, progress.stored
                elif now_s - last_change > 120:
                    raise RuntimeError(f"no progress for 120 s: {progress}")
                if not window_open and progress.stored >= 0.1 * total:
                    window_open = True
                    meter.start()
                    outputs = spying.enter_context(profiled({s: pids[s] for s in profile}, workdir, gil))
                if window_open and not window_closed and progress.stored >= 0.9 * total:
                    window_closed = True
                    cpu = meter.stop()
                    spying.close()
        wall = time.monotonic() - began
        engine.dispose()
    window = benchkit.steady_rate(samples, total - progress.given_up)
    notes: dict[str, Any] = {"group_join_s": round(joined_s, 1)}
    rendered = []
    for stage, raw in outputs.items():
        if raw.exists():
            for part, found in profiling.summarise(raw, pids[stage]).items():
                rendered.append(profiling.render(found, f"py-spy of `{stage}` ({part}, steady window)"))
            notes[f"profile_raw_{stage}"] = str(raw)
    if rendered:
        notes["profile"] = "\n".join(rendered)
    return RunResult("pipeline", total, progress.stored, progress.given_up, wall, window, cpu, notes)


@dataclass
class Pending:
    articles: list[ArticleV1] = field(default_factory=list)
    claims: list[ClaimsV1] = field(default_factory=list)


def run_bare(site: CorpusSite, port: int, server_pid: int, settings: Settings) -> RunResult:
    total = len(site.plan)
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    extractors = [loaded.plugin for loaded in load_extractors(settings.extractor_names())]
    extractor = Extractor(name=CLEANER_NAME, version=CLEANER_VERSION)
    site_layer = SiteLayer(sessions, settings.site_learn_min_articles)
    per_batch = max(1, settings.batch_max_records // (1 + len(extractors)))  # records, as the sink counts them
    me = os.getpid()
    meter = CpuMeter(lambda: {"bare loop": me, "publisher": server_pid}, exclude=(server_pid,))
    stored = failed = 0
    with (
        Fetcher.from_settings(settings) as fetcher,
        IsolatedCleaner.from_settings(settings, workers=2) as cleaner,
    ):
        began = time.monotonic()
        samples: list[tuple[float, int]] = [(began, 0)]
        pending = Pending()
        window_open = window_closed = False
        cpu: dict[str, float] = {}

        def flush() -> None:
            nonlocal stored, window_open, window_closed, cpu
            with sessions.begin() as session:
                store_batch(session, pending.articles, pending.claims, utcnow())
            stored += len(pending.articles)
            pending.articles.clear()
            pending.claims.clear()
            samples.append((time.monotonic(), stored))
            if not window_open and stored >= 0.1 * total:
                window_open = True
                meter.start()
            if window_open and not window_closed and stored >= 0.9 * total:
                window_closed = True
                cpu = meter.stop()

        for item in site.plan:
            url = item.url(port)
            try:
                page = fetcher.fetch(url, html_only=True)
                cleaned = cleaner(decode_html(page.body, page.headers), page.final_url)
            except (FetchError, ExtractionError):
                failed += 1
                continue
            article = article_from_page(
                cleaned, url=url, final_url=page.final_url, extractor=extractor, fetched_at=utcnow(), feed_url=None
            )
            text, removed_site = site_layer.apply(article.source, article.article_id, article.text)
            if removed_site:
                article = article_from_page(
                    cleaned,
                    url=url,
                    final_url=page.final_url,
                    extractor=extractor,
                    fetched_at=article.fetched_at,
                    text=text,
                    removed_site=removed_site,
                )
            pending.articles.append(article)
            pending.claims.extend(claims_message(article, plugin) for plugin in extractors)
            if len(pending.articles) >= per_batch:
                flush()
        if pending.articles:
            flush()
        wall = time.monotonic() - began
    engine.dispose()
    window = benchkit.steady_rate(samples, total - failed)
    return RunResult("bare loop", total, stored, failed, wall, window, cpu, {"articles_per_transaction": per_batch})


# --- report -------------------------------------------------------------------------------------------------------


def report(results: list[RunResult], database: str, broker: str, machine: str) -> dict[str, Any]:
    by_name = {r.name: r for r in results}
    pipe, bare = by_name.get("pipeline"), by_name.get("bare loop")
    summary: dict[str, Any] = {"machine": machine, "database": database, "broker": broker}
    for result in results:
        key = "pipeline" if result.name == "pipeline" else "bare"
        summary[f"{key}_per_s"] = round(result.per_s, 2)
        summary[f"{key}_wall_s"] = round(result.wall_s, 1)
        summary[f"{key}_stored"] = result.stored
        summary[f"{key}_given_up"] = result.given_up
        summary[f"{key}_cpu_ms_per_article"] = {k: round(v, 1) for k, v in result.cpu_ms_per_article().items()}
        summary.update({f"{key}_{k}": v for k, v in result.notes.items() if k != "profile"})
    if pipe is not None and bare is not None and bare.per_s > 0:
        summary["ratio"] = round(pipe.per_s / bare.per_s, 3)
        summary["target_ratio"] = TARGET_RATIO
    summary["n"] = results[0].total if results else 0
    return summary


def print_report(results: list[RunResult], summary: dict[str, Any]) -> None:
    print(f"machine: {summary['machine']}")
    print(f"database: {summary['database']}; broker: {summary['broker']}; articles: {summary['n']}")
    for r in results:
        w = r.window
        print(
            f"{r.name:>9}: {r.per_s:6.2f} articles/s steady ({w.count0}->{w.count1} in {w.t1 - w.t0:.1f} s); "
            f"{r.stored} stored, {r.given_up} failed/skipped, {r.wall_s:.1f} s wall"
        )
        cpu = ", ".join(f"{k} {v:.1f}" for k, v in r.cpu_ms_per_article().items())
        print(f"           CPU ms per article in the window: {cpu}")
        if "profile" in r.notes:
            print(r.notes["profile"])
    if "ratio" in summary:
        verdict = "meets" if summary["ratio"] >= TARGET_RATIO else "BELOW"
        print(f"ratio pipeline/bare: {summary['ratio']:.2f} ({verdict} the {TARGET_RATIO} target)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="folder holding fundus-dev")
    parser.add_argument("--n", type=int, default=2000, help="articles (pages replicated as needed)")
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--pg-admin-url", default=benchkit.PG_ADMIN_URL)
    parser.add_argument(
        "--profile", nargs="+", default=[], choices=STAGES, help="py-spy these services in the steady window"
    )
    parser.add_argument("--profile-gil", action="store_true", help="sample only the thread holding the GIL")
    parser.add_argument("--skip-bare", action="store_true", help="pipeline only")
    parser.add_argument("--skip-pipeline", action="store_true", help="bare loop only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if not (args.data_dir / "fundus-dev" / "manifest.jsonl").is_file():
        parser.error(f"{args.data_dir}/fundus-dev/manifest.jsonl not found")
    if args.profile and profiling.pyspy_binary() is None:
        parser.error("--profile needs py-spy (pip install py-spy)")
    machine = benchkit.machine_note()
    site = load_site(args.data_dir, args.n)
    resolve = benchkit.resolve_setting(site.by_host)
    workdir = Path(tempfile.mkdtemp(prefix="newsflow-bench-pipeline-"))
    results: list[RunResult] = []
    broker = "embedded Tansu"
    with benchkit.serving(site) as (port, server_pid):
        if not args.skip_pipeline:
            with benchkit.fresh_database(args.database, workdir, args.pg_admin_url) as url:
                settings = base_settings(resolve, url, benchkit.free_port_block(len(STAGES)))
                if settings.kafka_bootstrap is not None:
                    broker = f"configured ({settings.kafka_bootstrap})"
                results.append(run_pipeline(site, port, server_pid, settings, args.profile, workdir, args.profile_gil))
        if not args.skip_bare:
            with benchkit.fresh_database(args.database, workdir, args.pg_admin_url) as url:
                results.append(run_bare(site, port, server_pid, base_settings(resolve, url, 0)))
    if not args.profile:
        shutil.rmtree(workdir, ignore_errors=True)  # with --profile the raw py-spy files stay (paths in --json)
    summary = report(results, args.database, broker, machine)
    if args.json:
        print(json.dumps(summary))
    else:
        print_report(results, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
