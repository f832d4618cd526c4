"""Duplicate marking in the sink: exact copies by text hash, near-duplicates by SimHash bands.

Every article is stored; a duplicate only gets ``duplicate_of`` (the first-stored article of the story) and
``duplicate_kind`` (``exact`` or ``near``), so downstream teams can count a story once with all its outlets.
The original is the earliest stored article of its group, so redelivery or the order of a batch cannot turn an
original into a copy of a later one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1
from newsflow.db.models import Article, SimhashBand
from newsflow.simhash import NEAR_DISTANCE, bands, distance, from_hex


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def mark_duplicates(session: Session, articles: Sequence[ArticleV1]) -> int:
    """Index each article's SimHash bands and record what it duplicates; returns how many are duplicates."""
    marked = 0
    for article in {a.article_id: a for a in articles}.values():
        if article.simhash is not None:
            rows = [
                {"band": b, "value": v, "article_id": article.article_id} for b, v in bands(from_hex(article.simhash))
            ]
            session.execute(_insert(session, SimhashBand).values(rows).on_conflict_do_nothing())
        original, kind = _original_of(session, article)
        session.execute(
            update(Article)
            .where(Article.article_id == article.article_id)
            .values(duplicate_of=original, duplicate_kind=kind)
        )
        marked += original is not None
    return marked


def _original_of(session: Session, article: ArticleV1) -> tuple[str | None, str | None]:
    me = session.execute(select(Article.first_stored_at).where(Article.article_id == article.article_id)).scalar_one()
    earlier = or_(
        Article.first_stored_at < me,
        and_(Article.first_stored_at == me, Article.article_id < article.article_id),
    )
    exact = session.execute(
        select(Article.article_id)
        .where(Article.text_sha256 == article.text_sha256, Article.article_id != article.article_id, earlier)
        .order_by(Article.first_stored_at, Article.article_id)
        .limit(1)
    ).scalar_one_or_none()
    if exact is not None:
        return exact, "exact"
    if article.simhash is None:
        return None, None
    signature = from_hex(article.simhash)
    candidates = session.execute(
        select(Article.article_id, Article.simhash, Article.first_stored_at)
        .join(SimhashBand, SimhashBand.article_id == Article.article_id)
        .where(
            tuple_(SimhashBand.band, SimhashBand.value).in_(bands(signature)),
            Article.article_id != article.article_id,
            Article.simhash.is_not(None),
            earlier,
        )
        .order_by(Article.first_stored_at, Article.article_id)
    ).all()
    for article_id, other, _stored in candidates:
        if other is not None and distance(signature, from_hex(other)) <= NEAR_DISTANCE:
            return article_id, "near"
    return None, None
