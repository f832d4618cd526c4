"""``newsflow feeds add|list``."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.migrate import require_head
from newsflow.errors import SettingsError
from newsflow.runtime import EXIT_ERROR, EXIT_OK
from newsflow.settings import Settings


def add_feed_command(settings: Settings, url: str, interval_s: int) -> int:
    """Register a feed; print its id."""
    from ingest.registry import FeedExists, add_feed

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"feed URL must be http(s)://host/...: {url!r}")
    engine = make_engine(settings.database_url)
    try:
        require_head(engine)
        with make_sessionmaker(engine).begin() as session:
            try:
                feed = add_feed(session, url, interval_s)
            except FeedExists:
                print(f"feed already registered: {url}")
                return EXIT_ERROR
            print(f"added feed {feed.id}: {url} (every {interval_s} s)")
    finally:
        engine.dispose()
    return EXIT_OK


def list_feeds_command(settings: Settings, output: str) -> int:
    """Print every feed with its health."""
    from ingest.registry import list_feeds

    engine = make_engine(settings.database_url)
    try:
        require_head(engine)
        with make_sessionmaker(engine)() as session:
            feeds = list_feeds(session)
    finally:
        engine.dispose()
    rows = [
        {
            "id": f.id,
            "url": f.url,
            "enabled": f.enabled,
            "interval_s": f.interval_s,
            "last_status": f.last_status,
            "last_success_at": f.last_success_at.isoformat() if f.last_success_at else None,
            "error_count": f.error_count,
            "next_poll_at": f.next_poll_at.isoformat(),
        }
        for f in feeds
    ]
    if output == "json":
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    header = ("id", "status", "errors", "last success", "next poll", "url")
    lines = [header] + [
        (
            str(r["id"]),
            str(r["last_status"] or "-"),
            str(r["error_count"]),
            str(r["last_success_at"] or "-")[:19],
            str(r["next_poll_at"])[:19],
            str(r["url"]),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)) + "  " + line[-1])
    return EXIT_OK
