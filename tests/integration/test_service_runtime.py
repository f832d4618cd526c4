"""Each service as a real process: SIGTERM mid-work exits 0 promptly, nothing is lost, a restart resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.clean import clean
from ingest.registry import add_feed
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.settings import Settings
from processors.claims import extract_claims
from tests.conftest import SettingsFactory
from tests.httpserver import serve
from tests.integration.generated_site import article_html, site_routes, with_feed
from tests.integration.helpers import counts, pipeline_state, wait_for

N = 24
STAGES = ("poll", "claims", "sink")


def expected_claims(n: int) -> int:
    total = 0
    for i in range(n):
        cleaned = clean(article_html(i), f"http://127.0.0.1/a/{i}")
        total += len({c.claim_id for c in extract_claims(cleaned.text, "0" * 32)})
    return total


def start(settings: Settings, stage: str, logs: Path | None = None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    env.update(settings.child_environment())
    env["NEWSFLOW_LOG_LEVEL"] = "INFO" if logs else "WARNING"
    stderr = open(logs / f"{stage}.log", "ab") if logs else None  # noqa: SIM115 (the child owns it)
    return subprocess.Popen([sys.executable, "-m", "newsflow", stage], env=env, stdin=subprocess.DEVNULL, stderr=stderr)


def log_tails(logs: Path) -> dict[str, str]:
    return {path.name: path.read_text(errors="replace")[-1500:] for path in sorted(logs.glob("*.log"))}


@contextmanager
def services(settings: Settings, logs: Path) -> Iterator[dict[str, subprocess.Popen[bytes]]]:
    procs = {stage: start(settings, stage, logs) for stage in STAGES}
    try:
        yield procs
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def fetched_entries(database_url: str) -> int:
    state = pipeline_state(database_url)["entries"]
    assert isinstance(state, dict)
    return int(state.get("fetched", 0))


def stop_all(procs: dict[str, subprocess.Popen[bytes]]) -> dict[str, tuple[int, float]]:
    began = time.monotonic()
    for proc in procs.values():
        proc.send_signal(signal.SIGTERM)
    return {stage: (proc.wait(timeout=30), time.monotonic() - began) for stage, proc in procs.items()}


def test_sigterm_mid_stream_exits_zero_and_restart_ends_with_every_row(
    migrated_url: str, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    # site learning off (K above N): the expected claims come from the pure cleaner and extractor
    settings = make_settings(migrated_url, site_learn_min_articles=1000)
    want_claims = expected_claims(N)
    logs = tmp_path
    with serve(site_routes(N, delay_s=0.3)) as server:
        server.routes.update(with_feed({}, server.url(""), N))
        engine = make_engine(migrated_url)
        with make_sessionmaker(engine).begin() as session:
            add_feed(session, server.url("/feed.xml"), 3600)
        engine.dispose()
        with services(settings, logs) as procs:
            wait_for(lambda: fetched_entries(migrated_url) >= 3, 60, "the first articles")
            results = stop_all(procs)
        assert fetched_entries(migrated_url) < N, "the stop must land while the poller is still working"
        for stage, (code, seconds) in results.items():
            assert code == 0, f"{stage} exited {code}"
            assert seconds < 30, f"{stage} took {seconds:.1f} s to stop"
        with services(settings, logs):
            wait_for(
                lambda: counts(migrated_url) == (N, N, want_claims),
                90,
                f"every row after the restart ({N}, {N}, {want_claims})",
                lambda: (pipeline_state(migrated_url), log_tails(logs)),
            )
            time.sleep(1.5)  # anything redelivered after the restart has had time to land
            assert counts(migrated_url) == (N, N, want_claims)


def test_second_signal_exits_at_once(sqlite_url: str, make_settings: SettingsFactory) -> None:
    from newsflow.db import migrate

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    settings = make_settings(sqlite_url, http_timeout_s=60.0)

    def hang(handler: object) -> None:
        time.sleep(20)

    with serve({"/a/0": hang}) as server:
        server.routes.update(with_feed({"/a/0": hang}, server.url(""), 1))
        with make_sessionmaker(engine).begin() as session:
            add_feed(session, server.url("/feed.xml"), 3600)
        engine.dispose()
        proc = start(settings, "poll")
        try:
            wait_for(lambda: any(path == "/a/0" for path, _ in server.requests), 30, "the poller to fetch the page")
            proc.send_signal(signal.SIGTERM)
            time.sleep(1.0)
            assert proc.poll() is None, "the first signal lets the fetch in flight finish"
            began = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=10)
            assert code == 128 + signal.SIGTERM
            assert time.monotonic() - began < 5
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
