"""English round 11 (enb): posts and bodies' names in a run of capitals ("Minister for Rural Transport X", "Labour
TD X", a post word inside a body's name: "the Coastal Fiscal Review Council"). Passages, people and organisations
invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.hedges import find_hedges
from processors.claims.quantities import find_quantities
from tests.claims_probe import assert_attributed, claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue or None for any)
_Row = tuple[str, str, str, tuple[str, ...], str | None]

ROWS: list[_Row] = [
    # A post's field of two capitalised words before a name of two: the field belongs to the post.
    ("Minister for Rural Transport Ciaran Doyle said on Monday that two bus routes would be restored.",
     "bus routes", "indirect", ("Ciaran Doyle",), "said"),
    ("Minister for Health Aileen Ward said waiting lists had fallen.",
     "waiting lists", "indirect", ("Aileen Ward",), "said"),
    ("Minister of Finance Paul Oduya said the deficit would narrow.",
     "deficit", "indirect", ("Paul Oduya",), "said"),
    # Members of other parliaments than "MP": a party before the title is part of the post.
    ("Green TD Siobhan Carey claimed the tender had been rushed through.",
     "tender", "indirect", ("Siobhan Carey",), "claimed"),
    ("SNP MSP Alasdair Reid said the ferries were years late.",
     "ferries", "indirect", ("Alasdair Reid",), "said"),
    # A capitalised post word inside a body's name ("Fiscal" is also a Spanish post): the whole run is the body.
    ("The Coastal Fiscal Review Council has warned that the port authority is overspending.",
     "overspending", "indirect", ("Coastal Fiscal Review Council",), "warned"),
    # Near misses that keep their reading: a body's office, a post before a name, a post after a body.
    ("Dunmore County Sheriff's Office said the road would stay closed overnight.",
     "road", "indirect", ("Dunmore County Sheriff's Office",), "said"),
    ("Chief Constable Maria Voss said the patrols would continue.",
     "patrols", "indirect", ("Maria Voss",), "said"),
    ("Riverside Tenants' Association chair Nkechi Obi said rents had doubled.",
     "rents", "indirect", ("Nkechi Obi",), "said"),
]


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speakers", "cue"), ROWS)
def test_round11_enb_rows(
    passage: str, fragment: str, attribution: str, speakers: tuple[str, ...], cue: str | None
) -> None:
    assert_attributed(claim_with(passage, fragment), attribution, speakers, cue)


def test_post_field_keeps_the_post() -> None:
    claim = claim_with("Minister for Rural Transport Ciaran Doyle said two routes would be restored.", "routes")
    assert claim.speaker is not None
    assert claim.speaker.role == "Minister for Rural Transport"


# Lines that are no claims: publication stamps with "and" or an hour run on to am/pm, a video's label, a credit in
# brackets closing a caption, a reported question, a wire copyright notice.
NON_CLAIMS: list[tuple[str, str]] = [
    ("Posted Wed 9 Apr 2025 at 6:05am, updated Wed 9 Apr 2025 at 11:30am\n\nThe council said rents rose 4 per cent.",
     "Posted"),
    ("Posted at 8:15 AM, Mar 3, 2025 and last updated 9:02 PM, Mar 3, 2025\n\nThe council said rents rose.",
     "Posted"),
    ("Video: Residents of a flooded street describe the night the river came over the wall\n\n"
     "The council said the wall would be raised.", "flooded street"),
    ("Ruth Adeyemi and her daughter have slept in their car since June. (Coast News: Ben Larkin)\n\n"
     "The council said rents rose.", "slept in their car"),
    ("During questioning, the prosecutor asked whether he had seen the car before.\n\nThe witness said he had not.",
     "asked whether"),
    ("Copyright 2024 Example Media. This material may not be published, broadcast, rewritten, or redistributed.\n\n"
     "The council said rents rose.", "rewritten"),
]


@pytest.mark.parametrize(("passage", "fragment"), NON_CLAIMS)
def test_round11_enb_non_claims(passage: str, fragment: str) -> None:
    assert not [claim for claim in extract_claims(passage, "t") if fragment in claim.text]


# Near misses that stay claims: a date with "and" inside a sentence, a cited source in brackets, a reported
# question holding figures (a survey), a quoted credit-like label.
KEPT: list[tuple[str, str]] = [
    ("The council said the vote on March 4 and 5 would decide the plan.", "vote"),
    ("Unemployment rose to 4.1 per cent in May, its highest in three years. (Source: Harbour Statistics Office)",
     "Unemployment"),
    ("Of the 900 tenants asked whether they felt safe, 41 per cent said no.", "tenants"),
    ("The mayor said a video of the flood would be shown to the inquiry.", "video"),
    ("Engineers asked the council to close the bridge, and the council agreed within an hour.", "bridge"),
]


@pytest.mark.parametrize(("passage", "fragment"), KEPT)
def test_round11_enb_kept(passage: str, fragment: str) -> None:
    assert [claim for claim in extract_claims(passage, "t") if fragment in claim.text]


# Documents speaking for their body: a body's name as the document's modifier ("A leaked X Department paper
# shows"), a body's titled periodical after its possessor ("The trust's annual X found"), a time between a
# document's participle and its "by"; "It" after such a document is its body.
DOCUMENTS: list[_Row] = [
    ("A leaked Department of Transport memo shows the ministry is weighing cuts to rural bus routes.",
     "rural bus routes", "indirect", ("Department of Transport",), "shows"),
    ("A draft Harbour Authority report shows the pier needs repairs. It warns that the repairs could cost more.",
     "could cost more", "indirect", ("Harbour Authority",), "warns"),
    ("The Marlow Tenants Union released figures on Monday. The union's annual Rent Watch Survey found only four of "
     "90 flats were affordable.",
     "only four", "indirect", ("Marlow Tenants Union", "the union"), "found"),
    ("Rents rose 9 per cent, according to figures published on Monday by the Harbour Board.",
     "Rents rose", "indirect", ("Harbour Board",), "according to"),
    ("Rents rose 9 per cent, according to a report released today by the Coastal Housing Trust.",
     "Rents rose", "indirect", ("Coastal Housing Trust",), "according to"),
]


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speakers", "cue"), DOCUMENTS)
def test_round11_enb_documents(
    passage: str, fragment: str, attribution: str, speakers: tuple[str, ...], cue: str | None
) -> None:
    test_round11_enb_rows(passage, fragment, attribution, speakers, cue)


def test_periodical_finding_a_thing_is_no_cue() -> None:
    """ "The club's annual Summer Fair found a new home": a thing found, no finding reported."""
    claims = extract_claims("The club's annual Summer Fair found a new home in the park.", "t")
    assert all(claim.attribution == "none" for claim in claims)


def test_person_before_document_noun_is_no_body() -> None:
    """ "A Jo Reed paper shows": a person's name before the document is no body that speaks for it."""
    claim = claim_with("A Jo Reed paper shows the bridge was unsafe.", "bridge")
    assert claim.speaker is None or fold(claim.speaker.name) != "jo reed"


