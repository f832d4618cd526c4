"""Turning an article page's HTML into clean text and metadata.

:func:`clean` parses the page once and then

1. reads the page's own metadata (:mod:`ingest.metadata`: meta tags, JSON-LD, ``<time>``, canonical link);
2. extracts the main text with trafilatura's fast path (no comments, no tables: news tables are mostly layout or
   data that neither gold keeps) and, when that result is empty or much shorter than the text in the page's
   paragraphs, with trafilatura's full path, which adds its readability/jusText fallback. Measured on the news
   corpora (``bench/extraction.py``): the fast path keeps F1 and is about 1.5x faster; the fallback wins back the
   pages the fast path cuts short;
3. drops the headline when the extractor repeats it as the first line, and removes promo, solicitation and
   navigation paragraphs with :class:`~ingest.promo.PromoFilter`;
4. trims page furniture at the start of the text (the headline in other words, a date or time stamp, a bare
   byline) and drops anywhere date-stamp lines, bylines of names, the article's author names on their own,
   credits (picture, source, copyright, wire copy, sign-offs such as "(dmk)", captions ending in their credit)
   and embedded social-media posts; puts back the standfirst when the extractor dropped it: the visible element
   whose text is the page's description, outside any link, else the element the page marks as its lead by class
   between the headline and the body. Measured on both corpora;
5. detects the language of the clean text (py3langid), with the page's declared language as a prior for short
   texts (:func:`ingest.metadata.detect_language`).

It is the single code path of the poller and of ``newsflow clean``.

Hostile pages end in :class:`~ingest.errors.ExtractionError`, never another exception or an empty article: a page
whose only text asks for JavaScript ("You need to enable JavaScript to run this app") has no article; markup or
JSON-LD nested past Python's stack fails cleanly; the text is bounded (``TEXT_MAX_BYTES``), and so are the title
and every URL taken from the page (longer ones are not the page's, they are an attack on the message size).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no stubs
from trafilatura.metadata import extract_author, extract_title
from trafilatura.settings import Document

from ingest.errors import ExtractionError
from ingest.metadata import (
    AUTHOR_KEYS,
    PageMeta,
    PublishedSource,
    byline_texts,
    clean_authors,
    detect_language,
    jsonld_names,
    labelled_bylines,
    page_published,
    parse_datetime,
    pick_published,
    read_page,
    url_date,
)
from ingest.promo import PromoFilter

CLEANER_NAME = "newsflow-cleaner"
CLEANER_VERSION = "0.4.1"
# trafilatura falls back to any text it finds, so a page of navigation links yields "Home": that is not an article.
MIN_ARTICLE_WORDS = 5
# Bounds on what a page can put into the article message (whose decoder refuses more than 8 MiB in all): the
# longest real articles hold a few hundred KB of text; a title is a line; URLs beyond the contract's 8192 characters
# are dropped (a canonical link that long would otherwise fail the message, not the page).
TEXT_MAX_BYTES = 2 * 1024 * 1024
TITLE_MAX_CHARS = 1000
URL_MAX_CHARS = 8192
# A notice that the page needs JavaScript, in the languages of the corpora: "You need to enable JavaScript to run
# this app", "Bitte aktivieren Sie JavaScript", "Einige Elemente funktionieren nur mit aktiviertem JavaScript".
# It must name JavaScript, say it is off or needed, and speak to the reader, so prose about JavaScript stays.
_SCRIPT_NAME = re.compile(r"\bjava\s?script\b", re.IGNORECASE)
_SCRIPT_STATE = re.compile(
    r"\b(?:enabl|turn(?:ed|ing)? (?:it )?on|switch(?:ed)? on|activ|allow|requir|need|disabl|turned off|"
    r"aktiv|einschalt|deaktiv|désactiv|habilit|deshabilit|abilit|attiv|disattiv)",
    re.IGNORECASE,
)
_SCRIPT_READER = re.compile(
    r"\b(?:please|you|your|browser|this (?:site|page|app|content|video|website|feature)|to (?:view|run|use|see|"
    r"read|watch|continue)|bitte|sie|ihr\w*|funktionier\w*|veuillez|vous|votre|por favor|navegador|per favore)\b",
    re.IGNORECASE,
)
_SCRIPT_NOTICE_MAX_WORDS = 40
# The fast path's text is "much shorter than the page's main text" below this share of the text in <p> elements.
FALLBACK_SHARE = 0.25
FALLBACK_MIN_CHARS = 500
# Leading furniture is looked for in this many first lines only.
_LEAD_LINES = 6
# A line sharing this share of its words with the headline is the headline again (kicker or punctuation aside).
_TITLE_OVERLAP = 0.6
_CREDIT = re.compile(
    r"^\W*(?:(?:foto|fotos|photo|photos|bild|image|picture|credit|quelle|source|fuente|copyright|\u0444\u043e\u0442\u043e)\s*:|©|\(c\)\s)",
    re.IGNORECASE,
)
_CREDIT_MAX_WORDS = 8
# A copyright notice ("Copyright © AFP 2017-2026. Für die kommerzielle Nutzung ...") may run a little longer.
_COPYRIGHT = re.compile(r"^\W*(?:copyright\s*)?(?:©|\(c\)\s)|^\W*copyright\s+\d{4}\b", re.IGNORECASE)
_COPYRIGHT_MAX_WORDS = 40
# A wire-copy credit at the end ("With files from The Associated Press", "Mit Agenturmaterial.").
_WIRE_CREDIT = re.compile(
    r"^\W*(?:with (?:files|reporting|reports|additional reporting) (?:from|by)|additional reporting by"
    r"|mit (?:agenturmaterial|material (?:von|der))|avec (?:afp|reuters|l.afp|agences)"
    r"|con informaci[oó]n de (?:agencias|efe|afp|reuters|ap|europa press))\b",
    re.IGNORECASE,
)
_WIRE_CREDIT_MAX_WORDS = 15
# A writer's or agency's short sign-off in parentheses: "(dmk)", "(dpa)", "(AFP/Reuters)".
_SIGN_OFF = re.compile(
    r"^\(\s*(?:[a-zäöüß]{2,5}|[A-ZÄÖÜ]{2,5})(?:\s*[,/]\s*(?:[a-zäöüß]{2,5}|[A-ZÄÖÜ]{2,5})){0,3}\s*\)$"
)
# A picture caption that ends with its credit: "... im Regionalverkehr. Bild: Maximilian von Lachner".
_CAPTION_CREDIT = re.compile(
    r"[.!?\u201c\u201d\"]\s+(?:bild|foto|fotos|photo|image|picture)\s*:\s*[^.!?:]{2,60}$", re.IGNORECASE
)
_CAPTION_MAX_WORDS = 40
_KICKER_WORDS = 6  # a kicker printed before the headline on the same line
_LABEL_MAX_WORDS = 4  # a label line (kicker, section) before the headline or the byline
_STANDFIRST_MIN_WORDS = 6
_STANDFIRST_WORDS = 10  # words of the standfirst that, found in the text, show it is already there
_STANDFIRST_PREFIX = 60  # characters of the description the standfirst element must start with
_STANDFIRST_CLIMB = 4  # levels from the element holding the description's first words
_STANDFIRST_SLACK = 1.2  # the element may be at most this much longer than the description (+ 20 characters)
# Elements whose own text holds the description's first words (xpath runs in C: a Python walk costs 1 ms/page).
_STANDFIRST_XPATH = "//body//text()[contains(., $head)]"
_PLAIN_START = re.compile(r"\w[\w ,.-]{9,}")
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "a"})
# The lead by its markup, when the description does not find it: an element whose class names it a lead
# ("article-lead", "go-article-header__intro", "excerpt"), between a nearby <h1> and the start of the body.
_LEAD_WORDS = frozenset(
    {"lead", "intro", "introduction", "standfirst", "excerpt", "preamble", "summary", "subtitle", "abstract"}
    | {"chapeau", "chapo", "entradilla", "vorspann", "perex", "sommario", "zajawka"}
)
_LEAD_NOT_WORDS = frozenset(
    {"caption", "image", "img", "photo", "video", "media", "figure", "credit", "related", "card", "list", "item"}
    | {"asset", "gallery", "slideshow", "cookie", "comment", "comments", "newsletter", "signup", "push", "paywall"}
)
_LEAD_CLASS = re.compile("|".join(sorted(_LEAD_WORDS)), re.IGNORECASE)  # a cheap first test of the class
_LEAD_NOT_TAGS = frozenset({"h1", "li", "a", "figure", "figcaption", "img", "section", "article", "main", "body"})
_LEAD_NOT_INSIDE = frozenset({"h1", "a", "nav", "aside", "footer", "figure", "figcaption", "li"})
_LEAD_MIN_WORDS = 8
_LEAD_MAX_WORDS = 120
_LEAD_NEAR_LEVELS = 3  # the lead is inside the headline's container: its ancestor this many levels up
_LEAD_HEADLINES = 3
_CLASS_WORD = re.compile(r"[^a-z]+")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"""[.!?;"\u201d\u2019'\u00bb\u201c)\u3002\uff01\uff1f]\s*$""")
_MONTH = (
    r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*"
)
_DATE = re.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}\.?\s+{_MONTH}\.?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}:\d\d\b|\d{{4}}年\d{{1,2}}月",
    re.IGNORECASE,
)
# An embedded social-media post: its text ends in the post's picture or short link.
_EMBEDDED_POST = re.compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+", re.IGNORECASE)
_EMBEDDED_POST_MAX_WORDS = 80
_AM_PM = re.compile(r"\s[ap]\.m\.$", re.IGNORECASE)
_DATE_LINE_MAX_WORDS = 10
_DATE_LINE_OTHER_WORDS = 5  # words besides the date and numbers ("Stand:", "Uhr", "Updated", "posted on")
_BYLINE = re.compile(
    r"^\W*(?:by|von|par|por|door|av|af|di)(?:\s*:)?\s+(?:\w[\w.'\u2019-]*\s*,?\s*){1,6}$", re.IGNORECASE
)
_BYLINE_MAX_WORDS = 7
# Words a byline of names may hold in lower case ("By Jane Doe and John Roe", "von Anna de la Cruz").
_NAME_CONNECTORS = frozenset({"and", "und", "et", "y", "e", "og", "och", "en", "van", "von", "der", "den", "de"})
_NAME_CONNECTORS_MORE = frozenset({"da", "di", "del", "della", "la", "le", "du", "des", "zu", "ter", "bin", "al"})
_EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "with_metadata": False,
}


@dataclass(frozen=True)
class CleanArticle:
    """An article's clean text (paragraphs separated by one blank line) and metadata.

    ``published_at`` is the page's own date (``published_source == "page"``) or, when the page gives none, the
    date in its URL (``"url"``); the poller combines it with the feed's date in :func:`ingest.article.build_article`.
    """

    text: str
    title: str | None
    authors: list[str]
    published_at: datetime | None
    language: str | None
    site_name: str | None
    canonical_url: str | None
    description: str | None
    image: str | None
    removed_promo: int
    published_source: PublishedSource | None = None


@lru_cache(maxsize=1)
def _default_filter() -> PromoFilter:
    return PromoFilter()


def parse_html(html: str, url: str) -> HtmlElement:
    """The page's tree, as trafilatura parses it; ExtractionError when it is not HTML."""
    try:
        tree = trafilatura.load_html(html)
    except Exception as exc:  # hostile HTML must end in a typed error, not a crash
        raise ExtractionError(f"extraction failed for {url}: {type(exc).__name__}: {exc}") from exc
    if tree is None:
        raise ExtractionError(f"no article text found at {url}")
    return tree


def _extract(tree: HtmlElement, url: str, fast: bool) -> str:
    try:
        doc = trafilatura.bare_extraction(tree, url=url, fast=fast, **_EXTRACT_OPTIONS)
    except Exception as exc:  # hostile HTML must end in a typed error, not a crash
        raise ExtractionError(f"extraction failed for {url}: {type(exc).__name__}: {exc}") from exc
    return doc.text or "" if isinstance(doc, Document) else ""


