"""The database sink service: consume ``news.articles`` and ``news.claims``, write batches, then commit offsets.

The commit order is the contract: (1) collect a batch of records, (2) send undecodable ones to ``news.dlq`` and
wait for the broker's acknowledgement, (3) write the rest in ONE database transaction and commit it,
(4) only then commit the Kafka offsets. A crash anywhere before (4) redelivers the batch, and the idempotent
writes in :mod:`sinks.writes` make that harmless.

When the database is unreachable the sink pauses its partitions, keeps polling (so the broker keeps it in the
group), retries with backoff and resumes without loss; the offsets stay where they were.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import CommitFailedError, KafkaError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from newsflow.bus import Publisher
from newsflow.contracts import ArticleV1, ClaimsV1, DeadLetter
from newsflow.db.models import utcnow
from newsflow.errors import ContractError
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from sinks.duplicates import mark_duplicates
from sinks.writes import WriteCounts, replace_claims, upsert_articles

log = logging.getLogger(__name__)
STAGE = "sink"


@dataclass(frozen=True, slots=True)
class DecodedBatch:
    """A batch split by contract, with the records that could not be decoded."""

    articles: list[ArticleV1]
    claims: list[ClaimsV1]
    dead: list[DeadLetter]


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
    ) -> None:
        self._settings = settings
        self._sessions = sessions
        self._consumer = consumer
        self._publisher = publisher
        self._retry_max_s = retry_max_s
        self.totals = WriteCounts()

    def run(self, stop: StopFlag) -> None:
        """Consume and write until ``stop`` is set; the batch in hand is written and committed before returning."""
        while not stop.is_set():
            batch = self._collect(stop)
            if batch:
                self._handle(batch, stop)

    def _collect(self, stop: StopFlag) -> list[ConsumerRecord]:
        """Poll until the batch is full or its time is up."""
        records: list[ConsumerRecord] = []
        deadline = time.monotonic() + self._settings.batch_max_ms / 1000
        while len(records) < self._settings.batch_max_records and not stop.is_set():
            remaining_ms = int((deadline - time.monotonic()) * 1000)
            if remaining_ms <= 0:
                break
            polled = self._consumer.poll(
                timeout_ms=min(remaining_ms, 500), max_records=self._settings.batch_max_records - len(records)
            )
            for partition_records in polled.values():
                records.extend(partition_records)
            if not polled and records:
                break  # the topic is drained: write what we have now rather than wait
        return records

    def _handle(self, records: list[ConsumerRecord], stop: StopFlag) -> None:
        batch = decode_batch(records, self._settings)
        for letter in batch.dead:
            self._publisher.dead_letter(self._settings.dlq_topic, letter)
        if batch.dead:
            self._publisher.flush()
        if not self._write_with_retry(batch, stop):
            return  # stopping while the database is down: leave offsets uncommitted, the batch comes again
        try:
            self._consumer.commit()
        except (CommitFailedError, KafkaError) as exc:
            # a rebalance took the partitions away: the new owner re-reads the batch and the upserts absorb it
            log.warning("offset commit failed; batch will be redelivered", extra={"error": str(exc)})
        log.info(
            "batch stored",
            extra={
                "stage": STAGE,
                "records": len(records),
                "articles": len(batch.articles),
                "claim_sets": len(batch.claims),
                "dead": len(batch.dead),
            },
        )

    def _write(self, batch: DecodedBatch) -> WriteCounts:
        now = utcnow()
        with self._sessions.begin() as session:
            stored = upsert_articles(session, batch.articles, now)
            mark_duplicates(session, batch.articles)
            claims = replace_claims(session, batch.claims, now)
        return WriteCounts(stored, claims.claim_sets, claims.claims, claims.stale_claim_sets)

    def _write_with_retry(self, batch: DecodedBatch, stop: StopFlag) -> bool:
        delay = 0.5
        paused = False
        try:
            while True:
                try:
                    counts = self._write(batch)
                except (OperationalError, DBAPIError) as exc:
                    if not isinstance(exc, OperationalError) and not exc.connection_invalidated:
                        raise
                    log.warning("database unavailable; retrying", extra={"error": str(exc.orig), "delay_s": delay})
                    if not paused:
                        self._consumer.pause(*self._consumer.assignment())
                        paused = True
                    if stop.is_set():
                        return False
                    self._idle(delay, stop)
                    delay = min(delay * 2, self._retry_max_s)
                    continue
                t = self.totals
                self.totals = WriteCounts(
                    t.articles + counts.articles,
                    t.claim_sets + counts.claim_sets,
                    t.claims + counts.claims,
                    t.stale_claim_sets + counts.stale_claim_sets,
                )
                return True
        finally:
            if paused:
                self._consumer.resume(*self._consumer.paused())

    def _idle(self, seconds: float, stop: StopFlag) -> None:
        """Wait while staying in the consumer group: paused partitions return nothing but heartbeats go on."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not stop.is_set():
            self._consumer.poll(timeout_ms=200)
