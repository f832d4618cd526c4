"""``newsflow dlq list|show|replay``: inspect dead letters and re-drive them after a fix.

The dead-letter topic is read from the beginning by an ``assign()`` consumer (no group, nothing committed) up to
each partition's high watermark as it was when reading started, so the command ends even while letters keep
arriving. The rules of ids, the replay log and what a replay sends are in :mod:`newsflow.dlq`. Kafka is imported
by the commands, not by the parser.
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from newsflow.contracts import DeadLetter
from newsflow.dlq import (
    REPLAY_HEADER,
    LetterId,
    ReplayMark,
    StoredLetter,
    find_letter,
    plan_replay,
    replay_log_topic,
)
from newsflow.errors import BrokerUnavailable, ContractError, SettingsError
from newsflow.runtime import EXIT_CONFIG, EXIT_OK
from newsflow.settings import Settings

if TYPE_CHECKING:
    from kafka.consumer.fetcher import ConsumerRecord

log = logging.getLogger(__name__)

_REASON_WIDTH = 80


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The sub-commands of ``newsflow dlq``."""
    commands = parser.add_subparsers(dest="dlq_command", required=True)
    listing = commands.add_parser("list", help="the most recent dead letters")
    listing.add_argument("--limit", type=int, default=100, metavar="N", help="show the last N letters (100)")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    show = commands.add_parser("show", help="one dead letter with its payload, as JSON")
    show.add_argument("letter", metavar="OFFSET_OR_ID", help="PARTITION:OFFSET, or an OFFSET unique in the topic")
    replay = commands.add_parser("replay", help="re-publish dead letters to their source topics")
    replay.add_argument("ids", nargs="*", metavar="ID", help="letters to replay (PARTITION:OFFSET or OFFSET)")
    replay.add_argument("--all", action="store_true", help="every letter not replayed yet")
    replay.add_argument("--reason-contains", metavar="TEXT", help="only letters whose reason contains TEXT")
    replay.add_argument("--dry-run", action="store_true", help="say what would be replayed, send nothing")


