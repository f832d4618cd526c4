"""``newsflow feeds add|import|export|list|remove|disable|enable``."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from newsflow.db.engine import session_scope
from newsflow.db.models import utcnow
from newsflow.errors import SettingsError
from newsflow.runtime import EXIT_ERROR, EXIT_OK
from newsflow.settings import Settings


def _session(settings: Settings) -> AbstractContextManager[Session]:
    return session_scope(settings.database_url)


def resolve_feed_url(settings: Settings, url: str) -> str:
    """The feed behind ``url``: the URL itself if it serves a feed, else the first one its HTML page links to."""
    from ingest.charset import decode_html
    from ingest.discovery import discover_feeds, looks_like_feed
    from ingest.errors import FetchError
    from ingest.fetch import Fetcher

    with Fetcher.from_settings(settings) as fetcher:
        try:
            result = fetcher.fetch(url)
        except FetchError as exc:
            raise SettingsError(f"cannot fetch {url}: {exc}") from exc
        if looks_like_feed(result.body, result.headers.get("content-type")):
            return url
        found = discover_feeds(decode_html(result.body, result.headers), result.final_url)
    if not found:
        raise SettingsError(f"{url} is neither a feed nor a page that links to one")
    print(f"discovered {len(found)} feed(s) on {url}: using {found[0]}")
    return found[0]


def add_feed_command(settings: Settings, url: str, interval_s: int | None, discover: bool) -> int:
    """Register a feed (discovering it from an HTML page if needed); print its id."""
    from ingest.registry import FeedExists, add_feed

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"feed URL must be http(s)://host/...: {url!r}")
    if discover:
        url = resolve_feed_url(settings, url)
    with _session(settings) as session:
        try:
            feed = add_feed(session, url, interval_s or settings.poll_interval_s, pinned=interval_s is not None)
        except FeedExists:
            print(f"feed already registered: {url}", file=sys.stderr)
            return EXIT_ERROR
        every = f"every {interval_s} s" if interval_s else "adaptive interval"
        print(f"added feed {feed.id}: {url} ({every})")
    return EXIT_OK


def import_command(settings: Settings, path: Path) -> int:
    """Import every feed of an OPML file; report exactly which outlines were skipped and why."""
    from ingest.opml import parse_opml
    from ingest.registry import FeedExists, add_feed
    from newsflow.progress import progress

    result = parse_opml(path.read_bytes())
    added = existing = 0
    with _session(settings) as session:
        for feed in progress(result.feeds, "importing feeds", unit="feed"):
            try:
                with session.begin_nested():
                    add_feed(session, feed.url, settings.poll_interval_s)
                added += 1
            except FeedExists:
                existing += 1
    print(f"imported {added} feed(s) from {path} ({existing} already registered, {len(result.skipped)} skipped)")
    for skip in result.skipped:
        print(f"  skipped line {skip.line}: {skip.reason}: {skip.outline}")
    return EXIT_OK


def export_command(settings: Settings) -> int:
    """Write every registered feed as OPML to standard output."""
    from ingest.opml import OpmlFeed, render_opml
    from ingest.registry import list_feeds

    with _session(settings) as session:
        feeds = [OpmlFeed(url=f.url, title=f.title, category=None) for f in list_feeds(session)]
    sys.stdout.buffer.write(render_opml(feeds))
    return EXIT_OK


def change_command(settings: Settings, action: str, key: str) -> int:
    """Remove, disable or enable one feed, named by id or URL."""
    from ingest.registry import find_feed, remove_feed, set_enabled

    with _session(settings) as session:
        feed = find_feed(session, key)
        if feed is None:
            print(f"no such feed: {key}", file=sys.stderr)
            return EXIT_ERROR
        if action == "remove":
            remove_feed(session, feed)
        else:
            set_enabled(session, feed, action == "enable", utcnow())
        print(f"{action}d feed {feed.id}: {feed.url}")
    return EXIT_OK


def list_feeds_command(settings: Settings, output: str) -> int:
    """Print every feed with its health."""
    from ingest.registry import list_feeds

    with _session(settings) as session:
        rows = [
            {
                "id": f.id,
                "url": f.url,
                "title": f.title,
                "enabled": f.enabled,
                "suspended": f.suspended,
                "disabled_reason": f.disabled_reason,
                "interval_s": f.interval_s,
                "last_status": f.last_status,
                "last_success_at": f.last_success_at.isoformat() if f.last_success_at else None,
                "error_count": f.error_count,
                "failures": {"network": f.failures_network, "http": f.failures_http, "parse": f.failures_parse},
                "next_poll_at": f.next_poll_at.isoformat(),
            }
            for f in list_feeds(session)
        ]
    if output == "json":
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    header = ("id", "state", "status", "errors", "last success", "next poll", "url")
    lines = [header] + [
        (
            str(r["id"]),
            "disabled" if not r["enabled"] else "suspended" if r["suspended"] else "active",
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
