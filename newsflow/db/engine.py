"""Engines and sessions for SQLite (WAL) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

READONLY = "newsflow_readonly"


def make_engine(database_url: str, **kwargs: Any) -> Engine:
    """An engine for ``database_url``; SQLite gets WAL, a busy timeout and foreign keys on every connection."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        kwargs.setdefault("pool_size", 20)  # threads of one poller each hold a connection for a moment
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # pysqlite's own transaction handling is off (isolation_level=None), so we say how a transaction starts:
    # a writer takes the write lock up front (BEGIN IMMEDIATE: no deadlock when a reader upgrades), while a
    # read-only session begins nothing and reads in autocommit, so readers never queue behind writers.
    if not conn.get_execution_options().get(READONLY):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def rowcount(result: Any) -> int:
    """Rows an UPDATE, DELETE or INSERT statement's result says it touched (0 where the driver does not say)."""
    return int(getattr(result, "rowcount", 0) or 0)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def readonly_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions for reads only, on the same engine (on SQLite they take no write lock)."""
    engine = sessions.kw["bind"]
    return sessionmaker(engine.execution_options(**{READONLY: True}), expire_on_commit=False)


@contextmanager
def session_scope(database_url: str) -> Iterator[Session]:
    """One transaction on a migrated database, for short commands (the engine is disposed afterwards)."""
    from newsflow.db.migrate import require_head

    engine = make_engine(database_url)
    try:
        require_head(engine)
        with make_sessionmaker(engine).begin() as session:
            yield session
    finally:
        engine.dispose()
