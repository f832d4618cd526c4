"""The site-learned boilerplate layer of the cleaner: record an article's paragraphs, drop the host's boilerplate.

It runs after the cleaner and the promo filter, on the clean text, with the article's host and id. Recording and
deciding happen in one transaction, which commits before the article is published: what is removed never reaches
the article text, and the store keeps only hashes, counts and short previews.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from ingest.sitelearn import SiteFilter, join_paragraphs, split_paragraphs
from ingest.sitestore import record_and_lookup
from newsflow.db.models import utcnow


class SiteLayer:
    """Removes paragraphs that recur on at least ``min_articles`` distinct articles of a host."""

    def __init__(self, sessions: sessionmaker[Session], min_articles: int) -> None:
        self._sessions = sessions
        self._filter = SiteFilter(min_articles)

    def apply(self, host: str, article_id: str, text: str, now: datetime | None = None) -> tuple[str, int]:
        """Record ``text``'s paragraphs for ``host`` and return (the text without the host's boilerplate,
        how many paragraphs were removed). With nothing removed, ``text`` comes back unchanged."""
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            return text, 0
        with self._sessions.begin() as session:
            stats = record_and_lookup(session, host, article_id, paragraphs, now or utcnow())
            result = self._filter.filter(paragraphs, stats)
        if not result.removed:
            return text, 0
        return join_paragraphs(result.kept), len(result.removed)
