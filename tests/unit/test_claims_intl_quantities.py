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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Miete stieg um rund neun Prozent.", ("rund neun Prozent", 9, "percent")),
        ("Le prix a bondi de quinze pour cent.", ("quinze pour cent", 15, "percent")),
        ("Das Paket kostet zwanzig Euro.", ("zwanzig Euro", 20, "EUR")),
        ("Der Tank fasst 60 Liter.", ("60 Liter", 60, "litre")),
        ("Der Verdächtige ist etwa 1,75 Meter groß.", ("etwa 1,75 Meter", 1.75, "m")),
        ("Am Mittag waren es 31 Grad.", ("31 Grad", 31, "°C")),
        ("Le feu a détruit 40 hectares de forêt.", ("40 hectares", 40, "hectare")),
        ("Se quemaron 300 hectáreas de monte.", ("300 hectáreas", 300, "hectare")),
        ("Il a fêté ses quatre-vingt-onze ans.", ("quatre-vingt-onze ans", 91, "year")),
        ("Sie arbeitete vierundzwanzig Stunden am Stück.", ("vierundzwanzig Stunden", 24, "hour")),
        ("La obra duró treinta y cinco días.", ("treinta y cinco días", 35, "day")),
        ("Il a attendu plus de dix-sept heures.", ("plus de dix-sept heures", 17, "hour")),
        ("La maison a vingt-et-un ans.", ("vingt-et-un ans", 21, "year")),
    ],
)
def test_number_words_before_percentages_currencies_and_measures(
    text: str, expected: tuple[str, float, str | None]
) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Reparatur kostet zwischen 40 und 60 Millionen Euro.", ("zwischen 40 und 60 Millionen Euro", 40e6, "EUR")),
        ("Die Sanierung dauert drei bis vier Wochen.", ("drei bis vier Wochen", 3, "week")),
        ("Der Zug hatte 5-10 Minuten Verspätung.", ("5-10 Minuten", 5, "minute")),
        ("Nach zwei, drei Tagen war alles vorbei.", ("zwei, drei Tagen", 2, "day")),
        ("On attend deux ou trois jours.", ("deux ou trois jours", 2, "day")),
        ("Les loyers ont augmenté entre 5 et 8 %.", ("entre 5 et 8 %", 5, "percent")),
        ("Costará entre 10 y 12 millones de euros.", ("entre 10 y 12 millones de euros", 10e6, "EUR")),
    ],
)
def test_ranges_take_the_unit_of_their_second_number(text: str, expected: tuple[str, float, str | None]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [expected]


def test_a_change_gives_its_first_number_the_scale_and_currency_of_the_second() -> None:
    text = "Die Schulden stiegen von 12 Milliarden auf rund 15 Milliarden Euro."
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [
        ("12 Milliarden", 12e9, "EUR"),
        ("rund 15 Milliarden Euro", 15e9, "EUR"),
    ]
    assert [(q.text, q.value, q.unit) for q in find_quantities("Le taux est passé de 4 à 6 %.")] == [
        ("4", 4, "percent"),
        ("6 %", 6, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Feuerwehr rettete elf Bewohner.", ("elf", 11, None)),
        ("Es wurden mindestens sieben Autos beschädigt.", ("mindestens sieben", 7, None)),
        ("Le maire a fermé quatorze classes.", ("quatorze", 14, None)),
        ("La police a interpellé trois suspects.", ("trois", 3, None)),
        ("El incendio obligó a desalojar a cuarenta familias.", ("cuarenta", 40, None)),
        ("Hinzu kämen rund acht Millionen Fahrgäste.", ("rund acht Millionen", 8e6, None)),
        ("L'usine emploie 2 400 salariés.", ("2 400", 2400, None)),
        ("L'usine emploie 2\u202f400 salariés.", ("2\u202f400", 2400, None)),
        ("Jeder Vierte hat keinen Hausarzt.", ("Jeder Vierte", 25, "percent")),
        ("Uno de cada cinco hogares no tiene coche.", ("Uno de cada cinco", 20, "percent")),
    ],
)
def test_number_words_before_nouns_grouped_thousands_and_shares(
    text: str, expected: tuple[str, float, str | None]
) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le bâtiment neuf ouvre lundi.",  # "neuf" = new
        "They will seize control of the port.",  # English "seize"
        "The elf costume sold out.",
        "He lives in São José dos Campos.",
        "Die Elf spielte schwach.",  # the team, not eleven
        "Kurz nach halb neun Uhr kam der Anruf.",  # a time of day
        "Les deux tiers des salariés",  # a fraction, read as such
    ],
)
def test_number_words_that_are_other_words_are_no_counts(text: str) -> None:
    assert all(q.unit == "percent" for q in find_quantities(text))


