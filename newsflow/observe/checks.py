"""Readiness checks and consumer-side lag, shared by the services.

A check never touches a Kafka client from the health thread (kafka-python clients are not thread-safe): the
broker check opens a TCP connection to a bootstrap server, and the assignment check reads what the service
loop last published.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from kafka.errors import KafkaError
from sqlalchemy import Engine, text

from newsflow.observe.health import Check, Health
from newsflow.observe.metrics import CONSUMER_LAG, CONSUMER_LAG_SECONDS, MESSAGES_IN


def database_check(engine: Engine) -> Check:
    """Ready when ``SELECT 1`` answers."""

    def check() -> str | None:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None

    return check


def broker_check(bootstrap: str, timeout_s: float = 1.0) -> Check:
    """Ready when at least one bootstrap server accepts a TCP connection."""
    servers = [part.strip() for part in bootstrap.split(",") if part.strip()]

    def check() -> str | None:
        errors = []
        for server in servers:
            host, _, port = server.rpartition(":")
            try:
                with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s):
                    return None
            except (OSError, ValueError) as exc:
                errors.append(f"{server}: {exc}")
        return "no bootstrap server reachable (" + "; ".join(errors) + ")"

    return check


class LagSource(Protocol):
    """The part of a KafkaConsumer that consumer-side lag needs."""

    def assignment(self) -> Any: ...

    def highwater(self, partition: Any) -> int | None: ...

    def position(self, partition: Any, timeout_ms: int | None = None) -> int | None: ...


def record_lag(
    consumer: LagSource, group: str, polled: Mapping[Any, Sequence[Any]], now_ms: float | None = None
) -> dict[tuple[str, int], int]:
    """Export lag per assigned partition after a poll: high watermark minus position (exact on every broker,
    unlike ``end_offsets``), and the age of the oldest unconsumed message, read from the timestamp of the first
    record the poll returned for that partition (0 when the partition is caught up). Returns the lags set."""
    now = time.time() * 1000 if now_ms is None else now_ms
    lags: dict[tuple[str, int], int] = {}
    for tp in consumer.assignment():
        highwater = consumer.highwater(tp)
        if highwater is None:
            continue  # nothing fetched from this partition yet: unknown, not zero
        try:
            position = consumer.position(tp, timeout_ms=0)
        except KafkaError:  # revoked by a rebalance since assignment() answered
            continue
        if position is None:
            continue
        records = polled.get(tp) or ()
        lag = max(0, highwater - position + len(records))
        labels = {"group": group, "topic": tp.topic, "partition": str(tp.partition)}
        CONSUMER_LAG.labels(**labels).set(lag)
        if lag == 0:
            CONSUMER_LAG_SECONDS.labels(**labels).set(0)
        elif records:
            CONSUMER_LAG_SECONDS.labels(**labels).set(max(0.0, (now - records[0].timestamp) / 1000))
        lags[(tp.topic, tp.partition)] = lag
    return lags


def observe_poll(
    health: Health, consumer: LagSource, stage: str, group: str, polled: Mapping[Any, Sequence[Any]]
) -> None:
    """After each consumer poll: the loop is alive, what it holds, what it received, and its lag."""
    health.beat()
    health.assignment.update(consumer.assignment())
    received = sum(len(records) for records in polled.values())
    if received:
        MESSAGES_IN.labels(stage=stage).inc(received)
    record_lag(consumer, group, polled)
