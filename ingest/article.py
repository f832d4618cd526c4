"""From a fetched, cleaned page to an ``ArticleV1`` (pure)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from ingest.clean import CleanArticle
from ingest.metadata import PublishedSource, url_date
from ingest.metadata import pick_published as _pick_published
from ingest.urls import choose_canonical
from newsflow.contracts import ArticleV1, Extractor, Removed, article_id_for, text_sha256
from newsflow.simhash import simhash, to_hex


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
    """The page's date, else the feed's; a date in the future is never accepted (see ingest.metadata)."""
    return _pick_published(page, feed, None, now)[0]


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
    page_published_source: PublishedSource | None = "page",
    site_name: str | None = None,
    description: str | None = None,
    image: str | None = None,
    removed_site: int = 0,
) -> ArticleV1:
    """Assemble the article message with its identity and text hash.

    The publication time is the page's, else the feed's, else the date in the URL (never one after
    ``fetched_at``), and ``published_source`` says which. ``page_published_source`` is the cleaner's
    ``published_source``: when the cleaner's date came from the URL, the feed's date wins over it.
    """
    canonical = canonical_url(page_canonical, final_url)
    signature = simhash(text)
    from_page = page_published if page_published_source != "url" else None
    published, source = _pick_published(from_page, feed_published, url_date(final_url), fetched_at)
    return ArticleV1(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        feed_url=feed_url,
        source=source_host(canonical)[:255],
        title=title,
        authors=authors,
        published_at=published,
        published_source=source,
        fetched_at=fetched_at,
        language=language,
        text=text,
        text_sha256=text_sha256(text),
        extractor=extractor,
        removed=Removed(promo=removed_promo, site=removed_site),
        simhash=None if signature is None else to_hex(signature),
        site_name=site_name[:500] if site_name else None,
        description=description[:10_000] if description else None,
        image=image if image and len(image) <= 8192 else None,
    )


def article_from_page(
    cleaned: CleanArticle,
    *,
    url: str,
    final_url: str,
    extractor: Extractor,
    fetched_at: datetime,
    feed_url: str | None = None,
    feed_title: str | None = None,
    feed_published: datetime | None = None,
    text: str | None = None,
    removed_site: int = 0,
) -> ArticleV1:
    """The article of a cleaned page: the one path from page to message, shared by the poller and ``newsflow clean``.

    ``text`` replaces the cleaned text when a later layer (site-learned boilerplate) removed paragraphs from it.
    """
    return build_article(
        url=url,
        final_url=final_url,
        feed_url=feed_url,
        page_canonical=cleaned.canonical_url,
        title=cleaned.title or feed_title,
        authors=cleaned.authors,
        page_published=cleaned.published_at,
        page_published_source=cleaned.published_source,
        feed_published=feed_published,
        language=cleaned.language,
        text=cleaned.text if text is None else text,
        removed_promo=cleaned.removed_promo,
        removed_site=removed_site,
        extractor=extractor,
        fetched_at=fetched_at,
        site_name=cleaned.site_name,
        description=cleaned.description,
        image=cleaned.image,
    )
