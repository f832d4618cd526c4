"""The database schema: typed SQLAlchemy 2.0 models.

The schema is a public interface: downstream teams query these tables directly. It changes only through
Alembic migrations in ``newsflow/db/migrations`` that are only ever added to; services never create or alter
tables at run time.

Claims carry no foreign key to ``articles`` on purpose: a claims message may be stored before its article
(the topics are independent), and neither may be lost nor rejected.

Every column's ``doc`` is published in docs/schema.md by ``python -m newsflow.db.reference``; views are described
in :mod:`newsflow.db.views`. Full-text search structures (FTS5 tables on SQLite, ``search_vector`` columns on
PostgreSQL) and the PostgreSQL roles exist only in the migrations, since the models cannot express them.
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
    url: Mapped[str] = mapped_column(Text, unique=True, doc="The feed's URL.")
    title: Mapped[str | None] = mapped_column(Text, doc="The feed's title, as the feed gives it.")
    enabled: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=true(), doc="False once disabled (by an operator or for failing)."
    )
    interval_s: Mapped[int] = mapped_column(Integer, doc="Seconds between polls (adaptive unless pinned).")
    next_poll_at: Mapped[datetime] = mapped_column(doc="When the feed is next due.")
    leased_until: Mapped[datetime | None] = mapped_column(doc="A poller holds the feed until then.")
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_status: Mapped[str | None] = mapped_column(String(32), doc="Status of the last poll (see feed_polls.status).")
    last_error: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0", doc="Consecutive failed polls.")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # added in 0002: conditional GET, adaptive scheduling, failure accounting
    etag: Mapped[str | None] = mapped_column(Text, doc="ETag of the last response, for conditional GET.")
    last_modified: Mapped[str | None] = mapped_column(Text, doc="Last-Modified of the last response.")
    body_sha256: Mapped[str | None] = mapped_column(String(64), doc="Hash of the last body (unchanged detection).")
    interval_pinned: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), doc="True when interval_s was set by hand."
    )
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    disabled_reason: Mapped[str | None] = mapped_column(Text, doc="Why the feed was disabled.")
    failures_network: Mapped[int] = mapped_column(Integer, default=0, server_default="0", doc="Failures by kind.")
    failures_http: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failures_parse: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bozo_count: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", doc="Polls whose feed was ill-formed but readable."
    )

    __table_args__ = (Index("ix_feeds_due", "enabled", "next_poll_at"),)


class FeedPoll(Base):
    """One poll of one feed: what came back and how long it took."""

    __tablename__ = "feed_polls"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(
        String(32),
        doc="ok, not_modified, unchanged, deferred, interrupted, or error_<kind>.",
    )
    http_status: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer, default=0, doc="Size of the body received.")
    entries: Mapped[int] = mapped_column(Integer, default=0, doc="Entries in the feed.")
    new_entries: Mapped[int] = mapped_column(Integer, default=0, doc="Entries not seen before.")
    error: Mapped[str | None] = mapped_column(Text)
    error_kind: Mapped[str | None] = mapped_column(String(32), doc="network, http_status, parse, ...")


class SeenEntry(Base):
    """A feed entry the poller has handled, with its outcome: fetched, failed (with reason) or skipped.

    ``fetched`` is written only after the broker acknowledged the article, so a crash in between re-sends.
    """

    __tablename__ = "seen_entries"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    entry_hash: Mapped[str] = mapped_column(String(64), doc="Hash of the entry's guid (or link).")
    guid: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(32), index=True, doc="The article fetched, if any.")
    status: Mapped[str] = mapped_column(String(16), doc="fetched, failed, skipped or retry.")
    reason: Mapped[str | None] = mapped_column(Text, doc="Why it failed or was skipped.")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 0002: sha256 of the entry's normalised URL, so the same article listed by several feeds is fetched once
    url_hash: Mapped[str | None] = mapped_column(
        String(64), index=True, doc="sha256 of the normalised URL: an article listed by several feeds is fetched once."
    )

    __table_args__ = (UniqueConstraint("feed_id", "entry_hash", name="uq_seen_entries_feed_entry"),)


class Article(Base):
    """A clean article as published on ``news.articles`` (one row per article_id, upserted)."""

    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(
        String(32), primary_key=True, doc="First 32 hex digits of sha256(canonical URL)."
    )
    url: Mapped[str] = mapped_column(Text, doc="The URL the page was fetched from.")
    canonical_url: Mapped[str] = mapped_column(Text, doc="The page's canonical URL, normalised.")
    feed_url: Mapped[str | None] = mapped_column(Text, doc="The feed that listed it.")
    source: Mapped[str] = mapped_column(String(255), index=True, doc="Host of the canonical URL.")
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSONType, doc="JSON list of names.")
    published_at: Mapped[datetime | None] = mapped_column(index=True, doc="Publication time (UTC), if known.")
    fetched_at: Mapped[datetime]
    language: Mapped[str | None] = mapped_column(String(16), doc="ISO 639-1 code detected on the clean text.")
    text: Mapped[str] = mapped_column(Text, doc="The clean text, boilerplate removed.")
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    extractor_name: Mapped[str] = mapped_column(String(100), doc="The cleaner that produced the text.")
    extractor_version: Mapped[str] = mapped_column(String(50))
    removed_promo: Mapped[int] = mapped_column(Integer, default=0, doc="Paragraphs the promo filter removed.")
    removed_site: Mapped[int] = mapped_column(Integer, default=0, doc="Paragraphs removed as site boilerplate.")
    first_stored_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 0003: metadata and near-duplicates
    published_source: Mapped[str | None] = mapped_column(
        String(16), doc="Where published_at came from: page, feed or url."
    )
    site_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(Text)
    simhash: Mapped[str | None] = mapped_column(String(16), doc="64-bit SimHash of the text, hex.")
    duplicate_of: Mapped[str | None] = mapped_column(
        String(32), index=True, doc="The first stored article of the same story, when this one is a copy."
    )
    duplicate_kind: Mapped[str | None] = mapped_column(String(8), doc="exact or near.")


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
    articles: Mapped[int] = mapped_column(Integer, default=0, doc="Distinct articles it was seen on.")
    preview: Mapped[str] = mapped_column(String(80), doc="The paragraph's first 80 characters at most.")
    decision: Mapped[str | None] = mapped_column(
        String(8), doc="NULL = learned; allow = always kept; deny = always removed."
    )
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
    text_sha256: Mapped[str] = mapped_column(String(64), doc="Hash of the article text the claims come from.")
    extracted_at: Mapped[datetime]
    claim_count: Mapped[int] = mapped_column(Integer, doc="0 = extracted, no claims found.")
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Claim(Base):
    """One claim: who said what, how (direct, indirect, none), with hedges, quantities, types and a score."""

    __tablename__ = "claims"

    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    extractor_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    claim_id: Mapped[str] = mapped_column(
        String(32), primary_key=True, doc="First 32 hex digits of sha256(article_id, start, end, text)."
    )
    extractor_version: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer, doc="Code-point offset of the claim in the article text.")
    end_offset: Mapped[int] = mapped_column(Integer)
    sentence_index: Mapped[int] = mapped_column(Integer)
    attribution: Mapped[str] = mapped_column(String(16), index=True, doc="direct (quoted), indirect or none.")
    speaker_name: Mapped[str | None] = mapped_column(Text, index=True, doc="The speaker as the article names them.")
    speaker_role: Mapped[str | None] = mapped_column(Text, doc="Role or description given in the article.")
    speaker_kind: Mapped[str | None] = mapped_column(String(16), doc="person, group, organisation or anonymous.")
    cue: Mapped[str | None] = mapped_column(String(100), doc="The reporting verb or phrase (said, admitted, ...).")
    hedges: Mapped[list[str]] = mapped_column(JSONType, doc="JSON list of hedging words (may, reportedly, ...).")
    quantities: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONType, doc="JSON list of {text, value, unit, high}; high is the upper end of a range, else null."
    )
    types: Mapped[list[str]] = mapped_column(JSONType, doc="JSON list of claim types.")
    checkworthiness: Mapped[float] = mapped_column(Float, doc="0..1: how worth checking the claim is.")
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 0004: the normalised speaker (see Speaker); NULL without a speaker or for claims stored before 0004
    speaker_id: Mapped[str | None] = mapped_column(
        String(32), index=True, doc="The speaker (speakers.speaker_id) after name normalisation and grouping."
    )


class Speaker(Base):
    """A speaker identity: claims whose names normalise and group together share one row.

    "Boris Johnson", "Mr Johnson" and, when unambiguous, a bare "Johnson" are one speaker (the rule is in the
    section *Speakers* below). ``speaker_id`` is deterministic: the first 32 hex digits of sha256(kind ␟ normalised
    name). Every speaker the sink has received is kept, including those of an extraction later replaced, so the
    table does not depend on the order messages arrive in.
    """

    __tablename__ = "speakers"

    speaker_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, doc="Display name: the best-cased spelling seen.")
    kind: Mapped[str] = mapped_column(String(16), doc="person, group, organisation or anonymous.")
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class SpeakerAlias(Base):
    """A normalised name a speaker answers to: a person's whole name and surname, or another speaker's name.

    ``newsflow query claims --speaker NAME`` looks NAME up here after normalising it the same way.
    """

    __tablename__ = "speaker_aliases"

    speaker_id: Mapped[str] = mapped_column(ForeignKey("speakers.speaker_id", ondelete="CASCADE"), primary_key=True)
    alias: Mapped[str] = mapped_column(Text, primary_key=True, index=True, doc="A normalised name.")


class Takedown(Base):
    """A takedown request: an article URL or a whole source that must not be stored or re-ingested."""

    __tablename__ = "takedowns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8), doc="url or source.")
    value: Mapped[str] = mapped_column(Text, doc="The normalised URL (ingest.urls.normalize_url), or the host.")
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "value", name="uq_takedowns_kind_value"),)
