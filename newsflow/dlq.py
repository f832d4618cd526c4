"""Dead letters as an operator sees them: ids, the replay log's record, and which letters a replay sends (pure).

A letter's id is its place in the dead-letter topic, ``PARTITION:OFFSET`` (``0:12``). Replaying a letter sends
its original key and value back to its source topic with a :data:`REPLAY_HEADER` naming the letter, then writes
a :class:`ReplayMark` keyed by the letter id to the replay log topic (``<dlq topic>.replayed``). Letters with a
mark are never replayed again. The mark is written after the replayed record is acknowledged, so a crash in
between can replay a letter twice: at-least-once, like the rest of the pipeline, whose consumers are idempotent.

A message that failed in two stages (the claims processor and the sink both read ``news.articles``) has a letter
from each; re-publishing it re-drives it through every consumer of its topic, so a replay sends it once and marks
all its letters. A letter whose value was truncated to fit the topic
cannot be replayed, nor can one without a value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsflow.contracts import DeadLetter
from newsflow.errors import ContractError, PermanentError

REPLAY_HEADER = "newsflow-replayed-from"
REPLAY_SCHEMA = "dlq-replay/1"


class LetterNotFound(PermanentError):
    """No dead letter has the id the operator named (or the id names more than one)."""


def replay_log_topic(dlq_topic: str) -> str:
    """The topic that records which letters were replayed."""
    return f"{dlq_topic}.replayed"


@dataclass(frozen=True, slots=True, order=True)
class LetterId:
    """Where a letter sits in the dead-letter topic."""

    partition: int
    offset: int

    def __str__(self) -> str:
        return f"{self.partition}:{self.offset}"

    @classmethod
    def parse(cls, text: str) -> tuple[int | None, int]:
        """``P:O`` -> (P, O); a bare ``O`` -> (None, O), to be matched in any partition."""
        head, sep, tail = text.strip().partition(":")
        try:
            if sep:
                return int(head), int(tail)
            return None, int(head)
        except ValueError:
            raise LetterNotFound(f"{text!r} is not a letter id (PARTITION:OFFSET, or an OFFSET)") from None


@dataclass(frozen=True, slots=True)
class StoredLetter:
    """A dead letter read back from the topic, with its id and the time it was written (ms since the epoch)."""

    id: LetterId
    timestamp_ms: int
    letter: DeadLetter

    @property
    def size(self) -> int:
        """Bytes of the stored value."""
        return len(self.letter.value or b"")

    @property
    def source(self) -> tuple[str, int, int]:
        """The original record: (topic, partition, offset)."""
        return (self.letter.source_topic, self.letter.source_partition, self.letter.source_offset)

    def to_dict(self, replayed: bool) -> dict[str, Any]:
        """The JSON form of ``newsflow dlq list``."""
        return {
            "id": str(self.id),
            "time": datetime.fromtimestamp(self.timestamp_ms / 1000, UTC).isoformat(),
            "stage": self.letter.stage,
            "reason": self.letter.error,
            "source_topic": self.letter.source_topic,
            "source_partition": self.letter.source_partition,
            "source_offset": self.letter.source_offset,
            "size": self.size,
            "truncated_from": self.letter.truncated_from,
            "replayed": replayed,
        }


@dataclass(frozen=True, slots=True)
class ReplayMark:
    """The replay log's record of one replayed letter (keyed by the letter id)."""

    letter: str
    source_topic: str
    target_partition: int
    target_offset: int
    replayed_at: datetime

    def encode(self) -> bytes:
        """UTF-8 JSON bytes."""
        return json.dumps(
            {
                "schema": REPLAY_SCHEMA,
                "letter": self.letter,
                "source_topic": self.source_topic,
                "target_partition": self.target_partition,
                "target_offset": self.target_offset,
                "replayed_at": self.replayed_at.isoformat(),
            }
        ).encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes | None) -> ReplayMark:
        """Parse a replay log record; raise :class:`ContractError` if it is not one."""
        try:
            data = json.loads(raw or b"")
            if data.get("schema") != REPLAY_SCHEMA:
                raise ValueError("schema")
            return cls(
                str(data["letter"]),
                str(data["source_topic"]),
                int(data["target_partition"]),
                int(data["target_offset"]),
                datetime.fromisoformat(data["replayed_at"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ContractError("ReplayMark: not a replay log record", raw) from None


def find_letter(letters: Sequence[StoredLetter], text: str) -> StoredLetter:
    """The letter named by ``P:O`` or by a bare offset (which must be unique across partitions)."""
    partition, offset = LetterId.parse(text)
    found = [s for s in letters if s.id.offset == offset and (partition is None or s.id.partition == partition)]
    if not found:
        raise LetterNotFound(f"no dead letter {text}")
    if len(found) > 1:
        raise LetterNotFound(f"offset {offset} names {len(found)} letters: " + ", ".join(str(s.id) for s in found))
    return found[0]


@dataclass(frozen=True, slots=True)
class ReplayPlan:
    """What a replay does: each entry of ``sends`` is one record to re-publish and every letter it settles."""

    sends: list[tuple[StoredLetter, list[StoredLetter]]] = field(default_factory=list)
    skipped: list[tuple[StoredLetter, str]] = field(default_factory=list)


def plan_replay(
    letters: Sequence[StoredLetter],
    replayed: Iterable[str],
    ids: Sequence[str] = (),
    reason_contains: str | None = None,
    everything: bool = False,
) -> ReplayPlan:
    """Choose the letters to replay: those named by ``ids`` (or all, with ``everything`` or a reason filter),
    whose reason contains ``reason_contains`` (case-insensitive), minus those already replayed, truncated or
    empty; letters of the same original record are sent once."""
    done = set(replayed)
    if ids:
        chosen = list(dict.fromkeys(find_letter(letters, text) for text in ids))
    elif everything or reason_contains is not None:
        chosen = list(letters)
    else:
        chosen = []
    if reason_contains is not None:
        needle = reason_contains.casefold()
        chosen = [s for s in chosen if needle in s.letter.error.casefold()]
    skipped: list[tuple[StoredLetter, str]] = []
    sends: dict[tuple[str, int, int], tuple[StoredLetter, list[StoredLetter]]] = {}
    for stored in chosen:
        if str(stored.id) in done:
            skipped.append((stored, "already replayed"))
        elif stored.letter.truncated_from is not None:
            skipped.append((stored, f"truncated (original {stored.letter.truncated_from} bytes)"))
        elif stored.letter.value is None:
            skipped.append((stored, "no payload"))
        elif stored.source not in sends:
            # re-publishing the record re-drives it through every consumer of its topic: all its letters are settled
            settled = [s for s in letters if s.source == stored.source and str(s.id) not in done]
            sends[stored.source] = (stored, settled)
    return ReplayPlan(sends=list(sends.values()), skipped=skipped)
