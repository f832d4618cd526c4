"""Article metadata, near-duplicate index, and the site-learned boilerplate store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
ARTICLE_COLUMNS = (
    "published_source",
    "site_name",
    "description",
    "image_url",
    "simhash",
    "duplicate_of",
    "duplicate_kind",
)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("published_source", sa.String(16)))
        batch.add_column(sa.Column("site_name", sa.Text()))
        batch.add_column(sa.Column("description", sa.Text()))
        batch.add_column(sa.Column("image_url", sa.Text()))
        batch.add_column(sa.Column("simhash", sa.String(16)))
        batch.add_column(sa.Column("duplicate_of", sa.String(32)))
        batch.add_column(sa.Column("duplicate_kind", sa.String(8)))
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_table(
        "simhash_bands",
        sa.Column("band", sa.Integer(), primary_key=True),
        sa.Column("value", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(32), primary_key=True),
    )
    op.create_table(
        "site_paragraphs",
        sa.Column("host", sa.String(255), primary_key=True),
        sa.Column("paragraph_hash", sa.String(64), primary_key=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("preview", sa.String(80), nullable=False),
        sa.Column("decision", sa.String(8)),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
    )
    op.create_table(
        "site_sightings",
        sa.Column("host", sa.String(255), primary_key=True),
        sa.Column("paragraph_hash", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("seen_at", TS, nullable=False),
    )
    op.create_index("ix_site_sightings_seen_at", "site_sightings", ["seen_at"])


def downgrade() -> None:
    op.drop_table("site_sightings")
    op.drop_table("site_paragraphs")
    op.drop_table("simhash_bands")
    op.drop_index("ix_articles_duplicate_of", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        for name in reversed(ARTICLE_COLUMNS):
            batch.drop_column(name)
