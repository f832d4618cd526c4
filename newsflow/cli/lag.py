"""``newsflow lag``: consumer lag per group, topic and partition, with a Burrow-style status.

- one shot (default): samples every ``--interval`` seconds over ``--window`` seconds, then prints the report;
- ``--watch S``: keeps sampling into a rolling window and prints the report every S seconds until stopped;
- ``--serve PORT``: a standalone Prometheus exporter for the whole cluster (``/metrics``) over a rolling window.

The status rules are in :mod:`newsflow.lag.status`. Kafka and prometheus_client are imported by the command, not
by the parser.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from newsflow.errors import SettingsError
from newsflow.lag.window import LagRow
from newsflow.runtime import EXIT_CONFIG, EXIT_ERROR, EXIT_OK, StopFlag, stop_on_signals
from newsflow.settings import Settings

log = logging.getLogger(__name__)

_HEADER = ("GROUP", "TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "LAG_S", "STATUS", "MEMBERS")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsflow lag``."""
    parser.add_argument("--group", help="only this consumer group (default: every group)")
    parser.add_argument("--topic", help="only this topic (default: every topic the groups committed on)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--window", type=float, default=10.0, metavar="S", help="evaluate over S seconds (10)")
    parser.add_argument("--interval", type=float, default=1.0, metavar="S", help="sample every S seconds (1)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--watch", type=float, metavar="S", help="keep sampling; print the report every S seconds")
    mode.add_argument("--serve", type=int, metavar="PORT", help="serve Prometheus /metrics on PORT until stopped")
    parser.add_argument("--bind", default="0.0.0.0", metavar="ADDR", help="address --serve listens on (0.0.0.0)")


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _members(row: LagRow) -> str:
    if row.members is not None:
        return ",".join(row.members) or "-"
    if row.active_members is not None:
        return f"({row.active_members} active)"
    return "?"


def format_table(rows: Sequence[LagRow]) -> str:
    """The report as aligned columns, like ``kafka-consumer-groups.sh --describe``."""
    cells = [
        (
            row.group,
            row.topic,
            str(row.partition),
            _cell(row.committed),
            _cell(row.end),
            _cell(row.lag),
            _cell(row.lag_seconds),
            row.status.value,
            _members(row),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (_HEADER, *cells)) for i in range(len(_HEADER) - 1)]
    lines = []
    for line in (_HEADER, *cells):
        lines.append("  ".join([*(cell.ljust(w) for cell, w in zip(line[:-1], widths, strict=True)), line[-1]]))
    return "\n".join(lines)


def _print(rows: Sequence[LagRow], output_format: str, out: TextIO) -> None:
    if output_format == "json":
        print(json.dumps([row.to_dict() for row in rows]), file=out, flush=True)
    elif rows:
        print(format_table(rows), file=out, flush=True)
    else:
        print("no committed offsets found for the selected groups", file=sys.stderr)


def run_lag(
    settings: Settings, args: argparse.Namespace, stop: StopFlag | None = None, out: TextIO | None = None
) -> int:
    """Run ``newsflow lag`` with parsed ``args``; returns the exit code. ``stop`` ends --watch and --serve."""
    if settings.kafka_bootstrap is None:
        raise SettingsError("NEWSFLOW_KAFKA_BOOTSTRAP: required to read consumer lag")
    from newsflow.lag.exporter import serving
    from newsflow.lag.monitor import LagMonitor
    from newsflow.lag.sample import LagSampler

    out = out or sys.stdout
    if args.window <= 0 or args.interval <= 0 or (args.watch is not None and args.watch <= 0):
        print("newsflow lag: --window, --interval and --watch must be positive", file=sys.stderr)
        return EXIT_CONFIG
    stop = stop or StopFlag()
    sampler = LagSampler(settings, group=args.group, topic=args.topic)
    monitor = LagMonitor(sampler, span_s=args.window, interval_s=min(args.interval, args.window))
    try:
        with stop_on_signals(stop):
            if args.serve is not None:
                with serving(monitor.rows, args.serve, args.bind) as port:
                    log.info("lag exporter serving", extra={"port": port, "address": args.bind})
                    monitor.run(stop)
            elif args.watch is not None:
                monitor.fill(stop)
                _print(monitor.rows(), args.format, out)
                last = [time.monotonic()]

                def every(period: float = args.watch) -> None:
                    if time.monotonic() - last[0] >= period:
                        last[0] = time.monotonic()
                        _print(monitor.rows(), args.format, out)

                monitor.run(stop, on_tick=every)
            else:
                monitor.fill(stop)
                rows = monitor.rows()
                if not rows and monitor.failures:
                    print(f"newsflow lag: no answer from the broker at {settings.kafka_bootstrap}", file=sys.stderr)
                    return EXIT_ERROR
                _print(rows, args.format, out)
    finally:
        sampler.close()
    return EXIT_OK
