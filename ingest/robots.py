"""robots.txt, fetched through the guarded fetcher, cached per origin, and asked before each article fetch.

The answers to a failed fetch follow Google's documented behaviour: a 4xx (404 included, 429 excepted) means
there are no rules, so everything is allowed; a 5xx, a 429, a network failure or a timeout means the site may be
in trouble, so everything is disallowed for a short while and the file is fetched again after that. Parsing is
Protego's (Scrapy's parser: wildcards, ``$``, longest match, Allow/Disallow precedence).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx
from protego import Protego

from ingest.errors import FetchError
from ingest.fetch import Fetcher

if TYPE_CHECKING:
    from newsflow.settings import Settings

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB; anything larger is not a robots file in practice


@dataclass(frozen=True)
class _Rules:
    """A cached answer for one origin: parsed rules, or a blanket allow/deny."""

    parser: Protego | None
    allow_all: bool
    expires: float


class RobotsPolicy:
    """Answers whether ``user_agent`` may fetch a URL, per the site's robots.txt.

    Thread-safe: concurrent questions about one origin wait for a single fetch of its robots.txt. At most
    ``max_origins`` origins are cached (least recently used are dropped first).
    """

    def __init__(
        self,
        fetcher: Fetcher,
        user_agent: str,
        ttl_s: float,
        *,
        error_ttl_s: float = 120.0,
        max_bytes: int = ROBOTS_MAX_BYTES,
        max_origins: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetcher = fetcher
        self.user_agent = user_agent
        self.ttl_s = ttl_s
        self.error_ttl_s = min(error_ttl_s, ttl_s) if ttl_s > 0 else error_ttl_s
        self.max_bytes = max_bytes
        self.max_origins = max_origins
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, _Rules] = OrderedDict()
        self._pending: dict[str, threading.Event] = {}

    @classmethod
    def from_settings(cls, settings: Settings, fetcher: Fetcher) -> RobotsPolicy:
        """The policy for ``NEWSFLOW_USER_AGENT``, cached ``NEWSFLOW_ROBOTS_TTL_S``, fetched through ``fetcher``."""
        return cls(fetcher, settings.user_agent, settings.robots_ttl_s)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch ``url``.

        A URL that cannot be parsed is answered True: the fetcher refuses it itself, with a clearer reason.
        """
        origin = _origin(url)
        if origin is None:
            return True
        rules = self._rules(origin)
        if rules is None or rules.parser is None:
            return rules is not None and rules.allow_all
        return rules.parser.can_fetch(url, self.user_agent)

    def _rules(self, origin: str) -> _Rules | None:
        with self._lock:
            cached = self._cache.get(origin)
            if cached is not None and cached.expires > self._clock():
                self._cache.move_to_end(origin)
                return cached
            pending = self._pending.get(origin)
            owner = pending is None
            if pending is None:
                pending = self._pending[origin] = threading.Event()
        if not owner:
            # Another thread is fetching this origin's file; its answer is ours. If it never comes, deny.
            pending.wait(self._fetcher.timeout_s * (self._fetcher.retries + 1) + 1.0)
            with self._lock:
                return self._cache.get(origin)
        try:
            rules = self._load(origin)
            with self._lock:
                self._cache[origin] = rules
                self._cache.move_to_end(origin)
                while len(self._cache) > self.max_origins:
                    self._cache.popitem(last=False)
            return rules
        finally:
            with self._lock:
                del self._pending[origin]
            pending.set()

    def _load(self, origin: str) -> _Rules:
        try:
            result = self._fetcher.fetch(f"{origin}/robots.txt", max_bytes=self.max_bytes)
        except FetchError as exc:
            status = exc.status
            if exc.kind == "http_status" and status is not None and 400 <= status < 500 and status != 429:
                return self._blanket(allow=True, ttl=self.ttl_s)
            if exc.kind in ("too_many_redirects", "invalid_url"):
                return self._blanket(allow=True, ttl=self.ttl_s)  # Google: as if there were no file
            # 5xx, 429, network, timeout, blocked, too_large: try again soon, fetch nothing meanwhile.
            return self._blanket(allow=False, ttl=self.error_ttl_s)
        if result.status == 304 or not result.body.strip():
            return self._blanket(allow=True, ttl=self.ttl_s)
        parser = Protego.parse(result.body.decode("utf-8", errors="replace"))
        return _Rules(parser=parser, allow_all=False, expires=self._clock() + self.ttl_s)

    def _blanket(self, *, allow: bool, ttl: float) -> _Rules:
        return _Rules(parser=None, allow_all=allow, expires=self._clock() + ttl)


def _origin(url: str) -> str | None:
    """``scheme://host[:port]`` of ``url`` (default port left out), or None if it is not an http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        return None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return None
    raw = parsed.raw_host.decode("ascii")
    host = f"[{raw}]" if ":" in raw else raw
    return f"{parsed.scheme}://{host}" + (f":{parsed.port}" if parsed.port is not None else "")
