"""The takedown list: URLs and sources that must never be fetched, stored or re-ingested.

Rows of the ``takedowns`` table are ``("url", normalised URL)`` or ``("source", host)``. A host is compared as
articles record it in ``articles.source``: lower-case, IDNA, without a ``www.`` prefix. A URL takedown also
blocks the article whose id derives from that URL (``article_id_for``), so claims messages, which carry only an
article id, are blocked too; this is why ``newsflow articles delete`` and the sink record the canonical URL of
every article they erase or refuse.

The list is small (takedowns are rare legal events) and read whole; :class:`TakedownCache` reloads it only when
the table changed, checked with one cheap query per use.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, article_id_for
from newsflow.db.models import Takedown

URL = "url"
SOURCE = "source"


@dataclass(frozen=True, slots=True)
class TakedownList:
    """The takedowns in force, with the article ids their URLs name."""

    urls: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    article_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]]) -> TakedownList:
        """Build from (kind, value) rows."""
        pairs = list(rows)
        urls = {value for kind, value in pairs if kind == URL}
        sources = {value for kind, value in pairs if kind == SOURCE}
        return cls(frozenset(urls), frozenset(sources), frozenset(article_id_for(url) for url in urls))

    def __bool__(self) -> bool:
        return bool(self.urls or self.sources)

    def blocks_url(self, normalised_url: str) -> bool:
        return normalised_url in self.urls or article_id_for(normalised_url) in self.article_ids

    def blocks_source(self, host: str) -> bool:
        return host in self.sources

    def blocks_article(self, article: ArticleV1) -> bool:
        """Whether the article is taken down: by its id, its URLs, or its source."""
        return (
            article.article_id in self.article_ids
            or article.canonical_url in self.urls
            or article.url in self.urls
            or article.source in self.sources
        )

    def blocks_article_id(self, article_id: str) -> bool:
        return article_id in self.article_ids


def source_key(host: str) -> str:
    """A host as ``articles.source`` records it: lower-case, no ``www.`` prefix, no trailing dot."""
    return host.strip().lower().rstrip(".").removeprefix("www.")


def load(session: Session) -> TakedownList:
    """Every takedown in force."""
    return TakedownList.of((kind, value) for kind, value in session.execute(select(Takedown.kind, Takedown.value)))


class TakedownCache:
    """The takedown list, reloaded only when the table changed (its row count or highest id moved)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._list = TakedownList()

    def current(self, session: Session) -> TakedownList:
        """The list as of ``session``'s view of the table."""
        count, top = session.execute(select(func.count(), func.coalesce(func.max(Takedown.id), 0))).one()
        stamp = (int(count), int(top))
        with self._lock:
            if stamp == self._stamp:
                return self._list
        fresh = load(session)
        with self._lock:
            self._stamp, self._list = stamp, fresh
        return fresh
