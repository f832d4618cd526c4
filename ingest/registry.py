"""The feed registry and seen-store in the database: add, list, lease due feeds, record polls and entries.

Leasing makes any number of pollers safe: a feed is taken by an atomic UPDATE of ``leased_until`` (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite serialises writers), so no feed is polled twice at once, and a
crashed poller's leases simply expire. A poller renews the leases it works on (:func:`renew_lease`) while it
handles their entries, so a long poll is never taken over by another poller (or by its own next pass) mid-way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ingest.schedule import FeedTiming, Plan
from newsflow.db.engine import rowcount
from newsflow.db.models import Feed, FeedPoll, SeenEntry, utcnow

FETCHED, FAILED, SKIPPED, RETRY = "fetched", "failed", "skipped", "retry"
DONE_STATUSES = (FETCHED, FAILED, SKIPPED)
_FAILURE_COLUMNS = {"network": "failures_network", "timeout": "failures_network", "parse": "failures_parse"}


class FeedExists(ValueError):
    """The feed URL is already registered."""


@dataclass(frozen=True, slots=True)
class FeedLease:
    """A feed this poller holds until ``until``, with what a poll needs to know about it."""

    feed_id: int
    url: str
    until: datetime
    timing: FeedTiming
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class PollRecord:
    """Everything a finished poll changes on its feed."""

    poll: FeedPoll
    plan: Plan | None  # None: interrupted, due again at once
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    moved_to: str | None = None
    bozo: bool = False


def digest(text: str) -> str:
    """Hex sha256 of a text: keys of long guids and URLs that index well everywhere."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


entry_hash = digest


def add_feed(session: Session, url: str, interval_s: int, now: datetime | None = None, pinned: bool = False) -> Feed:
    """Register a feed, due at once; raise :class:`FeedExists` if its URL is already registered."""
    if session.execute(select(Feed.id).where(Feed.url == url)).first() is not None:
        raise FeedExists(url)
    feed = Feed(
        url=url,
        interval_s=interval_s,
        interval_pinned=pinned,
        next_poll_at=now or utcnow(),
        enabled=True,
        error_count=0,
        suspended=False,
        failures_network=0,
        failures_http=0,
        failures_parse=0,
        bozo_count=0,
    )
    session.add(feed)
    session.flush()
    return feed


def lease_due_feeds(
    session: Session, lease_s: int, limit: int, now: datetime, polled_before: datetime | None = None
) -> list[FeedLease]:
    """Take up to ``limit`` enabled, unleased feeds that are due.

    With ``polled_before``, take every enabled feed not polled since then instead (one forced pass).
    """
    query = select(Feed.id).where(Feed.enabled.is_(True), or_(Feed.leased_until.is_(None), Feed.leased_until < now))
    if polled_before is None:
        query = query.where(Feed.next_poll_at <= now)
    else:
        query = query.where(or_(Feed.last_polled_at.is_(None), Feed.last_polled_at < polled_before))
    query = query.order_by(Feed.next_poll_at).limit(limit).with_for_update(skip_locked=True)
    ids = list(session.execute(query).scalars())
    if not ids:
        return []
    until = now + timedelta(seconds=lease_s)
    session.execute(update(Feed).where(Feed.id.in_(ids)).values(leased_until=until))
    feeds = session.execute(select(Feed).where(Feed.id.in_(ids)).order_by(Feed.next_poll_at)).scalars()
    return [
        FeedLease(
            f.id,
            f.url,
            until,
            FeedTiming(f.interval_s, f.interval_pinned, f.error_count),
            f.etag,
            f.last_modified,
            f.body_sha256,
        )
        for f in feeds
    ]


def renew_lease(session: Session, lease: FeedLease, lease_s: int, now: datetime) -> FeedLease | None:
    """Extend a lease this poller still holds to ``now + lease_s``; None when it was lost (it expired and another
    poller took the feed), in which case the feed is left to its new holder."""
    until = now + timedelta(seconds=lease_s)
    renewed = session.execute(
        update(Feed).where(Feed.id == lease.feed_id, Feed.leased_until == lease.until).values(leased_until=until)
    )
    return replace(lease, until=until) if rowcount(renewed) == 1 else None


