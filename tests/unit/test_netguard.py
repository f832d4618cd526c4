"""The SSRF guard: refusal at connect time without traffic, allow-list, resolver override, TLS SNI."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from ipaddress import ip_address, ip_network
from typing import Any

import httpcore
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.errors import FetchError
from ingest.fetch import Fetcher
from ingest.netguard import GuardedBackend, GuardedTransport, IPNetwork, is_public, parse_cidrs, parse_resolve
from newsflow.errors import PermanentError
from tests.httpserver import LocalServer, Page, serve

LOOPBACK = [ip_network("127.0.0.1/32")]


class SpyBackend(httpcore.NetworkBackend):
    """Records every connection attempt, then really connects (loopback only in these tests)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self._real = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        self.calls.append((host, port))
        return self._real.connect_tcp(host, port, *args, **kwargs)


def _no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"DNS must not be asked for {host!r}")


def _guarded_fetcher(
    spy: SpyBackend,
    allow: list[IPNetwork] | None = None,
    resolve: dict[str, str] | None = None,
    resolver: Any = _no_dns,
) -> Fetcher:
    backend = GuardedBackend(allow or [], resolve, inner=spy, resolver=resolver)
    return Fetcher(user_agent="t", timeout_s=3, max_bytes=10_000, max_redirects=2, transport=GuardedTransport(backend))


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    routes = {
        "/page": Page(body=b"<p>ok</p>"),
        "/to-metadata": Page(status=302, headers={"Location": "http://169.254.169.254/latest/"}),
    }
    with serve(routes) as srv:
        yield srv


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://10.255.1.2:8080/x",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://127.0.0.1/",
        "http://127.1.2.3/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:127.0.0.1]/",
        "https://10.0.0.1/",
    ],
)
def test_private_literal_addresses_are_refused_without_a_connection(url: str) -> None:
    spy = SpyBackend()
    with _guarded_fetcher(spy) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.kind == "blocked"
    assert isinstance(info.value, PermanentError)
    assert info.value.url == url
    assert spy.calls == []


@pytest.mark.parametrize("target", ["10.0.0.1", "192.168.1.1", "169.254.169.254", "::1", "127.0.0.1"])
def test_override_pointing_a_name_at_a_private_address_is_refused(target: str) -> None:
    spy = SpyBackend()
    with _guarded_fetcher(spy, resolve={"feeds.test.example": target}) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://feeds.test.example/rss")
    assert info.value.kind == "blocked"
    assert spy.calls == []


def test_dns_answer_is_checked_at_connect_time() -> None:
    # A rebinding name: whatever it resolved to earlier, the address we would connect to now is private.
    spy = SpyBackend()
    answers: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        answers.append(host)
        return ["10.1.2.3", "169.254.169.254"]

    with _guarded_fetcher(spy, resolver=rebinding) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://rebind.test.example/")
    assert info.value.kind == "blocked"
    assert answers == ["rebind.test.example"]
    assert spy.calls == []


def test_only_permitted_addresses_of_a_mixed_answer_are_dialled(server: LocalServer) -> None:
    spy = SpyBackend()
    with _guarded_fetcher(spy, allow=LOOPBACK, resolver=lambda host, port: ["10.0.0.7", "127.0.0.1"]) as fetcher:
        result = fetcher.fetch(f"http://mixed.test.example:{server.port}/page")
    assert result.body == b"<p>ok</p>"
    assert spy.calls == [("127.0.0.1", server.port)]


def test_loopback_is_allowed_when_listed(server: LocalServer) -> None:
    with Fetcher(user_agent="t", timeout_s=3, max_bytes=10_000, max_redirects=2, allow_private=LOOPBACK) as f:
        assert f.fetch(server.url("/page")).body == b"<p>ok</p>"


def test_loopback_is_refused_by_an_empty_allow_list(server: LocalServer) -> None:
    before = len(server.requests)
    with (
        Fetcher(user_agent="t", timeout_s=3, max_bytes=10_000, max_redirects=2, allow_private=[]) as f,
        pytest.raises(FetchError) as info,
    ):
        f.fetch(server.url("/page"))
    assert info.value.kind == "blocked"
    assert len(server.requests) == before


def test_host_override_reaches_the_local_server_with_the_original_host_header(server: LocalServer) -> None:
    with Fetcher(
        user_agent="t",
        timeout_s=3,
        max_bytes=10_000,
        max_redirects=2,
        allow_private=LOOPBACK,
        resolve={"feeds.test.example": "127.0.0.1"},
    ) as f:
        result = f.fetch(f"http://feeds.test.example:{server.port}/page")
    assert result.body == b"<p>ok</p>"
    path, headers = server.requests[-1]
    assert path == "/page"
    assert headers["host"] == f"feeds.test.example:{server.port}"


