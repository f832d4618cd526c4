"""An article page's metadata, read from its parsed tree (pure).

:func:`read_page` collects what the page says about itself in one pass over the parsed tree: ``<html lang>``,
``<link rel=canonical>``, ``<meta>`` values, JSON-LD objects and the first ``<time datetime>``. The helpers
turn those raw values into the article's fields:

* :func:`clean_authors`: a list of names without "By", roles ("Senior Reporter", "| Staff Writer"), e-mail
  addresses, links, handles or duplicates;
* :func:`parse_datetime`, :func:`url_date` and :func:`pick_published`: the publication time, timezone-aware,
  from the page, the feed or the URL, never in the future, with the source that won;
* :func:`detect_language`: ISO 639-1 code of the clean text by py3langid (its model ships in its wheel), with the
  page's declared language as a prior for short texts and when the detector's guess has no ISO 639-1 code.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no stubs

PublishedSource = Literal["page", "feed", "url"]

# Keys of <meta> (name/property/itemprop, lower-case) that carry the publication time, best first.
DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dcterms.date",
)
AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
)
_ARTICLE_TYPES = re.compile(
    r"(?:news|report|blog|analysis|opinion|review|live|)(?:article|posting|blogposting)$|^report$"
)
# The detector reads at most this much of the text: its n-gram counting is linear in the length, and a few
# paragraphs decide the language as well as a whole article (measured on the corpora: no change in accuracy).
DETECT_MAX_CHARS = 2500
MIN_DETECT_CHARS = 120  # below this the text is too short for the detector: the page's declared language wins
# Below this a text is short: the page's declared language wins when the detector ranks it among its first
# DECLARED_PRIOR_RANKS (a scoreline read as Aragonese, Serbian read as Bosnian).
SHORT_TEXT_CHARS = 400
DECLARED_PRIOR_RANKS = 3
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)

_BY = re.compile(r"^\s*(?:by|von|par|por|de|di|door|av|af|written by|text|texto|autor|author)\s*[:\-]?\s+", re.I)
_SPLIT = re.compile(r"\s*(?:[;|/\n\u2022]|,(?!\s*(?:jr|sr)\b)|\s(?:and|und|et|y|e|og|och|en|&)\s)\s*", re.I)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URLISH = re.compile(r"^(?:https?://|www\.)|\.(?:com|org|net|de|co\.uk)(?:/|$)", re.I)
_ROLE_WORDS = frozenset(
    {
        "reporter",
        "reporters",
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "staff",
        "senior",
        "chief",
        "deputy",
        "political",
        "politics",
        "business",
        "sports",
        "sport",
        "news",
        "foreign",
        "economics",
        "science",
        "health",
        "technology",
        "tech",
        "associate",
        "managing",
        "executive",
        "contributing",
        "contributor",
        "contributors",
        "columnist",
        "columnists",
        "producer",
        "freelance",
        "journalist",
        "journalists",
        "photographer",
        "photographers",
        "redaktion",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "rédaction",
        "journaliste",
        "envoyé",
        "envoyée",
        "spécial",
        "spéciale",
        "redacción",
        "redactor",
        "redactora",
        "corresponsal",
        "agencies",
        "agency",
        "desk",
        "team",
        "online",
        "digital",
        "international",
        "national",
        "local",
        "investigative",
        "assistant",
        "for",
        "at",
        "the",
        "of",
        "username",
        "admin",
        "administrator",
        "anonymous",
        "unknown",
        "guest",
        "作者",
        "autor",
        "author",
    }
)
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|199\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_SLASHED = re.compile(r"/(20\d\d|199\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
_ISO_SPACE = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d:?\d\d|UTC|GMT)?$", re.I)
# rel and itemprop are token lists ("author creator"): the XPath finds candidates, _is_author_element decides.
# (Selecting attributes and stepping to their parent is about twice as fast in libxml2 as testing every element.)
_AUTHOR_XPATH = (
    '//@itemprop[contains(., "author")]/parent::* | //@rel[contains(., "author")]/parent::*'
    ' | //@class[. = "authorname" or . = "author-name"]/parent::*'
)
# A picture credit marked up as an author ("<span class=credit itemprop=author>Image: Getty</span>") is no byline.
_NOT_BYLINE_TAGS = frozenset({"figure", "figcaption"})
_NOT_BYLINE_CLASS = re.compile(r"credit|caption", re.IGNORECASE)
_AUTHOR_PAGE_XPATH = (
    '//a/@href[contains(., "/author/") or contains(., "/autor/") or contains(., "/autoren/")'
    ' or contains(., "/auteur/") or contains(., "/journalist/")]/parent::a[not(ancestor::footer)]'
)
_DATE_PUBLISHED_XPATH = '//@itemprop[. = "datePublished"]/parent::*[@datetime or @content]'
# Byline elements by class ("byline", "pb-byline", "article-byline"), outside captions and footers.
_BYLINE_XPATH = (
    '//@class[contains(., "byline")]/parent::*[contains(concat(" ", normalize-space(@class), " "), " byline ")'
    ' or contains(@class, "-byline ") or substring(@class, string-length(@class) - 6) = "-byline"]'
    "[not(ancestor::figure) and not(ancestor::footer)]"
)
# Byline labels (lower-case, as they start a text node) and the names after them.
_LABEL = re.compile(
    r"^(autorin/autor|autorin|autoren|autor|authors|author|written by|auteurs|auteur|von|by|par|por|texto)"
    r"\b\s*(:)?\s*(.*)$",
    re.IGNORECASE,
)
_LABEL_WORDS = ("Von", "By", "Autor", "Author", "Written", "Par", "Auteur", "Por", "Texto")
_LABEL_XPATH = (
    "//*[not(self::script or self::style)]/text()["
    + " or ".join(
        f'starts-with(normalize-space(.), "{w}") or starts-with(normalize-space(.), "{w.lower()}")'
        for w in _LABEL_WORDS
    )
    + "]"
)
_LABELLED_MAX_CHARS = 100
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_URL_START = re.compile(r"^(?:https?://|www\.)|/", re.I)
_URL_ANYWHERE = re.compile(r"(?:https?://|www\.)\S+", re.I)
# Norwegian: detectors say "no", pages and golds often say Bokmål/Nynorsk.
_SAME_LANGUAGE = {"nb": "no", "nn": "no"}
# The detector also tells apart languages without an ISO 639-1 code; those with a macro language get its code.
_MACRO_LANGUAGE = {
    "arz": "ar",
    "ary": "ar",
    "yue": "zh",
    "wuu": "zh",
    "uzs": "uz",
    "sdh": "ku",
    "gug": "gn",
    "hbo": "he",
    "grc": "el",
    "fuv": "ff",
    "kik": "ki",
    "ltg": "lv",
}
_LANG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*$")


@dataclass
class PageMeta:
    """What a page declares about itself."""

    lang: str | None = None
    canonical: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # article-like objects, outermost first
    time: str | None = None
    title_tag: str | None = None
    author_links: list[str] = field(default_factory=list)  # text of rel=author / itemprop=author elements
    author_pages: list[str] = field(default_factory=list)  # text of the first links to an author's page

    def first_meta(self, keys: Iterable[str]) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value and value.strip():
                return value.strip()
        return None

    def jsonld_value(self, key: str) -> Any:
        for obj in self.jsonld:
            if obj.get(key):
                return obj[key]
        return None


def read_page(tree: HtmlElement) -> PageMeta:
    """Collect the page's declared metadata from a parsed tree (never raises on odd markup)."""
    page = PageMeta()
    root = tree.getroottree().getroot()
    if root is not None and root.get("lang"):
        page.lang = root.get("lang")
    for el in tree.iter("link", "meta", "time", "script", "title"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
            content = el.get("content")
            if key and content is not None and key not in page.meta:
                page.meta[key] = content
            elif not key and el.get("itemprop", "").lower() == "datepublished" and content:
                page.meta.setdefault("datepublished", content)
        elif tag == "link":
            if page.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                page.canonical = el.get("href") or None
        elif tag == "time":
            if page.time is None and el.get("datetime"):
                page.time = el.get("datetime")
        elif tag == "title":
            if page.title_tag is None:
                page.title_tag = el.text_content()
        elif (el.get("type") or "").lower() == "application/ld+json" and el.text:
            page.jsonld.extend(_article_objects(el.text))
    for el in tree.xpath(_DATE_PUBLISHED_XPATH):
        page.meta.setdefault("datepublished", el.get("datetime") or el.get("content") or "")
        break
    for el in [el for el in tree.xpath(_AUTHOR_XPATH) if _is_author_element(el)][:6]:
        name = el.xpath('string(.//*[@itemprop="name"])') or el.text_content()
        if name and name.strip():
            page.author_links.append(" ".join(name.split()))
    # Links to author pages also fill rails of other stories: only the first two count.
    for el in tree.xpath(_AUTHOR_PAGE_XPATH)[:2]:
        if el.text_content().strip():
            page.author_pages.append(" ".join(el.text_content().split()))
    return page


def _is_author_element(el: HtmlElement) -> bool:
    """rel="author" or itemprop="author" as a whole token, or an author-name class; never inside a picture."""
    if el.tag in ("meta", "link"):
        return False
    tokens = f"{el.get('rel') or ''} {el.get('itemprop') or ''}".lower().split()
    if "author" not in tokens and el.get("class") not in ("authorname", "author-name"):
        return False
    for node in (el, *el.iterancestors()):
        if node.tag in _NOT_BYLINE_TAGS or _NOT_BYLINE_CLASS.search(str(node.get("class") or "")):
            return False
    return True


def byline_texts(tree: HtmlElement) -> list[str]:
    """Text of the first two elements with a byline class (read only when the better sources found no one)."""
    texts = (" ".join(el.text_content().split()) for el in tree.xpath(_BYLINE_XPATH)[:2])
    return [text for text in texts if text]


def labelled_bylines(tree: HtmlElement) -> list[str]:
    """Names after a byline label: "Von: Jane Doe", "<li><strong>Autorin/Autor</strong> Roman Goncharenko</li>".

    A label counts when a colon follows it or when it is all of its element's text (the name is then the rest of
    the parent's text); the rest must be short. The first two such bylines outside figures and footers are read."""
    found: list[str] = []
    for node in tree.xpath(_LABEL_XPATH):
        match = _LABEL.match(" ".join(str(node).split()))
        holder = node.getparent()
        if match is None or holder is None or (match.group(2) is None and match.group(3)):
            continue  # no label, or a label word running into a sentence ("von Südafrika angestoßenen")
        if not node.is_text:  # a tail: the label follows a child element, the name is the rest of the tail
            rest = match.group(3)
        else:
            if not match.group(3) and " ".join(holder.text_content().split()) == match.group(0).strip():
                holder = holder.getparent()  # the label is its element's whole text: the name is its parent's
                if holder is None:
                    continue
            whole = _LABEL.match(" ".join(holder.text_content().split()))
            rest = whole.group(3) if whole is not None else ""
        if any(a.tag in _NOT_BYLINE_TAGS or a.tag == "footer" for a in (holder, *holder.iterancestors())):
            continue
        if rest and len(rest) <= _LABELLED_MAX_CHARS:
            found.append(rest)
            if len(found) == 2:
                break
    return found


def _article_objects(raw: str) -> Iterator[dict[str, Any]]:
    text = _CDATA.sub("", raw).strip().rstrip(";")
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        try:  # hand-written JSON-LD often leaves a comma before the closing bracket
            data = json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
        except ValueError:
            return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and _ARTICLE_TYPES.search(k.lower()) for k in kinds):
                yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])


