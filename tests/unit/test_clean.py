"""clean(): article text without promo, every body paragraph kept, and the page's metadata."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ingest.clean import (
    CLEANER_NAME,
    CLEANER_VERSION,
    clean,
    drop_furniture,
    is_author_line,
    is_byline,
    is_credit,
    is_date_line,
    is_embedded_post,
    is_named_byline,
    lead_by_markup,
    parse_html,
)
from ingest.errors import ExtractionError
from newsflow.errors import PermanentError

SEED = Path(__file__).resolve().parents[1] / "data" / "seed"
SEED_URL = "https://www.thesun.co.uk/news/2098417/"
BOILERPLATE = ("related stories", "We pay for your stories!")

FILLER = [
    "The regional transport authority confirmed on Monday that the new bridge would open to traffic in June, "
    "three months later than planned, after engineers found corrosion in two of its steel supports.",
    "Officials said the repairs had added about 4.5 million pounds to the cost of the project, which is now "
    "expected to reach 62 million pounds, and that contractors would work through the spring to finish it.",
    "Local businesses on both banks of the river said the delay had already cost them trade, and several "
    "owners told a public meeting that they had been given no warning before the original date was dropped.",
    "The authority said a shuttle bus would keep running every fifteen minutes until the bridge opened, and "
    "that it would publish a weekly update on the repairs on its website for anyone who wanted to follow them.",
]


def _page(head: str = "", body_paragraphs: list[str] | None = None, html_attrs: str = 'lang="en"') -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (body_paragraphs if body_paragraphs is not None else FILLER))
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><meta charset='utf-8'><title>Bridge opening delayed</title>{head}"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Bridge opening delayed</h1>"
        f"<div class='body'>{paragraphs}</div></article><footer>Copyright</footer></body></html>"
    )


@pytest.fixture(scope="module")
def seed_article_text() -> str:
    return clean((SEED / "article.html").read_text("utf-8"), SEED_URL).text


def _seed_body_paragraphs() -> list[str]:
    """The example's standfirst and body: article.txt without its headline (first line) and its boilerplate."""
    lines = (SEED / "article.txt").read_text("utf-8").splitlines()[1:]
    return [line for line in lines if line.strip() and not line.startswith(BOILERPLATE)]


@pytest.mark.parametrize(
    "forbidden",
    [
        "We pay for your stories",
        "related stories",
        "0207 782 4368",
        "ISIS fighters flee Mosul as troops close in",
        "[email",
        "protected]",
    ],
)
def test_seed_article_loses_promo_and_related_links(seed_article_text: str, forbidden: str) -> None:
    assert forbidden.lower() not in seed_article_text.lower()


def test_seed_article_keeps_its_standfirst_and_every_body_paragraph_in_order(seed_article_text: str) -> None:
    expected = _seed_body_paragraphs()
    assert len(expected) == 17
    assert expected[0].startswith("In spite of a $10million bounty")  # <p class="article__standfirst">
    assert seed_article_text.split("\n\n") == expected


def test_seed_article_metadata() -> None:
    article = clean((SEED / "article.html").read_text("utf-8"), SEED_URL)
    assert article.title is not None
    assert article.title.startswith("ISIS chief Abu Bakr al-Baghdadi")
    assert article.authors == ["Sun Online Reporter"]
    assert article.published_at == datetime(2016, 11, 10, 8, 17, tzinfo=UTC)
    assert article.language == "en"
    assert article.site_name == "The Sun"
    assert article.canonical_url == (
        "https://www.thesun.co.uk/news/2098417/isis-chief-abu-bakr-al-baghdadi-corridor-of-death-mosul/"
    )
    assert article.removed_promo == 2


def test_text_is_paragraphs_separated_by_one_blank_line() -> None:
    article = clean(_page(), "https://bridge.example/a")
    assert article.text.split("\n\n") == FILLER
    assert "\n\n\n" not in article.text


