"""Network settings in text form, parsed once: the SSRF allow-list and the resolver override (pure).

They live in the spine so that the settings reject a bad value at start, naming the variable, and the fetcher
uses the very same parse.
"""

from __future__ import annotations

import ipaddress

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_cidrs(text: str) -> list[IPNetwork]:
    """Parse comma-separated CIDRs (``"127.0.0.1/32, ::1/128"``); a bare address means a single host.

    Raises ValueError naming the bad item.
    """
    networks: list[IPNetwork] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=True))
        except ValueError as exc:
            raise ValueError(f"{item!r} is not a CIDR network: {exc}") from None
    return networks


def parse_resolve(text: str) -> dict[str, str]:
    """Parse comma-separated ``host=ip`` overrides (``"feeds.test.example=127.0.0.1"``) into ``{host: ip}``.

    Host names are lower-cased; the address must be an IP literal. Raises ValueError naming the bad item.
    """
    overrides: dict[str, str] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        host, sep, address = item.partition("=")
        host = host.strip().lower().rstrip(".")
        address = address.strip().strip("[]")
        if not sep or not host:
            raise ValueError(f"{item!r} is not host=ip")
        try:
            overrides[host] = str(ipaddress.ip_address(address))
        except ValueError:
            raise ValueError(f"{item!r}: {address!r} is not an IP address") from None
    return overrides
