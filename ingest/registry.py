"""The feed registry and seen-store in the database: add, list, lease due feeds, record polls and entries.

Leasing makes any number of pollers safe: a feed is taken by an atomic UPDATE of ``leased_until`` (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite serialises writers), so no feed is polled twice at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.db.models import Feed, FeedPoll, SeenEntry, utcnow

FETCHED, FAILED, SKIPPED, RETRY = "fetched", "failed", "skipped", "retry"
DONE_STATUSES = (FETCHED, FAILED, SKIPPED)


class FeedExists(ValueError):
    """The feed URL is already registered."""


@dataclass(frozen=True, slots=True)
class FeedLease:
    """A feed this poller holds until ``until``."""

    feed_id: int
    url: str
    interval_s: int
    until: datetime


def entry_hash(guid: str) -> str:
    """Key of a feed entry in the seen-store (guids can be long; the hash is indexable everywhere)."""
    return hashlib.sha256(guid.encode("utf-8")).hexdigest()


def add_feed(session: Session, url: str, interval_s: int, now: datetime | None = None) -> Feed:
    """Register a feed, due at once; raise :class:`FeedExists` if its URL is already registered."""
    if session.execute(select(Feed.id).where(Feed.url == url)).first() is not None:
        raise FeedExists(url)
    feed = Feed(url=url, interval_s=interval_s, next_poll_at=now or utcnow(), enabled=True, error_count=0)
    session.add(feed)
    session.flush()
    return feed


def lease_due_feeds(session: Session, lease_s: int, limit: int, now: datetime, force: bool = False) -> list[FeedLease]:
    """Take up to ``limit`` enabled feeds that are due (all enabled ones with ``force``) and not leased."""
    query = select(Feed.id).where(Feed.enabled.is_(True), or_(Feed.leased_until.is_(None), Feed.leased_until < now))
    if not force:
        query = query.where(Feed.next_poll_at <= now)
    query = query.order_by(Feed.next_poll_at).limit(limit).with_for_update(skip_locked=True)
    ids = list(session.execute(query).scalars())
    if not ids:
        return []
    until = now + timedelta(seconds=lease_s)
    session.execute(update(Feed).where(Feed.id.in_(ids)).values(leased_until=until))
    rows = session.execute(select(Feed.id, Feed.url, Feed.interval_s).where(Feed.id.in_(ids)).order_by(Feed.id))
    return [FeedLease(feed_id, url, interval_s, until) for feed_id, url, interval_s in rows]


def finish_poll(session: Session, lease: FeedLease, poll: FeedPoll, title: str | None, now: datetime) -> None:
    """Record a poll, schedule the next one and release the lease."""
    session.add(poll)
    feed = session.get(Feed, lease.feed_id)
    if feed is None:
        return  # removed while we polled it
    ok = poll.status in ("ok", "not_modified")
    feed.last_polled_at = now
    feed.last_status = poll.status if poll.http_status is None else f"{poll.status} {poll.http_status}"
    feed.leased_until = None
    if poll.status == "interrupted":
        feed.next_poll_at = now  # stopped mid-feed: due again at once
    elif ok:
        feed.last_success_at = now
        feed.error_count = 0
        feed.last_error = None
        feed.next_poll_at = now + timedelta(seconds=feed.interval_s)
        if title and not feed.title:
            feed.title = title[:1000]
    else:
        feed.error_count += 1
        feed.last_error = poll.error
        backoff = min(feed.interval_s * 2 ** min(feed.error_count, 6), 24 * 3600)
        feed.next_poll_at = now + timedelta(seconds=backoff)


def unfinished_entries(session: Session, feed_id: int, guids: Iterable[str]) -> set[str]:
    """The guids among ``guids`` that still need work (never seen, or seen with a retry pending)."""
    by_hash = {entry_hash(guid): guid for guid in guids}
    if not by_hash:
        return set()
    done = session.execute(
        select(SeenEntry.entry_hash).where(
            SeenEntry.feed_id == feed_id,
            SeenEntry.entry_hash.in_(list(by_hash)),
            SeenEntry.status.in_(DONE_STATUSES),
        )
    ).scalars()
    finished = set(done)
    return {guid for digest, guid in by_hash.items() if digest not in finished}


def mark_entry(
    session: Session,
    feed_id: int,
    guid: str,
    url: str,
    status: str,
    now: datetime,
    article_id: str | None = None,
    reason: str | None = None,
    max_attempts: int = 3,
) -> str:
    """Record an entry's outcome. A failure is retried on later polls until ``max_attempts``; returns the status.

    ``fetched`` must only be written after the broker acknowledged the entry's article.
    """
    digest = entry_hash(guid)
    existing = session.execute(
        select(SeenEntry).where(SeenEntry.feed_id == feed_id, SeenEntry.entry_hash == digest)
    ).scalar_one_or_none()
    attempts = (existing.attempts if existing else 0) + 1
    if status == RETRY and attempts >= max_attempts:
        status = FAILED
    values = {
        "feed_id": feed_id,
        "entry_hash": digest,
        "guid": guid,
        "url": url,
        "article_id": article_id,
        "status": status,
        "reason": reason,
        "attempts": attempts,
        "first_seen_at": now,
        "updated_at": now,
    }
    dialect = session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(SeenEntry).values(values)
    changed = {key: insert.excluded[key] for key in ("url", "article_id", "status", "reason", "attempts", "updated_at")}
    session.execute(insert.on_conflict_do_update(index_elements=["feed_id", "entry_hash"], set_=changed))
    return status


def list_feeds(session: Session) -> list[Feed]:
    """Every registered feed, oldest first."""
    return list(session.execute(select(Feed).order_by(Feed.id)).scalars())
