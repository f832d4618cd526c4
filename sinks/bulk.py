"""A set-at-a-time version of :func:`sinks.writes.replace_claims`: the same result, a fixed number of statements
per batch instead of four per claims message.

PROPOSAL for the owner of ``sinks/writes.py`` (not wired into the sink): the benchmark measures it with
``bench/sink_throughput.py --bulk-claims`` and ``tests/integration/test_redelivery.py`` proves it leaves the
same tables as ``replace_claims`` on the redelivery test's 1,000 messages. Semantics kept exactly: the newest
message per (article_id, extractor name) in the batch; a stored newer extractor version wins (the message counts
as stale); otherwise the stored claims of that extraction are replaced as a whole; speakers are assigned by
:func:`sinks.speakers.assign_speakers` for the whole batch first. Stored claim sets are locked in key order on
PostgreSQL (``FOR UPDATE``), so concurrent sinks cannot deadlock on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ClaimsV1
from newsflow.db.models import Claim, ClaimSet
from sinks.speakers import assign_speakers
from sinks.writes import WriteCounts, _claim_row, _newest_per_extraction, version_key

_CHUNK = 400  # (article_id, extractor) keys per statement: 800 parameters


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def replace_claims_bulk(session: Session, messages: Sequence[ClaimsV1], now: datetime) -> WriteCounts:
    """Replace each article's claims per extractor name, keeping a newer stored extractor version."""
    speakers = assign_speakers(session, messages, now)
    newest = sorted(_newest_per_extraction(messages), key=lambda m: (m.article_id, m.extractor.name))
    keys = [(m.article_id, m.extractor.name) for m in newest]
    stored: dict[tuple[str, str], str] = {}
    for start in range(0, len(keys), _CHUNK):
        query = (
            select(ClaimSet.article_id, ClaimSet.extractor_name, ClaimSet.extractor_version)
            .where(tuple_(ClaimSet.article_id, ClaimSet.extractor_name).in_(keys[start : start + _CHUNK]))
            .order_by(ClaimSet.article_id, ClaimSet.extractor_name)
            .with_for_update()
        )
        stored.update({(aid, name): version for aid, name, version in session.execute(query)})
    winners = [
        m
        for m in newest
        if (held := stored.get((m.article_id, m.extractor.name))) is None
        or version_key(held) <= version_key(m.extractor.version)
    ]
    replaced = [(m.article_id, m.extractor.name) for m in winners if (m.article_id, m.extractor.name) in stored]
    for start in range(0, len(replaced), _CHUNK):
        chunk = replaced[start : start + _CHUNK]
        session.execute(
            delete(Claim)
            .where(tuple_(Claim.article_id, Claim.extractor_name).in_(chunk))
            .execution_options(synchronize_session=False)
        )
    claim_rows: list[dict[str, Any]] = []
    set_rows: list[dict[str, Any]] = []
    for message in winners:
        speaker_ids = speakers.speaker_ids(message)
        rows = {claim.claim_id: _claim_row(message, claim, speaker_ids, now) for claim in message.claims}
        claim_rows += rows.values()
        set_rows.append(
            {
                "article_id": message.article_id,
                "extractor_name": message.extractor.name,
                "extractor_version": message.extractor.version,
                "text_sha256": message.text_sha256,
                "extracted_at": message.extracted_at,
                "claim_count": len(rows),
                "stored_at": now,
            }
        )
    if claim_rows:
        session.execute(_insert(session, Claim.__table__), claim_rows)
    if set_rows:
        statement = _insert(session, ClaimSet.__table__)
        updates = {key: statement.excluded[key] for key in set_rows[0] if key not in ("article_id", "extractor_name")}
        session.execute(
            statement.on_conflict_do_update(index_elements=["article_id", "extractor_name"], set_=updates), set_rows
        )
    return WriteCounts(0, len(winners), len(claim_rows), len(newest) - len(winners))
