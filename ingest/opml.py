"""OPML import and export (pure).

Real-world OPML is often not well-formed XML: bare ``&`` and stray ``"`` in titles, unescaped ``<``, HTML
entities such as ``&nbsp;``, missing closing tags, byte-order marks, encodings other than UTF-8. :func:`parse_opml`
first tries a strict XML parse (expat with entity declarations refused, so neither external entities nor
"billion laughs" are ever expanded) and, when that fails, falls back to a tolerant tokenizer of ``<outline ...>``
tags that reads attributes leniently. Either way every ``<outline>`` is accounted for: it becomes a feed, is a
category that encloses other outlines, or is reported in ``skipped`` with its line and an exact reason.

Skip reasons: ``"no xmlUrl"``, ``"xmlUrl is not http(s): <value>"``, ``"duplicate of line N"``,
``"unparseable attributes"``. Feeds are de-duplicated by :func:`ingest.urls.normalize_url`.
"""

from __future__ import annotations

import codecs
import html.entities
import re
import xml.parsers.expat
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from ingest.urls import normalize_url

_RAW_MAX = 200


@dataclass(frozen=True)
class OpmlFeed:
    """A feed to import: its URL as written in the file, its title and its folder path ("World/Europe")."""

    url: str
    title: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class OpmlSkip:
    """An ``<outline>`` that was not imported: its 1-based line, the raw tag (at most 200 chars) and why."""

    line: int
    outline: str
    reason: str


@dataclass(frozen=True)
class OpmlImport:
    """What an OPML file yielded. ``well_formed`` says whether the strict XML parse succeeded."""

    feeds: list[OpmlFeed]
    skipped: list[OpmlSkip]
    well_formed: bool


@dataclass
class _Outline:
    line: int
    raw: str
    attrs: dict[str, str] | None  # lower-case names; None when the tag's attributes could not be read
    parent: int | None
    has_children: bool = False


def parse_opml(data: bytes) -> OpmlImport:
    """Import every feed of an OPML document, reporting each outline that was skipped and why."""
    text = _decode(data)
    outlines = _strict_outlines(text)
    well_formed = outlines is not None
    if outlines is None:
        outlines = _lenient_outlines(text)
    return _collect(outlines, well_formed)


def render_opml(feeds: Iterable[OpmlFeed], title: str = "newsflow feeds") -> bytes:
    """An OPML 2.0 document of ``feeds`` in their order, categories as nested folder outlines.

    ``parse_opml(render_opml(x)).feeds == x`` for feeds with distinct URLs, stripped non-empty titles and
    categories of non-empty "/"-separated segments.
    """
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head>\n    <title>{_xml_text(title)}</title>\n  </head>",
        "  <body>",
    ]
    open_path: list[str] = []
    for feed in feeds:
        path = [p for p in (feed.category or "").split("/") if p]
        common = 0
        while common < min(len(path), len(open_path)) and path[common] == open_path[common]:
            common += 1
        while len(open_path) > common:
            open_path.pop()
            lines.append("  " * (len(open_path) + 2) + "</outline>")
        for segment in path[common:]:
            lines.append("  " * (len(open_path) + 2) + f"<outline text={_attr(segment)} title={_attr(segment)}>")
            open_path.append(segment)
        name = feed.title or ""
        attrs = f'type="rss" text={_attr(name)}' + (f" title={_attr(name)}" if name else "")
        lines.append("  " * (len(open_path) + 2) + f"<outline {attrs} xmlUrl={_attr(feed.url)}/>")
    while open_path:
        open_path.pop()
        lines.append("  " * (len(open_path) + 2) + "</outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")


