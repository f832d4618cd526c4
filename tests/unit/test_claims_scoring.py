"""Claim types: the first-person test finds exactly what a ``\\b``-anchored pattern of the forms finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims import scoring
from processors.claims.scoring import _FIRST_PERSON_FORMS, _first_person, claim_types

_ANCHORED = re.compile(r"\b(?:" + "|".join(_FIRST_PERSON_FORMS) + r")(?!\w)")
_PIECES = ["I", "i", "we", "We", "WE", "some", "army", "Meinung", "unsere", "J'ai", "j’", "mis", "Mist", "x", "_"]
_JOINTS = ["", " ", "'", "-", ", ", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINTS)), max_size=12))
def test_first_person_matches_the_anchored_pattern(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + joint for piece, joint in pieces)
    assert _first_person(text) == (_ANCHORED.search(text) is not None)


@given(st.text(max_size=80))
def test_first_person_matches_the_anchored_pattern_on_any_text(text: str) -> None:
    assert _first_person(text) == (_ANCHORED.search(text) is not None)


def test_personal_experience_needs_the_first_person_in_the_quote() -> None:
    quote = "I stood under that deck and watched it fall"
    assert "experience" in claim_types(f'"{quote}," she said.', [], quote)
    assert "experience" not in claim_types(f'"{quote}," she said.', [], "The army stood under that deck")


_PAST_ALTERNATION = re.compile(
    r"\b(?:was|were|had|did|saw|went|felt|heard|met|lived|stood|spent|lost|could|knew|thought|took|got|came|found|"
    r"left|kept|ran|sat|told|said|grew|fell|began|became|\w{3,}ed|war|waren|hatte|hatten|habe|haben|ai|avons|"
    r"étais|était|avais|fui|estuve|tuve|vi|he|hemos)\b",
    re.IGNORECASE,
)
_PAST_PIECES = ["I", "was", "WAS", "wasn", "said", "Said", "walked", "red", "bed", "hatte", "ÉTAIT", "he", "the", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PAST_PIECES), st.sampled_from(_JOINTS)), max_size=10))
def test_the_past_trie_finds_what_the_word_alternation_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + joint for piece, joint in pieces)
    assert (scoring._PAST.search(text) is None) == (_PAST_ALTERNATION.search(text) is None)