def test_parts_of_unlisted_compounds_and_lists_are_no_quantities() -> None:
    assert find_quantities("Er kam mit Grad-Abweichung") == []
    assert [q.text for q in find_quantities("Es gab 3, 4 Minuten Pause.")] == ["3", "4 Minuten"]
    assert [q.text for q in find_quantities("200 grad students")] == ["200"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Sitzung dauerte eine halbe Stunde.", ("eine halbe Stunde", 0.5, "hour")),
        ("Der Umbau dauert zweieinhalb Jahre.", ("zweieinhalb Jahre", 2.5, "year")),
        ("Il faudra une heure et demie de route.", ("une heure et demie", 1.5, "hour")),
        ("Le chantier a pris deux ans et demi.", ("deux ans et demi", 2.5, "year")),
        ("Esperó media hora en la cola.", ("media hora", 0.5, "hour")),
        ("La obra durará año y medio.", ("año y medio", 1.5, "year")),
        ("Die Preise stiegen doppelt so stark wie die Löhne.", ("doppelt so", 2, "times")),
        ("Las ventas alcanzaron el doble que el año pasado.", ("el doble", 2, "times")),
        ("Der Neunjährige wurde leicht verletzt.", ("Neunjährige", 9, "year")),
        ("Er unterschrieb einen Dreijahresvertrag.", ("Dreijahresvertrag", 3, "year")),
        ("Die dreitägige Messe beginnt am Freitag.", ("dreitägige", 3, "day")),
        ("In der Nacht wurden minus 14 Grad gemessen.", ("minus 14 Grad", -14, "°C")),
        ("Es war 31 Grad heiß.", ("31 Grad", 31, "°C")),
        ("Il a fait 38 degrés à Nîmes.", ("38 degrés", 38, "°C")),
        ("Se registraron seis grados bajo cero.", ("seis grados bajo cero", -6, "°C")),
        ("Der Verein kassiert 15 Millionen.", ("15 Millionen", 15_000_000, None)),
        ("El paro afecta a 2,7 millones de personas.", ("2,7 millones", 2_700_000, None)),
        ("Le chômage a reculé de 0,2 point.", ("0,2 point", 0.2, "percentage point")),
        ("La inflación bajó dos décimas.", ("dos décimas", 0.2, "percentage point")),
        ("Der Leitzins sinkt um 25 Basispunkte.", ("25 Basispunkte", 25, "basis point")),
        ("Le gazole a pris 12 centimes.", ("12 centimes", 0.12, "EUR")),
        ("Der Liter kostet 9 Cent mehr.", ("9 Cent", 0.09, "EUR")),
        ("Un salarié sur cinq travaille le week-end.", ("Un salarié sur cinq", 20, "percent")),
        ("Die Miete beträgt 900 Euro pro Monat.", ("900 Euro pro Monat", 900, "EUR")),
        ("Der Umsatz sank auf 8,2 Milliarden Euro.", ("8,2 Milliarden Euro", 8_200_000_000, "EUR")),
        ("Bayern drehte das Spiel zum 3:1.", None),
    ],
)
def test_halves_multiples_compounds_temperatures_and_shares(
    text: str, expected: tuple[str, float, str | None] | None
) -> None:
    quantities = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    if expected is None:
        assert quantities == []
    else:
        assert expected in [(t, pytest.approx(v, rel=0.01), u) for t, v, u in quantities]


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung vollzog eine Kehrtwende um 180 Grad.",  # an angle, not a temperature
        "Le PSG compte trois points d'avance.",  # a score, not percentage points
        "Un accident sur la route a bloqué la circulation.",  # no number after "sur"
    ],
)
def test_turns_scores_and_places_are_no_temperatures_points_or_shares(text: str) -> None:
    units = [q.unit for q in find_quantities(text)]
    assert not {"°C", "percentage point", "percent"} & set(units)


