"""The sink's batch window: flush at the size limit or when the time since the first record is up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sinks.batching import BatchWindow


def test_an_empty_batch_never_times_out() -> None:
    window = BatchWindow(max_records=10, max_wait_s=1.0)
    assert not window.due(now=1_000.0)
    assert window.wait_s(now=1_000.0, idle_s=0.5) == 0.5


def test_the_clock_starts_at_the_first_record_not_at_the_first_poll() -> None:
    window = BatchWindow(max_records=10, max_wait_s=1.0)
    window.add(0, now=5.0)  # an empty poll does not open the batch
    window.add(3, now=50.0)
    assert not window.due(now=50.9)
    assert window.wait_s(now=50.25, idle_s=0.5) == 0.5
    assert window.wait_s(now=50.75, idle_s=0.5) == 0.25
    window.add(2, now=50.8)  # later records do not move the deadline
    assert window.due(now=51.0)
    assert window.size == 5


def test_a_full_batch_is_due_at_once_and_has_no_room() -> None:
    window = BatchWindow(max_records=4, max_wait_s=60.0)
    window.add(3, now=0.0)
    assert window.room() == 1
    assert not window.due(now=0.0)
    window.add(1, now=0.0)
    assert window.full()
    assert window.due(now=0.0)
    assert window.room() == 0


@given(
    st.integers(min_value=1, max_value=50),
    st.floats(min_value=0.001, max_value=10),
    st.lists(st.tuples(st.integers(0, 20), st.floats(0, 5)), max_size=30),
)
def test_due_exactly_when_full_or_expired(
    max_records: int, max_wait_s: float, arrivals: list[tuple[int, float]]
) -> None:
    window = BatchWindow(max_records=max_records, max_wait_s=max_wait_s)
    now = 0.0
    first: float | None = None
    size = 0
    for count, step in arrivals:
        now += step
        window.add(count, now)
        if count > 0:
            first = now if first is None else first
            size += count
        expected = size >= max_records or (first is not None and now - first >= max_wait_s)
        assert window.due(now) == expected
        assert window.room() == max(0, max_records - size)
