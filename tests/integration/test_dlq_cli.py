"""``newsflow dlq list|show|replay``: an article whose processing failed is inspected, re-driven after the fix,
and processed; a replayed letter is not replayed twice."""

from __future__ import annotations

import json
import time

import pytest
from kafka import KafkaConsumer, TopicPartition

from newsflow import bus
from newsflow.cli import main
from newsflow.contracts import ArticleV1, Claim, ClaimsV1, DeadLetter
from newsflow.dlq import REPLAY_HEADER
from newsflow.settings import Settings
from tests.conftest import SettingsFactory
from tests.factories import make_article
from tests.integration.helpers import export_settings, running, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(make_settings: SettingsFactory, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for this test (one partition per topic), also exported as NEWSFLOW_* for ``main``."""
    settings = make_settings(topic_partitions=1)
    export_settings(settings, monkeypatch)
    bus.ensure_topics(settings)
    return settings


def read_all(
    settings: Settings, topic: str, expected: int, timeout_s: float = 30
) -> list[tuple[bytes, dict[str, bytes]]]:
    """(value, headers) of the first ``expected`` records of a one-partition topic."""
    consumer = KafkaConsumer(**bus.client_config(settings, "test"), group_id=None, enable_auto_commit=False)
    consumer.assign([TopicPartition(topic, 0)])
    consumer.seek_to_beginning()
    found: list[tuple[bytes, dict[str, bytes]]] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(found) < expected and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=300).values():
                found += [(r.value, dict(r.headers)) for r in records]
    finally:
        consumer.close()
    return found


def fail_once(settings: Settings, article: ArticleV1) -> None:
    """Publish ``article`` and process it with an extractor that crashes, as a buggy release would."""
    from processors.claims import EXTRACTOR
    from processors.service import ClaimsProcessor

    class Crashing:
        extractor = EXTRACTOR

        def extract(self, text: str, article_id: str) -> list[Claim]:
            raise RuntimeError("extractor bug")

    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
    publisher.flush()
    consumer = bus.make_consumer(settings, "claims", [settings.articles_topic])
    processor = ClaimsProcessor(settings, consumer, publisher, [Crashing()])
    deadline = time.monotonic() + 30
    while processor.processed < 1 and time.monotonic() < deadline:
        records = [r for batch in consumer.poll(timeout_ms=300).values() for r in batch]
        if records:
            processor.process(records)  # dead-letters the article, then commits past it
    bus.close_consumer(consumer, 5)
    publisher.close()
    assert processor.dead == 1


def test_a_failed_article_is_listed_shown_replayed_once_and_then_processed(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    article = make_article("Minister Jane Roe said taxes will rise by 5% next year.", "https://e.com/replay")
    fail_once(settings, article)

    assert main(["dlq", "list", "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == "0:0"
    assert (listed["stage"], listed["source_topic"], listed["source_partition"], listed["source_offset"]) == (
        "claims",
        settings.articles_topic,
        0,
        0,
    )
    assert listed["reason"].endswith("RuntimeError: extractor bug")
    assert listed["size"] == len(article.encode())
    assert listed["replayed"] is False

    assert main(["dlq", "show", "0"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert ArticleV1.decode(shown["payload"].encode()) == article

    assert main(["dlq", "replay", "--reason-contains", "no such reason"]) == 0
    assert "replayed 0 letter(s)" in capsys.readouterr().out
    assert main(["dlq", "replay", "0:0"]) == 0
    assert f"replayed 0:0 -> {settings.articles_topic}:0:1" in capsys.readouterr().out

    original, replayed = read_all(settings, settings.articles_topic, expected=2)
    assert replayed[0] == original[0] == article.encode()
    assert replayed[1][REPLAY_HEADER] == f"{settings.dlq_topic}:0:0".encode()

    # the fixed release (the real extractor) now processes the replayed article: the group had committed past
    # the original record, so what it reads is the replay
    with running(settings, "claims"):
        wait_for(lambda: len(read_all(settings, settings.claims_topic, 1, timeout_s=1)) == 1, 60, "the claims")
    ((claims_raw, _),) = read_all(settings, settings.claims_topic, expected=1)
    claims = ClaimsV1.decode(claims_raw)
    assert claims.article_id == article.article_id
    assert claims.claims  # the quote was extracted
    assert len(read_all(settings, settings.dlq_topic, expected=2, timeout_s=3)) == 1  # nothing failed again

    # replayed letters are marked and never sent twice
    assert main(["dlq", "replay", "--all"]) == 0
    out = capsys.readouterr().out
    assert "skip 0:0: already replayed" in out
    assert "replayed 0 letter(s)" in out
    assert len(read_all(settings, settings.articles_topic, expected=3, timeout_s=3)) == 2
    assert main(["dlq", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{settings.dlq_topic}: 1 dead letter(s), 1 shown"
    assert lines[1].split() == ["ID", "TIME", "STAGE", "SOURCE", "SIZE", "REPLAYED", "REASON"]
    assert lines[2].split()[:7] == [
        "0:0",
        *lines[2].split()[1:3],
        "claims",
        f"{settings.articles_topic}:0:0",
        str(len(article.encode())),
        "yes",
    ]


def test_show_and_replay_refuse_unknown_letters(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    letter = DeadLetter(b"k", b"\xff not json", "not UTF-8", "sink", settings.claims_topic, 0, 7)
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 10)
    publisher.dead_letter(settings.dlq_topic, letter)
    publisher.flush()
    publisher.close()
    assert main(["dlq", "show", "0:5"]) == 1
    assert "no dead letter 0:5" in capsys.readouterr().err
    assert main(["dlq", "replay"]) == 2
    assert main(["dlq", "show", "0:0"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["payload_base64"] == "/yBub3QganNvbg=="
    assert (shown["stage"], shown["source_offset"]) == ("sink", 7)
