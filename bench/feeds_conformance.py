"""Serve the feed-rs parser fixtures over HTTP, fetch and parse each one, and compare with feed-rs's output.

Usage: ``python bench/feeds_conformance.py DATA_DIR`` (e.g. ``../shared/corpora/feeds-feed-rs``).

Every input fixture (``*.xml``, ``*.json`` that is not ``*.serde.json``) is served from a local server on 127.0.0.1
with a Content-Type fitting its folder, fetched with :class:`ingest.fetch.Fetcher` and parsed with
:func:`ingest.feeds.parse_feed`. Where a ``<name>.serde.json`` (feed-rs's model) sits next to it, the feed title
and, per entry, the title (whitespace collapsed), the link and the date (published, else updated, to the second)
are compared ("links (normalized)" compares after :func:`ingest.urls.normalize_url`). Entries are paired
in order when the counts agree, else by link, else by title. feed-rs leaves a
relative entry link as written, so an expected relative link agrees when it resolves against the feed URL to ours.
Note that ``parse_feed`` drops entries without an http(s) link by design, and feedparser takes a permalink
``<guid>`` as the link when there is no ``<link>``: both show up as entry-count differences.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.errors import IngestError  # noqa: E402
from ingest.feeds import FeedEntry, ParsedFeed, parse_feed  # noqa: E402
from ingest.fetch import Fetcher  # noqa: E402
from ingest.urls import normalize_url  # noqa: E402

_TYPES = {
    "atom": "application/atom+xml",
    "rss0": "application/rss+xml",
    "rss1": "application/rdf+xml",
    "rss2": "application/rss+xml",
    "jsonfeed": "application/feed+json",
    "xml": "application/xml",
}
FIELDS = ("feed title", "entry count", "titles", "links", "links (normalized)", "dates")


@dataclass
class Score:
    """Agreed/compared counts per field, and the fixtures that disagreed somewhere, with the first reason."""

    agreed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    compared: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    failures: list[tuple[str, str]] = field(default_factory=list)

    def check(self, name: str, field_name: str, ok: bool, reason: str, reasons: list[str]) -> None:
        self.compared[field_name] += 1
        self.agreed[field_name] += ok
        if not ok:
            reasons.append(reason)


def _content_type(path: Path) -> str:
    return _TYPES.get(path.parent.name, "application/xml")


@contextmanager
def _serve(data_dir: Path) -> Iterator[str]:
    """Serve ``data_dir`` on 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = (data_dir / unquote(urlsplit(self.path).path).lstrip("/")).resolve()
            if not path.is_file() or data_dir.resolve() not in path.parents:
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", _content_type(path))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (signature of the base class)
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _collapse(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _expected_date(raw: dict[str, Any]) -> datetime | None:
    value = raw.get("published") or raw.get("updated")
    if not isinstance(value, str):
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).replace(microsecond=0)


def _hrefs(raw: dict[str, Any]) -> list[str]:
    return [str(link["href"]) for link in raw.get("links") or [] if isinstance(link, dict) and link.get("href")]


def _normalized(url: str) -> str | None:
    try:
        return normalize_url(url)
    except ValueError:
        return None


def _pair(expected: list[dict[str, Any]], got: list[FeedEntry]) -> list[tuple[dict[str, Any], FeedEntry | None]]:
    if len(expected) == len(got):
        return list(zip(expected, got, strict=True))
    pairs: list[tuple[dict[str, Any], FeedEntry | None]] = []
    for raw in expected:
        hrefs = set(_hrefs(raw))
        title = _collapse((raw.get("title") or {}).get("content"))
        match = next((e for e in got if e.link in hrefs), None) or next(
            (e for e in got if title and _collapse(e.title) == title), None
        )
        pairs.append((raw, match))
    return pairs


