"""One sampling pass over the cluster: committed offsets, exact end offsets, lag in seconds, members (I/O).

- Committed offsets: ``KafkaAdminClient.list_group_offsets``, one group per request (brokers before
  OffsetFetch v8 take one group at a time).
- End offsets, exact on every broker: ``end_offsets()`` (ListOffsets) under-reports on Tansu by the size of the
  last batch minus one, so it is only a lower bound: a probe consumer assigns the partitions, seeks each to that
  bound and fetches once; the high watermark of the fetch answer is the true end. On Apache Kafka the seek lands
  on the end already and the same code is right.
- Lag in seconds: the age of the oldest unconsumed message, from the timestamp of the record at the committed
  offset (fetched by the same probe consumer); 0 when the lag is 0. One clock reading per pass serves every
  partition of it.
- Members: DescribeGroups, through the one work-around below (:class:`GroupAdminClient`); when the broker does
  not answer it, the members are reported as unknown.

A fresh probe consumer is made for each pass: its high watermarks are then certainly from this pass, and an
``assign()`` consumer that lost its broker does not linger.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient
from kafka.errors import KafkaError

from newsflow.bus import client_config
from newsflow.errors import BrokerUnavailable
from newsflow.lag.members import UNKNOWN, GroupMembers, members_from_description
from newsflow.lag.status import Sample, lag_of
from newsflow.lag.window import PartitionKey, Reading
from newsflow.settings import Settings

log = logging.getLogger(__name__)

_NO_OFFSET = -1


class GroupAdminClient(KafkaAdminClient):  # type: ignore[misc]
    """The admin client with DescribeGroups that works on every broker.

    kafka-python 3.0.12 always asks for the group's authorized operations and then fails to decode the answer
    of some brokers (Tansu: ``ValueError: 15 is not a valid ACLOperation``). We never use those operations, so
    this drops them before they are decoded; everything else is kafka-python's own code.
    """

    def _process_acl_operations(self, obj: dict[str, Any]) -> dict[str, Any]:
        obj.pop("authorized_operations", None)
        return obj


def describe_members(admin: KafkaAdminClient, groups: list[str]) -> dict[str, GroupMembers]:
    """Members of each group, :data:`~newsflow.lag.members.UNKNOWN` where the broker does not tell."""
    if not groups:
        return {}
    try:
        described: Mapping[str, Mapping[str, Any]] = admin.describe_groups(groups)
    except (KafkaError, ValueError) as exc:  # ValueError: a broker answer kafka-python cannot decode
        log.info("groups could not be described; members unknown", extra={"error": str(exc)})
        return dict.fromkeys(groups, UNKNOWN)
    return {group: members_from_description(described.get(group, {"error": "missing"})) for group in groups}


class LagSampler:
    """Samples the lag of consumer groups (all, or one) on all their topics (or one); close when done."""

    def __init__(
        self, settings: Settings, group: str | None = None, topic: str | None = None, fetch_timeout_s: float = 5.0
    ) -> None:
        self._settings = settings
        self._group = group
        self._topic = topic
        self._fetch_timeout_s = fetch_timeout_s
        self._admin: KafkaAdminClient | None = None

    def close(self) -> None:
        """Close the admin client."""
        admin, self._admin = self._admin, None
        if admin is not None:
            admin.close()

    def sample(self) -> list[Reading]:
        """One pass over the selected groups; raises :class:`BrokerUnavailable` when the broker does not answer."""
        try:
            return self._sample()
        except KafkaError as exc:
            self.close()  # a fresh admin client next time
            raise BrokerUnavailable(f"lag sampling failed: {exc}") from exc

    def _admin_client(self) -> KafkaAdminClient:
        if self._admin is None:
            self._admin = GroupAdminClient(**client_config(self._settings, "newsflow-lag"))
        return self._admin

    def _sample(self) -> list[Reading]:
        admin = self._admin_client()
        groups = [self._group] if self._group else sorted(_consumer_groups(admin))
        committed = {group: _committed(admin, group, self._topic) for group in groups}
        groups = [group for group in groups if committed[group] or (self._group and self._topic)]
        if not groups:
            return []
        members = describe_members(admin, groups)
        probe = self._probe()
        try:
            wanted = self._partitions(probe, committed)
            ends = high_watermarks(probe, {tp for tps in wanted.values() for tp in tps}, self._fetch_timeout_s)
            now = time.time()
            oldest = self._oldest_unconsumed(probe, wanted, committed, ends)
        finally:
            probe.close()
        readings = []
        for group, partitions in wanted.items():
            for tp in sorted(partitions):
                offset, end = committed[group].get(tp), ends.get(tp)
                lag = lag_of(offset, end)
                stamp = oldest.get((tp, offset)) if offset is not None else None
                seconds = 0.0 if lag == 0 else None if stamp is None else max(0.0, now - stamp / 1000.0)
                readings.append(
                    Reading(
                        PartitionKey(group, tp.topic, tp.partition),
                        Sample(now, offset, end, lag, seconds),
                        members.get(group, UNKNOWN),
                    )
                )
        return readings

    def _probe(self) -> KafkaConsumer:
        return KafkaConsumer(
            **client_config(self._settings, "newsflow-lag"),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=50,
            max_partition_fetch_bytes=1024 * 1024,
            allow_auto_create_topics=False,
        )

    def _partitions(
        self, probe: KafkaConsumer, committed: Mapping[str, Mapping[TopicPartition, int]]
    ) -> dict[str, set[TopicPartition]]:
        """Per group, every partition of each topic it committed on (the named topic, if one was given)."""
        wanted: dict[str, set[TopicPartition]] = {}
        for group, offsets in committed.items():
            topics = {tp.topic for tp in offsets}
            if self._group and self._topic:
                topics.add(self._topic)
            partitions = set(offsets)
            for topic in topics:
                known = probe.partitions_for_topic(topic) or set()
                partitions |= {TopicPartition(topic, p) for p in known}
            if partitions:
                wanted[group] = partitions
        return wanted

    def _oldest_unconsumed(
        self,
        probe: KafkaConsumer,
        wanted: Mapping[str, set[TopicPartition]],
        committed: Mapping[str, Mapping[TopicPartition, int]],
        ends: Mapping[TopicPartition, int],
    ) -> dict[tuple[TopicPartition, int], int]:
        """Timestamp (ms) of the record at each lagging committed offset."""
        needed: set[tuple[TopicPartition, int]] = set()
        for group, partitions in wanted.items():
            for tp in partitions:
                offset = committed[group].get(tp)
                if offset is not None and tp in ends and offset < ends[tp]:
                    needed.add((tp, offset))
        return record_timestamps(probe, needed, self._fetch_timeout_s)


def _consumer_groups(admin: KafkaAdminClient) -> list[str]:
    return [str(g["group_id"]) for g in admin.list_groups() if g.get("protocol_type", "consumer") in ("consumer", "")]


def _committed(admin: KafkaAdminClient, group: str, topic: str | None) -> dict[TopicPartition, int]:
    """The group's committed offsets (on one topic, if given); partitions without a commit are left out."""
    answer: Mapping[str, Mapping[TopicPartition, Any]] = admin.list_group_offsets({group: None})
    offsets = answer.get(group, {})
    return {
        tp: int(meta.offset)
        for tp, meta in offsets.items()
        if meta.offset is not None and meta.offset != _NO_OFFSET and (topic is None or tp.topic == topic)
    }


