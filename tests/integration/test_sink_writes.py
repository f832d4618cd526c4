"""The sink's writes on SQLite and PostgreSQL: idempotent upserts, claims replaced per extraction."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsflow.contracts import ArticleV1, Claim, ClaimsV1, Extractor, Speaker, article_id_for, claim_id_for, text_sha256
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, ClaimSet
from newsflow.db.models import Claim as ClaimRow
from sinks.writes import replace_claims, upsert_articles, version_key
from tests.factories import NOW, make_article

TEXT = "Boris Johnson admitted the man had fled. Spies claimed he was in the city."


def article(title: str = "T") -> ArticleV1:
    return make_article(TEXT, "https://example.com/a", title)


def claims(version: str, spans: list[tuple[int, int]], name: str = "newsflow-claims") -> ClaimsV1:
    aid = article_id_for("https://example.com/a")
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
        replace_claims(session, [claims("0.2.0", [(0, 40), (41, len(TEXT))])], NOW)
    with sessions.begin() as session:
        counts = replace_claims(session, [claims("0.1.9", [(0, 10)])], NOW)
        assert counts.stale_claim_sets == 1
    with sessions.begin() as session:
        replace_claims(session, [claims("0.10.0", [(0, 40)])], NOW)  # 0.10 > 0.2 by version, not by text
    with sessions.begin() as session:
        replace_claims(session, [claims("1.0", [])], NOW)  # claims before any article, none found: still recorded
        replace_claims(session, [claims("1.0", [(5, 9)], name="other-extractor")], NOW)
    with sessions() as session:
        sets = {row.extractor_name: row for row in session.execute(select(ClaimSet)).scalars()}
        assert sets["newsflow-claims"].extractor_version == "1.0"
        assert sets["newsflow-claims"].claim_count == 0
        rows = list(session.execute(select(ClaimRow)).scalars())
        assert [(r.extractor_name, r.text) for r in rows] == [("other-extractor", TEXT[5:9])]
        assert count(session, Article) == 0  # claims arrived first: kept, article still to come
    engine.dispose()


def test_version_order_is_pep440_where_possible() -> None:
    assert version_key("0.10.0") > version_key("0.9.1")
    assert version_key("1.0") > version_key("not-a-version")
