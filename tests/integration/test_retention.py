"""Retention on SQLite and PostgreSQL: old polls, seen entries and site sightings go; recent ones and decisions stay."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.registry import add_feed
from ingest.retention import Cutoffs, RetentionPolicy, prune
from newsflow.cli import main
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import FeedPoll, SeenEntry, SiteParagraph, SiteSighting, utcnow
from tests.conftest import SettingsFactory
from tests.integration.helpers import running, wait_for

DAY = timedelta(days=1)


@pytest.fixture
def sessions(migrated_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(migrated_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def populate(sessions: sessionmaker[Session], now: datetime) -> None:
    """Per kind of row: some past every cutoff used below (40/100 days old), some recent (1 day old)."""
    with sessions.begin() as session:
        feed_id = add_feed(session, "http://127.0.0.1:9/feed.xml", 900, now).id  # port 9: nothing listens
        for i, age in enumerate([40, 40, 40, 1, 1]):
            session.add(FeedPoll(feed_id=feed_id, started_at=now - age * DAY, duration_ms=i, status="ok"))
        for i, age in enumerate([100, 100, 100, 1]):
            stamp = now - age * DAY
            session.add(
                SeenEntry(
                    feed_id=feed_id,
                    entry_hash=f"{i:064x}",
                    guid=f"g{i}",
                    url=f"https://news.example/{i}",
                    status="fetched",
                    first_seen_at=stamp,
                    updated_at=stamp,
                )
            )
        for i, age in enumerate([40, 40, 1]):
            session.add(
                SiteSighting(
                    host="news.example", paragraph_hash="p" * 64, article_id=f"{i:032x}", seen_at=now - age * DAY
                )
            )
        for name, age, decision in [("old", 40, None), ("kept", 40, "deny"), ("recent", 1, None)]:
            session.add(
                SiteParagraph(
                    host="news.example",
                    paragraph_hash=name.ljust(64, "0"),
                    articles=3,
                    preview=name,
                    decision=decision,
                    first_seen_at=now - 50 * DAY,
                    last_seen_at=now - age * DAY,
                )
            )


def remaining(sessions: sessionmaker[Session]) -> dict[str, object]:
    with sessions() as session:
        return {
            "feed_polls": session.scalar(select(func.count()).select_from(FeedPoll)),
            "seen_entries": sorted(session.execute(select(SeenEntry.guid)).scalars()),
            "site_sightings": session.scalar(select(func.count()).select_from(SiteSighting)),
            "site_paragraphs": sorted(session.execute(select(SiteParagraph.preview)).scalars()),
        }


def test_prune_deletes_exactly_the_rows_past_their_cutoff_in_chunks(sessions: sessionmaker[Session]) -> None:
    now = utcnow()
    populate(sessions, now)
    policy = RetentionPolicy(feed_polls_days=30, seen_days=90, site_days=30)
    pruned = prune(sessions, policy.cutoffs(now), chunk=2)  # 3 old rows of a kind take two transactions
    assert pruned.as_dict() == {"feed_polls": 3, "seen_entries": 3, "site_sightings": 2, "site_paragraphs": 1}
    assert remaining(sessions) == {
        "feed_polls": 2,
        "seen_entries": ["g3"],
        "site_sightings": 1,
        "site_paragraphs": ["kept", "recent"],  # an operator's decision is never pruned
    }
    assert prune(sessions, policy.cutoffs(now), chunk=2).as_dict() == dict.fromkeys(pruned.as_dict(), 0)


def test_zero_days_keeps_everything(sessions: sessionmaker[Session]) -> None:
    now = utcnow()
    populate(sessions, now)
    cutoffs = RetentionPolicy(feed_polls_days=0, seen_days=0, site_days=0).cutoffs(now)
    assert cutoffs == Cutoffs(None, None, None)
    before = remaining(sessions)
    assert set(prune(sessions, cutoffs).as_dict().values()) == {0}
    assert remaining(sessions) == before


def test_the_poller_service_prunes_at_start(
    migrated_url: str, sessions: sessionmaker[Session], make_settings: SettingsFactory
) -> None:
    populate(sessions, utcnow())
    settings = make_settings(migrated_url, retention_feed_polls_days=30, retention_seen_days=90)
    with running(settings, "poll") as services:
        wait_for(lambda: remaining(sessions)["seen_entries"] == ["g3"], 30, "the first pruning pass")
        assert services["poll"] is not None
    after = remaining(sessions)
    assert after["site_paragraphs"] == ["kept", "recent"]
    assert after["site_sightings"] == 1
    # the feed itself was due and polled (and failed: nothing listens on port 9), so its new poll row is recent
    assert isinstance(after["feed_polls"], int)
    assert after["feed_polls"] >= 2


def test_db_prune_command_prunes_once_and_prints_the_counts(
    migrated_url: str,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    populate(sessions, utcnow())
    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", migrated_url)
    monkeypatch.setenv("NEWSFLOW_RETENTION_SEEN_DAYS", "0")  # keep seen entries
    assert main(["db", "prune"]) == 0
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert printed == {"feed_polls": 3, "seen_entries": 0, "site_sightings": 2, "site_paragraphs": 1}
    assert len(remaining(sessions)["seen_entries"]) == 4  # type: ignore[arg-type]
