"""The site-learned boilerplate store: per-host paragraph counts in the database (SQLite and PostgreSQL).

Every function runs inside the caller's transaction. The store keeps hashes, counts, an operator decision and a
preview of at most 80 characters; never the paragraph text beyond that.

Counting is concurrent-safe and idempotent per article: :func:`record_and_lookup` inserts one
``site_sightings`` row per (host, hash, article_id) with ``ON CONFLICT DO NOTHING`` and increments
``site_paragraphs.articles`` (an atomic ``articles + 1`` in ``ON CONFLICT DO UPDATE``) only for the sightings it
actually inserted. A re-fetched article, or two pollers cleaning the same article at once, count it once. Rows are
written in hash order so that concurrent transactions on PostgreSQL lock them in the same order.

The counts returned INCLUDE the article being recorded: on the K-th distinct article that carries a paragraph its
count is K, so removal (``count >= K``) starts on that article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ingest.sitelearn import DECISIONS, Decision, SiteStat, is_learnable, paragraph_hash, preview
from newsflow.db.engine import rowcount
from newsflow.db.models import SiteParagraph, SiteSighting

_CHUNK = 500  # rows per statement: well under SQLite's bound-parameter limit
_HASH_PREFIX = re.compile(r"[0-9a-f]{8,64}")


@dataclass(frozen=True, slots=True)
class SiteRow:
    """One learned paragraph of a host, as shown to operators."""

    paragraph_hash: str
    articles: int
    decision: Decision | None
    preview: str
    first_seen_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True, slots=True)
class Pruned:
    """What :func:`prune` deleted."""

    sightings: int
    paragraphs: int


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _decision(value: str | None) -> Decision | None:
    return value if value in DECISIONS else None


def record_and_lookup(
    session: Session, host: str, article_id: str, paragraphs: Iterable[str], now: datetime
) -> dict[str, SiteStat]:
    """Record that ``article_id`` of ``host`` carries ``paragraphs``; return the learnable ones' records.

    Only learnable paragraphs (:func:`ingest.sitelearn.is_learnable`) are recorded or returned; the result maps
    :func:`ingest.sitelearn.paragraph_hash` to the count of distinct articles including this one, and the
    operator's decision.
    """
    previews: dict[str, str] = {}
    for text in paragraphs:
        if is_learnable(text):
            previews.setdefault(paragraph_hash(text), preview(text))
    if not previews:
        return {}
    hashes = sorted(previews)
    new: set[str] = set()
    for chunk in _chunks(hashes):
        rows = [{"host": host, "paragraph_hash": h, "article_id": article_id, "seen_at": now} for h in chunk]
        statement = _insert(session, SiteSighting.__table__).values(rows).on_conflict_do_nothing()
        new.update(session.execute(statement.returning(SiteSighting.__table__.c.paragraph_hash)).scalars())
    fresh = [h for h in hashes if h in new]
    for chunk in _chunks(fresh):
        rows = [
            {
                "host": host,
                "paragraph_hash": h,
                "articles": 1,
                "preview": previews[h],
                "decision": None,
                "first_seen_at": now,
                "last_seen_at": now,
            }
            for h in chunk
        ]
        statement = _insert(session, SiteParagraph.__table__).values(rows)
        table = SiteParagraph.__table__.c
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["host", "paragraph_hash"],
                set_={"articles": table.articles + 1, "last_seen_at": statement.excluded.last_seen_at},
            )
        )
    stats: dict[str, SiteStat] = {}
    for chunk in _chunks(hashes):
        query = select(SiteParagraph.paragraph_hash, SiteParagraph.articles, SiteParagraph.decision).where(
            SiteParagraph.host == host, SiteParagraph.paragraph_hash.in_(chunk)
        )
        for h, articles, decision in session.execute(query):
            stats[h] = SiteStat(articles, _decision(decision))
    return stats


def report(session: Session, host: str, min_articles: int = 1) -> list[SiteRow]:
    """The paragraphs learned for ``host`` seen on at least ``min_articles`` articles, or with a decision.

    Sorted by articles (most first), then most recently seen.
    """
    query = (
        select(SiteParagraph)
        .where(
            SiteParagraph.host == host,
            (SiteParagraph.articles >= min_articles) | SiteParagraph.decision.is_not(None),
        )
        .order_by(SiteParagraph.articles.desc(), SiteParagraph.last_seen_at.desc(), SiteParagraph.paragraph_hash)
    )
    return [
        SiteRow(
            paragraph_hash=row.paragraph_hash,
            articles=row.articles,
            decision=_decision(row.decision),
            preview=row.preview,
            first_seen_at=row.first_seen_at,
            last_seen_at=row.last_seen_at,
        )
        for row in session.scalars(query)
    ]


def count_paragraphs(session: Session, host: str) -> int:
    """How many paragraph hashes the store holds for ``host``."""
    return int(session.scalar(select(func.count()).select_from(SiteParagraph).where(SiteParagraph.host == host)) or 0)


def matches(pattern: str, paragraph_hash: str, preview_text: str) -> bool:
    """Whether an operator's pattern names a paragraph.

    8 to 64 hex digits are a hash prefix (and only that, so a short word such as "added" is never read as one);
    anything else is text looked for in the preview, case-insensitively, with whitespace collapsed.
    """
    wanted = " ".join(pattern.split()).casefold()
    if not wanted:
        raise ValueError("an empty pattern would match every paragraph")
    if _HASH_PREFIX.fullmatch(wanted):
        return paragraph_hash.startswith(wanted)
    return wanted in " ".join(preview_text.split()).casefold()


def decide(session: Session, host: str, pattern: str, verdict: Decision | None) -> int:
    """Set the operator's decision (``allow``, ``deny``, or None to go back to learning) on every paragraph of
    ``host`` that ``pattern`` names (see :func:`matches`); return how many rows changed.

    The decision applies to the paragraphs already stored; a paragraph first seen later is learned as usual.
    """
    if verdict is not None and verdict not in DECISIONS:
        raise ValueError(f"verdict must be one of {DECISIONS} or None, got {verdict!r}")
    if not pattern.strip():
        raise ValueError("an empty pattern would match every paragraph")
    rows = session.execute(
        select(SiteParagraph.paragraph_hash, SiteParagraph.preview, SiteParagraph.decision).where(
            SiteParagraph.host == host
        )
    ).all()
    targets = [h for h, text, current in rows if current != verdict and matches(pattern, h, text)]
    changed = 0
    for chunk in _chunks(targets):
        result = session.execute(
            update(SiteParagraph)
            .where(SiteParagraph.host == host, SiteParagraph.paragraph_hash.in_(chunk))
            .values(decision=verdict)
            .execution_options(synchronize_session=False)
        )
        changed += rowcount(result)
    return changed


def prune(session: Session, older_than: datetime) -> Pruned:
    """Delete sightings seen before ``older_than``, and learned paragraphs last seen before it.

    Sightings only exist to stop a re-fetched article counting twice, which matters for days, not months; a
    paragraph nobody has seen since the cutoff (a body paragraph seen once, a footer the site dropped) is
    forgotten. Paragraphs with an operator decision are kept. Counts of live paragraphs are not decremented: a
    paragraph that keeps recurring stays learned.
    """
    sightings = session.execute(
        delete(SiteSighting).where(SiteSighting.seen_at < older_than).execution_options(synchronize_session=False)
    )
    paragraphs = session.execute(
        delete(SiteParagraph)
        .where(SiteParagraph.last_seen_at < older_than, SiteParagraph.decision.is_(None))
        .execution_options(synchronize_session=False)
    )
    return Pruned(
        sightings=rowcount(sightings),
        paragraphs=rowcount(paragraphs),
    )
