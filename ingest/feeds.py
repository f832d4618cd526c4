"""Parsing feed bytes (RSS, Atom, RDF) into entries.

feedparser gets the raw bytes we fetched ourselves (never a URL: it would fetch with no timeout and inflate a gzip
bomb in memory) together with the response headers that matter to it, so that the charset and the base URL for
relative links come from the HTTP response as they would in a browser.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from ingest.errors import FeedParseError

_PASSED_HEADERS = ("content-type", "content-location", "content-language")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed. ``link`` is absolute http(s); ``guid`` is the entry id, else the link."""

    guid: str
    link: str
    title: str | None
    published_at: datetime | None
    summary: str | None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed. ``bozo`` means the document was ill-formed and ``entries`` is what could be recovered."""

    title: str | None
    entries: list[FeedEntry]
    bozo: bool
    bozo_reason: str | None


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse feed bytes fetched from ``url`` with response ``headers``.

    Raises :class:`~ingest.errors.FeedParseError` for an empty body or a document with no feed and no entries.
    Entries without a usable http(s) link are dropped.
    """
    if not body.strip():
        raise FeedParseError(f"empty feed body from {url}")
    lowered = {k.lower(): v for k, v in headers.items()}
    response_headers = {k: lowered[k] for k in _PASSED_HEADERS if k in lowered}
    # Content-Location may itself be relative; the base for entry links is it resolved against the feed URL.
    base = urljoin(url, response_headers.get("content-location", "")) if url else response_headers.get(
        "content-location", ""
    )
    if base:
        response_headers["content-location"] = base
    try:
        result = feedparser.parse(body, response_headers=response_headers, resolve_relative_uris=True)
    except Exception as exc:  # feedparser promises not to raise; hostile input may still find a way
        raise FeedParseError(f"feedparser failed on {url}: {type(exc).__name__}: {exc}") from exc
    feed: Mapping[str, Any] = result.get("feed") or {}
    raw_entries: list[Mapping[str, Any]] = list(result.get("entries") or [])
    if not raw_entries and not result.get("version") and not feed.get("title"):
        reason = result.get("bozo_exception")
        raise FeedParseError(f"no feed found at {url}" + (f": {reason}" if reason else ""))

    entries = [e for e in (_entry(raw, base) for raw in raw_entries) if e is not None]
    bozo = bool(result.get("bozo"))
    bozo_exc = result.get("bozo_exception")
    bozo_reason: str | None = None
    if bozo:
        bozo_reason = f"{type(bozo_exc).__name__}: {bozo_exc}" if bozo_exc is not None else "ill-formed feed"
    return ParsedFeed(title=_text(feed.get("title")), entries=entries, bozo=bozo, bozo_reason=bozo_reason)


def _entry(raw: Mapping[str, Any], base: str) -> FeedEntry | None:
    link = _absolute_link(raw, base)
    if link is None:
        return None
    guid = _text(raw.get("id")) or link
    return FeedEntry(
        guid=guid,
        link=link,
        title=_text(raw.get("title")),
        published_at=_when(raw.get("published_parsed")) or _when(raw.get("updated_parsed")),
        summary=_text(raw.get("summary")),
    )


def _absolute_link(raw: Mapping[str, Any], base: str) -> str | None:
    candidates: list[str] = []
    if isinstance(raw.get("link"), str):
        candidates.append(raw["link"])
    for link in raw.get("links") or []:
        href = link.get("href") if isinstance(link, Mapping) else None
        if isinstance(href, str) and link.get("rel", "alternate") == "alternate":
            candidates.append(href)
    for candidate in candidates:
        absolute = urljoin(base, candidate.strip()) if base else candidate.strip()
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _when(value: Any) -> datetime | None:
    # feedparser normalises dates to UTC struct_time; timegm reads it as UTC.
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