def finish_poll(session: Session, lease: FeedLease, record: PollRecord, now: datetime) -> None:
    """Record a poll, apply its plan and validators, and release the lease."""
    poll = record.poll
    session.add(poll)
    feed = session.get(Feed, lease.feed_id)
    if feed is None:
        return  # removed while we polled it
    feed.last_polled_at = now
    feed.last_status = poll.status if poll.http_status is None else f"{poll.status} {poll.http_status}"
    feed.leased_until = None
    if record.bozo:
        feed.bozo_count += 1
    if record.plan is None:
        feed.next_poll_at = now  # stopped mid-feed: due again at once
        return
    plan = record.plan
    feed.next_poll_at, feed.interval_s, feed.error_count, feed.suspended = (
        plan.next_poll_at,
        plan.interval_s,
        plan.failures,
        plan.suspended,
    )
    if poll.status == "deferred":
        return  # not polled at all: the host is cooling down
    if poll.error_kind is None:
        feed.last_success_at = now
        feed.last_error = None
        feed.etag, feed.last_modified = record.etag, record.last_modified
        feed.body_sha256 = record.body_sha256 or feed.body_sha256
        if record.title and not feed.title:
            feed.title = record.title[:1000]
    else:
        feed.last_error = poll.error
        if poll.error_kind != "broker":  # our broker being down is not the feed's failure
            column = _FAILURE_COLUMNS.get(poll.error_kind, "failures_http")
            setattr(feed, column, getattr(feed, column) + 1)
    if plan.disable:
        feed.enabled = False
        feed.disabled_reason = f"{poll.status} at {now.isoformat()}"
    if record.moved_to and record.moved_to != feed.url:
        taken = session.execute(select(Feed.id).where(Feed.url == record.moved_to)).first()
        if taken is None:
            feed.url = record.moved_to
        else:  # the new address is registered already: this entry is a duplicate of it
            feed.enabled = False
            feed.disabled_reason = f"moved permanently to {record.moved_to}, already registered"


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
    return {guid for h, guid in by_hash.items() if h not in finished}


def fetched_elsewhere(
    session: Session, url_hash: str, article_id: str | None = None, own: tuple[int, str] | None = None
) -> int | None:
    """The feed id through which this URL (or this article) was already fetched, if any; ``own`` (feed id, guid)
    leaves out the entry being handled, whose own earlier ``fetched`` mark is no reason to skip it."""
    condition = SeenEntry.url_hash == url_hash
    if article_id is not None:
        condition = or_(condition, SeenEntry.article_id == article_id)
    query = select(SeenEntry.feed_id).where(condition, SeenEntry.status == FETCHED)
    if own is not None:
        query = query.where(~((SeenEntry.feed_id == own[0]) & (SeenEntry.entry_hash == entry_hash(own[1]))))
    row = session.execute(query.limit(1)).first()
    return None if row is None else int(row[0])


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
    url_hash: str | None = None,
) -> str:
    """Record an entry's outcome. A failure is retried on later polls until ``max_attempts``; returns the status.

    ``fetched`` must only be written after the broker acknowledged the entry's article.
    """
    key = entry_hash(guid)
    existing = session.execute(
        select(SeenEntry.attempts).where(SeenEntry.feed_id == feed_id, SeenEntry.entry_hash == key)
    ).scalar_one_or_none()
    attempts = (existing or 0) + 1
    if status == RETRY and attempts >= max_attempts:
        status = FAILED
    values = {
        "feed_id": feed_id,
        "entry_hash": key,
        "guid": guid,
        "url": url,
        "article_id": article_id,
        "status": status,
        "reason": reason,
        "attempts": attempts,
        "first_seen_at": now,
        "updated_at": now,
        "url_hash": url_hash,
    }
    dialect = session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(SeenEntry).values(values)
    changed = {
        key: insert.excluded[key]
        for key in ("url", "article_id", "status", "reason", "attempts", "updated_at", "url_hash")
    }
    session.execute(insert.on_conflict_do_update(index_elements=["feed_id", "entry_hash"], set_=changed))
    return status


def list_feeds(session: Session) -> list[Feed]:
    """Every registered feed, oldest first."""
    return list(session.execute(select(Feed).order_by(Feed.id)).scalars())


def find_feed(session: Session, key: str) -> Feed | None:
    """A feed by id or by URL."""
    if key.isdigit():
        return session.get(Feed, int(key))
    return session.execute(select(Feed).where(Feed.url == key)).scalar_one_or_none()


def set_enabled(session: Session, feed: Feed, enabled: bool, now: datetime) -> None:
    """Enable (due at once, failures forgiven) or disable a feed by hand."""
    feed.enabled = enabled
    if enabled:
        feed.disabled_reason, feed.suspended, feed.error_count, feed.next_poll_at = None, False, 0, now
    else:
        feed.disabled_reason = f"disabled by operator at {now.isoformat()}"


def remove_feed(session: Session, feed: Feed) -> None:
    """Remove a feed with its polls and seen entries (stored articles stay)."""
    session.execute(delete(SeenEntry).where(SeenEntry.feed_id == feed.id))
    session.execute(delete(FeedPoll).where(FeedPoll.feed_id == feed.id))
    session.delete(feed)
