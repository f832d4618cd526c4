"""A cueless quote after sentences about a person is theirs: a new full name opening a sentence, then sentences naming
no one, then the quote in the same paragraph ("Gilbert Pouzac, lui, ... À 71 ans, cet ancien éleveur ... « ... »")."""

from __future__ import annotations

from tests.claims_probe import claim_with, fold

LEAD_FR = "« C'est un premier pas », a déclaré Thierry Rouvel, président du syndicat, joint par téléphone."
LEAD_EN = '"This is the driest summer on record," said Alan Marsh, a hydrologist at the river trust.'


def test_french_new_name_then_a_description_then_the_quote() -> None:
    text = (
        f"{LEAD_FR}\nGilles Pourcel, lui, ne se fait guère d'illusions. À 71 ans, cet ancien éleveur touche 812 euros"
        " par mois. « J'ai trait des vaches sept jours sur sept pendant quarante ans. »"
    )
    claim = claim_with(text, "trait des vaches")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "gilles pourcel"


def test_english_new_name_then_a_sentence_naming_no_one() -> None:
    text = (
        f"{LEAD_EN}\nMaria Delgado has farmed the valley for 40 years. At 67, the former teacher still rises at five"
        " to check the wells. 'I have never seen the river this low, not once in my life.'"
    )
    claim = claim_with(text, "river this low")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "maria delgado"


def test_another_person_in_between_stops_the_carry() -> None:
    text = (
        f"{LEAD_EN}\nMaria Delgado has farmed the valley for 40 years. Her neighbour, Tom Price, sold his farm to"
        " Dr. Ruth Kane last spring. 'I have never seen the river this low, not once in my life.'"
    )
    claim = claim_with(text, "river this low")
    assert claim.speaker is None or fold(claim.speaker.name) != "maria delgado"


def test_a_new_paragraph_stops_the_carry() -> None:
    text = (
        f"{LEAD_EN}\nMaria Delgado has farmed the valley for 40 years. At 67, she still rises at five.\n"
        "Water rationing began on Monday across the district.\n'I have never seen the river this low.'"
    )
    claim = claim_with(text, "river this low")
    assert claim.speaker is None or fold(claim.speaker.name) != "maria delgado"
