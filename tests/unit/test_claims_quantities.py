from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims import measures, quantities
from processors.claims.quantities import find_quantities, parse_number
from processors.claims.scan import scan


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


_NUMBER_PIECES = (
    "3", "12", "1,200", "3.5", "0.5", "a", "an", "one", "twenty-five", "dozen", "hundred", "million", "over", "some",
    "years", "year", "months", "times", "km", "x", "often", "ten", "tenth", "just over", "at least",
)  # fmt: skip
_NUMBERISH = st.lists(
    st.tuples(st.sampled_from(_NUMBER_PIECES), st.sampled_from([" ", " ", "-", ".", ",", ""])),
    max_size=18,
).map(lambda pieces: "".join(piece + joint for piece, joint in pieces))


@given(_NUMBERISH)
def test_numbers_before_units_are_tried_only_where_they_may_start(text: str) -> None:
    lexed = scan(text)
    runs = [match.start() for match in quantities._DIGIT_RUN.finditer(text)]
    units = quantities._unit_spans(lexed)
    starts = quantities._unit_number_starts(lexed, runs)
    pattern = quantities._WITH_UNIT.compiled(lexed.folded)
    searched = [match.span() for match in quantities._ending_at(pattern, lexed.lower, units)]
    assert [match.span() for match in quantities._ending_at(pattern, lexed.lower, units, starts)] == searched
    approximators = sorted(at for at, _ in lexed.phrases("approximator"))
    pattern = quantities._APPROX_A.compiled(lexed.folded)
    searched = [match.span() for match in quantities._ending_at(pattern, lexed.lower, units)]
    assert [match.span() for match in quantities._ending_at(pattern, lexed.lower, units, approximators)] == searched


_PERCENT_PIECES = (
    "3", "12", "1,200", "3.5", "0.5", "a", "an", "one", "twenty-five", "ninety-nine", "eleven", "dozen", "hundred",
    "million", "ten", "x", "over", "%", "per cent", "percent", "per", "cent",
)  # fmt: skip


@given(
    st.lists(st.tuples(st.sampled_from(_PERCENT_PIECES), st.sampled_from([" ", " ", "-"])), max_size=14).map(
        lambda pieces: "".join(piece + joint for piece, joint in pieces)
    )
)
def test_percentages_are_tried_only_where_a_number_may_start(text: str) -> None:
    """Between whole words, trying the percentage pattern where a run of digits or a number word starts finds what
    a search of the window before each percent mark finds."""
    lexed = scan(text)
    runs = [match.start() for match in quantities._DIGIT_RUN.finditer(text)]
    marks = [mark.span() for mark in quantities._PERCENT_MARK.compiled(lexed.folded).finditer(lexed.lower)]
    pattern = quantities._PERCENT.compiled(lexed.folded)
    starts = sorted(set(quantities._bare_starts(lexed, runs)))
    searched = [match.span() for match in quantities._ending_at(pattern, lexed.lower, marks)]
    assert [match.span() for match in quantities._ending_at(pattern, lexed.lower, marks, starts)] == searched


def test_a_number_word_inside_another_word_is_no_percentage() -> None:
    assert find_quantities("Turnout was often per cent of the roll") == []
    assert [q.value for q in find_quantities("Turnout was ten per cent of the roll")] == [10.0]


_MIXED_CASE_WORDS = [
    "İ", "30", "3,5", "Prozent", "PROZENT", "Millionen", "Euro", "Jahre", "pour", "cent", "por", "ciento",
    "Monate", "Dollar", "rund", "the", "$10million", "%", "drei", "Prozentpunkte",
]  # fmt: skip


@given(st.lists(st.sampled_from(_MIXED_CASE_WORDS), min_size=1, max_size=12))
def test_text_whose_lower_case_changes_length_gives_the_same_quantities(words: list[str]) -> None:
    """"İ" lower-cases to two characters, so matching runs case-insensitively on the original text: unit words then
    come back in their own case ("Prozent") and must still be understood."""
    text = " ".join(words)
    plain = [(q.value, q.unit) for q in find_quantities(text.replace("İ", "I"))]
    assert [(q.value, q.unit) for q in find_quantities(text)] == plain


