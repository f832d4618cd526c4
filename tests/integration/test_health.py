"""A running service's /metrics, /healthz and /readyz: readiness follows the database, metrics follow the work."""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.request

from sqlalchemy.engine import make_url

from newsflow import bus
from newsflow.db import migrate
from newsflow.db.engine import make_engine
from tests.conftest import SettingsFactory
from tests.factories import make_article
from tests.integration.helpers import counts, running, wait_for
from tests.tcpproxy import TcpProxy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one series in Prometheus text, 0 when absent."""
    for line in metrics.splitlines():
        match = re.fullmatch(rf"{name}(?:\{{(.*)\}})? (\S+)", line)
        if match and all(f'{key}="{value}"' in (match.group(1) or "") for key, value in labels.items()):
            return float(match.group(2))
    return 0.0


def test_sink_endpoints_follow_the_database_and_the_work(pg_url: str, make_settings: SettingsFactory) -> None:
    real = make_url(pg_url)
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    engine.dispose()
    proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
    via_proxy = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    port = free_port()
    settings = make_settings(via_proxy, health_port=port, health_host="127.0.0.1", topic_partitions=2)
    bus.ensure_topics(settings)
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    try:
        with running(settings, "sink"):
            assert get(port, "/healthz")[0] == 200
            wait_for(lambda: get(port, "/readyz")[0] == 200, 60, "the sink to be ready (partitions assigned)")
            before = get(port, "/metrics")[1]  # metrics are per process: other tests' work counts too

            def grew(name: str, **labels: str) -> float:
                return sample(metrics, name, **labels) - sample(before, name, **labels)

            for i in range(6):
                article = make_article(f"Body {i}.", f"https://e.com/health/{i}")
                publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
            publisher.flush()
            wait_for(lambda: counts(pg_url)[0] == 6, 60, "the articles to be stored")
            code, metrics = get(port, "/metrics")
            assert code == 200
            assert grew("newsflow_messages_in_total", stage="sink") == 6
            assert grew("newsflow_messages_out_total", stage="sink", outcome="stored") == 6
            assert grew("newsflow_batch_size_count", stage="sink") >= 1
            assert grew("newsflow_freshness_seconds_count", since="first_seen") == 6
            group = settings.group("sink")
            assert f'newsflow_consumer_lag_messages{{group="{group}"' in metrics
            assert sample(metrics, "newsflow_ready") == 1

            proxy.cut()
            wait_for(lambda: get(port, "/readyz")[0] == 503, 30, "readiness to drop with the database")
            failing = json.loads(get(port, "/readyz")[1])["failing"]
            assert set(failing) == {"database"}
            assert get(port, "/healthz")[0] == 200  # alive: nothing to restart, only to wait for
            proxy.restore()
            wait_for(lambda: get(port, "/readyz")[0] == 200, 30, "readiness to come back with the database")
    finally:
        publisher.close()
        proxy.close()
