"""A small real HTTP server on 127.0.0.1 for tests.

Routes map a path to either a :class:`Page` (fixed status, headers, body) or a callable that writes the response
itself through the ``BaseHTTPRequestHandler`` (for trickling, streaming or hostile servers)::

    with serve({"/a": Page(body=b"hi"), "/slow": trickle}) as server:
        httpx.get(server.url("/a"))

Requests are recorded in ``server.requests`` as (path, headers) pairs. Unknown paths answer 404.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Page:
    """A canned response."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


Handler = Callable[[BaseHTTPRequestHandler], None]
Route = Page | Handler


class LocalServer:
    """A running server; use :func:`serve` to start one."""

    def __init__(self, routes: Mapping[str, Route]) -> None:
        self.routes: dict[str, Route] = dict(routes)
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        self._send(Page(body=b"not found", status=404))
                    elif isinstance(route, Page):
                        self._send(route)
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, which is what many tests provoke

            def _send(self, page: Page) -> None:
                self.send_response(page.status)
                for key, value in page.headers.items():
                    self.send_header(key, value)
                if not any(k.lower() == "content-length" for k in page.headers):
                    self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class names it so)
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="test-httpserver", daemon=True)

    def url(self, path: str) -> str:
        """Absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@contextmanager
def serve(routes: Mapping[str, Route]) -> Iterator[LocalServer]:
    """Run a :class:`LocalServer` for the duration of the ``with`` block."""
    server = LocalServer(routes)
    server.start()
    try:
        yield server
    finally:
        server.stop()
