"""Fetching pages and feeds from hostile servers with hard limits.

:class:`Fetcher` wraps one ``httpx.Client`` and enforces what httpx alone does not (see the design's
http-notes): a *total* deadline per fetch (httpx's read timeout is per read, so a trickling server never trips it),
a cap on *decompressed* bytes (we read ``iter_raw()`` and inflate with a bounded ``zlib`` decompressor, so a gzip
bomb stops at ``max_bytes``), our own redirect limit, and every httpx failure (``InvalidURL`` included, which is
not an ``HTTPError``) turned into a :class:`~ingest.errors.FetchError` with a kind. On top of that: retries with
jittered backoff inside the deadline, Retry-After read into the error (and fed to the per-host
:class:`~ingest.politeness.HostGate`), a URL length cap, an HTML-only mode that refuses other content from the
headers and the first kilobyte, and the connect-time SSRF guard of :mod:`ingest.netguard`.

:func:`decode_html` turns page bytes into text, choosing the encoding from the HTTP header, the ``<meta>`` tag and
the bytes themselves, because either declaration may lie.
"""

from __future__ import annotations

import contextlib
import functools
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import TYPE_CHECKING, Self
from urllib.parse import urljoin

import httpx

from ingest.errors import FetchError, FetchKind, fetch_error
from ingest.netguard import GuardedBackend, GuardedTransport, IPNetwork, parse_cidrs, parse_resolve
from ingest.politeness import HostGate
from ingest.streamlimits import BoundedInflater, Deadline

if TYPE_CHECKING:
    from newsflow.settings import Settings

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchResult:
    """One fetched resource. ``body`` is already decompressed; ``headers`` are as received, keys lower-case.

    ``permanent_redirect`` is ``final_url`` when the request was redirected and every hop was permanent (301/308),
    so the caller may replace the stored URL; otherwise None.
    """

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed_s: float
    permanent_redirect: str | None = None


