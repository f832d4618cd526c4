"""Deciding a page's text encoding from the HTTP header, the ``<meta charset>`` and the bytes together.

Both the header and the meta tag can lie (seen: declared iso-8859-15, bytes UTF-8), so the declared charset is
only trusted when it decodes cleanly and the bytes are not plainly UTF-8. Never raises.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
_MULTIBYTE = frozenset(
    {
        "utf-8",
        "utf-8-sig",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_jis_2004",
        "euc_jisx0213",
        "shift_jis_2004",
        "shift_jisx0213",
        "gb2312",
        "gbk",
        "gb18030",
        "hz",
        "big5",
        "big5hkscs",
        "cp950",
        "euc_kr",
        "cp949",
        "johab",
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
            return body[len(bom) :].decode(codec, errors="replace")
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
