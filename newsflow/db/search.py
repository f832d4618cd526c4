"""Full-text search: one question, "which articles (or claims) contain every word of TEXT?", on both backends.

- SQLite: the FTS5 tables ``articles_fts`` (title, text) and ``claims_fts`` (text) of migration 0004, external
  content kept in sync by triggers, tokenizer ``unicode61 remove_diacritics 2`` (case and accents folded);
- PostgreSQL: the stored ``search_vector`` columns with GIN indexes, configuration ``simple`` (case folded, no
  stemming, since articles come in many languages; accents are kept).

Words are runs of letters and digits; every word must occur, in any order. Search is for words, never prefixes
or phrases, so the same TEXT means the same thing on both backends (except for accents, folded only on SQLite).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal_column, select, table, tuple_
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnClause

Key = ColumnElement[Any] | QueryableAttribute[Any]

_WORD = re.compile(r"\w+")


def search_words(text: str) -> list[str]:
    """The words of a search text; raises ValueError when there are none."""
    words = _WORD.findall(text)
    if not words:
        raise ValueError(f"nothing to search for in {text!r}: give at least one word")
    return words


def fts5_query(text: str) -> str:
    """An FTS5 MATCH expression requiring every word of ``text`` (each quoted, so no word is an operator)."""
    return " ".join(f'"{word}"' for word in search_words(text))


def _pg_matches(vector: ColumnClause[Any], text: str) -> ColumnElement[bool]:
    words = " ".join(search_words(text))
    return vector.bool_op("@@")(func.plainto_tsquery(literal_column("'simple'::regconfig"), words))


def matching_articles(dialect: str, text: str) -> Select[Any]:
    """SELECT article_id of the articles whose title or text contains every word of ``text``."""
    if dialect == "sqlite":
        fts = table("articles_fts", column("rowid"), column("articles_fts"))
        articles = table("articles", column("rowid"), column("article_id")).alias("fts_articles")
        hits = select(fts.c.rowid).where(fts.c.articles_fts.match(fts5_query(text)))
        return select(articles.c.article_id).where(articles.c.rowid.in_(hits))
    articles = table("articles", column("article_id"), column("search_vector")).alias("fts_articles")
    return select(articles.c.article_id).where(_pg_matches(articles.c.search_vector, text))


def matching_claims(dialect: str, text: str) -> Select[Any]:
    """SELECT article_id, extractor_name, claim_id of the claims whose text contains every word of ``text``."""
    keys = ("article_id", "extractor_name", "claim_id")
    if dialect == "sqlite":
        fts = table("claims_fts", column("rowid"), column("claims_fts"))
        claims = table("claims", column("rowid"), *(column(k) for k in keys)).alias("fts_claims")
        hits = select(fts.c.rowid).where(fts.c.claims_fts.match(fts5_query(text)))
        return select(*(claims.c[k] for k in keys)).where(claims.c.rowid.in_(hits))
    claims = table("claims", *(column(k) for k in keys), column("search_vector")).alias("fts_claims")
    return select(*(claims.c[k] for k in keys)).where(_pg_matches(claims.c.search_vector, text))


def article_search_clause(dialect: str, text: str, article_id: Key) -> ColumnElement[bool]:
    """A WHERE clause keeping the rows whose ``article_id`` is an article matching ``text``."""
    return article_id.in_(matching_articles(dialect, text))


def claim_search_clause(
    dialect: str,
    text: str,
    article_id: Key,
    extractor_name: Key,
    claim_id: Key,
) -> ColumnElement[bool]:
    """A WHERE clause keeping the rows whose claim key is a claim matching ``text``."""
    return tuple_(article_id, extractor_name, claim_id).in_(matching_claims(dialect, text))
