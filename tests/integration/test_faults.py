"""Bad input and outages end in a typed, recorded outcome, and nothing is lost."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from kafka import ConsumerRebalanceListener, KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from ingest.registry import add_feed
from newsflow import bus
from newsflow.contracts import (
    MAX_MESSAGE_BYTES,
    ArticleV1,
    Claim,
    ClaimsV1,
    DeadLetter,
    Extractor,
    Speaker,
    claim_id_for,
)
from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Feed, FeedPoll, SeenEntry
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from sinks.service import DatabaseSink
from tests.conftest import SettingsFactory
from tests.factories import NOW, make_article
from tests.httpserver import Page, serve
from tests.integration.faultkit import http_get, metric, service_processes, site_routes
from tests.integration.helpers import counts, pipeline_state, running, wait_for
from tests.tcpproxy import TcpProxy

DB_OUTAGE_S = 30


def read_dead_letters(settings: Settings, expected: int, timeout_s: float = 30) -> list[DeadLetter]:
    consumer = KafkaConsumer(
        settings.dlq_topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    letters: list[DeadLetter] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(letters) < expected and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                letters += [DeadLetter.from_record(r.key, r.value, r.headers) for r in records]
    finally:
        consumer.close()
    return letters


def test_poison_messages_go_to_the_dead_letter_topic_and_the_stream_goes_on(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url)
    bus.ensure_topics(settings)
    good = [make_article(f"Minister Jane Roe said taxes will rise by {i}%.", f"https://e.com/{i}") for i in range(3)]
    wrong_shape = b'{"schema": "article/1", "title": 5}'
    poison = [b"\xff\xfe\x00 not json", wrong_shape]
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    publisher.send(settings.articles_topic, b"p0", poison[0])
    for article in good[:2]:
        publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
    publisher.send(settings.articles_topic, b"p1", poison[1])
    publisher.send(settings.claims_topic, b"p2", b"[]")  # a claims message of the wrong shape, for the sink
    publisher.send(settings.articles_topic, good[2].article_id.encode(), good[2].encode())
    publisher.flush()
    publisher.close()
    with running(settings, "claims", "sink"):
        wait_for(lambda: counts(migrated_url)[:2] == (3, 3), 60, "the good articles and their claims")
    letters = read_dead_letters(settings, expected=5)
    # the two poison articles fail in both consumers of news.articles; the bad claims message only in the sink
    assert sorted((d.stage, d.source_topic) for d in letters) == sorted(
        [("claims", settings.articles_topic)] * 2
        + [("sink", settings.articles_topic)] * 2
        + [("sink", settings.claims_topic)]
    )
    assert {d.value for d in letters} == {*poison, b"[]"}
    assert all(d.error and d.source_offset >= 0 for d in letters)
    assert any("not UTF-8" in d.error for d in letters)


def test_an_extractor_crash_dead_letters_the_article(migrated_url: str, make_settings: SettingsFactory) -> None:
    from processors.claims import EXTRACTOR
    from processors.service import ClaimsProcessor

    settings = make_settings(migrated_url)
    bus.ensure_topics(settings)
    articles = [make_article("CRASH here.", "https://e.com/x"), make_article("Fine text said he.", "https://e.com/y")]
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    for article in articles:
        publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
    publisher.flush()

    class Crashing:
        extractor = EXTRACTOR

        def extract(self, text: str, article_id: str) -> list[Claim]:
            if "CRASH" in text:
                raise RuntimeError("extractor bug")
            return []

    consumer = bus.make_consumer(settings, "claims", [settings.articles_topic])
    processor = ClaimsProcessor(settings, consumer, publisher, [Crashing()])
    deadline = time.monotonic() + 30
    while processor.processed < 2 and time.monotonic() < deadline:
        records = [r for batch in consumer.poll(timeout_ms=500).values() for r in batch]
        if records:
            processor.process(records)
    consumer.close()
    publisher.close()
    (letter,) = read_dead_letters(settings, expected=1)
    assert letter.error == "extraction failed in newsflow-claims: RuntimeError: extractor bug"
    assert ArticleV1.decode(letter.value) == articles[0]


def test_a_broken_feed_is_recorded_as_a_parse_error_and_backs_off(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url)
    routes = {"/empty": Page(body=b"", headers={"Content-Type": "application/rss+xml"}), "/gone": Page(status=404)}
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with serve(routes) as server, running(settings, "poll") as services:
        with sessions.begin() as session:
            for path in routes:
                add_feed(session, server.url(path), 60)
        wait_for(lambda: len(_polls(sessions)) >= 2, 30, "both feeds polled")
        assert services["poll"] is not None
    polls = {p.feed_id: p for p in _polls(sessions)}
    with sessions() as session:
        feeds = {f.url.rsplit("/", 1)[1]: f for f in session.execute(select(Feed)).scalars()}
    assert polls[feeds["empty"].id].status == "error_parse"
    assert polls[feeds["gone"].id].status == "error_http_status"
    assert polls[feeds["gone"].id].http_status == 404
    for feed in feeds.values():
        assert feed.error_count == 1
        assert feed.next_poll_at > feed.last_polled_at  # backed off, not hammered
    engine.dispose()


def _polls(sessions: object) -> list[FeedPoll]:
    with sessions() as session:  # type: ignore[operator]
        return list(session.execute(select(FeedPoll)).scalars())


class AssignmentLog(ConsumerRebalanceListener):  # type: ignore[misc]
    """Counts the group's assignments to this member: one means it was never evicted nor rebalanced."""

    def __init__(self) -> None:
        self.assignments = 0

    def on_partitions_revoked(self, revoked: object) -> None:
        return

    def on_partitions_assigned(self, assigned: object) -> None:
        self.assignments += 1