def test_headline_repeated_in_article_is_not_body_text() -> None:
    article = clean(_page(), "https://bridge.example/a")
    assert article.title == "Bridge opening delayed"
    assert not article.text.startswith("Bridge opening delayed")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("by Ana Ruiz", ["Ana Ruiz"]),
    ],
)
def test_authors_are_split_and_lose_by(raw: str, expected: list[str]) -> None:
    article = clean(_page(f'<meta name="author" content="{raw}">'), "https://bridge.example/a")
    assert article.authors == expected


def test_naive_published_time_is_read_as_utc() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:30:00">'
    assert clean(_page(head), "https://bridge.example/a").published_at == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)


def test_published_time_keeps_its_offset() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:30:00-04:00">'
    published = clean(_page(head), "https://bridge.example/a").published_at
    assert published == datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=-4)))


def test_relative_canonical_is_made_absolute() -> None:
    head = '<link rel="canonical" href="/news/bridge-delay/">'
    article = clean(_page(head), "https://bridge.example/amp/news/bridge-delay/?utm=x")
    assert article.canonical_url == "https://bridge.example/news/bridge-delay/"


@pytest.mark.parametrize("href", ["javascript:alert(1)", "ftp://bridge.example/a", ""])
def test_non_http_canonical_is_dropped(href: str) -> None:
    article = clean(_page(f'<link rel="canonical" href="{href}">'), "https://bridge.example/a")
    assert article.canonical_url is None


def test_missing_canonical_is_none() -> None:
    assert clean(_page(), "https://bridge.example/a").canonical_url is None


@pytest.mark.parametrize(("attrs", "expected"), [('lang="de-DE"', "de"), ('lang="FR"', "fr"), ("", None)])
def test_short_text_takes_the_declared_language_as_two_letter_lowercase(attrs: str, expected: str | None) -> None:
    short = ["The bridge opens in June, three months late, the transport authority said."]
    assert clean(_page(body_paragraphs=short, html_attrs=attrs), "https://bridge.example/a").language == expected


@pytest.mark.parametrize("attrs", ['lang="de-DE"', 'lang="fr"', ""])
def test_language_of_a_long_text_is_detected_from_the_text_not_the_declaration(attrs: str) -> None:
    assert clean(_page(html_attrs=attrs), "https://bridge.example/a").language == "en"


def test_german_text_is_detected_as_german() -> None:
    german = [
        "Die Verkehrsbehörde hat am Montag bestätigt, dass die neue Brücke erst im Juni für den Verkehr geöffnet "
        "wird, drei Monate später als geplant, nachdem Ingenieure Rost an zwei Stahlträgern gefunden hatten.",
        "Die Reparaturen kosten nach Angaben der Behörde rund viereinhalb Millionen Euro zusätzlich, und die "
        "Geschäfte an beiden Ufern des Flusses klagen schon jetzt über deutlich weniger Kundschaft.",
    ]
    assert clean(_page(body_paragraphs=german, html_attrs='lang="en"'), "https://bridge.example/a").language == "de"


def test_description_site_name_and_image_from_meta() -> None:
    head = (
        '<meta name="description" content="The bridge will open in June.">'
        '<meta property="og:site_name" content="Bridge Times">'
        '<meta property="og:image" content="https://bridge.example/img.jpg">'
    )
    article = clean(_page(head), "https://bridge.example/a")
    assert article.description == "The bridge will open in June."
    assert article.site_name == "Bridge Times"
    assert article.image == "https://bridge.example/img.jpg"


def test_promo_footer_is_removed_and_counted() -> None:
    page = _page(body_paragraphs=[*FILLER, "Sign up to our newsletter for the latest bridge news."])
    article = clean(page, "https://bridge.example/a")
    assert article.text.split("\n\n") == FILLER
    assert article.removed_promo == 1