# ---------------------------------------------------------------- authors


def jsonld_names(value: Any, people: bool = True) -> list[str]:
    """Names in a JSON-LD ``author`` value: people (strings, Persons), or with ``people=False`` organisations."""
    if isinstance(value, str):
        return [value] if people else []
    if isinstance(value, dict):
        name = value.get("name")
        kind = value.get("@type")
        is_person = kind in (None, "Person") or (isinstance(kind, list) and "Person" in kind)
        return [name] if isinstance(name, str) and is_person == people else []
    if isinstance(value, list):
        return [n for v in value for n in jsonld_names(v, people)]
    return []


def clean_authors(raws: Iterable[str | None], organisations: bool = False) -> list[str]:
    """Author names from raw bylines: split, without "By", roles, e-mail, links, handles, dates or repeats.

    With ``organisations``, a name that looks like a domain ("ndr.de", "Redaktion hessenschau.de") is kept: an
    outlet named as the author of record, read only after no person was found."""
    names: list[str] = []
    seen: set[str] = set()
    for raw in raws:
        if not raw:
            continue
        for part in _SPLIT.split(_URL_ANYWHERE.sub(" ", _EMAIL.sub(" ", html.unescape(raw)))):
            name = _clean_name(part, organisations)
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)
    return names


def _clean_name(part: str, organisation: bool = False) -> str | None:
    text = " ".join(part.split()).strip(" ,.:-\u2013\u2014()[]")
    previous = None
    while previous != text:
        previous = text
        text = _BY.sub("", text).strip(" ,.:-\u2013\u2014")
    # "Jane Doe - Senior Reporter", "Jane Doe, Staff Writer": keep the name before a role
    for sep in (" - ", " \u2013 ", " \u2014 ", ", "):
        head, _, tail = text.partition(sep)
        if tail and _is_role(tail):
            text = head.strip()
    urlish = (_URL_START if organisation else _URLISH).search(text)
    if not any(ch.isalpha() for ch in text) or urlish or "@" in text or ":" in text or _is_role(text):
        return None
    if any(ch.isdigit() for ch in text) or len(text) > 60 or len(text.split()) > 5:
        return None
    return text


