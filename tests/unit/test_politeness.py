"""HostGate: the per-host concurrency cap, the gap between starts, slow_down, deadlines and bounded memory."""

from __future__ import annotations

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from ingest.errors import FetchError
from ingest.politeness import HostGate
from newsflow.settings import Settings

SLACK = 0.01  # scheduler jitter between the gate granting a slot and the test reading the clock


def test_concurrency_cap_holds_under_eight_threads() -> None:
    gate = HostGate(max_concurrency=2, min_delay_s=0.0)
    lock = threading.Lock()
    in_flight = 0
    peak = 0

    def work(_: int) -> None:
        nonlocal in_flight, peak
        with gate.slot("news.example"):
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.03)
            with lock:
                in_flight -= 1

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(24)))
    assert peak == 2
    assert in_flight == 0


def test_starts_to_one_host_are_at_least_min_delay_apart() -> None:
    gate = HostGate(max_concurrency=8, min_delay_s=0.05)
    starts: list[float] = []
    lock = threading.Lock()

    def work(_: int) -> None:
        with gate.slot("News.Example."), lock:  # the same host however it is spelled
            starts.append(time.monotonic())

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(8)))
    starts.sort()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 0.05 - SLACK
    assert starts[-1] - began >= 7 * 0.05 - SLACK


def test_other_hosts_are_not_held_back() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=5.0)
    with gate.slot("a.example"):
        pass
    started = time.monotonic()
    with gate.slot("b.example"), gate.slot("c.example"):
        pass
    assert time.monotonic() - started < 0.5


def test_slow_down_delays_the_next_start() -> None:
    gate = HostGate(max_concurrency=4, min_delay_s=0.0)
    with gate.slot("busy.example"):
        pass
    gate.slow_down("busy.example", 0.3)
    assert gate.next_start_in("busy.example") > 0.2
    started = time.monotonic()
    with gate.slot("busy.example"):
        waited = time.monotonic() - started
    assert waited >= 0.3 - SLACK


def test_slow_down_never_brings_a_later_start_forward() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0)
    gate.slow_down("h.example", 10)
    gate.slow_down("h.example", 0.01)
    assert gate.next_start_in("h.example") > 9


def test_deadline_passing_while_waiting_raises_timeout_and_takes_no_slot() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0)
    gate.slow_down("h.example", 10)
    started = time.monotonic()
    with pytest.raises(FetchError) as info, gate.slot("h.example", deadline=time.monotonic() + 0.1):
        pass
    assert info.value.kind == "timeout"
    assert info.value.retryable
    assert 0.1 - SLACK <= time.monotonic() - started < 1.0


def test_deadline_while_the_host_is_full() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0)
    with gate.slot("h.example"), pytest.raises(FetchError), gate.slot("h.example", deadline=time.monotonic() + 0.05):
        pass
    # The failed wait took no slot: the host is free again.
    with gate.slot("h.example", deadline=time.monotonic() + 0.5):
        pass


def test_a_freed_slot_wakes_a_waiter() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0)
    entered = threading.Event()

    def second() -> None:
        with gate.slot("h.example"):
            entered.set()

    with gate.slot("h.example"):
        thread = threading.Thread(target=second)
        thread.start()
        assert not entered.wait(0.1)
    assert entered.wait(1.0)
    thread.join()


def test_idle_hosts_are_forgotten() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0, max_hosts=10)
    for i in range(1000):
        with gate.slot(f"host{i}.example"):
            pass
    assert len(gate) <= 10


def test_busy_hosts_are_remembered() -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.0, max_hosts=2)
    gate.slow_down("slowed.example", 30)
    for i in range(10):
        with gate.slot(f"host{i}.example"):
            pass
    assert gate.next_start_in("slowed.example") > 29


@pytest.mark.parametrize(("concurrency", "delay"), [(0, 1.0), (1, -1.0)])
def test_bad_limits_are_refused(concurrency: int, delay: float) -> None:
    with pytest.raises(ValueError, match=r"max_concurrency|min_delay_s"):
        HostGate(concurrency, delay)


def test_from_settings() -> None:
    settings = Settings(_env_file=None, host_max_concurrency=3, host_min_delay_s=0.25)
    gate = HostGate.from_settings(settings)
    assert (gate.max_concurrency, gate.min_delay_s) == (3, 0.25)
