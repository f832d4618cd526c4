"""Embedded posts and related-story links are page furniture, never claims (processors/claims/embeds.py)."""

from __future__ import annotations

from processors.claims import extract_claims
from processors.claims.embeds import furniture_paragraphs
from processors.claims.sentences import split_sentences

LEAD = "The striker has asked to leave the club, his agent said on Monday."
TAIL = "The club said talks would continue next week."


def texts(article: str) -> list[str]:
    return [claim.text for claim in extract_claims(article, "t")]


def test_embedded_post_and_its_signature_make_no_claim() -> None:
    post = "Thanks for everything. This city gave me the best years of my life, and I will never forget it."
    article = "\n".join([LEAD, post, "— Jamie Ortega (@jortega9) March 3, 2025", TAIL])
    found = texts(article)
    assert not any("best years" in text or "@jortega9" in text for text in found)
    assert any("asked to leave" in text for text in found)
    assert any("talks would continue" in text for text in found)


def test_embedded_post_with_a_picture_link_line() -> None:
    post = "We are proud to announce that the new stadium will open in August with 40,000 seats."
    article = "\n".join([LEAD, post, "pic.twitter.com/Ab12Cd34", "— City FC (@cityfc) June 1, 2025", TAIL])
    assert not any("new stadium" in text for text in texts(article))


def test_handle_in_a_sentence_is_no_signature() -> None:
    # a sentence naming a handle and a year is the article's own text, and the paragraph before it stays
    line = "The player, who posts as (@jortega9), said in 2025 that he would stay."
    article = "\n".join([LEAD, "The club had offered him a new contract worth $2 million a year.", line])
    found = texts(article)
    assert any("new contract" in text for text in found)
    assert any("posts as" in text for text in found)


def test_links_after_a_standalone_label_make_no_claim() -> None:
    article = "\n".join(
        [
            LEAD,
            "Read more on Riverside United",
            "INJURY BLOW Riverside keeper ruled out for SIX WEEKS after training ground collision",
            "Manager slams referee after late penalty decision costs side promotion",
            TAIL,
        ]
    )
    found = texts(article)
    assert not any("SIX WEEKS" in text or "slams referee" in text for text in found)
    assert any("talks would continue" in text for text in found)


def test_german_box_label() -> None:
    article = "\n".join(
        [
            "Der Konzern will nach Angaben des Betriebsrats 400 Stellen streichen.",
            "Mehr zum Thema",
            "Stahlwerk Nordhafen: Kurzarbeit für 900 Beschäftigte ab Januar",
            "Der Betriebsrat kündigte Widerstand an.",
        ]
    )
    found = texts(article)
    assert not any("Kurzarbeit" in text for text in found)
    assert any("400 Stellen" in text for text in found)


def test_a_sentence_after_the_label_ends_the_box() -> None:
    # a line with a full stop after the label is the article going on: it stays a claim
    article = "\n".join(
        [LEAD, "Related stories", "Council tax to rise by 5 per cent, the council confirmed on Tuesday.", TAIL]
    )
    assert any("Council tax to rise" in text for text in texts(article))


def test_label_with_its_link_on_the_same_line_leaves_the_next_paragraph() -> None:
    # "Read more: headline" is a link line itself; the paragraph after it is the article again
    article = "\n".join(
        [LEAD, "Read more: Why strikers leave in January", "Fans fear the club will sell him for less than £10m", TAIL]
    )
    assert 2 not in furniture_paragraphs(split_sentences(article))


def test_paragraph_numbers() -> None:
    article = "\n".join([LEAD, "Read more", "Keeper ruled out for a month", "Second link without a stop", TAIL])
    assert furniture_paragraphs(split_sentences(article)) == {2, 3}
