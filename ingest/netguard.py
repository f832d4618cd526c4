"""The SSRF guard: every TCP connection the fetcher opens goes to an address checked at connect time.

Checking a URL's host before the request is not enough: DNS can answer differently a moment later (rebinding).
:class:`GuardedBackend` is an httpcore network backend that resolves the host itself (or takes the address from
an override map, like ``curl --resolve``), refuses addresses that are not public unless an allow-list permits them,
and connects to exactly the address it checked. TLS is unaffected: httpcore takes the SNI and certificate host
name from the request's origin, not from the address we connect to.

:class:`GuardedTransport` is an ``httpx.HTTPTransport`` whose connection pool uses that backend.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence

import httpcore
import httpx
from httpcore import NetworkBackend, NetworkStream, SyncBackend

from ingest.errors import fetch_error
from newsflow.netconfig import IPNetwork, parse_cidrs, parse_resolve

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

# Cloud metadata endpoints (AWS, GCP, Azure, OpenStack share the first; the second is AWS's IPv6 one). Both are
# inside ranges refused anyway; they are named so the intent survives any change to those ranges.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")

_SocketOptions = Iterable[httpcore.SOCKET_OPTION]

__all__ = ["GuardedBackend", "GuardedTransport", "IPNetwork", "is_public", "parse_cidrs", "parse_resolve"]


def is_public(address: IPAddress) -> bool:
    """Whether ``address`` is an ordinary public unicast address (what the guard lets through by default)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)
    if address in METADATA_ADDRESSES:
        return False
    if isinstance(address, ipaddress.IPv4Address) and address in _CARRIER_GRADE_NAT:
        return False
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in seen:
            seen.append(address)
    return seen


class GuardedBackend(NetworkBackend):
    """An httpcore network backend that only connects to permitted addresses.

    ``allow`` lists networks let through even though they are not public (e.g. ``127.0.0.1/32`` for tests);
    ``resolve`` maps host names to addresses instead of asking DNS. ``inner`` opens the actual connection
    (``SyncBackend`` by default) and ``resolver`` turns a host into addresses (the system's by default); both are
    seams for tests. A refused address raises :class:`~ingest.errors.FetchError` of kind ``blocked`` before any
    connection is attempted.
    """

    def __init__(
        self,
        allow: Sequence[IPNetwork] = (),
        resolve: Mapping[str, str] | None = None,
        *,
        inner: NetworkBackend | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.allow = tuple(allow)
        self.resolve = {host.lower().rstrip("."): address for host, address in (resolve or {}).items()}
        self._inner = inner if inner is not None else SyncBackend()
        self._resolver = resolver if resolver is not None else _system_resolver

    def permits(self, address: IPAddress) -> bool:
        """Whether the guard lets a connection to ``address`` through."""
        return is_public(address) or any(address in network for network in self.allow)

    def addresses(self, host: str, port: int) -> list[str]:
        """The permitted addresses of ``host``, in resolution order; FetchError ``blocked`` if there are none."""
        name = host.strip("[]").lower().rstrip(".")
        override = self.resolve.get(name)
        if override is not None:
            candidates = [override]
        else:
            try:
                candidates = [str(ipaddress.ip_address(name))]
            except ValueError:
                try:
                    candidates = self._resolver(name, port)
                except OSError as exc:
                    raise httpcore.ConnectError(f"cannot resolve {name!r}: {exc}") from exc
        permitted: list[str] = []
        refused: list[str] = []
        for candidate in candidates:
            try:
                address = ipaddress.ip_address(candidate.split("%", 1)[0])  # drop an IPv6 zone id
            except ValueError:
                refused.append(candidate)
                continue
            (permitted if self.permits(address) else refused).append(str(address))
        if not permitted:
            raise fetch_error(
                "blocked", f"{name} resolves only to refused addresses {refused[:4]!r}", url=f"{name}:{port}"
            )
        return permitted

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _SocketOptions | None = None,
    ) -> NetworkStream:
        """Resolve and check ``host``, then connect to the first permitted address that answers."""
        last: Exception | None = None
        for address in self.addresses(host, port):
            try:
                return self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None  # addresses() never returns an empty list
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _SocketOptions | None = None
    ) -> NetworkStream:
        """Refused: the fetcher only speaks TCP to the outside world."""
        raise fetch_error("blocked", "unix sockets are not allowed", url=path)

    def sleep(self, seconds: float) -> None:
        """Sleep as the inner backend does (httpcore uses it between connect retries)."""
        self._inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool connects through a :class:`GuardedBackend`.

    The base class builds its pool without a way to pass a network backend, so the pool is rebuilt here with the
    same options (TLS verification on, environment ignored, HTTP/1.1 only).
    """

    def __init__(
        self,
        backend: GuardedBackend,
        *,
        limits: httpx.Limits = httpx.Limits(),  # noqa: B008 (immutable value object)
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        super().__init__(verify=verify, limits=limits, trust_env=False)
        self.backend = backend
        self._pool.close()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=backend,
        )
