"""PromoFilter: removes solicitation, promotion and navigation; keeps body text that merely mentions such words."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.promo import PromoFilter, load_patterns

BODY = [
    "The council voted by 31 votes to 12 to approve the scheme on Tuesday night.",
    '"We cannot keep doing this," she said. "It has to stop."',
    "Officials said the work would begin in September and finish in 2026.",
]


@pytest.fixture(scope="module")
def promo() -> PromoFilter:
    return PromoFilter()


def test_pattern_file_is_valid_data() -> None:
    raw = json.loads(resources.files("newsflow.data").joinpath("promo_patterns.json").read_text("utf-8"))
    ids = [item["id"] for item in raw]
    assert len(ids) == len(set(ids))
    assert {item["lang"] for item in raw} >= {"en", "de", "fr", "es"}
    for item in raw:
        assert set(item) == {"id", "lang", "pattern", "scope"}
        assert item["scope"] in ("paragraph", "heading")
        re.compile(item["pattern"])
    assert len(load_patterns()) == len(raw)
    assert {p.lang for p in load_patterns(["de"])} == {"de"}


@pytest.mark.parametrize(
    "line",
    [
        "We pay for your stories! Do you have a story for The Sun Online news team? "
        "Email us at [email protected] or call 0207 782 4368.",
        "Do you have a story for the news team?",
        "Got a story? Email newsdesk@courier.example or call 01632 960 123.",
        "Got a tip? Get in touch with our reporters.",
        "Sign up to our newsletter for the day's biggest stories.",
        "Sign up for our free Morning Briefing newsletter",
        "Subscribe to our breaking news alerts",
        "Get our weekly newsletter delivered to your inbox",
        "Follow us on Facebook and X for the latest updates.",
        "Read more: Storm floods 140 homes as sea wall is breached",
        "READ MORE - Ten things we learned this week",
        "See also: Council leader quits",
        "Click here to subscribe",
        "To download the report, click here for the PDF",
        "Contact the newsroom: [email\u00a0protected]",
        "Download our free app for the latest news",
        # German, French, Spanish
        "Jetzt Newsletter abonnieren und nichts mehr verpassen",
        "Folgen Sie uns auf Instagram",
        "Lesen Sie auch: Streik bei der Bahn",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Suivez-nous sur Twitter",
        "Lire aussi : la grève continue",
        "Suscríbete a nuestro boletín diario",
        "Síguenos en Facebook",
        "Lee también: la huelga continúa",
        # advertising labels and consent placeholders of embeds
        "Advertisement",
        "Story continues below advertisement",
        "Anzeige",
        "Link zum YouTube-Inhalt",
        "Ein Klick für den Datenschutz",
        "Publicité",
        "Publicidad",
        "Empfohlener redaktioneller Inhalt",
        "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel "
        "ergänzt.",
        "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird.",
        # comment widgets
        "Comments",
        "- 941 comments",
        "Kommentare",
        "Commentaires",
        "Comentarios",
        "Loading Comments...",
        "Join our commenting forum",
        "You must confirm your public display name before commenting",
        # follow, sign-up, log-in and trial calls
        "Follow The Daily Courier on Google News to get our reports in your feed.",
        "Sign up for breaking news, reviews and more.",
        "Log in or create an account to continue",
        "2 Wochen kostenlos testen",
        "Informieren Sie sich: Testen Sie für zwei Wochen die gedruckte Zeitung.",
        # read-also pointers and tag lines
        "ALSO READ: Storm warning for the weekend",
        "À lire aussi La grève continue",
        "Mehr zur Lage in Nahost lesen Sie in unserem Liveblog:",
        "Wie hat Ihnen dieser Artikel gefallen?",
        "Topics: floods, sea wall, council",
        "Schlagworte: Hochwasser, Deich",
        "Mots-clés : grève, SNCF",
        "Etiquetas: huelga, Renfe",
        # contact solicitations with an e-mail address anywhere
        "Are protests breaking out in your area? Get in touch at news@courier.example",
        "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback an: briefe@zeitung.example",
    ],
)
def test_solicitation_lines_are_removed(promo: PromoFilter, line: str) -> None:
    result = promo.filter([*BODY, line, BODY[0]])
    assert result.removed == [line]
    assert result.kept == [*BODY, BODY[0]]


@pytest.mark.parametrize(
    "line",
    [
        "The company said in its quarterly investor newsletter last month that it had hired 1,200 factory workers "
        "since January, a figure it repeated on Tuesday as evidence of its long-term confidence.",
        "Residents who follow the council on social media were the first to hear that the sea wall would be rebuilt.",
        "She said she would sign up for the newsletter only if the club published its accounts in full.",
        "Police said the suspect had told victims to click here on a fake banking page before emptying their accounts.",
        "Critics said the minister had failed to read more than the summary of the report before approving it.",
        "He said the paper used to pay for stories from freelancers, a practice it stopped in 2019.",
        "Related stories about the scandal had circulated for weeks before the chief executive resigned in March.",
        "Die Zeitung berichtete, dass viele Leser den Newsletter abonnieren, um die Nachrichten früh zu lesen.",
        "Advertisement revenue at the group fell by a fifth last year, the company said on Thursday.",
        "Die Anzeige gegen den Bürgermeister wurde am Montag von der Staatsanwaltschaft eingestellt.",
        "Comments made by the minister on Monday were criticised by the opposition.",
        "Fans who follow the club on X were furious when the transfer collapsed on deadline day.",
        "Subscribers to the water company will get updates on the repairs every week, the council said.",
        "Themen der Sitzung waren der Haushalt und die Sanierung der Schulen.",
        "Die Kommentare im Netz waren überwiegend kritisch, sagte die Sprecherin.",
    ],
)
def test_body_text_mentioning_promo_words_in_passing_is_kept(promo: PromoFilter, line: str) -> None:
    paragraphs = [*BODY, line, BODY[2]]
    result = promo.filter(paragraphs)
    assert result.kept == paragraphs
    assert result.removed == []


def test_navigation_heading_removes_following_link_lines(promo: PromoFilter) -> None:
    paragraphs = [
        BODY[0],
        "related stories",
        "- ISIS fighters flee Mosul as troops close in",
        "- Battle for Mosul: latest updates",
        BODY[1],
        "More stories",
        "Offshore wind developers face financing squeeze",
        "Why the world is running short of turbine blades?",
        BODY[2],
    ]
    result = promo.filter(paragraphs)
    assert result.kept == BODY
    assert result.removed == [p for p in paragraphs if p not in BODY]


def test_link_run_stops_at_the_first_sentence(promo: PromoFilter) -> None:
    short_sentence = "It was not to be."
    result = promo.filter(["You may also like", "Pier reopens after repairs", short_sentence, "Crosshead here"])
    assert result.removed == ["You may also like", "Pier reopens after repairs"]
    assert result.kept == [short_sentence, "Crosshead here"]


def test_heading_patterns_do_not_match_long_paragraphs(promo: PromoFilter) -> None:
    long_line = "More stories " + "of families waiting for help emerged at the hearing " * 3
    assert promo.filter([long_line]).removed == []


def test_contact_line_only_removed_near_the_end(promo: PromoFilter) -> None:
    appeal = "Anyone with information should call detectives on 0800 555 1111 or email appeals@police.example."
    early = [appeal, *BODY, *BODY]
    assert promo.filter(early).removed == []
    late = [*BODY, *BODY, appeal]
    assert promo.filter(late).removed == [appeal]


def test_removal_reasons_name_the_rule_that_removed_each_paragraph(promo: PromoFilter) -> None:
    appeal = "Anyone with information should call detectives on 0800 555 1111 or email appeals@police.example."
    paragraphs = [BODY[0], "related stories", "- Battle for Mosul: latest updates", BODY[1], appeal]
    reasons = promo.removal_reasons(paragraphs)
    heading = reasons[1]
    assert heading is not None
    assert heading in {p.id for p in load_patterns()}
    assert reasons == [None, heading, f"link-after:{heading}", None, "contact-footer"]
    assert promo.removal_mask(paragraphs) == [r is not None for r in reasons]


def test_numbers_without_contact_cue_are_kept_at_the_end(promo: PromoFilter) -> None:
    line = "The scheme will cost 48 000 000 pounds over 25 years, the report said."
    assert promo.filter([*BODY, line]).removed == []


def test_language_subset_only_uses_those_patterns() -> None:
    english_only = PromoFilter(languages=["en"])
    assert english_only.filter(["Folgen Sie uns auf Instagram"]).removed == []
    assert english_only.filter(["Follow us on Instagram"]).removed == ["Follow us on Instagram"]


PROMO_SAMPLES = [
    "related stories",
    "- A headline",
    "Read more:",
    "Sign up to our newsletter",
    "Got a tip? Email a@b.example or call 0207 782 4368.",
    "",
    "   ",
    "Ordinary sentence.",
]


@given(st.lists(st.one_of(st.text(max_size=200), st.sampled_from(PROMO_SAMPLES)), max_size=30))
def test_filter_partitions_input_in_order_and_never_raises(paragraphs: list[str]) -> None:
    promo = _shared_filter()
    result = promo.filter(paragraphs)
    mask = promo.removal_mask(paragraphs)
    assert len(mask) == len(paragraphs)
    assert result.kept == [p for p, gone in zip(paragraphs, mask, strict=True) if not gone]
    assert result.removed == [p for p, gone in zip(paragraphs, mask, strict=True) if gone]
    assert len(result.kept) + len(result.removed) == len(paragraphs)
    # Merging by the mask gives back the input exactly.
    kept, removed = iter(result.kept), iter(result.removed)
    assert [next(removed) if gone else next(kept) for gone in mask] == paragraphs


_FILTER: list[PromoFilter] = []


def _shared_filter() -> PromoFilter:
    if not _FILTER:
        _FILTER.append(PromoFilter())
    return _FILTER[0]


def test_related_links_heading_in_german_removes_its_link_lines(promo: PromoFilter) -> None:
    paragraphs = [*BODY, "Weiterführende Links", "Bahnstreik: Was Pendler jetzt wissen müssen", "Wetter am Wochenende"]
    assert promo.filter(paragraphs).kept == BODY


@pytest.mark.parametrize(
    "heading",
    ["Lesen Sie auch", "Noticia relacionada", "Noticias relacionadas", "Czytaj więcej", "Related Videos"],
)
def test_read_also_headings_remove_the_teaser_after_them(promo: PromoFilter, heading: str) -> None:
    paragraphs = [BODY[0], heading, "Storm floods 140 homes as sea wall is breached", BODY[1], BODY[2]]
    result = promo.filter(paragraphs)
    assert result.kept == BODY
    assert result.removed == [heading, "Storm floods 140 homes as sea wall is breached"]
