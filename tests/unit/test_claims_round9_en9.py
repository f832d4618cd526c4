"""English names written with initials and suffixes, and sports positions before a name: "Chief Minister
K. Srinivasa Raghavan", "J. R. Whitlock", "Andre Toussaint Jr.", "Cornerback Andre Toussaint". Initials and the
suffix are left out of the name; the post before the name stays its role, so that "the Chief Minister" later in the
article finds the holder. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, attribution, speaker name, role, cue)
_Row = tuple[str, str, str, str, str | None, str]

ROWS: list[_Row] = [
    # A given name's initial (or two) between the post and the name.
    ("Finance Minister A. Lakshmi Narayan said revenue would rise by 8% this year.",
     "revenue", "indirect", "Lakshmi Narayan", "Finance Minister", "said"),
    ("Senator J. R. Whitlock said the bill would pass before the recess.",
     "bill", "indirect", "Whitlock", "Senator", "said"),
    ('"The tender was fair," said Deputy Mayor S. Venkatesh.',
     "tender", "direct", "Venkatesh", "Deputy Mayor", "said"),
    # A post named again with its article later in the article: the holder named with initials before.
    ("Chief Minister R. Anbalagan inaugurated the flyover on Monday. The Chief Minister said traffic would fall by "
     "a third.", "traffic", "indirect", "Anbalagan", "Chief Minister", "said"),
    # A suffix with its full stop ends the name, before the cue or after it.
    ("Retired judge Robert Hale Sr. told reporters the ruling was flawed.",
     "ruling", "indirect", "Robert Hale", "Retired judge", "told"),
    ("Cornerback Andre Toussaint Jr. said the situation has not been a distraction.",
     "distraction", "indirect", "Andre Toussaint", "Cornerback", "said"),
    ('"We expected more from the offence," said Linebacker Tre Holloway Jr.',
     "offence", "direct", "Tre Holloway", "Linebacker", "said"),
    # A post with its field after "of" / "of the" / "for" before the name: all of it is the role.
    ("Minister of Finance Alan Reed said the deficit would narrow next year.",
     "deficit", "indirect", "Alan Reed", "Minister of Finance", "said"),
    ("Speaker of the House Dana Whitlock said the vote would be held on Friday.",
     "vote", "indirect", "Dana Whitlock", "Speaker of the House", "said"),
    ("Minister of State for Health Jane Doe said waiting lists had fallen.",
     "waiting", "indirect", "Jane Doe", "Minister of State for Health", "said"),
    # ... with an initial and a relative clause carrying its own commas before the cue.
    ("Chairman of the Board R. Menon, who took over in May, said profits would recover.",
     "profits", "indirect", "Menon", "Chairman of the Board", "said"),
    ("Leader of the Opposition T. Selvaraj, who tabled the motion on Monday, said the audit was damning.",
     "audit", "indirect", "Selvaraj", "Leader of the Opposition", "said"),
    # "pushed back on/against" reports a rebuttal.
    ("Okafor pushed back on suggestions that the club was for sale.",
     "club", "indirect", "Okafor", None, "pushed back"),
    ("Coach Dana Whitlock pushed back against the idea that her side had tired.",
     "tired", "indirect", "Dana Whitlock", "Coach", "pushed back"),
    ("Finance Minister Alan Reed pushes back on the idea that taxes must rise.",
     "taxes", "indirect", "Alan Reed", "Finance Minister", "pushes back"),
    # Positions in American sports before a name are its description.
    ("Quarterback Miles Durant told reporters the team was ready for the playoffs.",
     "playoffs", "indirect", "Miles Durant", "Quarterback", "told"),
    ("Pitcher Dale Okoro said his elbow felt fine after the start.",
     "elbow", "indirect", "Dale Okoro", "Pitcher", "said"),
]  # fmt: skip


# (passage, a fragment of the claim checked, accepted organisation names, cue)
BODIES: list[tuple[str, str, tuple[str, ...], str]] = [
    # A body's name with a capitalised title word after its "for" or "of" ("Fiscal", "Chancellor"): no post.
    ("The Institute for Fiscal Studies (IFS) estimated that 200,000 households would lose out.",
     "households", ("Institute for Fiscal Studies",), "estimated"),
    ("The Commission for Fiscal Stability warned that public debt would keep rising.",
     "debt", ("Commission for Fiscal Stability",), "warned"),
    ("The Council of Chief Rabbis said on Friday that the ruling was wrong.",
     "ruling", ("Council of Chief Rabbis",), "said"),
    # "and" inside a body's name: several capitalised words before it, or a chamber's field after "of".
    ("The Kestrel Road and Rail Workers Union said the strike would go ahead on Monday.",
     "strike", ("Kestrel Road and Rail Workers Union",), "said"),
    ("Valley Water and Sewerage Trust said bills would rise by 9% in April.",
     "bills", ("Valley Water and Sewerage Trust",), "said"),
    ("The Chamber of Shipping and Ports said freight rates had doubled since March.",
     "freight", ("Chamber of Shipping and Ports",), "said"),
    # An ampersand joins the parts of a firm's name, before the cue or after "according to".
    ("According to Harlow & Finch Consulting, rents will rise 4% next year.",
     "rents", ("Harlow & Finch Consulting",), "according to"),
    ("Smith & Wesson said sales fell 12% in the quarter.",
     "sales", ("Smith & Wesson",), "said"),
    ("Wage growth slowed in June, according to Pay & Labour Analytics.",
     "Wage", ("Pay & Labour Analytics",), "according to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "names", "cue"), BODIES)
def test_bodies_named_with_a_title_word(text: str, fragment: str, names: tuple[str, ...], cue: str) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    assert speaker is not None
    assert (fold(speaker.name) in {fold(n) for n in names}, speaker.kind, speaker.role, fold(claim.cue)) == (
        True,
        "organisation",
        None,
        cue,
    )


@pytest.mark.parametrize(("text", "fragment", "attribution", "name", "role", "cue"), ROWS)
def test_initials_suffixes_and_positions(
    text: str, fragment: str, attribution: str, name: str, role: str | None, cue: str
) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    assert speaker is not None
    got = (claim.attribution, fold(speaker.name), speaker.kind, speaker.role, fold(claim.cue))
    assert got == (attribution, fold(name), "person", role, fold(cue))


NEGATIVES: list[str] = [
    # An initial's full stop before a capital with no cue: nothing to attribute.
    "Plan B. Johnson was rejected by the council on Tuesday.",
    # "Residents of the Valley" is no post: no one speaks in a sentence with no cue.
    "Residents of the Valley Road estate waited six hours for the buses.",
    # "pushed back" a date or an event: a postponement, no speech.
    "The council pushed back the vote to May.",
    "Organisers pushed back the start by an hour because of rain.",
    # A position as a plain noun, no speaker.
    "The pitcher threw 98 pitches in six innings on Sunday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_have_no_attribution(text: str) -> None:
    assert [(claim.attribution, claim.speaker, claim.cue) for claim in extract_claims(text, "t")] in (
        [],
        [("none", None, None)],
    )


def test_a_post_of_a_state_before_a_name_keeps_its_holder() -> None:
    """No body opens the run: "Secretary of State for Justice" stays the post of the name after it."""
    claim = claim_with("Secretary of State for Justice Alan Reed said prisons were full.", "prisons")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Alan Reed", "Secretary of State for Justice")


def test_a_person_and_a_body_stay_apart() -> None:
    """ "and the" before the body: the person before it is no part of the body's name."""
    claim = claim_with("Dana Whitlock and the Rail Workers Union said the strike would go ahead.", "strike")
    assert claim.speaker is not None
    assert "Whitlock" not in claim.speaker.name
