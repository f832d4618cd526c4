"""Read side: speakers, takedowns, views, full-text search, and PostgreSQL roles.

- ``speakers`` and ``speaker_aliases``, with ``claims.speaker_id`` (filled by the sink from now on; claims stored
  before this revision keep NULL until re-extracted with ``newsflow reextract``);
- ``takedowns``: URLs and sources that must not be stored again;
- views ``claims_with_articles``, ``speaker_claim_counts``, ``daily_source_volume``;
- full-text search over article titles and text and over claim text: FTS5 external-content tables kept in sync by
  triggers on SQLite; stored generated ``tsvector`` columns (``simple`` configuration: articles are multilingual,
  so no language's stemming) with GIN indexes on PostgreSQL;
- PostgreSQL roles ``newsflow_reader`` (SELECT) and ``newsflow_writer`` (SELECT, INSERT, UPDATE, DELETE, sequences;
  no DDL), created if absent (roles are cluster-wide) and granted on this database's schema only; the downgrade
  revokes those grants and never drops the roles, which other databases may use.

A later SQLite migration that rebuilds ``articles`` or ``claims`` (batch mode) must drop the views and FTS
triggers first and recreate them after, then ``INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`` (same
for ``claims_fts``), because FTS5 external content is keyed by rowid.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
READER, WRITER = "newsflow_reader", "newsflow_writer"

CLAIMS_WITH_ARTICLES = """
CREATE VIEW claims_with_articles AS
SELECT c.article_id, c.extractor_name, c.claim_id, c.extractor_version, c.text, c.start_offset, c.end_offset,
       c.sentence_index, c.attribution, c.speaker_id, s.name AS speaker, c.speaker_name, c.speaker_role,
       c.speaker_kind, c.cue, c.hedges, c.quantities, c.types, c.checkworthiness, c.stored_at,
       a.url, a.canonical_url, a.title, a.source, a.published_at, a.fetched_at, a.language
FROM claims c
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN speakers s ON s.speaker_id = c.speaker_id
"""

SPEAKER_CLAIM_COUNTS = """
CREATE VIEW speaker_claim_counts AS
SELECT s.speaker_id, s.name, s.kind,
       count(*) AS claims,
       count(DISTINCT c.article_id) AS articles,
       min(coalesce(a.published_at, a.fetched_at)) AS first_claim_at,
       max(coalesce(a.published_at, a.fetched_at)) AS last_claim_at
FROM speakers s
JOIN claims c ON c.speaker_id = s.speaker_id
LEFT JOIN articles a ON a.article_id = c.article_id
GROUP BY s.speaker_id, s.name, s.kind
"""

# SQLite stores UTC timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff' text; PostgreSQL formats the UTC date explicitly,
# so the day never depends on the session's time zone
DAY = {
    "sqlite": "substr(coalesce(a.published_at, a.fetched_at), 1, 10)",
    "postgresql": "to_char(coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
}
DAILY_SOURCE_VOLUME = """
CREATE VIEW daily_source_volume AS
SELECT day, source, count(*) AS articles, CAST(sum(claims) AS BIGINT) AS claims
FROM (
    SELECT {day} AS day, a.source AS source,
           (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims
    FROM articles a
) per_article
GROUP BY day, source
"""
VIEWS = ("daily_source_volume", "speaker_claim_counts", "claims_with_articles")

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
    """CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END""",
    """CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
]
SQLITE_FTS_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS {table}_fts_{event}"
        for table in ("articles", "claims")
        for event in ("insert", "delete", "update")
    ),
    "DROP TABLE IF EXISTS articles_fts",
    "DROP TABLE IF EXISTS claims_fts",
]

POSTGRES_FTS = [
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, text), 'B')) STORED",
    "ALTER TABLE claims ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple'::regconfig, text)) STORED",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
    "CREATE INDEX ix_claims_search_vector ON claims USING gin (search_vector)",
]
POSTGRES_FTS_DROP = [
    "DROP INDEX IF EXISTS ix_claims_search_vector",
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE claims DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
]

# Roles are cluster-wide and several databases may be migrated at once: create each only if absent, and treat
# a concurrent creation (duplicate_object, or unique_violation while the other transaction commits) as done.
CREATE_ROLES = """
DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['newsflow_reader', 'newsflow_writer'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION
                WHEN duplicate_object OR unique_violation THEN NULL;
                WHEN insufficient_privilege THEN
                    RAISE EXCEPTION 'role % does not exist and % may not create it', role_name, current_user
                        USING HINT = 'create the roles newsflow_reader and newsflow_writer (NOLOGIN) as an '
                                     'administrator, or migrate as a role with CREATEROLE';
            END;
        END IF;
    END LOOP;
END $$
"""

GRANT = """
DO $$
DECLARE
    s text := quote_ident(current_schema());
BEGIN
    EXECUTE 'GRANT USAGE ON SCHEMA ' || s || ' TO newsflow_reader, newsflow_writer';
    EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA ' || s || ' TO newsflow_reader';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ' || s || ' TO newsflow_writer';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ' || s || ' TO newsflow_writer';
    -- services read the schema revision; only the owner changes it
    EXECUTE 'REVOKE INSERT, UPDATE, DELETE ON TABLE ' || s || '.alembic_version FROM newsflow_writer';
    -- tables and sequences the owner creates in later migrations get the same privileges
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || s || ' GRANT SELECT ON TABLES TO newsflow_reader';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || s
        || ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO newsflow_writer';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || s || ' GRANT USAGE, SELECT ON SEQUENCES TO newsflow_writer';
END $$
"""

REVOKE = """
DO $$
DECLARE
    s text := quote_ident(current_schema());
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['newsflow_reader', 'newsflow_writer'] LOOP
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || s || ' REVOKE ALL ON TABLES FROM ' || role_name;
            EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || s || ' REVOKE ALL ON SEQUENCES FROM ' || role_name;
            EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA ' || s || ' FROM ' || role_name;
            EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA ' || s || ' FROM ' || role_name;
            EXECUTE 'REVOKE USAGE ON SCHEMA ' || s || ' FROM ' || role_name;
        END IF;
    END LOOP;
END $$
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "speakers",
        sa.Column("speaker_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("first_seen_at", TS, nullable=False),
    )
    op.create_table(
        "speaker_aliases",
        sa.Column(
            "speaker_id",
            sa.String(32),
            sa.ForeignKey("speakers.speaker_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("alias", sa.Text(), primary_key=True),
    )
    op.create_index("ix_speaker_aliases_alias", "speaker_aliases", ["alias"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("speaker_id", sa.String(32)))
    op.create_index("ix_claims_speaker_id", "claims", ["speaker_id"])
    op.create_table(
        "takedowns",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("kind", "value", name="uq_takedowns_kind_value"),
    )
    op.execute(CLAIMS_WITH_ARTICLES)
    op.execute(SPEAKER_CLAIM_COUNTS)
    op.execute(DAILY_SOURCE_VOLUME.format(day=DAY[dialect]))
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS:
        op.execute(statement)
    if dialect == "postgresql":
        op.execute(CREATE_ROLES)
        op.execute(GRANT)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(REVOKE)
    for statement in SQLITE_FTS_DROP if dialect == "sqlite" else POSTGRES_FTS_DROP:
        op.execute(statement)
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")
    op.drop_table("takedowns")
    op.drop_index("ix_claims_speaker_id", table_name="claims")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("speaker_id")
    op.drop_index("ix_speaker_aliases_alias", table_name="speaker_aliases")
    op.drop_table("speaker_aliases")
    op.drop_table("speakers")
