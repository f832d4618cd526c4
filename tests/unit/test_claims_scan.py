"""The one-pass scan finds what a pattern per word list finds: hedges and English cues, on random text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims.cues import CUES, find_cues
from processors.claims.fold import alternation
from processors.claims.hedges import HEDGES, find_hedges
from processors.claims.scan import scan

_HEDGE = re.compile(r"\b" + alternation([h.lower() for h in HEDGES]) + r"\b")
_CUE = re.compile(r"(?<![\w-])" + alternation(list(CUES)) + r"(?![\w-])")
_FILLER = ["the", "council", "bridge", "x", "a", "-", ",", ".", "it's", "report", "likelyhood", "sayings", "mayor"]
_WORDS = sorted({*_FILLER, *(h.lower() for h in HEDGES), *CUES, *(w for p in HEDGES for w in p.lower().split())})
# Approximations before a number are hedges too: keep numbers out of the random text.
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join).filter(lambda t: not any(c.isdigit() for c in t))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_hedges_match_the_hedge_pattern(text: str) -> None:
    assert find_hedges(text) == [match.group(0) for match in _HEDGE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_english_cues_match_the_cue_pattern(text: str) -> None:
    expected = [(match.group(0), match.start()) for match in _CUE.finditer(text)]
    assert [(cue.cue, cue.start) for cue in find_cues(text) if cue.cue in CUES] == expected


@given(st.text(max_size=120))
def test_scan_offsets_point_at_the_phrases(text: str) -> None:
    lexed = scan(text)
    for entries in lexed.index.values():
        for at, phrases in entries:
            assert all(lexed.lower[at : at + len(phrase)] == phrase for phrase in phrases)


def test_a_span_keeps_only_the_phrases_inside_it() -> None:
    text = "He said it was likely to rain, according to reports."
    lexed = scan(text)
    part = lexed.span(0, text.index(","))
    assert find_hedges(part.text, part) == ["likely"]
    assert [cue.cue for cue in find_cues(part.text, None, part)] == ["said"]
