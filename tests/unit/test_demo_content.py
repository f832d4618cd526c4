"""The bundled demo pages: manifest is consistent and each page cleans to its body without its promo footer."""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from ingest.clean import clean

DEMO = resources.files("newsflow.demo_content")
SEED_HTML = Path(__file__).resolve().parents[1] / "data" / "seed" / "article.html"
DEMO_HOST = "https://demo.newsflow.example"

# What each page's promo, CTA and navigation blocks say; none of it may reach the article text.
PROMO = {
    "sun-isis-mosul.html": ["We pay for your stories", "related stories", "0207 782 4368", "ISIS fighters flee Mosul"],
    "harbourside-flood-defences.html": [
        "Read more:",
        "Storm floods 140 homes as sea wall is breached",
        "Promenade traders launch petition",
        "Got a story?",
        "01632 960 123",
        "newsdesk@",
    ],
    "meridian-northwind-profit-warning.html": [
        "Sign up to our Morning Markets newsletter",
        "More stories",
        "Offshore wind developers face financing squeeze",
        "Energy stocks: what to watch",
        "Why the world is running short of turbine blades",
        "Follow us on LinkedIn",
    ],
    "coastline-hospital-waits.html": [
        "Got a tip?",
        "tips@coastlinepost.example",
        "0117 496 0345",
        "Follow us on Facebook",
        "My mum waited nine months",  # reader comment
    ],
}


class _ArticleParagraphs(HTMLParser):
    """Text of every <p> inside <article> or an articleBody-like container."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._depth = 0  # >0 while inside the article container
        self._in_p = False
        self._buf: list[str] = []
        self._p_classed = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        container = tag == "article" or a.get("itemprop") == "articleBody" or a.get("class") == "entry-content"
        if container or (self._depth and tag in ("div", "section", "article")):
            self._depth += 1
        if tag == "p" and self._depth:
            self._in_p, self._buf, self._p_classed = True, [], "class" in a

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._in_p:
            self._in_p = False
            text = " ".join("".join(self._buf).split())
            if text and not self._p_classed:
                self.paragraphs.append(text)
        elif tag in ("div", "section", "article") and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self._buf.append(data)


def _manifest() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads(DEMO.joinpath("manifest.json").read_text("utf-8"))
    return entries


def _body_paragraphs(html: str, promo: list[str]) -> list[str]:
    parser = _ArticleParagraphs()
    parser.feed(html)
    return [p for p in parser.paragraphs if not any(m.lower() in p.lower() for m in promo)]


def test_manifest_lists_every_page_with_unique_paths_and_guids() -> None:
    entries = _manifest()
    files = {e["file"] for e in entries}
    on_disk = {p.name for p in DEMO.iterdir() if p.name.endswith(".html")}
    assert files == on_disk == set(PROMO)
    assert len(entries) >= 4
    assert len({e["path"] for e in entries}) == len({e["guid"] for e in entries}) == len(entries)
    for entry in entries:
        assert set(entry) >= {"file", "path", "title", "guid", "published", "canonical"}
        assert entry["path"].startswith("/")
        assert entry["canonical"] == DEMO_HOST + entry["path"]
        assert parsedate_to_datetime(entry["published"]).tzinfo is not None


def test_sun_page_is_the_seed_with_only_the_canonical_changed() -> None:
    seed = SEED_HTML.read_text("utf-8").splitlines()
    demo = DEMO.joinpath("sun-isis-mosul.html").read_text("utf-8").splitlines()
    changed = [(a, b) for a, b in zip(seed, demo, strict=True) if a != b]
    assert len(changed) == 1
    assert changed[0][1] == f'<link rel="canonical" href="{DEMO_HOST}/news/isis-chief-corridor-of-death/">'


@pytest.mark.parametrize("entry", _manifest(), ids=lambda e: str(e["file"]))
def test_demo_page_cleans_to_its_body_without_promo(entry: dict[str, Any]) -> None:
    html = DEMO.joinpath(entry["file"]).read_text("utf-8")
    article = clean(html, DEMO_HOST + entry["path"])
    promo = PROMO[entry["file"]]
    for marker in promo:
        assert marker.lower() not in article.text.lower(), marker
    body = _body_paragraphs(html, promo)
    assert len(body) >= 8
    kept = article.text.split("\n\n")
    for paragraph in body:
        assert paragraph in kept, paragraph
    assert article.removed_promo >= 1
    assert article.canonical_url == entry["canonical"]
    assert article.title == entry["title"]
    assert article.published_at == parsedate_to_datetime(entry["published"])
    assert article.authors
    assert article.site_name
    assert article.language == "en"


@pytest.mark.parametrize(
    "entry", [e for e in _manifest() if e["file"] != "sun-isis-mosul.html"], ids=lambda e: str(e["file"])
)
def test_written_demo_pages_carry_what_the_claims_stage_needs(entry: dict[str, Any]) -> None:
    text = clean(DEMO.joinpath(entry["file"]).read_text("utf-8"), DEMO_HOST + entry["path"]).text
    paragraphs = text.split("\n\n")
    assert 8 <= len(paragraphs) <= 15
    assert sum(p.count('"') >= 2 for p in paragraphs) >= 2  # direct quotes
    assert any(cue in text for cue in ("she said", "he said", "she told", "he told"))  # pronoun attribution
    assert sum(cue in text for cue in ("claimed", "warned", "denied", "told")) >= 3  # reported speech
    assert any(hedge in text for hedge in ("may ", "might ", "could ", "appeared to", "likely"))
    assert any(money in text for money in ("£", "$", "€"))