def _paragraph_chars(tree: HtmlElement) -> int:
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def main_text(tree: HtmlElement, url: str) -> list[str]:
    """The main text's paragraphs, before the promo filter: fast path, full path when the fast one falls short."""
    text = _extract(tree, url, fast=True)
    if len(text) < FALLBACK_MIN_CHARS or len(text) < FALLBACK_SHARE * _paragraph_chars(tree):
        full = _extract(tree, url, fast=False)
        if len(full) > len(text):
            text = full
    return [line.strip() for line in text.splitlines() if line.strip()]


def extract_paragraphs(html: str, url: str) -> list[str]:
    """The main text's paragraphs before the promo filter (for measuring the filter)."""
    return main_text(parse_html(html, url), url)


def is_script_notice(line: str) -> bool:
    """A notice that the page needs JavaScript, not article text."""
    return (
        len(line.split()) <= _SCRIPT_NOTICE_MAX_WORDS
        and _SCRIPT_NAME.search(line) is not None
        and _SCRIPT_STATE.search(line) is not None
        and _SCRIPT_READER.search(line) is not None
    )


def clean(html: str, url: str, promo_filter: PromoFilter | None = None) -> CleanArticle:
    """Extract the article in ``html`` (fetched from ``url``) as clean text plus metadata.

    Raises :class:`~ingest.errors.ExtractionError` when no article text remains (saying so when the page only asks
    for JavaScript), when the text exceeds ``TEXT_MAX_BYTES``, or when the page is nested too deep to read.
    """
    try:
        return _clean(html, url, promo_filter)
    except RecursionError as exc:  # JSON-LD or markup nested deeper than Python's stack
        raise ExtractionError(f"extraction failed for {url}: nested too deep ({exc})") from exc


def _clean(html: str, url: str, promo_filter: PromoFilter | None) -> CleanArticle:
    tree = parse_html(html, url)
    page = read_page(tree)  # before extraction: trafilatura works on a copy, but read the untouched page
    standfirst = _standfirst(tree, page, html)
    extracted = main_text(tree, url)
    paragraphs = [p for p in extracted if not is_script_notice(p)]
    # a page whose text asks for JavaScript renders its article in the browser: say so when nothing else is left
    hint = ": the page asks for JavaScript" if len(paragraphs) < len(extracted) else ""
    if not paragraphs:
        raise ExtractionError(f"no article text found at {url}{hint}")
    title = _title(tree, page)
    # Pages that put the headline inside <article> get it back as the first line: it is the title, not body.
    while paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs.pop(0)
    headline = page.jsonld_value("headline")
    titles = [t for t in (title, headline if isinstance(headline, str) else None, page.title_tag) if t]
    paragraphs = drop_furniture(paragraphs, titles)
    authors = _authors(tree, page)
    paragraphs = [p for p in paragraphs if not is_author_line(p, authors)]
    if standfirst is None or _contains(paragraphs, standfirst):
        standfirst = lead_by_markup(tree, paragraphs[0] if paragraphs else None)
    if standfirst and not _contains(paragraphs, standfirst):
        paragraphs.insert(0, standfirst)
    result = (promo_filter or _default_filter()).filter(paragraphs)
    if not result.kept:
        raise ExtractionError(f"only promotional text found at {url}{hint}")
    if sum(len(p.split()) for p in result.kept) < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found at {url} (fewer than {MIN_ARTICLE_WORDS} words){hint}")
    text = "\n\n".join(result.kept)
    size = len(text.encode("utf-8"))
    if size > TEXT_MAX_BYTES:
        raise ExtractionError(f"article text of {size} bytes at {url} exceeds {TEXT_MAX_BYTES}")
    published, source = pick_published(_page_date(tree, page), None, url_date(url), datetime.now(UTC))
    return CleanArticle(
        text=text,
        title=title,
        authors=authors,
        published_at=published,
        published_source=source,
        language=detect_language(text, page.lang or page.meta.get("content-language") or page.meta.get("og:locale")),
        site_name=_site_name(page),
        canonical_url=_absolute_http(url, page.canonical),
        description=_clean_str(page.first_meta(("description", "og:description", "twitter:description"))),
        image=_image(url, page),
        removed_promo=len(result.removed),
    )


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _contains(paragraphs: list[str], text: str) -> bool:
    """Whether ``text`` opens one of ``paragraphs``, or is within one, by words (quotes and dashes aside)."""
    start = " ".join(_tokens(text)[:_STANDFIRST_WORDS])
    return any(start in " ".join(_tokens(p)) for p in paragraphs)


