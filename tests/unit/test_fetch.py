"""Fetcher against a real HTTP server on 127.0.0.1, and decode_html on lying charsets."""

from __future__ import annotations

import gzip
import random
import time
import tracemalloc
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from ipaddress import ip_network
from typing import Any

import httpx
import pytest

from ingest.charset import decode_html
from ingest.errors import FetchError, PermanentFetchError, RetryableFetchError
from ingest.fetch import Fetcher, parse_retry_after
from ingest.politeness import HostGate
from newsflow.errors import PermanentError, RetryableError
from newsflow.settings import Settings
from tests.httpserver import LocalServer, Page, Route, serve

MAX_BYTES = 5 * 1024 * 1024
LOOPBACK = [ip_network("127.0.0.1/32")]  # the SSRF guard refuses loopback unless it is allowed


def _bomb(megabytes: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    out = [comp.compress(block) for _ in range(megabytes)]
    out.append(comp.flush())
    return b"".join(out)


def _raw_deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def _trickle_body(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(200):  # bounded: at most ~20 s even if the client never gives up
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.1)


def _trickle_headers(handler: BaseHTTPRequestHandler) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 200:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.1)


def _redirect_to(target: str, status: int = 302) -> Page:
    return Page(status=status, headers={"Location": target})


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    routes: dict[str, Route] = {
        "/page": Page(body="<p>héllo</p>".encode(), headers={"Content-Type": "text/html; charset=utf-8", "X-Two": "b"}),
        "/missing": Page(body=b"nope", status=404),
        "/busy": Page(body=b"later", status=503, headers={"Retry-After": "30"}),
        "/not-modified": Page(status=304, headers={"ETag": '"abc"'}),
        "/gzip": Page(body=gzip.compress(b"<p>small</p>" * 100), headers={"Content-Encoding": "gzip"}),
        "/deflate": Page(body=zlib.compress(b"deflated body"), headers={"Content-Encoding": "deflate"}),
        "/raw-deflate": Page(body=_raw_deflate(b"raw deflate body"), headers={"Content-Encoding": "deflate"}),
        "/corrupt-gzip": Page(body=b"\x1f\x8b\x08\x00garbage-garbage", headers={"Content-Encoding": "gzip"}),
        "/bomb": Page(body=_bomb(200), headers={"Content-Encoding": "gzip", "Content-Type": "text/html"}),
        "/big": Page(body=b"a" * (MAX_BYTES + 1)),
        "/trickle": _trickle_body,
        "/trickle-headers": _trickle_headers,
        "/ok-after-redirects": _redirect_to("/r/1"),
        "/r/1": _redirect_to("/r/2", 301),
        "/r/2": _redirect_to("/page", 307),
    }
    for i in range(10):
        routes[f"/loop/{i}"] = _redirect_to(f"/loop/{i + 1}")
    with serve(routes) as srv:
        yield srv


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(
        user_agent="newsflow-test/1", timeout_s=5.0, max_bytes=MAX_BYTES, max_redirects=3, allow_private=LOOPBACK
    ) as f:
        yield f


def test_fetch_returns_body_headers_and_sends_user_agent(server: LocalServer, fetcher: Fetcher) -> None:
    result = fetcher.fetch(server.url("/page"), headers={"Accept": "text/html"})
    assert result.status == 200
    assert result.body == "<p>héllo</p>".encode()
    assert result.url == result.final_url == server.url("/page")
    assert result.headers["content-type"] == "text/html; charset=utf-8"
    assert result.headers["x-two"] == "b"
    assert all(k == k.lower() for k in result.headers)
    assert result.elapsed_s >= 0
    path, sent = server.requests[-1]
    assert path == "/page"
    assert sent["user-agent"] == "newsflow-test/1"
    assert sent["accept"] == "text/html"


