"""``find_any`` and ``has_any`` answer what a search for the character class of the marks answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims.chars import find_any, has_any, has_digit, marks

_MARKS = [".!?…", '"“”„«»', "\"“”„«»'‘’", '"„«‹»›“”']
_TEXT = st.text(alphabet=st.sampled_from(list("ab .!?…\"“”„«»'‘’‹›\n\u00a0é")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from(_MARKS), st.integers(min_value=0, max_value=70))
def test_find_any_is_the_class_search(text: str, wanted: str, start: int) -> None:
    found = re.compile("[" + re.escape(wanted) + "]").search(text, start)
    assert find_any(text, marks(wanted), start) == (-1 if found is None else found.start())


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from(_MARKS))
def test_has_any_is_whether_the_class_occurs(text: str, wanted: str) -> None:
    assert has_any(text, marks(wanted)) == (re.compile("[" + re.escape(wanted) + "]").search(text) is not None)


def test_every_mark_found_in_order() -> None:
    text = 'He said: "Stop." Then „Nein“ … and «non»!'
    found = []
    quotes = marks('"“”„«»')
    at = find_any(text, quotes)
    while at >= 0:
        found.append(text[at])
        at = find_any(text, quotes, at + 1)
    assert found == ['"', '"', "„", "“", "«", "»"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 09.“é٣१")), max_size=40) | st.text(max_size=40))
def test_has_digit_is_whether_a_decimal_digit_occurs(text: str) -> None:
    assert has_digit(text) == (re.search(r"\d", text) is not None)
