"""The sink's writes on SQLite and PostgreSQL: idempotent upserts, claims replaced per extraction, exact counts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, Claim, ClaimsV1, Extractor, Speaker, article_id_for, claim_id_for, text_sha256
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, ClaimSet
from newsflow.db.models import Claim as ClaimRow
from sinks.writes import KEYS_PER_STATEMENT, WriteCounts, replace_claims, upsert_articles, version_key
from tests.factories import NOW, make_article

TEXT = "Boris Johnson admitted the man had fled. Spies claimed he was in the city."


def article(title: str = "T") -> ArticleV1:
    return make_article(TEXT, "https://example.com/a", title)


def claims(
    version: str, spans: list[tuple[int, int]], name: str = "newsflow-claims", url: str = "https://example.com/a"
) -> ClaimsV1:
    aid = article_id_for(url)
    return ClaimsV1(
        article_id=aid,
        text_sha256=text_sha256(TEXT),
        extractor=Extractor(name=name, version=version),
        extracted_at=NOW,
        claims=[
            Claim(
                claim_id=claim_id_for(aid, s, e, TEXT[s:e]),
                text=TEXT[s:e],
                start=s,
                end=e,
                sentence_index=i,
                attribution="indirect",
                speaker=Speaker(name="Boris Johnson", kind="person"),
                cue="admitted",
                checkworthiness=0.4,
            )
            for i, (s, e) in enumerate(spans)
        ],
    )


def count(session: Session, model: type) -> int:
    return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def stored_claims(session: Session, name: str = "newsflow-claims") -> list[str]:
    query = select(ClaimRow.text).where(ClaimRow.extractor_name == name).order_by(ClaimRow.start_offset)
    return list(session.execute(query).scalars())


def test_redelivered_articles_and_claims_make_no_duplicates(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    first = claims("0.1.0", [(0, 40), (41, len(TEXT))])
    for round_ in range(3):
        with sessions.begin() as session:
            upsert_articles(session, [article(title=f"T{round_}"), article(title=f"T{round_}")], NOW)
            replace_claims(session, [first, first], NOW + timedelta(seconds=round_))
    with sessions() as session:
        assert (count(session, Article), count(session, ClaimSet), count(session, ClaimRow)) == (1, 1, 2)
        stored = session.execute(select(Article)).scalar_one()
        assert stored.title == "T2"  # the last write wins
        assert stored.first_stored_at == NOW
        assert stored.published_at == NOW
    engine.dispose()


def test_claims_are_replaced_as_a_whole_and_an_older_version_never_wins(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        assert replace_claims(session, [claims("0.2.0", [(0, 40), (41, len(TEXT))])], NOW) == WriteCounts(0, 1, 2, 0)
    with sessions.begin() as session:
        assert replace_claims(session, [claims("0.1.9", [(0, 10)])], NOW) == WriteCounts(0, 0, 0, 1)
        assert stored_claims(session) == [TEXT[0:40], TEXT[41:]]  # the stale message changed nothing
    with sessions.begin() as session:
        # 0.10 > 0.2 by version, not by text; the claim at 0..40 is kept only because the new set has it too
        assert replace_claims(session, [claims("0.10.0", [(0, 40)])], NOW) == WriteCounts(0, 1, 1, 0)
        assert stored_claims(session) == [TEXT[0:40]]
    with sessions.begin() as session:
        # claims before any article, none found: still recorded, and the stored claims all go
        assert replace_claims(session, [claims("1.0", [])], NOW) == WriteCounts(0, 1, 0, 0)
        assert stored_claims(session) == []
        replace_claims(session, [claims("1.0", [(5, 9)], name="other-extractor")], NOW)
    with sessions() as session:
        sets = {row.extractor_name: row for row in session.execute(select(ClaimSet)).scalars()}
        assert sets["newsflow-claims"].extractor_version == "1.0"
        assert sets["newsflow-claims"].claim_count == 0
        rows = list(session.execute(select(ClaimRow)).scalars())
        assert [(r.extractor_name, r.text) for r in rows] == [("other-extractor", TEXT[5:9])]
        assert count(session, Article) == 0  # claims arrived first: kept, article still to come
    engine.dispose()


def test_an_equal_version_replaces_the_stored_claims(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        replace_claims(session, [claims("0.2.0", [(0, 40), (41, len(TEXT))])], NOW)
    with sessions.begin() as session:  # the same version extracted again (a rerun): the later message wins
        assert replace_claims(session, [claims("0.2.0", [(0, 10)])], NOW) == WriteCounts(0, 1, 1, 0)
    with sessions() as session:
        assert stored_claims(session) == [TEXT[0:10]]
        assert session.execute(select(ClaimSet.claim_count)).scalar_one() == 1
    engine.dispose()


def test_several_messages_of_one_extraction_in_a_batch_count_once(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    batch = [
        claims("0.3.0", [(0, 40)]),
        claims("0.2.5", [(0, 10), (41, len(TEXT))]),  # older than the first, later in the batch: ignored
        claims("0.3.0", [(41, len(TEXT)), (0, 10), (0, 10)]),  # equal to the first, later: wins; a repeated id once
        claims("0.1.0", []),
        claims("0.1.0", [(5, 9)], name="other-extractor"),
    ]
    with sessions.begin() as session:
        assert replace_claims(session, batch, NOW) == WriteCounts(0, 2, 3, 0)
    with sessions.begin() as session:  # two older messages of a stored extraction: one stale claim set
        assert replace_claims(session, [claims("0.2.0", [(0, 5)]), claims("0.2.9", [])], NOW) == WriteCounts(0, 0, 0, 1)
    with sessions() as session:
        assert stored_claims(session) == [TEXT[0:10], TEXT[41:]]
        assert stored_claims(session, "other-extractor") == [TEXT[5:9]]
        sets = {
            row.extractor_name: (row.extractor_version, row.claim_count)
            for row in session.execute(select(ClaimSet)).scalars()
        }
        assert sets == {"newsflow-claims": ("0.3.0", 2), "other-extractor": ("0.1.0", 1)}
    engine.dispose()


def test_a_batch_wider_than_one_statement_counts_exactly(migrated_url: str) -> None:
    """More extractions than one statement takes: new, replaced, stale and empty ones mixed, counted exactly."""
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    urls = [f"https://example.com/{i}" for i in range(KEYS_PER_STATEMENT + 51)]
    with sessions.begin() as session:
        first = replace_claims(session, [claims("0.2.0", [(0, 40)], url=url) for url in urls], NOW)
        assert first == WriteCounts(0, len(urls), len(urls), 0)
    second = [
        claims(("0.3.0", "0.1.0", "0.2.0")[i % 3], [(0, 10), (41, len(TEXT))] if i % 5 else [], url=url)
        for i, url in enumerate(urls)
    ]
    newer = [m for i, m in enumerate(second) if i % 3 != 1]
    new_urls = [f"https://example.com/new/{i}" for i in range(60)]
    second += [claims("0.1.0", [(5, 9)], url=url) for url in new_urls]
    with sessions.begin() as session:
        counts = replace_claims(session, second, NOW)
    written = len(newer) + len(new_urls)
    assert counts == WriteCounts(0, written, sum(len(m.claims) for m in newer) + len(new_urls), len(urls) - len(newer))
    with sessions() as session:
        assert count(session, ClaimSet) == len(urls) + len(new_urls)
        assert count(session, ClaimRow) == counts.claims + (len(urls) - len(newer))  # the stale ones keep their claim
        total = session.execute(select(func.sum(ClaimSet.claim_count))).scalar_one()
        assert total == count(session, ClaimRow)
    engine.dispose()


def test_claims_left_without_their_claim_set_are_replaced(migrated_url: str) -> None:
    """A claim set deleted out of band (downstream writers may delete) leaves claims that a new message replaces."""
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        replace_claims(session, [claims("0.2.0", [(0, 40), (41, len(TEXT))])], NOW)
    with sessions.begin() as session:
        session.execute(delete(ClaimSet))
    with sessions.begin() as session:
        assert replace_claims(session, [claims("0.1.0", [(0, 40)])], NOW) == WriteCounts(0, 1, 1, 0)
    with sessions() as session:
        assert stored_claims(session) == [TEXT[0:40]]
    engine.dispose()


def test_version_order_is_pep440_where_possible() -> None:
    assert version_key("0.10.0") > version_key("0.9.1")
    assert version_key("1.0") > version_key("not-a-version")
