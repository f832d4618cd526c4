from __future__ import annotations

from processors.claims.cues import CUES, find_cues, is_participle
from processors.claims.hedges import find_hedges


def test_cues_are_found_in_order_with_strength() -> None:
    found = find_cues("Spies claimed he said so, according to officials.")
    assert [c.cue for c in found] == ["claimed", "said", "according to"]
    assert all(c.strength == CUES[c.cue] for c in found)


def test_cues_outside_regions_are_ignored() -> None:
    text = '"It suggests nothing," he said.'
    assert [c.cue for c in find_cues(text, [(21, len(text))])] == ["said"]


def test_hyphenated_adjective_is_not_a_cue() -> None:
    assert find_cues("the self-declared leader") == []


def test_participle_cues() -> None:
    assert is_participle("telling")
    assert not is_participle("told")


def test_hedges_prefer_the_longest_phrase_and_keep_order() -> None:
    text = "It has emerged he is believed to have fled, most likely by road."
    assert find_hedges(text) == ["it has emerged", "believed to", "most likely"]


def test_hedge_words_inside_other_words_do_not_count() -> None:
    assert find_hedges("The mighty army could not be stopped.") == ["could"]
    assert find_hedges("A plain statement of fact.") == []