def _is_title_again(line: str, title: str | None) -> bool:
    """The headline again: mostly its words, a part of it, or it with a kicker ("Premier League Liverpool ...")."""
    if not title:
        return False
    words, title_words = set(_tokens(line)), set(_tokens(title))
    if not words or not title_words:
        return False
    return (
        len(words & title_words) / len(words | title_words) >= _TITLE_OVERLAP
        or (len(words) >= 3 and words <= title_words)
        or (len(title_words) >= 3 and title_words <= words and len(words) <= len(title_words) + _KICKER_WORDS)
    )


def is_date_line(line: str) -> bool:
    """A date or time stamp on its own ("Stand: 22.04.2024, 06:00 Uhr", "posted on April 21, 2015")."""
    if len(line.split()) > _DATE_LINE_MAX_WORDS or _SENTENCE_END.search(_AM_PM.sub("", line)) or not _DATE.search(line):
        return False
    return sum(not w.isdigit() for w in _tokens(_DATE.sub(" ", line))) <= _DATE_LINE_OTHER_WORDS


def is_byline(line: str) -> bool:
    """A bare byline ("By Jane Doe", "von Nina Magoley") on a line of its own."""
    return len(line.split()) <= _BYLINE_MAX_WORDS and bool(_BYLINE.match(line))


def is_named_byline(line: str) -> bool:
    """A byline of capitalised names ("By Jane Doe", "Von Anna Sleegers, Frankfurt"), safe to drop anywhere.

    Unlike :func:`is_byline` it refuses short sentences that open with the same word ("By then it was too late").
    """
    if not is_byline(line) or _SENTENCE_END.search(line):
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", line)[1:]
    return bool(words) and all(w[0].isupper() or w in _NAME_CONNECTORS or w in _NAME_CONNECTORS_MORE for w in words)


def drop_furniture(paragraphs: list[str], titles: list[str]) -> list[str]:
    """Without the headline at the start, and date stamps, bylines, credits and embedded posts anywhere.

    Short labels before them (a kicker, a section name, "Liveblog") go with them; the first sentence ends the start.
    """
    start = 0
    for i, line in enumerate(paragraphs[:_LEAD_LINES]):
        if any(_is_title_again(line, t) for t in titles) or is_date_line(line) or is_byline(line):
            start = i + 1
        elif len(line.split()) > _LABEL_MAX_WORDS or _SENTENCE_END.search(line):
            break
    return [
        p
        for p in paragraphs[start:]
        if not is_date_line(p) and not is_credit(p) and not is_named_byline(p) and not is_embedded_post(p)
    ]


def is_embedded_post(line: str) -> bool:
    """The text of an embedded social-media post, which ends in the post's picture or short link."""
    return len(line.split()) <= _EMBEDDED_POST_MAX_WORDS and bool(_EMBEDDED_POST.search(line))


def is_author_line(line: str, authors: list[str]) -> bool:
    """The article's byline on a line of its own: only an author's name, or names, with "By" and a role aside."""
    if not authors or len(line.split()) > _BYLINE_MAX_WORDS:
        return False
    names = clean_authors([line])
    keys = {_key(a) for a in authors}
    return bool(names) and all(_key(n) in keys for n in names)


def is_credit(line: str) -> bool:
    """A credit on its own: source, copyright, picture, wire copy or sign-off, or a caption ending in its credit.

    "Quelle: AFP", "© dpa-infocom", "Photo: Jane Doe", "Copyright © AFP 2024. All rights reserved.", "With files
    from The Associated Press", "(dmk)", "A bus on the new line. Photo: Jane Doe".
    """
    words = len(line.split())
    return (
        (words <= _CREDIT_MAX_WORDS and bool(_CREDIT.match(line)))
        or (words <= _COPYRIGHT_MAX_WORDS and bool(_COPYRIGHT.match(line)))
        or (words <= _WIRE_CREDIT_MAX_WORDS and bool(_WIRE_CREDIT.match(line)))
        or (words <= _CAPTION_MAX_WORDS and bool(_CAPTION_CREDIT.search(line)))
        or bool(_SIGN_OFF.match(line.strip()))
    )


