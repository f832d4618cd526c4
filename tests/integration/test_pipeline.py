"""The full pipeline on real components: local HTTP server, broker, SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, text

from ingest.poller import FeedPoller
from ingest.registry import add_feed
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, Claim, SeenEntry
from newsflow.demo_site import DemoSite
from newsflow.runtime import StopFlag
from tests.conftest import SettingsFactory
from tests.integration.helpers import counts, running, wait_for
from tests.readme import readme_sql

BOILERPLATE = ("We pay for your stories", "related stories", "0207 782 4368")


def test_pipeline_stores_articles_and_claims_once_and_strips_boilerplate(
    migrated_url: str, make_settings: SettingsFactory
) -> None:
    settings = make_settings(migrated_url)
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with DemoSite() as site, running(settings, "poll", "claims", "sink") as services:
        n = len(site.pages)
        with sessions.begin() as session:
            add_feed(session, site.feed_url, 3600)
        wait_for(lambda: counts(migrated_url)[:2] == (n, n), 90, "every article and its claims")
        stored = counts(migrated_url)
        poller = services["poll"]
        assert isinstance(poller, FeedPoller)
        assert poller.published == n
        # a second poll finds nothing new, and nothing is duplicated
        assert poller.poll_due(StopFlag(), force=True) == 1
        assert poller.published == n
        assert counts(migrated_url) == stored
    with sessions() as session:
        statuses = set(session.execute(select(SeenEntry.status)).scalars())
        assert statuses == {"fetched"}
        sun = session.execute(select(Article).where(Article.source == "demo.newsflow.example")).scalars().all()
        example = next(a for a in sun if "Baghdadi" in (a.title or ""))
        for phrase in BOILERPLATE:
            assert phrase not in example.text
        assert "UK Defence Secretary Boris Johnson admitted yesterday" in example.text
        claims = list(session.execute(select(Claim).where(Claim.article_id == example.article_id)).scalars())
        for phrase in BOILERPLATE:
            assert all(phrase not in c.text for c in claims)
        johnson = [c for c in claims if c.speaker_name == "Boris Johnson"]
        assert {c.attribution for c in johnson} >= {"direct", "indirect"}
        assert any(c.text.startswith("It is a cruel irony") for c in johnson)
        for claim in claims:
            assert example.text[claim.start_offset : claim.end_offset] == claim.text
        # the README's example queries run and answer on this schema
        johnson_query, *others = readme_sql()
        for query in others:
            session.execute(text(query)).all()  # every example runs on this schema, on both databases
        rows = session.execute(text(johnson_query)).all()
        assert {row.title for row in rows} == {example.title}
        assert {row.attribution for row in rows} >= {"direct", "indirect"}
    engine.dispose()
