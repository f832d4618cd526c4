"""The Kafka bus: producers, consumers, topic creation and dead letters, for any Kafka-protocol broker.

Delivery rules (see the design brief): producers use ``acks=all`` with retries and idempotence; consumers never
auto-commit, and each runner commits offsets only after its output is durable (flushed to the broker, or
committed to the database). Sends in flight are bounded, because kafka-python 3 has no ``buffer_memory`` and
would otherwise queue without limit.

Surviving a broker that restarts, or comes back having lost data (Tansu keeps nothing across a restart; a badly
configured cluster can lose a topic): a :class:`Publisher` built with ``renew`` replaces its producer after a
failed delivery (an idempotent producer is dead for good once the broker forgot its producer id), re-creating
missing topics first; a :class:`LogGuard` moves a consumer whose log is gone (topic re-created, or position past
the high watermark, where the broker would wait silently) back to the beginning; :func:`rewind` puts a consumer
back on the first records of a batch that could not be finished. Consumer groups rejoin on their own.

A broker that restarts without its state also hands out producer ids again from the start (Tansu does): a
producer from before the restart that has not failed yet may find its id given to another producer, whose
sequence numbers make the broker take its records for duplicates, acknowledge them without an offset and
store nothing (measured on Tansu 0.6). A :class:`Publisher` counts such an acknowledgement as a failed delivery.
Tansu also creates any topic a client's metadata request names, whatever the client asks, with its own
partition count (4): :func:`ensure_topics` cannot always win that race after a restart, so consumers and
producers must not assume the configured count. A group consumer that a restarted Tansu never readmits to its
group (measured: ``RebalanceInProgress`` for ~50 s, then ``UnknownMemberId``, for good) keeps fetching its old
assignment, so partitions beyond it are read by nobody: :class:`MembershipWatch` notices it, and the service exits
for its supervisor to start a fresh member.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import AuthorizationError, IllegalStateError, KafkaError, TopicAlreadyExistsError
from kafka.producer.future import FutureRecordMetadata, RecordMetadata
from kafka.structs import MemberState, OffsetAndMetadata, TopicPartition

from newsflow.contracts import DeadLetter
from newsflow.errors import BrokerUnavailable, GroupMembershipLost
from newsflow.settings import Settings

log = logging.getLogger(__name__)
RECONNECT_BACKOFF_MAX_MS = 1_000
METADATA_MAX_AGE_MS = 30_000


def client_config(settings: Settings, client_id: str) -> dict[str, Any]:
    """Connection options shared by producers, consumers and admin clients (security passes through)."""
    if settings.kafka_bootstrap is None:
        raise BrokerUnavailable("NEWSFLOW_KAFKA_BOOTSTRAP is not set (only `newsflow up` and `demo` start a broker)")
    config: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap.split(","),
        "client_id": client_id,
        "security_protocol": settings.kafka_security_protocol,
        # kafka-python backs off reconnects up to 30 s, so a broker back after an outage would wait that long for
        # its clients; the Java client's default is 1 s
        "reconnect_backoff_max_ms": RECONNECT_BACKOFF_MAX_MS,
        # a topic re-created with other partitions (a broker that lost it) is seen within this, so the group
        # rebalances onto the new partitions (the default, 5 min, would leave some unread that long)
        "metadata_max_age_ms": METADATA_MAX_AGE_MS,
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


def poll_records(
    consumer: KafkaConsumer, timeout_ms: int, max_records: int | None = None
) -> dict[TopicPartition, list[ConsumerRecord]]:
    """``consumer.poll``, riding out a broker that is away: kafka-python may raise from a poll while it cannot
    reach the coordinator; that is logged, and the poll returns nothing after waiting its timeout (at most 1 s).
    Errors that waiting cannot cure (authorization, misuse) are raised."""
    try:
        polled: dict[TopicPartition, list[ConsumerRecord]] = consumer.poll(
            timeout_ms=timeout_ms, max_records=max_records
        )
    except (AuthorizationError, IllegalStateError):
        raise
    except KafkaError as exc:
        log.warning("poll failed; broker unavailable?", extra={"error": f"{type(exc).__name__}: {exc}"})
        time.sleep(min(timeout_ms, 1000) / 1000)
        return {}
    return polled


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


def commit_finished(
    consumer: KafkaConsumer, records: Iterable[ConsumerRecord], exclude: Iterable[TopicPartition] = ()
) -> None:
    """Commit exactly the finished batch's offsets (see :func:`finished_offsets`); raises KafkaError on failure.

    Partitions in ``exclude`` are not committed: a :class:`LogGuard` moved them to the beginning of a new log
    while the batch was collected, so the batch's offsets name positions in a log that no longer exists.
    """
    skip = set(exclude)
    offsets = finished_offsets(records, [tp for tp in consumer.assignment() if tp not in skip])
    if offsets:
        consumer.commit(offsets)


def first_offsets(records: Iterable[ConsumerRecord]) -> dict[TopicPartition, int]:
    """The first offset of a batch in each of its partitions: where to seek to read the batch again."""
    first: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        first[tp] = min(first.get(tp, record.offset), record.offset)
    return first


def rewind(consumer: KafkaConsumer, records: Iterable[ConsumerRecord]) -> None:
    """Put the consumer back on the first records of a batch it could not finish (partitions still held only), so
    the next polls deliver the batch again; nothing of it was committed."""
    held = consumer.assignment()
    for tp, offset in first_offsets(records).items():
        if tp in held:
            with contextlib.suppress(KafkaError, AssertionError, ValueError):  # revoked meanwhile
                consumer.seek(tp, offset)


def beyond_end(
    positions: Mapping[TopicPartition, int | None], highwaters: Mapping[TopicPartition, int | None]
) -> set[TopicPartition]:
    """Partitions whose position lies past the high watermark: their log was lost (a broker that came back empty).

    A fetch there is not answered with an out-of-range error on every broker (Tansu waits silently), so the
    consumer would wait for ever. Unknown positions or watermarks (nothing fetched yet) are not judged.
    """
    return {
        tp
        for tp, position in positions.items()
        if position is not None and (highwater := highwaters.get(tp)) is not None and position > highwater
    }


def recreated(known: Mapping[str, object], current: Mapping[str, object | None]) -> set[str]:
    """Topics whose id changed since it was first seen: deleted and created again, so offsets into the old log
    mean nothing in the new one. Topics without a known id (old brokers) are never judged."""
    return {topic for topic, now in current.items() if now is not None and known.get(topic, now) != now}


def _topic_id(consumer: KafkaConsumer, topic: str) -> object | None:
    """The topic's id (KIP-516) from the consumer's cluster metadata; None when unknown or not reported."""
    cluster = getattr(getattr(consumer, "_client", None), "cluster", None)
    topic_id = getattr(cluster, "topic_id", None)
    return topic_id(topic) if callable(topic_id) else None


def _refresh_metadata(consumer: KafkaConsumer) -> None:
    """Ask the consumer for fresh cluster metadata soon (kafka-python has no public call for it)."""
    cluster = getattr(getattr(consumer, "_client", None), "cluster", None)
    request_update = getattr(cluster, "request_update", None)
    if callable(request_update):
        request_update()


class MembershipWatch:
    """Notices a group consumer that the broker keeps out of its group.

    kafka-python rejoins on its own after a rebalance or an outage, but a broker that restarted without its state
    may never readmit the old member (measured on Tansu), which then goes on fetching its old assignment. Once the
    consumer has not been a stable member for ``limit_s`` while the broker answers (``broker_down`` returns None),
    :meth:`check` raises GroupMembershipLost: the service exits (code 1) and its supervisor (``newsflow up``,
    Kubernetes) starts a fresh consumer, which joins as a new member. Offsets not committed meanwhile are read
    again, and the idempotent writes absorb them. A broker that is away does not trip it: that is an outage.
    """

    def __init__(
        self,
        consumer: Any,
        limit_s: float,
        broker_down: Callable[[], str | None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._consumer = consumer
        self._limit_s = limit_s
        self._broker_down = broker_down
        self._clock = clock
        self._since: float | None = None  # when the consumer was last seen out of a stable membership, first

    def check(self) -> None:
        """Call after each poll; raises GroupMembershipLost as described above."""
        member = self._consumer.group_metadata()
        if member.state == MemberState.STABLE:
            self._since = None
            return
        now = self._clock()
        if self._since is None:
            self._since = now
        elif now - self._since > self._limit_s and self._broker_down() is None:
            raise GroupMembershipLost(
                f"not a stable member of group {member.group_id} for {now - self._since:.0f} s (state "
                f"{member.state}) while the broker answers; exiting so that a fresh consumer joins"
            )


def membership_watch(consumer: KafkaConsumer, settings: Settings) -> MembershipWatch:
    """A service's :class:`MembershipWatch`, with the settings' limit and a TCP check of the bootstrap servers."""
    from newsflow.observe.checks import broker_check

    assert settings.kafka_bootstrap is not None  # ensure_topics ran first, or raised
    return MembershipWatch(consumer, settings.kafka_rejoin_max_s, broker_check(settings.kafka_bootstrap))


class LogGuard:
    """After each poll, detect partitions whose log is gone and move them to the beginning of the log there is.

    The broker may come back without its data (memory storage, a lost topic): a topic re-created under the same
    name gets a new id, and a position past the high watermark can never be reached. Either way the offsets the
    consumer holds name records of a log that no longer exists, so reading goes on from the new log's beginning
    (the records that were lost are the business of ``newsflow reconcile``). When the consumer holds no partition
    for ``missing_after_s`` (its topics may be gone, and a broker that does not create topics on demand will
    not bring them back), ``ensure`` is called to create them, at most once per that interval.
    """

    def __init__(
        self,
        consumer: KafkaConsumer,
        ensure: Callable[[], object] | None = None,
        missing_after_s: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._consumer = consumer
        self._ensure = ensure
        self._missing_after_s = missing_after_s
        self._clock = clock
        self._ids: dict[str, object] = {}
        self._empty_since: float | None = None
        self.resets = 0  # partitions moved to the beginning so far

    def check(self) -> set[TopicPartition]:
        """The partitions moved to the beginning now (their records already fetched are from the old log)."""
        assigned = set(self._consumer.assignment())
        self._watch_missing(assigned)
        if not assigned:
            return set()
        current = {tp.topic: _topic_id(self._consumer, tp.topic) for tp in assigned}
        gone_topics = recreated(self._ids, current)
        self._ids.update({topic: value for topic, value in current.items() if value is not None})
        positions: dict[TopicPartition, int | None] = {}
        for tp in assigned:
            try:
                positions[tp] = self._consumer.position(tp, timeout_ms=0)
            except (KafkaError, AssertionError):  # revoked since assignment() answered
                positions[tp] = None
        lost = beyond_end(positions, {tp: self._consumer.highwater(tp) for tp in assigned})
        lost |= {tp for tp in assigned if tp.topic in gone_topics}
        if lost:
            log.warning(
                "log gone (broker lost its data?): reading again from the beginning",
                extra={"partitions": sorted(f"{tp.topic}[{tp.partition}]" for tp in lost)},
            )
            with contextlib.suppress(KafkaError, AssertionError):
                self._consumer.seek_to_beginning(*lost)
            self.resets += len(lost)
            _refresh_metadata(self._consumer)  # the new log may have other partitions: rebalance onto them
        return lost

    def _watch_missing(self, assigned: set[TopicPartition]) -> None:
        if assigned or self._ensure is None:
            self._empty_since = None
            return
        now = self._clock()
        if self._empty_since is None:
            self._empty_since = now
        elif now - self._empty_since >= self._missing_after_s:
            self._empty_since = now  # once per interval
            self._ensure()


def ensure_topics_quietly(settings: Settings, topics: Iterable[str] | None = None) -> bool:
    """:func:`ensure_topics`, logging instead of raising when the broker is not there (a retry comes later)."""
    try:
        ensure_topics(settings, topics)
    except BrokerUnavailable as exc:
        log.warning("could not ensure topics", extra={"error": str(exc)})
        return False
    return True


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


ProducerFactory = Callable[[], KafkaProducer]


class Publisher:
    """A producer with a bound on unacknowledged sends, replaced after a failed delivery when it can be.

    ``send`` waits for the oldest send once ``in_flight_max`` are outstanding, so memory stays bounded under
    load. ``flush`` waits for all and raises :class:`BrokerUnavailable` if any send failed; the caller then
    redoes everything it sent since its last successful flush (nothing of it was committed).

    With ``renew``, a producer whose delivery failed is replaced by ``renew()`` before the next send: an
    idempotent producer whose broker restarted stays broken for good (its producer id is unknown there), and a
    fresh one costs little. While ``renew`` fails (the broker is still away) sends raise BrokerUnavailable.
    Thread-safe: the poller's workers share one publisher. No wait lasts longer than ``wait_max_s`` (give it the
    delivery timeout and a margin): a producer stuck on a broker that restarted would otherwise hold its caller
    (and the caller's consumer group membership) for as long as kafka-python's flush is willing to wait.
    """

    def __init__(
        self,
        producer: KafkaProducer,
        in_flight_max: int,
        max_message_bytes: int = 8 * 1024 * 1024,
        renew: ProducerFactory | None = None,
        wait_max_s: float = 120.0,
    ) -> None:
        self._producer = producer
        self._wait_max_s = wait_max_s  # longest wait for acknowledgements: past it the broker counts as away
        self._renew = renew
        self._generation = 0  # which producer: futures of an older one do not make the current one stale
        self._stale = False
        self._lock = threading.Lock()
        self._in_flight: deque[FutureRecordMetadata] = deque()
        self._max = in_flight_max
        # room for the key, the headers and the record overhead in a dead letter that must fit the topic
        self._dead_letter_value_max = max(1024, max_message_bytes - 64 * 1024)

    @property
    def renewals(self) -> int:
        """How many times the producer was replaced."""
        return self._generation

    def send(
        self, topic: str, key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]] | None = None
    ) -> FutureRecordMetadata:
        """Queue one record; returns its future (``.get()`` waits for the broker's acknowledgement)."""
        while (oldest := self._oldest_if_full()) is not None:
            self._wait(oldest, self._wait_max_s)
        producer, generation = self._current()
        try:
            future: FutureRecordMetadata = producer.send(topic, key=key, value=value, headers=headers or [])
        except KafkaError as exc:
            self._failed(generation)
            raise BrokerUnavailable(f"send to {topic} failed: {exc}") from exc
        future.add_errback(self._on_error, generation)
        future.add_callback(self._on_ack, generation)
        with self._lock:
            self._in_flight.append(future)
        return future

    def flush(self, timeout_s: float | None = None) -> None:
        """Wait until every queued record is acknowledged by the broker (at most ``timeout_s``, default
        ``wait_max_s``); raises BrokerUnavailable if one failed or the time ran out."""
        timeout_s = self._wait_max_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + timeout_s
        with self._lock:
            producer, generation = self._producer, self._generation
        try:
            producer.flush(timeout=timeout_s)
        except KafkaError as exc:
            self._failed(generation)
            self._forget_in_flight()
            raise BrokerUnavailable(f"flush failed: {exc}") from exc
        while (oldest := self._oldest()) is not None:
            self._wait(oldest, max(0.1, deadline - time.monotonic()))

    def confirm(self, future: FutureRecordMetadata, timeout_s: float | None = None) -> RecordMetadata:
        """Wait for one record's acknowledgement (at most ``timeout_s``, default ``wait_max_s``); raises
        BrokerUnavailable if it failed, did not come in time, or came without an offset (nothing was stored)."""
        try:
            metadata: RecordMetadata = future.get(timeout=self._wait_max_s if timeout_s is None else timeout_s)
        except KafkaError as exc:
            raise BrokerUnavailable(f"record not acknowledged: {exc}") from exc
        if not stored(metadata):
            self._unstored()
            raise BrokerUnavailable(f"record acknowledged without an offset (not stored) in {metadata.topic}")
        return metadata

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
        _close_producer(self._producer, timeout_s)

    def _current(self) -> tuple[KafkaProducer, int]:
        """The producer to send with, replacing a stale one first (raises BrokerUnavailable if that fails)."""
        with self._lock:
            old = None
            if self._stale and self._renew is not None:
                fresh = self._renew()  # raises while the broker is away: the old one stays, still stale
                old, self._producer = self._producer, fresh
                self._generation += 1
                self._stale = False
            current = (self._producer, self._generation)
        if old is not None:
            log.warning("producer replaced after a failed delivery", extra={"renewals": current[1]})
            _close_producer(old, 0)  # its unsent records fail now; their senders redo them
        return current

    def _failed(self, generation: int) -> None:
        with self._lock:
            if generation == self._generation and self._renew is not None:
                self._stale = True

    def _on_error(self, generation: int, _exc: BaseException) -> None:
        self._failed(generation)  # runs on the producer's I/O thread

    def _on_ack(self, generation: int, metadata: RecordMetadata) -> None:
        if not stored(metadata):  # taken for a duplicate of another producer's records: this producer is done
            self._failed(generation)

    def _unstored(self) -> None:
        """A waiter saw an acknowledgement without an offset: replace the producer before the next send, without
        waiting for :meth:`_on_ack` on the I/O thread (at worst a producer sent after it is replaced too)."""
        with self._lock:
            generation = self._generation
        self._failed(generation)

    def _oldest_if_full(self) -> FutureRecordMetadata | None:
        with self._lock:
            return self._in_flight.popleft() if len(self._in_flight) >= self._max else None

    def _oldest(self) -> FutureRecordMetadata | None:
        with self._lock:
            return self._in_flight.popleft() if self._in_flight else None

    def _forget_in_flight(self) -> None:
        """After a failure the caller redoes everything since its last flush: older futures need no waiting."""
        with self._lock:
            self._in_flight.clear()

    def _wait(self, future: FutureRecordMetadata, timeout_s: float) -> None:
        try:
            self.confirm(future, timeout_s)
        except BrokerUnavailable:
            self._forget_in_flight()
            raise


def stored(metadata: RecordMetadata) -> bool:
    """Whether an acknowledgement (``acks=all``) says where the record was stored. A broker that took the record
    for a duplicate of another producer's (a reused producer id after it restarted) answers with offset -1."""
    offset: int = metadata.offset
    return offset >= 0


def _close_producer(producer: KafkaProducer, timeout_s: float) -> None:
    """Close a producer, flushing for at most ``timeout_s``; never raises. With 0, pending records fail at once."""
    try:
        if timeout_s > 0:
            producer.close(timeout=timeout_s)
            return
    except KafkaError as exc:
        # kafka-python's close() raises when its flush times out and leaves the sender running
        log.warning("producer closed with records unsent", extra={"error": str(exc)})
    # stop the sender without sending (it aborts the pending batches, failing their futures), then close, which
    # now flushes nothing
    sender = getattr(producer, "_sender", None)
    if sender is not None:
        sender.force_close()
        sender.join(5)
    with contextlib.suppress(KafkaError):
        producer.close(timeout=0)
