"""Limits that hold while a response streams in: a total deadline, and a decompressed-size cap.

httpx's read timeout is per read, so a server trickling one byte a second never trips it; the deadline shuts the
socket down from a timer thread. A gzip or deflate body is decompressed here, in bounded steps, so a bomb stops at
the cap instead of filling memory.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

from ingest.errors import fetch_error


class Deadline:
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

    @property
    def end(self) -> float:
        """The deadline as a ``time.monotonic()`` value."""
        return self._end

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


class BoundedInflater:
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
