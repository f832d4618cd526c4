"""Speaker identities written by the sink: "Johnson" groups with "Boris Johnson" when, and only when, it is
unambiguous; the result is the same whatever the order or repetition of the messages."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from newsflow.contracts import ClaimsV1, Extractor
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Claim, ClaimSet, Speaker, SpeakerAlias
from newsflow.db.speakers import SpeakerKey
from sinks.writes import replace_claims
from tests.readside import CLAIMS, NOW, Said, claims_of, write_sample

BORIS = SpeakerKey("person", "boris johnson").speaker_id
STANLEY = SpeakerKey("person", "stanley johnson").speaker_id
BARE_JOHNSON = SpeakerKey("person", "johnson").speaker_id

ONLY_JOHNSON = claims_of(
    "https://other.example/a", "Taxes will fall, Johnson said.", [Said("Taxes will fall", "Johnson")]
)
STANLEY_TEXT = "Penguins are in danger, Stanley Johnson said. Johnson added that the ice was thin."
STANLEY_ARTICLE = claims_of(
    "https://other.example/b",
    STANLEY_TEXT,
    [Said("Penguins are in danger", "Stanley Johnson"), Said("the ice was thin", "Johnson", cue="added")],
)


def speakers_of(session: Session, message: ClaimsV1) -> dict[str, str | None]:
    rows = session.execute(
        select(Claim.text, Claim.speaker_id).where(
            Claim.article_id == message.article_id, Claim.extractor_name == message.extractor.name
        )
    )
    return dict(rows.all())


def test_a_surname_in_the_same_article_and_a_title_resolve_to_the_full_name(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    with make_sessionmaker(engine).begin() as session:
        write_sample(session)
    with make_sessionmaker(engine)() as session:
        harbour, coast = speakers_of(session, CLAIMS[0]), speakers_of(session, CLAIMS[1])
        assert set(harbour.values()) == {BORIS, SpeakerKey("organisation", "environment agency").speaker_id}
        assert harbour["work would not begin before spring"] == BORIS  # "Johnson", same article
        assert coast["Hospital waits have doubled since last winter"] == BORIS  # "Mr Johnson", other article
        assert coast["the wards were full every night"] == SpeakerKey("group", "nurses").speaker_id
        names = dict(session.execute(select(Speaker.speaker_id, Speaker.name)).all())
        assert names[BORIS] == "Boris Johnson"
        aliases = set(session.execute(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == BORIS)).scalars())
        assert aliases == {"boris johnson", "johnson"}
    engine.dispose()


def test_a_bare_surname_follows_when_a_full_name_arrives_and_leaves_when_it_becomes_ambiguous(
    migrated_url: str,
) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        replace_claims(session, [ONLY_JOHNSON], NOW)
    with sessions() as session:
        assert speakers_of(session, ONLY_JOHNSON) == {"Taxes will fall": BARE_JOHNSON}
    with sessions.begin() as session:
        write_sample(session)  # Boris Johnson arrives: the only full-named Johnson
    with sessions() as session:
        assert speakers_of(session, ONLY_JOHNSON) == {"Taxes will fall": BORIS}
    with sessions.begin() as session:
        replace_claims(session, [STANLEY_ARTICLE], NOW)  # a second Johnson: "Johnson" alone is ambiguous again
    with sessions() as session:
        assert speakers_of(session, ONLY_JOHNSON) == {"Taxes will fall": BARE_JOHNSON}
        # within their own articles, the surname still means the full name used there
        assert set(speakers_of(session, STANLEY_ARTICLE).values()) == {STANLEY}
        assert set(speakers_of(session, CLAIMS[0]).values()) >= {BORIS}
        assert speakers_of(session, CLAIMS[1])["Hospital waits have doubled since last winter"] == BARE_JOHNSON
    engine.dispose()


def test_kinds_are_never_merged(migrated_url: str) -> None:
    company = claims_of(
        "https://other.example/c",
        "Prices will rise, Johnson said.",
        [Said("Prices will rise", "Johnson", "organisation")],
    )
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        write_sample(session)
        replace_claims(session, [company], NOW)
    with sessions() as session:
        assert speakers_of(session, company) == {"Prices will rise": SpeakerKey("organisation", "johnson").speaker_id}
    engine.dispose()


def snapshot(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """Every speaker-related row, without bookkeeping timestamps (speakers.first_seen_at, claims.stored_at)."""
    with sessions() as session:
        return {
            "claims": sorted(
                session.execute(
                    select(Claim.article_id, Claim.extractor_name, Claim.claim_id, Claim.speaker_id, Claim.text)
                )
            ),
            "sets": sorted(
                session.execute(select(ClaimSet.article_id, ClaimSet.extractor_name, ClaimSet.extractor_version)).all()
            ),
            "speakers": sorted(session.execute(select(Speaker.speaker_id, Speaker.name, Speaker.kind))),
            "aliases": sorted(session.execute(select(SpeakerAlias.speaker_id, SpeakerAlias.alias))),
        }


def deliver(sessions: sessionmaker[Session], messages: Sequence[ClaimsV1], batch: int) -> None:
    for start in range(0, len(messages), batch):
        with sessions.begin() as session:
            replace_claims(session, messages[start : start + batch], NOW + timedelta(seconds=start))


def test_the_same_messages_in_any_order_and_batching_leave_the_same_speakers(migrated_url: str) -> None:
    old_harbour = claims_of(
        "https://harbourside.example/news/flood-defences",
        CLAIMS[0].claims[0].text + " Stanley Johnson said.",
        [Said(CLAIMS[0].claims[0].text, "Stanley Johnson")],
        Extractor(name="newsflow-claims", version="0.4.0"),  # stale: a newer extraction of the article exists
    )
    messages = [*CLAIMS, ONLY_JOHNSON, STANLEY_ARTICLE, old_harbour]
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    snapshots = []
    orders = [messages, messages[::-1], *(random.Random(seed).sample(messages, len(messages)) for seed in (1, 2))]
    for order, batch in zip(orders, (1, len(messages), 2, 3), strict=True):
        with sessions.begin() as session:
            for model in (Claim, ClaimSet, SpeakerAlias, Speaker):
                session.execute(delete(model))
        deliver(sessions, [*order, *order[:3]], batch)  # and some redelivered
        snapshots.append(snapshot(sessions))
    assert all(s == snapshots[0] for s in snapshots[1:])
    assert any(row[3] == STANLEY for row in snapshots[0]["claims"])
    engine.dispose()
