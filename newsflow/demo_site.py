"""The demo's publisher: a loopback HTTP server with a sample RSS feed and its article pages.

The pages (``newsflow/demo_content``) carry absolute canonical URLs on a fixed demo host, so article ids do
not depend on the port the server happens to get.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from types import TracebackType
from xml.sax.saxutils import escape

CONTENT_PACKAGE = "newsflow.demo_content"


@dataclass(frozen=True, slots=True)
class SamplePage:
    """One bundled article page and how the feed lists it."""

    file: str
    path: str
    title: str
    guid: str
    published: str
    canonical: str


def sample_pages() -> list[SamplePage]:
    """The bundled pages, from ``manifest.json``."""
    manifest = resources.files(CONTENT_PACKAGE).joinpath("manifest.json").read_text(encoding="utf-8")
    return [SamplePage(**{k: item[k] for k in SamplePage.__slots__}) for item in json.loads(manifest)]


def render_feed(base_url: str, pages: list[SamplePage]) -> bytes:
    """An RSS 2.0 feed listing ``pages`` at ``base_url``."""
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{escape(base_url + p.path)}</link>"
        f'<guid isPermaLink="false">{escape(p.guid)}</guid><pubDate>{escape(p.published)}</pubDate></item>'
        for p in pages
    )
    built = format_datetime(datetime.now(UTC), usegmt=True)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>newsflow demo</title>'
        f"<link>{escape(base_url)}/</link><description>Sample articles for newsflow demo</description>"
        f"<lastBuildDate>{built}</lastBuildDate>{items}</channel></rss>\n"
    ).encode()


DEMO_HOST = "demo.newsflow.example"


class DemoSite:
    """Serve the sample feed at ``/feed.xml`` and its pages on 127.0.0.1 (a context manager).

    URLs name the fixed demo host (``demo.newsflow.example``, a reserved name that never resolves on the
    internet); the fetcher reaches it through its resolver override (``NEWSFLOW_HTTP_RESOLVE``), as it would a
    publisher, so canonical links on that host are honoured like any same-site canonical.
    """

    def __init__(self, public_host: str = DEMO_HOST) -> None:
        self.public_host = public_host
        self.pages = sample_pages()
        self._bodies = {p.path: resources.files(CONTENT_PACKAGE).joinpath(p.file).read_bytes() for p in self.pages}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "site not started"
        return f"http://{self.public_host}:{self._server.server_address[1]}"

    @property
    def feed_url(self) -> str:
        return f"{self.base_url}/feed.xml"

    def start(self) -> DemoSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/feed.xml":
                    body, kind = render_feed(site.base_url, site.pages), "application/rss+xml; charset=utf-8"
                elif path in site._bodies:
                    body, kind = site._bodies[path], "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return  # the demo prints its own summary

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