def _check_url(url: str, original: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise fetch_error("invalid_url", f"cannot parse URL: {type(exc).__name__}", url=original) from exc
    if parsed.scheme not in ("http", "https"):
        raise fetch_error("invalid_url", f"scheme {parsed.scheme!r} is not http or https", url=original)
    if not parsed.host:
        raise fetch_error("invalid_url", "URL has no host", url=original)
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise fetch_error("invalid_url", f"port {parsed.port} is out of range", url=original)
    return parsed


_RETRY_AFTER_STATUSES = frozenset({429, 503})
_PERMANENT_REDIRECTS = frozenset({301, 308})
_MAX_SLOW_DOWN_S = 3600.0  # a hostile Retry-After must not freeze a host for days
_SNIFF_BYTES = 1024
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class _Options:
    """Per-call choices of :meth:`Fetcher.fetch`."""

    html_only: bool
    max_bytes: int


@dataclass(frozen=True)
class _Hop:
    """The outcome of one HTTP exchange: a redirect (``location`` set) or a final response."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""
    location: str | None = None


class Fetcher:
    """Fetches one URL at a time with a total deadline, a byte cap, a redirect limit, retries and an SSRF guard.

    Keep-alive is off on purpose: the deadline watchdog needs to see each request's socket being opened.
    ``transport`` is a test seam (e.g. ``httpx.MockTransport``); when it is given the SSRF guard is not installed.

    ``allow_private=None`` (the default) with no ``resolve`` installs no SSRF guard, for callers built before the
    guard existed; any list (even empty) or a ``resolve`` map installs it, and :meth:`from_settings`, the
    production path, always does. ``gate`` makes every attempt hold a per-host slot.
    """

    def __init__(
        self,
        user_agent: str,
        timeout_s: float,
        max_bytes: int,
        max_redirects: int,
        *,
        transport: httpx.BaseTransport | None = None,
        connect_timeout_s: float | None = None,
        retries: int = 0,
        max_url_length: int = 4096,
        allow_private: Sequence[IPNetwork] | None = None,
        resolve: Mapping[str, str] | None = None,
        gate: HostGate | None = None,
        backoff_s: float = 0.5,
    ) -> None:
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.connect_timeout_s = connect_timeout_s
        self.retries = retries
        self.max_url_length = max_url_length
        self.gate = gate
        self.backoff_s = backoff_s
        limits = httpx.Limits(max_keepalive_connections=0)
        self.guard: GuardedBackend | None = None
        if transport is None and (allow_private is not None or resolve):
            self.guard = GuardedBackend(allow_private or (), resolve)
            transport = GuardedTransport(self.guard, limits=limits)
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=timeout_s,
            limits=limits,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
            trust_env=False,
            event_hooks={"response": [self._check_location]},
        )

    @classmethod
    def from_settings(cls, settings: Settings, gate: HostGate | None = None) -> Fetcher:
        """The production fetcher: every limit from ``settings``, and always the SSRF guard.

        ``NEWSFLOW_HTTP_ALLOW_PRIVATE`` and ``NEWSFLOW_HTTP_RESOLVE`` are parsed here; a bad value raises ValueError.
        """
        return cls(
            user_agent=settings.user_agent,
            timeout_s=settings.http_timeout_s,
            max_bytes=settings.http_max_bytes,
            max_redirects=settings.http_max_redirects,
            connect_timeout_s=settings.http_connect_timeout_s,
            retries=settings.http_retries,
            max_url_length=settings.http_max_url_length,
            allow_private=parse_cidrs(settings.http_allow_private),
            resolve=parse_resolve(settings.http_resolve),
            gate=gate,
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

    def fetch(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        *,
        html_only: bool = False,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url``, following at most ``max_redirects`` redirects, within ``timeout_s`` in total.

        Returns a result for 2xx (body decompressed) and 304 (empty body). Raises
        :class:`~ingest.errors.FetchError` for everything else, with ``kind`` saying why. Network errors, 5xx, 408
        and 429 are retried up to ``retries`` times with jittered exponential backoff (or the server's
        Retry-After), but only while the total deadline leaves room. With ``html_only`` a 2xx that is not HTML
        raises ``bad_content`` after at most the first kilobyte of its body. ``max_bytes`` lowers the body cap for
        this call (e.g. for robots.txt).
        """
        started = time.monotonic()
        if len(url) > self.max_url_length:
            raise fetch_error("invalid_url", f"URL longer than {self.max_url_length} characters", url=url[:200])
        deadline = Deadline(self.timeout_s)
        try:
            limit = self.max_bytes if max_bytes is None else min(max_bytes, self.max_bytes)
            return self._fetch(url, dict(headers or {}), deadline, started, _Options(html_only, limit))
        finally:
            deadline.cancel()

    def _fetch(
        self, url: str, headers: dict[str, str], deadline: Deadline, started: float, opts: _Options
    ) -> FetchResult:
        current = url
        redirects = 0
        all_permanent = True
        while True:
            target = _check_url(current, url)
            hop = self._with_retries(target, url, headers, deadline, opts)
            if hop.location is None:
                return FetchResult(
                    url=url,
                    final_url=hop.url,
                    status=hop.status,
                    headers=hop.headers,
                    body=hop.body,
                    elapsed_s=time.monotonic() - started,
                    permanent_redirect=hop.url if redirects and all_permanent else None,
                )
            redirects += 1
            all_permanent = all_permanent and hop.status in _PERMANENT_REDIRECTS
            if redirects > self.max_redirects:
                raise fetch_error(
                    "too_many_redirects", f"more than {self.max_redirects} redirects", url=url, status=hop.status
                )
            try:
                current = urljoin(hop.url, hop.location)
            except ValueError as exc:  # "http://[oops/": httpx parses it, urllib does not
                raise fetch_error("invalid_url", f"redirect to an invalid URL: {exc}", url=url) from exc
            if len(current) > self.max_url_length:
                raise fetch_error("invalid_url", f"redirect to a URL longer than {self.max_url_length}", url=url)

    def _check_location(self, response: httpx.Response) -> None:
        """Response hook: a redirect's Location must be a URL we could fetch, or the hop fails ``invalid_url``.

        httpx builds the next request of every redirect even when it does not follow it, and reports a Location it
        cannot parse (a 100 KB one, say) as a RemoteProtocolError, which would read as a passing network failure.
        """
        location = response.headers.get("location")
        if location is None or response.status_code not in _REDIRECT_STATUSES:
            return
        url = str(response.request.url)
        if len(location) > self.max_url_length:
            raise fetch_error("invalid_url", f"redirect to a URL longer than {self.max_url_length}", url=url)
        try:
            httpx.URL(location)
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise fetch_error("invalid_url", f"redirect to an invalid URL: {str(exc)[:200]}", url=url) from exc

    def _with_retries(
        self, target: httpx.URL, url: str, headers: dict[str, str], deadline: Deadline, opts: _Options
    ) -> _Hop:
        attempt = 0
        while True:
            try:
                return self._attempt(target, url, headers, deadline, opts)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.retries or deadline.expired():
                    raise
                if exc.retry_after_s is not None:
                    delay = exc.retry_after_s
                else:
                    # Full exponential growth, jittered so that many pollers do not retry in lockstep.
                    delay = self.backoff_s * (2**attempt) * random.uniform(0.5, 1.0)
                if delay >= deadline.remaining():
                    raise
                time.sleep(delay)
                attempt += 1

    def _attempt(
        self, target: httpx.URL, url: str, headers: dict[str, str], deadline: Deadline, opts: _Options
    ) -> _Hop:
        slot = self.gate.slot(target.host, deadline.end) if self.gate is not None else contextlib.nullcontext()
        with slot:
            remaining = deadline.remaining()
            if remaining <= 0:
                raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed", url=url)
            connect = remaining if self.connect_timeout_s is None else min(self.connect_timeout_s, remaining)
            try:
                request = self._client.build_request(
                    "GET",
                    target,
                    headers=headers,
                    timeout=httpx.Timeout(remaining, connect=connect),
                    extensions={"trace": deadline.trace},
                )
                response = self._client.send(request, stream=True)
            except FetchError as exc:  # the SSRF guard refused the address; say which URL it was
                raise fetch_error(exc.kind, str(exc).removeprefix(f"{exc.kind}: "), url=url) from exc
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise fetch_error("invalid_url", str(exc)[:200], url=url) from exc
            except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
                raise self._transport_error(exc, deadline, url) from exc
            try:
                return self._read_hop(response, url, deadline, opts)
            except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
                raise self._transport_error(exc, deadline, url) from exc
            finally:
                response.close()

    def _read_hop(self, response: httpx.Response, url: str, deadline: Deadline, opts: _Options) -> _Hop:
        status = response.status_code
        hop_url = str(response.url)
        result_headers = _lower_headers(response.headers)
        if status in _REDIRECT_STATUSES and "location" in response.headers:
            return _Hop(hop_url, status, result_headers, location=response.headers["location"])
        if status == 304:
            return _Hop(hop_url, status, result_headers)
        if 200 <= status < 300:
            check = None
            if opts.html_only:
                content_type = result_headers.get("content-type", "")
                _check_html_type(content_type, url)
                check = functools.partial(_check_html_bytes, declared=bool(content_type.strip()), url=url)
            body = self._read_body(response, deadline, url, opts.max_bytes, check)
            return _Hop(hop_url, status, result_headers, body)
        retry_after = None
        if status in _RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get("retry-after", ""))
            if retry_after is not None and self.gate is not None:
                self.gate.slow_down(response.url.host, min(retry_after, _MAX_SLOW_DOWN_S))
        raise fetch_error("http_status", f"HTTP {status}", url=url, status=status, retry_after_s=retry_after)

    def _read_body(
        self,
        response: httpx.Response,
        deadline: Deadline,
        url: str,
        max_bytes: int,
        check: Callable[[bytes], None] | None = None,
    ) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise fetch_error("too_large", f"Content-Length {declared} exceeds {max_bytes}", url=url)
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
        encodings = [e for e in encodings if e != "identity"]
        if len(encodings) > 1:
            raise fetch_error("bad_content", f"stacked Content-Encoding {encodings!r}", url=url)
        inflater = BoundedInflater(encodings[0] if encodings else "", max_bytes, url)
        parts: list[bytes] = []
        size = 0
        raw_total = 0
        # Chunks as they arrive (httpcore reads at most 64 KiB at a time): a fixed chunk size would make httpx
        # buffer, delaying the first-kilobyte sniff and the deadline check until 64 KiB had trickled in.
        for chunk in response.iter_raw():
            if deadline.expired():
                raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed while reading", url=url)
            raw_total += len(chunk)
            if raw_total > max_bytes:
                raise fetch_error("too_large", f"body exceeds {max_bytes} bytes", url=url)
            for out in inflater.feed(chunk):
                parts.append(out)
                size += len(out)
            if check is not None and size >= _SNIFF_BYTES:
                check(b"".join(parts)[:_SNIFF_BYTES])
                check = None
        parts.extend(inflater.finish())
        if deadline.expired():
            # The watchdog may have cut the stream short: a truncated body must not pass as complete.
            raise fetch_error("timeout", f"deadline of {self.timeout_s}s passed while reading", url=url)
        body = b"".join(parts)
        if check is not None:
            check(body[:_SNIFF_BYTES])
        return body

    def _transport_error(self, exc: BaseException, deadline: Deadline, url: str) -> FetchError:
        timed_out = deadline.expired() or isinstance(exc, httpx.TimeoutException)
        kind: FetchKind = "timeout" if timed_out else "network"
        return fetch_error(kind, f"{type(exc).__name__}: {str(exc)[:200]}", url=url)


