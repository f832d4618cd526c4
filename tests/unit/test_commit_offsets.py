"""A finished batch commits one past its last record per partition, and only on partitions still held."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from kafka.consumer.fetcher import ConsumerRecord
from kafka.structs import TopicPartition

from newsflow.bus import finished_offsets


def record(topic: str, partition: int, offset: int) -> ConsumerRecord:
    return ConsumerRecord(topic, partition, -1, offset, 0, 0, None, b"", [], None, 0, 0, 0)


def test_one_past_the_last_record_of_each_partition() -> None:
    records = [record("a", 0, 5), record("a", 0, 7), record("a", 1, 2), record("b", 0, 9)]
    held = [TopicPartition("a", 0), TopicPartition("a", 1), TopicPartition("b", 0)]
    offsets = {tp: meta.offset for tp, meta in finished_offsets(records, held).items()}
    assert offsets == {TopicPartition("a", 0): 8, TopicPartition("a", 1): 3, TopicPartition("b", 0): 10}


def test_partitions_lost_in_a_rebalance_are_not_committed() -> None:
    records = [record("a", 0, 5), record("a", 1, 2)]
    offsets = finished_offsets(records, [TopicPartition("a", 1)])
    assert list(offsets) == [TopicPartition("a", 1)]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1000)), max_size=50), st.sets(st.integers(0, 3)))
def test_never_beyond_the_batch_and_never_outside_the_assignment(pairs: list[tuple[int, int]], held: set[int]) -> None:
    records = [record("t", partition, offset) for partition, offset in pairs]
    offsets = finished_offsets(records, [TopicPartition("t", p) for p in held])
    for tp, meta in offsets.items():
        assert tp.partition in held
        assert meta.offset == max(o for p, o in pairs if p == tp.partition) + 1
    assert {tp.partition for tp in offsets} == {p for p, _ in pairs} & held
