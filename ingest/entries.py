"""Handling the new entries of one feed: dedup, robots.txt, fetch, clean, publish, then mark.

Per entry the order is the contract: fetch the page, clean it, send its ``ArticleV1`` to ``news.articles``, wait
for the broker's acknowledgement (acks=all), and only then mark the entry ``fetched``. A crash in between sends the
article again on a later poll (the sink's upsert absorbs it); an entry marked seen whose article the broker never
acknowledged cannot happen.

An entry is new only if neither its guid (for that feed) nor its normalised URL (for any feed) was fetched
before, so the same article listed by several feeds is fetched once; the skip is recorded with its reason.
An entry whose URL or source is on the takedown list (``newsflow articles delete``) is never fetched: it is
recorded as skipped with reason ``takedown``.

:meth:`EntryHandler.refetch` takes the same path for an entry marked fetched whose article the broker lost
(``newsflow reconcile``): only the checks that it was fetched already are left out.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from ingest.article import article_from_page, source_host
from ingest.charset import decode_html
from ingest.clean import CLEANER_NAME, CLEANER_VERSION, CleanArticle, clean
from ingest.errors import ExtractionError, FetchError
from ingest.feeds import FeedEntry
from ingest.fetch import Fetcher
from ingest.registry import FAILED, FETCHED, RETRY, SKIPPED, digest, fetched_elsewhere, mark_entry, unfinished_entries
from ingest.robots import RobotsPolicy
from ingest.sitelayer import SiteLayer
from ingest.urls import normalize_url
from newsflow.bus import Publisher
from newsflow.contracts import ArticleV1, Extractor
from newsflow.db.engine import readonly_sessions
from newsflow.db.models import utcnow
from newsflow.observe.metrics import ARTICLES_FETCHED
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from newsflow.takedowns import TakedownCache, TakedownList

log = logging.getLogger(__name__)
STAGE = "poll"
PENDING = "pending"  # not recorded: taken up again by the next poll
TAKEDOWN = "takedown"  # the skip reason of an entry whose URL or source was taken down

Cleaner = Callable[[str, str], CleanArticle]


@dataclass(frozen=True, slots=True)
class EntriesOutcome:
    """What handling a feed's entries did."""

    published: int
    pending: int  # entries left for a later poll (retry pending, or stopped before them)


