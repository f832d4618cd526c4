"""``newsflow reextract``: re-queue stored articles on ``news.articles`` so the extractors run on them again.

For when an extractor improves: Kafka's retention will not hold old articles, the database does. Each stored
article is rebuilt as the ``ArticleV1`` it was published as and sent with ``acks=all``; the claims processor
then extracts with its current version and the sink replaces older claims (a newer version wins).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select

from newsflow import bus
from newsflow.contracts import ArticleV1
from newsflow.db.engine import session_scope
from newsflow.db.models import Article
from newsflow.progress import progress
from newsflow.reconcile import article_message
from newsflow.runtime import EXIT_OK
from newsflow.settings import Settings

BATCH = 500


def stored_articles(settings: Settings, since: datetime | None, source: str | None) -> Iterator[ArticleV1]:
    """The stored articles fetched since ``since`` (from ``source``), as messages, in fetch order."""
    query = select(Article).order_by(Article.fetched_at, Article.article_id)
    if since is not None:
        query = query.where(Article.fetched_at >= since)
    if source is not None:
        query = query.where(Article.source == source.lower().removeprefix("www."))
    with session_scope(settings.database_url) as session:
        for row in session.execute(query.execution_options(yield_per=BATCH)).scalars():
            yield article_message(row)


def run_reextract(settings: Settings, since: datetime | None, source: str | None) -> int:
    """Publish the selected stored articles again; prints how many."""
    bus.ensure_topics(settings)
    publisher = bus.Publisher(bus.make_producer(settings, "newsflow-reextract"), settings.in_flight_max)
    sent = 0
    try:
        for article in progress(stored_articles(settings, since, source), "re-queueing articles", unit="article"):
            publisher.send(settings.articles_topic, article.article_id.encode(), article.encode())
            sent += 1
        publisher.flush()
    finally:
        publisher.close()
    print(f"re-queued {sent} article(s) on {settings.articles_topic}")
    return EXIT_OK
