"""When to poll a feed next (pure): adaptive intervals, server hints, backoff, suspension, jitter.

- A poll that brings new entries halves the interval; one that brings none stretches it by a quarter; both stay
  within the policy's bounds. A pinned interval (set by the operator) never adapts.
- The server's own hints set a floor: RSS ``<ttl>`` and ``Cache-Control: max-age`` (capped at the upper bound),
  and ``Retry-After`` on 429/503.
- Failures back off exponentially from the interval; after ``suspend_after`` consecutive failures the feed is
  suspended and retried only every ``suspended_interval_s``. ``410 Gone`` disables it.
- Jitter of +/- ``jitter`` spreads feeds added together so they do not stay in lock-step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Outcome = Literal["new", "unchanged", "error", "gone"]


@dataclass(frozen=True, slots=True)
class SchedulePolicy:
    """Bounds and rates of the scheduler (from the settings)."""

    min_interval_s: int = 300
    max_interval_s: int = 21_600
    suspend_after: int = 10
    suspended_interval_s: int = 86_400
    jitter: float = 0.1


@dataclass(frozen=True, slots=True)
class FeedTiming:
    """What the scheduler keeps per feed."""

    interval_s: int
    pinned: bool
    failures: int


@dataclass(frozen=True, slots=True)
class PollSignal:
    """What a poll told the scheduler."""

    outcome: Outcome
    retry_after_s: float | None = None
    ttl_s: int | None = None
    max_age_s: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """The feed's next poll and its new timing state."""

    next_poll_at: datetime
    interval_s: int
    failures: int
    suspended: bool
    disable: bool


def _clamp(value: float, low: int, high: int) -> int:
    return int(min(max(value, low), high))


def plan_next(timing: FeedTiming, signal: PollSignal, policy: SchedulePolicy, now: datetime, unit: float) -> Plan:
    """Plan the next poll; ``unit`` is a random number in [0, 1) for the jitter (passed in to keep this pure)."""
    low, high = policy.min_interval_s, max(policy.min_interval_s, policy.max_interval_s)
    interval = timing.interval_s
    if signal.outcome == "gone":
        return Plan(now + timedelta(seconds=high), interval, timing.failures + 1, False, True)
    if signal.outcome == "error":
        failures = timing.failures + 1
        suspended = failures >= policy.suspend_after
        if suspended:
            delay = float(policy.suspended_interval_s)
        else:
            delay = min(float(high), interval * 2.0 ** min(failures, 16))
        if signal.retry_after_s is not None:
            delay = max(delay, min(signal.retry_after_s, float(policy.suspended_interval_s)))
        return Plan(now + timedelta(seconds=_jittered(delay, policy, unit)), interval, failures, suspended, False)
    if not timing.pinned:
        interval = _clamp(interval * (0.5 if signal.outcome == "new" else 1.25), low, high)
    hint = max(signal.ttl_s or 0, signal.max_age_s or 0)
    delay = max(float(interval), float(min(hint, high)))
    return Plan(now + timedelta(seconds=_jittered(delay, policy, unit)), interval, 0, False, False)


def _jittered(delay: float, policy: SchedulePolicy, unit: float) -> float:
    return max(1.0, delay * (1.0 + policy.jitter * (2.0 * unit - 1.0)))


def max_age(cache_control: str | None) -> int | None:
    """``max-age`` seconds from a Cache-Control header, or None (``no-store``/``no-cache`` give None too)."""
    if not cache_control:
        return None
    for part in cache_control.lower().split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age" and value.strip().strip('"').isdigit():
            return int(value.strip().strip('"'))
    return None
