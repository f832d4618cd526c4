"""The read-side views, described as tables so that queries get typed results on both backends.

The views themselves are created by migration 0004 (``CREATE VIEW`` text frozen there); these ``Table`` objects
live in their own ``MetaData`` so that nothing ever creates them as tables, and a test checks that their columns
match the views each backend reports. Each view's ``info["doc"]`` and each column's ``doc`` go to docs/schema.md.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text

from newsflow.db.models import JSONType, UTCDateTime

VIEWS = MetaData()

claims_with_articles = Table(
    "claims_with_articles",
    VIEWS,
    Column("article_id", String(32)),
    Column("extractor_name", String(100)),
    Column("claim_id", String(32)),
    Column("extractor_version", String(50)),
    Column("text", Text, doc="The claim."),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
    Column("sentence_index", Integer),
    Column("attribution", String(16)),
    Column("speaker_id", String(32)),
    Column("speaker", Text, doc="The speaker's display name from speakers (grouped: Johnson -> Boris Johnson)."),
    Column("speaker_name", Text, doc="The speaker as the article names them."),
    Column("speaker_role", Text),
    Column("speaker_kind", String(16)),
    Column("cue", String(100)),
    Column("hedges", JSONType),
    Column("quantities", JSONType),
    Column("types", JSONType),
    Column("checkworthiness", Float),
    Column("stored_at", UTCDateTime()),
    Column("url", Text, doc="Article columns from here on: NULL while the claims' article is not stored yet."),
    Column("canonical_url", Text),
    Column("title", Text),
    Column("source", String(255)),
    Column("published_at", UTCDateTime()),
    Column("fetched_at", UTCDateTime()),
    Column("language", String(16)),
    info={
        "doc": "Every claim with its speaker's display name and its article's URL, title, source, dates and "
        "language. Claims whose article has not arrived yet are included, with NULL article columns."
    },
)

speaker_claim_counts = Table(
    "speaker_claim_counts",
    VIEWS,
    Column("speaker_id", String(32)),
    Column("name", Text),
    Column("kind", String(16)),
    Column("claims", Integer, doc="Claims attributed to the speaker."),
    Column("articles", Integer, doc="Distinct articles with such claims."),
    Column("first_claim_at", UTCDateTime(), doc="Earliest article time (published, else fetched) of those claims."),
    Column("last_claim_at", UTCDateTime(), doc="Latest article time (published, else fetched)."),
    info={"doc": "One row per speaker with at least one claim: how many claims and articles, and when."},
)

daily_source_volume = Table(
    "daily_source_volume",
    VIEWS,
    Column("day", String(10), doc="YYYY-MM-DD (UTC) of publication, else of fetching."),
    Column("source", String(255)),
    Column("articles", Integer),
    Column("claims", Integer, doc="Claims of those articles (every extractor)."),
    info={"doc": "Articles and claims per day and source."},
)
