"""Claim types: the first-person test finds exactly what a ``\\b``-anchored pattern of the forms finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims import scoring
from processors.claims.scoring import _FIRST_PERSON_FORMS, _first_person, claim_types

_ANCHORED = re.compile(r"\b(?:" + "|".join(_FIRST_PERSON_FORMS) + r")(?!\w)")
_PIECES = ["I", "i", "we", "We", "WE", "some", "army", "Meinung", "unsere", "J'ai", "j’", "mis", "Mist", "x", "_"]
_JOINTS = ["", " ", "'", "-", ", ", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINTS)), max_size=12))
def test_first_person_matches_the_anchored_pattern(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + joint for piece, joint in pieces)
    assert _first_person(text) == (_ANCHORED.search(text) is not None)


@given(st.text(max_size=80))
def test_first_person_matches_the_anchored_pattern_on_any_text(text: str) -> None:
    assert _first_person(text) == (_ANCHORED.search(text) is not None)


def test_personal_experience_needs_the_first_person_in_the_quote() -> None:
    quote = "I stood under that deck and watched it fall"
    assert "experience" in claim_types(f'"{quote}," she said.', [], quote)
    assert "experience" not in claim_types(f'"{quote}," she said.', [], "The army stood under that deck")


_PAST_ALTERNATION = re.compile(
    r"\b(?:was|were|had|did|saw|went|felt|heard|met|lived|stood|spent|lost|could|knew|thought|took|got|came|found|"
    r"left|kept|ran|sat|told|said|grew|fell|began|became|\w{3,}ed|war|waren|hatte|hatten|habe|haben|ai|avons|"
    r"étais|était|avais|fui|estuve|tuve|vi|he|hemos|seen|been|done|known|given|taken|gone|grown|written|spoken|"
    r"driven|brought|estaba|estábamos|había|habíamos|éramos|fue|fuimos|estuvimos|tuvimos|vimos)\b",
    re.IGNORECASE,
)
_PAST_PIECES = [
    "I", "was", "WAS", "wasn", "said", "Said", "walked", "red", "bed", "hatte", "ÉTAIT", "he", "the", "x", "seen",
    "beeny", "había", "fue", "fuel",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PAST_PIECES), st.sampled_from(_JOINTS)), max_size=10))
def test_the_past_trie_finds_what_the_word_alternation_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + joint for piece, joint in pieces)
    assert (scoring._PAST.search(text) is None) == (_PAST_ALTERNATION.search(text) is None)


def test_predictions_from_modals_expectations_and_plans() -> None:
    assert "prediction" in claim_types("The death toll may rise as rescuers reach the villages.", [], None)
    assert "prediction" not in claim_types("The gunman may have fled across the border.", [], None)
    assert "prediction" not in claim_types("The meeting in May ended early.", [], None)
    assert "prediction" in claim_types("The company expects revenue of $2 billion.", [], None)
    assert "prediction" in claim_types("Der Verband rechnet damit, dass die Preise steigen.", [], None)
    assert "prediction" in claim_types("Die neue Brücke soll 2029 fertig sein.", [], None)
    assert "prediction" not in claim_types("Er soll 2019 ein Auto gestohlen haben.", [], None)
    assert "prediction" in claim_types("Les ministres prévoient une hausse d'ici la fin de l'année.", [], None)


def test_causation_markers_in_four_languages() -> None:
    assert "causation" in claim_types("Higher rents could be driving families out of the city.", [], None)
    assert "causation" in claim_types("Most deaths could have been prevented with earlier treatment.", [], None)
    assert "causation" in claim_types("Der Ausfall ist auf einen Kabelbrand zurückzuführen.", [], None)
    assert "causation" in claim_types("Les vols ont été annulés du fait de la grève.", [], None)
    assert "causation" in claim_types("Los cortes se produjeron a raíz de la sequía.", [], None)


def test_rules_from_constitutions_and_statutes() -> None:
    assert "rule" in claim_types("Die Mietpreisbremse steht so in der Landesverfassung.", [], None)
    assert "rule" in claim_types("Employers are required by law to pay the minimum wage.", [], None)
    assert "rule" in claim_types("Le travail de nuit des mineurs est illégal.", [], None)


def test_narrative_verbs_tell_of_personal_experience() -> None:
    assert "experience" in claim_types("The nurse recalled nights without a single break.", [], None)
    assert "experience" in claim_types("Elle raconte des nuits sans pause.", [], None)
    assert "experience" not in claim_types("The nurse said the ward was closed.", [], None)


def test_statistics_are_shares_and_money() -> None:
    assert scoring.is_statistic("percent")
    assert scoring.is_statistic("percentage point")
    assert scoring.is_statistic("EUR")
    assert not scoring.is_statistic("year")
    assert not scoring.is_statistic(None)


def test_statistics_and_records_rank_above_accounts_of_experience() -> None:
    count = scoring.checkworthiness("none", [], [{"unit": None}], ["quantity"], 12)
    money = scoring.checkworthiness("none", [], [{"unit": "GBP"}], ["quantity"], 12, statistic=True)
    assert money > count
    account = scoring.checkworthiness("direct", [], [], ["experience"], 12, named_speaker=True)
    record = scoring.checkworthiness("direct", [], [], [], 12, named_speaker=True)
    assert record > account


def test_french_reportative_conditional_is_no_prediction() -> None:
    assert "prediction" not in claim_types("Le ministre aurait proposé une rallonge budgétaire.", [], None)
    assert "prediction" in claim_types("Le déficit devrait atteindre deux millions d'euros.", [], None)


def test_scheduled_events_are_predictions_not_causes() -> None:
    types = claim_types("The inquiry is due to report its findings in March.", [], None)
    assert "prediction" in types
    assert "causation" not in types
    types = claim_types("The delay was due to a signal failure outside the station.", [], None)
    assert "causation" in types
    assert "prediction" not in types
    assert "prediction" in claim_types("The new timetable is to be unveiled next spring.", [], None)
    assert "prediction" in claim_types("Ministers are preparing a fresh offer for the unions.", [], None)
    assert "prediction" in claim_types("Rents are rising and they'll keep rising, the agent warned.", [], None)
    assert "prediction" in claim_types("The union said it was ready to strike over the pay offer.", [], None)


def test_german_and_spanish_futures_and_causes() -> None:
    assert "prediction" in claim_types("Den Küstenorten droht im Winter eine neue Sturmflut.", [], None)
    assert "prediction" in claim_types("Was den Pendlern bevorsteht, ist noch unklar.", [], None)
    assert "prediction" in claim_types("El ayuntamiento abrirá el nuevo centro de salud en otoño.", [], None)
    assert "prediction" not in claim_types("El ayuntamiento abrió el nuevo centro de salud en otoño.", [], None)
    assert "causation" in claim_types("Der Frost führte in vielen Gemeinden zu Rohrbrüchen.", [], None)
    assert "causation" in claim_types("Der Streik hat bundesweit zu Zugausfällen geführt.", [], None)
    assert "causation" not in claim_types("Die Ministerin führte Gespräche mit den Ländern.", [], None)
    assert "causation" in claim_types("Je länger die Dürre dauert, desto höher steigen die Preise.", [], None)
    assert "causation" in claim_types("Las lluvias provocaron cortes de luz en tres barrios.", [], None)


def test_experience_in_the_perfect_and_in_spanish_without_a_pronoun() -> None:
    quote = "I've seen the water come up to the windows twice"
    assert "experience" in claim_types(f'"{quote}," he said.', [], quote)
    quote = "Cuando salimos, el humo ya lo cubría todo y no había luz"
    assert "experience" in claim_types(f"«{quote}», contó.", [], quote)
    # German "je" before a comparative is no French first person, "was" no English past
    quote = "Je wärmer es wird, desto mehr Eis verschwindet, was niemand aufhalten kann"
    assert "experience" not in claim_types(f"„{quote}“, sagte sie.", [], quote)


def test_plans_slated_and_german_plans_for_a_season() -> None:
    assert "prediction" in claim_types("The new bridge is slated to open in the autumn.", [], None)
    assert "prediction" in claim_types("Die Sanierung des Hallenbads soll im Herbst beginnen.", [], None)
    assert "prediction" in claim_types("Die neuen Tarife sollen ab Juli gelten.", [], None)
    assert "prediction" not in claim_types("Er soll im Sommer in Berlin gewesen sein.", [], None)


def test_causes_that_force_and_prompt() -> None:
    assert "causation" in claim_types("The storm forced the closure of three schools.", [], None)
    assert "causation" in claim_types("The leak prompted an evacuation of the building.", [], None)
    assert "causation" in claim_types("Der Sturm zwang die Bahn, den Verkehr einzustellen.", [], None)


def test_german_expectations() -> None:
    assert "prediction" in claim_types("Der Streik dürfte den Flugverkehr am Freitag lahmlegen.", [], None)
    assert "prediction" not in claim_types("Ein Defekt dürfte den Brand ausgelöst haben.", [], None)
    assert "prediction" in claim_types("Die Forscher gehen davon aus, dass der Pegel weiter steigt.", [], None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prices have been pushed up largely by energy costs, and driven mostly by demand.", "causation"),
        ("The union blamed the closure on years of underinvestment.", "causation"),
        ("The heat had “significantly contributed” to the outage.", "causation"),
        ("Higher taxes would push more families into debt.", "causation"),
        ("Had the alarm been fitted, the tenants would almost certainly have escaped.", "causation"),
        ("It is the main driver of rising prices.", "causation"),
        ("Investors see a 40% chance of a cut over the next six months.", "prediction"),
        ("Die Stadt wolle die Brücke bis zum Sommer sanieren.", "prediction"),
        ("In fünf Jahren gibt es hier keine Kohle mehr.", "prediction"),
        ("Die Gewerkschaften kündigten Warnstreiks an.", "prediction"),
        ("Cuts may be announced in the spring.", "prediction"),
    ],
)
def test_more_markers_of_claim_types(text: str, kind: str) -> None:
    assert kind in claim_types(text, [], None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He pushed the door open.", "causation"),
        ("He would have liked to stay longer.", "causation"),
        ("In den letzten fünf Jahren gab es hier Kohle.", "prediction"),
        ("The backlog may be higher than the official figure.", "prediction"),
    ],
)
def test_claim_type_markers_do_not_over_fire(text: str, kind: str) -> None:
    assert kind not in claim_types(text, [], None)


def test_a_habit_or_a_feeling_in_the_first_person_is_experience() -> None:
    quote = "Jeden Abend suche ich eine halbe Stunde nach einem Parkplatz."
    assert "experience" in claim_types(quote, [], quote)
    quote = "Now I feel safe on my way to school."
    assert "experience" in claim_types(quote, [], quote)
    quote = "Every morning the buses are late."  # a habit, but nobody speaks of themselves
    assert "experience" not in claim_types(quote, [], quote)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        ("The cyclist died from head injuries.", None, "causation"),
        ("Der Wanderer erlag seinen Verletzungen.", None, "causation"),
        ("Wer zu spät bucht, riskiert höhere Preise.", None, "causation"),
        ("Wer zu spät bucht, riskiert höhere Preise.", None, "prediction"),
        ("Das Gericht begründete die Strafe mit der Vorgeschichte.", None, "causation"),
        ("Der Käufer ist verpflichtet, den Schaden zu melden.", None, "rule"),
        ("Kein Arzt werde zu Nachtdiensten verpflichtet, sagte sie.", None, "rule"),
        ("Die Schulung ist verpflichtend.", None, "rule"),
        ("Mayors would be given new powers over bus routes.", None, "rule"),
        ("Danach ging ich nie wieder allein hinaus.", "Danach ging ich nie wieder allein hinaus.", "experience"),
        ("Plötzlich rief mich meine Nachbarin an.", "Plötzlich rief mich meine Nachbarin an.", "experience"),
    ],
)
def test_causes_of_death_risks_reasons_duties_powers_and_german_narration(
    text: str, quoted: str | None, kind: str
) -> None:
    assert kind in claim_types(text, [], quoted)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        ("Der Klub hat im Sommer einen Torwart verpflichtet.", None, "rule"),  # a player signed, no duty
        ("Der Verein hat einen Trainer verpflichtet, der zu den Besten zählt.", None, "rule"),
        ("Die Stadt begründete ihre Absage nicht.", None, "causation"),  # no reasons given
        ("I stand by every word.", "I stand by every word.", "experience"),  # "stand" is no German preterite
        ("Das Angebot gilt für mich und dich.", None, "experience"),  # first person outside a quote
    ],
)
def test_no_duty_reason_or_narration_without_their_marks(text: str, quoted: str | None, kind: str) -> None:
    assert kind not in claim_types(text, [], quoted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery chain is to shut 40 shops.", True),
        ("Nurses, the union's largest group, are to be balloted on strikes.", True),
        ("Dalton Mills, the textile firm, is to move its head office.", True),
        ("The aim is to halve waiting lists.", False),  # what the aim consists of
        ("The only answer is to build more homes.", False),
        ("Who is to blame for the flooding?", False),  # idiom
        ("All the board wants is to avoid a strike.", False),
    ],
)
def test_the_news_is_to_is_an_arrangement_to_come(text: str, expected: bool) -> None:
    assert ("prediction" in claim_types(text, [], None)) is expected
