"""The ``newsflow`` command line: database, feeds, each service, ``up`` and ``demo``.

Settings are built once here and passed down. Stages are imported lazily, only by the commands that run them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from newsflow.errors import NewsflowError, SettingsError
from newsflow.logs import configure_logging
from newsflow.runtime import EXIT_CONFIG, EXIT_ERROR, EXIT_OK, StopFlag, run_service, stop_on_signals
from newsflow.settings import Settings, load_settings


def _date(value: str) -> datetime:
    """An ISO date or date-time; a date without a zone is taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow", description="Streaming news ingestion: feeds -> articles -> claims."
    )
    parser.add_argument("--env-file", type=Path, help="read NEWSFLOW_* settings from this file too")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="database migrations").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="migrate up to REV (default head)")
    up.add_argument("revision", nargs="?", default="head")
    down = db.add_parser("downgrade", help="migrate down to REV ('base' drops every table)")
    down.add_argument("revision")
    db.add_parser("current", help="print the database's revision")
    db.add_parser("prune", help="delete old feed polls, seen entries and site sightings now (NEWSFLOW_RETENTION_*)")

    feeds = commands.add_parser("feeds", help="the feed registry").add_subparsers(dest="feeds_command", required=True)
    add = feeds.add_parser("add", help="register a feed URL (or discover the feed of an HTML page)")
    add.add_argument("url")
    add.add_argument("--interval", type=int, metavar="S", help="fixed poll interval in seconds (default: adaptive)")
    add.add_argument("--no-discover", action="store_true", help="register the URL as given, without fetching it")
    feeds.add_parser("import", help="import the feeds of an OPML file").add_argument("file", type=Path)
    feeds.add_parser("export", help="print every feed as OPML")
    listing = feeds.add_parser("list", help="registered feeds with their health")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    for action in ("remove", "disable", "enable"):
        feeds.add_parser(action, help=f"{action} a feed (by id or URL)").add_argument("feed")

    for stage, text in (("poll", "feed poller"), ("claims", "claims processor"), ("sink", "database sink")):
        service = commands.add_parser(stage, help=f"run the {text} service")
        service.add_argument("--supervised-by", type=int, metavar="PID", help=argparse.SUPPRESS)
        if stage == "poll":
            service.add_argument("--once", action="store_true", help="poll the due feeds once, then exit")
            service.add_argument("--all", action="store_true", help="with --once: every enabled feed, due or not")

    clean = commands.add_parser("clean", help="clean saved pages exactly as the poller does; print JSON")
    clean.add_argument("path", nargs="?", type=Path, help="a saved HTML page")
    clean.add_argument("--url", help="the URL the page was fetched from")
    clean.add_argument("--batch", action="store_true", help='read {"path", "url"} JSON lines on stdin')
    sites = commands.add_parser("sites", help="what the site-learned boilerplate layer knows").add_subparsers(
        dest="sites_command", required=True
    )
    sites.add_parser("report", help="paragraphs learned for a host").add_argument("host")
    for verdict in ("allow", "deny"):
        decide = sites.add_parser(verdict, help=f"{verdict} paragraphs of a host matching PATTERN")
        decide.add_argument("host")
        decide.add_argument("pattern", help="a paragraph hash prefix, or text found in its preview")
    extract = commands.add_parser("extract-claims", help="claims of a text, as the claims service extracts them")
    extract.add_argument("path", nargs="?", help="a UTF-8 text file, or - for standard input (the default)")
    extract.add_argument("--batch", action="store_true", help='read {"id", "text"} JSON lines on stdin')
    reextract = commands.add_parser("reextract", help="re-queue stored articles for the extractors")
    reextract.add_argument("--since", type=_date, metavar="DATE", help="only articles fetched since (ISO date)")
    reextract.add_argument("--source", metavar="HOST", help="only articles from this host")
    reconcile = commands.add_parser(
        "reconcile", help="fetch again entries whose article the broker lost; re-queue articles without claims"
    )
    reconcile.add_argument(
        "--grace", type=float, metavar="S", help="only rows older than S seconds (NEWSFLOW_RECONCILE_GRACE_S)"
    )
    reconcile.add_argument("--json", action="store_true", help="print what it did as one JSON object")
    articles = commands.add_parser("articles", help="stored articles: takedowns").add_subparsers(
        dest="articles_command", required=True
    )
    delete = articles.add_parser("delete", help="erase an article (or a whole source) and block its re-ingestion")
    target = delete.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help="the article's URL (normalised before matching)")
    target.add_argument("--source", metavar="HOST", help="every article of this host")
    delete.add_argument("--reason", metavar="TEXT", help="why, kept with the takedown")
    from newsflow.cli.query import add_query_parser

    add_query_parser(commands, _date)
    commands.add_parser("up", help="run every service (and, without NEWSFLOW_KAFKA_BOOTSTRAP, a broker)")
    commands.add_parser("broker", help="run the embedded Tansu broker in the foreground")
    check = commands.add_parser("healthcheck", help="exit 0 when this machine's service is alive (--ready: ready)")
    check.add_argument("--ready", action="store_true", help="ask /readyz instead of /healthz")
    from newsflow.cli import dlq as dlq_cli
    from newsflow.cli import lag as lag_cli

    lag_cli.add_arguments(commands.add_parser("lag", help="consumer lag per group and partition, with a status"))
    dlq_cli.add_arguments(commands.add_parser("dlq", help="inspect and replay dead letters"))
    demo = commands.add_parser("demo", help="run the pipeline end to end on a bundled sample feed")
    demo.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    demo.add_argument("--timeout", type=float, default=110.0, metavar="S", help="give up after S seconds")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsflow`` console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        print(f"newsflow: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, args.command)
    try:
        return _dispatch(args, settings)
    except NewsflowError as exc:
        print(f"newsflow {args.command}: {exc}", file=sys.stderr)
        return EXIT_CONFIG if isinstance(exc, SettingsError) else EXIT_ERROR


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command
    if command == "db":
        return _db(args, settings)
    if command == "feeds":
        return _feeds(args, settings)
    if command in ("poll", "claims", "sink"):
        return _service(args, settings)
    if command == "clean":
        from newsflow.cli.clean import run_clean

        return run_clean(settings, args)
    if command == "sites":
        from newsflow.cli.sites import run_sites

        return run_sites(settings, args)
    if command == "extract-claims":
        from newsflow.cli.extract import run_extract_claims

        return run_extract_claims(settings, args)
    if command == "reextract":
        from newsflow.cli.reextract import run_reextract

        if settings.kafka_bootstrap is None:
            raise SettingsError("NEWSFLOW_KAFKA_BOOTSTRAP: required to re-queue articles")
        return run_reextract(settings, args.since, args.source)
    if command == "reconcile":
        from newsflow.cli.reconcile import run_reconcile

        if settings.kafka_bootstrap is None:
            raise SettingsError("NEWSFLOW_KAFKA_BOOTSTRAP: required to publish again")
        return run_reconcile(settings, args.grace, args.json)
    if command == "articles":
        from newsflow.cli.articles import run_articles

        return run_articles(settings, args)
    if command == "query":
        from newsflow.cli.query import run_query

        return run_query(settings, args)
    if command == "up":
        from newsflow.cli.up import run_up

        return run_up(settings)
    if command == "broker":
        from newsflow.cli.up import run_broker

        return run_broker()
    if command == "healthcheck":
        from newsflow.cli.health import healthcheck

        return healthcheck(settings, ready=args.ready)
    if command == "lag":
        from newsflow.cli.lag import run_lag

        return run_lag(settings, args)
    if command == "dlq":
        from newsflow.cli.dlq import run_dlq

        return run_dlq(settings, args)
    if command == "demo":
        from newsflow.cli.demo import run_demo

        return run_demo(settings, as_json=args.json, timeout_s=args.timeout)
    raise AssertionError(command)


def _db(args: argparse.Namespace, settings: Settings) -> int:
    if args.db_command == "prune":
        from newsflow.cli.prune import run_prune

        return run_prune(settings)
    from newsflow.db import migrate
    from newsflow.db.engine import make_engine

    engine = make_engine(settings.database_url)
    try:
        if args.db_command == "upgrade":
            migrate.upgrade(engine, args.revision)
        elif args.db_command == "downgrade":
            migrate.downgrade(engine, args.revision)
        print(f"{settings.safe_database_url()} at revision {migrate.current_revision(engine) or 'base'}")
    finally:
        engine.dispose()
    return EXIT_OK


def _feeds(args: argparse.Namespace, settings: Settings) -> int:
    from newsflow.cli import feeds

    command = args.feeds_command
    if command == "add":
        return feeds.add_feed_command(settings, args.url, args.interval, discover=not args.no_discover)
    if command == "import":
        return feeds.import_command(settings, args.file)
    if command == "export":
        return feeds.export_command(settings)
    if command in ("remove", "disable", "enable"):
        return feeds.change_command(settings, command, args.feed)
    return feeds.list_feeds_command(settings, args.format)


def _service(args: argparse.Namespace, settings: Settings) -> int:
    from newsflow.cli.services import BUILDERS
    from newsflow.cli.supervisor import watch_parent

    if settings.kafka_bootstrap is None:
        raise SettingsError(
            "NEWSFLOW_KAFKA_BOOTSTRAP: required to run a single service "
            "(`newsflow up` and `newsflow demo` start an embedded broker; `newsflow broker` runs one)"
        )
    stop = StopFlag()
    if args.supervised_by:
        watch_parent(args.supervised_by, stop)
    build = BUILDERS[args.command]
    if args.command == "poll" and args.once:
        from ingest.poller import FeedPoller

        with stop_on_signals(stop), ExitStack() as stack:
            poller = build(settings, stack)
            assert isinstance(poller, FeedPoller)
            count = poller.poll_due(stop, force=args.all)
            print(json.dumps({"feeds_polled": count, "articles_published": poller.published}))
        return EXIT_OK
    return run_service(args.command, lambda stack: build(settings, stack), stop)


def entrypoint() -> None:
    """Console-script wrapper."""
    sys.exit(main())


__all__ = ["EXIT_ERROR", "entrypoint", "main"]
