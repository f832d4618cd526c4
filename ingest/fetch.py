"""Fetching pages and feeds from hostile servers with hard limits.

:class:`Fetcher` wraps one ``httpx.Client`` and enforces what httpx alone does not (see the design's
http-notes): a *total* deadline per fetch (httpx's read timeout is per read, so a trickling server never trips it),
a cap on *decompressed* bytes (we read ``iter_raw()`` and inflate with a bounded ``zlib`` decompressor, so a gzip
bomb stops at ``max_bytes``), our own redirect limit, and every httpx failure (``InvalidURL`` included, which is
not an ``HTTPError``) turned into a :class:`~ingest.errors.FetchError` with a kind.

:func:`decode_html` turns page bytes into text, choosing the encoding from the HTTP header, the ``<meta>`` tag and
the bytes themselves, because either declaration may lie.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self
from urllib.parse import urljoin

import httpx

from ingest.errors import FetchError, FetchKind, fetch_error

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchResult:
    """One fetched resource. ``body`` is already decompressed; ``headers`` are as received, keys lower-case."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed_s: float


class _Deadline:
    """Shuts the request's socket down when the total deadline passes.

    A blocking ``recv`` in httpcore cannot be interrupted from the caller's thread; ``shutdown`` from a timer
    thread wakes it at once, and the read error that follows is reported as a timeout.
    """

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.fired = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def expired(self) -> bool:
        return self.fired or self.remaining() <= 0

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore trace hook: remember each socket the request opens."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                fired = self.fired
            if fired:
                self._shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed: nothing left to wake
            sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


