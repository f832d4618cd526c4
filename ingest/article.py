"""From a fetched, cleaned page to an ``ArticleV1`` (pure)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from newsflow.contracts import ArticleV1, Extractor, Removed, article_id_for, text_sha256


def canonical_url(page_canonical: str | None, final_url: str) -> str:
    """The article's identity URL: the page's ``<link rel=canonical>`` when it is an absolute http(s) URL,
    else the URL the page was finally fetched from; the fragment is dropped and scheme/host lower-cased."""
    chosen = final_url
    if page_canonical:
        parts = urlsplit(page_canonical.strip())
        if parts.scheme in ("http", "https") and parts.netloc:
            chosen = page_canonical.strip()
    parts = urlsplit(chosen)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def source_host(url: str) -> str:
    """The host an article comes from, lower-case, without a ``www.`` prefix."""
    host = (urlsplit(url).hostname or "unknown").lower()
    return host.removeprefix("www.")


def pick_published(page: datetime | None, feed: datetime | None, now: datetime) -> datetime | None:
    """The page's date, else the feed's; a date in the future is never accepted."""
    for candidate in (page, feed):
        if candidate is not None and candidate <= now:
            return candidate
    return None


def build_article(
    *,
    url: str,
    final_url: str,
    feed_url: str | None,
    page_canonical: str | None,
    title: str | None,
    authors: list[str],
    page_published: datetime | None,
    feed_published: datetime | None,
    language: str | None,
    text: str,
    removed_promo: int,
    extractor: Extractor,
    fetched_at: datetime,
) -> ArticleV1:
    """Assemble the article message with its identity and text hash."""
    canonical = canonical_url(page_canonical, final_url)
    return ArticleV1(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        feed_url=feed_url,
        source=source_host(canonical)[:255],
        title=title,
        authors=authors,
        published_at=pick_published(page_published, feed_published, fetched_at),
        fetched_at=fetched_at,
        language=language,
        text=text,
        text_sha256=text_sha256(text),
        extractor=extractor,
        removed=Removed(promo=removed_promo, site=0),
    )
