"""Parsing feed bytes (RSS, Atom, RDF, JSON Feed) into entries.

feedparser gets the raw bytes we fetched ourselves (never a URL: it would fetch with no timeout and inflate a gzip
bomb in memory) together with the response headers that matter to it, so that the charset and the base URL for
relative links come from the HTTP response as they would in a browser.

feedparser 6 does not read JSON Feed (https://jsonfeed.org/version/1.1), so a body served as
``application/feed+json`` / ``application/json``, or a JSON object whose ``version`` names JSON Feed, is read here
into the same :class:`ParsedFeed`.

Hostile feeds are bounded here: at most ``max_entries`` entries are read (the document is cut before the next
entry's opening tag, so a 100,000-item feed costs milliseconds, not seconds, of parsing; the cut is reported as
``capped_from`` and as the bozo reason); control characters (NUL among them, which PostgreSQL text refuses) are
removed from every text; titles and summaries are cut to a length; a link that does not parse as a URL drops its
entry instead of raising.
"""

from __future__ import annotations

import calendar
import email.utils
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from ingest.errors import FeedParseError

_PASSED_HEADERS = ("content-type", "content-location", "content-language")
_JSON_TYPES = frozenset({"application/feed+json", "application/json"})
_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
_TTL_MAX_MINUTES = 366 * 24 * 60  # a year: anything longer is a typo, not a caching hint
MAX_ENTRIES = 1000  # entries read per feed document; feeds list their newest first
TITLE_MAX_CHARS = 1000  # a feed or entry title longer than this is cut (Feed.title keeps as much)
SUMMARY_MAX_CHARS = 10_000
# The opening tag of an RSS/RDF <item> or an Atom <entry>, any namespace prefix (not <items>, which RDF has too).
_ENTRY_OPENING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_ENTRY_CLOSING = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
# C0 controls other than tab, newline and carriage return, and DEL: never text, and NUL breaks PostgreSQL.
_CONTROLS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])


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
    """A parsed feed. ``bozo`` means the document was ill-formed and ``entries`` is what could be recovered.

    ``ttl_s`` is the RSS ``<ttl>`` in seconds (the element counts minutes), ``None`` when absent or invalid.
    ``capped_from`` is set when the document held more than the entry cap: how many it held (for XML, counted by
    entry opening tags); ``entries`` are then the first ones only, and ``bozo`` says so.
    """

    title: str | None
    entries: list[FeedEntry]
    bozo: bool
    bozo_reason: str | None
    ttl_s: int | None = None
    capped_from: int | None = None  # entries in the document when more than max_entries were (the rest dropped)


def parse_feed(body: bytes, headers: Mapping[str, str], url: str, max_entries: int = MAX_ENTRIES) -> ParsedFeed:
    """Parse feed bytes fetched from ``url`` with response ``headers``; at most ``max_entries`` entries are read.

    Raises :class:`~ingest.errors.FeedParseError` for an empty body, a document with no feed and no entries, or
    malformed JSON served as JSON. Entries without a usable http(s) link are dropped.
    """
    if not body.strip():
        raise FeedParseError(f"empty feed body from {url}")
    lowered = {k.lower(): v for k, v in headers.items()}
    # Content-Location may itself be relative; the base for entry links is it resolved against the feed URL.
    base = _join(url, lowered.get("content-location", "")) or url
    json_feed = _json_feed_document(body, lowered.get("content-type"), url)
    if json_feed is not None:
        return _parse_json_feed(json_feed, base, max_entries)
    response_headers = {k: lowered[k] for k in _PASSED_HEADERS if k in lowered}
    response_headers.pop("content-location", None)
    if base:
        response_headers["content-location"] = base
    body, found = _cut_entries(body, max_entries)
    try:
        result = feedparser.parse(body, response_headers=response_headers, resolve_relative_uris=True)
    except Exception as exc:  # feedparser promises not to raise; hostile input may still find a way
        raise FeedParseError(f"feedparser failed on {url}: {type(exc).__name__}: {exc}") from exc
    feed: Mapping[str, Any] = result.get("feed") or {}
    raw_entries: list[Mapping[str, Any]] = list(result.get("entries") or [])
    if not raw_entries and not result.get("version") and not feed.get("title"):
        reason = result.get("bozo_exception")
        raise FeedParseError(f"no feed found at {url}" + (f": {reason}" if reason else ""))

    found = max(found, len(raw_entries))
    entries = [e for e in (_entry(raw, base) for raw in raw_entries[:max_entries]) if e is not None]
    bozo = bool(result.get("bozo"))
    bozo_exc = result.get("bozo_exception")
    bozo_reason: str | None = None
    if bozo:
        bozo_reason = f"{type(bozo_exc).__name__}: {bozo_exc}" if bozo_exc is not None else "ill-formed feed"
    capped = found > max_entries
    return ParsedFeed(
        title=_text(feed.get("title"), TITLE_MAX_CHARS),
        entries=entries,
        bozo=bozo or capped,
        bozo_reason=_cap_reason(max_entries, found) if capped else bozo_reason,
        ttl_s=_ttl_seconds(feed.get("ttl")),
        capped_from=found if capped else None,
    )