def test_404_is_permanent_http_status_error(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/missing"))
    assert info.value.kind == "http_status"
    assert info.value.status == 404
    assert isinstance(info.value, PermanentError)
    assert isinstance(info.value, PermanentFetchError)
    assert not info.value.retryable


def test_503_is_retryable_http_status_error(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(RetryableFetchError) as info:
        fetcher.fetch(server.url("/busy"))
    assert info.value.kind == "http_status"
    assert info.value.status == 503
    assert isinstance(info.value, RetryableError)
    assert info.value.retryable


def test_304_returns_result_with_empty_body(server: LocalServer, fetcher: Fetcher) -> None:
    result = fetcher.fetch(server.url("/not-modified"), headers={"If-None-Match": '"abc"'})
    assert result.status == 304
    assert result.body == b""
    assert result.headers["etag"] == '"abc"'


def test_follows_redirects_within_limit(server: LocalServer, fetcher: Fetcher) -> None:
    result = fetcher.fetch(server.url("/ok-after-redirects"))
    assert result.status == 200
    assert result.url == server.url("/ok-after-redirects")
    assert result.final_url == server.url("/page")


def test_redirect_chain_over_limit_fails(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/loop/0"))
    assert info.value.kind == "too_many_redirects"
    hops = [p for p, _ in server.requests if p.startswith("/loop/")]
    assert len(hops) <= 4  # the original request plus max_redirects follows


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/gzip", b"<p>small</p>" * 100), ("/deflate", b"deflated body"), ("/raw-deflate", b"raw deflate body")],
)
def test_decompresses_gzip_and_deflate(server: LocalServer, fetcher: Fetcher, path: str, expected: bytes) -> None:
    assert fetcher.fetch(server.url(path)).body == expected


def test_corrupt_gzip_is_bad_content(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/corrupt-gzip"))
    assert info.value.kind == "bad_content"


def test_gzip_bomb_stops_at_max_bytes_with_bounded_memory(server: LocalServer, fetcher: Fetcher) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.kind == "too_large"
    assert not info.value.retryable
    # 200 MB inflated would be far above this; the cap is 5 MB plus one chunk of slack.
    assert peak < 4 * MAX_BYTES


def test_plain_body_over_max_bytes_is_too_large(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/big"))
    assert info.value.kind == "too_large"


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_trickling_server_is_stopped_by_total_deadline(server: LocalServer, path: str) -> None:
    with Fetcher(user_agent="t", timeout_s=1.5, max_bytes=MAX_BYTES, max_redirects=3, allow_private=LOOPBACK) as slow:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            slow.fetch(server.url(path))
        took = time.monotonic() - started
    assert info.value.kind == "timeout"
    assert info.value.retryable
    assert 1.0 < took < 3.0


def test_connection_refused_is_retryable_network_error() -> None:
    with serve({}) as srv:
        dead_url = srv.url("/x")
    with (
        Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=1, allow_private=LOOPBACK) as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(dead_url)
    assert info.value.kind == "network"
    assert info.value.retryable


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/" + "a" * 100_000,
        "http://" + "a" * 100_000 + ".example/",
        "ftp://127.0.0.1/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "not a url",
        "http://",
        "",
    ],
)
def test_invalid_urls_are_permanent_invalid_url_errors(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.kind == "invalid_url"
    assert isinstance(info.value, PermanentError)


def test_redirect_to_non_http_scheme_is_refused() -> None:
    with (
        serve({"/to-file": _redirect_to("file:///etc/passwd")}) as srv,
        Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=3, allow_private=LOOPBACK) as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(srv.url("/to-file"))
    assert info.value.kind == "invalid_url"


def test_mock_transport_seam() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=httpx.ByteStream(b"mocked")))
    with Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=1, transport=transport) as f:
        assert f.fetch("https://news.example/a").body == b"mocked"


# --- retries, Retry-After, politeness ---------------------------------------------------------------------------


