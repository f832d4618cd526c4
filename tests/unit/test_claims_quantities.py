from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.claims.quantities import find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $10million bounty", ("$10million", 10_000_000, "USD")),
        ("a $10 million bounty", ("$10 million", 10_000_000, "USD")),
        ("a £3.5bn loan", ("£3.5bn", 3_500_000_000, "GBP")),
        ("costs €20 now", ("€20", 20, "EUR")),
        ("a two-and-a-half year reign", ("two-and-a-half year", 2.5, "year")),
        ("first message for over a year", ("over a year", 1, "year")),
        ("a thousand times easier", ("a thousand times", 1000, "times")),
        ("rose 45% in", ("45%", 45, "percent")),
        ("rose 45 per cent in", ("45 per cent", 45, "percent")),
        ("for six months", ("six months", 6, "month")),
        ("after 3 days", ("3 days", 3, "day")),
        # Counts of people are bare numbers, as in the gold set ("About 2,000 people" -> 2000).
        ("some 1,200 people", ("some 1,200", 1200, None)),
        ("twelve fighters", ("twelve", 12, None)),
    ],
)
def test_quantities_are_normalised(text: str, expected: tuple[str, float, str | None]) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.value, quantity.unit) == expected


def test_years_and_lone_articles_are_not_quantities() -> None:
    assert find_quantities("In 2016 the one route and a second city") == []


def test_parse_number_words_and_digits() -> None:
    assert parse_number("two hundred thousand") == 200_000
    assert parse_number("twenty-five") == 25
    assert parse_number("1.5 million") == 1_500_000
    assert parse_number("banana") is None


@given(st.text(alphabet=st.sampled_from(list("0123456789 $£€%.,-abcdefghimnorstuwy")), max_size=60))
def test_quantity_text_is_a_substring(text: str) -> None:
    for quantity in find_quantities(text):
        assert quantity.text in text
        assert quantity.text == quantity.text.strip()
