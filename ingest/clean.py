"""Turning an article page's HTML into clean text and metadata.

:func:`clean` runs trafilatura (main text, one paragraph per line, no comments), removes promo, solicitation and
navigation paragraphs with :class:`~ingest.promo.PromoFilter`, and reads the metadata the pipeline needs. The
canonical URL and the publication time come from the page's own tags (read with the standard library's HTML
parser), because trafilatura's ``url`` also falls back to ``og:url`` and its date keeps only the day.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import trafilatura
from trafilatura.settings import Document

from ingest.errors import ExtractionError
from ingest.promo import PromoFilter

CLEANER_NAME = "newsflow-cleaner"
CLEANER_VERSION = "0.1.0"
# trafilatura falls back to any text it finds, so a page of navigation links yields "Home": that is not an article.
MIN_ARTICLE_WORDS = 5

_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;,|&]|\band\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_LANG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*$")


@dataclass(frozen=True)
class CleanArticle:
    """An article's clean text (paragraphs separated by one blank line) and metadata."""

    text: str
    title: str | None
    authors: list[str]
    published_at: datetime | None
    language: str | None
    site_name: str | None
    canonical_url: str | None
    description: str | None
    image: str | None
    removed_promo: int


class _PageTags(HTMLParser):
    """Collects ``<html lang>``, ``<link rel=canonical>``, ``<meta>`` values and the first ``<time datetime>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.canonical: str | None = None
        self.meta: dict[str, str] = {}
        self.time: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and self.lang is None and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "link" and self.canonical is None and "canonical" in a.get("rel", "").lower().split():
            self.canonical = a.get("href") or None
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or "").lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]
        elif a.get("itemprop", "").lower() == "datepublished" and "datepublished" not in self.meta:
            value = a.get("datetime") or a.get("content")
            if value:
                self.meta["datepublished"] = value


@lru_cache(maxsize=1)
def _default_filter() -> PromoFilter:
    return PromoFilter()


def clean(html: str, url: str, promo_filter: PromoFilter | None = None) -> CleanArticle:
    """Extract the article in ``html`` (fetched from ``url``) as clean text plus metadata.

    Raises :class:`~ingest.errors.ExtractionError` when no article text remains.
    """
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except Exception as exc:  # hostile HTML must end in a typed error, not a crash
        raise ExtractionError(f"extraction failed for {url}: {type(exc).__name__}: {exc}") from exc
    if not isinstance(doc, Document) or not doc.text:
        raise ExtractionError(f"no article text found at {url}")
    # The Document's text holds one paragraph per line.
    paragraphs = [line.strip() for line in doc.text.splitlines() if line.strip()]
    # Pages that put the headline inside <article> get it back as the first line: it is the title, not body.
    title = _clean_str(doc.title)
    while paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs.pop(0)
    result = (promo_filter or _default_filter()).filter(paragraphs)
    if not result.kept:
        raise ExtractionError(f"only promotional text found at {url}")
    if sum(len(p.split()) for p in result.kept) < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found at {url} (fewer than {MIN_ARTICLE_WORDS} words)")

    tags = _PageTags()
    # Best effort: html.parser is lenient, and whatever tags it read before a failure are still useful.
    with contextlib.suppress(ValueError, AssertionError):
        tags.feed(html)
        tags.close()
    return CleanArticle(
        text="\n\n".join(result.kept),
        title=title or _clean_str(tags.meta.get("og:title")),
        authors=_authors(doc.author or tags.meta.get("author")),
        published_at=_published(tags, doc.date),
        language=_language(doc.language)
        or _language(tags.lang)
        or _language(tags.meta.get("content-language"))
        or _language(tags.meta.get("og:locale")),
        site_name=_clean_str(doc.sitename) or _clean_str(tags.meta.get("og:site_name")),
        canonical_url=_absolute_http(url, tags.canonical),
        description=_clean_str(doc.description)
        or _clean_str(tags.meta.get("description"))
        or _clean_str(tags.meta.get("og:description")),
        image=_clean_str(doc.image) or _clean_str(tags.meta.get("og:image")),
        removed_promo=len(result.removed),
    )


def _clean_str(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(raw):
        name = _BY.sub("", " ".join(part.split())).strip()
        if name and name not in names:
            names.append(name)
    return names


def _parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _published(tags: _PageTags, fallback: str | None) -> datetime | None:
    for key in _DATE_KEYS:
        parsed = _parse_datetime(tags.meta.get(key))
        if parsed is not None:
            return parsed
    return _parse_datetime(tags.time) or _parse_datetime(fallback)


def _language(value: str | None) -> str | None:
    if not value:
        return None
    match = _LANG.match(value.strip().split(",")[0].strip())
    return match.group(1).lower() if match else None


def _absolute_http(base: str, href: str | None) -> str | None:
    if not href:
        return None
    try:
        absolute = urljoin(base, href.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute
