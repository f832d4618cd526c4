"""Ranges, fractions, multiples, single units, compact units; hedged approximations; claim types and the score."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.hedges import find_hedges
from processors.claims.quantities import find_quantities
from processors.claims.scoring import checkworthiness, claim_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 15 and 20 percent of referrals", ("between 15 and 20 percent", 15, "percent")),
        ("between 8 and 11 billion tonnes of ice", ("between 8 and 11 billion tonnes", 8e9, "tonne")),
        ("a sentence of 10 to 15 years", ("10 to 15 years", 10, "year")),
        ("footfall fell by a third since", ("a third", 33.3, "percent")),
        ("two-thirds of residents", ("two-thirds", 66.7, "percent")),
        ("about a quarter of them", ("a quarter", 25, "percent")),
        ("cut the deficit by half", ("by half", 50, "percent")),
        ("die Kosten zur Hälfte bezahlen", ("zur Hälfte", 50, "percent")),
        ("la moitié des vignes", ("la moitié", 50, "percent")),
        ("losing ice twice as fast", ("twice", 2, "times")),
        ("shortages within a fortnight", ("a fortnight", 2, "week")),
        ("a decade ago", ("a decade", 1, "decade")),
        ("in the past year", ("the past year", 1, "year")),
        ("up to 40mm of rain", ("up to 40mm", 40, "mm")),
        ("temperatures of 30°C", ("30°C", 30, "°C")),
        ("About 2,000 people were evacuated", ("About 2,000", 2000, None)),
    ],
)
def test_measures(text: str, expected: tuple[str, float, str | None]) -> None:
    quantities = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert expected in [(t, pytest.approx(v, rel=0.01), u) for t, v, u in quantities]


@pytest.mark.parametrize(
    "text",
    ["fenced off for a third time", "a quarter final", "in the second half of the season", "they won 2-1", "for years"],
)
def test_ordinals_halves_and_scores_are_no_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_approximations_before_numbers_are_hedges() -> None:
    text = "Corvane has roughly 21,000 employees, about a quarter of them abroad, and some say it may grow."
    assert find_hedges(text) == ["roughly", "about", "may"]
    assert find_hedges("He talked about the plan in May.") == []


def test_claim_types_in_four_languages() -> None:
    def types(text: str, quoted: str | None = None) -> list[str]:
        return list(claim_types(text, find_quantities(text), quoted))

    assert "prediction" in types("The minister said the government would fund 300 places.")
    assert "prediction" in types("L'État sera aux côtés des viticulteurs.")
    assert "causation" in types("La falta de lluvias ha provocado pérdidas en el cereal.")
    assert "causation" in types("Das Hallenbad bleibt wegen eines Schadens geschlossen.")
    assert "rule" in types("Nach der Badeordnung dürfen Kinder das Bad nur in Begleitung besuchen.")
    assert "rule" in types("Está prohibido regar jardines privados.")
    assert "experience" in types("My husband waited eleven months.", quoted="My husband waited eleven months.")
    assert "experience" not in types("The firm waited eleven months.", quoted="The firm waited eleven months.")


def test_checkworthiness_ranks_checkable_claims_higher() -> None:
    plain = checkworthiness("none", [], [], [], 12)
    named = checkworthiness("indirect", [], [], [], 12, cue_strength=1.0, named_speaker=True)
    believed = checkworthiness("indirect", [], [], [], 12, cue_strength=0.6)
    assert named > believed > plain
    assert checkworthiness("none", [], [], ["rule"], 12) > plain
    assert checkworthiness("none", ["most likely"], [], [], 12) < plain
    assert checkworthiness("indirect", [], [], [], 12, non_answer=True) < plain
    text = "A spokesperson for the ministry declined to comment on the mediation plan."
    (claim,) = extract_claims(text, "d" * 32)
    assert claim.checkworthiness < 0.2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze has burned 8,200 acres.", ("8,200 acres", 8200, "acre")),
        ("The farm covers 120 hectares.", ("120 hectares", 120, "hectare")),
        ("a warehouse of 250,000 square feet", ("250,000 square feet", 250_000, "sq ft")),
        ("The wave was 30 feet high.", ("30 feet", 30, "foot")),
        ("Output fell to 9.1 million barrels a day.", ("9.1 million barrels a day", 9.1e6, "barrel")),
        ("The solar farm will produce 500 megawatts.", ("500 megawatts", 500, "MW")),
        ("It hit 104 degrees Fahrenheit on Sunday.", ("104 degrees Fahrenheit", 104, "°F")),
        ("Winds of 60 to 70 mph are expected.", ("60 to 70 mph", 60, "mph")),
        ("Highs of 25-28°C are forecast.", ("25-28°C", 25, "°C")),
        ("between 4,000 and 6,000 acres", ("between 4,000 and 6,000 acres", 4000, "acre")),
        ("The repairs take two or three weeks.", ("two or three weeks", 2, "week")),
        ("Nearly one in four renters is behind on rent.", ("one in four", 25, "percent")),
        ("2 in 5 voters backed the plan.", ("2 in 5", 40, "percent")),
        ("three out of every ten homes", ("three out of every ten", 30, "percent")),
        ("volunteers aged 18 to 30 were recruited", ("aged 18 to 30", 18, "year")),
        ("a woman aged 52 was arrested", ("aged 52", 52, "year")),
        ("the drug was taken for a single month", ("a single month", 1, "month")),
        ("the poorest fifth of households", ("fifth", 20, "percent")),
        ("the top tenth of earners", ("tenth", 10, "percent")),
    ],
)
def test_units_shares_ages_and_ranked_fractions(text: str, expected: tuple[str, float, str | None]) -> None:
    quantities = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert expected in [(t, pytest.approx(v, rel=0.01), u) for t, v, u in quantities]


@pytest.mark.parametrize(
    "text",
    [
        "the strongest quarter of the year",  # a period, not a share
        "the latest quarter of trading",
        "the fifth of November",
        "He scored 12 in 1976.",  # a year is no denominator
        "one in three days",  # a unit follows: a count of days
    ],
)
def test_periods_dates_and_counts_are_no_shares(text: str) -> None:
    assert all(q.unit != "percent" for q in find_quantities(text))


def test_a_baby_aged_in_months_keeps_its_unit() -> None:
    assert [(q.text, q.unit) for q in find_quantities("a baby aged 18 months")] == [("18 months", "month")]


def test_french_and_spanish_types_of_conditionals_exemptions_and_causes() -> None:
    def types(text: str, quoted: str | None = None) -> list[str]:
        return list(claim_types(text, find_quantities(text), quoted))

    assert "prediction" in types("Une réunion se tiendrait la semaine prochaine avec les élus.")
    assert "prediction" in types("La ordenanza saldrá adelante sin sobresaltos.")
    assert "prediction" not in types("La réunion aurait eu lieu hier soir.")  # a reportive conditional of the past
    assert "rule" in types("Los jubilados estarán exentos del pago.")
    assert "rule" in types("La norme entrera en vigueur en janvier.")
    assert "causation" in types("La medida podría provocar una caída de las reservas.")
    assert "causation" not in types("La medida podría cambiar las reservas.")
    quoted = "Nadie se ha sentado con nosotros."
    assert "experience" in types(quoted, quoted)
    assert "experience" not in types("Nadie se ha sentado con ellos.", "Nadie se ha sentado con ellos.")