def _cut_entries(body: bytes, max_entries: int) -> tuple[bytes, int]:
    """``body`` without its entries after the first ``max_entries``, and how many entry openings it holds.

    The entries from number ``max_entries + 1`` to the end of the last one are cut out, so the closing tags after
    them stay and the document stays well-formed (if there is no closing tag, everything from the cut on goes,
    and feedparser reads the rest leniently). A body in an encoding that is not ASCII-compatible (UTF-16) is not
    cut: the cap then applies after parsing.
    """
    starts = [match.start() for match in _ENTRY_OPENING.finditer(body)]
    if len(starts) <= max_entries:
        return body, len(starts)
    end = None
    for match in _ENTRY_CLOSING.finditer(body, starts[-1]):
        end = match.end()
    return body[: starts[max_entries]] + (body[end:] if end is not None else b""), len(starts)


def _cap_reason(max_entries: int, found: int) -> str:
    return f"entry cap: read the first {max_entries} of {found} entries"


def _join(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; None when either does not parse as a URL (``http://[oops/``)."""
    try:
        joined = urljoin(base, href) if base else href
        urlsplit(joined).port  # noqa: B018 (parses the port, which raises for a bad one)
    except ValueError:
        return None
    return joined


def _ttl_seconds(value: Any) -> int | None:
    """RSS ``<ttl>`` minutes as seconds; a missing, non-integer, non-positive or over-a-year value is ``None``."""
    if not isinstance(value, str) or not value.strip().isdigit():
        return None
    minutes = int(value.strip())
    return minutes * 60 if 0 < minutes <= _TTL_MAX_MINUTES else None


def _entry(raw: Mapping[str, Any], base: str) -> FeedEntry | None:
    link = _absolute_link(raw, base)
    if link is None:
        return None
    guid = _text(raw.get("id")) or link
    return FeedEntry(
        guid=guid,
        link=link,
        title=_text(raw.get("title"), TITLE_MAX_CHARS),
        published_at=_when(_own(raw, "published_parsed"))
        or _when(_own(raw, "updated_parsed"))
        or _localized_rfc822(_own(raw, "published"))
        or _localized_rfc822(_own(raw, "updated")),
        summary=_text(raw.get("summary"), SUMMARY_MAX_CHARS),
    )


def _own(raw: Mapping[str, Any], key: str) -> Any:
    """``raw[key]`` without feedparser's deprecated aliasing of ``updated`` to ``published`` (and its warning)."""
    return dict.get(raw, key) if isinstance(raw, dict) else raw.get(key)


def _absolute_link(raw: Mapping[str, Any], base: str) -> str | None:
    candidates: list[str] = []
    if isinstance(raw.get("link"), str):
        candidates.append(raw["link"])
    for link in raw.get("links") or []:
        href = link.get("href") if isinstance(link, Mapping) else None
        if isinstance(href, str) and link.get("rel", "alternate") == "alternate":
            candidates.append(href)
    for candidate in candidates:
        absolute = _http_link(base, candidate)
        if absolute is not None:
            return absolute
    return None


def _http_link(base: str, candidate: str) -> str | None:
    """``candidate`` as an absolute http(s) URL, or None (not http, unparsable, or holding control characters)."""
    candidate = candidate.strip()
    if candidate.translate(_CONTROLS) != candidate:
        return None
    absolute = _join(base, candidate)
    if absolute is None:
        return None
    parts = urlsplit(absolute)
    return absolute if parts.scheme in ("http", "https") and parts.netloc else None


def _text(value: Any, limit: int | None = None) -> str | None:
    """A feed's text without control characters, stripped and cut to ``limit`` characters; None when empty."""
    if not isinstance(value, str):
        return None
    value = value.translate(_CONTROLS).strip()
    if limit is not None and len(value) > limit:
        value = value[:limit].rstrip()
    return value or None


# RFC 822 dates written with local month names ("mer, 16 nov 2022 00:38:15 +0100", Il Messaggero), which feedparser
# cannot read: the day name is dropped (it is redundant) and the month mapped to English, then read again.
_LOCAL_MONTHS: dict[str, str] = {
    "gen": "Jan",
    "ene": "Jan",
    "janv": "Jan",
    "févr": "Feb",
    "fév": "Feb",
    "mär": "Mar",
    "mrz": "Mar",
    "mars": "Mar",
    "abr": "Apr",
    "avr": "Apr",
    "mag": "May",
    "mai": "May",
    "giu": "Jun",
    "juin": "Jun",
    "lug": "Jul",
    "juil": "Jul",
    "ago": "Aug",
    "août": "Aug",
    "set": "Sep",
    "sept": "Sep",
    "ott": "Oct",
    "okt": "Oct",
    "dic": "Dec",
    "dez": "Dec",
    "déc": "Dec",
}


def _localized_rfc822(value: Any) -> datetime | None:
    """An RFC 822 date with Italian, German, French or Spanish names, as aware UTC; else ``None``."""
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    words = value.replace(",", " ").split()
    if words and words[0].rstrip(".").isalpha():
        words = words[1:]  # the day name
    words = [_LOCAL_MONTHS.get(w.lower().rstrip("."), w) for w in words]
    try:
        parsed = email.utils.parsedate_to_datetime(" ".join(words))
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _when(value: Any) -> datetime | None:
    # feedparser normalises dates to UTC struct_time; timegm reads it as UTC.
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


# --- JSON Feed ------------------------------------------------------------------------------------------------


def _json_feed_document(body: bytes, content_type: str | None, url: str) -> Mapping[str, Any] | None:
    """The JSON Feed object in ``body``, ``None`` when the body is for feedparser.

    Served as JSON, the body must be a JSON Feed (else :class:`FeedParseError`); served as anything else, it is
    read as JSON Feed only when it parses as an object whose ``version`` names JSON Feed.
    """
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    served_as_json = media_type in _JSON_TYPES
    if not served_as_json and not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        if served_as_json:
            raise FeedParseError(f"malformed JSON at {url}: {type(exc).__name__}: {exc}") from exc
        return None
    version = document.get("version") if isinstance(document, dict) else None
    named = isinstance(version, str) and version.startswith(_JSON_FEED_VERSIONS)
    if named or (served_as_json and isinstance(document, dict) and isinstance(document.get("items"), list)):
        return document  # type: ignore[no-any-return]
    if served_as_json:
        raise FeedParseError(f"JSON at {url} is not a JSON Feed (no jsonfeed.org version, no items)")
    return None


def _parse_json_feed(document: Mapping[str, Any], base: str, max_entries: int) -> ParsedFeed:
    raw_items = document.get("items")
    items: list[Any] = raw_items if isinstance(raw_items, list) else []
    problems: list[str] = []
    if not isinstance(raw_items, list):
        problems.append("items is not a list")
    capped = len(items) > max_entries
    if capped:
        problems.insert(0, _cap_reason(max_entries, len(items)))
    entries: list[FeedEntry] = []
    for item in items[:max_entries]:
        if not isinstance(item, dict):
            problems.append("an item is not an object")
            continue
        entry = _json_entry(item, base)
        if entry is not None:
            entries.append(entry)
    return ParsedFeed(
        title=_text(document.get("title"), TITLE_MAX_CHARS),
        entries=entries,
        bozo=bool(problems),
        bozo_reason="; ".join(dict.fromkeys(problems)) or None,
        capped_from=len(items) if capped else None,
    )


def _json_entry(item: Mapping[str, Any], base: str) -> FeedEntry | None:
    link = None
    for key in ("url", "external_url"):
        candidate = item.get(key)
        if isinstance(candidate, str) and candidate.strip():
            link = _http_link(base, candidate)
            if link is not None:
                break
    if link is None:
        return None
    raw_id = item.get("id")
    guid = _text(str(raw_id)) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    return FeedEntry(
        guid=guid or link,
        link=link,
        title=_text(item.get("title"), TITLE_MAX_CHARS),
        published_at=_rfc3339(item.get("date_published")) or _rfc3339(item.get("date_modified")),
        summary=_text(item.get("summary"), SUMMARY_MAX_CHARS),
    )


def _rfc3339(value: Any) -> datetime | None:
    """An RFC 3339 (or RFC 822) date as aware UTC; a date without an offset is read as UTC; else ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        # Feeds in the wild also put RFC 822 dates ("Fri, 31 May 2019 12:17:58 -0700") in JSON Feed.
        try:
            parsed = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