class Flaky:
    """A route that answers ``failures`` times with ``status`` (and ``headers``), then 200."""

    def __init__(self, failures: int, status: int = 503, headers: dict[str, str] | None = None) -> None:
        self.failures = failures
        self.status = status
        self.headers = headers or {}
        self.calls: list[float] = []

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        self.calls.append(time.monotonic())
        failing = len(self.calls) <= self.failures
        body = b"busy" if failing else b"<p>finally</p>"
        handler.send_response(self.status if failing else 200)
        for key, value in (self.headers if failing else {"Content-Type": "text/html"}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


@contextmanager
def mounted(server: LocalServer, routes: Mapping[str, Route]) -> Iterator[LocalServer]:
    """Serve ``routes`` from the module's server for the ``with`` block (cheaper than a server per test)."""
    server.routes.update(routes)
    try:
        yield server
    finally:
        for path in routes:
            server.routes.pop(path, None)


def _fetcher(**kwargs: Any) -> Fetcher:
    options: dict[str, Any] = {"timeout_s": 5.0, "max_bytes": MAX_BYTES, "max_redirects": 3, "allow_private": LOOPBACK}
    options.update(kwargs)
    return Fetcher(user_agent="t", **options)


def test_503_then_200_is_retried_with_growing_backoff(server: LocalServer) -> None:
    flaky = Flaky(failures=2)
    with mounted(server, {"/flaky": flaky}) as srv, _fetcher(retries=2, backoff_s=0.05) as f:
        result = f.fetch(srv.url("/flaky"))
    assert result.body == b"<p>finally</p>"
    assert len(flaky.calls) == 3
    first, second = flaky.calls[1] - flaky.calls[0], flaky.calls[2] - flaky.calls[1]
    assert first >= 0.05 * 0.5  # jitter keeps at least half of each step
    assert second >= 0.10 * 0.5


def test_retries_run_out(server: LocalServer) -> None:
    flaky = Flaky(failures=5, status=502)
    with (
        mounted(server, {"/flaky": flaky}) as srv,
        _fetcher(retries=1, backoff_s=0.01) as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(srv.url("/flaky"))
    assert info.value.status == 502
    assert info.value.retryable
    assert len(flaky.calls) == 2


def test_no_retry_by_default_nor_for_permanent_statuses(server: LocalServer) -> None:
    busy, gone = Flaky(failures=1), Flaky(failures=1, status=404)
    with mounted(server, {"/busy-once": busy, "/gone": gone}) as srv:
        with _fetcher() as f, pytest.raises(FetchError):
            f.fetch(srv.url("/busy-once"))
        with _fetcher(retries=3, backoff_s=0.01) as f, pytest.raises(FetchError):
            f.fetch(srv.url("/gone"))
    assert len(busy.calls) == 1
    assert len(gone.calls) == 1


def test_backoff_never_outlives_the_deadline(server: LocalServer) -> None:
    flaky = Flaky(failures=5)
    with mounted(server, {"/flaky": flaky}) as srv, _fetcher(timeout_s=1.0, retries=5, backoff_s=0.4) as f:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            f.fetch(srv.url("/flaky"))
        took = time.monotonic() - started
    assert info.value.status == 503
    assert took < 1.2
    assert 2 <= len(flaky.calls) <= 3


def test_network_errors_are_retried() -> None:
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(str(request.url))
        if len(attempts) < 3:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, stream=httpx.ByteStream(b"up again"))

    transport = httpx.MockTransport(handler)
    with Fetcher(
        user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=1, transport=transport, retries=2, backoff_s=0.01
    ) as f:
        assert f.fetch("https://news.example/a").body == b"up again"
    assert len(attempts) == 3


def test_retry_after_seconds_beyond_the_deadline_is_reported_not_waited(server: LocalServer) -> None:
    with _fetcher(retries=3) as f:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            f.fetch(server.url("/busy"))
        took = time.monotonic() - started
    assert info.value.retry_after_s == 30.0
    assert took < 1.0
    assert [p for p, _ in server.requests].count("/busy") >= 1


def test_retry_after_http_date_is_parsed(server: LocalServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=120)
    page = Page(body=b"slow down", status=429, headers={"Retry-After": format_datetime(when, usegmt=True)})
    with mounted(server, {"/limited": page}) as srv, _fetcher() as f, pytest.raises(FetchError) as info:
        f.fetch(srv.url("/limited"))
    assert info.value.status == 429
    assert info.value.retryable
    assert info.value.retry_after_s is not None
    assert 110 <= info.value.retry_after_s <= 121


def test_retry_after_within_the_deadline_is_honoured(server: LocalServer) -> None:
    flaky = Flaky(failures=1, status=429, headers={"Retry-After": "0"})
    with mounted(server, {"/limited": flaky}) as srv, _fetcher(retries=1, backoff_s=10) as f:
        assert f.fetch(srv.url("/limited")).status == 200
    assert len(flaky.calls) == 2


def test_429_with_retry_after_slows_the_whole_host(server: LocalServer) -> None:
    gate = HostGate(max_concurrency=2, min_delay_s=0.0)
    page = Page(body=b"", status=429, headers={"Retry-After": "60"})
    with mounted(server, {"/limited": page}) as srv, _fetcher(gate=gate) as f, pytest.raises(FetchError):
        f.fetch(srv.url("/limited"))
    assert gate.next_start_in("127.0.0.1") > 55


def test_each_attempt_takes_a_host_slot(server: LocalServer) -> None:
    gate = HostGate(max_concurrency=1, min_delay_s=0.2)
    with mounted(server, {"/a": Page(body=b"a")}) as srv, _fetcher(gate=gate) as f:
        started = time.monotonic()
        f.fetch(srv.url("/a"))
        f.fetch(srv.url("/a"))
        f.fetch(srv.url("/a"))
    assert time.monotonic() - started >= 0.4


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 60.0),
        ("Wed, 21 Oct 2015 07:26:00 GMT", 0.0),  # in the past
        ("", None),
        ("-5", None),
        ("soon", None),
        ("1.5", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    now = datetime(2015, 10, 21, 7, 27, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected


# --- html_only, URL length, redirects ---------------------------------------------------------------------------


def _slow_after(content_type: str | None, head: bytes) -> Route:
    """Headers and ``head`` at once, then a long stall: only a fetcher that stops early returns quickly."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        if content_type is not None:
            h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(head) + 1_000_000))
        h.end_headers()
        h.wfile.write(head)
        h.wfile.flush()
        time.sleep(3)

    return handler


@pytest.mark.parametrize(
    ("content_type", "head"),
    [
        ("application/pdf", b"%PDF-1.7\n" + b"x" * 2000),
        ("text/html; charset=utf-8", b"%PDF-1.7\n" + b"x" * 2000),
        ("text/html", b"<html>" + b"\0" * 10 + b"x" * 2000),
        (None, b"%PDF-1.4 " + b"y" * 2000),
        (None, b"just some words, not markup " * 100),
        ("text/html", random.Random(7).randbytes(4000).replace(b"\0", b"\1")),  # binary without a NUL byte
    ],
)
def test_html_only_refuses_non_html_without_reading_the_body(
    server: LocalServer, content_type: str | None, head: bytes
) -> None:
    with mounted(server, {"/doc": _slow_after(content_type, head)}) as srv, _fetcher() as f:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            f.fetch(srv.url("/doc"), html_only=True)
        took = time.monotonic() - started
    assert info.value.kind == "bad_content"
    assert not info.value.retryable
    assert took < 1.5


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"Content-Type": "text/html; charset=utf-8"}, b"<p>page</p>"),
        ({"Content-Type": "application/xhtml+xml"}, b'<?xml version="1.0"?><html xmlns="x"></html>'),
        ({"Content-Type": "TEXT/HTML"}, b"<p>shouting</p>"),
        ({}, b"\n  <!DOCTYPE html><html><body>no type</body></html>"),
        ({}, b"\xef\xbb\xbf<html lang=en>bom</html>"),
        ({"Content-Type": "text/html"}, b"<html><p>a stray \x0b and \x1b in a page</p>" + b"<p>text</p>" * 100),
    ],
)
def test_html_only_accepts_html(server: LocalServer, headers: dict[str, str], body: bytes) -> None:
    with mounted(server, {"/p": Page(body=body, headers=headers)}) as srv, _fetcher() as f:
        assert f.fetch(srv.url("/p"), html_only=True).body == body


def test_html_only_sniffs_a_gzipped_body_after_decompression(server: LocalServer) -> None:
    page = Page(body=gzip.compress(b"%PDF-1.5" + b"z" * 5000), headers={"Content-Encoding": "gzip"})
    with mounted(server, {"/z": page}) as srv, _fetcher() as f, pytest.raises(FetchError) as info:
        f.fetch(srv.url("/z"), html_only=True)
    assert info.value.kind == "bad_content"


def test_without_html_only_any_type_is_returned(server: LocalServer) -> None:
    page = Page(body=b"%PDF-1.7 binary", headers={"Content-Type": "application/pdf"})
    with mounted(server, {"/doc": page}) as srv, _fetcher() as f:
        assert f.fetch(srv.url("/doc")).body == b"%PDF-1.7 binary"


def test_url_longer_than_the_cap_is_refused_before_any_io(server: LocalServer) -> None:
    before = len(server.requests)
    with _fetcher(max_url_length=100) as f:
        url = server.url("/page?q=") + "a" * 100
        with pytest.raises(FetchError) as info:
            f.fetch(url)
        assert f.fetch(server.url("/page")).status == 200  # short URLs still pass
    assert info.value.kind == "invalid_url"
    assert not info.value.retryable
    assert len(server.requests) == before + 1


@pytest.mark.parametrize(
    "location", ["/page?q=" + "a" * 100_000, "/page?q=" + "a" * 5000, "http://[oops/", "http://x.example:99999/"]
)
def test_redirect_to_an_overlong_or_unparsable_location_is_a_permanent_invalid_url(
    server: LocalServer, location: str
) -> None:
    # httpx reads a Location it cannot parse as a protocol error (which would be retried as a network failure),
    # and urllib raises ValueError on "http://[oops/": both must end as invalid_url, and nothing is fetched
    with mounted(server, {"/moved": _redirect_to(location)}) as srv, _fetcher() as f:
        before = len(srv.requests)
        with pytest.raises(FetchError) as info:
            f.fetch(srv.url("/moved"), html_only=True)
        assert len(srv.requests) == before + 1
    assert info.value.kind == "invalid_url"
    assert not info.value.retryable
    assert info.value.url == srv.url("/moved")


def test_port_out_of_range_is_invalid_url(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch("http://127.0.0.1:99999/page")
    assert (info.value.kind, str(info.value)) == ("invalid_url", "invalid_url: port 99999 is out of range")


def test_redirect_to_itself_is_too_many_redirects(server: LocalServer) -> None:
    with (
        mounted(server, {"/self": _redirect_to("/self", 301)}) as srv,
        _fetcher() as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(srv.url("/self"))
    assert info.value.kind == "too_many_redirects"
    assert [p for p, _ in srv.requests].count("/self") == 4


@pytest.mark.parametrize(
    ("chain", "permanent"),
    [((301, 301), True), ((308,), True), ((301, 308), True), ((301, 302), False), ((307,), False), ((), False)],
)
def test_permanent_redirect_only_when_every_hop_is_permanent(
    server: LocalServer, chain: tuple[int, ...], permanent: bool
) -> None:
    routes: dict[str, Route] = {"/final": Page(body=b"<p>here</p>")}
    for i, status in enumerate(chain):
        routes[f"/hop{i}"] = _redirect_to(f"/hop{i + 1}" if i + 1 < len(chain) else "/final", status)
    start = "/hop0" if chain else "/final"
    with mounted(server, routes) as srv, _fetcher() as f:
        result = f.fetch(srv.url(start))
    assert result.final_url == srv.url("/final")
    assert result.permanent_redirect == (srv.url("/final") if permanent else None)


def test_robots_sized_cap_per_call(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/gzip"), max_bytes=100)
    assert info.value.kind == "too_large"
    assert len(fetcher.fetch(server.url("/gzip")).body) == 1200


# --- from_settings -----------------------------------------------------------------------------------------------


def test_from_settings_installs_the_guard_even_with_no_allow_list(server: LocalServer) -> None:
    settings = Settings(_env_file=None, http_allow_private="", http_resolve="")
    with Fetcher.from_settings(settings) as f, pytest.raises(FetchError) as info:
        f.fetch(server.url("/page"))
    assert info.value.kind == "blocked"


def test_from_settings_uses_every_http_setting(server: LocalServer) -> None:
    settings = Settings(
        _env_file=None,
        user_agent="newsflow-settings/2",
        http_timeout_s=4.0,
        http_connect_timeout_s=1.5,
        http_max_bytes=4096,
        http_max_redirects=1,
        http_retries=3,
        http_max_url_length=200,
        http_allow_private="127.0.0.1/32",
        http_resolve="feeds.test.example=127.0.0.1",
    )
    gate = HostGate(2, 0.0)
    with Fetcher.from_settings(settings, gate=gate) as f:
        assert (f.user_agent, f.timeout_s, f.connect_timeout_s) == ("newsflow-settings/2", 4.0, 1.5)
        assert (f.max_bytes, f.max_redirects, f.retries, f.max_url_length) == (4096, 1, 3, 200)
        assert f.gate is gate
        result = f.fetch(f"http://feeds.test.example:{server.port}/page")
    assert result.body == "<p>héllo</p>".encode()
    assert server.requests[-1][1]["user-agent"] == "newsflow-settings/2"


def test_a_bad_allow_list_is_refused_before_any_fetcher_exists() -> None:
    with pytest.raises(ValueError, match="CIDR"):  # pydantic's ValidationError is a ValueError
        Settings(_env_file=None, http_allow_private="127.0.0.1/99")


# --- decode_html ----------------------------------------------------------------------------------------------

TEXT = "Café – “quoted” €5 naïve"


def test_meta_charset_lie_single_byte_declared_but_utf8_bytes() -> None:
    body = f'<html><head><meta charset="iso-8859-15"></head><body><p>{TEXT}</p></body></html>'.encode()
    assert TEXT in decode_html(body, {"content-type": "text/html"})


def test_header_charset_lie_single_byte_declared_but_utf8_bytes() -> None:
    body = f"<p>{TEXT}</p>".encode()
    assert TEXT in decode_html(body, {"Content-Type": "text/html; charset=ISO-8859-1"})


def test_utf8_declared_but_bytes_are_windows_1252() -> None:
    body = f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("cp1252")
    assert TEXT in decode_html(body, {"content-type": "text/html; charset=utf-8"})


def test_honest_single_byte_charset_is_used() -> None:
    text = "Grüße aus Köln, €5 œuvre"
    body = f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>{text}</p>'.encode(
        "iso-8859-15"
    )
    assert text in decode_html(body, {})


def test_multibyte_declared_charset_is_respected() -> None:
    text = "日本語のニュース"
    body = f'<meta charset="shift_jis"><p>{text}</p>'.encode("shift_jis")
    assert text in decode_html(body, {})


def test_bom_wins_over_declarations() -> None:
    body = b"\xef\xbb\xbf" + f"<p>{TEXT}</p>".encode()
    assert decode_html(body, {"content-type": "text/html; charset=iso-8859-2"}) == f"<p>{TEXT}</p>"


@pytest.mark.parametrize(
    "headers", [{"content-type": "text/html; charset=no-such-charset"}, {"content-type": "text/html; charset=base64"}]
)
def test_decode_html_never_raises_on_unknown_charsets(headers: dict[str, str]) -> None:
    assert decode_html(b"\xff\xfe\x00abc\x81", headers)
