"""The production poller against a real local HTTP server: conditional GET, hints, backoff, moves, dedup, robots."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from typing import TypeVar

import pytest
from sqlalchemy import select, update

from ingest.poller import FeedPoller
from ingest.registry import add_feed
from newsflow.broker import EmbeddedBroker
from newsflow.cli.services import build_poller
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, Feed, FeedPoll, SeenEntry, utcnow
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from tests.conftest import SettingsFactory
from tests.httpserver import LocalServer, Page, serve
from tests.integration.generated_site import article_html, feed_xml
from tests.integration.helpers import counts, running, wait_for

T = TypeVar("T")
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


@contextmanager
def poller(settings: Settings) -> Iterator[FeedPoller]:
    with ExitStack() as stack:
        built = build_poller(settings, stack)
        assert isinstance(built, FeedPoller)
        yield built


def register(url: str, database_url: str, interval_s: int | None = None) -> int:
    engine = make_engine(database_url)
    with make_sessionmaker(engine).begin() as session:
        feed_id = add_feed(session, url, interval_s or 900, pinned=interval_s is not None).id
    engine.dispose()
    return feed_id


def make_due(database_url: str) -> None:
    engine = make_engine(database_url)
    with make_sessionmaker(engine).begin() as session:
        session.execute(update(Feed).values(next_poll_at=utcnow() - timedelta(seconds=1)))
    engine.dispose()


def feed_row(database_url: str, feed_id: int) -> Feed:
    engine = make_engine(database_url)
    with make_sessionmaker(engine)() as session:
        feed = session.get(Feed, feed_id)
        assert feed is not None
    engine.dispose()
    return feed


def all_rows(database_url: str, model: type[T]) -> list[T]:
    engine = make_engine(database_url)
    with make_sessionmaker(engine)() as session:
        rows = list(session.execute(select(model).order_by(model.id)).scalars())  # type: ignore[attr-defined]
    engine.dispose()
    return rows


def polls(database_url: str) -> list[FeedPoll]:
    return all_rows(database_url, FeedPoll)


def seen(database_url: str) -> list[SeenEntry]:
    return all_rows(database_url, SeenEntry)


def site(
    server: LocalServer, n: int, feed_path: str = "/feed.xml", headers: dict[str, str] | None = None, first: int = 0
) -> None:
    for i in range(first, first + n):
        server.routes[f"/a/{i}"] = Page(body=article_html(i).encode())
    server.routes[feed_path] = Page(body=feed_xml(server.url(""), n, first), headers={**RSS, **(headers or {})})


def test_conditional_get_304_and_unchanged_body_cost_nothing_more(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url)
    with serve({}) as server, poller(settings) as p:
        site(server, 2, headers={"ETag": '"v1"', "Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT"})
        site(server, 2, feed_path="/static.xml", headers={"ETag": '"never-changes"'}, first=10)

        def conditional(handler: BaseHTTPRequestHandler) -> None:
            if handler.headers.get("If-None-Match") == '"v1"':
                handler.send_response(304)
                handler.send_header("Content-Length", "0")
                handler.end_headers()
                return
            page = server.routes["/feed.xml.body"]
            assert isinstance(page, Page)
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            handler.send_header("ETag", '"v1"')
            handler.send_header("Content-Length", str(len(page.body)))
            handler.end_headers()
            handler.wfile.write(page.body)

        server.routes["/feed.xml.body"] = server.routes["/feed.xml"]
        server.routes["/feed.xml"] = conditional
        register(server.url("/feed.xml"), migrated_url)
        register(server.url("/static.xml"), migrated_url)
        p.poll_due(StopFlag())
        make_due(migrated_url)
        server.requests.clear()
        p.poll_due(StopFlag())
    statuses = sorted(poll.status for poll in polls(migrated_url)[2:])
    assert statuses == ["not_modified", "unchanged"]
    feed_requests = [(path, headers) for path, headers in server.requests if path.endswith(".xml")]
    assert len(feed_requests) == 2  # and no page was fetched again
    assert dict(feed_requests)["/feed.xml"]["if-none-match"] == '"v1"'


def test_retry_after_backoff_suspension_gone_and_moved(migrated_url: str, make_settings: SettingsFactory) -> None:
    hosts = ("busy", "broken", "gone", "old")  # one host each: a 429 slows down its whole host, by design
    resolve = ",".join(f"{h}.test.example=127.0.0.1" for h in hosts)
    settings = make_settings(migrated_url, poll_suspend_after=2, http_retries=0, http_resolve=resolve)
    routes = {
        "/busy.xml": Page(status=429, headers={"Retry-After": "7200"}),
        "/broken.xml": Page(status=500),
        "/gone.xml": Page(status=410),
        "/old.xml": Page(status=301, headers={"Location": "/new.xml"}),
    }
    with serve(routes) as server, poller(settings) as p:
        site(server, 1, feed_path="/new.xml")
        vhost = {path: server.url(path).replace("127.0.0.1", f"{path[1:-4]}.test.example") for path in routes}
        ids = {path: register(vhost[path], migrated_url) for path in routes}
        before = utcnow()
        p.poll_due(StopFlag())
        busy = feed_row(migrated_url, ids["/busy.xml"])
        assert busy.next_poll_at >= before + timedelta(seconds=7200 * 0.9)
        assert busy.failures_http == 1
        assert feed_row(migrated_url, ids["/gone.xml"]).enabled is False
        moved = feed_row(migrated_url, ids["/old.xml"])
        assert moved.url == vhost["/old.xml"].replace("/old.xml", "/new.xml")
        assert moved.last_success_at is not None
        broken = feed_row(migrated_url, ids["/broken.xml"])
        assert broken.error_count == 1
        assert not broken.suspended
        make_due(migrated_url)
        p.poll_due(StopFlag())
        broken = feed_row(migrated_url, ids["/broken.xml"])
        assert broken.suspended
        assert broken.next_poll_at >= utcnow() + timedelta(seconds=settings.poll_suspended_interval_s * 0.8)


def test_tracking_parameters_do_not_make_a_second_copy_across_feeds(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url)
    with serve({}) as server, poller(settings) as p:
        server.routes["/a/0"] = Page(body=article_html(0).encode())
        base = server.url("/a/0")
        for name, link in (("one", f"{base}?utm_source=rss&utm_medium=feed"), ("two", f"{base}?fbclid=xyz#top")):
            link = link.replace("&", "&amp;")
            body = f'<rss version="2.0"><channel><title>{name}</title><item><title>x</title><link>{link}</link>'
            body += f"<guid>{name}-guid</guid></item></channel></rss>"
            server.routes[f"/{name}.xml"] = Page(body=body.encode(), headers=RSS)
            register(server.url(f"/{name}.xml"), migrated_url)
        p.poll_due(StopFlag())
        make_due(migrated_url)  # if both feeds were polled side by side, the second copy waits for this poll
        p.poll_due(StopFlag())
        assert p.published == 1
    page_fetches = [path for path, _ in server.requests if path.startswith("/a/0")]
    assert len(page_fetches) == 1
    statuses = sorted((row.status, row.reason or "") for row in seen(migrated_url))
    assert statuses[0][0] == "fetched"
    assert statuses[1][0] == "skipped"
    assert "already fetched" in statuses[1][1]


def test_robots_txt_refusal_is_recorded_as_a_skip(migrated_url: str, make_settings: SettingsFactory) -> None:
    settings = make_settings(migrated_url)
    with serve({}) as server, poller(settings) as p:
        site(server, 2)
        server.routes["/robots.txt"] = Page(
            body=b"User-agent: *\nDisallow: /a/1\n", headers={"Content-Type": "text/plain"}
        )
        register(server.url("/feed.xml"), migrated_url)
        p.poll_due(StopFlag())
        assert p.published == 1
    rows = {row.url.rsplit("/", 1)[1]: row for row in seen(migrated_url)}
    assert rows["0"].status == "fetched"
    assert rows["1"].status == "skipped"
    assert rows["1"].reason == "disallowed by robots.txt"
    assert all(path != "/a/1" for path, _ in server.requests)


def test_two_pollers_never_poll_the_same_feed_at_once(pg_url: str, make_settings: SettingsFactory) -> None:
    from newsflow.db import migrate

    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    engine.dispose()
    settings = make_settings(pg_url, poll_concurrency=8)
    active: dict[str, int] = {}
    overlaps: list[str] = []
    lock = threading.Lock()

    def slow_feed(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            active[handler.path] = active.get(handler.path, 0) + 1
            if active[handler.path] > 1:
                overlaps.append(handler.path)
        time.sleep(0.3)
        body = b'<rss version="2.0"><channel><title>t</title></channel></rss>'
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        with lock:
            active[handler.path] -= 1

    with serve({f"/f{i}.xml": slow_feed for i in range(20)}) as server:
        for i in range(20):
            register(server.url(f"/f{i}.xml"), pg_url)
        with poller(settings) as first, poller(settings) as second:
            threads = [threading.Thread(target=p.poll_due, args=(StopFlag(),)) for p in (first, second)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            assert first.polls + second.polls == 20
            assert first.polls > 0
            assert second.polls > 0
    assert overlaps == []
    assert len(polls(pg_url)) == 20


def test_no_entry_is_lost_when_the_broker_is_down_during_a_poll(
    sqlite_url: str, make_settings: SettingsFactory
) -> None:
    from newsflow import bus
    from newsflow.db import migrate

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    engine.dispose()
    broker = EmbeddedBroker().start()
    port = broker.port
    settings = make_settings(sqlite_url, kafka_bootstrap=broker.bootstrap, kafka_delivery_timeout_ms=3000)
    try:
        with serve({}) as server:
            site(server, 3)
            register(server.url("/feed.xml"), sqlite_url)
            with poller(settings) as p:
                broker.stop()
                p.poll_due(StopFlag())
                assert p.published == 0
            (first,) = polls(sqlite_url)
            assert first.status == "error_broker"
            assert [row for row in seen(sqlite_url) if row.status == "fetched"] == []
            broker = EmbeddedBroker(port=port).start()
            bus.ensure_topics(settings)
            make_due(sqlite_url)
            with poller(settings) as p:
                p.poll_due(StopFlag())
                assert p.published == 3
            assert sorted(row.status for row in seen(sqlite_url)) == ["fetched"] * 3
    finally:
        broker.stop()


@pytest.mark.parametrize(("pinned", "start", "expected"), [(False, 1200, 600), (True, 1000, 1000)])
def test_feed_interval_adapts_unless_pinned(
    migrated_url: str, make_settings: SettingsFactory, pinned: bool, start: int, expected: int
) -> None:
    settings = make_settings(migrated_url, poll_min_interval_s=300, poll_max_interval_s=3600)
    with serve({}) as server, poller(settings) as p:
        site(server, 1)
        engine = make_engine(migrated_url)
        with make_sessionmaker(engine).begin() as session:
            feed_id = add_feed(session, server.url("/feed.xml"), start, pinned=pinned).id
        engine.dispose()
        p.poll_due(StopFlag())
        assert p.published == 1
    assert feed_row(migrated_url, feed_id).interval_s == expected


def test_a_host_that_asked_to_back_off_defers_its_other_feeds_without_blaming_them(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(
        migrated_url, poll_concurrency=1, http_retries=0, http_resolve="busy.test.example=127.0.0.1"
    )
    with serve({"/busy.xml": Page(status=503, headers={"Retry-After": "600"})}) as server, poller(settings) as p:
        site(server, 1)
        first = register(server.url("/busy.xml").replace("127.0.0.1", "busy.test.example"), migrated_url)
        second = register(server.url("/feed.xml").replace("127.0.0.1", "busy.test.example"), migrated_url)
        p.poll_due(StopFlag())
    assert feed_row(migrated_url, first).error_count == 1
    other = feed_row(migrated_url, second)
    assert other.last_status == "deferred"
    assert other.error_count == 0
    assert other.next_poll_at >= utcnow() + timedelta(seconds=500)
    assert all(path != "/feed.xml" for path, _ in server.requests)


def test_a_crashed_pollers_lease_expires_a_renewed_one_holds_and_a_lost_one_stays_lost(migrated_url: str) -> None:
    from ingest.registry import lease_due_feeds, renew_lease

    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        add_feed(session, "http://127.0.0.1:9/f.xml", 900)
        add_feed(session, "http://127.0.0.1:9/g.xml", 900)
    now = utcnow()
    with sessions.begin() as session:
        crashed, working = lease_due_feeds(session, 60, 10, now)
    with sessions.begin() as session:  # within its lease nobody else may take a feed
        assert lease_due_feeds(session, 60, 10, now + timedelta(seconds=30)) == []
    with sessions.begin() as session:  # the working poller renews its lease once half of it is spent
        renewed = renew_lease(session, working, 60, now + timedelta(seconds=40))
    assert renewed is not None
    assert renewed.until == now + timedelta(seconds=100)
    with sessions.begin() as session:  # the crashed poller's lease expired: another takes its feed, only that one
        (taken,) = lease_due_feeds(session, 60, 10, now + timedelta(seconds=61))
    assert taken.feed_id == crashed.feed_id
    with sessions.begin() as session:  # the crashed poller comes back too late: its lease is lost for good
        assert renew_lease(session, crashed, 60, now + timedelta(seconds=62)) is None
    with sessions.begin() as session:
        assert renew_lease(session, taken, 60, now + timedelta(seconds=62)) is not None
    engine.dispose()


def test_an_entrys_own_fetched_mark_is_no_reason_to_skip_it(migrated_url: str) -> None:
    from ingest.registry import FETCHED, digest, fetched_elsewhere, mark_entry

    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        one = add_feed(session, "http://127.0.0.1:9/one.xml", 900).id
        two = add_feed(session, "http://127.0.0.1:9/two.xml", 900).id
    url_hash = digest("http://127.0.0.1:9/a/1")
    with sessions.begin() as session:
        mark_entry(session, one, "g1", "http://127.0.0.1:9/a/1", FETCHED, utcnow(), "art-1", url_hash=url_hash)
    with sessions.begin() as session:
        assert fetched_elsewhere(session, url_hash) == one
        assert fetched_elsewhere(session, url_hash, own=(one, "g1")) is None  # handled again: not a duplicate
        assert fetched_elsewhere(session, url_hash, own=(one, "g2")) == one  # the feed lists it twice: a duplicate
        assert fetched_elsewhere(session, digest("x"), "art-1", own=(two, "g1")) == one  # same article elsewhere
    engine.dispose()


def test_a_poll_that_outlasts_its_lease_keeps_the_feed(pg_url: str, make_settings: SettingsFactory) -> None:
    """A poll longer than ``poll_lease_s`` renews its lease, so nobody polls the feed a second time meanwhile and
    its entries are handled once each (before renewal, the second pass re-handled entries the first had just
    marked and recorded them as skipped duplicates of themselves)."""
    from newsflow.db import migrate

    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    engine.dispose()
    settings = make_settings(pg_url, poll_lease_s=10, poll_concurrency=1)
    n = 15

    def slow_article(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(1.0)
        body = article_html(int(handler.path.rsplit("/", 1)[1])).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with serve({}) as server:
        site(server, n)
        server.routes.update({f"/a/{i}": slow_article for i in range(n)})
        register(server.url("/feed.xml"), pg_url)
        with poller(settings) as first, poller(settings) as second:
            thread = threading.Thread(target=first.poll_due, args=(StopFlag(),))
            thread.start()
            time.sleep(12)  # the first lease (10 s) has run out; the first poll is still going
            assert thread.is_alive()
            assert second.poll_due(StopFlag()) == 0
            thread.join(timeout=120)
            assert first.published == n
    assert sorted(row.status for row in seen(pg_url)) == ["fetched"] * n
    fetches = [path for path, _ in server.requests if path.startswith("/a/")]
    assert sorted(fetches) == sorted(f"/a/{i}" for i in range(n))


def test_boilerplate_a_host_repeats_is_learned_and_removed_by_the_poller(
    migrated_url: str, make_settings: SettingsFactory
) -> None:

    settings = make_settings(migrated_url, site_learn_min_articles=3, poll_concurrency=1)
    pitch = "Town Gazette reporters cover eleven parishes along the northern coast from the harbour office."
    topics = ("harbour wall", "library hours", "bus timetable", "school roof", "market square", "ferry fares")
    with serve({}) as server, poller(settings) as p:
        site(server, 6)
        for i, topic in enumerate(topics):  # bodies that differ in words, not only in numbers
            paragraphs = [
                f"Councillors spent the evening arguing about the {topic} and what repairs would cost residents.",
                f"Officers said work on the {topic} could start in spring if contractors were available in time.",
                f"Residents near the {topic} told the meeting they had waited long enough for a clear answer.",
                pitch,
            ]
            body = "".join(f"<p>{text}</p>" for text in paragraphs)
            html = f"<html><head><title>{topic}</title></head><body><article><h1>{topic}</h1>{body}</article>"
            server.routes[f"/a/{i}"] = Page(body=html.encode())
        register(server.url("/feed.xml"), migrated_url)
        with running(settings, "sink"):
            p.poll_due(StopFlag())
            assert p.published == 6
            wait_for(lambda: counts(migrated_url)[0] == 6, 60, "the six articles stored")
    articles = sorted(all_rows_by(migrated_url), key=lambda a: a.url)
    with_pitch = [a.url for a in articles if pitch in a.text]
    assert len(with_pitch) == 2  # learned on the third article of the host, removed from then on
    assert sum(a.removed_site for a in articles) == 4
    assert all(a.text.count("\n\n") >= 2 for a in articles)  # the three body paragraphs stay


def all_rows_by(database_url: str) -> list[Article]:
    engine = make_engine(database_url)
    with make_sessionmaker(engine)() as session:
        rows = list(session.execute(select(Article)).scalars())
    engine.dispose()
    return rows
