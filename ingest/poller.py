"""The feed poller service: lease due feeds, fetch them politely, hand new entries on, schedule the next poll.

One instance keeps up to ``poll_concurrency`` feeds in flight on a thread pool; per-host limits live in the
fetcher's :class:`~ingest.politeness.HostGate`, so many feeds of one host never hammer it. Unchanged feeds cost
one conditional GET: a 304, or a body whose hash matches the last one, ends the poll without parsing.

When the database is unreachable the loop logs it, reports itself alive (readiness reports the database) and
tries again with backoff; feeds leased when it failed are polled again once their lease expires.
With a ``reconcile`` pass configured (``NEWSFLOW_RECONCILE_INTERVAL_S``) it runs at start and at that interval.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ingest.entries import EntryHandler
from ingest.errors import FeedParseError, FetchError
from ingest.feeds import parse_feed
from ingest.fetch import Fetcher
from ingest.registry import FeedLease, PollRecord, finish_poll, lease_due_feeds, renew_lease
from ingest.retention import Pruned, RetentionPolicy, RetentionSchedule, prune
from ingest.schedule import Outcome, Plan, PollSignal, SchedulePolicy, max_age, plan_next
from newsflow.db.models import FeedPoll, utcnow
from newsflow.errors import BrokerUnavailable
from newsflow.observe.health import Health
from newsflow.observe.metrics import FAILURES, FEED_POLLS, MESSAGES_OUT, PROCESSING
from newsflow.runtime import StopFlag
from newsflow.settings import Settings

log = logging.getLogger(__name__)
STAGE = "poll"
BROKER_RETRY_S = 30
DATABASE_BACKOFF_MAX_S = 30.0


def database_down(exc: BaseException) -> bool:
    """Whether ``exc`` says the database is unreachable (worth waiting for), rather than a bug."""
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def policy_from(settings: Settings) -> SchedulePolicy:
    """The scheduler's bounds from the settings."""
    return SchedulePolicy(
        min_interval_s=settings.poll_min_interval_s,
        max_interval_s=settings.poll_max_interval_s,
        suspend_after=settings.poll_suspend_after,
        suspended_interval_s=settings.poll_suspended_interval_s,
    )


class HeldLease:
    """A feed lease kept alive while its poll goes on: renewed once less than half of it is left, so a poll that
    takes longer than ``poll_lease_s`` is never taken up a second time (by another poller, or by this one's next
    pass) while its entries are still being handled. A lease found lost stays lost: the feed is its new holder's."""

    def __init__(self, sessions: sessionmaker[Session], lease: FeedLease, lease_s: int) -> None:
        self._sessions = sessions
        self._lease_s = lease_s
        self.lease: FeedLease | None = lease
        self._url = lease.url

    def keep(self) -> bool:
        """Renew the lease if it is half spent; False once it is lost."""
        if self.lease is None:
            return False
        now = utcnow()
        if now < self.lease.until - timedelta(seconds=self._lease_s / 2):
            return True
        with self._sessions.begin() as session:
            self.lease = renew_lease(session, self.lease, self._lease_s, now)
        if self.lease is None:
            log.warning("feed lease lost; leaving the feed to its new holder", extra={"feed_url": self._url})
            return False
        return True


