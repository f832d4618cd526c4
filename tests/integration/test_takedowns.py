"""Takedowns: `newsflow articles delete` erases an article (or a source) and it is never ingested or stored again."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from ingest.poller import FeedPoller
from ingest.registry import add_feed
from newsflow import bus
from newsflow.cli import main
from newsflow.cli.services import build_poller
from newsflow.contracts import ArticleV1, Claim, ClaimsV1, Extractor, Speaker, claim_id_for
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, ClaimSet, Feed, SeenEntry, SimhashBand, Takedown, utcnow
from newsflow.db.models import Claim as ClaimRow
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from newsflow.simhash import simhash, to_hex
from newsflow.takedowns import load
from sinks.service import DatabaseSink
from sinks.store import store_batch
from tests.conftest import SettingsFactory
from tests.factories import NOW, make_article
from tests.httpserver import LocalServer, Page, serve
from tests.integration.generated_site import article_html, feed_xml
from tests.integration.helpers import counts, running, wait_for
from tests.integration.test_faults import read_dead_letters
from tests.unit.test_simhash import STORY

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
Cli = Callable[..., tuple[int, dict[str, object]]]


@pytest.fixture
def sessions(migrated_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(migrated_url)
    yield make_sessionmaker(engine)
    engine.dispose()


@pytest.fixture
def cli(migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``newsflow ...`` in process against this test's database; returns (exit code, parsed JSON output)."""
    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", migrated_url)

    def run(*argv: str) -> tuple[int, dict[str, object]]:
        capsys.readouterr()
        code = main(list(argv))
        out = capsys.readouterr().out.strip()
        return code, json.loads(out.splitlines()[-1]) if code == 0 else {}

    return run


def claims_of(article: ArticleV1, version: str = "0.5.0") -> ClaimsV1:
    sentence = article.text.split(". ")[0]
    return ClaimsV1(
        article_id=article.article_id,
        text_sha256=article.text_sha256,
        extractor=Extractor(name="newsflow-claims", version=version),
        extracted_at=NOW,
        claims=[
            Claim(
                claim_id=claim_id_for(article.article_id, 0, len(sentence), sentence),
                text=sentence,
                start=0,
                end=len(sentence),
                sentence_index=0,
                attribution="indirect",
                speaker=Speaker(name="Jane Roe", kind="person"),
                cue="said",
                checkworthiness=0.5,
            )
        ],
    )


def on(host: str, text: str, path: str) -> ArticleV1:
    article = make_article(text, f"https://{host}{path}")
    signature = simhash(text)
    return article.model_copy(update={"source": host, "simhash": None if signature is None else to_hex(signature)})


def rows(sessions: sessionmaker[Session], model: type, article_id: str) -> int:
    with sessions() as session:
        return int(
            session.execute(
                select(func.count()).select_from(model).where(model.article_id == article_id)  # type: ignore[attr-defined]
            ).scalar_one()
        )


# --- the CLI on stored data (no broker) ---------------------------------------------------------------------------


