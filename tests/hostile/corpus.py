"""Hostile feeds and pages, built at run time and served by a :class:`~tests.httpserver.LocalServer`.

Nothing big is stored or even held in memory for long: a bomb is one compressed megabyte of zeros repeated (after a
full flush a deflate compressor starts afresh, so every further megabyte compresses to the same ~1 KB), the 1 GiB
bodies and the trickles are written while they are sent, and the 100,000-entry feed takes a fraction of a second.

Each :class:`Case` is one hostile input: where it strikes (``"feed"``: the URL of a registered feed; ``"page"``: a
page that a feed lists) and what the poller must record for it (:class:`Expect`): ``feed_polls.status`` and the
start of ``feed_polls.error`` for a feed, ``seen_entries.status`` and the start of ``seen_entries.reason`` for a
page. :func:`build` gives the routes, the cases, the feeds to register and the ordinary articles that must still
come through, for one server.
"""

from __future__ import annotations

import functools
import json
import random
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Literal

from tests.httpserver import Page, Route

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
BULK_ENTRIES = 100_000
LONG_URL_CHARS = 100_000
NESTING = 100_000
CHAIN_HOPS = 40
TRICKLE_BYTES = 120  # at one byte a second: a server thread lives two minutes at most if nobody hangs up
XXE_PROBE = "/xxe-probe"  # an external entity pointing here proves itself fetched by the request it makes
XXE_DTD = "/xxe-dtd"

Handler = Callable[[BaseHTTPRequestHandler], None]
Level = Literal["feed", "page"]


@dataclass(frozen=True)
class Expect:
    """The recorded outcome: a status, and the start of the error/reason (None: nothing may be recorded)."""

    status: str
    reason: str | None = None
    mentions: str | None = None  # a word the error/reason must also contain


@dataclass(frozen=True)
class Case:
    """One hostile input: its name, where it strikes, its URL, what must be recorded, and what bounds it."""

    name: str
    level: Level
    url: str
    expect: Expect
    bound: str


@dataclass
class Corpus:
    """Everything a test needs: routes to serve, the cases, feeds to register and the articles that must pass."""

    routes: dict[str, Route] = field(default_factory=dict)
    cases: list[Case] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # ordinary pages listed next to hostile ones
    bulk_feed: str = ""
    secret: str = ""  # text in a local file that external entities point at: it must never be stored

    def case(self, name: str) -> Case:
        return next(c for c in self.cases if c.name == name)


# --- generators ------------------------------------------------------------------------------------------------


@functools.cache
def zero_bomb(encoding: Literal["gzip", "deflate"], mib: int = 1024) -> bytes:
    """``mib`` MiB of zeros as a valid gzip or zlib ("deflate") stream of about ``mib`` KiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(MIB)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    raw = block * mib + compressor.flush(zlib.Z_FINISH)
    size = mib * MIB
    if encoding == "gzip":
        crc = 0
        for _ in range(mib):
            crc = zlib.crc32(zeros, crc)
        return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + raw + struct.pack("<II", crc, size & 0xFFFFFFFF)
    adler = ((size % 65521) << 16) | 1  # a stays 1 over zeros; b adds 1 per byte
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def endless(head: bytes, unit: bytes, size: int = GIB, *, mode: Literal["chunked", "close", "declared"]) -> Handler:
    """A body of ``size`` bytes (``head`` then ``unit`` repeated), written as it is sent, never held whole.

    ``chunked``: chunked transfer encoding; ``close``: no length, the end of the body is the end of the connection;
    ``declared``: a Content-Length of ``size`` up front.
    """
    first = head + unit * (64 * KIB // len(unit))
    rest = unit * (64 * KIB // len(unit))

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml" if head.startswith(b"<?xml") else HTML["Content-Type"])
        if mode == "declared":
            h.send_header("Content-Length", str(size))
        elif mode == "chunked":
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        sent, piece = 0, first
        while sent < size:
            chunk = piece[: size - sent]
            h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" if mode == "chunked" else chunk)
            sent, piece = sent + len(chunk), rest
        if mode == "chunked":
            h.wfile.write(b"0\r\n\r\n")

    return handler


def trickle(body: bytes, *, headers_too: bool) -> Handler:
    """One byte a second: of the body after prompt headers, or of the status line and headers already."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        if headers_too:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Slow: " + b"s" * TRICKLE_BYTES:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(1.0)
            return
        h.send_response(200)
        h.send_header("Content-Type", HTML["Content-Type"])
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for byte in body[:TRICKLE_BYTES]:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(1.0)

    return handler


