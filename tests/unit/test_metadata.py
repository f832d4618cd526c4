"""Metadata helpers: author lists, publication time from page/feed/URL, language of the text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.metadata import (
    byline_texts,
    clean_authors,
    detect_language,
    jsonld_names,
    labelled_bylines,
    parse_datetime,
    pick_published,
    read_page,
    url_date,
)

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
PAGE = datetime(2024, 5, 17, 9, 30, tzinfo=timezone(timedelta(hours=2)))
FEED = datetime(2024, 5, 17, 8, 0, tzinfo=UTC)
URL = datetime(2024, 5, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raws", "expected"),
    [
        (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe, Senior Reporter"], ["Jane Doe"]),
        (["Jane Doe | Staff Writer"], ["Jane Doe"]),
        (["Jane Doe - Political Correspondent"], ["Jane Doe"]),
        (["Jane Doe jane.doe@paper.example"], ["Jane Doe"]),
        (["Von Anna Schmidt und Max Müller"], ["Anna Schmidt", "Max Müller"]),
        (["Par Sébastien Farcis"], ["Sébastien Farcis"]),
        (["Jane Doe", "jane doe", "JANE DOE"], ["Jane Doe"]),
        (["https://www.facebook.com/profile.php?id=x", "@handle"], []),
        (["Username", "Staff", "", None], []),
        (["Updated 3 hours ago"], []),
    ],
)
def test_authors_are_names_only(raws: list[str | None], expected: list[str]) -> None:
    assert clean_authors(raws) == expected


@given(st.lists(st.text(max_size=80), max_size=5))
def test_clean_authors_never_raises_and_never_repeats(raws: list[str]) -> None:
    names = clean_authors(raws)
    assert len({n.casefold() for n in names}) == len(names)
    assert all(n and "@" not in n for n in names)


def test_jsonld_names_split_people_from_organisations() -> None:
    value = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}, "John Roe"]
    assert jsonld_names(value) == ["Jane Doe", "John Roe"]
    assert jsonld_names(value, people=False) == ["Reuters"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-17T09:30:00+02:00", PAGE),
        ("2024-05-17T07:30:00Z", datetime(2024, 5, 17, 7, 30, tzinfo=UTC)),
        ("2024-05-17 07:30:00", datetime(2024, 5, 17, 7, 30, tzinfo=UTC)),
        ("2024-05-17T09:30:00+0200", PAGE),
        ("2024-05-17", datetime(2024, 5, 17, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_datetime_is_timezone_aware(raw: str, expected: datetime | None) -> None:
    parsed = parse_datetime(raw)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is not None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/05/17/story/", URL),
        ("https://news.example/politics/20240517-story", URL),
        ("https://news.example/a/2024-05-17/story.html", URL),
        ("https://news.example/2024/13/45/story/", None),
        ("https://news.example/story-12345678", None),
        ("https://news.example/story?date=2024/05/17", None),
    ],
)
def test_url_date(url: str, expected: datetime | None) -> None:
    assert url_date(url) == expected


def test_page_date_wins_over_feed_and_url() -> None:
    assert pick_published(PAGE, FEED, URL, NOW) == (PAGE, "page")


def test_feed_date_when_page_has_none_then_url() -> None:
    assert pick_published(None, FEED, URL, NOW) == (FEED, "feed")
    assert pick_published(None, None, URL, NOW) == (URL, "url")
    assert pick_published(None, None, None, NOW) == (None, None)


def test_future_and_implausibly_old_dates_are_never_accepted() -> None:
    future = NOW + timedelta(days=1)
    assert pick_published(future, FEED, None, NOW) == (FEED, "feed")
    assert pick_published(future, future, URL, NOW) == (URL, "url")
    assert pick_published(datetime(1970, 1, 1, tzinfo=UTC), None, None, NOW) == (None, None)


def test_page_date_on_another_day_than_url_and_feed_loses_to_the_feed() -> None:
    modified = datetime(2024, 5, 30, 10, 0, tzinfo=UTC)  # a "published" tag that carries the last edit
    assert pick_published(modified, FEED, URL, NOW) == (FEED, "feed")


@given(
    page=st.none() | st.datetimes(timezones=st.just(UTC)),
    feed=st.none() | st.datetimes(timezones=st.just(UTC)),
)
def test_picked_date_is_never_in_the_future(page: datetime | None, feed: datetime | None) -> None:
    picked, source = pick_published(page, feed, None, NOW)
    assert (picked is None) == (source is None)
    assert picked is None or picked <= NOW + timedelta(seconds=60)


def test_read_page_collects_meta_jsonld_time_and_author_links() -> None:
    tree = lxml.html.fromstring(
        "<html lang='en-GB'><head><link rel='canonical' href='/a'>"
        "<meta property='og:title' content='T'><meta name='author' content='Jane Doe'>"
        '<script type="application/ld+json">[{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "H"}]'
        "</script></head><body><time datetime='2024-05-17'>17 May</time>"
        "<span itemprop='author'><span itemprop='name'>John Roe</span></span><p>x</p></body></html>"
    )
    page = read_page(tree)
    assert page.lang == "en-GB"
    assert page.canonical == "/a"
    assert page.meta["og:title"] == "T"
    assert page.jsonld_value("headline") == "H"
    assert page.time == "2024-05-17"
    assert page.author_links == ["John Roe"]


def test_broken_jsonld_is_ignored() -> None:
    tree = lxml.html.fromstring('<html><head><script type="application/ld+json">{oops</script></head><body/></html>')
    assert read_page(tree).jsonld == []


def test_jsonld_in_cdata_with_control_characters_and_a_trailing_comma_is_read() -> None:
    raw = '//<![CDATA[\n{"@type": "NewsArticle", "headline": "A\tB", "author": [{"name": "Jane Doe"},],}\n//]]>'
    tree = lxml.html.fromstring(f'<html><head><script type="application/ld+json">{raw}</script></head><body/></html>')
    page = read_page(tree)
    assert page.jsonld_value("headline") == "A\tB"
    assert jsonld_names(page.jsonld_value("author")) == ["Jane Doe"]


def test_byline_texts_come_from_byline_classes_outside_captions() -> None:
    tree = lxml.html.fromstring(
        "<html><body><figure><span class='byline'>Photo Agency</span></figure>"
        "<span class='pb-byline'>By <a href='/people/jd'>Jane Doe</a></span>"
        "<div class='bylines'>not a byline class</div><p>x</p></body></html>"
    )
    assert byline_texts(tree) == ["By Jane Doe"]
    assert clean_authors(byline_texts(tree)) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Jana Berg</li></ul>",
         ["Jana Berg"]),
        (
            "<ul><li>Von: <span><a href='/p/a'>Bill  MCCARTHY</a>, Ana Ruiz</span></li></ul>",
            ["Bill MCCARTHY", "Ana Ruiz"],
        ),
        ("<p>Author: Jane Doe</p>", ["Jane Doe"]),
        ("<p>by then the bridge had closed, von Berlin aus gesehen.</p><p>Partnersites</p>", []),
        ("<p>Written by the council in 2003 and never revised since, the rules still apply today.</p>", []),
        ("<figure><figcaption>Von: Bildagentur</figcaption></figure><footer><p>Von: Redaktion</p></footer>", []),
    ],
)
def test_labelled_bylines_read_the_name_after_a_label(body: str, expected: list[str]) -> None:
    tree = lxml.html.fromstring(f"<html><body>{body}<p>text</p></body></html>")
    assert clean_authors(labelled_bylines(tree)) == expected


def test_organisation_names_like_domains_are_kept_only_when_asked() -> None:
    assert clean_authors(["ndr.de"]) == []
    assert clean_authors(["ndr.de", "Redaktion hessenschau.de"], organisations=True) == [
        "ndr.de",
        "Redaktion hessenschau.de",
    ]
    assert clean_authors(["https://ndr.de/team", "www.ndr.de"], organisations=True) == []


TEXTS = {
    "en": "The council voted on Tuesday to approve the new flood defences, despite objections from traders who "
    "said the works would block access to their shops for most of the summer season.",
    "de": "Der Stadtrat hat am Dienstag den neuen Hochwasserschutz beschlossen, obwohl Händler einwandten, dass "
    "die Bauarbeiten den Zugang zu ihren Geschäften fast den ganzen Sommer über versperren würden.",
    "fr": "Le conseil municipal a approuvé mardi les nouvelles digues, malgré les objections des commerçants qui "
    "affirment que les travaux bloqueront l'accès à leurs boutiques pendant presque tout l'été.",
    "es": "El ayuntamiento aprobó el martes las nuevas defensas contra inundaciones, pese a las objeciones de los "
    "comerciantes, que dicen que las obras bloquearán el acceso a sus tiendas casi todo el verano.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_is_detected_from_the_text(lang: str) -> None:
    assert detect_language(TEXTS[lang], declared="xx") == lang


def test_short_text_falls_back_to_the_declared_language() -> None:
    assert detect_language("Bonjour", declared="fr-FR") == "fr"
    assert detect_language("Bonjour", declared=None) is None


def test_norwegian_keeps_the_declared_written_standard() -> None:
    text = (
        "Regjeringen la fram statsbudsjettet tirsdag, og finansministeren sa at det blir mindre penger til "
        "kommunene neste år, samtidig som forsvaret og helsevesenet får flere milliarder kroner ekstra."
    )
    assert detect_language(text, declared="nb-NO") == "nb"
    assert detect_language(text, declared=None) == "no"


SCORELINE = (
    "Live: Champions League, Real Madrid - Bayern München 2:1, Tore: Vinicius, Kane, Joselu. "
    "Stadion Santiago Bernabeu, Madrid, Spanien."
)


def test_short_text_takes_the_declared_language_when_the_detector_ranks_it_close() -> None:
    # The detector alone reads this scoreline as Aragonese; the page says German, and German is its runner-up.
    assert detect_language(SCORELINE, declared=None) not in (None, "de")
    assert detect_language(SCORELINE, declared="de-DE") == "de"


def test_declared_language_the_detector_rules_out_does_not_win() -> None:
    assert detect_language(TEXTS["fr"], declared="en-US") == "fr"
    # a long text is the detector's, whatever the template declares
    assert detect_language(" ".join([TEXTS["de"]] * 4), declared="en-US") == "de"


CANTONESE = (
    "佢哋話今日嘅會議傾咗好耐，但係都未有結果。市民好擔心啲樓價會繼續升，因為政府嘅政策一直都冇乜改變。"
    "有啲人話佢哋已經等咗好多年，仲未上到公屋，生活好艱難，希望政府可以快啲諗辦法幫下佢哋。"
    "啲後生仔話佢哋唔想再等，佢哋想搬出嚟自己住，但係租金實在太貴，真係冇辦法。"
)


def test_languages_without_an_iso_639_1_code_get_their_macro_language() -> None:
    assert detect_language(CANTONESE, declared=None) == "zh"
    assert detect_language(CANTONESE, declared="en") == "zh"


@given(st.text(min_size=120, max_size=400), st.sampled_from([None, "en", "de-DE", "fr_FR", "x-klingon"]))
def test_detected_language_is_always_a_two_letter_code_or_none(text: str, declared: str | None) -> None:
    code = detect_language(text, declared)
    assert code is None or (len(code) == 2 and code.isalpha() and code.islower())


def test_author_elements_by_token_and_never_picture_credits() -> None:
    tree = lxml.html.fromstring(
        "<html><body><figcaption><span class='credit' itemprop='author'>Image: Getty Images/Agency</span>"
        "</figcaption><div class='caption'><span itemprop='author'>Photo Desk</span></div>"
        "<p itemprop='author creator' itemscope>By <a href='/by/jd'><span itemprop='name'>Nelson D. Schwartz</span>"
        "</a></p><a rel='author external' href='/a'>John Roe</a><span itemprop='authors'>Not A Token</span>"
        "<p>x</p></body></html>"
    )
    assert read_page(tree).author_links == ["Nelson D. Schwartz", "John Roe"]


def test_microdata_date_and_author_page_links_are_read() -> None:
    tree = lxml.html.fromstring(
        "<html><body><span itemprop='datePublished' content='2024-05-17T09:30:00Z'>17 May</span>"
        "<a href='/autoren/anna-schmidt'>Anna Schmidt</a><a href='/author/john-roe/'>John Roe</a>"
        "<a href='/author/third'>Third Person</a><footer><a href='/author/x'>Footer Link</a></footer>"
        "<p>x</p></body></html>"
    )
    page = read_page(tree)
    assert page.meta["datepublished"] == "2024-05-17T09:30:00Z"
    assert page.author_pages == ["Anna Schmidt", "John Roe"]
