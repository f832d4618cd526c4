"""The health endpoints and readiness checks, over real HTTP on loopback."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from newsflow.observe.checks import broker_check, database_check
from newsflow.observe.health import Assignment, Health, serve_health
from newsflow.observe.metrics import FEED_POLLS, metric_names


def get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def free_closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_endpoints_report_liveness_readiness_and_metrics() -> None:
    health = Health(stall_s=60)
    state = {"reason": None}
    health.add_check("database", lambda: state["reason"])
    with serve_health(health, "127.0.0.1", 0) as server:
        port = server.server_address[1]
        FEED_POLLS.labels(status="ok").inc()
        assert get(port, "/healthz")[0] == 200
        code, body = get(port, "/readyz")
        assert code == 200
        assert json.loads(body)["status"] == "ready"
        code, body = get(port, "/metrics")
        assert code == 200
        assert b'newsflow_feed_polls_total{status="ok"}' in body
        assert b"newsflow_ready 1.0" in body
        state["reason"] = "database unreachable"
        health._cache = None  # the one-second cache would otherwise answer
        code, body = get(port, "/readyz")
        assert code == 503
        assert json.loads(body)["failing"] == {"database": "database unreachable"}
        assert get(port, "/nope")[0] == 404


def test_a_loop_that_stops_beating_is_reported_stalled() -> None:
    health = Health(stall_s=0.0)
    with serve_health(health, "127.0.0.1", 0) as server:
        code, body = get(server.server_address[1], "/healthz")
    assert code == 503
    assert json.loads(body)["status"] == "stalled"


def test_a_check_that_raises_or_hangs_is_a_failing_check() -> None:
    health = Health(check_timeout_s=0.2)
    health.add_check("raises", lambda: 1 / 0 and None)
    health.add_check("hangs", lambda: __import__("time").sleep(1) or None)
    failing = health.failing()
    assert failing["raises"].startswith("ZeroDivisionError")
    assert "no answer" in failing["hangs"]


def test_database_check_on_a_real_database_and_a_missing_one(tmp_path: Path) -> None:
    good = create_engine(f"sqlite:///{tmp_path / 'ok.db'}")
    assert database_check(good)() is None
    bad = create_engine(f"sqlite:///{tmp_path / 'missing' / 'nope.db'}")
    with pytest.raises(OperationalError, match="unable to open"):
        database_check(bad)()


def test_broker_check_needs_a_listening_bootstrap_server() -> None:
    closed = free_closed_port()
    assert "no bootstrap server reachable" in str(broker_check(f"127.0.0.1:{closed}", 0.5)())
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert broker_check(f"127.0.0.1:{closed},127.0.0.1:{port}", 0.5)() is None


def test_assignment_check_waits_for_partitions() -> None:
    assignment = Assignment()
    assert assignment.check() == "consumer has not polled yet"
    assignment.update([])
    assert assignment.check() == "no partitions assigned"
    assignment.update(["t-0"])
    assert assignment.check() is None


def test_metric_names_include_every_series_suffix() -> None:
    names = set(metric_names())
    assert {
        "newsflow_feed_polls_total",
        "newsflow_processing_seconds_bucket",
        "newsflow_consumer_lag_messages",
    } <= names
