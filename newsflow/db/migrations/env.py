"""Alembic environment: runs migrations on the engine that :mod:`newsflow.db.migrate` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from newsflow.db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("newsflow migrations run through newsflow.db.migrate, which passes a connection")
    _run(connection)
