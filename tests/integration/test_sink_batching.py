"""The sink collects batches from the real broker by size, and by time since a batch's first record, and writes a
batch bigger than its write chunk whole, sending each dead letter once."""

from __future__ import annotations

import threading
from contextlib import ExitStack

from kafka.consumer.fetcher import ConsumerRecord

from newsflow import bus
from newsflow.cli.services import build_sink
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from sinks.service import WRITE_CHUNK, DatabaseSink
from tests.conftest import SettingsFactory
from tests.factories import make_article
from tests.integration.helpers import counts
from tests.integration.test_faults import read_dead_letters


def publish(settings: Settings, messages: list[tuple[bytes, bytes]]) -> None:
    """(key, value) pairs to the articles topic, acknowledged."""
    bus.ensure_topics(settings)
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 1_000)
    for key, value in messages:
        publisher.send(settings.articles_topic, key, value)
    publisher.flush()
    publisher.close()


def test_batches_close_at_the_size_limit_and_the_remainder_when_its_time_is_up(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url, batch_max_records=5, batch_max_ms=3_000, topic_partitions=3)
    articles = [make_article(f"Text {i}.", f"https://e.com/{i}") for i in range(12)]
    publish(settings, [(article.article_id.encode(), article.encode()) for article in articles])
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
    article = make_article("Text.", "https://e.com/only")
    publish(settings, [(article.article_id.encode(), article.encode())])
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


def test_a_batch_bigger_than_a_write_chunk_is_written_whole_and_a_retry_sends_no_dead_letter_twice(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    n = 2 * WRITE_CHUNK + 50
    poisoned = {7, WRITE_CHUNK + 30, n - 10}  # undecodable records in each of the three chunks
    settings = make_settings(migrated_url, batch_max_records=n, batch_max_ms=5_000, topic_partitions=1)
    articles = [make_article(f"Text {i}.", f"https://e.com/{i}") for i in range(n)]
    publish(
        settings,
        [(a.article_id.encode(), b"\xff not json" if i in poisoned else a.encode()) for i, a in enumerate(articles)],
    )
    stop = StopFlag()
    with ExitStack() as stack:
        sink = build_sink(settings, stack)
        assert isinstance(sink, DatabaseSink)
        records: list[ConsumerRecord] = []
        while len(records) < n:
            records += sink.collect(stop)
        lettered: set[tuple[str, int, int]] = set()
        first = sink._write(records, lettered)
        again = sink._write(records, lettered)  # what a retry does after the database failed under the batch
    assert (first.articles, first.dead, first.written.articles) == (n - 3, 3, n - 3)
    assert (again.articles, again.dead) == (n - 3, 3)  # decoded again, written idempotently
    assert sorted(offset for _, _, offset in lettered) == sorted(poisoned)
    letters = read_dead_letters(settings, expected=4, timeout_s=5)  # a fourth would be a letter sent twice
    assert sorted(letter.source_offset for letter in letters) == sorted(poisoned)
    assert counts(migrated_url)[0] == n - 3