# --- decoding -----------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def _decode(data: bytes) -> str:
    """Text of the document: BOM first, then the XML declaration, then UTF-8, then windows-1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    declared = _DECLARED.match(data[:512])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            codec = ""
        if codec and not codec.startswith(("utf-16", "utf-32")):  # without a BOM the bytes are not UTF-16
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --- strict parse -------------------------------------------------------------------------------------------


class _RefusedEntity(Exception):
    """The document declares entities: not parsed strictly, so nothing is ever expanded."""


def _strict_outlines(text: str) -> list[_Outline] | None:
    """The outlines of a well-formed document, or ``None`` when it is not well-formed XML."""
    data = text.encode("utf-8")
    parser = xml.parsers.expat.ParserCreate(encoding="utf-8")  # the text is already decoded: override the prolog
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    outlines: list[_Outline] = []
    stack: list[int | None] = []
    position = {"byte": 0, "char": 0}

    def refuse(*_args: object) -> int:
        raise _RefusedEntity

    def char_offset(byte_index: int) -> int:
        position["char"] += len(data[position["byte"] : byte_index].decode("utf-8", errors="replace"))
        position["byte"] = byte_index
        return position["char"]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.lower() != "outline":
            stack.append(None)
            return
        offset = char_offset(parser.CurrentByteIndex)
        match = _WELL_FORMED_TAG.match(text, offset)
        raw = match.group(0) if match else text[offset : offset + _RAW_MAX]
        parent = next((i for i in reversed(stack) if i is not None), None)
        if parent is not None:
            outlines[parent].has_children = True
        lowered: dict[str, str] = {}
        for key, value in attrs.items():
            lowered.setdefault(key.lower(), value)
        outlines.append(_Outline(parser.CurrentLineNumber, raw[:_RAW_MAX], lowered, parent))
        stack.append(len(outlines) - 1)

    def end(_name: str) -> None:
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, _RefusedEntity):
        return None
    return outlines


_WELL_FORMED_TAG = re.compile(r"""<[\w:.-]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")


# --- tolerant tokenizer ---------------------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_NEXT_TAG = re.compile(r"<(/?)outline(?=[\s/>])", re.IGNORECASE)
# A tag ends at a '>' followed by the next OPML tag or the end of the text. A '>' inside a title or description
# (often unescaped HTML: "<p>...</p><br>") is followed by text or by an HTML tag instead.
_TAG_END = re.compile(r">(?=\s*(?:<(?:/?(?:outline|body|opml|head)\b|!--|\?)|\Z))", re.IGNORECASE)
_NAME = r"[A-Za-z_:][-\w:.]*"
_ATTR = re.compile(
    rf"""({_NAME})\s*=\s*(?:"(.*?)"(?=\s*{_NAME}\s*=|\s*\Z)|'(.*?)'(?=\s*{_NAME}\s*=|\s*\Z)|([^\s"'=<>`][^\s"'<>`]*))""",
    re.DOTALL,
)
_REFERENCE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")


def _lenient_outlines(text: str) -> list[_Outline]:
    """Every ``<outline>`` tag of a document that is not well-formed, attributes read leniently."""
    # Comments are blanked (newlines kept) so commented-out outlines vanish and line numbers stay right.
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    outlines: list[_Outline] = []
    stack: list[int] = []
    line, counted = 1, 0
    pos = 0
    while (tag := _NEXT_TAG.search(text, pos)) is not None:
        if tag.group(1):  # </outline ...>
            if stack:
                stack.pop()
            close = text.find(">", tag.end())
            pos = tag.end() if close < 0 else close + 1
            continue
        end = _TAG_END.search(text, tag.end())
        stop = end.end() if end else len(text)
        raw = text[tag.start() : stop]
        line += text.count("\n", counted, tag.start())
        counted = tag.start()
        body = text[tag.end() : stop - 1 if end else stop].strip()
        self_closing = body.endswith("/")
        attrs = _lenient_attrs(body.removesuffix("/").strip())
        parent = stack[-1] if stack else None
        if parent is not None:
            outlines[parent].has_children = True
        outlines.append(_Outline(line, raw[:_RAW_MAX], attrs, parent))
        if not self_closing:
            stack.append(len(outlines) - 1)
        pos = stop
    return outlines