def test_a_source_takedown_erases_its_articles_and_re_marks_their_copies(
    sessions: sessionmaker[Session], cli: Cli
) -> None:
    original = on("a.example", STORY, "/story")
    copy = on("b.example", STORY, "/copy")  # stored later: an exact copy of the original
    other = on("b.example", "Minister Jane Roe said taxes will rise. The budget passed.", "/other")
    with sessions.begin() as session:
        store_batch(session, [original], [claims_of(original)], NOW)
    with sessions.begin() as session:
        store_batch(session, [copy, other], [claims_of(copy), claims_of(other)], NOW + timedelta(seconds=5))
    with sessions() as session:
        assert session.get(Article, copy.article_id).duplicate_of == original.article_id  # type: ignore[union-attr]

    code, result = cli("articles", "delete", "--source", "WWW.A.Example", "--reason", "publisher request")
    assert code == 0
    assert result == {
        "kind": "source",
        "value": "a.example",
        "articles": 1,
        "claim_sets": 1,
        "claims": 1,
        "seen_entries": 0,
    }
    for model in (Article, ClaimSet, ClaimRow, SimhashBand):
        assert rows(sessions, model, original.article_id) == 0
    with sessions() as session:
        survivor = session.get(Article, copy.article_id)
        assert survivor is not None
        assert (survivor.duplicate_of, survivor.duplicate_kind) == (None, None)  # its original is gone
        assert session.get(Article, other.article_id) is not None
        takedowns = {(t.kind, t.value, t.reason) for t in session.execute(select(Takedown)).scalars()}
    assert takedowns == {
        ("source", "a.example", "publisher request"),
        ("url", original.canonical_url, "publisher request"),  # so claims still in flight are refused by id
    }
    assert rows(sessions, ClaimRow, copy.article_id) == 1

    # messages still in flight for the source are refused by the sink's writes, and counted
    late = on("a.example", "A different story from the same host. It was published later.", "/late")
    with sessions.begin() as session:
        stored = store_batch(session, [original, late], [claims_of(original), claims_of(late)], NOW, load(session))
    assert (stored.refused_articles, stored.refused_claim_sets, stored.written.articles) == (2, 2, 0)
    assert rows(sessions, Article, late.article_id) == 0
    assert rows(sessions, ClaimSet, late.article_id) == 0


def test_a_url_takedown_names_the_article_by_any_of_its_urls(sessions: sessionmaker[Session], cli: Cli) -> None:
    article = on("news.example", "Jane Roe said the port will close. Workers object.", "/port-closes")
    with sessions.begin() as session:
        store_batch(session, [article], [claims_of(article)], NOW)
    code, result = cli("articles", "delete", "--url", "HTTPS://News.Example/port-closes?utm_source=x#top")
    assert code == 0
    assert (result["kind"], result["value"], result["articles"], result["claims"]) == (
        "url",
        "https://news.example/port-closes",
        1,
        1,
    )
    assert rows(sessions, Article, article.article_id) == 0
    code, _ = cli("articles", "delete", "--url", "ftp://news.example/x")
    assert code == 2


# --- the poller never fetches it again ----------------------------------------------------------------------------


@contextmanager
def poller(settings: Settings) -> Iterator[FeedPoller]:
    with ExitStack() as stack:
        built = build_poller(settings, stack)
        assert isinstance(built, FeedPoller)
        yield built


def second_feed(server: LocalServer, n: int) -> bytes:
    """Another feed listing the same links under other guids."""
    return feed_xml(server.url(""), n).replace(b"<guid>budget-", b"<guid>other-")


def test_a_deleted_article_is_erased_and_a_re_poll_never_fetches_it_again(
    migrated_url: str, sessions: sessionmaker[Session], make_settings: SettingsFactory, cli: Cli
) -> None:
    settings = make_settings(migrated_url)
    with serve({}) as server, poller(settings) as p:
        for i in range(3):
            server.routes[f"/a/{i}"] = Page(body=article_html(i).encode())
        server.routes["/feed.xml"] = Page(body=feed_xml(server.url(""), 3), headers=RSS)
        with sessions.begin() as session:
            first = add_feed(session, server.url("/feed.xml"), 60).id
        with running(settings, "claims", "sink"):
            p.poll_due(StopFlag())
            wait_for(lambda: counts(migrated_url)[:2] == (3, 3), 90, "three articles and their claims")
        victim = server.url("/a/1")
        with sessions() as session:
            victim_id = session.execute(select(Article.article_id).where(Article.url == victim)).scalar_one()
        assert rows(sessions, ClaimRow, victim_id) > 0

        code, result = cli("articles", "delete", "--url", victim)
        assert code == 0
        assert (result["articles"], result["claim_sets"], result["seen_entries"]) == (1, 1, 1)
        for model in (Article, ClaimSet, ClaimRow, SimhashBand):
            assert rows(sessions, model, victim_id) == 0
        assert counts(migrated_url)[:2] == (2, 2)

        # the same feed again, and a second feed listing the same links under new guids
        server.routes["/feed2.xml"] = Page(body=second_feed(server, 3), headers=RSS)
        with sessions.begin() as session:
            second = add_feed(session, server.url("/feed2.xml"), 60).id
            session.execute(update(Feed).values(next_poll_at=utcnow() - timedelta(seconds=1)))
        server.requests.clear()
        published = p.published
        p.poll_due(StopFlag(), force=True)
        assert p.published == published
        requested = [path for path, _ in server.requests]
        assert "/feed2.xml" in requested
        assert [path for path in requested if path.startswith("/a/")] == []  # no page fetched: /a/1 least of all
    with sessions() as session:
        entries = {
            (feed_id, url.rsplit("/", 1)[1]): (status, reason)
            for feed_id, url, status, reason in session.execute(
                select(SeenEntry.feed_id, SeenEntry.url, SeenEntry.status, SeenEntry.reason)
            )
        }
    assert entries[(first, "1")] == ("skipped", "takedown")  # re-marked by the delete
    assert entries[(second, "1")] == ("skipped", "takedown")  # blocked before any fetch
    assert entries[(second, "0")] == ("skipped", f"already fetched through feed {first}")
    assert counts(migrated_url)[:2] == (2, 2)


