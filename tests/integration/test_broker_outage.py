"""The broker restarts and comes back empty on the same address: producers are replaced, consumers find the new log,
and in the whole pipeline (a 30 s outage mid-run; slow, about a minute) ``newsflow reconcile`` recovers what the
broker lost."""

from __future__ import annotations

import time

import pytest
from kafka import KafkaConsumer, KafkaProducer
from kafka.structs import TopicPartition

from newsflow import bus
from newsflow.broker import EmbeddedBroker, free_port
from newsflow.errors import BrokerUnavailable
from newsflow.settings import Settings
from tests.conftest import SettingsFactory

N = 300
FEEDS = 10
OUTAGE_S = 30


def values(settings: Settings, expected: int, guard: bool, consumer: KafkaConsumer, timeout_s: float) -> list[bytes]:
    """Poll (with a LogGuard's check after each poll, if asked) until ``expected`` distinct values came or time ran
    out; every value received, repeats included (a reset may deliver some twice)."""
    log_guard = bus.LogGuard(consumer) if guard else None
    seen: list[bytes] = []
    deadline = time.monotonic() + timeout_s
    while len(set(seen)) < expected and time.monotonic() < deadline:
        polled = bus.poll_records(consumer, 300)
        if log_guard is not None:
            log_guard.check()
        seen += [record.value for records in polled.values() for record in records]
    return seen


def test_a_publisher_replaces_its_dead_producer_after_a_broker_restart(make_settings: SettingsFactory) -> None:
    broker = EmbeddedBroker(port=free_port()).start()
    try:
        settings = make_settings(kafka_bootstrap=broker.bootstrap, kafka_delivery_timeout_ms=3_000, topic_partitions=1)
        bus.ensure_topics(settings)

        def renew() -> KafkaProducer:
            bus.ensure_topics_quietly(settings)
            return bus.make_producer(settings, "test")

        publisher = bus.Publisher(bus.make_producer(settings, "test"), 10, renew=renew, wait_max_s=8)
        publisher.send(settings.articles_topic, b"k", b"before")
        publisher.flush()
        broker.stop()
        broker.start()  # the broker forgot the producer's id: that idempotent producer can never send again
        failures = 0
        for _attempt in range(3):
            try:
                publisher.send(settings.articles_topic, b"k", b"after")
                publisher.flush()
                break
            except BrokerUnavailable:
                failures += 1
        else:
            pytest.fail("no record delivered in three attempts after the restart")
        assert publisher.renewals == failures >= 1
        consumer = bus.make_consumer(settings, "test", [settings.articles_topic])
        try:
            assert values(settings, 1, False, consumer, 30) == [b"after"]  # the topic was re-created empty
        finally:
            consumer.close(autocommit=False)
        publisher.close()
    finally:
        broker.stop()


def test_a_consumer_past_the_end_of_a_lost_log_reads_the_new_log_from_its_beginning(
    make_settings: SettingsFactory,
) -> None:
    """A consumer that does not rejoin a group (here one with assigned partitions; on Kafka, any consumer whose
    topic was deleted and created again) keeps its position: past the end of the new log it would wait for ever,
    or skip the new log's first records once it grew past that position."""
    broker = EmbeddedBroker(port=free_port()).start()
    try:
        settings = make_settings(kafka_bootstrap=broker.bootstrap, topic_partitions=1)
        bus.ensure_topics(settings)
        partition = TopicPartition(settings.articles_topic, 0)

        def produce(prefix: str, n: int) -> None:
            producer = bus.make_producer(settings, "test")
            for i in range(n):
                producer.send(partition.topic, f"{prefix}-{i}".encode(), partition=0)
            producer.flush()
            producer.close()

        produce("old", 10)
        consumer = KafkaConsumer(**bus.client_config(settings, "test"), group_id=None, enable_auto_commit=False)
        consumer.assign([partition])
        consumer.seek_to_beginning(partition)
        try:
            assert len(values(settings, 10, True, consumer, 30)) == 10  # now at position 10
            broker.stop()
            broker.start()
            bus.ensure_topics(settings)
            produce("new", 5)  # the new log ends at 5, before the consumer's position
            got = values(settings, 5, True, consumer, 30)
            produce("new", 15)  # new-0 .. new-14 again: offsets 5 .. 19
            got += values(settings, 15, True, consumer, 30)
        finally:
            consumer.close(autocommit=False)
    finally:
        broker.stop()
    assert set(got) == {f"new-{i}".encode() for i in range(15)}
    assert got[:5] == [f"new-{i}".encode() for i in range(5)]
