"""Fetcher against a real HTTP server on 127.0.0.1, and decode_html on lying charsets."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from ingest.errors import FetchError, PermanentFetchError, RetryableFetchError
from ingest.fetch import Fetcher, decode_html
from newsflow.errors import PermanentError, RetryableError
from tests.httpserver import LocalServer, Page, Route, serve

MAX_BYTES = 5 * 1024 * 1024


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
    with Fetcher(user_agent="newsflow-test/1", timeout_s=5.0, max_bytes=MAX_BYTES, max_redirects=3) as f:
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
    with Fetcher(user_agent="t", timeout_s=1.5, max_bytes=MAX_BYTES, max_redirects=3) as slow:
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
    with Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=1) as f, pytest.raises(FetchError) as info:
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
        Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=3) as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(srv.url("/to-file"))
    assert info.value.kind == "invalid_url"


def test_mock_transport_seam() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=httpx.ByteStream(b"mocked")))
    with Fetcher(user_agent="t", timeout_s=2, max_bytes=1000, max_redirects=1, transport=transport) as f:
        assert f.fetch("https://news.example/a").body == b"mocked"


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
