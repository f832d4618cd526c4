"""Quotes left open at the end of a paragraph continue in the next one, with the same speaker."""

from __future__ import annotations

from processors.claims import extract_claims
from processors.claims.quotes import carry_quote

TEXT = (
    "The general addressed the troops on Monday.\n"
    '"We will not retreat," said General Ann Marsh. "The enemy is weak. Our lines are holding firm.\n'
    '"We will win this war by the summer, and every soldier will be home."\n'
    "The ministry said it had no comment on the claims made.\n"
    'Minister Paul Dorn told reporters: "We have spent enough money on this campaign already.\n'
    '"Next year the budget will be cut for every single department."\n'
    "Critics disagreed with that view of the government budget.\n"
    "Joan Fairley, who chairs the patients' group, wrote in an open letter:\n"
    '"My husband waited eleven months for a hip operation at the hospital."'
)


def _by_start(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        claim.text[:25]: (claim.attribution, None if claim.speaker is None else claim.speaker.name)
        for claim in extract_claims(text, "0" * 32)
    }


def test_quote_continues_across_sentences_and_paragraphs() -> None:
    claims = _by_start(TEXT)
    # The quote left open runs over two sentences of its paragraph, a claim each; the next paragraph goes on.
    assert claims['"The enemy is weak.'] == ("direct", "Ann Marsh")
    assert claims["Our lines are holding fir"] == ("direct", "Ann Marsh")
    assert claims['"We will win this war by '] == ("direct", "Ann Marsh")
    assert claims["The ministry said it had "] == ("indirect", "the ministry")


def test_colon_quote_left_open_keeps_its_speaker_in_the_next_paragraph() -> None:
    claims = _by_start(TEXT)
    assert claims["We have spent enough mone"] == ("direct", "Paul Dorn")
    assert claims['"Next year the budget wil'] == ("direct", "Paul Dorn")
    assert claims["Critics disagreed with th"] == ("none", None)


def test_quote_after_a_colon_paragraph_takes_its_speaker() -> None:
    claims = _by_start(TEXT)
    assert claims['"My husband waited eleven'] == ("direct", "Joan Fairley")


def test_paragraph_without_a_quote_mark_ends_the_quote() -> None:
    claims = _by_start(
        'He said: "We are ready to fight for every street in the city.\nThe town was quiet on Sunday evening.'
    )
    assert claims["The town was quiet on Sun"] == ("none", None)


def test_carry_quote_states() -> None:
    assert carry_quote('"We are ready.', None, True) == (None, '"', False)
    assert carry_quote("We are still ready.", '"', False) == ('"', '"', False)
    assert carry_quote('"And we will win," he said.', '"', True) == ('"', None, True)
    assert carry_quote("Nothing quoted here.", '"', True) == (None, None, False)
    assert carry_quote("„Wir sind bereit.“ Er ging.", None, True) == (None, None, False)


def test_offsets_still_slice_the_text() -> None:
    for claim in extract_claims(TEXT, "0" * 32):
        assert TEXT[claim.start : claim.end] == claim.text


def _fields(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (claim.text, claim.attribution, None if claim.speaker is None else claim.speaker.name, claim.cue)
        for claim in extract_claims(text, "0" * 32)
    ]


def test_every_sentence_of_a_quote_is_a_claim_with_the_quote_speaker_and_cue() -> None:
    text = (
        "Maria Olsen runs the bakery on the high street.\n"
        '"We have lost half our customers since the road closed. Nobody parks here any more," she told the council.'
    )
    assert _fields(text)[1:] == [
        ('"We have lost half our customers since the road closed.', "direct", "Maria Olsen", "told"),
        ('Nobody parks here any more," she told the council.', "direct", "Maria Olsen", "told"),
    ]


def test_sentences_of_a_quote_after_a_colon_share_its_speaker() -> None:
    text = 'Mayor Tom Reid told reporters: "The bridge will reopen in May. The repairs cost far more than planned."'
    assert [(a, s, c) for _, a, s, c in _fields(text)] == [("direct", "Tom Reid", "told")] * 2


def test_a_question_inside_a_quote_is_not_a_claim() -> None:
    text = 'Dr Ann Lowe said: "The ward closed in March. Who decided that? Nobody will tell us."'
    assert _fields(text) == [
        ("The ward closed in March.", "direct", "Ann Lowe", "said"),
        ('Nobody will tell us."', "direct", "Ann Lowe", "said"),
    ]


def test_a_quote_after_a_colon_with_any_verb_is_the_person_named_before_it() -> None:
    text = (
        "The club was sold to a property company for £40m on Friday.\n"
        'Its chairman, Owen Marsh, went further: "Nobody asked the fans. We read about it in the papers."'
    )
    assert [(a, s) for _, a, s, _ in _fields(text)[1:]] == [("direct", "Owen Marsh")] * 2


def test_a_quote_with_no_cue_is_the_person_the_paragraph_before_was_about() -> None:
    text = (
        "Lena Brandt, 34, works at the branch counter in Kellbach.\n"
        '"The woman was shaking and kept checking her phone. I knew something was wrong."'
    )
    assert [(a, s) for _, a, s, _ in _fields(text)[1:]] == [("direct", "Lena Brandt")] * 2


def test_a_quote_with_no_cue_and_nobody_before_it_keeps_no_speaker() -> None:
    text = 'The storm reached the coast on Monday night.\n"Nothing like this has happened here in fifty years."'
    assert _fields(text)[1][1:3] == ("direct", None)
