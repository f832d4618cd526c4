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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares will climb 6% to 9% next spring.", ("6% to 9%", 6, 9, "percent")),
        ("Readings of 12-15 mph were logged.", ("12-15 mph", 12, 15, "mph")),
        ("a rise of between 2.5% and 3.1% is due", ("between 2.5% and 3.1%", 2.5, 3.1, "percent")),
        (
            "the works cost between 120 and 180 million euros",
            ("between 120 and 180 million euros", 1.2e8, 1.8e8, "EUR"),
        ),
        ("a bill of 2 to 3 million dollars", ("2 to 3 million dollars", 2e6, 3e6, "USD")),
        ("the reservoir holds 7 to 9 million", ("7 to 9 million", 7e6, 9e6, None)),
        ("the dig may take three or four weeks", ("three or four weeks", 3, 4, "week")),
        ("Sentences ranging from 5 to 8 years", ("5 to 8 years", 5, 8, "year")),
        # money: the scale of each end, or the second's for a first without its own scale or sign
        ("repairs of £6m-£8m", ("£6m-£8m", 6e6, 8e6, "GBP")),
        ("a levy of $2-5bn", ("$2-5bn", 2e9, 5e9, "USD")),
        ("receipts of between £2.2bn and £2.9bn", ("between £2.2bn and £2.9bn", 2.2e9, 2.9e9, "GBP")),
        ("seats cost £40 to £65", ("£40 to £65", 40, 65, "GBP")),
        ("a cheque for £500 to £2m", ("£500 to £2m", 500, 2e6, "GBP")),
        # counts without a unit, and ages
        ("between 250 and 400 marchers", ("between 250 and 400", 250, 400, None)),
        ("between 500,000 and 2 million viewers", ("between 500,000 and 2 million", 500_000, 2e6, None)),
        ("15-25 volunteers turned up", ("15-25", 15, 25, None)),
        ("about 60 to 80 people queued", ("60 to 80", 60, 80, None)),
        ("women aged 30 to 49 took part", ("aged 30 to 49", 30, 49, "year")),
        ("pupils aged between 11 and 16 sat it", ("aged between 11 and 16", 11, 16, "year")),
        # two units: the upper end in the lower end's unit
        ("it could take between eight months and two years", ("between eight months and two years", 8, 24, "month")),
        ("a wait of between 45 minutes and an hour", ("between 45 minutes and an hour", 45, 60, "minute")),
    ],
)
def test_ranges_keep_both_ends(text: str, expected: tuple[str, float, float, str | None]) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.value, quantity.high, quantity.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change is two values, as "von 3 auf 4 Euro": the first takes the unit of the second
        ("Rates went from 5% to 7%.", [("5%", 5, "percent"), ("7%", 7, "percent")]),
        ("The term fell from 40 to 25 years.", [("40", 40, "year"), ("25 years", 25, "year")]),
        ("Sales rose from £3m to £4m.", [("£3m", 3e6, "GBP"), ("£4m", 4e6, "GBP")]),
        ("Crowds grew from 20 to 30 people.", [("20", 20, None), ("30", 30, None)]),
        # two amounts joined by "and" without "between" are two amounts
        ("Tickets are £20 and £30 for children.", [("£20", 20, "GBP"), ("£30", 30, "GBP")]),
        # weeks and months do not convert: two quantities, as before
        ("It took between six weeks and two months.", [("six weeks", 6, "week"), ("two months", 2, "month")]),
    ],
)
def test_changes_and_pairs_that_are_no_range_have_no_high(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == expected
    assert all(q.high is None for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won 2-1 on Sunday.",
        "It was a 3-1 win for the hosts.",
        "They drew 1-3 games in a row.",
        "In the 2019-2020 season he scored.",
        "Call 0800-555-0199 today.",
        "The branch is on 555-1234 today.",
    ],
)
def test_scores_years_and_telephone_numbers_are_no_ranges(text: str) -> None:
    assert all(q.high is None for q in find_quantities(text))
    assert not any("-" in q.text for q in find_quantities(text))


def test_single_numbers_have_no_high() -> None:
    found = find_quantities("He paid £3.5bn for 45% of it over six months, some 1,200 people said.")
    assert [q.text for q in found] == ["£3.5bn", "45%", "over six months", "some 1,200"]
    assert all(q.high is None for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speeds said "an hour", flows in cubic metres per second
        ("Gusts reached 65 miles an hour overnight.", [("65 miles an hour", 65, "mph", None)]),
        ("The river ran at 320 cubic metres per second.", [("320 cubic metres per second", 320, "m3/s", None)]),
        # teaching hours a week
        ("Sie unterrichtet 18 Wochenstunden.", [("18 Wochenstunden", 18, "hour", None)]),
        # two sums of money joined by "or" are a range; "or more" is not
        ("Tickets will cost $4 or $5 each.", [("$4 or $5", 4, "USD", 5)]),
        ("Donations of £10 or more are welcome.", [("£10", 10, "GBP", None)]),
        # a duration of years and months, in months
        ("She was jailed for three years and four months.", [("three years and four months", 40, "month", None)]),
        ("Er erhielt zwei Jahre und neun Monate Haft.", [("zwei Jahre und neun Monate", 33, "month", None)]),
        # a height in feet and inches, in inches
        ("The suspect is 6ft 1in tall.", [("6ft 1in", 73, "inch", None)]),
        # an age by decade of life, the thirds of a decade for early, mid and late
        ("The driver was a woman in her thirties.", [("in her thirties", 30, "year", 39)]),
        ("He was described as in his early 50s.", [("in his early 50s", 50, "year", 53)]),
        ("Der Täter soll Ende vierzig sein.", [("Ende vierzig", 47, "year", 49)]),
    ],
)
def test_units_of_speed_flow_height_age_and_compound_durations(
    text: str, expected: list[tuple[str, float, str, float | None]]
) -> None:
    assert [(q.text, q.value, q.unit, q.high) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jazz flourished in the twenties.",  # an era, not an age
        "The nineties were a decade of change.",
        "Bis Ende 2026 soll das Werk stehen.",  # the end of a year
        "He stood on the 6ft line in the hall.",  # feet without inches: no height in inches
        "She waited for years and months on end.",  # no numbers
    ],
)
def test_eras_years_and_bare_feet_are_no_ages_or_heights(text: str) -> None:
    assert all(q.unit not in ("inch", "month") and q.high is None for q in find_quantities(text))
    assert not any(q.unit == "year" and q.high is not None for q in find_quantities(text))
