"""RobotsPolicy against a local server: rules, 4xx/5xx answers, the TTL cache, one fetch per origin at a time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler
from ipaddress import ip_network

import pytest

from ingest.fetch import Fetcher
from ingest.robots import RobotsPolicy
from newsflow.settings import Settings
from tests.httpserver import LocalServer, Page, Route, serve

UA = "newsflow/0.1 (+https://newsflow.example/bot)"
ROBOTS = b"""
User-agent: *
Disallow: /private/
Allow: /private/press-release

User-agent: newsflow
Disallow: /no-bots/
Disallow: /private/
Allow: /private/press-release
Disallow: /*.pdf$
"""


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(
        user_agent=UA, timeout_s=3, max_bytes=1_000_000, max_redirects=3, allow_private=[ip_network("127.0.0.1/32")]
    ) as f:
        yield f


def _robots_hits(server: LocalServer) -> int:
    return sum(1 for path, _ in server.requests if path == "/robots.txt")


def _policy(
    fetcher: Fetcher, clock: FakeClock, ttl_s: float = 3600, error_ttl_s: float = 120, max_bytes: int = 512 * 1024
) -> RobotsPolicy:
    return RobotsPolicy(fetcher, UA, ttl_s, error_ttl_s=error_ttl_s, max_bytes=max_bytes, clock=clock)


def test_disallowed_path_is_refused_and_others_allowed(fetcher: Fetcher) -> None:
    with serve({"/robots.txt": Page(body=ROBOTS, headers={"Content-Type": "text/plain"})}) as srv:
        policy = _policy(fetcher, FakeClock())
        assert not policy.allowed(srv.url("/no-bots/story"))
        assert not policy.allowed(srv.url("/private/x"))
        assert not policy.allowed(srv.url("/files/report.pdf"))
        assert policy.allowed(srv.url("/private/press-release"))
        assert policy.allowed(srv.url("/news/2024/story.html"))
        assert policy.allowed(srv.url("/files/report.pdf?page=2"))
        assert _robots_hits(srv) == 1
        assert srv.requests[0][1]["user-agent"] == UA


def test_404_allows_everything(fetcher: Fetcher) -> None:
    with serve({}) as srv:
        policy = _policy(fetcher, FakeClock())
        assert policy.allowed(srv.url("/private/x"))
        assert policy.allowed(srv.url("/anything"))
        assert _robots_hits(srv) == 1


def test_403_allows_everything_but_429_does_not(fetcher: Fetcher) -> None:
    with serve({"/robots.txt": Page(status=403, body=b"no")}) as srv:
        assert _policy(fetcher, FakeClock()).allowed(srv.url("/a"))
    with serve({"/robots.txt": Page(status=429, body=b"slow")}) as srv:
        assert not _policy(fetcher, FakeClock()).allowed(srv.url("/a"))


def test_500_disallows_for_a_short_time_then_fetches_again(fetcher: Fetcher) -> None:
    clock = FakeClock()
    with serve({"/robots.txt": Page(status=500, body=b"oops")}) as srv:
        policy = _policy(fetcher, clock, error_ttl_s=60)
        assert not policy.allowed(srv.url("/news/a"))
        clock.now += 30
        assert not policy.allowed(srv.url("/news/b"))
        assert _robots_hits(srv) == 1
        srv.routes["/robots.txt"] = Page(body=b"User-agent: *\nDisallow: /private/\n")
        clock.now += 31
        assert policy.allowed(srv.url("/news/b"))
        assert not policy.allowed(srv.url("/private/c"))
        assert _robots_hits(srv) == 2


def test_network_failure_disallows() -> None:
    with serve({}) as srv:
        dead = srv.url("/story")
    with Fetcher(
        user_agent=UA, timeout_s=2, max_bytes=10_000, max_redirects=1, allow_private=[ip_network("127.0.0.1/32")]
    ) as f:
        assert not RobotsPolicy(f, UA, 3600).allowed(dead)


def test_file_is_fetched_once_per_ttl(fetcher: Fetcher) -> None:
    clock = FakeClock()
    with serve({"/robots.txt": Page(body=ROBOTS)}) as srv:
        policy = _policy(fetcher, clock, ttl_s=600)
        for i in range(20):
            policy.allowed(srv.url(f"/news/{i}"))
        assert _robots_hits(srv) == 1
        clock.now += 599
        assert policy.allowed(srv.url("/news/x"))
        assert _robots_hits(srv) == 1
        clock.now += 2
        assert not policy.allowed(srv.url("/no-bots/x"))
        assert _robots_hits(srv) == 2


def test_origins_are_cached_separately(fetcher: Fetcher) -> None:
    with serve({"/robots.txt": Page(body=b"User-agent: *\nDisallow: /\n")}) as closed, serve({}) as open_:
        policy = _policy(fetcher, FakeClock())
        assert not policy.allowed(closed.url("/a"))
        assert policy.allowed(open_.url("/a"))
        assert not policy.allowed(closed.url("/b"))
        assert (_robots_hits(closed), _robots_hits(open_)) == (1, 1)


def test_redirected_robots_file_is_followed(fetcher: Fetcher) -> None:
    routes: dict[str, Route] = {
        "/robots.txt": Page(status=301, headers={"Location": "/real-robots.txt"}),
        "/real-robots.txt": Page(body=b"User-agent: *\nDisallow: /hidden\n"),
    }
    with serve(routes) as srv:
        policy = _policy(fetcher, FakeClock())
        assert not policy.allowed(srv.url("/hidden/page"))
        assert policy.allowed(srv.url("/shown"))


def test_oversized_robots_file_disallows_for_now(fetcher: Fetcher) -> None:
    body = b"User-agent: *\n" + b"Disallow: /x\n" * 10_000
    with serve({"/robots.txt": Page(body=body)}) as srv:
        assert not _policy(fetcher, FakeClock(), max_bytes=1024).allowed(srv.url("/a"))


def test_concurrent_questions_share_one_fetch(fetcher: Fetcher) -> None:
    def slow_robots(h: BaseHTTPRequestHandler) -> None:
        time.sleep(0.3)
        body = b"User-agent: *\nDisallow: /private/\n"
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    with serve({"/robots.txt": slow_robots}) as srv:
        policy = _policy(fetcher, FakeClock())
        barrier = threading.Barrier(8)

        def ask(i: int) -> bool:
            barrier.wait()
            return policy.allowed(srv.url(f"/private/{i}" if i % 2 else f"/public/{i}"))

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(ask, range(8)))
        assert answers == [i % 2 == 0 for i in range(8)]
        assert _robots_hits(srv) == 1


@pytest.mark.parametrize("url", ["not a url", "ftp://example.com/x", ""])
def test_unparseable_urls_are_left_to_the_fetcher(fetcher: Fetcher, url: str) -> None:
    assert _policy(fetcher, FakeClock()).allowed(url)


def test_from_settings_uses_the_user_agent_and_ttl(fetcher: Fetcher) -> None:
    settings = Settings(_env_file=None, user_agent="newsflow-robots/9", robots_ttl_s=77)
    policy = RobotsPolicy.from_settings(settings, fetcher)
    assert (policy.user_agent, policy.ttl_s) == ("newsflow-robots/9", 77)
