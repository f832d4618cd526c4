"""The claims processor service: consume ``news.articles``, extract claims, produce ``news.claims``, commit.

Order per batch (at-least-once): extract and send one ``ClaimsV1`` per article (an article with no claims gets
``claims: []``), send the records it cannot handle to ``news.dlq``, flush the producer (every record is
acknowledged by the broker), and only then commit the input offsets. A crash before the commit re-processes
the batch; the sink's replace-per-extraction makes the duplicate harmless.

When the broker fails under a batch (a send or the flush is not acknowledged), nothing is committed: the consumer
is rewound to the batch's first records and the batch is done again after a backoff, with a new producer (see
:class:`~newsflow.bus.Publisher`). A :class:`~newsflow.bus.LogGuard` notices a log the broker lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from functools import partial

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import TopicPartition

from newsflow import bus
from newsflow.bus import Publisher
from newsflow.contracts import ArticleV1, ClaimsV1, DeadLetter
from newsflow.errors import BrokerUnavailable, ContractError
from newsflow.observe.checks import observe_poll
from newsflow.observe.health import Health
from newsflow.observe.metrics import BATCH_SIZE, CLAIMS_EXTRACTED, DEAD_LETTERS, FAILURES, MESSAGES_OUT, PROCESSING
from newsflow.plugins import ClaimExtractor
from newsflow.runtime import StopFlag
from newsflow.settings import Settings

log = logging.getLogger(__name__)
STAGE = "claims"
BROKER_BACKOFF_MAX_S = 10.0


def claims_message(article: ArticleV1, plugin: ClaimExtractor) -> ClaimsV1:
    """The claims message of one extractor for one article (pure apart from the clock)."""
    return ClaimsV1(
        article_id=article.article_id,
        text_sha256=article.text_sha256,
        extractor=plugin.extractor,
        extracted_at=datetime.now(UTC),
        claims=plugin.extract(article.text, article.article_id),
    )


class ClaimsProcessor:
    """Consume -> extract -> produce, committing input offsets after the output is acknowledged."""

    def __init__(
        self,
        settings: Settings,
        consumer: KafkaConsumer,
        publisher: Publisher,
        extractors: Sequence[ClaimExtractor],
        health: Health | None = None,
    ) -> None:
        self._settings = settings
        self._health = health or Health()
        self._group = settings.group(STAGE)
        self._consumer = consumer
        self._publisher = publisher
        self._extractors = list(extractors)
        self._guard = bus.LogGuard(consumer, partial(bus.ensure_topics_quietly, settings))
        self._membership = bus.membership_watch(consumer, settings)
        self.processed = 0
        self.dead = 0
        self.broker_failures = 0  # batches given back because the broker did not acknowledge their output

    def run(self, stop: StopFlag) -> None:
        """Process batches until ``stop`` is set; the batch in hand is finished, flushed and committed first."""
        backoff = 0.5
        while not stop.is_set():
            polled = bus.poll_records(self._consumer, 500, self._settings.batch_max_records)
            observe_poll(self._health, self._consumer, STAGE, self._group, polled)
            lost = self._guard.check()
            self._membership.check()  # kept out of its group for too long: exit, and a fresh member joins
            records = [record for batch in polled.values() for record in batch]
            if not records:
                continue
            try:
                self.process(records, lost)
            except BrokerUnavailable as exc:
                self._give_back(records, exc)
                stop.wait(backoff)
                backoff = min(backoff * 2, BROKER_BACKOFF_MAX_S)
                continue
            backoff = 0.5

    def _give_back(self, records: Sequence[ConsumerRecord], exc: BrokerUnavailable) -> None:
        """The broker failed under the batch: commit nothing and read the batch again."""
        self.broker_failures += 1
        FAILURES.labels(stage=STAGE, reason="broker").inc()
        log.warning("broker unavailable; batch will be done again", extra={"stage": STAGE, "error": str(exc)})
        bus.rewind(self._consumer, records)

    def process(self, records: Sequence[ConsumerRecord], lost: Collection[TopicPartition] = ()) -> None:
        """Handle one batch: produce, dead-letter, flush, then commit (not the partitions in ``lost``, whose log
        the broker lost meanwhile). Raises BrokerUnavailable, with nothing committed, if the output failed."""
        began = time.monotonic()
        dead = 0
        for record in records:
            for letter in self._handle(record):
                self._publisher.dead_letter(self._settings.dlq_topic, letter)
                dead += 1
        self._publisher.flush()
        self.dead += dead
        DEAD_LETTERS.labels(stage=STAGE).inc(dead)
        BATCH_SIZE.labels(stage=STAGE).observe(len(records))
        PROCESSING.labels(stage=STAGE).observe(time.monotonic() - began)
        try:
            bus.commit_finished(self._consumer, records, lost)
        except (CommitFailedError, KafkaError) as exc:
            log.warning("offset commit failed; batch will be redelivered", extra={"error": str(exc)})
        self.processed += len(records)
        log.info("batch processed", extra={"stage": STAGE, "records": len(records)})

    def _handle(self, record: ConsumerRecord) -> list[DeadLetter]:
        """Send each extractor's claims for one record; return dead letters for what failed."""

        def dead(reason: str) -> DeadLetter:
            return DeadLetter(record.key, record.value, reason, STAGE, record.topic, record.partition, record.offset)

        try:
            article = ArticleV1.decode(record.value)
        except ContractError as exc:
            FAILURES.labels(stage=STAGE, reason="contract").inc()
            return [dead(exc.reason)]
        letters: list[DeadLetter] = []
        for plugin in self._extractors:
            try:
                message = claims_message(article, plugin)
            except Exception as exc:  # one extractor's bug must not stop the stream nor the other extractors
                log.exception("extraction failed", extra={"article_id": article.article_id})
                FAILURES.labels(stage=STAGE, reason="extractor").inc()
                letters.append(dead(f"extraction failed in {plugin.extractor.name}: {type(exc).__name__}: {exc}"))
                continue
            self._publisher.send(self._settings.claims_topic, article.article_id.encode(), message.encode())
            CLAIMS_EXTRACTED.labels(extractor=plugin.extractor.name).inc(len(message.claims))
            MESSAGES_OUT.labels(stage=STAGE, outcome="claims").inc()
        return letters