def test_redirect_to_a_private_address_is_refused(server: LocalServer) -> None:
    spy = SpyBackend()
    with _guarded_fetcher(spy, allow=LOOPBACK) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(server.url("/to-metadata"))
    assert info.value.kind == "blocked"
    assert spy.calls == [("127.0.0.1", server.port)]  # the first hop only


def test_tls_sni_carries_the_original_host_name_not_the_address() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    hello: list[bytes] = []

    def accept_one() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(3)
            hello.append(conn.recv(4096))

    thread = threading.Thread(target=accept_one, daemon=True)
    thread.start()
    try:
        with (
            Fetcher(
                user_agent="t",
                timeout_s=3,
                max_bytes=1000,
                max_redirects=0,
                allow_private=LOOPBACK,
                resolve={"secure.test.example": "127.0.0.1"},
            ) as f,
            pytest.raises(FetchError),
        ):
            f.fetch(f"https://secure.test.example:{port}/")
        thread.join(timeout=5)
    finally:
        listener.close()
    assert hello
    assert hello[0][:1] == b"\x16"  # a TLS handshake record
    assert b"secure.test.example" in hello[0]


def test_unresolvable_name_is_a_retryable_network_error() -> None:
    def nxdomain(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with _guarded_fetcher(SpyBackend(), resolver=nxdomain) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://nowhere.test.example/")
    assert info.value.kind == "network"
    assert info.value.retryable


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("10.0.0.1", False),
        ("100.64.0.1", False),
        ("100.127.255.254", False),
        ("169.254.169.254", False),
        ("fd00:ec2::254", False),
        ("ff02::1", False),
        ("::", False),
        ("::ffff:192.168.0.1", False),
        ("198.18.0.1", False),
    ],
)
def test_is_public(address: str, public: bool) -> None:
    assert is_public(ip_address(address)) is public


def test_allow_list_admits_only_its_networks() -> None:
    guard = GuardedBackend(parse_cidrs("127.0.0.1/32, 10.20.0.0/16"))
    assert guard.permits(ip_address("127.0.0.1"))
    assert guard.permits(ip_address("10.20.3.4"))
    assert not guard.permits(ip_address("127.0.0.2"))
    assert not guard.permits(ip_address("10.21.0.1"))
    assert not guard.permits(ip_address("169.254.169.254"))


def test_parse_cidrs() -> None:
    assert parse_cidrs("") == []
    assert parse_cidrs(" 127.0.0.1/32 , ::1/128,10.0.0.0/8 ") == [
        ip_network("127.0.0.1/32"),
        ip_network("::1/128"),
        ip_network("10.0.0.0/8"),
    ]
    assert parse_cidrs("192.168.1.5") == [ip_network("192.168.1.5/32")]


@pytest.mark.parametrize("text", ["nonsense", "10.0.0.1/8", "300.1.1.1/32", "127.0.0.1/33", "127.0.0.1/32,x"])
def test_parse_cidrs_rejects_bad_input(text: str) -> None:
    with pytest.raises(ValueError, match="CIDR"):
        parse_cidrs(text)


def test_parse_resolve() -> None:
    assert parse_resolve("") == {}
    assert parse_resolve("Feeds.Test.Example=127.0.0.1, v6.example=[::1]") == {
        "feeds.test.example": "127.0.0.1",
        "v6.example": "::1",
    }


@pytest.mark.parametrize("text", ["feeds.example", "=127.0.0.1", "a.example=not-an-ip", "a.example=1.2.3.4,b"])
def test_parse_resolve_rejects_bad_input(text: str) -> None:
    with pytest.raises(ValueError, match=r"host=ip|IP address"):
        parse_resolve(text)


BLOCKED_NETWORKS = [
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "224.0.0.0/4",
    "240.0.0.0/4",
    "::1/128",
    "fc00::/7",
    "fe80::/10",
    "ff00::/8",
    "::ffff:10.0.0.0/104",
]


@given(st.sampled_from(BLOCKED_NETWORKS).flatmap(lambda net: st.ip_addresses(network=net)))
def test_every_address_of_a_blocked_range_is_refused_unless_allowed(address: Any) -> None:
    assert not GuardedBackend().permits(address)
    assert GuardedBackend([ip_network(f"{address}/{address.max_prefixlen}")]).permits(address)
