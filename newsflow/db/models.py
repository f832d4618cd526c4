"""The database schema: typed SQLAlchemy 2.0 models.

The schema is a public interface: downstream teams query these tables directly. It changes only through
Alembic migrations in ``newsflow/db/migrations`` that are only ever added to; services never create or alter
tables at run time.

Claims carry no foreign key to ``articles`` on purpose: a claims message may be stored before its article
(the topics are independent), and neither may be lost nor rejected.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores no zone; we restore it on read)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every newsflow table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Feed(Base):
    """A feed in the registry, with its polling schedule and health."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    interval_s: Mapped[int] = mapped_column(Integer)
    next_poll_at: Mapped[datetime]
    leased_until: Mapped[datetime | None]
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_status: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # added in 0002: conditional GET, adaptive scheduling, failure accounting
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    interval_pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    failures_network: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failures_http: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failures_parse: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bozo_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_feeds_due", "enabled", "next_poll_at"),)


class FeedPoll(Base):
    """One poll of one feed: what came back and how long it took."""

    __tablename__ = "feed_polls"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    http_status: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    entries: Mapped[int] = mapped_column(Integer, default=0)
    new_entries: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    error_kind: Mapped[str | None] = mapped_column(String(32))  # 0002: network, http_status, parse, ...


class SeenEntry(Base):
    """A feed entry the poller has handled, with its outcome: fetched, failed (with reason) or skipped.

    ``fetched`` is written only after the broker acknowledged the article, so a crash in between re-sends.
    """

    __tablename__ = "seen_entries"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    entry_hash: Mapped[str] = mapped_column(String(64))
    guid: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 0002: sha256 of the entry's normalised URL, so the same article listed by several feeds is fetched once
    url_hash: Mapped[str | None] = mapped_column(String(64), index=True)

    __table_args__ = (UniqueConstraint("feed_id", "entry_hash", name="uq_seen_entries_feed_entry"),)


class Article(Base):
    """A clean article as published on ``news.articles`` (one row per article_id, upserted)."""

    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(Text)
    feed_url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(255), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSONType)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    fetched_at: Mapped[datetime]
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    extractor_name: Mapped[str] = mapped_column(String(100))
    extractor_version: Mapped[str] = mapped_column(String(50))
    removed_promo: Mapped[int] = mapped_column(Integer, default=0)
    removed_site: Mapped[int] = mapped_column(Integer, default=0)
    first_stored_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 0003: metadata and near-duplicates
    published_source: Mapped[str | None] = mapped_column(String(16))  # which source won: page, feed or url
    site_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(Text)
    simhash: Mapped[str | None] = mapped_column(String(16))  # 64-bit SimHash of the text, hex
    duplicate_of: Mapped[str | None] = mapped_column(String(32), index=True)  # the first article of the story
    duplicate_kind: Mapped[str | None] = mapped_column(String(8))  # exact or near


class SimhashBand(Base):
    """Index of article SimHashes split in 4 bands of 16 bits: a near-duplicate (Hamming distance <= 3) shares
    at least one band exactly with its original, so candidates are found by equality lookups."""

    __tablename__ = "simhash_bands"

    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class SiteParagraph(Base):
    """A paragraph seen on several articles of one host: the site-learned boilerplate store.

    Holds the paragraph's hash and counts, a short preview for operators, and an operator's decision; never the
    paragraph itself.
    """

    __tablename__ = "site_paragraphs"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)
    paragraph_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    articles: Mapped[int] = mapped_column(Integer, default=0)
    preview: Mapped[str] = mapped_column(String(80))
    decision: Mapped[str | None] = mapped_column(String(8))  # None = learned; "allow" = keep; "deny" = remove
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class SiteSighting(Base):
    """Which articles a host's paragraph was seen on, so a re-fetched article is not counted twice."""

    __tablename__ = "site_sightings"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)
    paragraph_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ClaimSet(Base):
    """Which extraction of an article's claims is stored: one row per (article, extractor name).

    A newer extractor version replaces the claims of an older one as a whole; an older one arriving late is
    ignored. ``claim_count`` is 0 for an article with no claims, so "extracted, nothing found" is visible.
    """

    __tablename__ = "claim_sets"

    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    extractor_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    extractor_version: Mapped[str] = mapped_column(String(50))
    text_sha256: Mapped[str] = mapped_column(String(64))
    extracted_at: Mapped[datetime]
    claim_count: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Claim(Base):
    """One claim: who said what, how (direct, indirect, none), with hedges, quantities, types and a score."""

    __tablename__ = "claims"

    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    extractor_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    extractor_version: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    sentence_index: Mapped[int] = mapped_column(Integer)
    attribution: Mapped[str] = mapped_column(String(16), index=True)
    speaker_name: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_kind: Mapped[str | None] = mapped_column(String(16))
    cue: Mapped[str | None] = mapped_column(String(100))
    hedges: Mapped[list[str]] = mapped_column(JSONType)
    quantities: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    types: Mapped[list[str]] = mapped_column(JSONType)
    checkworthiness: Mapped[float] = mapped_column(Float)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
