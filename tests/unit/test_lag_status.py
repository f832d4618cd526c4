"""The Burrow-style status rules of ``newsflow lag``, the member parser and the rolling window."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsflow.lag.members import UNKNOWN, GroupMembers, members_from_description
from newsflow.lag.status import Sample, Status, evaluate, lag_of
from newsflow.lag.window import LagWindow, PartitionKey, Reading

times = st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=2, max_size=12, unique=True).map(
    sorted
)
members = st.one_of(st.none(), st.integers(min_value=0, max_value=5))


def window(offsets: list[int], ends: list[int], at: list[float] | None = None) -> list[Sample]:
    at = at if at is not None else [float(i) for i in range(len(offsets))]
    return [Sample.of(t, c, e) for t, c, e in zip(at, offsets, ends, strict=True)]


# --- lag ------------------------------------------------------------------------------------------------------


@given(st.integers(0, 10**12), st.integers(0, 10**12))
def test_lag_is_end_minus_committed_and_never_negative(committed: int, end: int) -> None:
    assert lag_of(committed, end) == max(0, end - committed)


def test_lag_without_a_commit_is_known_only_for_an_empty_partition() -> None:
    assert lag_of(None, 0) == 0
    assert lag_of(None, 5) is None
    assert lag_of(3, None) is None


# --- ERR and OK -----------------------------------------------------------------------------------------------


@given(times, members)
def test_unknown_latest_offsets_are_err(at: list[float], active: int | None) -> None:
    samples = [Sample.of(t, 1, 10) for t in at[:-1]] + [Sample.of(at[-1], None, None)]
    assert evaluate(samples, active) is Status.ERR


def test_a_partition_with_data_but_no_commit_is_err() -> None:
    assert evaluate([*window([0, 0], [5, 5]), Sample.of(2.0, None, 5)], 1) is Status.ERR
    assert evaluate([], 1) is Status.ERR


@given(times, members, st.data())
def test_any_zero_lag_in_the_window_is_ok(at: list[float], active: int | None, data: st.DataObject) -> None:
    n = len(at)
    offsets = data.draw(st.lists(st.integers(0, 100), min_size=n, max_size=n))
    lags = data.draw(st.lists(st.integers(0, 100), min_size=n, max_size=n))
    zero = data.draw(st.integers(0, n - 1))
    lags[zero] = 0
    assert evaluate(window(offsets, [c + lag for c, lag in zip(offsets, lags, strict=True)], at), active) is Status.OK


@given(st.integers(0, 100), st.integers(1, 100), members)
def test_a_single_sample_has_no_trend_and_is_ok(committed: int, lag: int, active: int | None) -> None:
    assert evaluate([Sample.of(5.0, committed, committed + lag)], active) is Status.OK


# --- STOP and STALL -------------------------------------------------------------------------------------------


@given(times, st.integers(0, 1000), st.data())
def test_an_offset_that_never_moves_behind_the_end_is_stop_without_members(
    at: list[float], committed: int, data: st.DataObject
) -> None:
    ends = data.draw(st.lists(st.integers(committed + 1, committed + 1000), min_size=len(at), max_size=len(at)))
    samples = window([committed] * len(at), ends, at)
    assert evaluate(samples, 0) is Status.STOP
    assert evaluate(samples, None) is Status.STOP  # the broker did not say: no movement and nobody known


@given(times, st.integers(0, 1000), st.integers(1, 5), st.data())
def test_an_offset_that_never_moves_with_members_present_is_stall(
    at: list[float], committed: int, active: int, data: st.DataObject
) -> None:
    ends = data.draw(st.lists(st.integers(committed + 1, committed + 1000), min_size=len(at), max_size=len(at)))
    assert evaluate(window([committed] * len(at), ends, at), active) is Status.STALL


def test_an_offset_that_moved_early_and_then_stood_still_longer_is_stopped() -> None:
    # moved at t=1, still until t=10: 9 s still > 1 s seen moving (Burrow's STOP rule)
    samples = window([0, 5, 5, 5], [50, 50, 50, 50], [0.0, 1.0, 5.0, 10.0])
    assert evaluate(samples, 0) is Status.STOP
    assert evaluate(samples, 2) is Status.STALL


def test_an_offset_that_moved_recently_is_not_stopped() -> None:
    # moved at t=8, still only since: 2 s still < 8 s seen moving
    assert evaluate(window([0, 0, 5, 5], [50, 50, 50, 50], [0.0, 4.0, 8.0, 10.0]), 0) is Status.OK


@given(times, st.data())
def test_an_offset_moving_at_every_sample_is_never_stop_or_stall(at: list[float], data: st.DataObject) -> None:
    steps = data.draw(st.lists(st.integers(1, 50), min_size=len(at) - 1, max_size=len(at) - 1))
    offsets = [0]
    for step in steps:
        offsets.append(offsets[-1] + step)
    lags = data.draw(st.lists(st.integers(1, 100), min_size=len(at), max_size=len(at)))
    status = evaluate(window(offsets, [c + lag for c, lag in zip(offsets, lags, strict=True)], at), 0)
    assert status in (Status.OK, Status.WARN)


# --- REWIND and WARN ------------------------------------------------------------------------------------------


def test_an_offset_going_backwards_is_rewind() -> None:
    assert evaluate(window([10, 20, 5], [100, 100, 100]), 1) is Status.REWIND


@given(times, st.data())
def test_lag_that_never_falls_and_grows_while_the_offset_moves_is_warn(at: list[float], data: st.DataObject) -> None:
    n = len(at)
    steps = data.draw(st.lists(st.integers(1, 50), min_size=n - 1, max_size=n - 1))
    growth = data.draw(st.lists(st.integers(0, 50), min_size=n - 1, max_size=n - 1))
    assume(sum(growth) > 0)
    offsets, lags = [0], [1]
    for step, more in zip(steps, growth, strict=True):
        offsets.append(offsets[-1] + step)
        lags.append(lags[-1] + more)
    assert evaluate(window(offsets, [c + lag for c, lag in zip(offsets, lags, strict=True)], at), 1) is Status.WARN


@given(times, st.data())
def test_lag_that_falls_somewhere_while_the_offset_moves_is_ok(at: list[float], data: st.DataObject) -> None:
    n = len(at)
    offsets = [10 * i for i in range(n)]
    lags = data.draw(st.lists(st.integers(1, 100), min_size=n, max_size=n))
    assume(any(later < earlier for earlier, later in pairwise(lags)))
    assert evaluate(window(offsets, [c + lag for c, lag in zip(offsets, lags, strict=True)], at), 1) is Status.OK


# --- invariants -----------------------------------------------------------------------------------------------


int_times = st.lists(st.integers(0, 10**6), min_size=2, max_size=12, unique=True).map(sorted)


@given(int_times, members, st.data(), st.integers(-(10**6), 10**6), st.integers(1, 1000))
def test_status_depends_on_neither_the_epoch_nor_the_time_unit_nor_the_order_given(
    at: list[int], active: int | None, data: st.DataObject, shift: int, scale: int
) -> None:
    n = len(at)
    offsets = data.draw(st.lists(st.integers(0, 20), min_size=n, max_size=n))
    ends = [c + data.draw(st.integers(0, 5)) for c in offsets]
    base = evaluate(window(offsets, ends, [float(t) for t in at]), active)
    moved = [float(t * scale + shift) for t in at]
    assert evaluate(window(offsets, ends, moved), active) is base
    assert evaluate(list(reversed(window(offsets, ends, [float(t) for t in at]))), active) is base


# --- members ----------------------------------------------------------------------------------------------------


def test_members_with_decoded_assignments_are_named_per_partition() -> None:
    # the shape kafka-python's describe_groups gives for Apache Kafka (decoded ConsumerProtocolAssignment)
    description = {
        "group_id": "g",
        "error": None,
        "members": [
            {
                "member_id": "m1",
                "client_id": "newsflow-claims",
                "client_host": "/10.0.0.7",
                "member_assignment": {"assigned_partitions": [{"topic": "t", "partitions": [0, 2]}], "user_data": None},
            },
            {
                "member_id": "m2",
                "client_id": "newsflow-claims",
                "client_host": "/10.0.0.8",
                "member_assignment": {"assigned_partitions": [{"topic": "t", "partitions": [1]}], "user_data": None},
            },
        ],
    }
    found = members_from_description(description)
    assert found.active == 2
    assert found.of_partition("t", 0) == ["newsflow-claims@10.0.0.7"]
    assert found.of_partition("t", 1) == ["newsflow-claims@10.0.0.8"]
    assert found.of_partition("t", 3) == []


def test_members_without_assignments_are_counted_but_not_placed() -> None:
    # what Tansu answers: members, but empty assignments and client ids
    description = {
        "error": None,
        "members": [{"member_id": "kafka-python-1", "client_id": "", "client_host": "", "member_assignment": ""}],
    }
    found = members_from_description(description)
    assert found == GroupMembers(active=1)
    assert found.of_partition("t", 0) is None


def test_an_empty_group_has_no_members_and_an_error_means_unknown() -> None:
    assert members_from_description({"error": None, "members": []}).of_partition("t", 0) == []
    assert members_from_description({"error": None, "members": []}).active == 0
    assert members_from_description({"error": "GroupAuthorizationFailed", "members": []}) is UNKNOWN


# --- window -----------------------------------------------------------------------------------------------------


def test_the_window_keeps_only_its_span_and_reports_the_latest_figures() -> None:
    key = PartitionKey("g", "t", 0)
    lagging = LagWindow(span_s=10)
    for t in range(0, 30, 2):
        lagging.add([Reading(key, Sample.of(float(t), 5, 9, lag_seconds=float(t)), GroupMembers(active=0))])
    lagging.prune(28.0)
    (row,) = lagging.rows()
    assert (row.committed, row.end, row.lag, row.lag_seconds) == (5, 9, 4, 28.0)
    assert row.status is Status.STOP
    assert row.to_dict()["status"] == "STOP"
    lagging.mark_unavailable(30.0)
    assert lagging.rows()[0].status is Status.ERR
    lagging.prune(100.0)
    assert lagging.rows() == []


def test_a_negative_span_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        LagWindow(-1)
