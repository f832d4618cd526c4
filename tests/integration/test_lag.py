"""``newsflow lag`` against the real broker: exact lag per partition, STOP and STALL, and the ``--serve`` exporter."""

from __future__ import annotations

import argparse
import io
import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata
from prometheus_client.parser import text_string_to_metric_families

from newsflow import bus
from newsflow.broker import free_port
from newsflow.cli import main
from newsflow.cli.lag import add_arguments, run_lag
from newsflow.lag.sample import GroupAdminClient, describe_members
from newsflow.runtime import StopFlag
from newsflow.settings import Settings
from tests.conftest import SettingsFactory
from tests.integration.helpers import export_settings, wait_for

pytestmark = pytest.mark.integration

PRODUCED = {0: 10, 1: 7, 2: 4}
COMMITTED = {0: 3, 1: 2, 2: 4}
HOUR_AGO_MS = int(time.time() * 1000) - 3_600_000


def timestamp_ms(partition: int, offset: int) -> int:
    """Record timestamps an hour old, 100 s apart per partition and 1 s apart per offset."""
    return HOUR_AGO_MS + partition * 100_000 + offset * 1_000


@pytest.fixture
def settings(make_settings: SettingsFactory, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings with 3-partition topics holding PRODUCED records, also exported as NEWSFLOW_* for ``main``."""
    settings = make_settings(topic_partitions=3)
    export_settings(settings, monkeypatch)
    bus.ensure_topics(settings, [settings.articles_topic])
    producer = bus.make_producer(settings, "test")
    # one batch per partition: Tansu's ListOffsets then answers 1, the high watermark 10 / 7 / 4
    for partition, count in PRODUCED.items():
        for offset in range(count):
            producer.send(
                settings.articles_topic,
                key=f"k{partition}-{offset}".encode(),
                value=b"x" * 100,
                partition=partition,
                timestamp_ms=timestamp_ms(partition, offset),
            )
    producer.flush()
    producer.close()
    return settings


def commit_without_members(settings: Settings, group: str, offsets: dict[int, int]) -> None:
    """Commit offsets for ``group`` the way a consumer that then went away would have left them."""
    consumer = KafkaConsumer(**bus.client_config(settings, "test"), group_id=group, enable_auto_commit=False)
    tps = {TopicPartition(settings.articles_topic, p): o for p, o in offsets.items()}
    consumer.assign(list(tps))
    consumer.commit({tp: OffsetAndMetadata(o, "", -1) for tp, o in tps.items()})
    consumer.close(autocommit=False)


def lag_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["lag", "--format", "json", "--window", "2", "--interval", "0.5", *args]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_lag_reports_the_exact_backlog_per_partition_and_stop_once_commits_stop(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    group = settings.group("behind")
    commit_without_members(settings, group, COMMITTED)
    rows = lag_json(capsys, "--group", group)
    assert [(r["topic"], r["partition"]) for r in rows] == [(settings.articles_topic, p) for p in range(3)]
    assert [r["committed"] for r in rows] == [3, 2, 4]
    assert [r["end"] for r in rows] == [10, 7, 4]
    assert [r["lag"] for r in rows] == [7, 5, 0]
    # nobody commits and nobody is in the group: the lagging partitions are STOP, the caught-up one OK
    assert [r["status"] for r in rows] == ["STOP", "STOP", "OK"]
    assert [r["members"] for r in rows] == [[], [], []]
    assert {r["active_members"] for r in rows} == {0}
    # the age of the oldest unconsumed record comes from its timestamp: exactly 99 s apart on partitions 0 and 1
    seconds = [r["lag_seconds"] for r in rows]
    assert isinstance(seconds[0], float)
    assert isinstance(seconds[1], float)
    assert seconds[0] > 3_500
    gap = (timestamp_ms(1, COMMITTED[1]) - timestamp_ms(0, COMMITTED[0])) / 1000
    assert seconds[0] - seconds[1] == pytest.approx(gap, abs=0.002)
    assert seconds[2] == 0


def test_lag_filters_by_topic_and_prints_a_table(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    group = settings.group("table")
    commit_without_members(settings, group, {0: 9})
    assert lag_json(capsys, "--group", group, "--topic", "no-such-topic") == []
    capsys.readouterr()
    assert main(["lag", "--group", group, "--window", "1", "--interval", "0.5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["GROUP", "TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "LAG_S", "STATUS", "MEMBERS"]
    cells = [line.split() for line in lines[1:]]
    # every partition of a topic the group committed on is listed; the uncommitted ones with data are ERR
    assert [c[:6] for c in cells] == [
        [group, settings.articles_topic, "0", "9", "10", "1"],
        [group, settings.articles_topic, "1", "-", "7", "-"],
        [group, settings.articles_topic, "2", "-", "4", "-"],
    ]
    assert [c[7] for c in cells] == ["STOP", "ERR", "ERR"]


@contextmanager
def stalled_member(settings: Settings, stage: str, offsets: dict[int, int]) -> Iterator[None]:
    """A live group member (its own thread) that committed ``offsets`` and then stopped making progress."""
    ready, stop = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def member() -> None:
        consumer = bus.make_consumer(settings, stage, [settings.articles_topic])
        try:
            while not stop.is_set():
                consumer.poll(timeout_ms=200)
                assigned = consumer.assignment()
                if not ready.is_set() and len(assigned) == len(PRODUCED):
                    consumer.commit({tp: OffsetAndMetadata(offsets[tp.partition], "", -1) for tp in assigned})
                    consumer.pause(*assigned)  # alive and heartbeating, reading nothing
                    ready.set()
        except BaseException as exc:
            errors.append(exc)
            raise
        finally:
            bus.close_consumer(consumer, 5)

    thread = threading.Thread(target=member, daemon=True)
    thread.start()
    try:
        assert ready.wait(30), f"the member did not join and commit: {errors}"
        yield
    finally:
        stop.set()
        thread.join(15)
        assert not thread.is_alive()
    assert not errors


def test_a_member_that_stops_committing_is_stall_then_stop_once_it_leaves(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    group = settings.group("stall")
    with stalled_member(settings, "stall", COMMITTED):
        rows = lag_json(capsys, "--group", group)
        assert [r["lag"] for r in rows] == [7, 5, 0]
        assert [r["status"] for r in rows] == ["STALL", "STALL", "OK"]
        assert {r["active_members"] for r in rows} == {1}
    rows = lag_json(capsys, "--group", group)
    assert [r["status"] for r in rows] == ["STOP", "STOP", "OK"]
    assert {r["active_members"] for r in rows} == {0}


def test_describe_groups_work_around_counts_members(settings: Settings) -> None:
    group = settings.group("described")
    admin = GroupAdminClient(**bus.client_config(settings, "test"))
    try:
        with stalled_member(settings, "described", COMMITTED):
            assert describe_members(admin, [group])[group].active == 1
        assert describe_members(admin, [group])[group].active == 0
    finally:
        admin.close()


def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
        text = answer.read().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_serve_exports_lag_and_status_series(settings: Settings) -> None:
    group = settings.group("served")
    commit_without_members(settings, group, COMMITTED)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    port = free_port()
    args = parser.parse_args(
        ["--group", group, "--serve", str(port), "--bind", "127.0.0.1", "--window", "2", "--interval", "0.3"]
    )
    stop = StopFlag()
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(run_lag(settings, args, stop)), daemon=True)
    thread.start()
    topic = settings.articles_topic

    def labels(partition: int, **more: str) -> tuple[tuple[str, str], ...]:
        return tuple(sorted({"group": group, "topic": topic, "partition": str(partition), **more}.items()))

    def stopped() -> bool:
        try:
            series = scrape(port)
        except OSError:
            return False
        return series.get(("newsflow_consumer_lag_status", labels(0, status="STOP"))) == 1.0

    try:
        wait_for(stopped, 30, "the exporter to report partition 0 as STOP")
        series = scrape(port)
        for partition, lag in ((0, 7), (1, 5), (2, 0)):
            assert series[("newsflow_consumer_lag_messages", labels(partition))] == lag
        assert series[("newsflow_consumer_lag_seconds", labels(0))] > 3_500
        assert series[("newsflow_consumer_lag_seconds", labels(2))] == 0
        assert series[("newsflow_consumer_lag_status", labels(2, status="OK"))] == 1.0
        statuses = {k[1]: v for k, v in series.items() if k[0] == "newsflow_consumer_lag_status"}
        assert sum(v for k, v in statuses.items() if ("partition", "1") in k) == 1.0  # one current status
    finally:
        stop.set()
        thread.join(20)
    assert not thread.is_alive(), "the exporter did not stop"
    assert codes == [0]


def test_watch_prints_a_report_per_period_and_stops_when_asked(settings: Settings) -> None:
    group = settings.group("watched")
    commit_without_members(settings, group, COMMITTED)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(
        ["--group", group, "--format", "json", "--watch", "0.5", "--window", "1", "--interval", "0.25"]
    )
    out = io.StringIO()
    stop = StopFlag()
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(run_lag(settings, args, stop, out)), daemon=True)
    thread.start()
    try:
        wait_for(lambda: len(out.getvalue().splitlines()) >= 3, 30, "three reports")
    finally:
        stop.set()
        thread.join(20)
    assert not thread.is_alive(), "--watch did not stop"
    assert codes == [0]
    for line in out.getvalue().splitlines():
        assert [(r["lag"], r["status"]) for r in json.loads(line)] == [(7, "STOP"), (5, "STOP"), (0, "OK")]
