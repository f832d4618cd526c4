"""English round 11 (enb): posts and bodies' names in a run of capitals ("Minister for Rural Transport X", "Labour
TD X", a post word inside a body's name: "the Coastal Fiscal Review Council"). Passages, people and organisations
invented for these tests."""

from __future__ import annotations

import pytest

from tests.claims_probe import claim_with, fold

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
    claim = claim_with(passage, fragment)
    assert claim.attribution == attribution
    assert claim.speaker is not None
    assert fold(claim.speaker.name) in {fold(name) for name in speakers}
    if cue is not None:
        assert fold(claim.cue) == fold(cue)


def test_post_field_keeps_the_post() -> None:
    claim = claim_with("Minister for Rural Transport Ciaran Doyle said two routes would be restored.", "routes")
    assert claim.speaker is not None
    assert claim.speaker.role == "Minister for Rural Transport"
