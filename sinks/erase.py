"""Erasing articles for takedowns, inside the caller's transaction: the article, its claims and everything keyed
by its id.

Deleted per article id: ``claims`` (and with them the claims' links to ``speakers``), ``claim_sets``,
``simhash_bands`` and the ``articles`` row (full-text indexes follow through their triggers). Articles that named
an erased one as their original are marked again against what remains. The ``speakers`` registry itself is kept:
it holds normalised names only, and it must not depend on what was received or erased in which order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsflow.db.engine import rowcount
from newsflow.db.models import Article, Claim, ClaimSet, SimhashBand
from sinks.duplicates import remark_stored

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Erased:
    """Rows deleted by an erasure."""

    articles: int = 0
    claim_sets: int = 0
    claims: int = 0
    remarked: int = 0  # articles whose original was erased and were marked again


def erase_articles(session: Session, article_ids: Iterable[str]) -> Erased:
    """Delete the articles and everything keyed by their ids (stored or not yet: claims may come first)."""
    ids = sorted(set(article_ids))
    articles = claim_sets = claims = 0
    orphans: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        orphans |= set(
            session.execute(
                select(Article.article_id).where(Article.duplicate_of.in_(chunk), Article.article_id.not_in(chunk))
            ).scalars()
        )
        claims += rowcount(session.execute(_gone(Claim, chunk)))
        claim_sets += rowcount(session.execute(_gone(ClaimSet, chunk)))
        session.execute(_gone(SimhashBand, chunk))
        articles += rowcount(session.execute(_gone(Article, chunk)))
    orphans -= set(ids)
    if orphans:
        remark_stored(session, orphans)
    return Erased(articles, claim_sets, claims, len(orphans))


def _gone(model: Any, ids: list[str]) -> Any:
    return delete(model).where(model.article_id.in_(ids)).execution_options(synchronize_session=False)