def _starts_a_text(raw: str, words: str) -> bool:
    """Whether ``words`` open a text node of the page's body (right after a tag, not inside a script's JSON)."""
    pos = raw.find("</head>")
    while (pos := raw.find(words, pos + 1)) >= 0:
        if raw[max(0, pos - 200) : pos].rstrip().endswith(">"):
            return True
    return False


def _standfirst(tree: HtmlElement, page: PageMeta, raw: str) -> str | None:
    """The visible standfirst: the shortest element, outside links, whose text is the page's description."""
    description = page.first_meta(("og:description", "description", "twitter:description"))
    if not description:
        return None
    description = " ".join(html.unescape(description).split())
    if len(description.split()) < _STANDFIRST_MIN_WORDS:
        return None
    prefix = description.rstrip(".\u2026 ")[:_STANDFIRST_PREFIX]
    head = prefix[:20]
    # Cheap test first: the raw page must hold the description's first words after its <head> (entities aside).
    plain = _PLAIN_START.match(head)
    if plain and not _starts_a_text(raw, plain.group(0)):
        return None
    best: str | None = None
    limit = _STANDFIRST_SLACK * len(description) + 20
    for text in tree.xpath(_STANDFIRST_XPATH, head=head):
        element = text.getparent()
        if element is None or element.tag in _NOT_TEXT or not text.is_text:
            continue
        # the element's own text may be only the first words (a dateline in <strong>): climb a few levels to the
        # block holding all of the description, never to a container much longer than it
        found = None
        for _ in range(_STANDFIRST_CLIMB):
            content = " ".join(element.text_content().split())
            if len(content) > limit or element.tag in ("body", "html"):
                break
            if content.startswith(prefix):
                found = content
                break
            element = element.getparent()
            if element is None:
                break
        if found is None or (best is not None and len(found) >= len(best)):
            continue
        ancestors = {a.tag for a in element.iterancestors()}
        # outside any link (a teaser of another story), inside the article's container (not a site header)
        if "a" not in ancestors and ancestors & {"article", "main"}:
            best = found
    return best


def lead_by_markup(tree: HtmlElement, body_start: str | None) -> str | None:
    """The standfirst by its class ("article-lead", "intro", "excerpt"): after a nearby <h1>, before the body.

    The element follows one of the first <h1> inside the headline's container (its ancestor ``_LEAD_NEAR_LEVELS``
    up, below <body>), comes before the body's first words (``body_start``), sits outside links, lists, figures,
    asides and footers, and reads like a lead (``_LEAD_MIN_WORDS`` to ``_LEAD_MAX_WORDS`` words, not a teaser cut
    off with an ellipsis).
    """
    if not body_start:
        return None
    for h1 in tree.xpath("//body//h1")[:_LEAD_HEADLINES]:
        container = [a for a in list(h1.iterancestors())[:_LEAD_NEAR_LEVELS] if a.tag not in ("body", "html")]
        if not container:
            continue
        after_headline = False
        for element in container[-1].iter():  # document order
            if element is h1:
                after_headline = True
            elif after_headline and isinstance(element.tag, str) and _LEAD_CLASS.search(element.get("class") or ""):
                lead = _lead_text(element, body_start[:25])
                if lead:
                    return lead
    return None


def _lead_text(element: HtmlElement, body_start: str) -> str | None:
    words = set(_CLASS_WORD.split(str(element.get("class")).lower()))
    if not words & _LEAD_WORDS or words & _LEAD_NOT_WORDS or element.tag in _LEAD_NOT_TAGS:
        return None
    if any(a.tag in _LEAD_NOT_INSIDE for a in element.iterancestors()):
        return None
    text = " ".join(element.text_content().split())
    if not _LEAD_MIN_WORDS <= len(text.split()) <= _LEAD_MAX_WORDS or text.endswith(("\u2026", "...")):
        return None
    if not element.xpath("boolean(following::text()[contains(., $start)])", start=body_start):
        return None
    return text