def _is_role(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return bool(words) and all(w in _ROLE_WORDS for w in words)


# ---------------------------------------------------------------- dates


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO-8601-like timestamp as an aware datetime (naive ones are read as UTC); None if unreadable."""
    if not value:
        return None
    text = value.strip()
    m = _ISO_SPACE.match(text)
    if m:
        zone = (m.group(3) or "").upper()
        zone = "+00:00" if zone in ("Z", "UTC", "GMT") else zone
        if zone and ":" not in zone:
            zone = zone[:3] + ":" + zone[3:]
        text = f"{m.group(1)}T{m.group(2)}{zone}"
    elif text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None or parsed.utcoffset() is None else parsed


def url_date(url: str) -> datetime | None:
    """A date written in the URL's path (``/2024/05/17/``, ``/20240517``, ``2024-05-17``) at 00:00 UTC."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in (_URL_DATE_SLASHED, _URL_DATE):
        m = pattern.search(path)
        if m:
            try:
                return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), tzinfo=UTC)
            except ValueError:
                continue
    return None


def page_published(page: PageMeta) -> datetime | None:
    """The publication time the page declares: JSON-LD ``datePublished``, then meta tags, then ``<time>``."""
    candidates: list[Any] = [page.jsonld_value("datePublished"), page.first_meta(DATE_KEYS), page.time]
    for value in candidates:
        if isinstance(value, str):
            parsed = parse_datetime(value)
            if parsed is not None:
                return parsed
    return None