_HINT_PIECES = [
    "1", "20", "3.500", "4,5", " ", "\u202f", "300", "-", "–", "to", "per cent", "%", "km", "kg", "Mio.", "Euro",
    "°", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=10).map("".join))
def test_the_hints_tried_at_the_last_digits_agree_with_a_search(text: str) -> None:
    subject = text.lower()
    lasts = [match.end() - 1 for match in quantities._DIGIT_RUN.finditer(text)]
    for hint, on in (
        (quantities._RANGE_HINT, text),
        (quantities._GROUP, text),
        (quantities._INTL_HINT.compiled(True), subject),
        (quantities._INTL_SCALED_HINT.compiled(True), subject),
        (measures._COMPACT_HINT, subject),
    ):
        assert measures.hinted(hint, on, lasts) == (hint.search(on) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell for five straight months.", ("five straight months", 5, "month")),
        ("The ferry was delayed by half an hour.", ("half an hour", 0.5, "hour")),
        ("The queue stretched for half a mile.", ("half a mile", 0.5, "mile")),
        ("The talks lasted an hour and a half.", ("an hour and a half", 1.5, "hour")),
        ("Half a million people signed the petition.", ("Half a million", 500_000, None)),
        ("Wages rose by 6%, double the rate of inflation.", ("double", 2, "times")),
        ("Complaints rose fourfold in a year.", ("fourfold", 4, "times")),
        ("The bank cut rates by 25 basis points.", ("25 basis points", 25, "basis point")),
        ("Bond yields rose 15bp on Friday.", ("15bp", 15, "basis point")),
        ("Shares closed at 412p.", ("412p", 4.12, "GBP")),
        ("Phoenix hit 47.2C on Sunday.", ("47.2C", 47.2, "°C")),
        ("Rents average £1,400 a month in the city.", ("£1,400 a month", 1400, "GBP")),
        ("Nurses work 12 hours a day on the ward.", ("12 hours a day", 12, "hour")),
        ("Some 3bn people still lack clean water.", ("Some 3bn", 3e9, None)),
        ("About 1.6m homes were without power.", ("About 1.6m", 1.6e6, None)),
        ("Half my colleagues have left since March.", ("Half", 50, "percent")),
        ("He signed 40 orders in the first hundred days.", ("the first hundred days", 100, "day")),
    ],
)
def test_adjectives_halves_multiples_rates_and_short_units(text: str, expected: tuple[str, float, str | None]) -> None:
    quantities = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert expected in [(t, pytest.approx(v, rel=0.01), u) for t, v, u in quantities]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 100m final starts at 20:45.", ("100m", 100_000_000.0)),  # a distance, not millions
        ("The meeting opens at 10:30 GMT.", ("10", 10.0)),  # a time of day
        ("Grade 4c pupils sat the test.", ("4c", 4.0)),  # a lower-case c is no temperature
        ("He earns £300 a week and pays £65 a year for parking.", ("a week", 1.0)),  # the period of a price
    ],
)
def test_distances_times_and_periods_are_no_counts(text: str, absent: tuple[str, float]) -> None:
    assert absent not in [(q.text, q.value) for q in find_quantities(text)]


def test_a_quarter_point_is_a_fraction_of_a_percentage_point() -> None:
    found = find_quantities("Markets expect a quarter-point cut and some bet on a half-point move.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("quarter-point", 0.25, "percentage point"),
        ("half-point", 0.5, "percentage point"),
    ]
    assert find_quantities("The third quarter of the year was weak.") == []


def test_quarters_of_an_hour_are_minutes() -> None:
    found = find_quantities("Patients waited three-quarters of an hour for a bed.")
    assert [(q.text, q.value, q.unit) for q in found] == [("three-quarters of an hour", 45.0, "minute")]
    found = find_quantities("The train was held for a quarter of an hour.")
    assert [(q.value, q.unit) for q in found] == [(15.0, "minute")]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is set for June 9, the council said.",
        "On 21 October the plant closed.",
        "LONDON, Feb. 3 (Wire) - Shares fell.",
    ],
)
def test_the_day_of_a_date_is_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_a_number_near_a_month_but_not_its_day_stays() -> None:
    assert [q.value for q in find_quantities("From May 2 to May 9, 14 flights were cancelled.")] == [14.0]
    assert [q.value for q in find_quantities("She scored 12 in May.")] == [12.0]