# An unnamed insider of a named body speaks as written, not as the body ("A senior official at the Port Authority
# told"); a spokesperson "for" a body still speaks for it. A modified subject after a wire dateline.
UNNAMED: list[_Row] = [
    ("A senior official at the Port Authority told the Herald the tender was “open to discussion”.",
     "tender", "direct", ("senior official", "a senior official at the Port Authority"), "told"),
    ("A source in the Harbour Party said the leader would resign.",
     "resign", "indirect", ("source in the Harbour Party", "a source in the Harbour Party"), "said"),
    ("A spokeswoman for the Dunmore Water Board said supplies were safe.",
     "supplies", "indirect", ("Dunmore Water Board",), "said"),
    ("GLEN FALLS, Ore. (KXRT) — A driver who saw the crash on the bypass told police the lorry had run a red light.",
     "red light", "indirect", ("a driver",), "told"),
]


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speakers", "cue"), UNNAMED)
def test_round11_enb_unnamed(
    passage: str, fragment: str, attribution: str, speakers: tuple[str, ...], cue: str | None
) -> None:
    test_round11_enb_rows(passage, fragment, attribution, speakers, cue)


def test_named_worker_at_body_keeps_reading() -> None:
    """ "A worker at X Mill said": "worker" is no unnamed-source noun of the insider rule; its reading stays."""
    claim = claim_with("A worker at the Northgate Mill said the looms had stopped.", "looms")
    assert claim.attribution == "indirect"


