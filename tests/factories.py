"""Valid contract messages for tests."""

from __future__ import annotations

from datetime import UTC, datetime

from newsflow.contracts import ArticleV1, Extractor, article_id_for, text_sha256

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_article(text: str = "Body text.", url: str = "https://example.com/a", title: str = "T") -> ArticleV1:
    """An ArticleV1 whose id and hash match its URL and text."""
    return ArticleV1(
        article_id=article_id_for(url),
        url=url,
        canonical_url=url,
        source="example.com",
        title=title,
        authors=["A. Writer"],
        published_at=NOW,
        fetched_at=NOW,
        language="en",
        text=text,
        text_sha256=text_sha256(text),
        extractor=Extractor(name="newsflow-cleaner", version="0.1.0"),
    )
