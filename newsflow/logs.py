"""Logging: JSON lines with fixed keys for machines, plain lines on a terminal."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

FIXED_KEYS = ("stage", "feed_url", "article_id", "topic", "partition", "offset")
_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


def _extras(record: logging.LogRecord) -> dict[str, object]:
    return {key: value for key, value in record.__dict__.items() if key not in _RESERVED}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the fixed keys (null when absent), extras."""

    def __init__(self, stage: str) -> None:
        super().__init__()
        self._stage = stage

    def format(self, record: logging.LogRecord) -> str:
        extras = _extras(record)
        out: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in FIXED_KEYS:
            out[key] = extras.pop(key, self._stage if key == "stage" else None)
        out.update(extras)
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str, ensure_ascii=False)


class HumanFormatter(logging.Formatter):
    """``12:00:01 INFO  poll  message key=value`` for people at a terminal."""

    def __init__(self, stage: str) -> None:
        super().__init__()
        self._stage = stage

    def format(self, record: logging.LogRecord) -> str:
        extras = _extras(record)
        stage = extras.pop("stage", self._stage)
        when = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        tail = " ".join(f"{key}={value}" for key, value in extras.items())
        line = f"{when} {record.levelname:<5} {stage:<6} {record.getMessage()} {tail}".rstrip()
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def configure_logging(level: str, stage: str) -> None:
    """Send logs to stderr, JSON unless stderr is a terminal; quiet the chatty client libraries."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(HumanFormatter(stage) if sys.stderr.isatty() else JsonFormatter(stage))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("kafka", "httpx", "httpcore", "trafilatura", "htmldate", "courlan", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
