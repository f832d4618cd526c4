"""Idempotent writes of contract messages into the schema: the sink's transform, free of Kafka.

Every function here runs inside the caller's transaction and may be repeated with the same input without
changing the result (redelivery is harmless):

- articles are upserted by ``article_id``; ``first_stored_at`` keeps the first write;
- the claims of an article are replaced as a whole per (article_id, extractor name), unless the stored
  extraction comes from a newer extractor version, in which case the older message is ignored;
- each claim's ``speaker_id`` comes from the normalised speaker registry (:mod:`sinks.speakers`), filled in the
  same transaction with deterministic keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from packaging.version import InvalidVersion, Version
from sqlalchemy import delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, ClaimsV1
from newsflow.contracts import Claim as ClaimModel
from newsflow.db.models import Article, Claim, ClaimSet
from sinks.speakers import assign_speakers

KEYS_PER_STATEMENT = 400  # (article_id, extractor name) pairs per IN list: 800 bound parameters


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """What one batch changed."""

    articles: int = 0
    claim_sets: int = 0
    claims: int = 0
    stale_claim_sets: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            self.articles + other.articles,
            self.claim_sets + other.claim_sets,
            self.claims + other.claims,
            self.stale_claim_sets + other.stale_claim_sets,
        )


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def version_key(version: str) -> tuple[int, Any]:
    """Sort key of an extractor version: PEP 440 order where it parses, text order otherwise (and lower)."""
    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def upsert_articles(session: Session, articles: Sequence[ArticleV1], now: datetime) -> int:
    """Insert or update articles by id; the last message of an id in the batch wins."""
    latest: dict[str, ArticleV1] = {}
    for article in articles:
        latest[article.article_id] = article
    if not latest:
        return 0
    rows = [
        {
            "article_id": a.article_id,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "feed_url": a.feed_url,
            "source": a.source,
            "title": a.title,
            "authors": list(a.authors),
            "published_at": a.published_at,
            "fetched_at": a.fetched_at,
            "language": a.language,
            "text": a.text,
            "text_sha256": a.text_sha256,
            "extractor_name": a.extractor.name,
            "extractor_version": a.extractor.version,
            "removed_promo": a.removed.promo,
            "removed_site": a.removed.site,
            "first_stored_at": now,
            "updated_at": now,
            "published_source": a.published_source,
            "site_name": a.site_name,
            "description": a.description,
            "image_url": a.image,
            "simhash": a.simhash,
        }
        for a in latest.values()
    ]
    statement = _insert(session, Article.__table__).values(rows)
    updates = {name: statement.excluded[name] for name in rows[0] if name not in ("article_id", "first_stored_at")}
    # duplicate_of is the sink's own finding (mark_duplicates), never overwritten by a redelivered message
    session.execute(statement.on_conflict_do_update(index_elements=["article_id"], set_=updates))
    return len(rows)


def _newest_per_extraction(messages: Iterable[ClaimsV1]) -> list[ClaimsV1]:
    newest: dict[tuple[str, str], ClaimsV1] = {}
    for message in messages:
        key = (message.article_id, message.extractor.name)
        held = newest.get(key)
        if held is None or version_key(message.extractor.version) >= version_key(held.extractor.version):
            newest[key] = message
    return list(newest.values())


def replace_claims(session: Session, messages: Sequence[ClaimsV1], now: datetime) -> WriteCounts:
    """Replace each article's claims per extractor name, keeping a newer stored extractor version.

    Set-at-a-time: per batch, one locking SELECT and one DELETE per :data:`KEYS_PER_STATEMENT` extractions, then
    one claims INSERT and one claim-set upsert (each an executemany), not four statements per message. Before
    them :func:`sinks.speakers.assign_speakers` registers the speakers of every message, a stale one too. The
    newest message per (article_id, extractor name) in the batch is kept (the later one of equal versions); a
    stored newer extractor version wins and the message counts as stale; an equal or older stored version is
    replaced as a whole, claims and claim set, a set of zero claims included.

    On PostgreSQL the stored claim sets are locked (``FOR UPDATE``) in key order, the same total order in every
    sink, so concurrent sinks cannot deadlock on them.

    The counts: ``claim_sets`` written, ``claims`` written (a claim id repeated within a message counts once) and
    ``stale_claim_sets`` ignored; ``articles`` is 0.
    """
    speakers = assign_speakers(session, messages, now)
    newest = sorted(_newest_per_extraction(messages), key=_extraction)
    stored = _lock_stored_versions(session, [_extraction(m) for m in newest])
    winners = [
        m
        for m in newest
        if (held := stored.get(_extraction(m))) is None or version_key(held) <= version_key(m.extractor.version)
    ]
    # every winner's key, stored claim set or not: claims rows left without their claim set are replaced too
    _delete_claims(session, [_extraction(m) for m in winners])
    claim_rows: list[dict[str, Any]] = []
    set_rows: list[dict[str, Any]] = []
    for message in winners:
        speaker_ids = speakers.speaker_ids(message)
        rows = {claim.claim_id: _claim_row(message, claim, speaker_ids, now) for claim in message.claims}
        claim_rows += rows.values()
        set_rows.append(_claim_set_row(message, len(rows), now))
    if claim_rows:
        session.execute(_insert(session, Claim.__table__), claim_rows)
    if set_rows:
        statement = _insert(session, ClaimSet.__table__)
        updates = {key: statement.excluded[key] for key in set_rows[0] if key not in ("article_id", "extractor_name")}
        session.execute(
            statement.on_conflict_do_update(index_elements=["article_id", "extractor_name"], set_=updates), set_rows
        )
    return WriteCounts(0, len(winners), len(claim_rows), len(newest) - len(winners))


def _extraction(message: ClaimsV1) -> tuple[str, str]:
    return (message.article_id, message.extractor.name)


def _chunks(keys: Sequence[tuple[str, str]]) -> Iterator[Sequence[tuple[str, str]]]:
    for start in range(0, len(keys), KEYS_PER_STATEMENT):
        yield keys[start : start + KEYS_PER_STATEMENT]


def _lock_stored_versions(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The stored extractor version of each of ``keys`` (sorted) that has a claim set, its row locked.

    On PostgreSQL rows are locked in the order of ``ORDER BY``; ``COLLATE "C"`` makes that order code-point order,
    the order ``keys`` are sorted and cut in, so every sink takes its locks in one total order.
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    columns = [ClaimSet.article_id, ClaimSet.extractor_name]
    order = [column.collate("C") for column in columns] if postgres else columns
    stored: dict[tuple[str, str], str] = {}
    for chunk in _chunks(keys):
        query = (
            select(ClaimSet.article_id, ClaimSet.extractor_name, ClaimSet.extractor_version)
            .where(tuple_(*columns).in_(chunk))
            .order_by(*order)
            .with_for_update()
        )
        stored.update({(article_id, name): version for article_id, name, version in session.execute(query)})
    return stored


def _delete_claims(session: Session, keys: Sequence[tuple[str, str]]) -> None:
    for chunk in _chunks(keys):
        session.execute(
            delete(Claim)
            .where(tuple_(Claim.article_id, Claim.extractor_name).in_(chunk))
            .execution_options(synchronize_session=False)
        )


def _claim_set_row(message: ClaimsV1, claim_count: int, now: datetime) -> dict[str, Any]:
    return {
        "article_id": message.article_id,
        "extractor_name": message.extractor.name,
        "extractor_version": message.extractor.version,
        "text_sha256": message.text_sha256,
        "extracted_at": message.extracted_at,
        "claim_count": claim_count,
        "stored_at": now,
    }


def _claim_row(
    message: ClaimsV1, claim: ClaimModel, speaker_ids: dict[tuple[str, str], str], now: datetime
) -> dict[str, Any]:
    speaker = claim.speaker
    return {
        "article_id": message.article_id,
        "extractor_name": message.extractor.name,
        "claim_id": claim.claim_id,
        "extractor_version": message.extractor.version,
        "text": claim.text,
        "start_offset": claim.start,
        "end_offset": claim.end,
        "sentence_index": claim.sentence_index,
        "attribution": claim.attribution,
        "speaker_name": speaker.name if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "speaker_id": speaker_ids[(speaker.name, speaker.kind)] if speaker else None,
        "cue": claim.cue,
        "hedges": list(claim.hedges),
        "quantities": [q.model_dump() for q in claim.quantities],
        "types": list(claim.types),
        "checkworthiness": claim.checkworthiness,
        "stored_at": now,
    }
