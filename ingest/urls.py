"""URL identity (pure): normalisation, tracking-parameter removal, registrable domains, canonical choice.

An article's identity is the sha256 of its canonical URL, so the same story reached through two feeds, with
different tracking parameters or a different host case, must normalise to the same string. :func:`normalize_url`
is idempotent (normalising twice changes nothing) and keeps every query parameter that may select content, in
its original order; only parameters named in :data:`TRACKING_PARAMS` (or starting with one of
:data:`TRACKING_PREFIXES`) are removed.

Registrable domains (eTLD+1) come from the Public Suffix List bundled in the ``publicsuffixlist`` package; nothing
is downloaded at run time.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import idna
from publicsuffixlist import PublicSuffixList

# Query parameter names (compared lower-case, after percent-decoding) that only say where a click came from.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # ad-click ids
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "srsltid",
        "epik",
        # e-mail and marketing automation
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "vero_id",
        "vero_conv",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "s_cid",
        "ss_campaign_id",
        "ss_source",
        # analytics and social sharing
        "igshid",
        "_ga",
        "_gl",
        "ref_src",
        "ref_url",
        "cmpid",
        "ocid",
        "spm",
        "share",
        "ito",
        "__twitter_impression",
        "sr_share",
        "smid",
        "smtyp",
        "wt.mc_id",
        "wt_mc_id",
        "wt.tsrc",
        "intcmp",
        "xtor",
        # Adobe / BBC (at_*, ns_*)
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "at_link_id",
        "at_link_origin",
        "at_link_type",
        "at_format",
        "at_ptr_name",
        "at_bbc_team",
        "at_campaign_type",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
    }
)
TRACKING_PREFIXES: tuple[str, ...] = ("utm_",)

_DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_ASCII_HOST = re.compile(r"[a-z0-9_.-]+")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are when re-quoting: RFC 3986 reserved and unreserved, and '%' so escapes survive.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter ``name`` (raw or percent-encoded, any case) is a tracking parameter."""
    key = unquote(name).strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The normal form of an http(s) URL, used for identity and de-duplication.

    Scheme and host lower-case, host in IDNA (punycode), default port dropped, empty path made "/", fragment and
    tracking parameters dropped, the other parameters kept in order, empty parameters and trailing "?", "&", "#"
    and whitespace removed, percent-escapes upper-case hex (escapes of unreserved characters decoded), characters
    that must be escaped (spaces, non-ASCII) escaped as UTF-8.

    Raises ``ValueError`` for a URL that is not http(s) or has no host.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url[:200]!r}")
    host = _normalize_host(parts.hostname or "")
    if not host:
        raise ValueError(f"URL has no host: {url[:200]!r}")
    port = parts.port  # raises ValueError for a port out of range or not a number
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if userinfo:
        netloc = f"{_normalize_escapes(quote(userinfo, safe=':!$&()*+,;=-._~%'))}@{netloc}"
    path = _normalize_escapes(quote(parts.path, safe=_PATH_SAFE)) or "/"
    query = _clean_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalize_host(hostname: str) -> str:
    host = hostname.strip().rstrip(".").lower()
    if not host:
        return ""
    if host.startswith("[") or ":" in host:  # IPv6 literal (urlsplit already removed the brackets)
        try:
            return ipaddress.IPv6Address(host.strip("[]")).compressed
        except ValueError as exc:
            raise ValueError(f"invalid IPv6 host {hostname!r}") from exc
    host = unquote(host)
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            try:
                host = host.encode("idna").decode("ascii").lower()  # IDNA 2003 accepts some names 2008 refuses
            except UnicodeError as exc:
                raise ValueError(f"host is not a valid IDNA name: {hostname!r}") from exc
    if not _ASCII_HOST.fullmatch(host):
        raise ValueError(f"invalid host {hostname!r}")
    return host


def _clean_query(query: str) -> str:
    kept: list[str] = []
    for pair in query.split("&"):
        pair = pair.strip()
        if not pair or is_tracking_param(pair.partition("=")[0]):
            continue
        kept.append(_normalize_escapes(quote(pair, safe=_QUERY_SAFE)))
    return "&".join(kept)


def _normalize_escapes(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _ESCAPE.sub(fix, text)


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # accept_unknown=False so an unknown TLD is told apart from a known public suffix.
    return PublicSuffixList(accept_unknown=False)


def registrable_domain(host: str) -> str | None:
    """The registrable domain (eTLD+1) of ``host``, in lower-case ASCII (punycode), from the Public Suffix List.

    Private suffixes count (``a.blogspot.com`` and ``b.blogspot.com`` are different sites). A host under a TLD
    the list does not know (``demo.newsflow.example``) falls back to its last two labels; an IP address is its
    own registrable domain; a public suffix itself (``co.uk``) or an empty host gives ``None``.
    """
    try:
        name = _normalize_host(host)
    except ValueError:
        return None
    if not name:
        return None
    try:
        return ipaddress.ip_address(name).compressed
    except ValueError:
        pass
    psl = _psl()
    found = psl.privatesuffix(name)
    if found is not None:
        return str(found)
    if psl.publicsuffix(name) is not None:
        return None  # the host is itself a public suffix
    labels = name.split(".")
    return ".".join(labels[-2:])


def choose_canonical(page_canonical: str | None, fetched_url: str) -> str:
    """The normalized identity URL of a fetched page.

    The page's ``<link rel=canonical>`` (already absolute) is followed only when it is http(s), on the same
    registrable domain as ``fetched_url`` and not the site's root (path "/" with no query), because many sites
    point every page at their home page or at a syndication partner. Otherwise the normalized ``fetched_url``.

    Raises ``ValueError`` when ``fetched_url`` itself is not an http(s) URL with a host.
    """
    fetched = normalize_url(fetched_url)
    if not page_canonical or not page_canonical.strip():
        return fetched
    try:
        candidate = normalize_url(page_canonical)
    except ValueError:
        return fetched
    cand_parts = urlsplit(candidate)
    if cand_parts.path == "/" and not cand_parts.query:
        return fetched
    cand_domain = registrable_domain(cand_parts.hostname or "")
    if cand_domain is None or cand_domain != registrable_domain(urlsplit(fetched).hostname or ""):
        return fetched
    return candidate
