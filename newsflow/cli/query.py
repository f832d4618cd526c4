"""``newsflow query``: claims, articles and speakers for people who do not want to write SQL.

Reads through the views of migration 0004 in read-only sessions (read-only transactions on PostgreSQL) and
prints a table, JSON (a list of objects) or CSV with a header. The table shows the main columns with long text
cut; JSON and CSV carry every column.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from newsflow.runtime import EXIT_OK

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from newsflow.settings import Settings

FORMATS = ("table", "json", "csv")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return number


def _search_text(value: str) -> str:
    if not re.search(r"\w", value):
        raise argparse.ArgumentTypeError(f"nothing to search for in {value!r}: give at least one word")
    return value


def add_query_parser(commands: Any, date: Callable[[str], datetime]) -> None:
    """Add ``query claims|articles|speakers`` to the CLI's subcommands (``date`` parses --since)."""
    query = commands.add_parser("query", help="claims, articles and speakers as a table, JSON or CSV")
    kinds = query.add_subparsers(dest="query_command", required=True, metavar="WHAT")
    claims = kinds.add_parser("claims", help="claims, newest article first")
    claims.add_argument("--speaker", metavar="NAME", help="a speaker's name, or a surname for every match")
    claims.add_argument("--since", type=date, metavar="DATE", help="articles published (else fetched) since DATE")
    claims.add_argument("--search", type=_search_text, metavar="TEXT", help="claims containing every word of TEXT")
    claims.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N claims (default 50)")
    articles = kinds.add_parser("articles", help="articles, newest first, with their claim counts")
    articles.add_argument("--source", metavar="HOST", help="only articles from this host")
    articles.add_argument("--since", type=date, metavar="DATE", help="published (else fetched) since DATE")
    articles.add_argument("--search", type=_search_text, metavar="TEXT", help="title or text has every word")
    articles.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N articles (default 50)")
    speakers = kinds.add_parser("speakers", help="speakers with the most claims")
    speakers.add_argument("--top", type=_positive, default=20, metavar="N", help="the N first (default 20)")
    for parser in (claims, articles, speakers):
        parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")


@dataclass(frozen=True, slots=True)
class Listing:
    """Rows to print: every column for JSON and CSV, ``table`` the ones a table shows (with width caps)."""

    columns: Sequence[str]
    rows: Sequence[dict[str, Any]]
    table: Sequence[tuple[str, int]]
    noun: str