def _lenient_attrs(body: str) -> dict[str, str] | None:
    """Attributes of a tag body; quoted values may hold stray quotes, unquoted values are accepted."""
    attrs: dict[str, str] = {}
    pos = 0
    while pos < len(body):
        if body[pos].isspace():
            pos += 1
            continue
        match = _ATTR.match(body, pos)
        if match is None:  # junk: skip to the next blank and try again
            blank = re.compile(r"\s").search(body, pos)
            pos = blank.start() if blank else len(body)
            continue
        value = next(v for v in match.group(2, 3, 4) if v is not None)
        attrs.setdefault(match.group(1).lower(), _unescape(value))
        pos = match.end()
        if pos < len(body) and body[pos] in "\"'":
            pos += 1
    if "xmlurl" in body.lower() and "xmlurl" not in attrs:
        return None
    if body and not attrs:
        return None
    return attrs


def _unescape(value: str) -> str:
    """Character references and HTML named entities (with ';') resolved; a bare '&' stays as it is."""

    def resolve(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith(("#x", "#X")):
            code = int(ref[2:], 16)
        elif ref.startswith("#"):
            code = int(ref[1:])
        else:
            return html.entities.html5.get(ref + ";", match.group(0))
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd"
        return chr(code)

    return _REFERENCE.sub(resolve, value)


# --- from outlines to feeds -----------------------------------------------------------------------------------


def _collect(outlines: list[_Outline], well_formed: bool) -> OpmlImport:
    feeds: list[OpmlFeed] = []
    skipped: list[OpmlSkip] = []
    first_line: dict[str, int] = {}
    for outline in outlines:
        attrs = outline.attrs
        if attrs is None:
            skipped.append(OpmlSkip(outline.line, outline.raw, "unparseable attributes"))
            continue
        raw_url = attrs.get("xmlurl", "").strip()
        if not raw_url:
            if not outline.has_children:  # a folder is not a skip
                skipped.append(OpmlSkip(outline.line, outline.raw, "no xmlUrl"))
            continue
        url = _feed_scheme(raw_url)
        try:
            key = normalize_url(url)
        except ValueError:
            skipped.append(OpmlSkip(outline.line, outline.raw, f"xmlUrl is not http(s): {raw_url[:100]}"))
            continue
        if key in first_line:
            skipped.append(OpmlSkip(outline.line, outline.raw, f"duplicate of line {first_line[key]}"))
            continue
        first_line[key] = outline.line
        feeds.append(OpmlFeed(url=url, title=_title(attrs), category=_category(outlines, outline.parent)))
    return OpmlImport(feeds=feeds, skipped=skipped, well_formed=well_formed)


def _feed_scheme(url: str) -> str:
    """``feed://host/x`` and ``feed:https://host/x`` (a convention of some readers) as plain http(s)."""
    lowered = url.lower()
    if lowered.startswith("feed:http://") or lowered.startswith("feed:https://"):
        return url[5:]
    if lowered.startswith("feed://"):
        return "http://" + url[7:]
    return url


def _title(attrs: dict[str, str]) -> str | None:
    for key in ("title", "text"):
        value = " ".join(attrs.get(key, "").split())
        if value:
            return value
    return None


def _category(outlines: list[_Outline], parent: int | None) -> str | None:
    names: list[str] = []
    while parent is not None:
        folder = outlines[parent]
        if folder.attrs is not None and not folder.attrs.get("xmlurl", "").strip():
            name = _title(folder.attrs)
            if name:
                names.append(name)
        parent = folder.parent
    return "/".join(reversed(names)) or None


def _attr(value: str) -> str:
    return quoteattr(_xml_chars(value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _xml_text(value: str) -> str:
    return _xml_chars(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_chars(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot carry at all."""
    return "".join(
        c for c in value if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
    )
