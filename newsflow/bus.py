"""The Kafka bus: producers, consumers, topic creation and dead letters, for any Kafka-protocol broker.

Delivery rules (see the design brief): producers use ``acks=all`` with retries and idempotence; consumers never
auto-commit, and each runner commits offsets only after its output is durable (flushed to the broker, or
committed to the database). Sends in flight are bounded, because kafka-python 3 has no ``buffer_memory`` and
would otherwise queue without limit.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError, TopicAlreadyExistsError
from kafka.producer.future import FutureRecordMetadata
from kafka.structs import OffsetAndMetadata, TopicPartition

from newsflow.contracts import DeadLetter
from newsflow.errors import BrokerUnavailable
from newsflow.settings import Settings

log = logging.getLogger(__name__)


def client_config(settings: Settings, client_id: str) -> dict[str, Any]:
    """Connection options shared by producers, consumers and admin clients (security passes through)."""
    if settings.kafka_bootstrap is None:
        raise BrokerUnavailable("NEWSFLOW_KAFKA_BOOTSTRAP is not set (only `newsflow up` and `demo` start a broker)")
    config: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap.split(","),
        "client_id": client_id,
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_sasl_mechanism is not None:
        config["sasl_mechanism"] = settings.kafka_sasl_mechanism
        config["sasl_plain_username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password is not None:
            config["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    if settings.kafka_ssl_cafile is not None:
        config["ssl_cafile"] = str(settings.kafka_ssl_cafile)
    return config


def make_producer(settings: Settings, client_id: str) -> KafkaProducer:
    """A producer that waits for every in-sync replica (``acks=all``) and retries."""
    try:
        return KafkaProducer(
            **client_config(settings, client_id),
            acks="all",
            retries=2**31 - 1,
            delivery_timeout_ms=settings.kafka_delivery_timeout_ms,
            request_timeout_ms=min(30_000, settings.kafka_delivery_timeout_ms - 1_000),
            max_block_ms=settings.kafka_delivery_timeout_ms,
            linger_ms=5,
            batch_size=256 * 1024,
            max_request_size=settings.kafka_max_request_size,
            allow_auto_create_topics=False,
        )
    except KafkaError as exc:
        raise BrokerUnavailable(f"no broker at {settings.kafka_bootstrap}") from exc


def make_consumer(settings: Settings, stage: str, topics: Iterable[str]) -> KafkaConsumer:
    """A group consumer for ``stage`` with manual commits, starting from the earliest offset of a new group."""
    try:
        consumer = KafkaConsumer(
            **client_config(settings, f"newsflow-{stage}"),
            group_id=settings.group(stage),
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=settings.kafka_session_timeout_ms,
            heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
            max_poll_records=settings.batch_max_records,
            max_partition_fetch_bytes=settings.kafka_max_request_size,
            fetch_max_bytes=max(52_428_800, settings.kafka_max_request_size),
            allow_auto_create_topics=False,
        )
    except KafkaError as exc:
        raise BrokerUnavailable(f"no broker at {settings.kafka_bootstrap}") from exc
    consumer.subscribe(list(topics))
    return consumer


def finished_offsets(
    records: Iterable[ConsumerRecord], assigned: Iterable[TopicPartition]
) -> dict[TopicPartition, OffsetAndMetadata]:
    """The offsets to commit for a finished batch: one past its last record per partition, only for partitions
    still assigned. A rebalance during the batch never makes it commit work it did not finish (a plain
    ``commit()`` would commit whatever the consumer's positions are), nor offsets of partitions it lost."""
    held = set(assigned)
    last: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        last[tp] = max(last.get(tp, -1), record.offset)
    return {tp: OffsetAndMetadata(offset + 1, "", -1) for tp, offset in last.items() if tp in held}


def commit_finished(consumer: KafkaConsumer, records: Iterable[ConsumerRecord]) -> None:
    """Commit exactly the finished batch's offsets (see :func:`finished_offsets`); raises KafkaError on failure."""
    offsets = finished_offsets(records, consumer.assignment())
    if offsets:
        consumer.commit(offsets)


def close_consumer(consumer: KafkaConsumer, timeout_s: float) -> None:
    """Leave the consumer group cleanly, without committing.

    A member that leaves in the middle of a group join wedges the group on Tansu (measured: a member that left
    1 s after subscribing left the next member without partitions for 40 s; one that left after its join
    completed was replaced in 3 s). So when the join is still under way it is finished first, bounded by
    ``timeout_s``; records fetched meanwhile are dropped uncommitted and go to the next owner.
    """
    stable = getattr(getattr(consumer, "_coordinator", None), "stable", None)  # kafka-python's member state
    if callable(stable) and consumer.subscription():
        deadline = time.monotonic() + timeout_s
        while not stable() and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200)
    consumer.close(autocommit=False)


