"""Feed autodiscovery (pure): the feeds an HTML page advertises, and telling a feed from a page.

When an operator registers a site's home page instead of its feed, :func:`discover_feeds` reads the page's
``<link rel="alternate" type="application/rss+xml" href="...">`` tags (and Atom, JSON Feed), and
:func:`looks_like_feed` decides whether a fetched body is a feed at all, from its first bytes rather than its
Content-Type, which servers often get wrong (feeds served as ``text/html`` or ``text/plain``).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from ingest.urls import normalize_url

FEED_LINK_TYPES: frozenset[str] = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"}
)
_FEED_CONTENT_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_SNIFF_BYTES = 4096
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_SKIPPABLE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL | re.IGNORECASE)
_JSON_FEED_VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')


class _FeedLinks(HTMLParser):
    """Collects ``<base href>`` and the feed ``<link rel=alternate>`` hrefs, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and self.base is None and a.get("href", "").strip():
            self.base = a["href"].strip()
        elif tag == "link":
            rels = a.get("rel", "").lower().split()
            media_type = a.get("type", "").split(";", 1)[0].strip().lower()
            href = a.get("href", "").strip()
            if "alternate" in rels and media_type in FEED_LINK_TYPES and href:
                self.hrefs.append(href)

    handle_startendtag = handle_starttag


def discover_feeds(html: str, base_url: str) -> list[str]:
    """The feed URLs a page advertises with ``<link rel="alternate">``: absolute http(s), in document order.

    Relative hrefs resolve against the page's ``<base href>`` (itself resolved against ``base_url``), else
    ``base_url``. URLs that normalise alike (see :func:`ingest.urls.normalize_url`) are listed once.
    """
    parser = _FeedLinks()
    parser.feed(html)
    parser.close()
    base = urljoin(base_url, parser.base) if parser.base else base_url
    found: list[str] = []
    seen: set[str] = set()
    for href in parser.hrefs:
        absolute = urljoin(base, href)
        if urlsplit(absolute).scheme.lower() not in ("http", "https"):
            continue
        try:
            key = normalize_url(absolute)
        except ValueError:
            continue
        if key not in seen:
            seen.add(key)
            found.append(absolute)
    return found


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """Whether ``body`` is an RSS, Atom, RDF or JSON feed rather than an HTML page (or anything else).

    The bytes decide: the first element is ``<rss>``, ``<feed>`` or an RSS 1.0 ``<rdf:RDF>``, or the body is a
    JSON object naming a jsonfeed.org version. A feed Content-Type only counts when the bytes are not plainly
    HTML; an HTML Content-Type never makes a feed out of bytes that are not one.
    """
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    head = _head_text(body)
    stripped = head.lstrip()
    if stripped.startswith("{"):
        return bool(_JSON_FEED_VERSION.search(head.encode("utf-8", errors="replace"))) or (
            media_type == "application/feed+json"
        )
    skipped = _SKIPPABLE.match(head)
    first = _FIRST_ELEMENT.match(head, skipped.end() if skipped else 0)
    if first is not None:
        name = first.group(1).lower()
        local = name.rsplit(":", 1)[-1]
        if local in ("rss", "feed"):
            return True
        if local == "rdf":
            return "purl.org/rss/1.0" in head or "<channel" in head.lower()
        if local in ("html", "head", "body"):
            return False
        # An element we do not know (a feed dialect, a wrapper): trust a feed Content-Type, unless it is HTML.
        return media_type in _FEED_CONTENT_TYPES and "<html" not in head.lower()
    return False


def _head_text(body: bytes) -> str:
    """The first bytes as text: UTF-16/32 by BOM, else as UTF-8 (ASCII markup reads the same in any 8-bit set)."""
    head = body[:_SNIFF_BYTES]
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace")
    return head.decode("utf-8", errors="replace")