def redirect(location: str, status: int = 302) -> Page:
    return Page(status=status, headers={"Location": location})


def article_html(slug: str, title: str, head: str = "", body_prefix: str = "") -> bytes:
    """An ordinary article page: a headline and five distinct paragraphs."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the {slug} story: the harbour council met on Tuesday and agreed to repair the old sea"
        f" wall before winter, at a cost of {n + 2} million pounds over {n + 3} years.</p>"
        for n in range(5)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"{body_prefix}<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def rss(title: str, items: list[tuple[str, str, str]], prolog: str = "") -> bytes:
    """An RSS 2.0 document of (guid, title, link) items; the text is inserted as is (entities allowed)."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{g}</guid></item>" for g, t, link in items)
    head = '<?xml version="1.0" encoding="utf-8"?>'
    return f'{head}{prolog}<rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'.encode()


def billion_laughs(link: str, *, one_line: bool) -> bytes:
    """Ten levels of ten references each: 10^9 copies of "lol" (3 GB) if a parser expanded ``&lol9;``."""
    sep = "" if one_line else "\n"
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    prolog = f"{sep}<!DOCTYPE rss [{sep}{sep.join(entities)}{sep}]>{sep}"
    layout = "one-line" if one_line else "multi-line"
    return rss("Laughs &lol9;", [(f"laughs-{layout}-&lol9;", "&lol9;", link)], prolog)


def external_entities(link: str, targets: list[str], dtd_url: str, *, one_line: bool) -> bytes:
    """General entities naming local files and a URL, and an external parameter entity (an external DTD)."""
    sep = "" if one_line else "\n"
    decls = [f'<!ENTITY xxe{i} SYSTEM "{target}">' for i, target in enumerate(targets)]
    decls.append(f'<!ENTITY % remote SYSTEM "{dtd_url}">%remote;')
    refs = "".join(f"&xxe{i};" for i in range(len(targets)))
    prolog = f"{sep}<!DOCTYPE rss [{sep}{sep.join(decls)}{sep}]>{sep}"
    layout = "one-line" if one_line else "multi-line"
    return rss(f"XXE {refs}", [(f"xxe-{layout}-{refs}", f"Secret {refs}", link)], prolog)


def binary(size: int, seed: int, *, nul: bool) -> bytes:
    """Random bytes; without NUL bytes if ``nul`` is False (the cheap binary test looks for NUL)."""
    data = random.Random(seed).randbytes(size)
    return data if nul else data.replace(b"\0", b"\x01")


INVALID_UTF8 = b"\xff\xfe \xc3\x28 \xed\xa0\x80 \xc0\xaf \xf8\x88\x80\x80\x80 \xe2\x82"


def invalid_utf8_page(title: str) -> bytes:
    """An article declared UTF-8 whose paragraphs hold byte sequences that are not UTF-8 at all."""
    page = article_html("invalid-utf8", title)
    return page.replace(b"the harbour council", b"the harbour " + INVALID_UTF8 + b" council")


def nested_html(depth: int) -> bytes:
    paragraphs = article_html("nested", "Nested").split(b"<article>", 1)[1].split(b"</article>", 1)[0]
    return b"<html><head><title>Nested</title></head><body>" + b"<div>" * depth + paragraphs + b"</div>" * depth


