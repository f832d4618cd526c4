"""Shared fixtures: the real broker, fresh SQLite and PostgreSQL databases, settings per test.

The broker is a Tansu started once per session on a free loopback port, unless NEWSFLOW_KAFKA_BOOTSTRAP points
at another broker (any Kafka-protocol cluster). Every test gets its own topic and group names. PostgreSQL is the
server on 127.0.0.1:5432 (override with NEWSFLOW_TEST_PG_ADMIN_URL); each test that asks gets a fresh database,
dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsflow.broker import EmbeddedBroker
from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.settings import Settings

PG_ADMIN_URL = os.environ.get("NEWSFLOW_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
SEED = Path(__file__).parent / "data" / "seed"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a fault test of a minute or more (deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """host:port of the broker under test."""
    configured = os.environ.get("NEWSFLOW_KAFKA_BOOTSTRAP")
    if configured:
        yield configured
        return
    with EmbeddedBroker() as broker:
        yield broker.bootstrap


def _pg_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL)
        with engine.connect():
            pass
        engine.dispose()
    except Exception:
        return False
    return True


@pytest.fixture(scope="session")
def pg_admin() -> str:
    """The PostgreSQL admin URL; PostgreSQL is part of the test environment, so its absence fails loudly."""
    if not _pg_available():
        pytest.fail(f"PostgreSQL is not reachable at {make_url(PG_ADMIN_URL).render_as_string(hide_password=True)}")
    return PG_ADMIN_URL


@contextmanager
def fresh_pg_database(pg_admin: str) -> Iterator[str]:
    """Create an empty PostgreSQL database, yield its URL, drop it afterwards."""
    name = f"newsflow_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_admin: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test."""
    with fresh_pg_database(pg_admin) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file for this test."""
    return f"sqlite:///{tmp_path / 'newsflow.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL, on a fresh empty database."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def migrated_url(database_url: str) -> str:
    """A fresh database of either kind, migrated to head."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    engine.dispose()
    return database_url


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings(kafka_bootstrap: str) -> SettingsFactory:
    """Settings for this test: its own topics and groups, short consumer timeouts, fast polling."""
    tag = uuid.uuid4().hex[:10]

    def build(database_url: str = "sqlite:///:memory:", **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "database_url": database_url,
            "kafka_bootstrap": kafka_bootstrap,
            "topic_prefix": f"t{tag}.",
            "group_prefix": f"g{tag}",
            "kafka_session_timeout_ms": 6000,
            "kafka_heartbeat_interval_ms": 1000,
            "poll_idle_s": 0.3,
            "batch_max_ms": 300,
            "http_timeout_s": 10.0,
            "http_allow_private": "127.0.0.1/32",
            "http_resolve": "demo.newsflow.example=127.0.0.1",
            "host_min_delay_s": 0.0,
            "poll_concurrency": 4,
            "health_port": 0,  # off: many services run side by side; tests that need it pass a free port
        }
        values.update(overrides)
        return Settings.model_validate(values)

    return build
