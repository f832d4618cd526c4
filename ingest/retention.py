"""Retention: prune the poller's bookkeeping by age, in short transactions.

What is deleted, each by its own setting (0 keeps rows forever):

- ``feed_polls`` rows that started more than ``retention_feed_polls_days`` ago (history only; the feed's
  schedule and health live on the ``feeds`` row);
- ``seen_entries`` untouched (``updated_at``) for ``retention_seen_days``. The rule: a seen entry is only needed
  while its feed still lists the entry, to stop it being fetched again. Feeds list their latest items for days or
  weeks, so an entry untouched for much longer than that is no longer listed and is safe to forget. Set the
  setting longer than the longest time any of your feeds keeps an item. If a feed does list an item past it, the
  item is fetched once more and re-published under the same ``article_id``; the sink's upsert absorbs it (no
  duplicate row), and a taken-down item stays blocked (the ``takedowns`` table is never pruned);
- site-learning ``site_sightings`` older than ``site_learn_retention_days``, and learned paragraphs not seen
  since then (see :func:`ingest.sitestore.prune`; operator decisions are kept).

Deletes run in chunks of ``chunk`` rows, one transaction each, so a large backlog never holds a long lock.
:class:`RetentionSchedule` says when the poller service prunes: at start, then every ``retention_interval_s``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session, sessionmaker

from ingest.sitestore import prune as prune_site
from newsflow.db.models import FeedPoll, SeenEntry, SiteSighting
from newsflow.settings import Settings

log = logging.getLogger(__name__)
CHUNK = 1_000


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many days each kind of row is kept (0 = forever)."""

    feed_polls_days: int
    seen_days: int
    site_days: int

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(settings.retention_feed_polls_days, settings.retention_seen_days, settings.site_learn_retention_days)

    def cutoffs(self, now: datetime) -> Cutoffs:
        """The instants before which rows are deleted."""

        def before(days: int) -> datetime | None:
            return now - timedelta(days=days) if days > 0 else None

        return Cutoffs(before(self.feed_polls_days), before(self.seen_days), before(self.site_days))


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Rows older than these are deleted; None keeps that kind of row."""

    feed_polls: datetime | None
    seen_entries: datetime | None
    site: datetime | None


@dataclass(frozen=True, slots=True)
class Pruned:
    """Rows deleted by one pruning pass."""

    feed_polls: int = 0
    seen_entries: int = 0
    site_sightings: int = 0
    site_paragraphs: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "feed_polls": self.feed_polls,
            "seen_entries": self.seen_entries,
            "site_sightings": self.site_sightings,
            "site_paragraphs": self.site_paragraphs,
        }


def _delete_in_chunks(sessions: sessionmaker[Session], model: Any, condition: Any, chunk: int) -> int:
    """Delete the rows of ``model`` (with an integer ``id``) matching ``condition``, ``chunk`` per transaction."""
    deleted = 0
    while True:
        with sessions.begin() as session:
            ids = list(session.execute(select(model.id).where(condition).order_by(model.id).limit(chunk)).scalars())
            if ids:
                session.execute(delete(model).where(model.id.in_(ids)).execution_options(synchronize_session=False))
        deleted += len(ids)
        if len(ids) < chunk:
            return deleted


def _delete_sightings_in_chunks(sessions: sessionmaker[Session], older_than: datetime, chunk: int) -> int:
    """Old site sightings, ``chunk`` per transaction (the table has a composite key, so by key tuples)."""
    key = (SiteSighting.host, SiteSighting.paragraph_hash, SiteSighting.article_id)
    deleted = 0
    while True:
        with sessions.begin() as session:
            keys = session.execute(select(*key).where(SiteSighting.seen_at < older_than).limit(chunk)).all()
            if keys:
                session.execute(
                    delete(SiteSighting)
                    .where(tuple_(*key).in_([tuple(k) for k in keys]))
                    .execution_options(synchronize_session=False)
                )
        deleted += len(keys)
        if len(keys) < chunk:
            return deleted


def prune(sessions: sessionmaker[Session], cutoffs: Cutoffs, chunk: int = CHUNK) -> Pruned:
    """Delete what ``cutoffs`` say is old; returns the counts."""
    polls = seen = 0
    if cutoffs.feed_polls is not None:
        polls = _delete_in_chunks(sessions, FeedPoll, FeedPoll.started_at < cutoffs.feed_polls, chunk)
    if cutoffs.seen_entries is not None:
        seen = _delete_in_chunks(sessions, SeenEntry, SeenEntry.updated_at < cutoffs.seen_entries, chunk)
    site_sightings = site_paragraphs = 0
    if cutoffs.site is not None:
        site_sightings = _delete_sightings_in_chunks(sessions, cutoffs.site, chunk)
        with sessions.begin() as session:  # the remaining sightings (none, or a few just aged) and old paragraphs
            site = prune_site(session, cutoffs.site)
        site_sightings, site_paragraphs = site_sightings + site.sightings, site.paragraphs
    return Pruned(polls, seen, site_sightings, site_paragraphs)


class RetentionSchedule:
    """Due at the first check, then every ``interval_s`` (monotonic clock, injectable for tests)."""

    def __init__(self, interval_s: float, clock: Callable[[], float]) -> None:
        self._interval_s = interval_s
        self._clock = clock
        self._next: float | None = None

    def due(self) -> bool:
        """Whether to prune now; when it is, the next time is scheduled."""
        now = self._clock()
        if self._next is not None and now < self._next:
            return False
        self._next = now + self._interval_s
        return True
