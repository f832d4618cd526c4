"""The site-learned store and layer on SQLite and PostgreSQL: counting per distinct article, overrides, guards."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.sitelayer import SiteLayer
from ingest.sitelearn import paragraph_hash
from ingest.sitestore import decide, prune, record_and_lookup, report
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import SiteParagraph, SiteSighting

HOST = "courier.example"
K = 3
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PITCH = "Subscribe today for unlimited access to award-winning journalism, from just 1 a week. " * 2
BIO = "Jane Roe is the Courier's transport correspondent and has covered the region since 2011."
QUOTE = '"We are doing everything we can to reach the people still trapped," fire chief Dana Okafor said.'


WORDS = [
    "alder",
    "birch",
    "cedar",
    "damson",
    "elm",
    "fir",
    "gorse",
    "hazel",
    "ivy",
    "juniper",
    "larch",
    "maple",
    "oak",
    "pine",
    "rowan",
    "spruce",
]


def body(i: int) -> list[str]:
    """Two paragraphs no other article shares (numbers alone would not do: the hash ignores digits)."""
    a, b = WORDS[i % len(WORDS)], WORDS[(i // len(WORDS) + 3 * i) % len(WORDS)]
    return [
        f"Story {a} {b}: the council approved the {a} scheme after a long debate about what it costs.",
        f"The {b} article goes on with its own facts, figures and places near {a} road, shared by no other.",
    ]


def aid(i: int) -> str:
    return f"{i:032x}"


@pytest.fixture
def sessions(migrated_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(migrated_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def texts(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_removal_starts_on_the_kth_distinct_article_and_not_before(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    for i in range(1, K):
        text = texts(*body(i), PITCH, BIO)
        assert layer.apply(HOST, aid(i), text, NOW) == (text, 0)
    cleaned, removed = layer.apply(HOST, aid(K), texts(*body(K), PITCH, BIO), NOW)
    assert removed == 2
    assert cleaned == texts(*body(K))
    # another host has learned nothing
    other = texts(*body(99), PITCH, BIO)
    assert layer.apply("herald.example", aid(99), other, NOW) == (other, 0)


def test_a_refetched_article_does_not_count_twice(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    for _ in range(K + 2):
        text = texts(*body(1), PITCH)
        assert layer.apply(HOST, aid(1), text, NOW) == (text, 0)
    with sessions() as session:
        row = session.get(SiteParagraph, (HOST, paragraph_hash(PITCH)))
        assert row is not None
        assert row.articles == 1
        assert session.scalar(select(func.count()).select_from(SiteSighting)) == 3  # 2 body + pitch, once each
    for i in range(2, K + 1):
        layer.apply(HOST, aid(i), texts(*body(i), PITCH), NOW)
    with sessions.begin() as session:  # the count includes the article being recorded
        stats = record_and_lookup(session, HOST, aid(K), [PITCH], NOW)
    assert stats[paragraph_hash(PITCH)].articles == K


def test_concurrent_recording_of_distinct_articles_counts_each_once(sessions: sessionmaker[Session]) -> None:
    errors: list[BaseException] = []

    def record(i: int) -> None:
        try:
            for _ in range(2):  # every article also re-fetched, concurrently with the others
                with sessions.begin() as session:
                    record_and_lookup(session, HOST, aid(i), [*body(i), PITCH, BIO], NOW)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=record, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    with sessions() as session:
        row = session.get(SiteParagraph, (HOST, paragraph_hash(PITCH)))
        assert row is not None
        assert row.articles == 8


def test_the_store_keeps_hashes_counts_and_a_short_preview_only(sessions: sessionmaker[Session]) -> None:
    SiteLayer(sessions, K).apply(HOST, aid(1), texts(*body(1), PITCH), NOW)
    with sessions() as session:
        row = session.get(SiteParagraph, (HOST, paragraph_hash(PITCH)))
        assert row is not None
        assert len(row.preview) <= 80
        assert PITCH.strip() not in row.preview
        assert row.first_seen_at == NOW
        assert row.decision is None


def test_allow_and_deny_override_what_was_learned(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    for i in range(1, K + 1):
        layer.apply(HOST, aid(i), texts(*body(i), PITCH, BIO), NOW)
    with sessions.begin() as session:
        assert decide(session, HOST, "award-WINNING", "allow") == 1
        assert decide(session, HOST, "award-winning", "allow") == 0  # already allowed: nothing changed
        assert decide(session, HOST, paragraph_hash(BIO)[:10], "allow") == 1
        assert decide(session, HOST, "no such text", "deny") == 0
        assert decide(session, "herald.example", "award", "deny") == 0
    text = texts(*body(10), PITCH, BIO)
    assert layer.apply(HOST, aid(10), text, NOW) == (text, 0)

    # deny removes a paragraph seen once, on the next article that carries it
    fresh = "Listen to the Courier's daily podcast wherever you get your podcasts."
    layer.apply(HOST, aid(11), texts(*body(11), fresh), NOW)
    with sessions.begin() as session:
        assert decide(session, HOST, "daily podcast", "deny") == 1
        assert decide(session, HOST, "award-winning", None) == 1  # back to learning
    cleaned, removed = layer.apply(HOST, aid(12), texts(*body(12), fresh, PITCH), NOW)
    assert removed == 2
    assert cleaned == texts(*body(12))
    with sessions() as session:
        rows = {r.paragraph_hash: r for r in report(session, HOST)}
    assert rows[paragraph_hash(fresh)].decision == "deny"
    assert rows[paragraph_hash(BIO)].decision == "allow"


def test_an_empty_pattern_is_refused(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session, pytest.raises(ValueError, match="empty"):
        decide(session, HOST, "   ", "deny")


def test_a_quote_repeated_across_live_updates_is_never_removed(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    reported = "Fire chief Dana Okafor said crews would keep searching the building through the night."
    for i in range(1, 3 * K):
        text = texts(*body(i), QUOTE, reported)
        assert layer.apply(HOST, aid(i), text, NOW) == (text, 0)
    with sessions() as session:
        assert session.get(SiteParagraph, (HOST, paragraph_hash(QUOTE))) is None  # never even learned
        assert session.get(SiteParagraph, (HOST, paragraph_hash(reported))) is None


def test_the_majority_paragraph_is_never_removed(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    for i in range(1, K + 2):
        layer.apply(HOST, aid(i), texts(*body(i), PITCH), NOW)
    # a stub page: the pitch is most of the article, so it stays
    stub = texts(PITCH, "Police closed the road on Monday.")
    assert layer.apply(HOST, aid(50), stub, NOW) == (stub, 0)
    # and a page that is all boilerplate keeps everything
    only = texts(PITCH, PITCH.upper())
    assert layer.apply(HOST, aid(51), only, NOW) == (only, 0)


def test_report_sorts_by_articles(sessions: sessionmaker[Session]) -> None:
    layer = SiteLayer(sessions, K)
    for i in range(1, 5):
        layer.apply(HOST, aid(i), texts(*body(i), PITCH, *([BIO] if i <= 2 else [])), NOW + timedelta(hours=i))
    with sessions() as session:
        rows = report(session, HOST, min_articles=2)
    assert [(r.paragraph_hash, r.articles) for r in rows] == [(paragraph_hash(PITCH), 4), (paragraph_hash(BIO), 2)]
    assert rows[0].last_seen_at == NOW + timedelta(hours=4)


def test_prune_forgets_old_sightings_and_stale_paragraphs_but_keeps_decisions(
    sessions: sessionmaker[Session],
) -> None:
    layer = SiteLayer(sessions, K)
    old = NOW - timedelta(days=90)
    for i in range(1, K + 1):
        layer.apply(HOST, aid(i), texts(*body(i), PITCH, BIO), old)
    layer.apply(HOST, aid(20), texts(*body(20), PITCH), NOW)
    with sessions.begin() as session:
        decide(session, HOST, paragraph_hash(BIO)[:12], "deny")
        pruned = prune(session, NOW - timedelta(days=30))
    assert pruned.sightings == 3 * 4  # the old articles' 2 body paragraphs, pitch and bio
    assert pruned.paragraphs == 2 * K  # their body paragraphs; the bio is kept for its decision
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(SiteSighting)) == 3
        pitch = session.get(SiteParagraph, (HOST, paragraph_hash(PITCH)))
        assert pitch is not None
        assert pitch.articles == K + 1  # still learned: counts are not decremented
        assert session.get(SiteParagraph, (HOST, paragraph_hash(BIO))) is not None
