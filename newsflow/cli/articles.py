"""``newsflow articles delete --url URL | --source HOST [--reason TEXT]``: takedown requests.

The order matters. First the takedown is recorded and committed, so that from then on the poller never fetches
the URL (or any URL of the source) again and the sink refuses messages of it still in flight. Then the stored
articles are erased with their claims, claim sets and SimHash bands (see :mod:`sinks.erase`), a few hundred per
transaction, and the seen entries that fetched them are re-marked ``skipped`` with reason ``takedown``.

A URL is matched in its normalised form (``ingest.urls.normalize_url``) against the articles' URLs, canonical
URLs and ids, and against the seen entries that fetched it; a source is a host as ``articles.source`` records it
(lower-case, without ``www.``). The canonical URL of every erased article joins the takedown list too, so its
claims, which carry only the article id, are refused if they are still in flight.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import ColumnElement

from newsflow.contracts import article_id_for
from newsflow.db.engine import make_engine, make_sessionmaker, rowcount
from newsflow.db.migrate import require_head
from newsflow.db.models import Article, SeenEntry, Takedown, utcnow
from newsflow.runtime import EXIT_CONFIG, EXIT_OK
from newsflow.settings import Settings
from newsflow.takedowns import SOURCE, URL, source_key

TAKEDOWN = "takedown"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class TakedownResult:
    """What a takedown erased."""

    kind: str
    value: str
    articles: int
    claim_sets: int
    claims: int
    seen_entries: int


def normalised_source(host: str) -> str:
    """An operator's HOST (or a URL of it) as ``articles.source`` records hosts; ValueError if it is no host."""
    from ingest.urls import normalize_url

    url = host if "://" in host else f"http://{host.strip()}/"
    return source_key(urlsplit(normalize_url(url)).hostname or "")


def _insert(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    table: Any = Takedown.__table__
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _articles_of_url(session: Session, raw: str, normalised: str, url_hash: str) -> dict[str, str | None]:
    """article_id -> canonical URL (None if not stored) of the articles a URL names: by id, by URL or canonical
    URL, or through a seen entry that fetched it."""
    found: dict[str, str | None] = {article_id_for(normalised): None}
    seen = select(SeenEntry.article_id).where(SeenEntry.url_hash == url_hash, SeenEntry.article_id.is_not(None))
    for article_id in session.execute(seen).scalars():
        if article_id is not None:
            found[article_id] = None
    urls = sorted({raw, normalised})
    stored = select(Article.article_id, Article.canonical_url).where(
        or_(Article.url.in_(urls), Article.canonical_url.in_(urls), Article.article_id.in_(sorted(found)))
    )
    for article_id, canonical in session.execute(stored):
        found[article_id] = canonical
    return found


def take_down(
    sessions: sessionmaker[Session], kind: str, value: str, reason: str | None, raw_url: str | None = None
) -> TakedownResult:
    """Record the takedown, then erase what it names; see the module docstring for the order."""
    from ingest.registry import SKIPPED, digest
    from sinks.erase import erase_articles

    url_hash = digest(value) if kind == URL else None
    with sessions() as session:
        if kind == URL:
            found = _articles_of_url(session, raw_url or value, value, digest(value))
        else:
            of_source = select(Article.article_id, Article.canonical_url).where(Article.source == value)
            found = dict(session.execute(of_source).all())
    now = utcnow()
    rows = [{"kind": kind, "value": value, "reason": reason, "created_at": now}]
    rows += [
        {"kind": URL, "value": canonical, "reason": reason, "created_at": now}
        for canonical in sorted({c for c in found.values() if c is not None and c != value})
    ]
    with sessions.begin() as session:
        session.execute(_insert(session).on_conflict_do_nothing(), rows)
    ids = sorted(found)
    articles = claim_sets = claims = seen = 0
    for start in range(0, max(len(ids), 1), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        with sessions.begin() as session:
            erased = erase_articles(session, chunk)
            conditions: list[ColumnElement[bool]] = [SeenEntry.article_id.in_(chunk)]
            if url_hash is not None and start == 0:
                conditions.append(SeenEntry.url_hash == url_hash)
            marked = session.execute(
                update(SeenEntry)
                .where(or_(*conditions))
                .values(status=SKIPPED, reason=TAKEDOWN, updated_at=now)
                .execution_options(synchronize_session=False)
            )
        articles += erased.articles
        claim_sets += erased.claim_sets
        claims += erased.claims
        seen += rowcount(marked)
    return TakedownResult(kind, value, articles, claim_sets, claims, seen)


def delete_command(settings: Settings, url: str | None, source: str | None, reason: str | None) -> int:
    """``newsflow articles delete``: print what was erased as one JSON object."""
    from ingest.urls import normalize_url

    try:
        kind, value = (URL, normalize_url(url)) if url is not None else (SOURCE, normalised_source(source or ""))
    except ValueError as exc:
        print(f"newsflow articles delete: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if not value:
        print("newsflow articles delete: no host given", file=sys.stderr)
        return EXIT_CONFIG
    engine = make_engine(settings.database_url)
    try:
        require_head(engine)
        result = take_down(make_sessionmaker(engine), kind, value, reason, raw_url=url)
    finally:
        engine.dispose()
    print(json.dumps(asdict(result)))
    return EXIT_OK


def run_articles(settings: Settings, args: argparse.Namespace) -> int:
    """Dispatch ``newsflow articles COMMAND``."""
    if args.articles_command == "delete":
        return delete_command(settings, args.url, args.source, args.reason)
    raise AssertionError(args.articles_command)
