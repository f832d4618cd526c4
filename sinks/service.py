"""The database sink service: consume ``news.articles`` and ``news.claims``, write batches, then commit offsets.

The commit order is the contract: (1) collect a batch of records, until ``batch_max_records`` or until
``batch_max_ms`` after its first record, whichever comes first, (2) in ONE database transaction, decode and
write the batch ``WRITE_CHUNK`` records at a time, sending undecodable ones to ``news.dlq``, (3) wait for the
broker's acknowledgement of those dead letters, and only then commit the transaction, (4) only then commit the
Kafka offsets. A crash anywhere before (4) redelivers the batch, and the idempotent writes in :mod:`sinks.writes`
make that harmless. Decoding a chunk at a time bounds the sink's working set (the decoded messages are most of
it) by the chunk, not by the largest batch so far, so its resident size does not creep up with every burst.
Messages of an article taken down while they were in flight are refused and counted (see :mod:`sinks.store`),
not dead-lettered.

When the database is unreachable the sink pauses its partitions, keeps polling (so the broker keeps it in the
group), retries with backoff and resumes without loss; the offsets stay where they were. When the broker fails
under a batch (its dead letters are not acknowledged), nothing is written nor committed: the consumer is rewound
to the batch's first records and tries again after a backoff. A :class:`~newsflow.bus.LogGuard` notices a log
the broker lost (the partitions it moved are not committed for the batch in hand).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import TopicPartition
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from newsflow import bus
from newsflow.bus import Publisher
from newsflow.contracts import ArticleV1, ClaimsV1, DeadLetter
from newsflow.db.models import utcnow
from newsflow.errors import BrokerUnavailable, ContractError
from newsflow.observe.checks import observe_poll
from newsflow.observe.health import Health
from newsflow.observe.metrics import (
    BATCH_SIZE,
    DEAD_LETTERS,
    FAILURES,
    MESSAGES_OUT,
    PROCESSING,
    observe_freshness,
)
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from newsflow.takedowns import TakedownCache
from sinks import allocator
from sinks.batching import BatchWindow
from sinks.store import StoredBatch, store_batch
from sinks.writes import WriteCounts

log = logging.getLogger(__name__)
STAGE = "sink"
IDLE_POLL_S = 0.5  # longest single poll: the stop flag is checked at least this often
WRITE_CHUNK = 100  # records decoded and written at a time within a batch's transaction
BROKER_BACKOFF_MAX_S = 10.0


@dataclass(frozen=True, slots=True)
class DecodedBatch:
    """A batch split by contract, with the records that could not be decoded."""

    articles: list[ArticleV1]
    claims: list[ClaimsV1]
    dead: list[DeadLetter]


@dataclass(slots=True)
class BatchTally:
    """What writing a batch chunk by chunk did, kept after each chunk's decoded messages are freed."""

    written: WriteCounts = field(default_factory=WriteCounts)
    articles: int = 0
    claim_sets: int = 0
    dead: int = 0
    refused_articles: int = 0
    refused_claim_sets: int = 0
    freshness: list[tuple[datetime | None, datetime | None]] = field(default_factory=list)

    def add(self, batch: DecodedBatch, stored: StoredBatch) -> None:
        self.written += stored.written
        self.articles += len(batch.articles)
        self.claim_sets += len(batch.claims)
        self.dead += len(batch.dead)
        self.refused_articles += stored.refused_articles
        self.refused_claim_sets += stored.refused_claim_sets
        self.freshness.extend((a.published_at, a.fetched_at) for a in batch.articles)


def decode_batch(records: Sequence[ConsumerRecord], settings: Settings) -> DecodedBatch:
    """Decode each record by the topic it came from; undecodable ones become dead letters."""
    articles: list[ArticleV1] = []
    claims: list[ClaimsV1] = []
    dead: list[DeadLetter] = []
    for record in records:
        try:
            if record.topic == settings.articles_topic:
                articles.append(ArticleV1.decode(record.value))
            else:
                claims.append(ClaimsV1.decode(record.value))
        except ContractError as exc:
            dead.append(
                DeadLetter(record.key, exc.raw, exc.reason, STAGE, record.topic, record.partition, record.offset)
            )
    return DecodedBatch(articles, claims, dead)


