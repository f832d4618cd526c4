"""``newsflow sites report HOST`` and ``newsflow sites allow|deny HOST PATTERN``: the site-learned store.

The report lists the paragraphs of a host seen on at least two articles (or with an operator decision), most
frequent first, with what the layer does to them now: ``removed`` (denied, or seen on at least
``NEWSFLOW_SITE_LEARN_MIN_ARTICLES`` articles and not allowed), ``kept`` (allowed) or ``learning``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from newsflow.db.engine import session_scope
from newsflow.runtime import EXIT_CONFIG, EXIT_ERROR, EXIT_OK
from newsflow.settings import Settings

_PREFIX = 12


def _session(settings: Settings) -> AbstractContextManager[Session]:
    return session_scope(settings.database_url)


def normalize_host(value: str) -> str:
    """The store's key for a host given as ``example.com``, ``www.Example.com`` or a URL on it."""
    host = (urlsplit(value.strip()).hostname or "") if "://" in value else value.strip().split("/")[0]
    return host.lower().rstrip(".").removeprefix("www.")


def run_sites(settings: Settings, args: argparse.Namespace) -> int:
    """Dispatch ``newsflow sites``; returns the exit code."""
    host = normalize_host(args.host)
    if not host:
        print(f"newsflow sites: not a host: {args.host!r}", file=sys.stderr)
        return EXIT_CONFIG
    if args.sites_command == "report":
        return _report(settings, host)
    return _decide(settings, host, args.pattern, args.sites_command)


def _state(articles: int, decision: str | None, min_articles: int) -> str:
    if decision == "deny":
        return "removed"
    if decision == "allow":
        return "kept"
    return "removed" if articles >= min_articles else "learning"


def _table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    header = ("hash", "articles", "decision", "state", "last seen", "preview")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *rows):
        cells = [
            cell.rjust(w) if i == 1 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row[:-1], widths, strict=True))
        ]
        lines.append("  ".join([*cells, row[-1]]))
    return lines


def _report(settings: Settings, host: str) -> int:
    from ingest.sitestore import count_paragraphs, report

    k = settings.site_learn_min_articles
    with _session(settings) as session:
        rows = report(session, host, min_articles=2)
        stored = count_paragraphs(session, host)
    removed = sum(_state(r.articles, r.decision, k) == "removed" for r in rows)
    print(
        f"{host}: {stored} paragraph(s) stored, {len(rows)} seen on 2+ articles or decided, {removed} removed (K = {k})"
    )
    if rows:
        cells = [
            (
                r.paragraph_hash[:_PREFIX],
                str(r.articles),
                r.decision or "-",
                _state(r.articles, r.decision, k),
                r.last_seen_at.strftime("%Y-%m-%d %H:%M"),
                r.preview,
            )
            for r in rows
        ]
        print("\n".join(_table(cells)))
    return EXIT_OK


def _decide(settings: Settings, host: str, pattern: str, verdict: str) -> int:
    from ingest.sitestore import decide, matches, report

    if not pattern.strip():
        print("newsflow sites: PATTERN must not be empty", file=sys.stderr)
        return EXIT_CONFIG
    with _session(settings) as session:
        changed = decide(session, host, pattern, "allow" if verdict == "allow" else "deny")
        named = [r for r in report(session, host) if matches(pattern, r.paragraph_hash, r.preview)]
    if not named:
        print(f"newsflow sites: no paragraph of {host} matches {pattern!r}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{verdict}: {changed} paragraph(s) of {host} changed, {len(named)} match {pattern!r}")
    k = settings.site_learn_min_articles
    for r in named:
        print(f"  {r.paragraph_hash[:_PREFIX]}  {r.articles:>5}  {_state(r.articles, r.decision, k):8}  {r.preview}")
    return EXIT_OK