@pytest.mark.parametrize("html", ["", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_page_without_text_raises_extraction_error(html: str) -> None:
    with pytest.raises(ExtractionError) as info:
        clean(html, "https://bridge.example/a")
    assert isinstance(info.value, PermanentError)


def test_page_with_only_promo_raises_extraction_error() -> None:
    page = _page(body_paragraphs=["Sign up to our newsletter for the day's top stories and exclusive offers today."])
    with pytest.raises(ExtractionError):
        clean(page, "https://bridge.example/a")


def test_cleaner_identity() -> None:
    assert CLEANER_NAME == "newsflow-cleaner"
    assert CLEANER_VERSION == "0.4.1"


def test_published_source_is_page_then_url() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:30:00Z">'
    from_page = clean(_page(head), "https://bridge.example/2023/01/02/a")
    assert (from_page.published_at, from_page.published_source) == (datetime(2024, 3, 5, 9, 30, tzinfo=UTC), "page")
    from_url = clean(_page(), "https://bridge.example/2023/01/02/a")
    assert (from_url.published_at, from_url.published_source) == (datetime(2023, 1, 2, tzinfo=UTC), "url")
    neither = clean(_page(), "https://bridge.example/a")
    assert (neither.published_at, neither.published_source) == (None, None)


def test_published_time_in_the_future_is_not_accepted() -> None:
    head = '<meta property="article:published_time" content="2999-01-01T00:00:00Z">'
    assert clean(_page(head), "https://bridge.example/a").published_at is None


def test_json_ld_article_gives_authors_date_and_site_name() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
        ' "headline": "Bridge opening delayed", "datePublished": "2024-03-05T09:30:00+01:00",'
        ' "author": [{"@type": "Person", "name": "By Jane Doe"}, {"@type": "Person", "name": "John Roe"}],'
        ' "publisher": {"@type": "Organization", "name": "Bridge Times"},'
        ' "image": {"@type": "ImageObject", "url": "https://bridge.example/i.jpg"}}]}</script>'
    )
    article = clean(_page(ld), "https://bridge.example/a")
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.published_at == datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert article.site_name == "Bridge Times"
    assert article.image == "https://bridge.example/i.jpg"


def test_organisation_author_only_when_no_person_is_named() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": {"@type": "Organization", "name": "BBC News"}}</script>'
    )
    assert clean(_page(ld), "https://bridge.example/a").authors == ["BBC News"]


@pytest.mark.parametrize(
    "meta_author", ["hessenschau.de, Frankfurt, Germany", "Bridge Desk (www.hessenschau.de)"]
)
def test_meta_author_crediting_the_outlet_gives_way_to_the_organisation_author(meta_author: str) -> None:
    head = (
        "<meta property='og:site_name' content='hessenschau.de'>"
        f"<meta name='author' content='{meta_author}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": {"@type": "NewsMediaOrganization", "name": "Redaktion hessenschau.de"}}</script>'
    )
    assert clean(_page(head), "https://bridge.example/a").authors == ["Redaktion hessenschau.de"]


def test_meta_author_naming_a_person_and_the_outlet_keeps_the_person() -> None:
    head = "<meta property='og:site_name' content='Bridge Times'><meta name='author' content='Jane Doe, Bridge Times'>"
    assert clean(_page(head), "https://bridge.example/a").authors == ["Jane Doe"]


def test_html_entities_in_meta_title_are_decoded() -> None:
    head = '<meta property="og:title" content="Bridge &amp;quot;delayed&amp;quot; again">'
    assert clean(_page(head), "https://bridge.example/a").title == 'Bridge "delayed" again'


@pytest.mark.parametrize(
    "line",
    ["Stand: 22.04.2024, 06:00 Uhr", "posted on April 21, 2015, at 11:29 a.m.", "17:41 JST, October 13, 2024"],
)
def test_date_stamps_are_date_lines(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister resigned on 12.03.2024 after weeks of pressure.",
        "Trains will run every 15 minutes from 06:00 until the end of the strike in all parts of the region",
    ],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


def test_bylines() -> None:
    assert is_byline("By Jane Doe")
    assert is_byline("von Nina Magoley")
    assert not is_byline("By Monday the bridge had reopened to traffic in both directions.")


def test_credits() -> None:
    assert is_credit("Quelle: ntv.de")
    assert is_credit("© dpa-infocom, dpa:230428-99-483045/5")
    assert not is_credit("Source: the ministry said the figures were provisional and would be revised in May.")


