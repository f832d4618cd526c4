"""The pure parts of riding out a broker that restarts or loses data (or keeps a consumer out of its group), and of
choosing what to reconcile."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kafka.consumer.fetcher import ConsumerRecord
from kafka.structs import ConsumerGroupMetadata, MemberState, TopicPartition

from newsflow.bus import MembershipWatch, beyond_end, first_offsets, recreated
from newsflow.errors import GroupMembershipLost
from newsflow.reconcile import LostEntry, ReconcileReport, one_per_article

A0, A1, B0 = TopicPartition("a", 0), TopicPartition("a", 1), TopicPartition("b", 0)


def record(topic: str, partition: int, offset: int) -> ConsumerRecord:
    return ConsumerRecord(topic, partition, -1, offset, 0, 0, None, b"", [], None, 0, 0, 0)


def test_a_position_past_the_high_watermark_means_the_log_is_gone() -> None:
    positions = {A0: 11, A1: 5, B0: 3}
    highwaters = {A0: 0, A1: 5, B0: 7}  # A0's broker came back empty; A1 is caught up; B0 is behind
    assert beyond_end(positions, highwaters) == {A0}


def test_unknown_positions_or_watermarks_are_not_judged() -> None:
    assert beyond_end({A0: None, A1: 4}, {A0: 0, A1: None}) == set()
    assert beyond_end({A0: 4}, {}) == set()


@given(st.dictionaries(st.integers(0, 5), st.tuples(st.integers(0, 100), st.integers(0, 100))))
def test_only_positions_strictly_past_the_end_are_lost(parts: dict[int, tuple[int, int]]) -> None:
    positions = {TopicPartition("t", p): pos for p, (pos, _) in parts.items()}
    highwaters = {TopicPartition("t", p): hw for p, (_, hw) in parts.items()}
    lost = beyond_end(positions, highwaters)
    assert lost == {tp for tp in positions if positions[tp] > highwaters[tp]}


def test_a_topic_whose_id_changed_was_recreated() -> None:
    known = {"a": "id-1", "b": "id-2"}
    assert recreated(known, {"a": "id-9", "b": "id-2"}) == {"a"}


def test_topics_first_seen_or_without_an_id_are_not_recreated() -> None:
    assert recreated({"a": "id-1"}, {"a": None, "c": "id-3"}) == set()
    assert recreated({}, {"a": "id-1"}) == set()


def test_a_batch_is_rewound_to_its_first_offset_in_each_partition() -> None:
    records = [record("a", 0, 7), record("a", 0, 5), record("a", 1, 2), record("b", 0, 9), record("a", 0, 6)]
    assert first_offsets(records) == {A0: 5, A1: 2, B0: 9}
    assert first_offsets([]) == {}


def test_one_lost_entry_per_article_the_first_listed_wins() -> None:
    rows = [
        (1, "https://f/1", "g1", "https://x/1", "a" * 32),
        (2, "https://f/2", "g9", "https://x/1?utm=1", "a" * 32),  # the same article through another feed
        (1, "https://f/1", "g2", "https://x/2", "b" * 32),
    ]
    assert one_per_article(rows) == [
        LostEntry(1, "https://f/1", "g1", "https://x/1", "a" * 32),
        LostEntry(1, "https://f/1", "g2", "https://x/2", "b" * 32),
    ]


def test_the_report_says_what_a_pass_did() -> None:
    report = ReconcileReport(lost_entries=3, outcomes={"fetched": 2, "failed": 1}, unclaimed_articles=4, requeued=4)
    assert report.summary() == (
        "3 lost entries fetched again (1 failed, 2 fetched); 4 of 4 article(s) without claims re-queued"
    )
    assert report.as_dict() == {
        "lost_entries": 3,
        "refetched": {"failed": 1, "fetched": 2},
        "unclaimed_articles": 4,
        "requeued": 4,
    }
    assert (
        ReconcileReport().summary() == "0 lost entries fetched again (none); 0 of 0 article(s) without claims re-queued"
    )


class Member:
    """A consumer whose group state the test sets (what ``KafkaConsumer.group_metadata`` reports)."""

    def __init__(self) -> None:
        self.state = MemberState.UNJOINED

    def group_metadata(self) -> ConsumerGroupMetadata:
        return ConsumerGroupMetadata("g", 1, "m", None, self.state)


def test_a_consumer_kept_out_of_its_group_while_the_broker_answers_is_given_up() -> None:
    member, now, broker = Member(), [0.0], [None]
    watch = MembershipWatch(member, 60, lambda: broker[0], clock=lambda: now[0])
    for t in (0, 30, 59):  # joining at start, slower than usual: tolerated
        now[0] = t
        watch.check()
    member.state = MemberState.STABLE
    now[0] = 100
    watch.check()
    member.state = MemberState.REBALANCING  # a rebalance (or a restarted broker) takes it out again
    for t in (101, 150, 161):
        now[0] = t
        watch.check()
    broker[0] = "no bootstrap server reachable"  # an outage: waiting is right, however long
    now[0] = 500
    watch.check()
    broker[0] = None  # the broker is back and still keeps it out
    with pytest.raises(GroupMembershipLost, match="not a stable member of group g for 399 s"):
        watch.check()