# --- the sink refuses what was in flight --------------------------------------------------------------------------


def publish(settings: Settings, *messages: ArticleV1 | ClaimsV1) -> None:
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 100)
    for message in messages:
        topic = settings.articles_topic if isinstance(message, ArticleV1) else settings.claims_topic
        publisher.send(topic, message.article_id.encode(), message.encode())
    publisher.flush()
    publisher.close()


def test_messages_in_flight_after_a_delete_are_refused_counted_and_not_dead_lettered(
    migrated_url: str, sessions: sessionmaker[Session], make_settings: SettingsFactory, cli: Cli
) -> None:
    settings = make_settings(migrated_url, topic_partitions=2)
    bus.ensure_topics(settings)
    victim = on("news.example", "Jane Roe said the bridge will close. Drivers object.", "/bridge")
    bystander = on("news.example", "Tom Ashworth said the ferry will run. Islanders cheer.", "/ferry")
    tainted = on("tainted.example", "Ade Okafor said the mine will reopen. Unions object.", "/mine")
    with running(settings, "sink") as services:
        sink = services["sink"]
        assert isinstance(sink, DatabaseSink)
        publish(settings, victim, claims_of(victim), claims_of(tainted))  # tainted's claims come before it
        wait_for(lambda: counts(migrated_url)[:2] == (1, 2), 60, "the victim and two claim sets")

        assert cli("articles", "delete", "--url", victim.canonical_url)[0] == 0
        assert cli("articles", "delete", "--source", "tainted.example")[0] == 0
        assert (
            rows(sessions, ClaimSet, tainted.article_id) == 1
        )  # its article is unknown yet: nothing says it is tainted

        # redelivered / still in flight: the victim and its re-extraction, the tainted article, the bystander
        publish(settings, victim, claims_of(victim, "0.6.0"), tainted, bystander, claims_of(bystander))
        wait_for(lambda: rows(sessions, Article, bystander.article_id) == 1 and sink.records == 8, 60, "the batch")
        publish(settings, claims_of(tainted, "0.6.0"))  # after the tainted article was refused: refused by id
        wait_for(lambda: sink.records == 9, 60, "the late claims")
    assert (sink.refused_articles, sink.refused_claim_sets) == (2, 2)
    for article in (victim, tainted):
        for model in (Article, ClaimSet, ClaimRow):
            assert rows(sessions, model, article.article_id) == 0  # the tainted claims stored first were erased
    assert counts(migrated_url)[:2] == (1, 1)  # the bystander and its claims
    with sessions() as session:
        assert (
            session.execute(select(Takedown).where(Takedown.value == tainted.canonical_url)).scalar_one().kind == "url"
        )
    assert read_dead_letters(settings, expected=1, timeout_s=3) == []  # refused, not dead-lettered