def run_dlq(settings: Settings, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Dispatch ``newsflow dlq``; returns the exit code."""
    if settings.kafka_bootstrap is None:
        raise SettingsError("NEWSFLOW_KAFKA_BOOTSTRAP: required to read the dead-letter topic")
    out = out or sys.stdout
    if args.dlq_command == "list":
        if args.limit < 1:
            print("newsflow dlq: --limit must be at least 1", file=sys.stderr)
            return EXIT_CONFIG
        return _list(settings, args.limit, args.format, out)
    if args.dlq_command == "show":
        return _show(settings, args.letter, out)
    if args.ids and args.all:
        print("newsflow dlq replay: name letters or give --all, not both", file=sys.stderr)
        return EXIT_CONFIG
    if not (args.ids or args.all or args.reason_contains is not None):
        print("newsflow dlq replay: name the letters to replay, or give --all or --reason-contains", file=sys.stderr)
        return EXIT_CONFIG
    return _replay(settings, args.ids, args.reason_contains, args.all, args.dry_run, out)


def read_topic(settings: Settings, topic: str, timeout_s: float = 30.0) -> list[ConsumerRecord]:
    """Every record of ``topic`` up to the high watermarks of now (``[]`` when the topic does not exist)."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    from newsflow import bus
    from newsflow.lag.sample import high_watermarks

    try:
        consumer = KafkaConsumer(
            **bus.client_config(settings, "newsflow-dlq"),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=100,
            max_partition_fetch_bytes=settings.kafka_max_request_size,
            fetch_max_bytes=max(52_428_800, settings.kafka_max_request_size),
            allow_auto_create_topics=False,
        )
    except KafkaError as exc:
        raise BrokerUnavailable(f"no broker at {settings.kafka_bootstrap}") from exc
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            return []
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        ends = high_watermarks(consumer, tps, timeout_s)
        if len(ends) < len(tps):
            raise BrokerUnavailable(f"no end offsets for {topic} within {timeout_s} s")
        consumer.seek_to_beginning(*tps)
        records: list[ConsumerRecord] = []
        pending = {tp for tp in tps if consumer.position(tp) < ends[tp]}
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            for tp, batch in consumer.poll(timeout_ms=200).items():
                records += [r for r in batch if r.offset < ends[tp]]
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        if pending:
            raise BrokerUnavailable(f"reading {topic} did not finish within {timeout_s} s")
        return records
    except KafkaError as exc:
        raise BrokerUnavailable(f"reading {topic} failed: {exc}") from exc
    finally:
        consumer.close()


def read_letters(settings: Settings) -> list[StoredLetter]:
    """Every dead letter, oldest first; records that are not dead letters are logged and left out."""
    letters = []
    for record in read_topic(settings, settings.dlq_topic):
        try:
            letter = DeadLetter.from_record(record.key, record.value, record.headers)
        except ContractError as exc:
            log.warning(
                "not a dead letter",
                extra={
                    "topic": record.topic,
                    "partition": record.partition,
                    "offset": record.offset,
                    "error": exc.reason,
                },
            )
            continue
        letters.append(StoredLetter(LetterId(record.partition, record.offset), int(record.timestamp), letter))
    letters.sort(key=lambda s: (s.timestamp_ms, s.id))
    return letters


def read_replayed(settings: Settings) -> set[str]:
    """Ids of the letters the replay log marks as replayed."""
    replayed = set()
    for record in read_topic(settings, replay_log_topic(settings.dlq_topic)):
        try:
            replayed.add(ReplayMark.decode(record.value).letter)
        except ContractError:
            log.warning("not a replay mark", extra={"partition": record.partition, "offset": record.offset})
    return replayed


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_WIDTH else line[: _REASON_WIDTH - 1] + "\u2026"


def format_table(letters: Sequence[StoredLetter], replayed: set[str]) -> str:
    """The letters as aligned columns."""
    header = ("ID", "TIME", "STAGE", "SOURCE", "SIZE", "REPLAYED", "REASON")
    cells = [
        (
            str(s.id),
            datetime.fromtimestamp(s.timestamp_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S"),
            s.letter.stage,
            f"{s.letter.source_topic}:{s.letter.source_partition}:{s.letter.source_offset}",
            str(s.size) + ("!" if s.letter.truncated_from is not None else ""),
            "yes" if str(s.id) in replayed else "no",
            _short(s.letter.error),
        )
        for s in letters
    ]
    widths = [max(len(row[i]) for row in (header, *cells)) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join([*(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)), row[-1]])
        for row in (header, *cells)
    )


def _list(settings: Settings, limit: int, output_format: str, out: TextIO) -> int:
    letters = read_letters(settings)
    replayed = read_replayed(settings)
    shown = letters[-limit:]
    if output_format == "json":
        print(json.dumps([s.to_dict(str(s.id) in replayed) for s in shown]), file=out)
        return EXIT_OK
    print(f"{settings.dlq_topic}: {len(letters)} dead letter(s), {len(shown)} shown", file=out)
    if shown:
        print(format_table(shown, replayed), file=out)
    return EXIT_OK


def _show(settings: Settings, text: str, out: TextIO) -> int:
    stored = find_letter(read_letters(settings), text)
    replayed = read_replayed(settings)
    detail = stored.to_dict(str(stored.id) in replayed)
    for name, raw in (("key", stored.letter.key), ("payload", stored.letter.value)):
        try:
            detail[name] = None if raw is None else raw.decode("utf-8")
        except UnicodeDecodeError:
            detail[f"{name}_base64"] = base64.b64encode(raw or b"").decode("ascii")
    print(json.dumps(detail, indent=2, ensure_ascii=False), file=out)
    return EXIT_OK


def _replay(
    settings: Settings, ids: Sequence[str], reason_contains: str | None, everything: bool, dry_run: bool, out: TextIO
) -> int:
    letters = read_letters(settings)
    plan = plan_replay(letters, read_replayed(settings), ids, reason_contains, everything)
    for stored, why in plan.skipped:
        print(f"skip {stored.id}: {why}", file=out)
    if dry_run or not plan.sends:
        verb = "would replay" if dry_run else "replayed"
        print(f"{verb} {len(plan.sends)} letter(s)", file=out)
        return EXIT_OK
    from newsflow import bus

    missing = _missing_topics(settings, {stored.letter.source_topic for stored, _ in plan.sends})
    log_topic = replay_log_topic(settings.dlq_topic)
    bus.ensure_topics(settings, [log_topic])
    publisher = bus.Publisher(bus.make_producer(settings, "newsflow-dlq-replay"), settings.in_flight_max)
    try:
        sent = []
        for stored, settled in plan.sends:
            if stored.letter.source_topic in missing:
                print(f"skip {stored.id}: topic {stored.letter.source_topic} does not exist", file=out)
                continue
            header = (REPLAY_HEADER, f"{settings.dlq_topic}:{stored.id}".encode())
            future = publisher.send(stored.letter.source_topic, stored.letter.key, stored.letter.value, [header])
            sent.append((stored, settled, future))
        publisher.flush()  # the replayed records are acknowledged before any letter is marked replayed
        now = datetime.now(UTC)
        for stored, settled, future in sent:
            metadata = future.get(timeout=0)
            for letter in settled:
                mark = ReplayMark(str(letter.id), stored.letter.source_topic, metadata.partition, metadata.offset, now)
                publisher.send(log_topic, str(letter.id).encode(), mark.encode())
            others = ", ".join(str(s.id) for s in settled if s.id != stored.id)
            also = f" (also settles {others})" if others else ""
            print(
                f"replayed {stored.id} -> {stored.letter.source_topic}:{metadata.partition}:{metadata.offset}{also}",
                file=out,
            )
        publisher.flush()
    finally:
        publisher.close()
    print(f"replayed {len(sent)} letter(s)", file=out)
    return EXIT_OK


def _missing_topics(settings: Settings, topics: set[str]) -> set[str]:
    from kafka.admin import KafkaAdminClient
    from kafka.errors import KafkaError

    from newsflow import bus

    try:
        admin = KafkaAdminClient(**bus.client_config(settings, "newsflow-dlq"))
    except KafkaError as exc:
        raise BrokerUnavailable(f"no broker at {settings.kafka_bootstrap}") from exc
    try:
        return topics - set(admin.list_topics())
    except KafkaError as exc:
        raise BrokerUnavailable(f"listing topics failed: {exc}") from exc
    finally:
        admin.close()