def _compare(name: str, parsed: ParsedFeed, expected: dict[str, Any], feed_url: str, score: Score) -> list[str]:
    reasons: list[str] = []
    want_title = _collapse((expected.get("title") or {}).get("content"))
    score.check(name, "feed title", _collapse(parsed.title) == want_title, f"feed title {parsed.title!r}", reasons)
    entries = list(expected.get("entries") or [])
    linkless = sum(1 for e in entries if not _hrefs(e))
    note = f" ({linkless} without a link in feed-rs's output)" if linkless else ""
    score.check(
        name,
        "entry count",
        len(parsed.entries) == len(entries),
        f"{len(parsed.entries)} entries, expected {len(entries)}{note}",
        reasons,
    )
    for raw, entry in _pair(entries, parsed.entries):
        want = _collapse((raw.get("title") or {}).get("content"))
        if want is not None:
            got = _collapse(entry.title) if entry else None
            score.check(name, "titles", got == want, f"title {got!r} != {want!r}", reasons)
        hrefs = _hrefs(raw)
        got_link = entry.link if entry else None
        if hrefs:
            ok = got_link is not None and got_link in (hrefs[0], urljoin(feed_url, hrefs[0]))
            score.check(name, "links", ok, f"link {got_link} != {hrefs[0]}", reasons)
            same = got_link is not None and _normalized(got_link) == _normalized(urljoin(feed_url, hrefs[0]))
            score.check(name, "links (normalized)", same, f"normalized link {got_link} != {hrefs[0]}", reasons)
        want_date = _expected_date(raw)
        if want_date is not None:
            got_date = entry.published_at.replace(microsecond=0) if entry and entry.published_at else None
            score.check(
                name,
                "dates",
                got_date == want_date,
                f"date {got_date.isoformat() if got_date else None} != {want_date.isoformat()}",
                reasons,
            )
    return reasons


def main(argv: list[str]) -> int:
    """Run the conformance check over ``argv[1]`` and print the figures; exit code 2 on bad usage."""
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    data_dir = Path(argv[1]).resolve()
    inputs = sorted(
        p
        for p in data_dir.rglob("*")
        if p.is_file() and p.suffix in (".xml", ".json") and not p.name.endswith(".serde.json")
    )
    score = Score()
    parsed_ok = 0
    with_expected = 0
    by_format: dict[str, list[int]] = {}
    with _serve(data_dir) as base, Fetcher("newsflow-bench/0.1", 10.0, 10 * 1024 * 1024, 5) as fetcher:
        for path in inputs:
            rel = path.relative_to(data_dir).as_posix()
            name = rel.rsplit(".", 1)[0]
            url = base + quote(rel)
            tally = by_format.setdefault(path.parent.name, [0, 0])
            tally[1] += 1
            try:
                result = fetcher.fetch(url)
                parsed = parse_feed(result.body, result.headers, result.final_url)
            except IngestError as exc:
                score.failures.append((name, f"not parsed: {type(exc).__name__}: {str(exc)[:120]}"))
                continue
            parsed_ok += 1
            tally[0] += 1
            serde = path.with_name(path.name.rsplit(".", 1)[0] + ".serde.json")
            if not serde.exists():
                note = f"parsed, {len(parsed.entries)} entries, no expected output"
                if parsed.bozo_reason:
                    note += f" (bozo: {parsed.bozo_reason[:80]})"
                score.failures.append((name, note))
                continue
            with_expected += 1
            reasons = _compare(name, parsed, json.loads(serde.read_text("utf-8")), result.final_url, score)
            if reasons:
                more = f" (+{len(reasons) - 1} more)" if len(reasons) > 1 else ""
                score.failures.append((name, reasons[0][:160] + more))

    expected_count = sum(1 for p in inputs if p.with_name(p.name.rsplit(".", 1)[0] + ".serde.json").exists())
    print(f"fixtures: {len(inputs)} inputs, {expected_count} with expected output ({with_expected} of them parsed)")
    formats = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_format.items()))
    print(f"parsed: {parsed_ok}/{len(inputs)}  ({formats})")
    print("agreement with feed-rs:")
    for field_name in FIELDS:
        agreed, compared = score.agreed[field_name], score.compared[field_name]
        pct = 100.0 * agreed / compared if compared else 0.0
        print(f"  {field_name:<18} {agreed:>4}/{compared:<4} {pct:5.1f}%")
    print(f"fixtures not in full agreement: {len(score.failures)}")
    for name, reason in score.failures:
        print(f"  {name}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
