"""English round 11 (a): a post whose field joins two parts with "and" before the name ("Minister for Transport
and Tourism Rachel Aldous"); a modified plural subject with an auxiliary before the cue ("Ammunition makers
across the bloc have complained"), trades as groups of speakers, "across" left out of the speaker; "according to
calculations by think tank X"; a count of an unnamed group met before ("Two of the sources said") as the speaker,
while "the sources" still refers back to the whole group; "put the <thing> at <figure>" as a cue of estimating;
a dateline stripped from a lede below furniture lines; a paragraph that never closes its sentence after the story
has begun (a caption) as no claim. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import assert_attributed, claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue or None for any)
_Row = tuple[str, str, str, tuple[str, ...], str | None]

ROWS: list[_Row] = [
    # A post's field joined by "and" before the name: the name speaks, the whole post is its role.
    ("Minister for Transport and Tourism Orla Fennick said the ferry timetable would be restored by May.",
     "ferry", "indirect", ("Orla Fennick",), "said"),
    ("UN Commissioner for Water and Sanitation Paulo Ferreira told delegates that 40 wells had failed.",
     "wells", "indirect", ("Paulo Ferreira",), "told"),
    ("Deputy Minister for Rural Affairs and Fisheries Anika Storm rejected the criticism, insisting the quota was "
     '"fair and final".',
     "quota", "direct", ("Anika Storm",), "insisting"),
    ('"The harbour will reopen in June," said Minister for Ports and Shipping Tomas Hale.',
     "harbour", "direct", ("Tomas Hale",), "said"),
    # A plural subject with a place after it, an auxiliary and an adverb before the cue.
    ("Fertiliser makers across the region have complained for years that gas prices make them uncompetitive.",
     "gas prices", "indirect", ("Fertiliser makers",), "complained"),
    ("Steel producers in the north have repeatedly warned that the tariff would cost jobs.",
     "tariff", "indirect", ("Steel producers in the north", "Steel producers"), "warned"),
    ("Small lenders across the country have argued that the rules favour the big banks.",
     "rules", "indirect", ("Small lenders",), "argued"),
    # "according to calculations by" a described body: the body.
    ("The levy would raise about £90 million a year, according to calculations by London-based think tank Fairshare "
     "Institute.",
     "levy", "indirect", ("Fairshare Institute",), "according to"),
    ("The levy would raise about £90 million a year, according to calculations by think tank Tollbridge Monitor.",
     "levy", "indirect", ("Tollbridge Monitor",), "according to"),
    ("Waiting times would double, according to modelling by the consultancy Harwell Partners.",
     "Waiting", "indirect", ("Harwell Partners",), "according to"),
    # A count of the unnamed group named before: that part speaks.
    ("The cartel will cut output in March, four people familiar with the talks said. Two of the people said the "
     "decision was taken late on Sunday.",
     "late on Sunday", "indirect", ("Two of the people",), "said"),
    ("Talks stalled on Friday, three officials said. But one of the officials also said a deal remained possible.",
     "deal remained", "indirect", ("one of the officials",), "said"),
    # "put the <thing> at <figure>": an estimate, its subject speaks.
    ("Mining consultancy Orewell put the shortfall in the second half at between 200,000 and 250,000 tonnes.",
     "shortfall", "indirect", ("Orewell",), "put"),
    ("Analysts put the cost of the rescue at about $4 billion.",
     "rescue", "indirect", ("Analysts",), "put"),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speakers", "cue"), ROWS)
def test_round11_ena_attribution(
    passage: str, fragment: str, attribution: str, speakers: tuple[str, ...], cue: str | None
) -> None:
    assert_attributed(claim_with(passage, fragment), attribution, speakers, cue)


def test_field_joined_by_and_belongs_to_the_role() -> None:
    claim = claim_with("Minister for Transport and Tourism Orla Fennick said the line would reopen.", "line")
    assert claim.speaker is not None
    assert claim.speaker.role == "Minister for Transport and Tourism"


def test_the_whole_group_still_refers_back_past_a_count_of_it() -> None:
    passage = (
        "The cartel will cut output in March, four people familiar with the talks said. Two of the people said the "
        "decision was taken late on Sunday. The people said the cut would last three months."
    )
    claim = claim_with(passage, "three months")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "four people familiar with the talks"


def test_dateline_below_furniture_lines_is_left_out_of_the_lede() -> None:
    passage = (
        "Listen to this story\nBy Jana Field and Omar Reyes\nMarch 3, 2025 9:14 am\n"
        "OSLO — The fjord ferry contract will be delayed by a year, according to a leaked ministry memo.\n"
        "The memo also warns that costs will rise by 12 percent."
    )
    claim = claim_with(passage, "fjord ferry")
    assert claim.text.startswith("The fjord ferry")


def test_unclosed_paragraph_after_the_story_began_is_no_claim() -> None:
    passage = (
        "A cyclist was injured when a lorry struck him on the ring road on Monday morning, police said.\n"
        "Cyclist Ben Ashdown, pictured with his daughter, was taken to hospital after the crash on Monday\n"
        "His sister said he had broken three ribs and would need weeks to recover."
    )
    claims = extract_claims(passage, "t")
    assert not any("pictured" in claim.text for claim in claims)
    assert any("three ribs" in claim.text for claim in claims)


# Near misses that keep their behaviour.


def test_two_people_joined_by_and_stay_apart() -> None:
    claim = claim_with("Health Minister Ana Ruiz and Finance Minister Bo Lind said the budget was final.", "budget")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "bo lind"


def test_body_of_and_still_names_the_department() -> None:
    claim = claim_with("The Department of Health and Social Care said the plan was on track.", "plan")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "department of health and social care"


def test_place_after_a_plural_subject_other_than_across_stays_in_the_speaker() -> None:
    claim = claim_with("Farmers in the valley said the river had never been so low.", "river")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "farmers in the valley"


def test_put_without_a_figure_is_no_cue() -> None:
    for passage in (
        "The union put pressure on the minister to settle the dispute.",
        "Tom Reilly put the plan on hold at 3pm on Friday.",
    ):
        claims = extract_claims(passage, "t")
        assert all(claim.cue != "put" for claim in claims), passage


def test_put_it_keeps_its_own_cue() -> None:
    claim = claim_with('"It was chaos," as the driver Sam Ode put it.', "chaos")
    assert claim.cue == "put it"


def test_all_of_the_group_is_the_group() -> None:
    passage = "Talks stalled on Friday, three officials said. All of the officials said a deal remained possible."
    claim = claim_with(passage, "deal remained")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "three officials"


def test_unclosed_opening_lines_before_the_story_stay_claims() -> None:
    # summary bullets above the lede (no full stop) are not captions: the story has not begun
    passage = (
        "Ben Ashdown was struck by a lorry on the ring road in Hallow\n"
        "A cyclist was injured when a lorry struck him on the ring road on Monday morning, police said."
    )
    claims = extract_claims(passage, "t")
    assert any("Ben Ashdown was struck" in claim.text for claim in claims)


def test_closed_paragraph_after_the_story_began_stays_a_claim() -> None:
    passage = (
        "A cyclist was injured when a lorry struck him on the ring road on Monday morning, police said.\n"
        "Cyclist Ben Ashdown was taken to hospital with three broken ribs after the crash on Monday."
    )
    claims = extract_claims(passage, "t")
    assert any("three broken ribs" in claim.text for claim in claims)


def test_capitals_and_dash_in_a_later_paragraph_are_kept() -> None:
    passage = (
        "The council approved the budget on Tuesday, officials said. It will take effect in April.\n"
        "Opposition members voted against it.\n"
        "NATO — which has 32 members — said the summit would go ahead."
    )
    claim = claim_with(passage, "summit")
    assert claim.text.startswith("NATO")


def test_standfirst_under_a_question_headline_stays_a_claim() -> None:
    # a headline ending in a question mark has not begun the story: the unclosed standfirst below it is kept
    passage = (
        "Mayor quits over parking scandal – but who knew about the missing millions all along?\n"
        "Despite a £2million audit and months of warnings, the council lost track of the parking fund\n"
        "The mayor of Hallow resigned on Monday after auditors found the fund had been emptied."
    )
    claims = extract_claims(passage, "t")
    assert any("lost track of the parking fund" in claim.text for claim in claims)


def test_summary_lines_ending_in_a_quote_mark_keep_the_next_summary_line() -> None:
    passage = (
        "Ben Ashdown was struck by a lorry on the ring road in Hallow\n"
        "Witnesses say the junction has been 'an accident waiting to happen for years'\n"
        "A 40-year-old driver has been charged and will appear in court next month\n"
        "A cyclist was injured when a lorry struck him on the ring road on Monday morning, police said."
    )
    claims = extract_claims(passage, "t")
    assert any("40-year-old driver" in claim.text for claim in claims)