def committed(settings: Settings) -> int:
    """How many records the sink's group has committed, over every partition."""
    admin = KafkaAdminClient(**bus.client_config(settings, "test-admin"))
    try:
        offsets = admin.list_group_offsets({settings.group("sink"): None})[settings.group("sink")]
    finally:
        admin.close()
    return sum(max(0, meta.offset) for meta in offsets.values())


def with_claims(texts: list[str], start: int) -> list[ArticleV1 | ClaimsV1]:
    """Articles, each followed by a claims message of one claim."""
    messages: list[ArticleV1 | ClaimsV1] = []
    for i, body in enumerate(texts, start):
        article = make_article(body, f"https://e.com/{i}")
        claim = Claim(
            claim_id=claim_id_for(article.article_id, 0, len(body), body),
            text=body,
            start=0,
            end=len(body),
            sentence_index=0,
            attribution="indirect",
            speaker=Speaker(name="Jane Roe", kind="person"),
            cue="said",
            checkworthiness=0.5,
        )
        extractor = Extractor(name="newsflow-claims", version="0.5.0")
        messages += [
            article,
            ClaimsV1(
                article_id=article.article_id,
                text_sha256=article.text_sha256,
                extractor=extractor,
                extracted_at=NOW,
                claims=[claim],
            ),
        ]
    return messages


def test_sink_survives_a_database_outage_without_loss(pg_url: str, make_settings: SettingsFactory) -> None:
    """The database is cut while the sink consumes: it stops consuming, keeps its offsets, stays in its group
    (paused, still polling) for longer than the group would wait for a silent member, retries with backoff, and
    once the database is back every message is stored exactly once."""
    real = make_url(pg_url)
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    engine.dispose()
    proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
    via_proxy = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    settings = make_settings(via_proxy, batch_max_records=5, topic_partitions=3)
    bus.ensure_topics(settings)
    before = with_claims([f"Jane Roe said text {i} is true." for i in range(10)], 0)
    during = with_claims([f"Jane Roe said text {i} is true." for i in range(10, 25)], 10)
    # a member that does not poll for max_poll_interval_ms is dropped from its group (its heartbeats do not help):
    # 6 s here, so the 12 s outage below would evict a sink that slept through its retries instead of polling
    consumer = KafkaConsumer(
        **bus.client_config(settings, "newsflow-sink"),
        group_id=settings.group("sink"),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=6_000,
        heartbeat_interval_ms=1_000,
        max_poll_interval_ms=6_000,
        max_poll_records=settings.batch_max_records,
    )
    group = AssignmentLog()
    consumer.subscribe([settings.articles_topic, settings.claims_topic], listener=group)
    sink_engine = make_engine(via_proxy)
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    sink = DatabaseSink(settings, make_sessionmaker(sink_engine), consumer, publisher, retry_max_s=2.0)
    stop = StopFlag()
    thread = threading.Thread(target=sink.run, args=(stop,), daemon=True)
    thread.start()
    try:
        send(publisher, settings, before)
        wait_for(lambda: sink.records == 20, 60, "the first articles and claims")
        assert counts(pg_url) == (10, 10, 10)
        assert committed(settings) == 20
        proxy.cut()
        send(publisher, settings, during)
        wait_for(lambda: sink.db_retries >= 1, 60, "a batch to meet the outage")  # mid-consumption
        time.sleep(12)  # twice the session timeout and the poll interval
        assert counts(pg_url) == (10, 10, 10)  # nothing written
        assert committed(settings) == 20  # offsets kept where the last stored batch left them
        assert sink.records == 20
        assert sink.db_retries >= 3  # retried, with backoff
        proxy.restore()
        wait_for(lambda: sink.records == 50, 60, "the messages sent during the outage")
    finally:
        stop.set()
        thread.join(30)
        proxy.close()
        consumer.close(autocommit=False)
        publisher.close()
        sink_engine.dispose()
    assert not thread.is_alive()
    assert counts(pg_url) == (25, 25, 25)  # every message stored
    assert sink.records == 50  # and handled once: no batch was written twice
    assert committed(settings) == 50
    assert group.assignments == 1  # never evicted, never rebalanced


def send(publisher: bus.Publisher, settings: Settings, messages: list[ArticleV1 | ClaimsV1]) -> None:
    for message in messages:
        topic = settings.articles_topic if isinstance(message, ArticleV1) else settings.claims_topic
        publisher.send(topic, message.article_id.encode(), message.encode())
    publisher.flush()


