"""``newsflow extract-claims``: the claims processor's extraction on plain text, as JSON.

``newsflow extract-claims [PATH|-]`` prints ``{"claims": [...]}`` (claims as in ``ClaimsV1``), one entry per
selected extractor when several are installed. ``--batch`` reads JSON lines ``{"id": ..., "text": ...}`` and
writes ``{"id": ..., "claims": [...]}`` lines in order (``error`` instead when a line fails). Both call the same
plug-ins, through the same :func:`processors.service.claims_message`, as the service.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any

from newsflow.contracts import ArticleV1, Extractor, article_id_for, text_sha256
from newsflow.plugins import ClaimExtractor, load_extractors
from newsflow.runtime import EXIT_ERROR, EXIT_OK
from newsflow.settings import Settings


def _article(text: str, key: str) -> ArticleV1:
    """A stand-in article for a bare text: its id derives from the caller's key, as a URL would."""
    url = f"urn:newsflow:text:{key}"
    now = datetime.now(UTC)
    return ArticleV1(
        article_id=article_id_for(url),
        url=url,
        canonical_url=url,
        source="text",
        fetched_at=now,
        text=text,
        text_sha256=text_sha256(text),
        extractor=Extractor(name="newsflow-extract-claims", version="1"),
    )


def claims_of(text: str, key: str, plugins: list[ClaimExtractor]) -> list[dict[str, Any]] | dict[str, Any]:
    """The claims of ``text``: a list for one extractor, ``{extractor name: list}`` for several."""
    from processors.service import claims_message

    article = _article(text, key)
    results = {p.extractor.name: claims_message(article, p).model_dump(mode="json")["claims"] for p in plugins}
    return next(iter(results.values())) if len(results) == 1 else results


def run_extract_claims(settings: Settings, args: argparse.Namespace) -> int:
    """Run ``newsflow extract-claims``."""
    plugins = [loaded.plugin for loaded in load_extractors(settings.extractor_names())]
    if not args.batch:
        source = sys.stdin if args.path in (None, "-") else open(args.path, encoding="utf-8")  # noqa: SIM115
        with source:
            text = source.read()
        print(json.dumps({"claims": claims_of(text, text_sha256(text), plugins)}, ensure_ascii=False))
        return EXIT_OK
    failed = False
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            key, text = str(item["id"]), item["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
            out: dict[str, Any] = {"id": item["id"], "claims": claims_of(text, key, plugins)}
        except (ValueError, KeyError, TypeError) as exc:
            failed = True
            out = {"line": number, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return EXIT_ERROR if failed else EXIT_OK
