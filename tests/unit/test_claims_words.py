"""``word_count`` counts what ``re.findall(r"\\w+")`` finds, on any text, also when its memory of chunks is full."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims import words
from processors.claims.words import word_count

_WORD = re.compile(r"\w+")
_PIECES = ["the", "U.S.", "don't", "—", "“Yes,”", "_", "4.5%", "²", "x-ray", "\u00a0", "\t", "\n", "İstanbul", "日本"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_word_count_matches_the_pattern_on_any_text(text: str) -> None:
    assert word_count(text) == len(_WORD.findall(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_word_count_matches_the_pattern_on_news_like_text(text: str) -> None:
    assert word_count(text) == len(_WORD.findall(text))


def test_the_memory_of_chunks_stays_bounded() -> None:
    for number in range(words._KNOWN_MAX + 10):
        assert word_count(f"w{number} x") == 2
    assert len(words._known) <= words._KNOWN_MAX