def test_the_first_number_of_a_german_change_is_a_count() -> None:
    found = find_quantities("Die Zahl der Filialen sinkt von neun auf fünf.")
    assert [(q.text, q.value) for q in found] == [("neun", 9.0), ("fünf", 5.0)]
    assert find_quantities("Sieben auf einen Streich.") == []  # capitalised, no change from one number


def test_german_points_of_a_table() -> None:
    found = find_quantities("Der Klub steht mit elf Punkten auf Platz 16.")
    assert (found[0].text, found[0].value, found[0].unit) == ("elf Punkten", 11.0, "point")
    assert find_quantities("Das ist ein wichtiger Punkt.") == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Der Stürmer hat in der Saison erst einmal getroffen.", True),
        ("Die Anlage wurde nur einmal gewartet.", True),
        ("Wir müssen erst einmal abwarten.", False),
        ("Das war nicht einmal teuer.", False),
        ("Sag es noch einmal.", False),
    ],
)
def test_einmal_counts_once_only_after_a_limiting_word(text: str, counted: bool) -> None:
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert ((1.0, "times") in found) is counted


def test_the_day_of_a_german_date_is_no_quantity() -> None:
    assert find_quantities("Die Sitzung ist am 7. März im Rathaus.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Sanierung kostet zwischen 40 und 55 Millionen Euro.",
            ("zwischen 40 und 55 Millionen Euro", 4e7, 5.5e7, "EUR"),
        ),
        ("Es dauert zwei bis drei Wochen.", ("zwei bis drei Wochen", 2, 3, "week")),
        ("Die Preise steigen um 3-4 Prozent.", ("3-4 Prozent", 3, 4, "percent")),
        ("Es kostet 3-4 Millionen Euro.", ("3-4 Millionen Euro", 3e6, 4e6, "EUR")),
        ("Das dauert drei, vier Stunden.", ("drei, vier Stunden", 3, 4, "hour")),
        ("Es kamen von 60 bis 80 Besucher.", ("von 60 bis 80", 60, 80, None)),
        ("Es warteten zwischen 60 und 80 Fahrgäste.", ("zwischen 60 und 80", 60, 80, None)),
        ("Il faudra entre 15 et 25 ans.", ("entre 15 et 25 ans", 15, 25, "year")),
        ("Il y avait entre 40 et 70 manifestants.", ("entre 40 et 70", 40, 70, None)),
        ("Le chantier durera 18 à 24 mois.", ("18 à 24 mois", 18, 24, "month")),
        ("Cela prendra deux ou trois semaines.", ("deux ou trois semaines", 2, 3, "week")),
        ("Costará entre 30 y 45 euros.", ("entre 30 y 45 euros", 30, 45, "EUR")),
        ("Se necesitan entre 200 y 300 millones de euros.", ("entre 200 y 300 millones de euros", 2e8, 3e8, "EUR")),
        ("Había entre 50 y 90 vecinos.", ("entre 50 y 90", 50, 90, None)),
        ("La obra durará 18 a 24 meses.", ("18 a 24 meses", 18, 24, "month")),
    ],
)
def test_ranges_keep_both_ends(text: str, expected: tuple[str, float, float, str | None]) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.value, quantity.high, quantity.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "von X auf Y", "de X à Y", "de X a Y": a change, two values, the first with the unit of the second
        ("Der Preis stieg von 3 auf 4 Euro.", [("3", 3, "EUR"), ("4 Euro", 4, "EUR")]),
        ("Le taux passe de 2 à 3 %.", [("2", 2, "percent"), ("3 %", 3, "percent")]),
        ("La espera subió de 10 a 12 años.", [("10", 10, "year"), ("12 años", 12, "year")]),
        # hours of the clock and years are no ranges of counts
        ("Geöffnet ist zwischen 8 und 10 Uhr.", [("8", 8, None), ("10", 10, None)]),
        ("Das Haus wurde zwischen 2019 und 2021 gebaut.", []),
        ("Bayern gewann 3:1 gegen Köln.", []),
    ],
)
def test_changes_and_pairs_that_are_no_range_have_no_high(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == expected
    assert all(q.high is None for q in found)
