"""Quantities written the German, French and Spanish way, and the case-folded pattern helpers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.claims.fold import Folded, alternation
from processors.claims.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Löhne steigen um 4,2 Prozent.", ("4,2 Prozent", 4.2, "percent")),
        ("Das kostet rund 1,8 Millionen Euro.", ("rund 1,8 Millionen Euro", 1_800_000, "EUR")),
        ("angeblich mehr als 200.000 Euro", ("mehr als 200.000 Euro", 200_000, "EUR")),
        ("ein Defizit von 3,5 Mio. €", ("3,5 Mio. €", 3_500_000, "EUR")),
        ("Kosten von 2 Mrd. Euro", ("2 Mrd. Euro", 2_000_000_000, "EUR")),
        ("für drei Monate", ("drei Monate", 3, "month")),
        ("nach zwölf Monaten", ("zwölf Monaten", 12, "month")),
        ("eine Pause von einem Jahr", ("einem Jahr", 1, "year")),
        ("einen 48-stündigen Streik", ("48-stündigen", 48, "hour")),
        ("une perte de 12 millions d'euros", ("12 millions d'euros", 12_000_000, "EUR")),
        ("environ 40 % des vignes", ("environ 40 %", 40, "percent")),
        ("en vingt ans de métier", ("vingt ans", 20, "year")),
        ("produit 90 000 hectolitres", ("90 000 hectolitres", 90_000, "hectolitre")),
        ("une hausse de 3,5 pour cent", ("3,5 pour cent", 3.5, "percent")),
        ("ayudas de 250 millones de euros", ("250 millones de euros", 250_000_000, "EUR")),
        ("durante seis meses", ("seis meses", 6, "month")),
        ("subió un 7 por ciento", ("7 por ciento", 7, "percent")),
        ("a 0.3 percentage point rise", ("0.3 percentage point", 0.3, "percentage point")),
        ("Steigerung um 2 Prozentpunkte", ("2 Prozentpunkte", 2, "percentage point")),
        ("rund 1.200 Menschen", ("rund 1.200", 1200, None)),
    ],
)
def test_german_french_spanish_quantities(text: str, expected: tuple[str, float, str | None]) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.value, quantity.unit) == expected


def test_english_numbers_keep_their_reading() -> None:
    assert [(q.text, q.value) for q in find_quantities("rose 4.125% on 1,200 people")] == [
        ("4.125%", 4.125),
        ("1,200", 1200),
    ]


def test_number_words_of_one_need_a_unit_and_idioms_are_skipped() -> None:
    assert find_quantities("un euro, une fois de plus, ein Mann") == []


@pytest.mark.parametrize(
    "phrases",
    [["may", "may be", "may have", "might"], ["an", "a", "and"], ["selon", "laut", "según"], ["x"]],
)
def test_alternation_matches_the_longest_phrase_like_a_sorted_alternation(phrases: list[str]) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")
    trie = re.compile(r"\b" + alternation(phrases) + r"\b")
    text = "may be, maybe a man and an x might say selon laut según mayhave"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("aAİßẞ xyzXYZ")), max_size=30))
def test_folded_offsets_match_ignorecase(text: str) -> None:
    folded = Folded(r"xy+z|a")
    ignore = re.compile(r"xy+z|a", re.IGNORECASE)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in ignore.finditer(text)]