class _Inflater:
    """Decodes a Content-Encoding incrementally, never producing more than ``limit`` bytes in total."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        self._limit = limit
        self._url = url
        self._total = 0
        self._first = True
        self._encoding = encoding
        self._d: Any = None
        if encoding in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._d = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise fetch_error("bad_content", f"unsupported Content-Encoding {encoding!r}", url=url)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._d is None:
            yield self._count(data)
            return
        if self._first and self._encoding == "deflate":
            # "deflate" is zlib-wrapped per RFC, but some servers send a raw deflate stream.
            self._first = False
            if data and (data[0] & 0x0F) != 8:
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
        self._first = False
        while data:
            try:
                out = self._d.decompress(data, self._limit - self._total + 1)
            except zlib.error as exc:
                raise fetch_error("bad_content", f"corrupt {self._encoding} stream: {exc}", url=self._url) from exc
            yield self._count(out)
            data = self._d.unconsumed_tail
            if self._d.eof:
                break

    def finish(self) -> Iterator[bytes]:
        if self._d is not None:
            try:
                rest = self._d.flush()
            except zlib.error as exc:
                raise fetch_error("bad_content", f"corrupt {self._encoding} stream: {exc}", url=self._url) from exc
            if rest:
                yield self._count(rest)

    def _count(self, out: bytes) -> bytes:
        self._total += len(out)
        if self._total > self._limit:
            raise fetch_error("too_large", f"body exceeds {self._limit} bytes", url=self._url)
        return out


def _check_url(url: str, original: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise fetch_error("invalid_url", f"cannot parse URL: {type(exc).__name__}", url=original) from exc
    if parsed.scheme not in ("http", "https"):
        raise fetch_error("invalid_url", f"scheme {parsed.scheme!r} is not http or https", url=original)
    if not parsed.host:
        raise fetch_error("invalid_url", "URL has no host", url=original)
    return parsed


class Fetcher:
    """Fetches one URL at a time with a total deadline, a byte cap and a redirect limit.

    Keep-alive is off on purpose: the deadline watchdog needs to see each request's socket being opened.
    ``transport`` is a test seam (e.g. ``httpx.MockTransport``).
    """

    def __init__(
        self,
        user_agent: str,
        timeout_s: float,
        max_bytes: int,
        max_redirects: int,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=timeout_s,
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
            trust_env=False,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the underlying client and its connections."""
        self._client.close()

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url``, following at most ``max_redirects`` redirects, within ``timeout_s`` in total.

        Returns a result for 2xx (body decompressed) and 304 (empty body). Raises
        :class:`~ingest.errors.FetchError` for everything else, with ``kind`` saying why.
        """
        started = time.monotonic()
        deadline = _Deadline(self.timeout_s)
        try:
            return self._fetch(url, dict(headers or {}), deadline, started)
        finally:
            deadline.cancel()

    def _fetch(self, url: str, headers: dict[str, str], deadline: _Deadline, started: float) -> FetchResult:
        current = url
        redirects = 0
        while True:
            target = _check_url(current, url)
            remaining = deadline.remaining()
            if remaining <= 0:
                raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed", url=url)
            try:
                request = self._client.build_request(
                    "GET",
                    target,
                    headers=headers,
                    timeout=httpx.Timeout(remaining),
                    extensions={"trace": deadline.trace},
                )
                response = self._client.send(request, stream=True)
            except httpx.InvalidURL as exc:
                raise fetch_error("invalid_url", str(exc)[:200], url=url) from exc
            except httpx.UnsupportedProtocol as exc:
                raise fetch_error("invalid_url", str(exc)[:200], url=url) from exc
            except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
                raise self._transport_error(exc, deadline, url) from exc
            try:
                status = response.status_code
                if status in _REDIRECT_STATUSES and "location" in response.headers:
                    redirects += 1
                    if redirects > self.max_redirects:
                        raise fetch_error(
                            "too_many_redirects", f"more than {self.max_redirects} redirects", url=url, status=status
                        )
                    current = urljoin(str(response.url), response.headers["location"])
                    continue
                result_headers = _lower_headers(response.headers)
                if status == 304:
                    body = b""
                elif 200 <= status < 300:
                    body = self._read_body(response, deadline, url)
                else:
                    raise fetch_error("http_status", f"HTTP {status}", url=url, status=status)
                return FetchResult(
                    url=url,
                    final_url=str(response.url),
                    status=status,
                    headers=result_headers,
                    body=body,
                    elapsed_s=time.monotonic() - started,
                )
            except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
                raise self._transport_error(exc, deadline, url) from exc
            finally:
                response.close()

    def _read_body(self, response: httpx.Response, deadline: _Deadline, url: str) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise fetch_error("too_large", f"Content-Length {declared} exceeds {self.max_bytes}", url=url)
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
        encodings = [e for e in encodings if e != "identity"]
        if len(encodings) > 1:
            raise fetch_error("bad_content", f"stacked Content-Encoding {encodings!r}", url=url)
        inflater = _Inflater(encodings[0] if encodings else "", self.max_bytes, url)
        parts: list[bytes] = []
        raw_total = 0
        for chunk in response.iter_raw(_CHUNK):
            if deadline.expired():
                raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed while reading", url=url)
            raw_total += len(chunk)
            if raw_total > self.max_bytes:
                raise fetch_error("too_large", f"body exceeds {self.max_bytes} bytes", url=url)
            parts.extend(inflater.feed(chunk))
        parts.extend(inflater.finish())
        if deadline.expired():
            # The watchdog may have cut the stream short: a truncated body must not pass as complete.
            raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed while reading", url=url)
        return b"".join(parts)

    def _transport_error(self, exc: BaseException, deadline: _Deadline, url: str) -> FetchError:
        timed_out = deadline.expired() or isinstance(exc, httpx.TimeoutException)
        kind: FetchKind = "timeout" if timed_out else "network"
        return fetch_error(kind, f"{type(exc).__name__}: {str(exc)[:200]}", url=url)


def _lower_headers(headers: httpx.Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in headers.multi_items():
        k = key.lower()
        out[k] = f"{out[k]}, {value}" if k in out else value
    return out


# --- encoding -------------------------------------------------------------------------------------------------

_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
_MULTIBYTE = frozenset(
    {
        "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
        "shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213",
        "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab",
    }
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if unknown. Latin-1 labels mean windows-1252 on the web."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
        b"a".decode(name)  # rejects bytes-to-bytes codecs such as base64 and the "undefined" codec
    except (LookupError, UnicodeError, ValueError):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _header_charset(headers: Mapping[str, str]) -> str | None:
    for key, value in headers.items():
        if key.lower() == "content-type":
            match = _HEADER_CHARSET_RE.search(value)
            return _codec(match.group(1)) if match else None
    return None


def _meta_charset(body: bytes) -> str | None:
    for tag in _META_RE.finditer(body[:4096]):
        match = _CHARSET_RE.search(tag.group(0))
        if match:
            return _codec(match.group(1).decode("ascii", "replace"))
    return None


def _decodes(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeError, LookupError):
        return None


def decode_html(body: bytes, headers: Mapping[str, str]) -> str:
    """Decode page bytes to text. Never raises.

    Order: a byte-order mark wins; otherwise, bytes that are valid UTF-8 (with non-ASCII content) are UTF-8 even
    when a single-byte charset is declared (the common lie); otherwise the HTTP header charset, then the
    ``<meta>`` charset, each only if it decodes the bytes cleanly; then UTF-8; last, a declared multi-byte
    charset or windows-1252, with replacement characters.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace")
    declared = [c for c in (_header_charset(headers), _meta_charset(body)) if c]
    utf8 = _decodes(body, "utf-8")
    if utf8 is not None and (not body.isascii()) and all(c not in _MULTIBYTE for c in declared):
        return utf8
    for codec in declared:
        text = _decodes(body, codec)
        if text is not None:
            return text
    if utf8 is not None:
        return utf8
    # Nothing decodes cleanly. A declared East Asian charset with a few broken bytes is still best read as
    # itself; otherwise windows-1252 is the usual truth behind a wrong "utf-8" label.
    fallback = next((c for c in declared if c in _MULTIBYTE and not c.startswith("utf")), "cp1252")
    try:
        return body.decode(fallback, errors="replace")
    except (LookupError, UnicodeError):
        return body.decode("cp1252", errors="replace")
