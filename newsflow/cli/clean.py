"""``newsflow clean``: the poller's cleaning path on saved pages, printed as JSON.

``newsflow clean PATH --url URL`` prints one JSON object; ``newsflow clean --batch`` reads JSON lines
``{"path": ..., "url": ...}`` on standard input and writes one JSON line per input, in order, with an ``error``
field instead of the article when that page fails. Both decode the bytes, clean them and build the article exactly
as the poller does (:func:`ingest.charset.decode_html`, :func:`ingest.clean.clean`,
:func:`ingest.article.article_from_page`, which picks the canonical URL with :func:`ingest.urls.choose_canonical`);
there is no feed, so the date comes from the page or its URL.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ingest.article import article_from_page
from ingest.charset import decode_html
from ingest.clean import CLEANER_NAME, CLEANER_VERSION, clean
from ingest.errors import ExtractionError
from newsflow.contracts import Extractor
from newsflow.db.models import utcnow
from newsflow.runtime import EXIT_CONFIG, EXIT_ERROR, EXIT_OK
from newsflow.settings import Settings

FIELDS = (
    "title",
    "authors",
    "published_at",
    "published_source",
    "language",
    "canonical_url",
    "site_name",
    "description",
    "image",
    "text",
)


class PageError(Exception):
    """One saved page could not be read or cleaned."""


def clean_saved_page(path: Path, url: str) -> dict[str, Any]:
    """The cleaned article of the page saved at ``path`` (fetched from ``url``) as a JSON-ready dict."""
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise PageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        cleaned = clean(decode_html(body, {}), url)
        article = article_from_page(
            cleaned,
            url=url,
            final_url=url,
            extractor=Extractor(name=CLEANER_NAME, version=CLEANER_VERSION),
            fetched_at=utcnow(),
        )
    except (ExtractionError, ValueError) as exc:  # ValueError: the URL is not http(s)
        raise PageError(str(exc)) from exc
    data = article.model_dump(mode="json", include=set(FIELDS))
    return {field: data.get(field) for field in FIELDS}


def run_clean(settings: Settings, args: argparse.Namespace) -> int:
    """Run ``newsflow clean``; exit 0, 1 when the single page fails, 2 on wrong arguments."""
    del settings  # cleaning needs no settings: same defaults as the poller's cleaner
    if args.batch:
        if args.path is not None or args.url is not None:
            print("newsflow clean: --batch reads its pages from standard input; give no PATH or --url", file=sys.stderr)
            return EXIT_CONFIG
        return _batch()
    if args.path is None or not args.url:
        print("newsflow clean: give PATH and --url URL, or --batch", file=sys.stderr)
        return EXIT_CONFIG
    try:
        result = clean_saved_page(args.path, args.url)
    except PageError as exc:
        print(f"newsflow clean: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(result, ensure_ascii=False))
    return EXIT_OK


def _batch() -> int:
    for line in sys.stdin:
        if not line.strip():
            continue
        path: Any = None
        url: Any = None
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise PageError('each line must be a JSON object {"path": ..., "url": ...}')
            path, url = request.get("path"), request.get("url")
            if not isinstance(path, str) or not isinstance(url, str) or not path or not url:
                raise PageError('each line needs "path" and "url" strings')
            out: dict[str, Any] = {"path": path, "url": url, **clean_saved_page(Path(path), url)}
        except json.JSONDecodeError as exc:
            out = {"path": None, "url": None, "error": f"not JSON: {exc.msg}"}
        except PageError as exc:
            out = {"path": path, "url": url, "error": str(exc)}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return EXIT_OK
