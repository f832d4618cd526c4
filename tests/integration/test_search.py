"""Full-text search over article titles and text and over claim text stays in sync with the tables."""

from __future__ import annotations

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from newsflow.contracts import Extractor
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article
from newsflow.db.search import fts5_query, matching_articles, matching_claims, search_words
from sinks.writes import replace_claims, upsert_articles
from tests.readside import ARTICLES, COAST_TEXT, COAST_URL, NOW, Said, article, claims_of, write_sample

HARBOUR, COAST, NEWS = (a.article_id for a in ARTICLES)


def articles(session: Session, text: str) -> set[str]:
    dialect = session.get_bind().dialect.name
    return set(session.execute(matching_articles(dialect, text)).scalars())


def claims(session: Session, text: str) -> set[str]:
    dialect = session.get_bind().dialect.name
    return {row.claim_id for row in session.execute(matching_claims(dialect, text))}


def test_every_word_must_occur_in_the_title_or_text_whatever_the_case(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        write_sample(session)
    with sessions() as session:
        assert articles(session, "flood DEFENCES") == {HARBOUR}
        assert articles(session, "defences hospital") == set()
        assert articles(session, "double") == {COAST}  # only in the title
        assert articles(session, "ZÜRICH gespräche") == {NEWS}
        assert articles(session, '(harbour) "wall" NOT!') == {HARBOUR}  # punctuation is not syntax
        assert len(claims(session, "wards full")) == 1
    engine.dispose()


def test_updates_and_deletes_reach_the_index(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        write_sample(session)
    rewritten = COAST_TEXT.replace("Nurses", "Midwives")
    with sessions.begin() as session:
        upsert_articles(session, [article(COAST_URL, "coastline.example", "Hospital waits", rewritten, NOW, "en")], NOW)
        newer = Extractor(name="newsflow-claims", version="0.6.0")
        replace_claims(
            session, [claims_of(COAST_URL, rewritten, [Said("Hospital waits have doubled", "X Y")], newer)], NOW
        )
    with sessions() as session:
        assert articles(session, "nurses") == set()
        assert articles(session, "midwives") == {COAST}
        assert articles(session, "double") == set()  # the old title is gone from the index too
        assert claims(session, "wards") == set()
        assert len(claims(session, "doubled")) == 1
    with sessions.begin() as session:
        session.execute(delete(Article).where(Article.article_id == COAST))
    with sessions() as session:
        assert articles(session, "midwives") == set()
        assert articles(session, "flood") == {HARBOUR}
    engine.dispose()


def test_a_text_without_words_is_refused() -> None:
    assert search_words("Johnson's flood-defences") == ["Johnson", "s", "flood", "defences"]
    assert fts5_query('say "NEAR" OR') == '"say" "NEAR" "OR"'
    with pytest.raises(ValueError, match="at least one word"):
        search_words(" -- ")
