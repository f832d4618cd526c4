from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from processors.claims.quotes import find_quotation, find_quote_spans


def test_colon_quote_claims_the_quoted_words() -> None:
    sentence = 'He told parliament: "It is a cruel irony."'
    quotation = find_quotation(sentence)
    assert quotation is not None
    assert quotation.kind == "colon"
    assert sentence[quotation.start : quotation.end] == "It is a cruel irony."
    assert [sentence[lo:hi] for lo, hi in quotation.frame] == ["He told parliament"]


def test_quote_then_cue_claims_the_whole_sentence() -> None:
    sentence = '"Do not retreat," he said.'
    quotation = find_quotation(sentence)
    assert quotation is not None
    assert quotation.kind == "cued"
    assert sentence[quotation.start : quotation.end] == sentence
    assert [sentence[lo:hi] for lo, hi in quotation.frame] == [" he said."]


def test_sentence_that_is_only_a_quote() -> None:
    quotation = find_quotation('"Holding your ground is easier."')
    assert quotation is not None
    assert quotation.kind == "whole"
    assert quotation.frame == ()


def test_partial_curly_quote_inside_a_sentence() -> None:
    sentence = "He told jihadists to make infidels’ blood “flow like rivers”."
    quotation = find_quotation(sentence)
    assert quotation is not None
    assert quotation.kind == "partial"
    (span,) = quotation.spans
    assert sentence[span.inner[0] : span.inner[1]] == "flow like rivers"


def test_single_quotes_are_not_speech() -> None:
    assert find_quotation("He fled through the so-called 'corridor of death'.") is None
    assert find_quotation("The self-declared ‘caliph’ spoke.") is None


def test_unclosed_and_empty_quotes_are_ignored() -> None:
    assert find_quote_spans('He said "nothing') == []
    assert find_quote_spans('An empty "" pair') == []


@given(st.text(alphabet=st.sampled_from(list('ab "“”:,. ')), max_size=80))
def test_quote_spans_are_ordered_and_in_bounds(sentence: str) -> None:
    spans = find_quote_spans(sentence)
    for span in spans:
        assert 0 <= span.opening < span.closing < len(sentence)
    assert all(a.closing < b.opening for a, b in pairwise(spans))
    quotation = find_quotation(sentence)
    if quotation is not None:
        assert 0 <= quotation.start < quotation.end <= len(sentence)


def test_german_reversed_guillemets_quote_and_french_ones_still_do() -> None:
    german = "»Wir bleiben hart«, sagte sie."
    spans = find_quote_spans(german)
    assert [(s.opening, s.closing) for s in spans] == [(0, german.index("«"))]
    french = "« Nous restons fermes », a-t-elle dit."
    assert [(s.opening, s.closing) for s in find_quote_spans(french)] == [(0, french.index("»"))]
    # A closing "»" after a word (French, Spanish) opens nothing.
    stray = find_quote_spans("Ella dijo: «No»; luego calló» y se fue.")
    assert [(s.opening, s.closing) for s in stray] == [(11, 14)]
