"""A person the article introduces by full name with an age, or as the predicate of "One of them is X", is whom a
following cue without a named subject, a pronoun or a cueless quote refers to (not the source quoted before)."""

from __future__ import annotations

import pytest

from tests.claims_probe import claim_with, fold

BEFORE_EN = '"Rents have doubled in ten years," said Margaret Hale, who chairs the tenants\' union.'
BEFORE_DE = "„Die Mieten steigen immer weiter“, sagte Vereinschefin Beatrix Körner."
BEFORE_ES = "Su portavoz, Nuria Vidal, explica que muchas familias no tienen otra opción."
BEFORE_FR = "« Les loyers ont doublé », a déclaré Claire Martin, présidente de l'association."


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            f"{BEFORE_DE} Eine, die das jeden Monat spürt, ist Sabine Hofer. Ihre Miete sei zweimal erhöht worden,"
            " erzählt sie.",
            "zweimal erhöht",
            "sabine hofer",
        ),
        (
            f"{BEFORE_ES} Es el caso de Rubén Molina, de 34 años, enfermero en un hospital de Toledo."
            " “Cada vez que renuevo me suben 80 euros”, cuenta por teléfono.",
            "Cada vez",
            "rubén molina",
        ),
        (
            f"{BEFORE_FR} Ce matin-là, Yannick Le Bris, 58 ans, contemplait les tôles tordues."
            " « On a tout perdu en quelques heures », souffle le gérant.",
            "tout perdu",
            "yannick le bris",
        ),
        (
            f"{BEFORE_EN} Among those on the waiting list was Kathleen Doyle (89), from Ballymore."
            " She said she had waited 19 hours on a trolley.",
            "19 hours",
            "kathleen doyle",
        ),
        (
            f"{BEFORE_EN} One of them is Tom Ellery. He said his rent rose by £150 a month last year.",
            "£150",
            "tom ellery",
        ),
    ],
)
def test_introduced_person_speaks_next(text: str, fragment: str, name: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == name


def test_a_place_with_a_number_is_no_person() -> None:
    # "à Le Havre (76)": a French département number after a town, not an age
    text = f"{BEFORE_FR} Les secours sont arrivés à Le Havre (76) vers midi. Elle a dit que la situation était grave."
    claim = claim_with(text, "situation")
    assert claim.speaker is None or "havre" not in fold(claim.speaker.name)


def test_a_club_as_predicate_is_no_person() -> None:
    # "The winner was Real Madrid": the subject stands for no person, so the club is not taken as one
    text = f"{BEFORE_EN} The winner was Real Madrid. She said the result was expected."
    claim = claim_with(text, "result was expected")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "margaret hale"


def test_capitalised_german_noun_before_the_name_is_left_out() -> None:
    # "Lottogewinner Heinz Pawlowski (61)": the noun before the given name is no part of the name
    text = "Schock für Lottogewinner Heinz Pawlowski (61)! Er habe den Schein in der Hose vergessen, sagt er zu BILD."
    claim = claim_with(text, "Schein")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "heinz pawlowski"
