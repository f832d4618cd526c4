"""When the poller prunes, and which rows count as old (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ingest.retention import RetentionPolicy, RetentionSchedule


def test_due_at_the_first_check_then_once_per_interval() -> None:
    now = [100.0]
    schedule = RetentionSchedule(3600, lambda: now[0])
    assert schedule.due()
    assert not schedule.due()
    now[0] = 100.0 + 3599
    assert not schedule.due()
    now[0] = 100.0 + 3600
    assert schedule.due()
    assert not schedule.due()


def test_cutoffs_are_days_back_and_zero_keeps_forever() -> None:
    now = datetime(2026, 11, 25, tzinfo=UTC)
    cutoffs = RetentionPolicy(feed_polls_days=30, seen_days=0, site_days=7).cutoffs(now)
    assert cutoffs.feed_polls == now - timedelta(days=30)
    assert cutoffs.seen_entries is None
    assert cutoffs.site == now - timedelta(days=7)
