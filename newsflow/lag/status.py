"""Burrow-style status of one consumer group partition, evaluated over a window of lag samples (pure).

A *sample* is what a monitor sees at one moment: the group's committed offset (``None`` when the group has no
commit for the partition), the partition's log-end offset (the high watermark; ``None`` when it could not be
read), the lag in messages and the age in seconds of the oldest message not yet consumed.

LinkedIn Burrow reads every commit from ``__consumer_offsets`` and so knows when each commit happened, even a
commit of an unchanged offset. A monitor that polls ``OffsetFetch`` cannot: it sees the committed offset at each
sample, never the commits themselves (the broker keeps no commit timestamp it would hand out). The rules below
are Burrow's (``evaluator/caching.go``: stop, rewind, stall, warn, in that order) restated over samples; where
Burrow uses commit times we use the time of the first sample that showed the current offset ("last movement").

The window holds samples ``s0 .. sn`` in time order; only samples whose lag is known take part (a partition
whose offsets come back mid-window is judged on the samples since). The first matching rule wins:

1. **ERR**: the latest sample's lag is unknown: the end offset could not be read, or the group has no commit
   for a partition that holds messages. (Burrow has no per-partition ERR; this is "offsets unavailable".)
2. **OK**: some sample in the window has lag 0 (Burrow: a partition that caught up even once in the window is
   not in trouble), or there is only one usable sample (no trend to judge yet).
3. Let ``t_move`` be the time of the first sample from which the committed offset stays at its latest value
   (``t_move = t0`` when it never moved in the window). The offset is *frozen* when
   ``tn - t_move > t_move - t0``: it has stood still for longer than it was seen moving (Burrow's STOP rule
   ``now - last_commit > last_commit - first_commit``). With no movement at all it is frozen as soon as
   ``tn > t0``. A frozen offset (lag > 0 throughout, by rule 2) is:

   - **STOP** when the group has no active members, or the broker does not say (an unknown member list counts
     as none: without commit timestamps, no movement and nobody known to be there is all we can see);
   - **STALL** when the group has active members: they are there (Burrow would see their commits arrive) but
     the offset does not move. Checked after REWIND, as in Burrow.
4. **REWIND**: the committed offset went backwards between two samples (an offset reset).
5. **WARN**: the lag never decreased from one sample to the next and ended higher than it started: the group
   is falling behind. (Burrow also warns on a constant non-zero lag; over short sampled windows that flags a
   healthy consumer keeping pace, so we require growth.)
6. **OK** otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise


class Status(StrEnum):
    """A partition's state, as Burrow names them (plus ERR for offsets that could not be read)."""

    OK = "OK"
    WARN = "WARN"
    STALL = "STALL"
    STOP = "STOP"
    REWIND = "REWIND"
    ERR = "ERR"


def lag_of(committed: int | None, end: int | None) -> int | None:
    """Messages the group has yet to consume; ``None`` when that cannot be known.

    A partition without a commit counts as caught up only while it is empty; a committed offset past the end
    (possible right after a broker loses data) counts as 0.
    """
    if end is None:
        return None
    if committed is None:
        return 0 if end == 0 else None
    return max(0, end - committed)


@dataclass(frozen=True, slots=True)
class Sample:
    """One observation of a group's partition; ``time`` is in seconds (any epoch, only differences matter)."""

    time: float
    committed: int | None
    end: int | None
    lag: int | None
    lag_seconds: float | None

    @classmethod
    def of(cls, time: float, committed: int | None, end: int | None, lag_seconds: float | None = None) -> Sample:
        """A sample whose lag is derived from its offsets."""
        return cls(time, committed, end, lag_of(committed, end), lag_seconds)


def evaluate(samples: Sequence[Sample], active_members: int | None) -> Status:
    """The status of a partition over ``samples`` (any order); ``active_members`` is the group's member count
    now, ``None`` when the broker does not tell. See the module docstring for the rules."""
    if not samples:
        return Status.ERR
    ordered = sorted(samples, key=lambda s: s.time)
    if ordered[-1].lag is None:
        return Status.ERR
    usable = [s for s in ordered if s.lag is not None and s.committed is not None]
    if any(s.lag == 0 for s in ordered if s.lag is not None) or len(usable) < 2:
        return Status.OK
    lags = [s.lag for s in usable if s.lag is not None]
    offsets = [s.committed for s in usable if s.committed is not None]
    frozen = _frozen([s.time for s in usable], offsets)
    members = active_members or 0
    if frozen and members == 0:
        return Status.STOP
    if any(later < earlier for earlier, later in pairwise(offsets)):
        return Status.REWIND
    if frozen:
        return Status.STALL
    if all(later >= earlier for earlier, later in pairwise(lags)) and lags[-1] > lags[0]:
        return Status.WARN
    return Status.OK


def _frozen(times: Sequence[float], offsets: Sequence[int]) -> bool:
    """Whether the offset has stood still for longer than it was seen moving within the window."""
    since = len(offsets) - 1
    while since > 0 and offsets[since - 1] == offsets[-1]:
        since -= 1
    first, moved, now = times[0], times[since], times[-1]
    return now - moved > moved - first
