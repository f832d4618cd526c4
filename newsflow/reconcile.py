"""What ``newsflow reconcile`` repairs, selected from the database alone.

Two kinds of work can be lost between the stages when the broker loses data it had acknowledged (Tansu keeps
nothing across a restart; so can a badly configured cluster):

- **lost entries**: seen entries marked ``fetched`` (the broker acknowledged their article) whose article never
  reached the ``articles`` table, although the grace period has passed since they were marked;
- **unclaimed articles**: stored articles without a ``claim_sets`` row for one of the installed extractors,
  although the grace period has passed since they were last stored.

The first are fetched and published again through the poller's own entry handler; the second are re-queued on
``news.articles`` (as ``newsflow reextract`` does). Everything here is a query or a pure transform; the runner is
:mod:`newsflow.cli.reconcile`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Select, exists, false, or_, select

from newsflow.contracts import ArticleV1, Extractor, Removed
from newsflow.db.models import Article, ClaimSet, Feed, SeenEntry

FETCHED = "fetched"  # the seen-entry status written after the broker acknowledged the article


@dataclass(frozen=True, slots=True)
class LostEntry:
    """A seen entry whose article the broker acknowledged but the database never received."""

    feed_id: int
    feed_url: str
    guid: str
    url: str
    article_id: str


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    """What one reconcile pass found and did."""

    lost_entries: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)  # outcome of the new attempt (``retry``: next pass)
    unclaimed_articles: int = 0
    requeued: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "lost_entries": self.lost_entries,
            "refetched": dict(sorted(self.outcomes.items())),
            "unclaimed_articles": self.unclaimed_articles,
            "requeued": self.requeued,
        }

    def summary(self) -> str:
        """One line for people."""
        outcomes = ", ".join(f"{count} {status}" for status, count in sorted(self.outcomes.items())) or "none"
        return (
            f"{self.lost_entries} lost entr{'y' if self.lost_entries == 1 else 'ies'} fetched again ({outcomes}); "
            f"{self.requeued} of {self.unclaimed_articles} article(s) without claims re-queued"
        )


def cutoff(now: datetime, grace_s: float) -> datetime:
    """Rows last touched before this are past the grace period."""
    return now - timedelta(seconds=grace_s)


def lost_entries_query(before: datetime) -> Select[int, str, str, str, str | None]:
    """Entries marked fetched before ``before`` whose article is not stored, oldest first."""
    stored = exists().where(Article.article_id == SeenEntry.article_id)
    return (
        select(SeenEntry.feed_id, Feed.url, SeenEntry.guid, SeenEntry.url, SeenEntry.article_id)
        .join(Feed, Feed.id == SeenEntry.feed_id)
        .where(
            SeenEntry.status == FETCHED,
            SeenEntry.article_id.is_not(None),
            SeenEntry.updated_at < before,
            ~stored,
        )
        .order_by(SeenEntry.updated_at, SeenEntry.id)
    )


def one_per_article(rows: Iterable[Sequence[object]]) -> list[LostEntry]:
    """Lost entries from query rows, one per article (two feeds may have fetched the same one): the first wins."""
    chosen: dict[str, LostEntry] = {}
    for feed_id, feed_url, guid, url, article_id in rows:
        entry = LostEntry(int(str(feed_id)), str(feed_url), str(guid), str(url), str(article_id))
        chosen.setdefault(entry.article_id, entry)
    return list(chosen.values())


def unclaimed_articles_query(before: datetime, extractors: Sequence[str]) -> Select[Article]:
    """Articles stored before ``before`` lacking a claim set of at least one of ``extractors``, oldest first."""
    if not extractors:
        return select(Article).where(false())
    missing = [
        ~exists().where(ClaimSet.article_id == Article.article_id, ClaimSet.extractor_name == name)
        for name in extractors
    ]
    return (
        select(Article)
        .where(Article.updated_at < before, or_(*missing))
        .order_by(Article.updated_at, Article.article_id)
    )


def article_message(row: Article) -> ArticleV1:
    """A stored article as the ``ArticleV1`` it was published as."""
    return ArticleV1(
        article_id=row.article_id,
        url=row.url,
        canonical_url=row.canonical_url,
        feed_url=row.feed_url,
        source=row.source,
        title=row.title,
        authors=list(row.authors),
        published_at=row.published_at,
        fetched_at=row.fetched_at,
        language=row.language,
        text=row.text,
        text_sha256=row.text_sha256,
        extractor=Extractor(name=row.extractor_name, version=row.extractor_version),
        removed=Removed(promo=row.removed_promo, site=row.removed_site),
        published_source=row.published_source,
        site_name=row.site_name,
        description=row.description,
        image=row.image_url,
        simhash=row.simhash,
    )
