"""PostgreSQL roles made by migration 0004: the reader reads and writes nothing, the writer writes rows and makes
no schema; the downgrade revokes this database's grants and leaves the cluster-wide roles in place."""

from __future__ import annotations

import psycopg.errors
import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.views import VIEWS
from tests.readside import write_sample

READER, WRITER = "newsflow_reader", "newsflow_writer"
ARTICLE = (
    "INSERT INTO articles (article_id, url, canonical_url, source, authors, fetched_at, text, text_sha256, "
    "extractor_name, extractor_version, removed_promo, removed_site, first_stored_at, updated_at) VALUES "
    "('0123456789abcdef0123456789abcdef', 'https://x.example/', 'https://x.example/', 'x.example', '[]', now(), "
    "'Text.', 'h', 'e', '1', 0, 0, now(), now())"
)
FEED = (
    "INSERT INTO feeds (url, interval_s, next_poll_at, created_at) VALUES ('https://x.example/feed', 60, now(), now())"
)


def run_as(engine: Engine, role: str, *statements: str) -> None:
    """Run ``statements`` as ``role`` in one transaction (rolled back), raising what PostgreSQL raises."""
    with engine.connect() as connection:
        connection.execute(text(f"SET ROLE {role}"))
        for statement in statements:
            connection.execute(text(statement))
        connection.rollback()


def assert_refused(engine: Engine, role: str, statement: str) -> None:
    with pytest.raises(DBAPIError) as caught:
        run_as(engine, role, statement)
    assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), caught.value


@pytest.fixture
def engine(pg_url: str) -> Engine:
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    with make_sessionmaker(engine).begin() as session:
        write_sample(session)
    return engine


def test_the_reader_reads_every_table_and_view_and_writes_nothing(engine: Engine) -> None:
    relations = inspect(engine).get_table_names() + list(VIEWS.tables)
    run_as(engine, READER, *(f"SELECT count(*) FROM {name}" for name in relations))
    assert_refused(engine, READER, ARTICLE)
    assert_refused(engine, READER, "UPDATE articles SET title = 'x'")
    assert_refused(engine, READER, "DELETE FROM claims")
    assert_refused(engine, READER, "CREATE TABLE reader_made (id int)")
    engine.dispose()


def test_the_writer_writes_rows_and_makes_no_schema(engine: Engine) -> None:
    run_as(engine, WRITER, ARTICLE, FEED, "UPDATE articles SET title = 'x'", "DELETE FROM claims")
    run_as(engine, WRITER, "SELECT version_num FROM alembic_version", "SELECT count(*) FROM claims_with_articles")
    assert_refused(engine, WRITER, "CREATE TABLE writer_made (id int)")
    assert_refused(engine, WRITER, "ALTER TABLE articles ADD COLUMN x int")
    assert_refused(engine, WRITER, "DROP TABLE takedowns")
    assert_refused(engine, WRITER, "UPDATE alembic_version SET version_num = '0001'")
    engine.dispose()


def test_tables_the_owner_creates_later_get_the_same_privileges(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE later_table (id serial PRIMARY KEY, note text)"))
    run_as(engine, READER, "SELECT count(*) FROM later_table")
    run_as(engine, WRITER, "INSERT INTO later_table (note) VALUES ('x')")
    assert_refused(engine, READER, "INSERT INTO later_table (note) VALUES ('x')")
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE later_table"))
    engine.dispose()


def test_downgrade_revokes_this_databases_grants_and_keeps_the_roles(engine: Engine) -> None:
    migrate.downgrade(engine, "0003")
    with engine.connect() as connection:
        for role in (READER, WRITER):
            assert connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar() == 1
            for table in inspect(engine).get_table_names():
                granted = connection.execute(
                    text("SELECT has_table_privilege(:r, :t, 'SELECT')"), {"r": role, "t": table}
                ).scalar()
                assert granted is False, (role, table)
        defaults = connection.execute(
            text("SELECT count(*) FROM pg_default_acl d WHERE d.defaclacl::text ~ 'newsflow_(reader|writer)'")
        ).scalar()
        assert defaults == 0
    migrate.upgrade(engine)  # and up again: the roles exist, grants come back
    run_as(engine, READER, "SELECT count(*) FROM articles")
    engine.dispose()
