"""Polite polling: conditional GET validators, adaptive scheduling, failure accounting, cross-feed dedup.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def feed_columns() -> tuple[sa.Column[object], ...]:
    """New columns of ``feeds`` (fresh objects each call: a Column belongs to one table)."""
    return (
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("body_sha256", sa.String(64)),
        sa.Column("interval_pinned", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("suspended", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("disabled_reason", sa.Text()),
        sa.Column("failures_network", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failures_http", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failures_parse", sa.Integer(), server_default="0", nullable=False),
        sa.Column("bozo_count", sa.Integer(), server_default="0", nullable=False),
    )


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        for column in feed_columns():
            batch.add_column(column)
    with op.batch_alter_table("feed_polls") as batch:
        batch.add_column(sa.Column("error_kind", sa.String(32)))
    with op.batch_alter_table("seen_entries") as batch:
        batch.add_column(sa.Column("url_hash", sa.String(64)))
    op.create_index("ix_seen_entries_url_hash", "seen_entries", ["url_hash"])


def downgrade() -> None:
    op.drop_index("ix_seen_entries_url_hash", table_name="seen_entries")
    with op.batch_alter_table("seen_entries") as batch:
        batch.drop_column("url_hash")
    with op.batch_alter_table("feed_polls") as batch:
        batch.drop_column("error_kind")
    with op.batch_alter_table("feeds") as batch:
        for column in reversed(feed_columns()):
            batch.drop_column(column.name)
