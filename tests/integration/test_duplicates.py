"""Near-duplicates across hosts and exact copies are marked, never dropped; the original stays the original."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from newsflow.contracts import ArticleV1
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article
from newsflow.simhash import simhash, to_hex
from sinks.duplicates import mark_duplicates
from sinks.writes import upsert_articles
from tests.factories import NOW, make_article
from tests.unit.test_simhash import OTHER, STORY


def signed(text: str, url: str) -> ArticleV1:
    signature = simhash(text)
    assert signature is not None
    return make_article(text, url).model_copy(update={"simhash": to_hex(signature)})


def store(sessions: object, articles: list[ArticleV1], when_offset_s: int) -> None:
    with sessions.begin() as session:  # type: ignore[attr-defined]
        upsert_articles(session, articles, NOW + timedelta(seconds=when_offset_s))
        mark_duplicates(session, articles)


def test_wire_copy_on_two_hosts_and_an_exact_copy_are_marked(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    original = signed(STORY, "https://first.example/story")
    wire = signed(STORY.replace("Tuesday", "Tuesday evening") + " Reporting by Wire.", "https://second.example/s")
    exact = signed(STORY, "https://third.example/copy")
    unrelated = signed(OTHER, "https://first.example/other")
    store(sessions, [original, unrelated], 0)
    store(sessions, [wire], 10)
    store(sessions, [exact], 20)
    store(sessions, [original, wire, exact], 30)  # redelivered: nothing changes
    with sessions() as session:
        rows = {a.article_id: a for a in session.execute(select(Article)).scalars()}
    assert len(rows) == 4
    assert rows[original.article_id].duplicate_of is None
    assert rows[unrelated.article_id].duplicate_of is None
    assert (rows[wire.article_id].duplicate_of, rows[wire.article_id].duplicate_kind) == (original.article_id, "near")
    assert (rows[exact.article_id].duplicate_of, rows[exact.article_id].duplicate_kind) == (
        original.article_id,
        "exact",
    )
    engine.dispose()