def test_leading_furniture_is_dropped_and_body_kept() -> None:
    title = "Bridge opening delayed by three months"
    lines = ["Transport", "Bridge opening delayed by three months:", "Stand: 22.04.2024", "By Jane Doe", *FILLER]
    assert drop_furniture(lines, [title]) == FILLER
    assert drop_furniture([FILLER[0], "Updated 12.03.2024 14:00", *FILLER[1:]], [title]) == FILLER


def test_standfirst_from_the_description_is_kept_once() -> None:
    lead = "Engineers found corrosion in two steel supports, and the opening moves from March to June."
    page = (
        f"<!DOCTYPE html><html lang='en'><head><title>Bridge</title><meta name='description' content='{lead}'>"
        f"</head><body><article><header><h1>Bridge opening delayed</h1><p class='dek'>{lead}</p></header>"
        + "".join(f"<p>{p}</p>" for p in FILLER)
        + "</article></body></html>"
    )
    text = clean(page, "https://bridge.example/a").text
    assert text.count(lead) == 1
    assert text.index(lead) < text.index(FILLER[0])


def test_a_teaser_link_is_not_taken_for_the_standfirst() -> None:
    lead = "Engineers found corrosion in two steel supports, and the opening moves from March to June."
    page = _page(f"<meta name='description' content='{lead}'>").replace(
        "<footer>", f"<aside><a href='/other'><p>{lead}</p></a></aside><footer>"
    )
    assert lead not in clean(page, "https://bridge.example/a").text


def test_author_named_like_the_site_gives_way_to_a_person() -> None:
    head = (
        "<meta property='og:site_name' content='Bridge News'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
        '"name": "Bridge News"}}</script>'
    )
    page = _page(head).replace("<div class='body'>", "<p class='byline'>By Jane Doe</p><div class='body'>")
    assert clean(page, "https://bridge.example/a").authors == ["Jane Doe"]
    assert clean(_page(head), "https://bridge.example/a").authors == ["Bridge News"]


@pytest.mark.parametrize("line", ["By Jane Doe", "Von Anna Sleegers, Frankfurt", "By Jane Doe and John Roe"])
def test_bylines_of_names_are_dropped_anywhere(line: str) -> None:
    assert is_named_byline(line)
    assert drop_furniture([*FILLER[:2], line, *FILLER[2:]], ["Bridge opening delayed"]) == FILLER


@pytest.mark.parametrize("line", ["By then it was too late.", "Von Montag an gilt das", "By Friday Smith agreed"])
def test_short_sentences_opening_like_a_byline_are_kept(line: str) -> None:
    assert not is_named_byline(line)
    lines = [*FILLER[:2], line, *FILLER[2:]]
    assert drop_furniture(lines, ["Bridge opening delayed"]) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © AFP 2017-2026. Für die kommerzielle Nutzung dieses Inhalts ist ein Abonnement erforderlich.",
        "Copyright 2015 Eklektix, Inc.",
        "With files from The Associated Press and Jane Doe",
        "With reporting by Associated Press writer John Roe",
        "Additional reporting by Jane Doe in Paris",
        "Mit Agenturmaterial.",
        "Con información de EFE y Reuters",
        "(dmk)",
        "(dpa/AFP)",
        "Los geht’s: Von Montag an für 49 Euro im Regionalverkehr. Bild: Jane Doe",
    ],
)
def test_copyright_wire_sign_off_and_caption_credits(line: str) -> None:
    assert is_credit(line)
    assert drop_furniture([*FILLER[:2], line, *FILLER[2:]], ["Bridge opening delayed"]) == FILLER


@pytest.mark.parametrize(
    "line",
    [
        "Con información de la Fiscalía, la policía detuvo a tres personas en el centro de la ciudad.",
        "The agency said the copyright dispute over the design would go to court in May.",
        "(The minister did not respond to a request for comment.)",
        "The new photo: a bus crossing the bridge at dawn, taken by a commuter on Monday.",
    ],
)
def test_sentences_that_mention_credits_are_kept(line: str) -> None:
    assert not is_credit(line)


