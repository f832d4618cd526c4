"""Initial schema: feeds, feed_polls, seen_entries, articles, claim_sets, claims.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Migrations are frozen history: they never import the models, so later model changes cannot rewrite them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), autoincrement=True, primary_key=True),
        sa.Column("url", sa.Text(), nullable=False, unique=True),
        sa.Column("title", sa.Text()),
        sa.Column("enabled", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("interval_s", sa.Integer(), nullable=False),
        sa.Column("next_poll_at", TS, nullable=False),
        sa.Column("leased_until", TS),
        sa.Column("last_polled_at", TS),
        sa.Column("last_success_at", TS),
        sa.Column("last_status", sa.String(32)),
        sa.Column("last_error", sa.Text()),
        sa.Column("error_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_feeds_due", "feeds", ["enabled", "next_poll_at"])

    op.create_table(
        "feed_polls",
        sa.Column("id", BIGID, autoincrement=True, primary_key=True),
        sa.Column("feed_id", sa.Integer(), sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("http_status", sa.Integer()),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("new_entries", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
    )
    op.create_index("ix_feed_polls_feed_id", "feed_polls", ["feed_id"])
    op.create_index("ix_feed_polls_started_at", "feed_polls", ["started_at"])

    op.create_table(
        "seen_entries",
        sa.Column("id", BIGID, autoincrement=True, primary_key=True),
        sa.Column("feed_id", sa.Integer(), sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("guid", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("feed_id", "entry_hash", name="uq_seen_entries_feed_entry"),
    )
    op.create_index("ix_seen_entries_article_id", "seen_entries", ["article_id"])

    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=False),
        sa.Column("feed_url", sa.Text()),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("authors", JSON, nullable=False),
        sa.Column("published_at", TS),
        sa.Column("fetched_at", TS, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("extractor_name", sa.String(100), nullable=False),
        sa.Column("extractor_version", sa.String(50), nullable=False),
        sa.Column("removed_promo", sa.Integer(), nullable=False),
        sa.Column("removed_site", sa.Integer(), nullable=False),
        sa.Column("first_stored_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_text_sha256", "articles", ["text_sha256"])

    op.create_table(
        "claim_sets",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("extractor_name", sa.String(100), primary_key=True),
        sa.Column("extractor_version", sa.String(50), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("extracted_at", TS, nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("stored_at", TS, nullable=False),
    )

    op.create_table(
        "claims",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("extractor_name", sa.String(100), primary_key=True),
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("extractor_version", sa.String(50), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("attribution", sa.String(16), nullable=False),
        sa.Column("speaker_name", sa.Text()),
        sa.Column("speaker_role", sa.Text()),
        sa.Column("speaker_kind", sa.String(16)),
        sa.Column("cue", sa.String(100)),
        sa.Column("hedges", JSON, nullable=False),
        sa.Column("quantities", JSON, nullable=False),
        sa.Column("types", JSON, nullable=False),
        sa.Column("checkworthiness", sa.Float(), nullable=False),
        sa.Column("stored_at", TS, nullable=False),
    )
    op.create_index("ix_claims_attribution", "claims", ["attribution"])
    op.create_index("ix_claims_speaker_name", "claims", ["speaker_name"])


def downgrade() -> None:
    for table in ("claims", "claim_sets", "articles", "seen_entries", "feed_polls", "feeds"):
        op.drop_table(table)