class DatabaseSink:
    """Batches articles and claims into the database; offsets are committed after the DB commit."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        consumer: KafkaConsumer,
        publisher: Publisher,
        retry_max_s: float = 30.0,
        health: Health | None = None,
    ) -> None:
        self._settings = settings
        self._health = health or Health()
        self._group = settings.group(STAGE)
        self._sessions = sessions
        self._consumer = consumer
        self._publisher = publisher
        self._retry_max_s = retry_max_s
        self._takedowns = TakedownCache()
        self.totals = WriteCounts()
        self.records = 0  # records of batches written and committed (dead letters included)
        self.refused_articles = 0  # taken down while in flight: counted, not stored, not dead-lettered
        self.refused_claim_sets = 0
        self.db_retries = 0  # failed attempts to write a batch while the database was unreachable
        self.broker_failures = 0  # batches given back because the broker did not acknowledge their dead letters
        self._guard = bus.LogGuard(consumer, partial(bus.ensure_topics_quietly, settings))
        self._membership = bus.membership_watch(consumer, settings)
        self._lost: set[TopicPartition] = set()  # partitions the guard moved while the batch in hand was collected

    def run(self, stop: StopFlag) -> None:
        """Consume and write until ``stop`` is set; the batch in hand is written and committed before returning.

        After each batch the heap it freed goes back to the system (:mod:`sinks.allocator`), so the resident size
        does not stay at the high-water mark of the largest batch so far.
        """
        allocator.tune()
        backoff = 0.5
        while not stop.is_set():
            batch = self.collect(stop)
            if not batch:
                continue
            try:
                self._handle(batch, stop)
            except BrokerUnavailable as exc:
                self.broker_failures += 1
                FAILURES.labels(stage=STAGE, reason="broker").inc()
                log.warning("broker unavailable; batch will be done again", extra={"stage": STAGE, "error": str(exc)})
                bus.rewind(self._consumer, batch)
                stop.wait(backoff)
                backoff = min(backoff * 2, BROKER_BACKOFF_MAX_S)
                continue
            finally:
                del batch  # the records of the batch just done: freed before the heap is trimmed
                allocator.release()
            backoff = 0.5

    def collect(self, stop: StopFlag) -> list[ConsumerRecord]:
        """Poll until the batch is full or ``batch_max_ms`` have passed since its first record (or ``stop``)."""
        records: list[ConsumerRecord] = []
        self._lost = set()
        window = BatchWindow(self._settings.batch_max_records, self._settings.batch_max_ms / 1000)
        while not stop.is_set() and not window.due(time.monotonic()):
            wait_s = window.wait_s(time.monotonic(), IDLE_POLL_S)
            polled = bus.poll_records(self._consumer, max(1, int(wait_s * 1000)), window.room())
            observe_poll(self._health, self._consumer, STAGE, self._group, polled)
            self._lost |= self._guard.check()
            self._membership.check()  # kept out of its group for too long: exit, and a fresh member joins
            arrived = [record for partition_records in polled.values() for record in partition_records]
            records.extend(arrived)
            window.add(len(arrived), time.monotonic())
        return records

    def _handle(self, records: list[ConsumerRecord], stop: StopFlag) -> None:
        began = time.monotonic()
        stored = self._write_with_retry(records, stop)
        if stored is None:
            return  # stopping while the database is down: leave offsets uncommitted, the batch comes again
        try:
            bus.commit_finished(self._consumer, records, self._lost)
        except (CommitFailedError, KafkaError) as exc:
            # a rebalance took the partitions away: the new owner re-reads the batch and the upserts absorb it
            log.warning("offset commit failed; batch will be redelivered", extra={"error": str(exc)})
        self.records += len(records)
        self._observe_stored(stored, len(records), time.monotonic() - began)
        log.info(
            "batch stored",
            extra={
                "stage": STAGE,
                "records": len(records),
                "articles": stored.articles,
                "claim_sets": stored.claim_sets,
                "dead": stored.dead,
                "refused_articles": stored.refused_articles,
                "refused_claim_sets": stored.refused_claim_sets,
            },
        )

    @staticmethod
    def _observe_stored(stored: BatchTally, records: int, seconds: float) -> None:
        BATCH_SIZE.labels(stage=STAGE).observe(records)
        PROCESSING.labels(stage=STAGE).observe(seconds)
        refused = stored.refused_articles + stored.refused_claim_sets
        MESSAGES_OUT.labels(stage=STAGE, outcome="stored").inc(stored.articles + stored.claim_sets - refused)
        MESSAGES_OUT.labels(stage=STAGE, outcome="refused").inc(refused)
        MESSAGES_OUT.labels(stage=STAGE, outcome="dead_letter").inc(stored.dead)
        if stored.dead:
            DEAD_LETTERS.labels(stage=STAGE).inc(stored.dead)
            FAILURES.labels(stage=STAGE, reason="contract").inc(stored.dead)
        now = utcnow()
        for published_at, fetched_at in stored.freshness:
            observe_freshness(now, published_at, fetched_at)

    def _write(self, records: list[ConsumerRecord], lettered: set[tuple[str, int, int]]) -> BatchTally:
        """Decode and write the batch a chunk at a time in one transaction; its dead letters are sent as they are
        found (once per batch: ``lettered`` remembers them across retries) and acknowledged before it commits."""
        now = utcnow()
        tally = BatchTally()
        with self._sessions.begin() as session:
            takedowns = self._takedowns.current(session)
            for start in range(0, len(records), WRITE_CHUNK):
                batch = decode_batch(records[start : start + WRITE_CHUNK], self._settings)
                for letter in batch.dead:
                    where = (letter.source_topic, letter.source_partition, letter.source_offset)
                    if where not in lettered:
                        self._publisher.dead_letter(self._settings.dlq_topic, letter)
                        lettered.add(where)
                tally.add(batch, store_batch(session, batch.articles, batch.claims, now, takedowns))
                del batch  # freed before the next chunk is decoded
            if tally.dead:
                self._publisher.flush()  # BrokerUnavailable here rolls the transaction back
        return tally

    def _write_with_retry(self, records: list[ConsumerRecord], stop: StopFlag) -> BatchTally | None:
        """Write the batch, retrying with backoff while the database is unreachable; None if stopped meanwhile.

        While retrying, the partitions are paused and the consumer keeps polling (it gets no records), so it stays
        in its group; the offsets stay where they were.
        """
        delay = 0.5
        paused = False
        lettered: set[tuple[str, int, int]] = set()
        try:
            while True:
                try:
                    stored = self._write(records, lettered)
                except (OperationalError, DBAPIError) as exc:
                    if not isinstance(exc, OperationalError) and not exc.connection_invalidated:
                        raise
                    self.db_retries += 1
                    FAILURES.labels(stage=STAGE, reason="database_unavailable").inc()
                    log.warning("database unavailable; retrying", extra={"error": str(exc.orig), "delay_s": delay})
                    if not paused:
                        self._consumer.pause(*self._consumer.assignment())
                        paused = True
                    if stop.is_set():
                        return None
                    self._idle(delay, stop)
                    delay = min(delay * 2, self._retry_max_s)
                    continue
                self.totals += stored.written
                self.refused_articles += stored.refused_articles
                self.refused_claim_sets += stored.refused_claim_sets
                return stored
        finally:
            if paused:
                self._consumer.resume(*self._consumer.paused())

    def _idle(self, seconds: float, stop: StopFlag) -> None:
        """Wait while staying in the consumer group: paused partitions return nothing but heartbeats go on."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not stop.is_set():
            bus.poll_records(self._consumer, 200)
            self._health.beat()  # alive, and saying so: readiness reports the database