def topic_configs(settings: Settings) -> dict[str, str]:
    """The explicit configuration of every topic newsflow creates: durability, retention and message size."""
    return {
        "min.insync.replicas": str(settings.topic_min_insync_replicas),
        "retention.ms": str(settings.topic_retention_ms),
        "max.message.bytes": str(settings.kafka_max_request_size),
    }


def ensure_topics(settings: Settings, topics: Iterable[str] | None = None) -> None:
    """Create the pipeline's topics with the configured partition count if they do not exist yet."""
    wanted = (
        list(topics) if topics is not None else [settings.articles_topic, settings.claims_topic, settings.dlq_topic]
    )
    try:
        admin = KafkaAdminClient(**client_config(settings, "newsflow-admin"))
    except KafkaError as exc:
        raise BrokerUnavailable(f"no broker at {settings.kafka_bootstrap}") from exc
    try:
        existing = set(admin.list_topics())
        missing = [name for name in wanted if name not in existing]
        if missing:
            spec = {
                name: {
                    "num_partitions": settings.topic_partitions,
                    "replication_factor": settings.topic_replication,
                    "configs": topic_configs(settings),
                }
                for name in missing
            }
            with contextlib.suppress(TopicAlreadyExistsError):  # another service created it in between
                admin.create_topics(spec, wait_for_metadata=True)
            log.info("created topics", extra={"topics": missing, "partitions": settings.topic_partitions})
    except KafkaError as exc:
        raise BrokerUnavailable(f"topic creation failed: {exc}") from exc
    finally:
        admin.close()


class Publisher:
    """A producer with a bound on unacknowledged sends.

    ``send`` waits for the oldest send once ``in_flight_max`` are outstanding, so memory stays bounded under
    load. ``flush`` waits for all and raises :class:`BrokerUnavailable` if any send failed.
    """

    def __init__(self, producer: KafkaProducer, in_flight_max: int, max_message_bytes: int = 8 * 1024 * 1024) -> None:
        self._producer = producer
        self._in_flight: deque[FutureRecordMetadata] = deque()
        self._max = in_flight_max
        # room for the key, the headers and the record overhead in a dead letter that must fit the topic
        self._dead_letter_value_max = max(1024, max_message_bytes - 64 * 1024)

    def send(
        self, topic: str, key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]] | None = None
    ) -> FutureRecordMetadata:
        """Queue one record; returns its future (``.get()`` waits for the broker's acknowledgement)."""
        while len(self._in_flight) >= self._max:
            self._wait(self._in_flight.popleft())
        try:
            future: FutureRecordMetadata = self._producer.send(topic, key=key, value=value, headers=headers or [])
        except KafkaError as exc:
            raise BrokerUnavailable(f"send to {topic} failed: {exc}") from exc
        self._in_flight.append(future)
        return future

    def flush(self, timeout_s: float = 120.0) -> None:
        """Wait until every queued record is acknowledged by the broker."""
        deadline = time.monotonic() + timeout_s
        try:
            self._producer.flush(timeout=timeout_s)
        except KafkaError as exc:
            raise BrokerUnavailable(f"flush failed: {exc}") from exc
        while self._in_flight:
            self._wait(self._in_flight.popleft(), max(0.1, deadline - time.monotonic()))

    def dead_letter(self, topic: str, letter: DeadLetter) -> FutureRecordMetadata:
        """Send a message a stage could not handle to the dead-letter topic, original bytes unchanged unless too
        big for the topic (then cut to fit, with its original size in the ``truncated_from`` header)."""
        letter = letter.fitted(self._dead_letter_value_max)
        log.warning(
            "dead letter",
            extra={
                "topic": letter.source_topic,
                "partition": letter.source_partition,
                "offset": letter.source_offset,
                "error": letter.error,
                "truncated_from": letter.truncated_from,
            },
        )
        return self.send(topic, letter.key, letter.value, letter.headers())

    def close(self, timeout_s: float = 10.0) -> None:
        """Close the producer, flushing what it can within the timeout; never raises (the broker may be gone)."""
        try:
            self._producer.close(timeout=timeout_s)
        except KafkaError as exc:
            # kafka-python's close() raises when its flush times out and leaves the sender running: stop the
            # sender without sending (it aborts the pending batches), then close again, which now flushes nothing
            log.warning("producer closed with records unsent", extra={"error": str(exc)})
            sender = getattr(self._producer, "_sender", None)
            if sender is not None:
                sender.force_close()
                sender.join(5)
            with contextlib.suppress(KafkaError):
                self._producer.close(timeout=0)

    @staticmethod
    def _wait(future: FutureRecordMetadata, timeout_s: float = 120.0) -> None:
        try:
            future.get(timeout=timeout_s)
        except KafkaError as exc:
            raise BrokerUnavailable(f"broker did not acknowledge a record: {exc}") from exc
