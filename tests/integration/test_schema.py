"""The schema: migrations build exactly the models, go down and up again, and services refuse an old schema."""

from __future__ import annotations

import re
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.db.models import Base
from newsflow.db.views import VIEWS
from newsflow.errors import SchemaNotReady

TABLES = {
    "feeds",
    "feed_polls",
    "seen_entries",
    "articles",
    "claim_sets",
    "claims",
    "simhash_bands",
    "site_paragraphs",
    "site_sightings",
    "speakers",
    "speaker_aliases",
    "takedowns",
    "alembic_version",
}
# what the models cannot express: FTS5 tables and their shadow tables (SQLite), tsvector columns and their GIN
# indexes (PostgreSQL); views are not tables to Alembic's comparison
FTS_TABLE = re.compile(r"^(articles|claims)_fts(_(data|idx|docsize|config|content))?$")
FTS_COLUMN = "search_vector"
FTS_INDEX = re.compile(r"^ix_(articles|claims)_search_vector$")


def only_modelled(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """Alembic include_name hook: skip the full-text search objects."""
    if name is None:
        return True
    if type_ == "table":
        return not FTS_TABLE.match(name)
    if type_ == "column":
        return name != FTS_COLUMN
    if type_ == "index":
        return not FTS_INDEX.match(name)
    return True


def modelled_tables(names: list[str]) -> set[str]:
    return {name for name in names if not FTS_TABLE.match(name)}


def test_migrations_match_the_models_and_downgrade_cleanly(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with pytest.raises(SchemaNotReady, match="newsflow db upgrade"):
            migrate.require_head(engine)
        migrate.upgrade(engine)
        migrate.require_head(engine)
        inspector = inspect(engine)
        assert modelled_tables(inspector.get_table_names()) == TABLES
        assert set(inspector.get_view_names()) == set(VIEWS.tables)
        fts = {name for name in inspector.get_table_names() if FTS_TABLE.match(name)}
        searchable = {c["name"] for c in inspector.get_columns("claims")} | {
            c["name"] for c in inspector.get_columns("articles")
        }
        if engine.dialect.name == "sqlite":
            assert {"articles_fts", "claims_fts"} <= fts
        else:
            assert FTS_COLUMN in searchable
        with engine.connect() as connection:
            opts = {"compare_type": True, "include_name": only_modelled}
            context = MigrationContext.configure(connection, opts=opts)
            assert compare_metadata(context, Base.metadata) == []
        migrate.downgrade(engine, "base")
        inspector = inspect(engine)
        assert set(inspector.get_table_names()) == {"alembic_version"}
        assert inspector.get_view_names() == []
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_each_step_downgrades_to_the_schema_it_came_from(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        migrate.upgrade(engine, "0003")
        before = {t: {c["name"] for c in inspect(engine).get_columns(t)} for t in inspect(engine).get_table_names()}
        migrate.upgrade(engine)
        migrate.downgrade(engine, "0003")
        inspector = inspect(engine)
        after = {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}
        assert after == before
        assert inspector.get_view_names() == []
    finally:
        engine.dispose()


def test_the_view_descriptions_match_the_views(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    try:
        inspector = inspect(engine)
        for view in VIEWS.tables.values():
            assert [c["name"] for c in inspector.get_columns(view.name)] == [c.name for c in view.columns]
    finally:
        engine.dispose()
