"""``newsflow demo``: the whole pipeline on a bundled sample feed, start to finish, then a summary.

Runs the real services (poller, claims processor, sink) as child processes against the embedded broker (or
``NEWSFLOW_KAFKA_BOOTSTRAP``) and the configured database, waits until every sample article and its claims are
stored by this run, stops everything in order and prints what is in the database. Running it again adds no
rows: identities come from the pages' canonical URLs, and every write is an upsert.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from newsflow.contracts import article_id_for
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, Claim, ClaimSet, Feed, SeenEntry
from newsflow.demo_site import DEMO_HOST, DemoSite
from newsflow.errors import PermanentError
from newsflow.progress import bar
from newsflow.runtime import EXIT_ERROR, EXIT_OK, StopFlag, stop_on_signals
from newsflow.settings import Settings


def _progress(session: Session, feed_id: int, ids: list[str]) -> tuple[int, int, int]:
    """(entries of this run's feed handled, sample articles stored, their claim sets stored).

    A second run finds every sample article stored already: its entries are then skipped as duplicates, which
    is this run's work done, not a shortcut.
    """
    handled = session.execute(
        select(func.count()).select_from(SeenEntry).where(SeenEntry.feed_id == feed_id, SeenEntry.status != "retry")
    ).scalar_one()
    articles = session.execute(
        select(func.count()).select_from(Article).where(Article.article_id.in_(ids))
    ).scalar_one()
    claim_sets = session.execute(
        select(func.count()).select_from(ClaimSet).where(ClaimSet.article_id.in_(ids))
    ).scalar_one()
    return int(handled), int(articles), int(claim_sets)


def summarise(session: Session, ids: list[str]) -> dict[str, Any]:
    """What the database holds for the given articles: counts, attribution mix, speakers, titles."""
    articles = list(
        session.execute(select(Article).where(Article.article_id.in_(ids)).order_by(Article.title)).scalars()
    )
    claims = list(session.execute(select(Claim).where(Claim.article_id.in_(ids))).scalars())
    per_article = Counter(c.article_id for c in claims)
    speakers = Counter(c.speaker_name for c in claims if c.speaker_name)
    return {
        "articles": len(articles),
        "claims": len(claims),
        "attribution": dict(sorted(Counter(c.attribution for c in claims).items())),
        "speakers": [
            {"name": name, "claims": n} for name, n in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "article_list": [
            {
                "article_id": a.article_id,
                "title": a.title,
                "source": a.source,
                "canonical_url": a.canonical_url,
                "claims": per_article[a.article_id],
                "promo_removed": a.removed_promo,
            }
            for a in articles
        ],
    }


def _print_summary(summary: dict[str, Any], seconds: float) -> None:
    print(f"\nnewsflow demo: pipeline finished in {seconds:.1f} s")
    print(f"database: {summary['database_url']}")
    print(f"\n{summary['articles']} articles, {summary['claims']} claims")
    for item in summary["article_list"]:
        print(
            f"  - {item['title']}  [{item['source']}, {item['claims']} claims, {item['promo_removed']} promo removed]"
        )
    print("\nclaims by attribution:")
    for kind, n in summary["attribution"].items():
        print(f"  {kind:<9} {n}")
    print("\ntop speakers:")
    for speaker in summary["speakers"][:10]:
        print(f"  {speaker['claims']:>3}  {speaker['name']}")


@contextmanager
def _fresh_site(sessions: sessionmaker[Session]) -> Iterator[DemoSite]:
    """The demo site on a port whose feed URL no earlier run registered, so that this run polls it anew."""
    for _attempt in range(20):
        with DemoSite() as site:
            with sessions() as session:
                taken = session.execute(select(Feed.id).where(Feed.url == site.feed_url)).first() is not None
            if not taken:
                yield site
                return
    raise PermanentError("no port left for the demo site")


def run_demo(settings: Settings, as_json: bool, timeout_s: float) -> int:
    """Run the demo; exit 0 once every sample article and its claims are stored."""
    from ingest.article import canonical_url
    from ingest.registry import add_feed
    from newsflow.cli.up import pipeline

    began = time.monotonic()
    quiet = "WARNING" if settings.log_level == "INFO" else settings.log_level  # the summary is the output
    settings = settings.with_overrides(
        log_level=quiet,
        http_resolve=",".join(filter(None, [settings.http_resolve, f"{DEMO_HOST}=127.0.0.1"])),
        http_allow_private=",".join(filter(None, [settings.http_allow_private, "127.0.0.1/32"])),
        host_min_delay_s=0.0,  # the publisher is our own loopback server
        poll_idle_s=min(settings.poll_idle_s, 1.0),
        health_port=0,  # a self-contained run: no endpoints to clash with services already on this machine
    )
    logging.getLogger().setLevel(quiet)
    stop = StopFlag()
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    try:
        with stop_on_signals(stop), pipeline(settings, stop), ExitStack() as stack:
            site = stack.enter_context(_fresh_site(sessions))
            ids = [article_id_for(canonical_url(p.canonical, p.canonical)) for p in site.pages]
            with sessions.begin() as session:
                feed_id = add_feed(session, site.feed_url, settings.poll_interval_s).id
            deadline = began + timeout_s
            want = (len(ids), len(ids), len(ids))
            shown = bar("storing articles and claim sets", 2 * len(ids), "row") if not as_json else None
            if shown is not None:
                stack.callback(shown.close)
            while not stop.wait(0.5):
                with sessions() as session:
                    progress = _progress(session, feed_id, ids)
                if shown is not None:
                    shown.update(progress[1] + progress[2] - shown.n)
                if progress == want:
                    break
                if time.monotonic() > deadline:
                    print(
                        f"newsflow demo: timed out after {timeout_s:.0f} s with {progress[0]}/{len(ids)} entries "
                        f"handled, {progress[1]} articles and {progress[2]} claim sets stored",
                        file=sys.stderr,
                    )
                    return EXIT_ERROR
            if stop.is_set():
                return EXIT_ERROR
        with sessions() as session:
            summary = summarise(session, ids)
    finally:
        engine.dispose()
    summary["database_url"] = settings.safe_database_url()
    summary["seconds"] = round(time.monotonic() - began, 1)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_summary(summary, summary["seconds"])
    return EXIT_OK