class FeedPoller:
    """Polls due feeds and publishes their new articles."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        fetcher: Fetcher,
        entries: EntryHandler,
        random_unit: Callable[[], float] = random.random,
        health: Health | None = None,
        reconcile: Callable[[], Any] | None = None,
    ) -> None:
        self._settings = settings
        self._health = health or Health()
        self._sessions = sessions
        self._fetcher = fetcher
        self._entries = entries
        self._policy = policy_from(settings)
        self._unit = random_unit
        self.published = 0
        self.polls = 0
        self._retention = RetentionPolicy.from_settings(settings)
        self._prune_schedule = RetentionSchedule(settings.retention_interval_s, time.monotonic)
        self.pruned = Pruned()
        self._reconcile = reconcile
        self._reconcile_schedule = RetentionSchedule(settings.reconcile_interval_s, time.monotonic)
        self.database_failures = 0  # turns of the loop that met an unreachable database

    def run(self, stop: StopFlag) -> None:
        """Poll due feeds until ``stop`` is set; the feeds in flight finish their current entry first.

        Old bookkeeping is pruned at start and every ``retention_interval_s`` (see :mod:`ingest.retention`).
        """
        backoff = 0.5
        while not stop.is_set():
            self._health.beat()
            if self._prune_schedule.due():
                self.prune()
            try:
                if self._reconcile is not None and self._reconcile_schedule.due():
                    self._reconcile()
                polled = self.poll_due(stop)
            except (OperationalError, DBAPIError) as exc:
                if not database_down(exc):
                    raise
                self.database_failures += 1
                FAILURES.labels(stage=STAGE, reason="database_unavailable").inc()
                log.warning("database unavailable; retrying", extra={"error": str(exc.orig), "delay_s": backoff})
                stop.wait(backoff)
                backoff = min(backoff * 2, DATABASE_BACKOFF_MAX_S)
                continue
            backoff = 0.5
            if polled == 0:
                stop.wait(self._settings.poll_idle_s)

    def prune(self) -> None:
        """One retention pass; a database error is logged and the pass is tried again at the next interval."""
        try:
            pruned = prune(self._sessions, self._retention.cutoffs(utcnow()))
        except SQLAlchemyError as exc:
            log.warning("pruning failed; will retry", extra={"stage": STAGE, "error": str(exc)})
            return
        self.pruned = pruned
        log.info("pruned", extra={"stage": STAGE, **pruned.as_dict()})

    def poll_due(self, stop: StopFlag, force: bool = False) -> int:
        """Poll every due feed (every enabled feed with ``force``) once; returns how many were polled."""
        polled_before = utcnow() if force else None
        width = self._settings.poll_concurrency
        in_flight: set[Future[None]] = set()
        polled = 0
        with ThreadPoolExecutor(max_workers=width, thread_name_prefix="poll") as pool:
            exhausted = False
            while not stop.is_set():
                if not exhausted and len(in_flight) < width:
                    with self._sessions.begin() as session:
                        leases = lease_due_feeds(
                            session, self._settings.poll_lease_s, 2 * width - len(in_flight), utcnow(), polled_before
                        )
                    exhausted = not leases
                    in_flight |= {pool.submit(self.poll_feed, lease, stop) for lease in leases}
                    polled += len(leases)
                if not in_flight:
                    break
                done, in_flight = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
                self._health.beat()
                for future in done:
                    future.result()  # a bug in poll_feed surfaces here rather than vanishing in the pool
            wait(in_flight)
        return polled

    def poll_feed(self, lease: FeedLease, stop: StopFlag) -> None:
        """Poll one feed: conditional GET, parse, entries, record and schedule; releases the lease."""
        started, clock = utcnow(), time.monotonic()
        poll = FeedPoll(feed_id=lease.feed_id, started_at=started, status="ok", bytes=0, entries=0, new_entries=0)
        held = HeldLease(self._sessions, lease, self._settings.poll_lease_s)
        record = self._poll(lease, poll, stop, held)
        poll.duration_ms = int((time.monotonic() - clock) * 1000)
        with self._sessions.begin() as session:
            if held.lease is None:
                session.add(record.poll)  # the feed is another poller's now: only this poll's record is ours
            else:
                finish_poll(session, held.lease, record, utcnow())
        FEED_POLLS.labels(status=poll.status).inc()
        PROCESSING.labels(stage=STAGE).observe(poll.duration_ms / 1000)
        MESSAGES_OUT.labels(stage=STAGE, outcome="published").inc(poll.new_entries)
        if poll.error_kind:
            FAILURES.labels(stage=STAGE, reason=poll.error_kind).inc()
        self.polls += 1
        self.published += poll.new_entries
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

    def _plan(self, lease: FeedLease, signal: PollSignal) -> Plan:
        return plan_next(lease.timing, signal, self._policy, utcnow(), self._unit())

    def _poll(self, lease: FeedLease, poll: FeedPoll, stop: StopFlag, held: HeldLease) -> PollRecord:
        host = urlsplit(lease.url).hostname or ""
        cooling = self._fetcher.gate.next_start_in(host) if self._fetcher.gate is not None else 0.0
        if cooling > self._settings.http_timeout_s:
            # the host asked us to back off (Retry-After on another of its feeds): wait, without blaming this feed
            poll.status = "deferred"
            deferred = Plan(
                utcnow() + timedelta(seconds=cooling), lease.timing.interval_s, lease.timing.failures, False, False
            )
            return PollRecord(
                poll, deferred, etag=lease.etag, last_modified=lease.last_modified, body_sha256=lease.body_sha256
            )
        conditional = {}
        if lease.etag:
            conditional["If-None-Match"] = lease.etag
        if lease.last_modified:
            conditional["If-Modified-Since"] = lease.last_modified
        try:
            result = self._fetcher.fetch(lease.url, conditional)
        except FetchError as exc:
            poll.status, poll.error, poll.error_kind, poll.http_status = (
                f"error_{exc.kind}",
                str(exc),
                exc.kind,
                exc.status,
            )
            failed: Outcome = "gone" if exc.status == 410 else "error"
            return PollRecord(poll, self._plan(lease, PollSignal(failed, retry_after_s=exc.retry_after_s)))
        poll.http_status, poll.bytes = result.status, len(result.body)
        cache_max_age = max_age(result.headers.get("cache-control"))
        etag, last_modified = result.headers.get("etag"), result.headers.get("last-modified")
        moved = result.permanent_redirect
        if result.status == 304:
            poll.status = "not_modified"
            return PollRecord(
                poll,
                self._plan(lease, PollSignal("unchanged", max_age_s=cache_max_age)),
                etag=lease.etag,
                last_modified=lease.last_modified,
                body_sha256=lease.body_sha256,
                moved_to=moved,
            )
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == lease.body_sha256:
            poll.status = "unchanged"  # validators that never change: the body says nothing is new
            return PollRecord(
                poll,
                self._plan(lease, PollSignal("unchanged", max_age_s=cache_max_age)),
                body_sha256=body_hash,
                moved_to=moved,
                etag=etag,
                last_modified=last_modified,
            )
        try:
            parsed = parse_feed(result.body, result.headers, result.final_url)
        except FeedParseError as exc:
            poll.status, poll.error, poll.error_kind = "error_parse", str(exc), "parse"
            return PollRecord(poll, self._plan(lease, PollSignal("error")), moved_to=moved)
        poll.entries = len(parsed.entries)
        if parsed.bozo:
            log.warning("ill-formed feed", extra={"feed_url": lease.url, "error": parsed.bozo_reason})
        try:
            handled = self._entries.handle(lease.feed_id, lease.url, parsed.entries, stop, held.keep)
        except BrokerUnavailable as exc:
            poll.status, poll.error, poll.error_kind = "error_broker", str(exc), "broker"
            retry = Plan(
                utcnow() + timedelta(seconds=BROKER_RETRY_S),
                lease.timing.interval_s,
                lease.timing.failures,
                False,
                False,
            )  # not the feed's fault: no backoff, no validators
            return PollRecord(poll, retry, title=parsed.title, moved_to=moved, bozo=parsed.bozo)
        poll.new_entries = handled.published
        if (stop.is_set() or held.lease is None) and handled.pending:
            poll.status = "interrupted"
            return PollRecord(poll, None, title=parsed.title, moved_to=moved, bozo=parsed.bozo)
        signal = PollSignal("new" if handled.published else "unchanged", ttl_s=parsed.ttl_s, max_age_s=cache_max_age)
        complete = handled.pending == 0  # keep validators only when nothing waits for a retry
        return PollRecord(
            poll,
            self._plan(lease, signal),
            title=parsed.title,
            moved_to=moved,
            bozo=parsed.bozo,
            body_sha256=body_hash if complete else None,
            etag=etag if complete else None,
            last_modified=last_modified if complete else None,
        )
