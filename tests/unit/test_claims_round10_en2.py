"""Round 10, English (en2): single-quoted partial quotes as British and Irish papers write them ("said staff were
'stretched beyond their limits'"), and the plural possessive inside single-quoted speech ("'They sat in the
porters' lodge all night,' she said"). Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims.quotes import find_quotation
from tests.claims_probe import assert_fields, claim_with

# (passage, a fragment of the claim checked, attribution, speaker name, cue)
_Row = tuple[str, str, str, str | None, str | None]

ROWS: list[_Row] = [
    # Two or more words in single marks inside reported speech make it direct (the set's partial-quote convention).
    ("Union leader Maeve Doherty said teachers were ‘stretched beyond their limits’ in rural schools.",
     "teachers", "direct", "Maeve Doherty", "said"),
    ("Ferry operator Brackwater Lines said the crossing was 'no longer commercially viable' this winter.",
     "crossing", "direct", "Brackwater Lines", "said"),
    ("Dozens of flights were cancelled on Friday, as doctors warned the hospital was ‘running on goodwill’.",
     "flights", "direct", "doctors", "warned"),
    # A plural possessive inside single-quoted speech does not close it.
    ("Her son, Declan Moran, said she waited two days for a bed. ‘She sat by the porters’ lodge all night with no "
     "blanket,’ he said.",
     "porters", "direct", "Declan Moran", "said"),
    # Near misses that keep their reading: one word in single marks is a scare quote ...
    ("Councillor Ruth Abara said the delays were ‘unacceptable’ and promised a review.",
     "delays", "indirect", "Ruth Abara", "said"),
    # ... single-quoted words with no cue are a label, not speech ...
    ("The so-called ‘garden bridge tax’ was dropped from the budget in May.",
     "garden", "none", None, None),
    # ... an apostrophe is no opening mark, and a plural possessive outside quotes stays one.
    ("The farmers' union said the drivers' strike had cost members £2m a week.",
     "strike", "indirect", "the farmers union", "said"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), ROWS)
def test_single_quoted_partial_quotes(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


def test_partial_single_quote_makes_no_quote_only_claim_after_a_colon() -> None:
    # Words in single marks after a colon, closed with no utterance-ending mark inside: the sentence stays whole.
    sentence = "Asked for a longer lease, she was given a blunt answer: 'take it or leave it'."
    quotation = find_quotation(sentence)
    assert quotation is not None
    assert quotation.kind == "partial"
    assert (quotation.start, quotation.end) == (0, len(sentence))


def test_so_called_names_no_quote() -> None:
    assert find_quotation("Residents call it the so-called 'road to nowhere', a spokesman said.") is None


def test_rock_n_roll_and_decades_are_no_quotes() -> None:
    assert find_quotation("He played rock 'n' roll in the '90s, his manager said.") is None


# Papers a body posts or publishes speak as other documents do: "according to the schedule", "the notice said".
DOCUMENT_ROWS: list[_Row] = [
    ("According to the tribunal's schedule, the ruling is due by March 3.",
     "ruling", "indirect", "the tribunal's schedule", "according to"),
    ("Boil-water orders will stay in place until Friday, the notice said.",
     "Boil-water", "indirect", "the notice", "said"),
    ("Flights from Terminal 2 will resume on Monday, according to an advisory issued by the airport.",
     "Terminal 2", "indirect", "the airport", "according to"),  # its author, as for a report
    ("According to the timetable, the last ferry leaves at 9.40pm.",
     "ferry", "indirect", "the timetable", "according to"),
    # Near misses: "notice" as no paper, and a body closing the sentence, keep their speaker.
    ("Residents were moved out at short notice, the council said.",
     "Residents", "indirect", "the council", "said"),
    ("Staff were given two weeks' notice, the union said.",
     "Staff", "indirect", "the union", "said"),
    ("According to the regulator, the ruling is due by March 3.",
     "ruling", "indirect", "the regulator", "according to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), DOCUMENT_ROWS)
def test_posted_papers_as_sources(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# Bodies' names holding "and" or a post's possessive keep the whole name.
NAME_ROWS: list[_Row] = [
    ("According to the Road Haulage and Logistics Federation, 900 lorries were stranded.",
     "lorries", "indirect", "Road Haulage and Logistics Federation", "according to"),
    ("Fares will rise by 6% in April, according to the Rail Fares and Ticketing Authority.",
     "Fares", "indirect", "Rail Fares and Ticketing Authority", "according to"),
    ("The Brenton County Coroner's Office said the cause of death was not yet known.",
     "cause of death", "indirect", "Brenton County Coroner's Office", "said"),
    ("The Governor's Office said the bill would be signed on Friday.",
     "bill", "indirect", "Governor's Office", "said"),
    # Near misses: two bodies or two people joined by "and", and a post before a person's name.
    ("According to Ofgem and the Treasury, bills will fall in July.",
     "bills", "indirect", "Ofgem", "according to"),
    ("County Coroner Ruth Adeyemi said the cause of death was not yet known.",
     "cause of death", "indirect", "Ruth Adeyemi", "said"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), NAME_ROWS)
def test_body_names_with_and_or_a_possessive(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# "heard" in the passive is a case being heard, not a forum hearing evidence: the source closing the sentence speaks.
HEARD_ROWS: list[_Row] = [
    ("An appeal lodged by Marlow Holdings is due to be heard at the Court of Appeal in June, according to court "
     "filings.", "appeal", "indirect", "court filings", "according to"),
    # Near misses: a forum hearing evidence, in the past and in the perfect.
    ("The tribunal heard that the driver had worked 19 hours without a break.",
     "driver", "indirect", "the tribunal", "heard"),
    ("The inquest has heard that the ward was short of two nurses.",
     "ward", "indirect", "the inquest", "heard"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), HEARD_ROWS)
def test_heard_in_the_passive(text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# "reminded" someone that ...: a speech act reporting what the subject said.
REMINDED_ROWS: list[_Row] = [
    ("Judge Ellen Park reminded the jury that the burden of proof lies with the Crown.",
     "burden", "indirect", "Ellen Park", "reminded"),
    ("The chairwoman, Orla Beatty, reminds members each year that the club's lease ends in 2031.",
     "lease", "indirect", "Orla Beatty", "reminds"),
    # Near misses: a memory stirred, and the passive with no one named, are no attribution.
    ("The smell of smoke reminded him of the floods of 2014.",
     "smoke", "none", None, None),
    ("Residents were reminded that bins are collected on Tuesdays.",
     "bins", "none", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), REMINDED_ROWS)
def test_reminded_reports_speech(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# "The <post> of <body> said": the holder of the post speaks (the one named before with it, else as written).
POST_ROWS: list[_Row] = [
    ("The chief of Birch River Cree Nation told the inquiry that the mine would poison the lake.",
     "mine", "indirect", "The chief of Birch River Cree Nation", "told"),
    ("The mayor of Dunmore said the bridge would reopen in spring.",
     "bridge", "indirect", "The mayor of Dunmore", "said"),
    ("Mayor Ines Barra cut the ribbon on Friday. The mayor of Dunmore said the bridge would reopen in spring.",
     "bridge", "indirect", "Ines Barra", "said"),
    # Near misses: a body whose name holds "of", and a post before a person's name.
    ("The University of Dunmore said fees would rise by 4%.",
     "fees", "indirect", "University of Dunmore", "said"),
    ("Mayor Ines Barra said the bridge would reopen in spring.",
     "bridge", "indirect", "Ines Barra", "said"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), POST_ROWS)
def test_post_of_a_body_speaks(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# "The company" refers back to a company, never to a public body named since ("the Energy Regulator panel").
COMPANY_ROWS: list[_Row] = [
    ("Harwick Rail Ltd. plans to double the track. The Transport Regulator opened a review on Monday. The company "
     "says the work will cost £1.2bn.", "£1.2bn", "indirect", "Harwick Rail Ltd", "says"),
    # With no company named, "the company" stays as written rather than taking the public body.
    ("The Transport Regulator opened a review on Monday. The company says the work will cost £1.2bn.",
     "£1.2bn", "indirect", "the company", "says"),
    # Near miss: with only the company named, "the company" is it, as before.
    ("Harwick Rail Ltd. plans to double the track. The company says the work will cost £1.2bn.",
     "£1.2bn", "indirect", "Harwick Rail Ltd", "says"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), COMPANY_ROWS)
def test_the_company_is_no_public_body(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# An unnamed group as a source, its description by a participle left out: "A group of X holding Y said".
GROUP_ROWS: list[_Row] = [
    ("An informal group of shareholders owning about 12 per cent of the stock said the offer undervalued the firm.",
     "undervalued", "indirect", "An informal group of shareholders", "said"),
    ("A small group of landlords controlling most of the flats on the estate said rents would rise.",
     "rents", "indirect", "A small group of landlords", "said"),
    # Near misses: a group with no participle, and a person holding something, keep their reading.
    ("A group of residents said the noise was unbearable.",
     "noise", "indirect", "a group of residents", "said"),
    ("A man holding a banner said the plant should close.",
     "plant", "none", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), GROUP_ROWS)
def test_unnamed_group_described_by_a_participle(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)


# "the <noun>" refers back to the unnamed source whose description that noun heads.
ANONYMOUS_ROWS: list[_Row] = [
    ("Ward nurse Carla Reyes met us at the door. A junior doctor at a Cork hospital, who asked not to be named, said "
     "beds ran out by noon. ‘We are treating people in the car park,’ the doctor said.",
     "car park", "direct", "a junior doctor at a Cork hospital", "said"),
    # Near miss: the noun closing the description is no head; "the hospital" stays a body of its own.
    ("A junior doctor at a Cork hospital, who asked not to be named, said beds ran out by noon. The hospital said "
     "it was doing its best.", "doing its best", "indirect", "the hospital", "said"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "attribution", "speaker", "cue"), ANONYMOUS_ROWS)
def test_the_noun_heading_an_unnamed_source(
    text: str, fragment: str, attribution: str, speaker: str | None, cue: str | None
) -> None:
    assert_fields(claim_with(text, fragment), attribution, speaker, cue)