def high_watermarks(
    consumer: KafkaConsumer, partitions: Iterable[TopicPartition], timeout_s: float
) -> dict[TopicPartition, int]:
    """The exact end offset of each partition, read from fetch answers (partitions that do not answer within
    ``timeout_s`` are left out). ``consumer`` must be a fresh consumer without a group."""
    # partitions of deleted topics have no end; ListOffsets would only time out on them
    tps = [tp for tp in sorted(set(partitions)) if tp.partition in (consumer.partitions_for_topic(tp.topic) or ())]
    if not tps:
        return {}
    consumer.assign(tps)
    lower: Mapping[TopicPartition, int | None] = consumer.end_offsets(tps)
    for tp in tps:
        bound = lower.get(tp)
        if bound is None:
            consumer.seek_to_beginning(tp)
        else:
            consumer.seek(tp, bound)
    found: dict[TopicPartition, int] = {}
    deadline = time.monotonic() + timeout_s
    while len(found) < len(tps) and time.monotonic() < deadline:
        consumer.poll(timeout_ms=100)
        for tp in tps:
            mark = consumer.highwater(tp)
            if mark is not None:
                found[tp] = int(mark)
    return found


def record_timestamps(
    consumer: KafkaConsumer, wanted: Iterable[tuple[TopicPartition, int]], timeout_s: float
) -> dict[tuple[TopicPartition, int], int]:
    """The timestamp (ms) of the first record at or after each (partition, offset), read with ``consumer``
    (already assigned those partitions). A partition is read at one offset at a time, so several offsets of one
    partition take several rounds."""
    pending: dict[TopicPartition, list[int]] = {}
    for tp, offset in sorted(wanted):
        pending.setdefault(tp, []).append(offset)
    found: dict[tuple[TopicPartition, int], int] = {}
    deadline = time.monotonic() + timeout_s
    while pending and time.monotonic() < deadline:
        current = {tp: offsets[0] for tp, offsets in pending.items()}
        consumer.pause(*consumer.assignment())
        for tp, offset in current.items():
            consumer.seek(tp, offset)
        consumer.resume(*current)
        while current and time.monotonic() < deadline:
            for tp, records in consumer.poll(timeout_ms=100).items():
                if tp not in current:
                    continue
                start = current[tp]
                first = next((r for r in records if r.offset >= start), None)
                if first is not None:
                    found[(tp, start)] = int(first.timestamp)
                    del current[tp]
                    consumer.pause(tp)
        for tp in list(pending):
            pending[tp] = pending[tp][1:]
            if not pending[tp]:
                del pending[tp]
    return found
