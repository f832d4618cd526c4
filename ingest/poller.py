"""The feed poller service: lease due feeds, fetch and parse them, fetch and clean new entries, publish.

Per entry the order is the contract: fetch the page, clean it, send its ``ArticleV1`` to ``news.articles``, wait
for the broker's acknowledgement (acks=all), and only then mark the entry ``fetched`` in the seen-store. A crash
in between sends the article again on the next poll (the sink's upsert absorbs it); the reverse, an entry
marked seen whose article was never acknowledged, cannot happen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from kafka.errors import KafkaError
from sqlalchemy.orm import Session, sessionmaker

from ingest.article import build_article
from ingest.clean import CLEANER_NAME, CLEANER_VERSION, CleanArticle, clean
from ingest.errors import ExtractionError, FeedParseError, FetchError
from ingest.feeds import FeedEntry, ParsedFeed, parse_feed
from ingest.fetch import Fetcher, decode_html
from ingest.registry import (
    FAILED,
    FETCHED,
    RETRY,
    FeedLease,
    finish_poll,
    lease_due_feeds,
    mark_entry,
    unfinished_entries,
)
from newsflow.bus import Publisher
from newsflow.contracts import Extractor
from newsflow.db.models import FeedPoll, utcnow
from newsflow.errors import BrokerUnavailable
from newsflow.runtime import StopFlag
from newsflow.settings import Settings

log = logging.getLogger(__name__)
STAGE = "poll"
LEASE_BATCH = 20

Cleaner = Callable[[str, str], CleanArticle]


class FeedPoller:
    """Polls due feeds and publishes their new articles."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        fetcher: Fetcher,
        publisher: Publisher,
        cleaner: Cleaner = clean,
    ) -> None:
        self._settings = settings
        self._sessions = sessions
        self._fetcher = fetcher
        self._publisher = publisher
        self._clean = cleaner
        self._extractor = Extractor(name=CLEANER_NAME, version=CLEANER_VERSION)
        self.published = 0

    def run(self, stop: StopFlag) -> None:
        """Poll due feeds until ``stop`` is set, sleeping ``poll_idle_s`` when none is due."""
        while not stop.is_set():
            if self.poll_due(stop) == 0:
                stop.wait(self._settings.poll_idle_s)

    def poll_due(self, stop: StopFlag, force: bool = False) -> int:
        """Lease and poll the feeds that are due (every enabled feed with ``force``); returns how many."""
        polled = 0
        while not stop.is_set():
            with self._sessions.begin() as session:
                leases = lease_due_feeds(session, self._settings.poll_lease_s, LEASE_BATCH, utcnow(), force=force)
            if not leases:
                break
            for lease in leases:
                self.poll_feed(lease, stop)
                polled += 1
            if force:
                break  # one pass over every feed
        return polled

    def poll_feed(self, lease: FeedLease, stop: StopFlag) -> None:
        """Fetch one feed, handle its unfinished entries, record the poll and release the lease."""
        started, clock = utcnow(), time.monotonic()
        poll = FeedPoll(feed_id=lease.feed_id, started_at=started, status="ok", bytes=0, entries=0, new_entries=0)
        parsed: ParsedFeed | None = None
        try:
            result = self._fetcher.fetch(lease.url)
            poll.http_status, poll.bytes = result.status, len(result.body)
            parsed = parse_feed(result.body, result.headers, result.final_url)
            poll.entries = len(parsed.entries)
            if parsed.bozo:
                log.warning("ill-formed feed", extra={"feed_url": lease.url, "error": parsed.bozo_reason})
            poll.new_entries = self._handle_entries(lease, parsed.entries, stop)
        except FetchError as exc:
            poll.status, poll.error = f"error_{exc.kind}", str(exc)
            poll.http_status = exc.status
        except FeedParseError as exc:
            poll.status, poll.error = "error_parse", str(exc)
        except BrokerUnavailable as exc:
            poll.status, poll.error = "error_broker", str(exc)
        poll.duration_ms = int((time.monotonic() - clock) * 1000)
        if stop.is_set() and poll.status == "ok":
            poll.status = "interrupted"  # entries left over: the feed stays due, so a restart takes them up at once
        with self._sessions.begin() as session:
            finish_poll(session, lease, poll, parsed.title if parsed else None, utcnow())
        log.info(
            "feed polled",
            extra={
                "stage": STAGE,
                "feed_url": lease.url,
                "status": poll.status,
                "entries": poll.entries,
                "new_entries": poll.new_entries,
                "duration_ms": poll.duration_ms,
            },
        )

    def _handle_entries(self, lease: FeedLease, entries: list[FeedEntry], stop: StopFlag) -> int:
        with self._sessions() as session:
            todo = unfinished_entries(session, lease.feed_id, (entry.guid for entry in entries))
        published = 0
        for entry in entries:
            if stop.is_set():
                break  # the rest stays unfinished and is taken up by the next poll
            if entry.guid not in todo:
                continue
            todo.discard(entry.guid)  # a feed may list the same guid twice
            if self._handle_entry(lease, entry):
                published += 1
        return published

    def _handle_entry(self, lease: FeedLease, entry: FeedEntry) -> bool:
        try:
            page = self._fetcher.fetch(entry.link)
            cleaned = self._clean(decode_html(page.body, page.headers), page.final_url)
        except (FetchError, ExtractionError) as exc:
            status = RETRY if getattr(exc, "retryable", False) else FAILED
            self._mark(lease, entry, status, reason=str(exc))
            log.warning("entry failed", extra={"feed_url": lease.url, "url": entry.link, "error": str(exc)})
            return False
        article = build_article(
            url=entry.link,
            final_url=page.final_url,
            feed_url=lease.url,
            page_canonical=cleaned.canonical_url,
            title=cleaned.title or entry.title,
            authors=cleaned.authors,
            page_published=cleaned.published_at,
            feed_published=entry.published_at,
            language=cleaned.language,
            text=cleaned.text,
            removed_promo=cleaned.removed_promo,
            extractor=self._extractor,
            fetched_at=utcnow(),
        )
        future = self._publisher.send(self._settings.articles_topic, article.article_id.encode(), article.encode())
        try:
            future.get(timeout=60)  # acks=all: the broker has it
        except KafkaError as exc:
            raise BrokerUnavailable(f"article not acknowledged: {exc}") from exc
        self._mark(lease, entry, FETCHED, article_id=article.article_id)
        self.published += 1
        log.info("article published", extra={"stage": STAGE, "feed_url": lease.url, "article_id": article.article_id})
        return True

    def _mark(
        self, lease: FeedLease, entry: FeedEntry, status: str, article_id: str | None = None, reason: str | None = None
    ) -> None:
        now: datetime = utcnow()
        with self._sessions.begin() as session:
            mark_entry(
                session,
                lease.feed_id,
                entry.guid,
                entry.link,
                status,
                now,
                article_id=article_id,
                reason=reason,
                max_attempts=self._settings.entry_max_attempts,
            )
