"""``newsflow reconcile``: entries whose article never reached the database are fetched again, articles without
claims are re-queued, nothing younger than the grace period is touched, and a second pass finds nothing to do."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, func, select

from ingest.registry import add_feed
from newsflow.cli import main
from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, ClaimSet, SeenEntry
from sinks.erase import erase_articles
from tests.conftest import SettingsFactory
from tests.httpserver import serve
from tests.integration.faultkit import site_routes
from tests.integration.helpers import counts, export_settings, running, wait_for

N = 6


def reconcile(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["reconcile", "--json", *args]) == 0
    report: dict[str, object] = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    return report


def test_reconcile_refetches_lost_articles_and_requeues_unclaimed_ones(
    migrated_url: str,
    make_settings: SettingsFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = make_settings(migrated_url, site_learn_min_articles=10_000)
    export_settings(settings, monkeypatch)
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with serve({}) as site:
        site.routes.update(site_routes(site.url(""), N, 1))
        with sessions.begin() as session:
            add_feed(session, site.url("/feed/0.xml"), 3600)
        with running(settings, "poll", "claims", "sink"):
            wait_for(lambda: counts(migrated_url)[:2] == (N, N), 90, "every article and its claims")
            complete = counts(migrated_url)
            with sessions() as session:
                ids = sorted(session.execute(select(Article.article_id)).scalars())
            # what a broker that lost data leaves behind: two articles never stored (their entries say fetched),
            # and one article stored without its claims
            with sessions.begin() as session:
                erase_articles(session, ids[:2])
                session.execute(delete(ClaimSet).where(ClaimSet.article_id == ids[2]))
            assert counts(migrated_url)[:2] == (N - 2, N - 3)
            requests_before = len(site.requests)
            young = reconcile(capsys)  # the default grace (15 min): all of it could still be on its way
            assert young == {"lost_entries": 0, "refetched": {}, "unclaimed_articles": 0, "requeued": 0}
            report = reconcile(capsys, "--grace", "0")
            assert report == {"lost_entries": 2, "refetched": {"fetched": 2}, "unclaimed_articles": 1, "requeued": 1}
            refetched = [path for path, _ in site.requests[requests_before:] if path.startswith("/a/")]
            assert len(refetched) == 2  # the two lost pages, fetched again; nothing else
            wait_for(lambda: counts(migrated_url)[:2] == (N, N), 60, "the lost articles and claims back")
            assert counts(migrated_url) == complete
            again = reconcile(capsys, "--grace", "0")
    assert again == {"lost_entries": 0, "refetched": {}, "unclaimed_articles": 0, "requeued": 0}
    with sessions() as session:
        assert sorted(session.execute(select(Article.article_id)).scalars()) == ids
        fetched = session.execute(select(func.count()).where(SeenEntry.status == "fetched")).scalar_one()
        assert fetched == N
    engine.dispose()


def test_the_poller_reconciles_every_interval_when_asked(sqlite_url: str, make_settings: SettingsFactory) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    sessions = make_sessionmaker(engine)
    settings = make_settings(sqlite_url, site_learn_min_articles=10_000, reconcile_interval_s=1, reconcile_grace_s=1)
    with serve({}) as site:
        site.routes.update(site_routes(site.url(""), N, 1))
        with sessions.begin() as session:
            add_feed(session, site.url("/feed/0.xml"), 3600)
        with running(settings, "poll", "claims", "sink"):
            wait_for(lambda: counts(sqlite_url)[:2] == (N, N), 90, "every article and its claims")
            with sessions() as session:
                lost = session.execute(select(Article.article_id).limit(1)).scalar_one()
            with sessions.begin() as session:
                erase_articles(session, [lost])
            assert counts(sqlite_url)[:2] == (N - 1, N - 1)
            wait_for(lambda: counts(sqlite_url)[:2] == (N, N), 60, "the lost article back, by the poller alone")
    with sessions() as session:
        assert session.execute(select(Article.article_id).where(Article.article_id == lost)).scalar_one() == lost
    engine.dispose()
