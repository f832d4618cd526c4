"""`newsflow up`: every service under one supervisor with the embedded broker, stopped cleanly by SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from ingest.registry import add_feed
from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker
from tests.httpserver import serve
from tests.integration.generated_site import site_routes, with_feed
from tests.integration.helpers import counts, wait_for

N = 5


def test_up_runs_the_pipeline_on_an_embedded_broker_and_stops_cleanly(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    env.update(NEWSFLOW_DATABASE_URL=sqlite_url, NEWSFLOW_POLL_IDLE_S="0.5", NEWSFLOW_LOG_LEVEL="WARNING")
    env.update(NEWSFLOW_HTTP_ALLOW_PRIVATE="127.0.0.1/32", NEWSFLOW_HOST_MIN_DELAY_S="0")
    with serve(site_routes(N)) as server:
        server.routes.update(with_feed({}, server.url(""), N))
        with make_sessionmaker(engine).begin() as session:
            add_feed(session, server.url("/feed.xml"), 3600)
        engine.dispose()
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsflow", "up"],
            env=env,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        try:
            first_line = proc.stdout.readline() if proc.stdout else ""
            assert "broker 127.0.0.1:" in first_line
            wait_for(lambda: counts(sqlite_url)[:2] == (N, N), 90, "the articles and claims")
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    # the supervisor stopped its children before the broker: no service process is left behind
    leftover = subprocess.run(
        ["pgrep", "-f", f"newsflow .*--supervised-by {proc.pid}"], capture_output=True, check=False
    )
    assert leftover.stdout == b""


def test_broker_command_serves_a_broker_until_sigterm() -> None:
    from newsflow.broker import broker_answers

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsflow", "broker"],
        env=env,
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("NEWSFLOW_KAFKA_BOOTSTRAP=127.0.0.1:")
        host, port = line.strip().split("=", 1)[1].split(":")
        assert broker_answers(host, int(port))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        assert not broker_answers(host, int(port))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
