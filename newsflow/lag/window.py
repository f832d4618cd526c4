"""A rolling window of lag samples per group partition, and the report rows evaluated from it (pure).

The one-shot ``newsflow lag`` fills a window once; ``--watch`` and the ``--serve`` exporter keep adding samples
and drop those older than the span, so the status always covers the last ``span_s`` seconds.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from newsflow.lag.members import UNKNOWN, GroupMembers
from newsflow.lag.status import Sample, Status, evaluate


class PartitionKey(NamedTuple):
    """One partition as read by one consumer group."""

    group: str
    topic: str
    partition: int


@dataclass(frozen=True, slots=True)
class Reading:
    """What one sampling pass saw for one group partition."""

    key: PartitionKey
    sample: Sample
    members: GroupMembers


@dataclass(frozen=True, slots=True)
class LagRow:
    """One line of the report: the latest figures of a group partition and its status over the window."""

    group: str
    topic: str
    partition: int
    committed: int | None
    end: int | None
    lag: int | None
    lag_seconds: float | None
    status: Status
    members: list[str] | None
    active_members: int | None

    def to_dict(self) -> dict[str, object]:
        """The JSON form printed by ``newsflow lag --format json``."""
        return {
            "group": self.group,
            "topic": self.topic,
            "partition": self.partition,
            "committed": self.committed,
            "end": self.end,
            "lag": self.lag,
            "lag_seconds": None if self.lag_seconds is None else round(self.lag_seconds, 3),
            "status": self.status.value,
            "members": self.members,
            "active_members": self.active_members,
        }


class LagWindow:
    """Samples of the last ``span_s`` seconds per group partition, with the latest member list per group."""

    def __init__(self, span_s: float) -> None:
        if span_s < 0:
            raise ValueError("the window span must not be negative")
        self.span_s = span_s
        self._samples: dict[PartitionKey, deque[Sample]] = {}
        self._members: dict[str, GroupMembers] = {}

    def add(self, readings: Iterable[Reading]) -> None:
        """Record one sampling pass."""
        for reading in readings:
            self._samples.setdefault(reading.key, deque()).append(reading.sample)
            self._members[reading.key.group] = reading.members

    def mark_unavailable(self, time: float) -> None:
        """Record that a sampling pass failed: every known partition gets a sample without offsets (ERR)."""
        for samples in self._samples.values():
            samples.append(Sample.of(time, None, None))

    def prune(self, now: float) -> None:
        """Drop samples older than the span; forget partitions left without samples."""
        horizon = now - self.span_s
        for key in list(self._samples):
            samples = self._samples[key]
            while samples and samples[0].time < horizon:
                samples.popleft()
            if not samples:
                del self._samples[key]
        groups = {key.group for key in self._samples}
        self._members = {group: m for group, m in self._members.items() if group in groups}

    def rows(self) -> list[LagRow]:
        """The report, ordered by group, topic and partition."""
        rows = []
        for key in sorted(self._samples):
            samples = self._samples[key]
            latest = samples[-1]
            members = self._members.get(key.group, UNKNOWN)
            rows.append(
                LagRow(
                    group=key.group,
                    topic=key.topic,
                    partition=key.partition,
                    committed=latest.committed,
                    end=latest.end,
                    lag=latest.lag,
                    lag_seconds=latest.lag_seconds,
                    status=evaluate(list(samples), members.active),
                    members=members.of_partition(key.topic, key.partition),
                    active_members=members.active,
                )
            )
        return rows
