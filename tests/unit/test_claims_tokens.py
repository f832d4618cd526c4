"""``names``: tokens give what the token pattern's matches give (each token with its offset); ages after names."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims.names import mentions, tokens

_TOKEN = re.compile(r"[\w‘’'-]+|[^\w\s]")
_TEXT = st.text(alphabet=st.sampled_from(list("ab A-'’‘.,“” \t\u00a0é_1")), max_size=50) | st.text(max_size=50)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=55), st.integers(min_value=0, max_value=55))
def test_tokens_are_the_pattern_matches(text: str, start: int, end: int) -> None:
    expected = [(match.start(), match.group(0)) for match in _TOKEN.finditer(text, start, end)]
    assert tokens(text, start, end) == expected


def test_tokens_of_a_sentence() -> None:
    assert tokens("Dr. O’Neill said: “No.”") == [
        (0, "Dr"), (2, "."), (4, "O’Neill"), (12, "said"), (16, ":"), (18, "“"), (19, "No"), (21, "."), (22, "”"),
    ]  # fmt: skip


def test_an_age_in_apposition_is_read_after_spaces_and_a_comma() -> None:
    mention = mentions("Dr Martin Greaves , 61, of Leeds was named.")[0][0]
    assert (mention.name, mention.age) == ("Martin Greaves", 61)
    (unaged,) = mentions("Dr Martin Greaves said 61 people came.")[0]
    assert unaged.age is None