class EntryHandler:
    """Fetches, cleans and publishes a feed's unfinished entries."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        fetcher: Fetcher,
        publisher: Publisher,
        robots: RobotsPolicy | None,
        cleaner: Cleaner = clean,
        site: SiteLayer | None = None,
    ) -> None:
        self._settings = settings
        self._sessions = sessions
        self._reads = readonly_sessions(sessions)
        self._fetcher = fetcher
        self._publisher = publisher
        self._robots = robots
        self._clean = cleaner
        self._site = site
        self._extractor = Extractor(name=CLEANER_NAME, version=CLEANER_VERSION)
        self._lock = threading.Lock()
        self._in_hand: set[str] = set()
        self._takedowns = TakedownCache()

    def handle(
        self,
        feed_id: int,
        feed_url: str,
        entries: Sequence[FeedEntry],
        stop: StopFlag,
        keep: Callable[[], bool] = lambda: True,
    ) -> EntriesOutcome:
        """Handle every unfinished entry in feed order; stop early (leaving the rest pending) when asked, or when
        ``keep`` (called before each entry: the poller renews the feed's lease) says the feed is no longer ours."""
        with self._reads() as session:
            todo = unfinished_entries(session, feed_id, (entry.guid for entry in entries))
            takedowns = self._takedowns.current(session)
        published = pending = 0
        for entry in entries:
            if entry.guid not in todo:
                continue
            todo.discard(entry.guid)  # a feed may list the same guid twice
            if stop.is_set() or not keep():
                pending += 1
                continue
            status = self._handle_claimed(feed_id, feed_url, entry, takedowns)
            published += status == FETCHED
            pending += status in (RETRY, PENDING)
        return EntriesOutcome(published, pending)

    def refetch(self, feed_id: int, feed_url: str, entry: FeedEntry) -> str:
        """Fetch, clean and publish again an entry marked fetched whose article never reached the database, and mark
        it again; returns its new status. Raises BrokerUnavailable (the entry stays as it was) if not acknowledged.
        A failure that may pass (a retryable fetch error, an extraction error) leaves it as it was too, and returns
        ``retry``: the next pass tries again. A page that is gone for good marks it failed."""
        with self._reads() as session:
            takedowns = self._takedowns.current(session)
        return self._handle_claimed(feed_id, feed_url, entry, takedowns, again=True)

    def _handle_claimed(
        self, feed_id: int, feed_url: str, entry: FeedEntry, takedowns: TakedownList, again: bool = False
    ) -> str:
        """Handle an entry unless another feed's worker in this poller has the same URL in hand right now.

        Two feeds listing one article are polled side by side; without this, both would see it unfetched.
        The loser leaves its entry pending, and the next poll finds the URL fetched and records the skip.
        """
        try:
            normalised = normalize_url(entry.link)
        except ValueError as exc:
            return self._mark(feed_id, entry, SKIPPED, None, f"bad link: {exc}")
        url_hash = digest(normalised)
        if takedowns.blocks_url(normalised) or takedowns.blocks_source(source_host(normalised)):
            return self._mark(feed_id, entry, SKIPPED, url_hash, TAKEDOWN)  # never fetched
        with self._lock:
            if url_hash in self._in_hand:
                return PENDING
            self._in_hand.add(url_hash)
        try:
            return self._handle_one(feed_id, feed_url, entry, url_hash, takedowns, again)
        finally:
            with self._lock:
                self._in_hand.discard(url_hash)

    def _handle_one(
        self, feed_id: int, feed_url: str, entry: FeedEntry, url_hash: str, takedowns: TakedownList, again: bool
    ) -> str:
        """Fetch, clean, publish and mark one entry; ``again`` (a refetch) skips the checks that it was fetched."""
        other = None
        if not again:
            with self._reads() as session:
                other = fetched_elsewhere(session, url_hash, own=(feed_id, entry.guid))
        if other is not None:
            return self._mark(feed_id, entry, SKIPPED, url_hash, f"already fetched through feed {other}")
        if self._robots is not None and not self._robots.allowed(entry.link):
            return self._mark(feed_id, entry, SKIPPED, url_hash, "disallowed by robots.txt")
        try:
            page = self._fetcher.fetch(entry.link, html_only=True)
            cleaned = self._clean(decode_html(page.body, page.headers), page.final_url)
        except (FetchError, ExtractionError) as exc:
            log.warning("entry failed", extra={"feed_url": feed_url, "url": entry.link, "error": str(exc)})
            if again and (isinstance(exc, ExtractionError) or getattr(exc, "retryable", False)):
                # it was extracted once, so this is most likely passing (a worker that could not start in time on
                # a busy machine): left marked fetched, the next reconcile pass selects it again
                return RETRY
            return self._mark(feed_id, entry, RETRY if getattr(exc, "retryable", False) else FAILED, url_hash, str(exc))
        fetched_at = utcnow()

        def assemble(text: str | None = None, removed_site: int = 0) -> ArticleV1:
            return article_from_page(
                cleaned,
                url=entry.link,
                final_url=page.final_url,
                extractor=self._extractor,
                fetched_at=fetched_at,
                feed_url=feed_url,
                feed_title=entry.title,
                feed_published=entry.published_at,
                text=text,
                removed_site=removed_site,
            )

        article = assemble()
        if takedowns.blocks_article(article):  # the link redirected to (or names) an article taken down
            return self._mark(feed_id, entry, SKIPPED, url_hash, TAKEDOWN, article.article_id)
        if not again:
            with self._reads() as session:
                other = fetched_elsewhere(session, url_hash, article.article_id, own=(feed_id, entry.guid))
        if other is not None:  # the page's canonical URL names an article another feed brought already
            return self._mark(feed_id, entry, SKIPPED, url_hash, f"same article as feed {other}", article.article_id)
        if self._site is not None:  # paragraphs this host repeats on many articles are its boilerplate
            text, removed_site = self._site.apply(article.source, article.article_id, article.text)
            if removed_site:
                article = assemble(text, removed_site)
        future = self._publisher.send(self._settings.articles_topic, article.article_id.encode(), article.encode())
        # acks=all: the broker has it (an acknowledgement without an offset stored nothing: BrokerUnavailable)
        self._publisher.confirm(future, self._settings.kafka_delivery_timeout_ms / 1000 + 5)
        log.info("article published", extra={"stage": STAGE, "feed_url": feed_url, "article_id": article.article_id})
        return self._mark(feed_id, entry, FETCHED, url_hash, None, article.article_id)

    def _mark(
        self,
        feed_id: int,
        entry: FeedEntry,
        status: str,
        url_hash: str | None,
        reason: str | None,
        article_id: str | None = None,
    ) -> str:
        with self._sessions.begin() as session:
            recorded = mark_entry(
                session,
                feed_id,
                entry.guid,
                entry.link,
                status,
                utcnow(),
                article_id=article_id,
                reason=reason,
                max_attempts=self._settings.entry_max_attempts,
                url_hash=url_hash,
            )
        ARTICLES_FETCHED.labels(outcome=TAKEDOWN if reason == TAKEDOWN else recorded).inc()
        return recorded
