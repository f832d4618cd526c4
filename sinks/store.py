"""One sink batch written inside the caller's transaction: takedowns refused, articles, duplicate marks, claims.

The sink service and ``bench/sink_throughput.py`` both write through :func:`store_batch`, so the benchmark
measures exactly what the service does per batch.

Messages already in flight when an article was taken down are refused here, counted and dropped (not dead-
lettered: nothing is wrong with them). A refused article's canonical URL joins the takedown list, so that its
claims, which carry only the article id, are refused whenever they come; claims stored before it (claims may
arrive first) are erased with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, ClaimsV1
from newsflow.db.models import Takedown
from newsflow.takedowns import URL, TakedownList
from sinks.duplicates import mark_duplicates
from sinks.erase import erase_articles
from sinks.writes import WriteCounts, replace_claims, upsert_articles

NO_TAKEDOWNS = TakedownList()
REFUSED_REASON = "refused by the sink: in flight when its URL or source was taken down"


@dataclass(frozen=True, slots=True)
class StoredBatch:
    """What one batch wrote, and what it refused because of a takedown."""

    written: WriteCounts
    refused_articles: int = 0
    refused_claim_sets: int = 0


def store_batch(
    session: Session,
    articles: Sequence[ArticleV1],
    claims: Sequence[ClaimsV1],
    now: datetime,
    takedowns: TakedownList = NO_TAKEDOWNS,
) -> StoredBatch:
    """Upsert the articles, mark their duplicates, replace the claims; idempotent under redelivery."""
    refused = {a.article_id: a for a in articles if takedowns.blocks_article(a)}
    kept_articles = [a for a in articles if a.article_id not in refused]
    kept_claims = [c for c in claims if c.article_id not in refused and not takedowns.blocks_article_id(c.article_id)]
    stored = upsert_articles(session, kept_articles, now)
    mark_duplicates(session, kept_articles)
    written = replace_claims(session, kept_claims, now)
    if refused:
        _block_ids(session, [a for a in refused.values() if a.canonical_url not in takedowns.urls], now)
        erase_articles(session, refused)
    return StoredBatch(
        WriteCounts(stored, written.claim_sets, written.claims, written.stale_claim_sets),
        refused_articles=len(refused),
        refused_claim_sets=len(claims) - len(kept_claims),
    )


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _block_ids(session: Session, articles: Sequence[ArticleV1], now: datetime) -> None:
    """Put each refused article's canonical URL on the takedown list, so its claims are refused by id."""
    rows = [{"kind": URL, "value": a.canonical_url, "reason": REFUSED_REASON, "created_at": now} for a in articles]
    if rows:
        session.execute(_insert(session, Takedown.__table__).on_conflict_do_nothing(), rows)
