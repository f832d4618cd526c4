"""The schema: migrations build exactly the models, go down and up again, and services refuse an old schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.db.models import Base
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
    "alembic_version",
}


def test_migrations_match_the_models_and_downgrade_cleanly(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with pytest.raises(SchemaNotReady, match="newsflow db upgrade"):
            migrate.require_head(engine)
        migrate.upgrade(engine)
        migrate.require_head(engine)
        assert set(inspect(engine).get_table_names()) == TABLES
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