def run_query(settings: Settings, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run one ``newsflow query`` command against the configured database; print to ``out`` (stdout)."""
    out = out or sys.stdout
    from newsflow.db.engine import make_engine, make_sessionmaker, readonly_sessions
    from newsflow.db.migrate import require_head

    engine = make_engine(settings.database_url)
    try:
        require_head(engine)
        if engine.dialect.name == "postgresql":
            engine = engine.execution_options(postgresql_readonly=True)
        with readonly_sessions(make_sessionmaker(engine))() as session:
            listing = _LISTINGS[args.query_command](session, args)
    finally:
        engine.dispose()
    try:
        write_listing(listing, args.format, out)
        out.flush()
    except BrokenPipeError:  # the reader stopped early (| head): not an error; keep Python quiet at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    if not listing.rows and args.format == "table":
        print(f"no {listing.noun} found", file=sys.stderr)
    return EXIT_OK


def _moment(column: Any) -> Any:
    from sqlalchemy import func

    return func.coalesce(column.published_at, column.fetched_at)


def claims_query(
    dialect: str, speaker: str | None, since: datetime | None, search: str | None, limit: int
) -> Select[Any]:
    """The claims (newest article first) of a speaker, since a date, containing words; each filter optional."""
    from sqlalchemy import and_, func, or_, select

    from newsflow.db.models import SpeakerAlias
    from newsflow.db.search import claim_search_clause
    from newsflow.db.speakers import normalise_name
    from newsflow.db.views import claims_with_articles as v

    query = select(
        *(v.c[name] for name in ("published_at", "source")),
        func.coalesce(v.c.speaker, v.c.speaker_name).label("speaker"),
        *(v.c[name] for name in CLAIM_DETAIL),
    )
    if speaker is not None:
        aliases = {normalise_name(speaker, "person"), normalise_name(speaker)}  # the kind is not known
        ids = select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias.in_(sorted(aliases)))
        stored_before_speakers = and_(v.c.speaker_id.is_(None), func.lower(v.c.speaker_name) == speaker.lower())
        query = query.where(or_(v.c.speaker_id.in_(ids), stored_before_speakers))
    if since is not None:
        query = query.where(_moment(v.c) >= since)
    if search is not None:
        query = query.where(claim_search_clause(dialect, search, v.c.article_id, v.c.extractor_name, v.c.claim_id))
    order = (_moment(v.c).desc().nulls_last(), v.c.article_id, v.c.start_offset, v.c.claim_id)
    return query.order_by(*order).limit(limit)


CLAIM_DETAIL = (
    "attribution",
    "cue",
    "text",
    "title",
    "url",
    "fetched_at",
    "language",
    "article_id",
    "claim_id",
    "extractor_name",
    "extractor_version",
    "start_offset",
    "end_offset",
    "speaker_id",
    "speaker_name",
    "speaker_role",
    "speaker_kind",
    "hedges",
    "quantities",
    "types",
    "checkworthiness",
)


def articles_query(
    dialect: str, source: str | None, since: datetime | None, search: str | None, limit: int
) -> Select[Any]:
    """Articles (newest first) with their claim counts, from a source, since a date, containing words."""
    from sqlalchemy import func, select

    from newsflow.db.models import Article, Claim
    from newsflow.db.search import article_search_clause

    claims = select(func.count()).where(Claim.article_id == Article.article_id).scalar_subquery()
    query = select(
        Article.published_at,
        Article.source,
        Article.language,
        claims.label("claims"),
        Article.title,
        Article.url,
        Article.article_id,
        Article.canonical_url,
        Article.authors,
        Article.fetched_at,
        Article.duplicate_of,
    )
    if source is not None:
        query = query.where(Article.source == source.strip().lower())
    if since is not None:
        query = query.where(_moment(Article) >= since)
    if search is not None:
        query = query.where(article_search_clause(dialect, search, Article.article_id))
    return query.order_by(_moment(Article).desc(), Article.article_id).limit(limit)


def speakers_query(top: int) -> Select[Any]:
    """The ``top`` speakers by claims, then by name."""
    from sqlalchemy import select

    from newsflow.db.views import speaker_claim_counts as v

    return select(v).order_by(v.c.claims.desc(), v.c.name, v.c.speaker_id).limit(top)


def _claims(session: Session, args: argparse.Namespace) -> Listing:
    dialect = session.get_bind().dialect.name
    result = session.execute(claims_query(dialect, args.speaker, args.since, args.search, args.limit))
    table = [("published_at", 16), ("source", 24), ("speaker", 24), ("attribution", 11), ("cue", 12), ("text", 70)]
    return Listing(list(result.keys()), [dict(row._mapping) for row in result], table, "claims")


def _articles(session: Session, args: argparse.Namespace) -> Listing:
    dialect = session.get_bind().dialect.name
    result = session.execute(articles_query(dialect, args.source, args.since, args.search, args.limit))
    table = [("published_at", 16), ("source", 24), ("language", 8), ("claims", 6), ("title", 60), ("url", 60)]
    return Listing(list(result.keys()), [dict(row._mapping) for row in result], table, "articles")


def _speakers(session: Session, args: argparse.Namespace) -> Listing:
    result = session.execute(speakers_query(args.top))
    table = [("name", 32), ("kind", 12), ("claims", 6), ("articles", 8), ("first_claim_at", 16), ("last_claim_at", 16)]
    return Listing(list(result.keys()), [dict(row._mapping) for row in result], table, "speakers")


_LISTINGS: dict[str, Callable[[Session, argparse.Namespace], Listing]] = {
    "claims": _claims,
    "articles": _articles,
    "speakers": _speakers,
}


def write_listing(listing: Listing, fmt: str, out: TextIO) -> None:
    """Print ``listing`` as a table, JSON or CSV."""
    if fmt == "json":
        json.dump(
            [{c: _plain(row[c]) for c in listing.columns} for row in listing.rows], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(listing.columns)
        for row in listing.rows:
            writer.writerow([_csv_cell(row[c]) for c in listing.columns])
    else:
        out.write(render_table(listing))


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(_plain(value))


def _table_cell(value: Any, width: int) -> str:
    if value is None:
        text = ""
    elif isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, float):
        text = f"{value:.2f}"
    elif isinstance(value, list):
        text = ", ".join(str(item) for item in value)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(listing: Listing) -> str:
    """Aligned columns under a header and a rule; numbers right-aligned, long cells cut with an ellipsis."""
    names = [name for name, _ in listing.table]
    cells = [[_table_cell(row[name], width) for name, width in listing.table] for row in listing.rows]
    numeric = [
        all(isinstance(row[name], int | float) for row in listing.rows if row[name] is not None) for name in names
    ]
    widths = [max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(names)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip() + "\n"

    rule = ["-" * width for width in widths]
    return "".join([line(names), line(rule), *(line(values) for values in cells)])