def test_a_huge_message_is_dead_lettered_cut_to_fit_and_the_stream_goes_on(
    sqlite_url: str, make_settings: SettingsFactory
) -> None:
    """A well-formed article of 9 MiB: over the contract's limit (8 MiB, ``MAX_MESSAGE_BYTES``) and over what the
    services accept (``kafka_max_request_size`` 4 MiB here). Both consumers of news.articles dead-letter it with the
    reason, cut to fit the dead-letter topic (``truncated_from`` keeps its size); the articles around it go on."""
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    engine.dispose()
    limit = 4 * 1024 * 1024
    settings = make_settings(sqlite_url, http_max_bytes=1024 * 1024, kafka_max_request_size=limit, topic_partitions=1)
    bus.ensure_topics(settings)
    words = "Minister Jane Roe said taxes will rise. " * (9 * 1024 * 1024 // 40 + 1)
    huge = make_article(words, "https://e.com/huge")
    raw = huge.encode()
    assert len(raw) > MAX_MESSAGE_BYTES > limit
    before, after = (make_article(f"Jane Roe said text {i} is true.", f"https://e.com/{i}") for i in range(2))
    producer = KafkaProducer(  # a producer that lets it through, as a misconfigured or hostile one would
        **bus.client_config(settings, "test"), acks="all", max_request_size=4 * limit
    )
    for article, value in ((before, before.encode()), (huge, raw), (after, after.encode())):
        producer.send(settings.articles_topic, key=article.article_id.encode(), value=value).get(timeout=60)
    producer.close()
    with running(settings, "claims", "sink"):
        wait_for(lambda: counts(sqlite_url)[:2] == (2, 2), 60, "the articles around the huge one, with claims")
    letters = read_dead_letters(settings, expected=2, timeout_s=60)
    assert sorted(letter.stage for letter in letters) == ["claims", "sink"]
    for letter in letters:
        assert letter.error == f"ArticleV1: message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}"
        assert letter.truncated_from == len(raw)
        assert letter.value is not None
        assert 0 < len(letter.value) < limit
        assert raw.startswith(letter.value)
        assert letter.key == huge.article_id.encode()


@pytest.mark.slow
def test_services_ride_out_a_database_outage_and_resume_where_they_were(
    pg_url: str, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    """PostgreSQL refuses connections for 30 s while poll, claims and sink run as processes: the services that use
    it say so on /readyz (503, database failing), none dies, the sink's committed offsets do not move, and once the
    database is back every article and its claims are stored, once. Slow: about a minute."""
    real = make_url(pg_url)
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
    via_proxy = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    n, feeds = 300, 10
    settings = make_settings(via_proxy, topic_partitions=2, site_learn_min_articles=10_000, poll_lease_s=10)
    sessions = make_sessionmaker(engine)  # straight to PostgreSQL, not through the proxy
    try:
        with serve({}) as site, service_processes(settings, tmp_path, "poll", "claims", "sink") as services:
            site.routes.update(site_routes(site.url(""), n, feeds))
            with sessions.begin() as session:
                for k in range(feeds):
                    add_feed(session, site.url(f"/feed/{k}.xml"), 3600)
            wait_for(lambda: counts(pg_url)[0] >= n // 4, 90, "a quarter of the articles stored")
            wait_for(lambda: all(s.ready() == 200 for s in services.values()), 30, "every service ready")
            proxy.cut()
            outage_ends = time.monotonic() + DB_OUTAGE_S
            wait_for(lambda: services["poll"].ready() == 503 and services["sink"].ready() == 503, 15, "not ready")
            for stage in ("poll", "sink"):
                status, body = http_get(services[stage].health_port, "/readyz")
                assert status == 503, (stage, body)
                assert "database" in json.loads(body)["failing"], (stage, body)
            assert services["claims"].ready() == 200  # it does not use the database
            time.sleep(3)  # a batch caught by the cut has failed by now
            kept = committed(settings)
            stored = counts(pg_url)
            time.sleep(max(0.0, outage_ends - time.monotonic()))
            assert committed(settings) == kept  # the sink's offsets stayed where they were
            assert counts(pg_url) == stored
            assert all(s.alive() for s in services.values()), "a service died during the outage"
            proxy.restore()
            wait_for(
                lambda: counts(pg_url)[:2] == (n, n),
                120,
                "every article and its claims",
                lambda: pipeline_state(pg_url),
            )
            wait_for(lambda: all(s.ready() == 200 for s in services.values()), 30, "every service ready again")
            assert all(s.alive() and s.starts == 1 for s in services.values()), "a service had to be restarted"
            failures = {
                stage: metric(s.metrics(), "newsflow_failures_total", reason="database_unavailable")
                for stage, s in services.items()
            }
    finally:
        proxy.close()
    assert failures["poll"] > 0, failures  # both met the outage and waited it out
    assert failures["sink"] > 0, failures
    with sessions() as session:
        statuses = dict(session.execute(select(SeenEntry.status, func.count()).group_by(SeenEntry.status)).all())
    assert statuses == {"fetched": n}
    assert counts(pg_url)[:2] == (n, n)
    engine.dispose()
