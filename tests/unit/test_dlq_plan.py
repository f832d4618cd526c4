"""Dead-letter ids, the replay log record and the choice of what a replay sends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from newsflow.contracts import DeadLetter
from newsflow.dlq import LetterId, LetterNotFound, ReplayMark, StoredLetter, find_letter, plan_replay
from newsflow.errors import ContractError


def stored(partition: int, offset: int, source_offset: int, error: str = "boom") -> StoredLetter:
    letter = DeadLetter(b"k", b"payload", error, "claims", "news.articles", 0, source_offset)
    return StoredLetter(LetterId(partition, offset), 1_700_000_000_000 + offset, letter)


def with_letter(base: StoredLetter, **changes: Any) -> StoredLetter:
    return StoredLetter(base.id, base.timestamp_ms, replace(base.letter, **changes))


def test_letter_ids_parse_with_or_without_a_partition() -> None:
    assert LetterId.parse("2:15") == (2, 15)
    assert LetterId.parse(" 15 ") == (None, 15)
    assert str(LetterId(2, 15)) == "2:15"
    with pytest.raises(LetterNotFound, match="not a letter id"):
        LetterId.parse("two:15")


def test_a_bare_offset_must_name_exactly_one_letter() -> None:
    letters = [stored(0, 5, 1), stored(1, 5, 2), stored(1, 6, 3)]
    assert find_letter(letters, "6").id == LetterId(1, 6)
    assert find_letter(letters, "1:5").id == LetterId(1, 5)
    with pytest.raises(LetterNotFound, match="names 2 letters: 0:5, 1:5"):
        find_letter(letters, "5")
    with pytest.raises(LetterNotFound, match="no dead letter 9"):
        find_letter(letters, "9")


def test_replay_marks_round_trip_and_reject_other_records() -> None:
    mark = ReplayMark("0:5", "news.articles", 3, 42, datetime(2026, 1, 2, tzinfo=UTC))
    assert ReplayMark.decode(mark.encode()) == mark
    for raw in (None, b"", b"[]", b'{"schema": "other"}', b'{"schema": "dlq-replay/1"}'):
        with pytest.raises(ContractError):
            ReplayMark.decode(raw)


def test_replay_sends_named_letters_once_per_original_record_and_settles_all_its_letters() -> None:
    claims = stored(0, 0, 7)
    sink = with_letter(stored(0, 1, 7), stage="sink")  # the same article failed in the sink too
    other = stored(0, 2, 8)
    plan = plan_replay([claims, sink, other], replayed=[], ids=["0:1"])
    assert [(send.id, [s.id for s in settled]) for send, settled in plan.sends] == [(sink.id, [claims.id, sink.id])]
    assert plan.skipped == []


def test_replay_all_skips_replayed_truncated_and_empty_letters() -> None:
    done = stored(0, 0, 1)
    truncated = with_letter(stored(0, 1, 2), truncated_from=20_000_000)
    empty = with_letter(stored(0, 2, 3), value=None)
    fresh = stored(0, 3, 4)
    plan = plan_replay([done, truncated, empty, fresh], replayed=["0:0"], everything=True)
    assert [send.id for send, _ in plan.sends] == [fresh.id]
    assert [(s.id, why) for s, why in plan.skipped] == [
        (done.id, "already replayed"),
        (truncated.id, "truncated (original 20000000 bytes)"),
        (empty.id, "no payload"),
    ]


def test_a_reason_filter_alone_selects_matching_letters() -> None:
    crash = stored(0, 0, 1, error="extraction failed in newsflow-claims: RuntimeError: extractor bug")
    shape = stored(0, 1, 2, error="ArticleV1: title: Input should be a valid string")
    plan = plan_replay([crash, shape], replayed=[], reason_contains="EXTRACTOR BUG")
    assert [send.id for send, _ in plan.sends] == [crash.id]
    assert plan_replay([crash, shape], replayed=[]).sends == []  # nothing named, nothing sent