def _title(tree: HtmlElement, page: PageMeta) -> str | None:
    # Measured: the sharing title, then JSON-LD, then the page's headline; a lone <h1> often misses a kicker.
    headline = page.jsonld_value("headline")
    title = (
        _clean_str(page.first_meta(("og:title", "twitter:title")))
        or _clean_str(headline if isinstance(headline, str) else None)
        or _clean_str(extract_title(tree))
    )
    return title[:TITLE_MAX_CHARS].rstrip() if title else None


def _authors(tree: HtmlElement, page: PageMeta) -> list[str]:
    """People first (JSON-LD, author links, meta names with a space, bylines), organisations last.

    A "person" named like the site itself (JSON-LD ``Person`` "Krautreporter"), its publisher or an organisation
    the JSON-LD gives as author is the outlet, not a person: the people sources skip it, so that a real byline
    further down wins.
    """
    jsonld_author = page.jsonld_value("author")
    meta = [v for k in AUTHOR_KEYS if (v := page.meta.get(k))]
    # the outlet's names: the site's, the publisher's and any organisation the JSON-LD names as author
    organisations = jsonld_names(jsonld_author, people=False) + jsonld_names(page.jsonld_value("publisher"), False)
    outlet = {_key(name) for name in (_site_name(page), page.first_meta(("og:site_name",)), *organisations) if name}
    people: tuple[Callable[[], Iterable[str | None]], ...] = (
        lambda: jsonld_names(jsonld_author),
        lambda: page.author_links,
        lambda: [v for v in meta if " " in v.strip() and not _credits_outlet(v, outlet)],
        lambda: [extract_author(tree)],
        lambda: byline_texts(tree),
        lambda: labelled_bylines(tree),
        lambda: page.author_pages,
    )
    named_outlet: list[str] = []
    for source in people:
        names = clean_authors(source())
        found = [name for name in names if _key(name) not in outlet]
        if found:
            return found
        named_outlet = named_outlet or names
    if named_outlet:
        return named_outlet
    for source in (lambda: jsonld_names(jsonld_author, people=False), lambda: meta):
        found = clean_authors(source(), organisations=True)
        if found:
            return found
    return []


_BRACKETED = re.compile(r"\(([^()]{2,80})\)")
_URL_SCHEME = re.compile(r"^\s*(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _credits_outlet(value: str, outlet: set[str]) -> bool:
    """A meta author that starts with the outlet's name ("hessenschau.de, Frankfurt, Germany") or names it in
    brackets ("Deutsche Welle (www.dw.com)") credits the outlet: the rest is a place or a desk, not a person."""
    names = clean_authors([value], organisations=True)
    if names and _key(names[0]) in outlet:
        return True
    return any(_key(_URL_SCHEME.sub("", inner)) in outlet for inner in _BRACKETED.findall(value))


def _key(name: str) -> str:
    return "".join(_tokens(name))


def _page_date(tree: HtmlElement, page: PageMeta) -> datetime | None:
    declared = page_published(page)
    if declared is not None:
        return declared
    # No declared date: htmldate reads the markup (not the running text: its extensive search is slow). The URL's
    # date is left to pick_published, so that the source it reports is right.
    found = find_date(tree, extensive_search=False, original_date=True)
    return parse_datetime(found) if found else None


def _site_name(page: PageMeta) -> str | None:
    publisher = page.jsonld_value("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return _clean_str(page.first_meta(("og:site_name", "application-name"))) or _clean_str(
        name if isinstance(name, str) else None
    )


def _image(url: str, page: PageMeta) -> str | None:
    image = page.first_meta(("og:image", "og:image:url", "twitter:image", "twitter:image:src"))
    if image is None:
        value = page.jsonld_value("image")
        value = value[0] if isinstance(value, list) and value else value
        image = value.get("url") if isinstance(value, dict) else value if isinstance(value, str) else None
    return _absolute_http(url, image)


def _clean_str(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


def _absolute_http(base: str, href: str | None) -> str | None:
    if not href or len(href) > URL_MAX_CHARS:
        return None
    try:
        absolute = urljoin(base, href.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute
