from __future__ import annotations

import pytest

from processors.claims.cues import CUES, find_cues, is_participle
from processors.claims.hedges import find_hedges


def test_cues_are_found_in_order_with_strength() -> None:
    found = find_cues("Spies claimed he said so, according to officials.")
    assert [c.cue for c in found] == ["claimed", "said", "according to"]
    assert all(c.strength == CUES[c.cue] for c in found)


def test_cues_outside_regions_are_ignored() -> None:
    text = '"It suggests nothing," he said.'
    assert [c.cue for c in find_cues(text, [(21, len(text))])] == ["said"]


def test_hyphenated_adjective_is_not_a_cue() -> None:
    assert find_cues("the self-declared leader") == []


def test_participle_cues() -> None:
    assert is_participle("telling")
    assert not is_participle("told")


def test_hedges_prefer_the_longest_phrase_and_keep_order() -> None:
    text = "It has emerged he is believed to have fled, most likely by road."
    assert find_hedges(text) == ["it has emerged", "believed to", "most likely"]


def test_hedge_words_inside_other_words_do_not_count() -> None:
    assert find_hedges("The mighty army could not be stopped.") == ["could"]
    assert find_hedges("A plain statement of fact.") == []


def test_approximators_hedge_only_before_a_number() -> None:
    assert find_hedges("Knapp 300 Beschäftigte verlieren ihre Stelle.") == ["knapp"]
    assert find_hedges("Die Zeit ist knapp.") == []
    assert find_hedges("Près de 300 salariés sont concernés.") == ["près de"]
    assert find_hedges("They talked about the weather.") == []


def test_approximators_that_always_hedge() -> None:
    assert find_hedges("Sales fell by roughly the same amount, almost as much as last year.") == ["roughly", "almost"]


def test_evidential_verbs_hedge_after_an_evidence_noun() -> None:
    assert find_hedges("The survey suggests that rents will rise.") == ["suggests"]
    assert find_hedges("The data strongly suggest a link.") == ["suggest"]
    assert find_hedges("The minister suggested a meeting.") == []


def test_comparative_likely_is_no_hedge() -> None:
    assert find_hedges("Smokers were twice as likely, and three times more likely to die.") == ["likely"]


def test_writer_inferences_and_hearsay_in_four_languages() -> None:
    assert find_hedges("We believe the tanker was heading north.") == ["we believe"]
    assert find_hedges("A woman understood to be his sister was there.") == ["understood to be"]
    assert find_hedges("Der mutmaßliche Täter wird voraussichtlich morgen vernommen.") == [
        "mutmaßliche",
        "voraussichtlich",
    ]
    assert find_hedges("Le suspect semble avoir fui.") == ["semble"]
    assert find_hedges("El presunto autor huyó.") == ["presunto"]


def test_lowercase_only_hedges() -> None:
    assert find_hedges("Zum Wohl der Kinder.") == []
    assert find_hedges("Das war wohl ein Irrtum.") == ["wohl"]


def test_bounds_of_a_count_hedge_before_a_number() -> None:
    assert find_hedges("At least 12 people were hurt in the crash.") == ["at least"]
    assert find_hedges("The fire destroyed more than 300 homes.") == ["more than"]
    assert find_hedges("At least the weather held for the parade.") == []
    assert find_hedges("Die Reparatur kostet fast 2 Millionen Euro.") == ["fast"]
    assert find_hedges("Die Miete ist fast doppelt so hoch wie 2015.") == ["fast"]
    assert find_hedges("The trains run fast between the two cities.") == []
    assert find_hedges("Murieron al menos 14 personas.") == ["al menos"]
    assert find_hedges("The meeting ended about an hour later.") == ["about"]
    assert find_hedges("She talked about a plan for the harbour.") == []


def test_widely_expected_hedges() -> None:
    assert find_hedges("The bank is widely expected to cut rates next month.") == ["widely expected to"]


def test_hearsay_around_a_claim_is_a_hedge() -> None:
    assert find_hedges("The chef is facing a walkout amid claims he withheld tips.") == ["amid claims"]
    assert find_hedges("She is also said to have threatened the landlord.") == ["said to have"]
    assert find_hedges("It is said to have cost millions.") == ["is said to"]  # the longer phrase first


def test_the_newsroom_understanding_is_a_hedge_but_a_person_understanding_is_not() -> None:
    assert find_hedges("The Herald understands that the deal was signed last week.") == ["the herald understands"]
    assert find_hedges("But The Evening Gazette has learned he resigned.") == ["the evening gazette has learned"]
    assert find_hedges("The Prime Minister understands the anger of farmers.") == []


def test_german_gut_before_a_share_or_a_single_unit() -> None:
    assert find_hedges("Gut jeder fünfte Betrieb meldet Kurzarbeit an.") == ["gut"]
    assert find_hedges("Die Fahrt dauerte gut eine Stunde.") == ["gut"]
    assert find_hedges("Das Paket war gut eingepackt.") == []


def test_may_be_is_reported_as_may() -> None:
    assert find_hedges("Further cuts may be needed next year.") == ["may"]


def test_french_and_spanish_hedges_of_reportive_conditionals_and_estimates() -> None:
    assert find_hedges("Trois élus se seraient opposés au projet en privé.") == ["se seraient"]
    assert find_hedges("La obra, estimada en 3 millones, empezará en mayo.") == ["estimada en"]
    assert find_hedges("Le chantier, estimé à 3 millions, débutera en mai.") == ["estimé à"]
    assert find_hedges("El pleno aprobará previsiblemente el plan.") == ["previsiblemente"]
    # a plain past or an estimate as a verb is no hedge
    assert find_hedges("Ils se sont opposés au projet.") == []
    assert find_hedges("La empresa ha estimado los daños.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drive takes the better part of an hour.", ["the better part of"]),
        ("Both firms were understood to have walked away.", ["were understood to"]),
        ("Prices were expected to fall in spring.", ["were expected to"]),
        ("We expect the vote to be close.", ["we expect"]),
        ("Die Kontrollen finden meistens nachts statt.", ["meistens"]),
        ("In der Regel zahlt die Kasse.", ["in der regel"]),
        ("Nach NORDKURIER-Informationen hat der Stadtrat getagt.", ["nach nordkurier-informationen"]),
        ("The manager said he thought the pitch was unplayable.", ["he thought"]),
    ],
)
def test_hedges_of_expectation_frequency_and_newsroom_sourcing(text: str, expected: list[str]) -> None:
    assert find_hedges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He gave the best part of his salary to charity.",  # no number after: a share, not an approximation
        "The data showed more than doctors believed in 1990.",  # a belief of the past, not a reported one
        "Sie kam nach den Informationen des Amtes zurück.",  # information of a named source, not the newsroom's
        "I expected a bigger crowd.",  # "expected" is no "expect"
        "Die meisten Gäste blieben.",  # "meisten" is no "meist"
    ],
)
def test_no_hedge_without_a_number_a_reported_belief_or_the_newsroom(text: str) -> None:
    assert find_hedges(text) == []


def test_french_and_spanish_approximate_times_bounds_and_round_counts() -> None:
    assert find_hedges("Les secours sont arrivés vers 23 h 40, peu après l'appel.") == ["vers"]
    assert find_hedges("Le cortège est parti peu avant 10 h de la place centrale.") == ["peu avant"]
    assert find_hedges("Jusqu'à 400 manifestants ont défilé samedi.") == ["jusqu'à"]
    assert find_hedges("El paro bajó hasta rozar cerca del 11% en marzo.") == ["cerca del"]
    assert find_hedges("Une quarantaine de riverains ont été évacués.") == ["une quarantaine de"]
    assert find_hedges("Un centenar de vecinos se concentró ante el ayuntamiento.") == ["un centenar de"]
    # a place, not a number: no hedge
    assert find_hedges("Le cortège s'est dirigé vers la préfecture puis jusqu'à la gare.") == []


def test_french_reportive_conditional_and_plans_under_consideration() -> None:
    assert find_hedges("Le conducteur serait sorti de la route à cause du verglas.") == ["serait"]
    assert find_hedges("Une fermeture partielle de la ligne est envisagée pour l'été.") == ["est envisagée"]
    assert find_hedges("À ce stade, aucune piste n'est écartée par les enquêteurs.") == ["à ce stade"]
    assert find_hedges("La ligne a été fermée mardi par la direction régionale.") == []
