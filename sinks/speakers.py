"""Speaker identities for the claims the sink stores: register speakers and aliases, and pick each claim's speaker.

The rule lives in :mod:`newsflow.db.speakers`. This module applies it inside the sink's transaction so that the
result is a function of the set of messages received, whatever their order or repetition:

- every message registers its speakers, including one ignored as stale, so ``speakers`` and ``speaker_aliases``
  only ever grow and end up the same in any order;
- a bare one-word person name points at the one full-named person with that surname when exactly one is known,
  else at its own bare speaker; when a new speaker changes that answer, the claims already stored with the bare
  name are re-pointed in the same transaction.

On PostgreSQL, concurrent sinks take a transaction-scoped advisory lock per surname they touch (in sorted order,
so they cannot deadlock), so two sinks never decide the same surname from different snapshots.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsflow.contracts import ClaimsV1
from newsflow.db.models import Claim, Speaker, SpeakerAlias
from newsflow.db.speakers import PERSON, Mention, SpeakerKey, best_display, resolve_mentions, surname

_LOCK_NAMESPACE = "newsflow.speakers\x1f"


@dataclass(frozen=True, slots=True)
class SpeakerAssignment:
    """Where each bare one-word person name points after a batch's speakers were registered."""

    targets: Mapping[str, str]  # bare word -> the speaker_id it stands for

    def speaker_ids(self, message: ClaimsV1) -> dict[tuple[str, str], str]:
        """The speaker_id of each (name, kind) speaker among ``message``'s claims."""
        return {
            speaker: self.targets.get(m.key.name, m.key.speaker_id) if m.key.is_bare else m.key.speaker_id
            for speaker, m in message_mentions(message).items()
        }


def message_mentions(message: ClaimsV1) -> dict[tuple[str, str], Mention]:
    """The mentions of one message's claims (rules 1-3, within the article)."""
    return resolve_mentions((c.speaker.name, c.speaker.kind) for c in message.claims if c.speaker)


def assign_speakers(session: Session, messages: Sequence[ClaimsV1], now: datetime) -> SpeakerAssignment:
    """Register the speakers of every message and decide each bare name's speaker (rule 4).

    Runs in the caller's transaction before the claims are written. Every message registers its speakers, a
    stale one too, so that the registry does not depend on the order messages arrive in.
    """
    every = [mention for message in messages for mention in message_mentions(message).values()]
    words = sorted({w for m in every if (w := _surname_word(m.key))})
    if not every:
        return SpeakerAssignment({})
    if session.get_bind().dialect.name == "postgresql" and words:
        _lock(session, words)
    before = _targets(session, words)
    _register(session, every, now)
    after = _targets(session, words)
    for word in words:
        if before[word] != after[word]:
            _repoint(session, word, before[word], after[word])
    return SpeakerAssignment(after)


def _surname_word(key: SpeakerKey) -> str | None:
    if key.kind != PERSON:
        return None
    return key.name if key.is_bare else surname(key.name)


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _lock_key(word: str) -> int:
    return int.from_bytes(hashlib.sha256((_LOCK_NAMESPACE + word).encode()).digest()[:8], "big", signed=True)


_LOCK_SQL = text(
    "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY k) l"
)


def _lock(session: Session, words: Sequence[str]) -> None:
    """Take one advisory lock per surname, in key order, until the transaction ends."""
    session.execute(_LOCK_SQL, {"keys": sorted({_lock_key(word) for word in words})})


def _register(session: Session, mentions: Iterable[Mention], now: datetime) -> None:
    spellings: dict[SpeakerKey, set[str]] = {}
    for mention in mentions:
        spellings.setdefault(mention.key, set()).add(mention.display)
    ids = {key.speaker_id: key for key in spellings}
    query = select(Speaker.speaker_id, Speaker.name).where(Speaker.speaker_id.in_(sorted(ids)))
    stored: dict[str, str] = dict(session.execute(query).all())
    new_rows = [
        {"speaker_id": sid, "name": best_display(spellings[key]), "kind": key.kind, "first_seen_at": now}
        for sid, key in sorted(ids.items())
        if sid not in stored
    ]
    if new_rows:
        session.execute(_insert(session, Speaker.__table__).on_conflict_do_nothing(), new_rows)
    renamed = [
        {"speaker_id": sid, "name": best}
        for sid, name in sorted(stored.items())
        if (best := best_display({name, *spellings[ids[sid]]})) != name
    ]
    if renamed:
        session.execute(update(Speaker), renamed)  # bulk UPDATE by primary key
    # a speaker's aliases are a function of its key, written with its row: only new speakers need them
    alias_rows = sorted({(sid, alias) for sid, key in ids.items() if sid not in stored for alias in key.aliases()})
    if alias_rows:
        session.execute(
            _insert(session, SpeakerAlias.__table__).on_conflict_do_nothing(),
            [{"speaker_id": sid, "alias": alias} for sid, alias in alias_rows],
        )


def _targets(session: Session, words: Sequence[str]) -> dict[str, str]:
    """For each bare word: the one full-named person speaker with that surname, else the bare speaker itself."""
    candidates: dict[str, set[str]] = {word: set() for word in words}
    if words:
        query = (
            select(SpeakerAlias.alias, SpeakerAlias.speaker_id)
            .join(Speaker, Speaker.speaker_id == SpeakerAlias.speaker_id)
            .where(SpeakerAlias.alias.in_(words), Speaker.kind == PERSON)
        )
        for alias, sid in session.execute(query):
            if sid != SpeakerKey(PERSON, alias).speaker_id:
                candidates[alias].add(sid)
    return {
        word: next(iter(found)) if len(found) == 1 else SpeakerKey(PERSON, word).speaker_id
        for word, found in candidates.items()
    }


def _repoint(session: Session, word: str, old: str, new: str) -> None:
    """Move the stored claims whose bare ``word`` pointed at ``old`` to ``new``."""
    bare = SpeakerKey(PERSON, word).speaker_id
    if old == bare:  # only unresolved bare mentions ever point at the bare speaker
        session.execute(
            update(Claim).where(Claim.speaker_id == bare).values(speaker_id=new),
            execution_options={"synchronize_session": False},
        )
        return
    # old is a full-named speaker: only the claims that named it by the bare word alone, in articles that do not
    # name it in full, move; recompute their articles' mentions to tell them apart
    groups = select(Claim.article_id, Claim.extractor_name).where(Claim.speaker_id == old).distinct()
    articles = {(a, e) for a, e in session.execute(groups)}
    if not articles:
        return
    rows = session.execute(
        select(Claim.article_id, Claim.extractor_name, Claim.claim_id, Claim.speaker_name, Claim.speaker_kind).where(
            Claim.article_id.in_(sorted({a for a, _ in articles})), Claim.speaker_kind == PERSON
        )
    )
    by_article: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for article_id, extractor, claim_id, name, kind in rows:
        if (article_id, extractor) in articles and name is not None and kind is not None:
            by_article.setdefault((article_id, extractor), []).append((claim_id, name, kind))
    moved = []
    for (article_id, extractor), claims in by_article.items():
        mentions = resolve_mentions((name, kind) for _, name, kind in claims)
        for claim_id, name, kind in claims:
            if mentions[(name, kind)].key == SpeakerKey(PERSON, word):
                moved.append({"article_id": article_id, "extractor_name": extractor, "claim_id": claim_id})
    if moved:
        session.execute(update(Claim), [{**key, "speaker_id": new} for key in moved])  # bulk UPDATE by primary key
