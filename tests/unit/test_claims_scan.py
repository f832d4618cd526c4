"""The one-pass scan finds what a pattern per word list finds: hedges and English cues, on random text."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from processors.claims import scan as scan_module
from processors.claims.cues import CONTEXT_CUES, CUES, find_cues
from processors.claims.fold import alternation
from processors.claims.hedges import HEDGES, find_hedges
from processors.claims.scan import scan
from processors.claims.vocabulary import EVIDENTIAL_VERBS

_HEDGE = re.compile(r"\b" + alternation([h.lower() for h in HEDGES]) + r"\b")
_CUE = re.compile(r"(?<![\w-])" + alternation(list(CUES)) + r"(?![\w-])")
_FILLER = ["the", "council", "bridge", "x", "a", "-", ",", ".", "it's", "report", "likelyhood", "sayings", "mayor"]
_WORDS = sorted({*_FILLER, *(h.lower() for h in HEDGES), *CUES, *(w for p in HEDGES for w in p.lower().split())})
# Approximations before a number are hedges too: keep numbers out of the random text.
# Cues read in context ("called off", "is expected to") are left to their own tests: the plain pattern has no context.
_IN_CONTEXT = re.compile(r"(?<![\w-])" + alternation(sorted(CONTEXT_CUES)) + r"(?![\w-])")
_EVIDENTIAL = re.compile(r"\b" + alternation(sorted(EVIDENTIAL_VERBS)) + r"\b")
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join).filter(lambda t: not any(c.isdigit() for c in t))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_hedges_match_the_hedge_pattern(text: str) -> None:
    # An evidential verb hedges only after a noun naming evidence ("finding suggests"), which the pattern cannot see.
    assume(_EVIDENTIAL.search(text) is None)
    assert find_hedges(text) == [match.group(0) for match in _HEDGE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_english_cues_match_the_cue_pattern(text: str) -> None:
    assume(_IN_CONTEXT.search(text) is None)
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


# The scan keeps the automaton's hits that start and end at word boundaries, so every phrase must start with a word
# character; it must find what the plain lookahead at every word start finds, and the same longest phrase there.
_PLAIN = re.compile(r"(?=\b(" + alternation(scan_module._ALL) + r")(?!\w))")
_PIECES = sorted({*_FILLER, *scan_module._ALL, "'", "’", "-", "_", "é", "1", "²", "(", ":", "\u00a0", "“", "İ"})


def test_every_listed_phrase_starts_with_a_word_character() -> None:
    assert all(re.match(r"\w", phrase) for phrase in scan_module._ALL)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "-", ", ", "'"])), max_size=20))
def test_the_scan_finds_every_phrase_at_a_word_start(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + joint for piece, joint in pieces)
    expected: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for match in _PLAIN.finditer(text):
        for name, phrases in scan_module.CANDIDATES[match.group(1)].items():
            expected.setdefault(name, []).append((match.start(), phrases))
    assert scan(text).index == expected
