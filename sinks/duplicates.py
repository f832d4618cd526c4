"""Duplicate marking in the sink: exact copies by text hash, near-duplicates by SimHash bands.

Every article is stored; a duplicate only gets ``duplicate_of`` (the first-stored article of the story) and
``duplicate_kind`` (``exact`` or ``near``), so downstream teams can count a story once with all its outlets.
The original is the earliest stored article of its group (``first_stored_at``, then ``article_id``), so
redelivery cannot turn an original into a copy of a later one. Note that it is the order of FIRST storage that
decides: two copies first delivered in the opposite order name the other one as original.

A batch is marked with a fixed number of statements (the bands of the whole batch in one insert, candidates in
three queries, changed marks in one update), not a handful per article: that is most of the sink's speed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1
from newsflow.db.models import Article, SimhashBand
from newsflow.simhash import NEAR_DISTANCE, bands, distance, from_hex

_CHUNK = 400  # articles per round of queries: 4 bands x 2 values each stays far below SQLite's parameter limit

Mark = tuple[str | None, str | None]  # (duplicate_of, duplicate_kind)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What duplicate detection needs of an article."""

    article_id: str
    text_sha256: str
    simhash: str | None


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _chunks(items: Sequence[Fingerprint]) -> Iterable[Sequence[Fingerprint]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def mark_duplicates(session: Session, articles: Sequence[ArticleV1]) -> int:
    """Index each article's SimHash bands and record what it duplicates; returns how many are duplicates.

    Runs after :func:`sinks.writes.upsert_articles` in the same transaction (it reads ``first_stored_at``).
    """
    unique = {a.article_id: Fingerprint(a.article_id, a.text_sha256, a.simhash) for a in articles}
    prints = list(unique.values())
    for chunk in _chunks(prints):
        rows = [
            {"band": b, "value": v, "article_id": p.article_id}
            for p in chunk
            if p.simhash is not None
            for b, v in bands(from_hex(p.simhash))
        ]
        if rows:
            session.execute(_insert(session, SimhashBand.__table__).on_conflict_do_nothing(), rows)
    return remark(session, prints)


def remark_stored(session: Session, article_ids: Iterable[str]) -> int:
    """Recompute the marks of stored articles (after their original was erased); returns how many are duplicates."""
    ids = sorted(set(article_ids))
    prints: list[Fingerprint] = []
    for start in range(0, len(ids), _CHUNK):
        found = session.execute(
            select(Article.article_id, Article.text_sha256, Article.simhash).where(
                Article.article_id.in_(ids[start : start + _CHUNK])
            )
        ).all()
        prints += [Fingerprint(aid, sha, sig) for aid, sha, sig in found]
    return remark(session, prints)


def remark(session: Session, prints: Sequence[Fingerprint]) -> int:
    """Set ``duplicate_of``/``duplicate_kind`` of stored articles where they changed; returns the duplicates."""
    duplicates = 0
    for chunk in _chunks(prints):
        marks = _originals(session, chunk)
        current = {
            aid: (of, kind)
            for aid, of, kind in session.execute(
                select(Article.article_id, Article.duplicate_of, Article.duplicate_kind).where(
                    Article.article_id.in_([p.article_id for p in chunk])
                )
            ).all()
        }
        changed = [
            {"article_id": aid, "duplicate_of": mark[0], "duplicate_kind": mark[1]}
            for aid, mark in marks.items()
            if aid in current and current[aid] != mark
        ]
        if changed:
            session.execute(update(Article), changed)  # ORM bulk update by primary key: one executemany
        duplicates += sum(1 for aid, mark in marks.items() if aid in current and mark[0] is not None)
    return duplicates


def _originals(session: Session, chunk: Sequence[Fingerprint]) -> dict[str, Mark]:
    """The mark of each article: the earliest-stored other article with the same text, else a near one."""
    by_hash: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for aid, sha, stored in session.execute(
        select(Article.article_id, Article.text_sha256, Article.first_stored_at).where(
            Article.text_sha256.in_({p.text_sha256 for p in chunk})
        )
    ).all():
        by_hash[sha].append((stored, aid))
    wanted = {pair for p in chunk if p.simhash is not None for pair in bands(from_hex(p.simhash))}
    near: dict[str, tuple[datetime, int]] = {}
    if wanted:
        for aid, other, stored in session.execute(
            select(Article.article_id, Article.simhash, Article.first_stored_at)
            .join(SimhashBand, SimhashBand.article_id == Article.article_id)
            .where(tuple_(SimhashBand.band, SimhashBand.value).in_(sorted(wanted)), Article.simhash.is_not(None))
            .distinct()
        ).all():
            if other is not None:
                near[aid] = (stored, from_hex(other))
    stored_at = {aid: stored for rows in by_hash.values() for stored, aid in rows}
    marks: dict[str, Mark] = {}
    for p in chunk:
        me = stored_at.get(p.article_id)
        if me is None:
            continue  # not stored (refused, or erased meanwhile): nothing to mark
        key = (me, p.article_id)
        exact = [(stored, aid) for stored, aid in by_hash[p.text_sha256] if (stored, aid) < key]
        if exact:
            marks[p.article_id] = (min(exact)[1], "exact")
            continue
        if p.simhash is not None:
            signature = from_hex(p.simhash)
            close = [
                (stored, aid)
                for aid, (stored, other) in near.items()
                if (stored, aid) < key and distance(signature, other) <= NEAR_DISTANCE
            ]
            if close:
                marks[p.article_id] = (min(close)[1], "near")
                continue
        marks[p.article_id] = (None, None)
    return marks
