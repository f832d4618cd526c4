"""From a fetched, cleaned page to an ``ArticleV1`` (pure)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from ingest.urls import choose_canonical
from newsflow.contracts import ArticleV1, Extractor, Removed, article_id_for, text_sha256


def canonical_url(page_canonical: str | None, final_url: str) -> str:
    """The article's identity URL, normalized (see :func:`ingest.urls.normalize_url`).

    The page's ``<link rel=canonical>`` is followed only when it is http(s), on the same registrable domain as
    ``final_url`` (the URL the page was finally fetched from) and not the site's root; otherwise ``final_url``.
    Tracking parameters, the fragment, default ports and host case never change the identity. Raises
    ``ValueError`` when ``final_url`` is not an http(s) URL (the fetcher fetches nothing else).
    """
    return choose_canonical(page_canonical, final_url)


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