def bulk_feed(host_base: str, n: int) -> bytes:
    """``n`` entries of a link each (4.5 MB for 100,000: under the body cap, so the entry cap is what bounds it)."""
    items = "".join(f"<item><link>{host_base}/{i}</link></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bulk</title>{items}</channel></rss>'.encode()


JS_APP = (
    b'<!DOCTYPE html><html><head><title>News App</title><script src="/static/app.js" defer></script></head>'
    b'<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
    b'<script>window.__STATE__={"article":{"id":42}};</script></body></html>'
)
JS_BARE = (
    b'<!DOCTYPE html><html><head><title>Loading</title></head><body><div id="app"></div>'
    b'<script type="module" src="/assets/index-4f2a.js"></script></body></html>'
)


def robots(bulk_host: str) -> Handler:
    """robots.txt: the bulk feed's host refuses every path, so its entries are recorded without a fetch each."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        refuse = (h.headers.get("Host") or "").split(":", 1)[0] == bulk_host
        body = b"User-agent: *\nDisallow: /\n" if refuse else b"not found"
        h.send_response(200 if refuse else 404)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handler


# --- the corpus -------------------------------------------------------------------------------------------------


_TOO_LARGE = Expect("error_too_large", "too_large:")
_FAILED_LARGE = Expect("failed", "too_large:")


@dataclass
class _Builder:
    """Adds cases, and the ordinary articles they link to, to a corpus served at ``base``."""

    corpus: Corpus
    base: str
    secret_file: Path
    bulk_host: str

    @property
    def port(self) -> str:
        return self.base.rsplit(":", 1)[1]

    def article(self, slug: str) -> str:
        """Serve an ordinary article that must come through; its URL."""
        path = f"/article/{slug}"
        self.corpus.routes[path] = Page(body=article_html(slug, f"The {slug} story"), headers=HTML)
        self.corpus.articles.append(self.base + path)
        return self.base + path

    def add(self, name: str, level: Level, path: str, route: Route | None, expect: Expect, bound: str) -> None:
        if route is not None:
            self.corpus.routes[path.split("?", 1)[0]] = route
        self.corpus.cases.append(Case(name, level, self.base + path, expect, bound))


def build(base: str, secret_file: Path, bulk_host: str) -> Corpus:
    """The corpus for a server at ``base`` (``http://127.0.0.1:PORT``).

    ``secret_file`` is a local file the external entities point at (with ``/etc/passwd``); ``bulk_host`` is a
    name resolved to the server (``NEWSFLOW_HTTP_RESOLVE``) whose robots.txt refuses everything.
    """
    corpus = Corpus(secret=secret_file.read_text().strip())
    corpus.routes["/robots.txt"] = robots(bulk_host)
    b = _Builder(corpus, base, secret_file, bulk_host)
    _feed_cases(b)
    _page_cases(b)
    pages = [c for c in corpus.cases if c.level == "page"]
    last = b.article("after-the-hostile-pages")
    items = [(f"page-{i}", c.name.replace("<", "&lt;"), c.url) for i, c in enumerate(pages)]
    corpus.routes["/feed/pages.xml"] = Page(
        rss("Hostile pages", [*items, ("page-last", "Ordinary", last)]), headers=RSS
    )
    ordinary = [(f"ordinary-{i}", "Ordinary", b.article(f"ordinary-{i}")) for i in range(2)]
    corpus.routes["/feed/ordinary.xml"] = Page(rss("Ordinary", ordinary), headers=RSS)
    # the two feeds with the most entries first, so that they start while the short ones come and go
    others = [c.url for c in corpus.cases if c.level == "feed" and c.url != corpus.bulk_feed]
    corpus.feeds = [corpus.bulk_feed, base + "/feed/pages.xml", *others, base + "/feed/ordinary.xml"]
    return corpus


def _feed_cases(b: _Builder) -> None:
    """Hostile feeds: each is the URL of a registered feed."""
    gzip_feed, deflate_feed = ({"Content-Encoding": e, **RSS} for e in ("gzip", "deflate"))
    b.add(
        "gzip bomb (feed)",
        "feed",
        "/feed/gzip-bomb.xml",
        Page(zero_bomb("gzip"), headers=gzip_feed),
        _TOO_LARGE,
        "1 GiB of zeros in 1 MiB; inflated in bounded steps, stopped at NEWSFLOW_HTTP_MAX_BYTES",
    )
    b.add(
        "deflate bomb (feed)",
        "feed",
        "/feed/deflate-bomb.xml",
        Page(zero_bomb("deflate"), headers=deflate_feed),
        _TOO_LARGE,
        "as the gzip bomb",
    )
    rss_head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>'
    rss_unit = b"<item><title>again</title><link>http://127.0.0.1/x</link></item>\n"
    b.add(
        "1 GiB body (feed)",
        "feed",
        "/feed/endless.xml",
        endless(rss_head, rss_unit, mode="close"),
        _TOO_LARGE,
        "streamed, never held: the read stops at NEWSFLOW_HTTP_MAX_BYTES",
    )
    b.add(
        "one byte a second (feed, headers)",
        "feed",
        "/feed/trickle.xml",
        trickle(b"", headers_too=True),
        Expect("error_timeout", "timeout:"),
        "the total deadline NEWSFLOW_HTTP_TIMEOUT_S",
    )
    b.add(
        "redirect loop (feed)",
        "feed",
        "/feed/loop.xml",
        redirect("/feed/loop.xml"),
        Expect("error_too_many_redirects", "too_many_redirects:"),
        "NEWSFLOW_HTTP_MAX_REDIRECTS",
    )
    for hop in range(1, CHAIN_HOPS):
        b.corpus.routes[f"/feed/chain/{hop}.xml"] = redirect(f"/feed/chain/{hop + 1}.xml", 301)
    b.add(
        "redirect chain of 40 (feed)",
        "feed",
        "/feed/chain/0.xml",
        redirect("/feed/chain/1.xml", 301),
        Expect("error_too_many_redirects", "too_many_redirects:"),
        "NEWSFLOW_HTTP_MAX_REDIRECTS",
    )
    b.add(
        "100 KB URL (feed)",
        "feed",
        "/feed/long.xml?q=" + "a" * LONG_URL_CHARS,
        None,
        Expect("error_invalid_url", "invalid_url:"),
        "NEWSFLOW_HTTP_MAX_URL_LENGTH, before any I/O",
    )
    b.add(
        "binary data (feed)",
        "feed",
        "/feed/binary.xml",
        Page(binary(256 * KIB, 1, nul=True), headers=RSS),
        Expect("error_parse", "no feed found"),
        "the parser finds no feed",
    )
    for one_line in (True, False):
        layout = "one line" if one_line else "one declaration a line"
        slug = "laughs-" + ("one-line" if one_line else "multi-line")
        b.add(
            f"billion laughs ({layout})",
            "feed",
            f"/feed/{slug}.xml",
            Page(billion_laughs(b.article(slug), one_line=one_line), headers=RSS),
            Expect("ok"),
            "never expanded: expat's amplification limit, or feedparser dropping the declarations",
        )
        slug = "xxe-" + ("one-line" if one_line else "multi-line")
        targets = ["file:///etc/passwd", b.secret_file.resolve().as_uri(), b.base + XXE_PROBE]
        b.add(
            f"external entities ({layout})",
            "feed",
            f"/feed/{slug}.xml",
            Page(external_entities(b.article(slug), targets, b.base + XXE_DTD, one_line=one_line), headers=RSS),
            Expect("ok"),
            "never resolved: no file read, no URL fetched",
        )
    bad_utf8 = rss("Caf\xe9 feed", [("bad-utf8", "na\xefve title", b.article("feed-invalid-utf8"))])
    b.add(
        "invalid UTF-8 (feed)",
        "feed",
        "/feed/invalid-utf8.xml",
        Page(bad_utf8.replace(b"na\xc3\xafve", b"na\xefve " + INVALID_UTF8), headers=RSS),
        Expect("ok"),
        "read as windows-1252 (feedparser), entries kept",
    )
    json_feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Control\u0000 characters\u0007",
        "items": [
            {"id": "bad-link", "url": "http://[oops/", "title": "unparsable link"},
            {"id": "ctl-\u0000guid\u001b", "url": b.article("control-characters"), "title": "T\u0000itle\u0008"},
        ],
    }
    b.add(
        "control characters and an unparsable link (JSON Feed)",
        "feed",
        "/feed/controls.json",
        Page(json.dumps(json_feed).encode(), headers={"Content-Type": "application/feed+json"}),
        Expect("ok"),
        "NUL and other controls removed, the unparsable link's entry dropped",
    )
    b.corpus.bulk_feed = b.base + "/feed/bulk.xml"
    b.add(
        "100,000 entries (feed)",
        "feed",
        "/feed/bulk.xml",
        Page(bulk_feed(f"http://{b.bulk_host}:{b.port}", BULK_ENTRIES), headers=RSS),
        Expect("ok"),
        "the first 1,000 entries are read (ingest.feeds.MAX_ENTRIES); the cap is the poll's bozo reason",
    )


def _page_cases(b: _Builder) -> None:
    """Hostile pages, listed by one feed in this order (an ordinary article last)."""
    html_gzip, html_deflate = ({"Content-Encoding": e, **HTML} for e in ("gzip", "deflate"))
    html_head = b"<!DOCTYPE html><html><head><title>Endless</title></head><body>"
    html_unit = b"<p>All work and no play makes Jack a dull boy.</p>\n"
    b.add(
        "gzip bomb (page)",
        "page",
        "/page/gzip-bomb",
        Page(zero_bomb("gzip"), headers=html_gzip),
        _FAILED_LARGE,
        "stopped at NEWSFLOW_HTTP_MAX_BYTES",
    )
    b.add(
        "deflate bomb (page)",
        "page",
        "/page/deflate-bomb",
        Page(zero_bomb("deflate"), headers=html_deflate),
        _FAILED_LARGE,
        "stopped at NEWSFLOW_HTTP_MAX_BYTES",
    )
    b.add(
        "1 GiB body, chunked (page)",
        "page",
        "/page/endless",
        endless(html_head, html_unit, mode="chunked"),
        _FAILED_LARGE,
        "streamed, stopped at NEWSFLOW_HTTP_MAX_BYTES",
    )
    b.add(
        "1 GiB Content-Length (page)",
        "page",
        "/page/declared",
        endless(html_head, html_unit, mode="declared"),
        _FAILED_LARGE,
        "refused from the header, before the body",
    )
    b.add(
        "one byte a second (page body)",
        "page",
        "/page/trickle",
        trickle(article_html("slow", "Slow"), headers_too=False),
        Expect("failed", "timeout:"),
        "NEWSFLOW_HTTP_TIMEOUT_S",
    )
    b.add(
        "redirect loop (page)",
        "page",
        "/page/loop",
        redirect("/page/loop"),
        Expect("failed", "too_many_redirects:"),
        "NEWSFLOW_HTTP_MAX_REDIRECTS",
    )
    for hop in range(1, CHAIN_HOPS):
        b.corpus.routes[f"/page/chain/{hop}"] = redirect(f"/page/chain/{hop + 1}", 307)
    b.add(
        "redirect chain of 40 (page)",
        "page",
        "/page/chain/0",
        redirect("/page/chain/1", 307),
        Expect("failed", "too_many_redirects:"),
        "NEWSFLOW_HTTP_MAX_REDIRECTS",
    )
    b.add(
        "100 KB URL (page)",
        "page",
        "/page/long?q=" + "b" * LONG_URL_CHARS,
        None,
        Expect("failed", "invalid_url:"),
        "NEWSFLOW_HTTP_MAX_URL_LENGTH",
    )
    b.add(
        "redirect to a 100 KB URL (page)",
        "page",
        "/page/to-long",
        redirect("/page/long?q=" + "c" * LONG_URL_CHARS),
        Expect("failed", "invalid_url:"),
        "NEWSFLOW_HTTP_MAX_URL_LENGTH, checked on the Location header",
    )
    b.add(
        "binary data as text/html (page)",
        "page",
        "/page/binary",
        Page(binary(512 * KIB, 2, nul=True), headers=HTML),
        Expect("failed", "bad_content:"),
        "refused after the first kilobyte",
    )
    b.add(
        "binary data without NUL bytes as text/html (page)",
        "page",
        "/page/binary-no-nul",
        Page(binary(512 * KIB, 3, nul=False), headers=HTML),
        Expect("failed", "bad_content:"),
        "refused after the first kilobyte (WHATWG binary data bytes)",
    )
    b.corpus.articles.append(b.base + "/page/invalid-utf8")
    b.add(
        "invalid UTF-8 (page)",
        "page",
        "/page/invalid-utf8",
        Page(invalid_utf8_page("Invalid bytes"), headers=HTML),
        Expect("fetched"),
        "read as windows-1252 (the charset rules of ingest.charset); the article is published",
    )
    b.add(
        "HTML nested 100,000 deep (page)",
        "page",
        "/page/nested",
        Page(nested_html(NESTING), headers=HTML),
        Expect("failed", "no article text found"),
        "in the extraction worker (time and memory bound)",
    )
    deep_jsonld = '<script type="application/ld+json">' + "[" * NESTING + "]" * NESTING + "</script>"
    b.add(
        "JSON-LD nested 100,000 deep (page)",
        "page",
        "/page/deep-json-ld",
        Page(article_html("deep-json-ld", "Deep JSON-LD", head=deep_jsonld), headers=HTML),
        Expect("failed", "extraction failed", "nested too deep"),
        "RecursionError becomes an extraction error",
    )
    metadata = (
        f'<link rel="canonical" href="{b.base}/page/metadata?{"m" * LONG_URL_CHARS}">'
        f'<meta property="og:title" content="{"Headline " * 20_000}">'
        f'<meta name="description" content="{"Description " * 50_000}">'
    )
    b.corpus.articles.append(b.base + "/page/metadata")
    b.add(
        "oversized metadata: 100 KB canonical URL, 180 KB title (page)",
        "page",
        "/page/metadata",
        Page(article_html("metadata", "Metadata", head=metadata), headers=HTML),
        Expect("fetched"),
        "published with the title cut to 1,000 characters and the canonical URL ignored",
    )
    b.add(
        "JavaScript-only page with a <noscript> notice",
        "page",
        "/page/js-app",
        Page(JS_APP, headers=HTML),
        Expect("failed", "no article text found", "JavaScript"),
        "recorded as a failure that names JavaScript",
    )
    b.add(
        "JavaScript-only page, empty body",
        "page",
        "/page/js-bare",
        Page(JS_BARE, headers=HTML),
        Expect("failed", "no article text found"),
        "recorded as a failure",
    )
