"""The scheduler: adaptive intervals within bounds, server hints, backoff, suspension, 410, jitter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ingest.schedule import FeedTiming, PollSignal, SchedulePolicy, max_age, plan_next

NOW = datetime(2026, 11, 25, tzinfo=UTC)
POLICY = SchedulePolicy(min_interval_s=300, max_interval_s=21_600, suspend_after=4, suspended_interval_s=86_400)
NO_JITTER = 0.5  # unit 0.5 -> factor 1.0


def seconds_until(plan_at: datetime) -> float:
    return (plan_at - NOW).total_seconds()


def test_new_entries_shorten_and_quiet_polls_stretch_the_interval() -> None:
    busy = plan_next(FeedTiming(1200, False, 0), PollSignal("new"), POLICY, NOW, NO_JITTER)
    quiet = plan_next(FeedTiming(1200, False, 0), PollSignal("unchanged"), POLICY, NOW, NO_JITTER)
    assert busy.interval_s == 600
    assert quiet.interval_s == 1500
    assert seconds_until(busy.next_poll_at) == 600


def test_bounds_hold_and_pinned_intervals_never_adapt() -> None:
    assert plan_next(FeedTiming(301, False, 0), PollSignal("new"), POLICY, NOW, NO_JITTER).interval_s == 300
    assert plan_next(FeedTiming(21_000, False, 0), PollSignal("unchanged"), POLICY, NOW, NO_JITTER).interval_s == 21_600
    assert plan_next(FeedTiming(60, True, 0), PollSignal("new"), POLICY, NOW, NO_JITTER).interval_s == 60


def test_ttl_and_max_age_are_floors_capped_at_the_upper_bound() -> None:
    ttl = plan_next(FeedTiming(600, False, 0), PollSignal("new", ttl_s=3600), POLICY, NOW, NO_JITTER)
    assert seconds_until(ttl.next_poll_at) == 3600
    huge = plan_next(FeedTiming(600, False, 0), PollSignal("new", max_age_s=10**7), POLICY, NOW, NO_JITTER)
    assert seconds_until(huge.next_poll_at) == 21_600


def test_failures_back_off_exponentially_then_suspend() -> None:
    timing = FeedTiming(600, False, 0)
    delays = []
    for _ in range(4):
        plan = plan_next(timing, PollSignal("error"), POLICY, NOW, NO_JITTER)
        delays.append(seconds_until(plan.next_poll_at))
        timing = FeedTiming(plan.interval_s, False, plan.failures)
    assert delays[:3] == [1200, 2400, 4800]
    assert plan.suspended
    assert delays[3] == 86_400
    recovered = plan_next(timing, PollSignal("unchanged"), POLICY, NOW, NO_JITTER)
    assert (recovered.failures, recovered.suspended) == (0, False)


def test_retry_after_is_honoured_and_gone_disables() -> None:
    plan = plan_next(FeedTiming(300, False, 0), PollSignal("error", retry_after_s=7200), POLICY, NOW, NO_JITTER)
    assert seconds_until(plan.next_poll_at) == 7200
    assert plan_next(FeedTiming(300, False, 0), PollSignal("gone"), POLICY, NOW, NO_JITTER).disable


@given(
    interval=st.integers(1, 100_000),
    failures=st.integers(0, 50),
    outcome=st.sampled_from(["new", "unchanged", "error", "gone"]),
    unit=st.floats(0, 0.999),
)
def test_next_poll_is_always_in_the_future_and_within_jitter(
    interval: int, failures: int, outcome: str, unit: float
) -> None:
    plan = plan_next(FeedTiming(interval, False, failures), PollSignal(outcome), POLICY, NOW, unit)  # type: ignore[arg-type]
    assert plan.next_poll_at > NOW
    assert plan.next_poll_at <= NOW + timedelta(seconds=86_400 * 1.1 + 1)


def test_max_age_parsing() -> None:
    assert max_age("public, max-age=600") == 600
    assert max_age('max-age="30"') == 30
    assert max_age("no-cache") is None
    assert max_age(None) is None
