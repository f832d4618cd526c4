"""Turning an article page's HTML into clean text and metadata.

:func:`clean` parses the page once and then

1. reads the page's own metadata (:mod:`ingest.metadata`: meta tags, JSON-LD, ``<time>``, canonical link);
2. extracts the main text with trafilatura's fast path (no comments, tables kept) and, when that result is
   empty or much shorter than the text in the page's paragraphs, with trafilatura's full path, which adds its
   readability/jusText fallback. Measured on the news corpora (``bench/extraction.py``): the fast path keeps F1
   and is about 1.5x faster; the fallback wins back the pages the fast path cuts short;
3. drops the headline when the extractor repeats it as the first line, and removes promo, solicitation and
   navigation paragraphs with :class:`~ingest.promo.PromoFilter`;
4. detects the language of the clean text (py3langid), falling back to the page's declared language only for
   short texts.

It is the single code path of the poller and of ``newsflow clean``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no stubs
from trafilatura.metadata import extract_author, extract_title
from trafilatura.settings import Document

from ingest.errors import ExtractionError
from ingest.metadata import (
    AUTHOR_KEYS,
    PageMeta,
    PublishedSource,
    clean_authors,
    detect_language,
    jsonld_names,
    page_published,
    parse_datetime,
    pick_published,
    read_page,
    url_date,
)
from ingest.promo import PromoFilter

CLEANER_NAME = "newsflow-cleaner"
CLEANER_VERSION = "0.2.0"
# trafilatura falls back to any text it finds, so a page of navigation links yields "Home": that is not an article.
MIN_ARTICLE_WORDS = 5
# The fast path's text is "much shorter than the page's main text" below this share of the text in <p> elements.
FALLBACK_SHARE = 0.25
FALLBACK_MIN_CHARS = 500
_EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "with_metadata": False,
}


@dataclass(frozen=True)
class CleanArticle:
    """An article's clean text (paragraphs separated by one blank line) and metadata.

    ``published_at`` is the page's own date (``published_source == "page"``) or, when the page gives none, the
    date in its URL (``"url"``); the poller combines it with the feed's date in :func:`ingest.article.build_article`.
    """

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
    published_source: PublishedSource | None = None


@lru_cache(maxsize=1)
def _default_filter() -> PromoFilter:
    return PromoFilter()


def parse_html(html: str, url: str) -> HtmlElement:
    """The page's tree, as trafilatura parses it; ExtractionError when it is not HTML."""
    try:
        tree = trafilatura.load_html(html)
    except Exception as exc:  # hostile HTML must end in a typed error, not a crash
        raise ExtractionError(f"extraction failed for {url}: {type(exc).__name__}: {exc}") from exc
    if tree is None:
        raise ExtractionError(f"no article text found at {url}")
    return tree


def _extract(tree: HtmlElement, url: str, fast: bool) -> str:
    try:
        doc = trafilatura.bare_extraction(tree, url=url, fast=fast, **_EXTRACT_OPTIONS)
    except Exception as exc:  # hostile HTML must end in a typed error, not a crash
        raise ExtractionError(f"extraction failed for {url}: {type(exc).__name__}: {exc}") from exc
    return doc.text or "" if isinstance(doc, Document) else ""


def _paragraph_chars(tree: HtmlElement) -> int:
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def main_text(tree: HtmlElement, url: str) -> list[str]:
    """The main text's paragraphs, before the promo filter: fast path, full path when the fast one falls short."""
    text = _extract(tree, url, fast=True)
    if len(text) < FALLBACK_MIN_CHARS or len(text) < FALLBACK_SHARE * _paragraph_chars(tree):
        full = _extract(tree, url, fast=False)
        if len(full) > len(text):
            text = full
    return [line.strip() for line in text.splitlines() if line.strip()]


def extract_paragraphs(html: str, url: str) -> list[str]:
    """The main text's paragraphs before the promo filter (for measuring the filter)."""
    return main_text(parse_html(html, url), url)


def clean(html: str, url: str, promo_filter: PromoFilter | None = None) -> CleanArticle:
    """Extract the article in ``html`` (fetched from ``url``) as clean text plus metadata.

    Raises :class:`~ingest.errors.ExtractionError` when no article text remains.
    """
    tree = parse_html(html, url)
    page = read_page(tree)  # before extraction: trafilatura works on a copy, but read the untouched page
    paragraphs = main_text(tree, url)
    if not paragraphs:
        raise ExtractionError(f"no article text found at {url}")
    title = _title(tree, page)
    # Pages that put the headline inside <article> get it back as the first line: it is the title, not body.
    while paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs.pop(0)
    result = (promo_filter or _default_filter()).filter(paragraphs)
    if not result.kept:
        raise ExtractionError(f"only promotional text found at {url}")
    if sum(len(p.split()) for p in result.kept) < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found at {url} (fewer than {MIN_ARTICLE_WORDS} words)")
    text = "\n\n".join(result.kept)
    published, source = pick_published(_page_date(tree, page), None, url_date(url), datetime.now(UTC))
    return CleanArticle(
        text=text,
        title=title,
        authors=_authors(tree, page),
        published_at=published,
        published_source=source,
        language=detect_language(text, page.lang or page.meta.get("content-language") or page.meta.get("og:locale")),
        site_name=_site_name(page),
        canonical_url=_absolute_http(url, page.canonical),
        description=_clean_str(page.first_meta(("description", "og:description", "twitter:description"))),
        image=_image(url, page),
        removed_promo=len(result.removed),
    )


def _title(tree: HtmlElement, page: PageMeta) -> str | None:
    # Measured: the sharing title, then JSON-LD, then the page's headline; a lone <h1> often misses a kicker.
    headline = page.jsonld_value("headline")
    return (
        _clean_str(page.first_meta(("og:title", "twitter:title")))
        or _clean_str(headline if isinstance(headline, str) else None)
        or _clean_str(extract_title(tree))
    )


def _authors(tree: HtmlElement, page: PageMeta) -> list[str]:
    """People first (JSON-LD, author links, meta names with a space, bylines), organisations last."""
    jsonld_author = page.jsonld_value("author")
    meta = [v for k in AUTHOR_KEYS if (v := page.meta.get(k))]
    for source in (
        lambda: jsonld_names(jsonld_author),
        lambda: page.author_links,
        lambda: [v for v in meta if " " in v.strip()],
        lambda: [extract_author(tree)],
        lambda: page.author_pages,
        lambda: jsonld_names(jsonld_author, people=False),
        lambda: meta,
    ):
        found = clean_authors(source())
        if found:
            return found
    return []


def _page_date(tree: HtmlElement, page: PageMeta) -> datetime | None:
    declared = page_published(page)
    if declared is not None:
        return declared
    # No declared date: htmldate reads the markup (not the running text: its extensive search is slow). The URL's
    # date is left to pick_published, so that the source it reports is right.
    found = find_date(tree, extensive_search=False, original_date=True)
    return parse_datetime(found) if found else None


def _site_name(page: PageMeta) -> str | None:
    publisher = page.jsonld_value("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return _clean_str(page.first_meta(("og:site_name", "application-name"))) or _clean_str(
        name if isinstance(name, str) else None
    )


def _image(url: str, page: PageMeta) -> str | None:
    image = page.first_meta(("og:image", "og:image:url", "twitter:image", "twitter:image:src"))
    if image is None:
        value = page.jsonld_value("image")
        value = value[0] if isinstance(value, list) and value else value
        image = value.get("url") if isinstance(value, dict) else value if isinstance(value, str) else None
    return _absolute_http(url, image)


def _clean_str(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


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
