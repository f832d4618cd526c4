"""English speakers described before or instead of their name: a possessive and a noun before a full name with
an apposition after it ("His cousin Mara Quill, a retired nurse, said"), a description with a place after "from",
a party member or a nationality after "the", a post before a lone body word ("the Tarn County Sheriff's Office"),
an unnamed source and where they work, a body named inside a person's post ("the institute"), "they" for unnamed
officials, and "branding" as a verdict. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.phrases import subject_before
from processors.claims.unnamed import unnamed_subject
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, attribution, speaker name, cue)
_Row = tuple[str, str, str, str, str]

ROWS: list[_Row] = [
    # A possessive or an article and a noun for a person before the full name, an apposition after it.
    ("His cousin Mara Quill, a retired nurse, said the ward had been closed for months.",
     "ward", "indirect", "Mara Quill", "said"),
    ("The neighbour Tobias Fenn, a 70-year-old former miner, told reporters the river had never risen so fast.",
     "river", "indirect", "Tobias Fenn", "told"),
    # A description with the town the person comes from: the description, resolved to the person named before.
    ("Ruth Baxendale was told in 2022 that she needed a new knee. The 58-year-old retired librarian from Dunmore "
     "said she was still waiting for a date.", "waiting", "indirect", "Ruth Baxendale", "said"),
    # A party member after "the": the person named before, not a name "Republican".
    ("Sen. Harriet Colby voted against the bill on Tuesday. The two-term Republican said the cuts went too far.",
     "cuts", "indirect", "Harriet Colby", "said"),
    # A nationality after "the": the last person spoken of, not the most prominent one.
    ("Oskar Brandt criticised the referee after the match. \"He lost control,\" Brandt said. "
     "But Marco Vitale dismissed the complaint. The Italian, 39, said the decision was correct.",
     "decision", "indirect", "Marco Vitale", "said"),
    # A post before a lone body word: the body's whole name, as written.
    ("The Tarn County Sheriff's Office said about 300 homes had been evacuated.",
     "homes", "indirect", "Tarn County Sheriff's Office", "said"),
    ("The Mayor's Office said the parade would go ahead.", "parade", "indirect", "Mayor's Office", "said"),
    # An unnamed source and where they work, however long; "the manager" then refers back to them.
    ("Colin Ardley said the queue was long. A senior manager at a regional water company in the west of Wales, who "
     "asked not to be named, said the pipes had not been checked for years.",
     "pipes", "indirect", "A senior manager at a regional water company in the west of Wales", "said"),
    ("Colin Ardley said the queue was long. A senior manager at a regional water company in the west of Wales, who "
     "asked not to be named, said the pipes had not been checked. \"We are patching, not fixing,\" the manager said.",
     "patching", "direct", "A senior manager at a regional water company in the west of Wales", "said"),
    # A body named inside a person's post, then referred to by its kind.
    ("Dr Ilse Marten, director of the Halden Institute of Marine Studies, said stocks were falling. The institute "
     "estimates that about 12 per cent of the catch is discarded.",
     "discarded", "indirect", "Halden Institute of Marine Studies", "estimates"),
    # "they" after unnamed officials: those officials, not a group quoted before them.
    ("Forecasters said the storm would weaken overnight. Later, county officials said the bridge would stay shut. "
     "About 40 roads were closed, they said.", "roads", "indirect", "county officials", "said"),
    # "branding" with its object and a quoted verdict: speech.
    ("The coach lost his temper after the game. But Dario Pell hit back, branding the coach's outburst "
     "\"childish\".", "childish", "direct", "Dario Pell", "branding"),
    # A participle cue after a clause opened by a conjunction and a name not met before.
    ("But Greta Lund hit back, saying the figures were out of date.", "figures", "indirect", "Greta Lund", "saying"),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speaker", "cue"), ROWS)
def test_round10_en1_speakers(passage: str, fragment: str, attribution: str, speaker: str, cue: str) -> None:
    claim = claim_with(passage, fragment)
    assert claim.attribution == attribution
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == fold(speaker)
    assert fold(claim.cue) == fold(cue)


# Near misses that keep their current reading.
def test_place_after_person_name_stays_out() -> None:
    phrase = subject_before("Ann Dunn from Leeds said it.", len("Ann Dunn from Leeds"))
    assert phrase is not None
    assert phrase.words == ("Ann", "Dunn")


def test_possessive_before_lowercase_non_person_word_is_no_description() -> None:
    # "Critics of" is no description of the named person: the noun run rule does not apply after "of".
    sentence = "Supporters of the plan Walt Greer, a farmer, said it."
    phrase = subject_before(sentence, sentence.index(" said"))
    assert phrase is None or phrase.words != ("Walt", "Greer") or phrase.role is not None


def test_plural_party_members_stay_a_name() -> None:
    sentence = "The Democrats said the vote would pass."
    phrase = subject_before(sentence, sentence.index(" said"))
    assert phrase is not None
    assert phrase.kind == "proper"


def test_home_office_keeps_its_name() -> None:
    claim = claim_with("The Home Office said the scheme would be reviewed.", "scheme")
    assert claim.speaker is not None
    assert claim.speaker.name == "Home Office"


def test_capitalised_post_in_role_is_no_body() -> None:
    claim = claim_with("Jo Platt, the Labour Leader, said things were bad. The leader said more would come.", "more")
    assert claim.speaker is not None
    assert claim.speaker.name == "Jo Platt"


def test_one_unnamed_aide_is_no_they() -> None:
    claim = claim_with("An aide said the deal was done. It will be signed on Friday, they said.", "Friday")
    assert claim.speaker is None or "aide" not in claim.speaker.name


def test_branding_without_verdict_is_no_speech() -> None:
    claims = extract_claims("The firm hired an agency last year, branding the product for younger buyers.", "t")
    assert all(claim.attribution == "none" for claim in claims)


def test_long_group_description_is_no_unnamed_subject() -> None:
    # Only one unnamed source ("a"/"an" and a source noun) may run past eight words before the cue.
    sentence = "Shoppers at the new market in the centre of the old town on the edge of the county said prices rose."
    assert unnamed_subject(sentence, sentence.index(" said"), 0) is None
    single = "An official at the new market in the centre of the old town said prices rose."
    speaker = unnamed_subject(single, single.index(" said"), 0)
    assert speaker is not None
    assert speaker.kind == "anonymous"


# Acts and forecasts: "declared" before an object names an act; "forecasting" after a comma reports a forecast.
def test_declaring_an_emergency_is_no_speech() -> None:
    claim = claim_with("Gov. Rhea Tolland declared a state of emergency on Monday, freeing funds.", "emergency")
    assert claim.attribution == "none"


def test_declaring_that_is_speech() -> None:
    claim = claim_with("Gov. Rhea Tolland declared that the worst of the flooding was over.", "flooding")
    assert claim.attribution == "indirect"
    assert fold(claim.cue) == "declared"


def test_forecasting_after_a_comma_reports_the_body_opening_the_clause() -> None:
    claim = claim_with(
        "The Coastal Weather Service issued a gale warning for Friday, forecasting gusts of 60 to 70 mph.", "gusts"
    )
    assert claim.attribution == "indirect"
    assert claim.speaker is not None
    assert claim.speaker.name == "Coastal Weather Service"
    assert fold(claim.cue) == "forecasting"


def test_forecasting_as_a_noun_is_no_cue() -> None:
    claim = claim_with("Better weather forecasting has cut crop losses across the valley since 2015.", "crop")
    assert claim.attribution == "none"


# A partial quote after a plain "said" and a coordinated speech act: the act the quote hangs on.
def test_partial_quote_takes_the_coordinated_act_after_said() -> None:
    claim = claim_with(
        'Chief Ana Pirsig said crews would hold the line overnight, but warned that the wind "could turn at any time."',
        "crews",
    )
    assert claim.attribution == "direct"
    assert fold(claim.cue) == "warned"


def test_partial_quote_keeps_a_first_act_other_than_said() -> None:
    claim = claim_with(
        'Ana Pirsig insisted the plan was sound and described the critics as "people who never read it."', "plan"
    )
    assert fold(claim.cue) == "insisted"


def test_partial_quote_keeps_said_before_a_relative_clause_cue() -> None:
    claim = claim_with('Ana Pirsig said the plan, which critics warned was "reckless", was sound.', "plan")
    assert fold(claim.cue) == "said"


# The headline of another article under a cross-link kicker: no claim, and nobody in it is remembered.
_LINKED = (
    "Rovers drew 1-1 at home on Saturday, with Tom Ashe scoring late.\n"
    "Read more on Rovers\n"
    "CRUSHED Rovers winger Jay Obi out for THREE MONTHS in blow to title push\n"
    "Manager Pat Quinlan said the referee had lost control of the game. "
    "The former Dunmore winger also claimed the pitch was a disgrace.\n"
)


def test_linked_headline_is_no_claim() -> None:
    assert not any("CRUSHED" in claim.text for claim in extract_claims(_LINKED, "t"))


def test_linked_headline_names_nobody_the_article_refers_to() -> None:
    claim = claim_with(_LINKED, "pitch")
    assert claim.speaker is not None
    assert claim.speaker.name == "Pat Quinlan"


def test_line_after_a_kicker_with_a_full_stop_stays_a_claim() -> None:
    text = "Read more on Rovers\nRovers winger Jay Obi will miss three months with a torn hamstring, the club said.\n"
    assert any("hamstring" in claim.text for claim in extract_claims(text, "t"))