# A post's initials after "the" name its holder ("Cabinet Secretary X ... The CS said"); "the <Body> boss" names the
# one whose post names that body, not the last leader met.
RESOLVED = [
    ("Interior Cabinet Secretary Amos Kiprono told the House the curfew would end. "
     "The CS said the roadblocks would stay for a week.",
     "roadblocks", ("Amos Kiprono",)),
    ("Prime Minister Ruth Halloran said the election would be in May. The PM said the date was fixed.",
     "date was fixed", ("Ruth Halloran",)),
    ("Harbour Authority chairman Peter Lusk said the pier would reopen. The federation's chief executive, Mina "
     "Osei, said traders were losing money. The Harbour Authority boss denied that the delay was costly.",
     "delay was costly", ("Peter Lusk",)),
]


@pytest.mark.parametrize(("passage", "fragment", "speakers"), RESOLVED)
def test_round11_enb_resolved(passage: str, fragment: str, speakers: tuple[str, ...]) -> None:
    claim = claim_with(passage, fragment)
    assert claim.speaker is not None
    assert fold(claim.speaker.name) in {fold(name) for name in speakers}


def test_body_acronym_stays_the_body() -> None:
    """ "NHS England chief executive X ... The NHS said": a body's initials inside a post, not the post's own."""
    claim = claim_with(
        "NHS England chief executive Dana Price said waits had fallen. The NHS said the figures were provisional.",
        "provisional",
    )
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "nhs"


def test_boss_without_a_body_is_the_last_leader() -> None:
    claim = claim_with("Chief executive Simon Ward said sales fell. The firm's boss said jobs were safe.", "jobs")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "simon ward"


def test_accusing_after_with_is_a_cue() -> None:
    """ "..., with opposition councillors accusing the mayor of “...”": a group's participle of accusing, like
    "with unions warning that"."""
    claim = claim_with(
        "The budget passed late on Monday, with opposition councillors accusing the mayor of “selling off the "
        "harbour” to cover the deficit.",
        "selling off",
    )
    assert claim.attribution == "direct"
    assert fold(claim.cue) == "accusing"
    assert claim.speaker is not None
    assert fold(claim.speaker.name) in {"councillors", "opposition councillors"}


def test_accusing_without_content_stays_unattributed() -> None:
    claim = claim_with("Residents marched through the town, accusing the council of neglect.", "marched")
    assert claim.attribution == "none"


@pytest.mark.parametrize(
    ("sentence", "hedges"),
    [
        ("He faces up to 12 years in prison if convicted.", ["up to"]),
        ("Fares could rise by as much as 9 per cent.", ["could", "as much as"]),
        ("As many as 30 homes were flooded.", ["as many as"]),
        ("The scheme would cost an estimated £4 million a year.", ["an estimated"]),
        # near misses: no amount after the phrase, or "estimated" as a verb
        ("It is up to the council to decide.", []),
        ("We will help as much as we can.", []),
        ("The damage was estimated at £4 million.", ["estimated"]),
    ],
)
def test_round11_enb_bound_hedges(sentence: str, hedges: list[str]) -> None:
    assert find_hedges(sentence) == hedges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fee rose from Sh18 to Sh25 per visit.", [("Sh18", 18.0), ("Sh25", 25.0)]),
        ("The county owes Sh2.4 billion to suppliers.", [("Sh2.4 billion", 2_400_000_000.0)]),
        ("Each trip costs KSh1,250 more.", [("KSh1,250", 1250.0)]),
        ("The board set aside Sh40bn for roads.", [("Sh40bn", 40_000_000_000.0)]),
    ],
)
def test_round11_enb_shillings(sentence: str, expected: list[tuple[str, float]]) -> None:
    found = [(q.text, q.value) for q in find_quantities(sentence) if q.unit == "KES"]
    assert found == expected


def test_shah_is_no_shilling() -> None:
    assert all(q.unit != "KES" for q in find_quantities("The Shah said 7 people had died."))