def test_embedded_social_posts_are_dropped() -> None:
    post = "Buses to the station board at Western Approach. pic.twitter.com/7IJYBkhgep"
    assert is_embedded_post(post)
    assert is_embedded_post("Please follow the council's advice https://t.co/alqD5TQFRD")
    assert not is_embedded_post("The council posted its advice on its website on Monday.")
    assert drop_furniture([*FILLER[:1], post, *FILLER[1:]], ["Bridge opening delayed"]) == FILLER


def test_author_name_on_its_own_line_is_not_body_text() -> None:
    assert is_author_line("Jane Doe", ["Jane Doe"])
    assert is_author_line("By JANE DOE", ["Jane Doe"])
    assert not is_author_line("Jane Doe said the bridge would open in June.", ["Jane Doe"])
    assert not is_author_line("John Roe", ["Jane Doe"])
    assert not is_author_line("Jane Doe", [])
    page = _page("<meta name='author' content='Jane Doe'>", [*FILLER[:2], "Jane Doe", *FILLER[2:]])
    article = clean(page, "https://bridge.example/a")
    assert article.authors == ["Jane Doe"]
    assert article.text.split("\n\n") == FILLER


LEAD = "Engineers found corrosion in two steel supports, and the opening moves from March to June at the earliest."


def _lead_page(lead_html: str, after_body: str = "") -> str:
    """Headline and lead in a head block outside <article>, where the extractor does not look."""
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Bridge</title></head><body><main><div class='article-head'>"
        f"<h1>Bridge opening delayed</h1>{lead_html}</div><article><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in FILLER)
        + f"</div>{after_body}</article></main></body></html>"
    )


def test_lead_marked_by_class_is_put_back_before_the_body() -> None:
    page = _lead_page(f"<div class='t-article-lead'>{LEAD}</div>")
    assert clean(_lead_page(""), "https://bridge.example/a").text.split("\n\n") == FILLER
    assert clean(page, "https://bridge.example/a").text.split("\n\n") == [LEAD, *FILLER]


@pytest.mark.parametrize(
    "lead_html",
    [
        f"<aside><p class='article-lead'>{LEAD}</p></aside>",  # a rail
        f"<a href='/other'><p class='intro'>{LEAD}</p></a>",  # a teaser of another story
        f"<figure><figcaption class='image-summary'>{LEAD}</figcaption></figure>",  # a caption
        f"<p class='intro'>{LEAD[:60]}\u2026</p>",  # a teaser cut off
        "<p class='summary'>Too short to be a lead.</p>",
        f"<p class='headline'>{LEAD}</p>",  # no lead class
    ],
)
def test_elements_that_are_not_the_lead_are_not_taken(lead_html: str) -> None:
    tree = parse_html(_lead_page(lead_html), "https://bridge.example/a")
    assert lead_by_markup(tree, FILLER[0]) is None


def test_lead_class_after_the_body_start_is_not_a_lead() -> None:
    tree = parse_html(_lead_page("", f"<p class='summary'>{LEAD}</p>"), "https://bridge.example/a")
    assert lead_by_markup(tree, FILLER[0]) is None
    found = parse_html(_lead_page(f"<div class='t-article-lead'>{LEAD}</div>"), "https://bridge.example/a")
    assert lead_by_markup(found, FILLER[0]) == LEAD


def test_tables_are_not_article_text() -> None:
    table = "<table><tr><td>Year</td><td>Cost in pounds</td></tr><tr><td>2023</td><td>57 million</td></tr></table>"
    page = _page().replace("</div></article>", f"{table}</div></article>")
    text = clean(page, "https://bridge.example/a").text
    assert "57 million" not in text
    assert text.split("\n\n") == FILLER


def test_person_named_like_an_organisation_author_gives_way_to_the_byline() -> None:
    head = (
        "<meta name='author' content='Bridge Times Online'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", '
        '"name": "Bridge Times Online"}}</script>'
    )
    page = _page(head).replace("<div class='body'>", "<p class='byline'>By Jane Doe</p><div class='body'>")
    assert clean(page, "https://bridge.example/a").authors == ["Jane Doe"]
    assert clean(_page(head), "https://bridge.example/a").authors == ["Bridge Times Online"]
