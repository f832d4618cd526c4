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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from packaging.version import InvalidVersion, Version
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, ClaimsV1
from newsflow.contracts import Claim as ClaimModel
from newsflow.db.models import Article, Claim, ClaimSet
from sinks.speakers import assign_speakers


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """What one batch changed."""

    articles: int = 0
    claim_sets: int = 0
    claims: int = 0
    stale_claim_sets: int = 0


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
    """Replace each article's claims per extractor name, keeping a newer stored extractor version."""
    counts = WriteCounts()
    speakers = assign_speakers(session, messages, now)
    for message in _newest_per_extraction(messages):
        name, version = message.extractor.name, message.extractor.version
        query = select(ClaimSet).where(ClaimSet.article_id == message.article_id, ClaimSet.extractor_name == name)
        stored = session.execute(query.with_for_update()).scalar_one_or_none()
        if stored is not None and version_key(stored.extractor_version) > version_key(version):
            counts = WriteCounts(counts.articles, counts.claim_sets, counts.claims, counts.stale_claim_sets + 1)
            continue
        session.execute(delete(Claim).where(Claim.article_id == message.article_id, Claim.extractor_name == name))
        speaker_ids = speakers.speaker_ids(message)
        rows = {claim.claim_id: _claim_row(message, claim, speaker_ids, now) for claim in message.claims}
        if rows:
            session.execute(_insert(session, Claim.__table__), list(rows.values()))
        set_row = {
            "article_id": message.article_id,
            "extractor_name": name,
            "extractor_version": version,
            "text_sha256": message.text_sha256,
            "extracted_at": message.extracted_at,
            "claim_count": len(rows),
            "stored_at": now,
        }
        statement = _insert(session, ClaimSet.__table__).values(set_row)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["article_id", "extractor_name"],
                set_={key: statement.excluded[key] for key in set_row if key not in ("article_id", "extractor_name")},
            )
        )
        counts = WriteCounts(counts.articles, counts.claim_sets + 1, counts.claims + len(rows), counts.stale_claim_sets)
    return counts


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
