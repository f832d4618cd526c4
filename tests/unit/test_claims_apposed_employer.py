"""A name in apposition keeps its employer or home town out of the speaker ("his agent, Jo Lee of Acme Group, said")."""

from __future__ import annotations

import pytest

from tests.claims_probe import claim_with, fold


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            '"He has earned this," his agent, Marcus Lenhart of Apex Sports Group, said on Tuesday.',
            "earned",
            "marcus lenhart",
        ),
        (
            "His lawyer, Dana Whitcombe of Whitcombe Partners LLP, said the appeal would be lodged.",
            "appeal",
            "dana whitcombe",
        ),
        ("The chairman, John Smith of Smith Holdings Ltd, said profits rose by 4 per cent.", "profits", "john smith"),
        ("A neighbour, Jane Ross from Leeds, said she heard two loud bangs.", "bangs", "jane ross"),
        ("One resident, Priya Kaur from Ashby, told the meeting the road floods every winter.", "floods", "priya kaur"),
    ],
)
def test_person_of_a_body_or_place_in_apposition(text: str, fragment: str, name: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == name
    assert claim.speaker.kind == "person"


def test_body_with_of_in_its_name_stays_the_body() -> None:
    # "Bank of England" is a body's name, not a person working for England
    claim = claim_with("The lender, the Bank of England, said rates would stay at 4 per cent.", "rates")
    assert claim.speaker is not None
    assert claim.speaker.kind == "organisation"


def test_place_after_a_single_name_is_not_split() -> None:
    # one capitalised word before "from" is no full name: nothing is taken apart
    claim = claim_with("A spokesman, speaking from London, said the talks had stalled.", "stalled")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) != "london"