def pick_published(
    page: datetime | None, feed: datetime | None, url_date: datetime | None, now: datetime
) -> tuple[datetime | None, PublishedSource | None]:
    """The publication time and which source won: the page's, else the feed's, else the URL's.

    A date in the future (after ``now``) or before 1990 is never accepted. A date from the URL has no time of
    day; it wins only when neither the page nor the feed gives a usable date. When the page's date falls on a
    different day than the URL's, the feed's date (when it agrees with the URL) is preferred, because pages often
    carry the time they were last modified in their "published" tag.
    """

    def usable(value: datetime | None) -> bool:
        return value is not None and value.tzinfo is not None and _EARLIEST <= value <= now + timedelta(seconds=60)

    page_ok, feed_ok, url_ok = usable(page), usable(feed), usable(url_date) and url_date is not None
    if (
        page_ok
        and url_ok
        and feed_ok
        and page is not None
        and feed is not None
        and url_date is not None
        and page.date() != url_date.date()
        and feed.astimezone(UTC).date() == url_date.date()
    ):
        return feed, "feed"
    if page_ok:
        return page, "page"
    if feed_ok:
        return feed, "feed"
    if url_ok:
        return url_date, "url"
    return None, None


# ---------------------------------------------------------------- language


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 part of a declared language ("en-GB" -> "en"); None when it is not one."""
    if not value:
        return None
    match = _LANG.match(value.strip().split(",")[0].strip())
    return match.group(1).lower() if match else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def _iso639_1(code: str) -> str | None:
    """The detector's code as ISO 639-1: itself, its macro language's, or None ("zxx", a creole)."""
    if len(code) == 2:
        return code
    return _MACRO_LANGUAGE.get(code)


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text`` by the detector, with the page's declared language as a prior.

    The declared language wins when the text is shorter than MIN_DETECT_CHARS, when it is shorter than
    SHORT_TEXT_CHARS and the detector ranks the declared language among its first DECLARED_PRIOR_RANKS, and when
    the detector's best guess has no ISO 639-1 code. A long text is the detector's: sites often keep a template's
    default ``lang="en-US"`` on pages written in another language.
    """
    page_code = language_code(declared)
    if len(text) < MIN_DETECT_CHARS:
        return page_code
    scores = _identifier().rank(text[:DETECT_MAX_CHARS])
    ranked = [_iso639_1(str(code)) for code, _score in scores[:DECLARED_PRIOR_RANKS]]
    best = ranked[0] if ranked else None
    if page_code and best is not None and _SAME_LANGUAGE.get(page_code) == best:
        return page_code
    if page_code and len(text) < SHORT_TEXT_CHARS and _SAME_LANGUAGE.get(page_code, page_code) in ranked:
        return page_code
    if best is None:
        return page_code or next((code for code in ranked if code), None)
    return best