def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds (``"120"``) or an HTTP-date; None if unreadable.

    A date in the past means 0.
    """
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "-0000"
        when = when.replace(tzinfo=UTC)
    now = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


# The patterns of the WHATWG MIME sniffing standard that mark HTML, plus <meta and <link, which open many pages.
_HTML_OPENINGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<meta",
    b"<link",
)
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"%!PS")
# The "binary data bytes" of the WHATWG MIME sniffing standard: C0 controls that text never holds. A page may carry
# a stray one; random or compressed bytes hold about one in ten, so a share above 2% of the sniffed head is binary.
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_BINARY_SHARE = 0.02


def _check_html_type(content_type: str, url: str) -> None:
    media = content_type.split(";", 1)[0].strip().lower()
    if media and media not in _HTML_TYPES:
        raise fetch_error("bad_content", f"Content-Type {media!r} is not HTML", url=url)


def _check_html_bytes(head: bytes, *, declared: bool, url: str) -> None:
    """Refuse bytes that are plainly not a page; with no declared type, also require an HTML opening."""
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    if head.startswith(_BINARY_MAGIC) or b"\0" in head or controls > _BINARY_SHARE * len(head):
        raise fetch_error("bad_content", "body is binary, not HTML", url=url)
    if declared:
        return
    text = head.lstrip(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x0c").lower()
    if text.startswith(b"<?xml"):
        text = text[text.find(b"?>") + 2 :].lstrip(b" \t\r\n\x0c") if b"?>" in text else b""
    for opening in _HTML_OPENINGS:
        if text.startswith(opening) and text[len(opening) : len(opening) + 1] in (b" ", b">", b"\t", b"\n", b"\r"):
            return
    if text.startswith(b"<!--"):
        return
    raise fetch_error("bad_content", "no Content-Type and the body does not look like HTML", url=url)


def _lower_headers(headers: httpx.Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in headers.multi_items():
        k = key.lower()
        out[k] = f"{out[k]}, {value}" if k in out else value
    return out
