"""clean() on hostile pages: JavaScript-only pages, oversized metadata, text and nesting end in bounded results or
ExtractionError, never another exception or an empty article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest import clean as clean_module
from ingest.article import article_from_page
from ingest.clean import CLEANER_NAME, CLEANER_VERSION, TITLE_MAX_CHARS, clean, is_script_notice
from ingest.errors import ExtractionError
from newsflow.contracts import ArticleV1, Extractor

URL = "https://harbour.example/news/sea-wall"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the harbour council met on Tuesday and agreed to repair the old sea wall before winter, at a"
    f" cost of {n + 2} million pounds.</p>"
    for n in range(5)
)


def page(head: str = "", body: str = PARAGRAPHS) -> str:
    return f"<html><head><title>Sea wall</title>{head}</head><body><article><h1>Sea wall</h1>{body}</article></body>"


def message(html: str) -> ArticleV1:
    """The article message the poller would publish for ``html`` (builds and validates the contract)."""
    return article_from_page(
        clean(html, URL),
        url=URL,
        final_url=URL,
        extractor=Extractor(name=CLEANER_NAME, version=CLEANER_VERSION),
        fetched_at=datetime.now(UTC),
    )


@pytest.mark.parametrize(
    "notice",
    [  # seen on the pages of the fundus-dev corpus
        "You need to enable JavaScript to run this app.",
        "Please enable JavaScript to view this content.",
        "To view this video please enable JavaScript, and consider upgrading to a web browser that supports it",
        "Bitte aktivieren Sie JavaScript damit Sie diesen Inhalt anzeigen können.",
        "Sie haben Javascript für Ihren Browser deaktiviert.",
        "Einige Elemente auf SRF.ch funktionieren nur mit aktiviertem JavaScript.",
        "Veuillez activer JavaScript dans votre navigateur.",
    ],
)
def test_javascript_notices_are_recognised(notice: str) -> None:
    assert is_script_notice(notice)


@pytest.mark.parametrize(
    "prose",
    [
        "Developers can now enable JavaScript modules in Node 22 without a flag, the project announced.",
        "The council's website was rebuilt last year.",
        "Please enable notifications to hear about council meetings.",
    ],
)
def test_prose_is_not_a_javascript_notice(prose: str) -> None:
    assert not is_script_notice(prose)


def test_a_javascript_only_page_is_a_failure_that_names_javascript() -> None:
    app = (
        '<html><head><title>News App</title><script src="/app.js"></script></head><body>'
        '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>'
    )
    with pytest.raises(ExtractionError, match=r"no article text found at .*: the page asks for JavaScript"):
        clean(app, URL)


def test_a_javascript_notice_next_to_an_article_is_dropped_and_the_article_kept() -> None:
    notice = "<noscript><p>Please enable JavaScript to view the comments.</p></noscript>"
    article = clean(page(body=notice + PARAGRAPHS), URL)
    assert "JavaScript" not in article.text
    assert article.text.startswith("Paragraph 0")


def test_a_100_kb_canonical_link_is_ignored_instead_of_failing_the_message() -> None:
    canonical = f'<link rel="canonical" href="https://harbour.example/{"a" * 100_000}">'
    assert message(page(head=canonical)).canonical_url == URL


def test_an_oversized_title_is_cut() -> None:
    title = f'<meta property="og:title" content="{"Headline " * 50_000}">'
    article = message(page(head=title))
    assert article.title is not None
    assert 0 < len(article.title) <= TITLE_MAX_CHARS


def test_json_ld_nested_past_the_stack_is_an_extraction_error() -> None:
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    with pytest.raises(ExtractionError, match="nested too deep"):
        clean(page(head=deep), URL)


def test_text_over_the_bound_is_an_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    size = len(clean(page(), URL).text.encode())
    monkeypatch.setattr(clean_module, "TEXT_MAX_BYTES", size - 1)
    with pytest.raises(ExtractionError, match=f"article text of {size} bytes at {URL} exceeds {size - 1}"):
        clean(page(), URL)
