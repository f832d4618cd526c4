"""The sink collects batches from the real broker by size, and by time since a batch's first record."""

from __future__ import annotations

import threading
from contextlib import ExitStack

from kafka.consumer.fetcher import ConsumerRecord

from newsflow import bus
from newsflow.cli.services import build_sink
from newsflow.runtime import StopFlag
from sinks.service import DatabaseSink
from tests.conftest import SettingsFactory
from tests.factories import make_article


def test_batches_close_at_the_size_limit_and_the_remainder_when_its_time_is_up(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url, batch_max_records=5, batch_max_ms=3_000, topic_partitions=3)
    bus.ensure_topics(settings)
    articles = [make_article(f"Text {i}.", f"https://e.com/{i}") for i in range(12)]
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    for article in articles:
        publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
    publisher.flush()
    publisher.close()
    stop = StopFlag()
    with ExitStack() as stack:
        sink = build_sink(settings, stack)
        assert isinstance(sink, DatabaseSink)
        batches = [sink.collect(stop) for _ in range(3)]
    # two batches filled to the size limit; the last 2 records never fill one and are flushed by the clock
    assert [len(batch) for batch in batches] == [5, 5, 2]
    keys = sorted(record.key for batch in batches for record in batch)
    assert keys == sorted(article.article_id.encode() for article in articles)


def test_a_stop_returns_the_partial_batch_in_hand(migrated_url: str, make_settings: SettingsFactory) -> None:
    settings = make_settings(migrated_url, batch_max_records=50, batch_max_ms=600_000, topic_partitions=1)
    bus.ensure_topics(settings)
    article = make_article("Text.", "https://e.com/only")
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
    publisher.flush()
    publisher.close()
    with ExitStack() as stack:
        sink = build_sink(settings, stack)
        assert isinstance(sink, DatabaseSink)
        batch: list[ConsumerRecord] = []
        for _ in range(30):  # the group join takes a moment; each try polls for 2 s and is then stopped
            stop = StopFlag()
            timer = threading.Timer(2.0, stop.set)
            timer.start()
            batch = sink.collect(stop)
            timer.cancel()
            if batch:
                break
    # one record, far from the size limit and ten minutes from its deadline: only the stop flag closed the batch
    assert [record.key for record in batch] == [article.article_id.encode()]
