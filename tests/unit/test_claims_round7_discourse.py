"""Who speaks across sentences in English: a person named as a sentence's subject and then referred to by an age,
a description or a pronoun; single-quoted speech opened after a colon and running on over sentences and
paragraphs; and one who speaks for a named person ("a spokesperson for X"). One row per claim checked; passages,
people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims

# (passage, a fragment of the claim checked, accepted speaker names (case-insensitive), attribution)
_Row = tuple[str, str, tuple[str, ...], str]

ROWS: list[_Row] = [
    # A full name opening a sentence, then an age description attributing a quote: the person just named.
    ('Police said the road was closed. Tomasz Wierzba was cycling to work when he heard the crash. "The car just '
     'flipped over," the 41-year-old said.', "flipped over", ("Tomasz Wierzba",), "direct"),
    ('Darlene Ruiz, who lives nearby, said she woke to a bang. "The windows shook," she said.\nOmar Haddad was '
     'walking his dog when the blast hit. "I thought it was an earthquake," the 58-year-old told reporters. "Then '
     'I saw the flames."', "Then I saw", ("Omar Haddad",), "direct"),
    ('The landlord, Carl Voss, said the rent rise was fair. Bethan Price has run the shop for a decade. "We will '
     'have to close by spring," the 37-year-old added.', "close by spring", ("Bethan Price",), "direct"),
    # ... or a description of a person.
    ('The council said the pool would shut. Gwen Alderley has swum there every morning since 1990. "It is a '
     'lifeline for people like me," the retired teacher said.', "lifeline", ("Gwen Alderley",), "direct"),
    ('Ministers said the scheme would save money. Joanne Pell has two sons at the school. "They are being let '
     'down," the mother-of-two said.', "let down", ("Joanne Pell",), "direct"),
    # ... or a pronoun of the sex the name tells (or does not tell).
    ('Mr Harlow said the budget was fair. Nadia Ferreira runs a bakery on the high street. "I cannot pay these '
     'rents," she said.', "these rents", ("Nadia Ferreira",), "direct"),
    ('Inspector Dale Quinn said the inquiry was over. Meera Tandon lost her husband in the crash. "Nobody has '
     'apologised to me," she said.', "apologised", ("Meera Tandon",), "direct"),
    # Negative: a pronoun of the other sex keeps the last speaker.
    ('Tom Brandt, the club captain, said the team was ready. Sarah Marven was watching from the stand. "We '
     'deserved that win," he said.', "deserved", ("Tom Brandt",), "direct"),
    ('Rosa Quint said the fees were too high. Peter Lyle runs the ferry. "Nobody told us," she said.',
     "Nobody told", ("Rosa Quint",), "direct"),
    # Single-quoted speech after a colon runs on over sentences and into paragraphs opening with a mark again.
    ("A source close to the singer told the Post: 'He is heartbroken. The tour was everything to him.'",
     "The tour was", ("source close to the singer", "a source close to the singer"), "direct"),
    ("A friend of the couple told the Mirror: 'They were happy in March. Something changed in April.\n'Nobody "
     "expected it to end like this.'", "Nobody expected", ("friend of the couple", "a friend of the couple"),
     "direct"),
    ("Harriet Cole posted on Instagram: 'Thank you all for the messages. I am doing fine. Back soon 💛'",
     "I am doing fine", ("Harriet Cole",), "direct"),
    # One who speaks for a named person is the speaker, not that person.
    ("A spokeswoman for Lena Voss said: 'Lena will not be commenting further. She asks for privacy.'",
     "She asks", ("a spokeswoman for Lena Voss",), "direct"),
    ("A spokesperson for Darius Keane said the actor was recovering at home.", "recovering",
     ("a spokesperson for Darius Keane",), "indirect"),
    ("A close friend of Maya Lund told the paper she had left the country in June.", "left the country",
     ("a friend of Maya Lund",), "indirect"),
    # Negative: one speaking for a body is that body.
    ("A spokesman for Harbour Energy said the rig would reopen in May.", "rig would reopen",
     ("Harbour Energy",), "indirect"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "names", "attribution"), ROWS)
def test_discourse_speaker(text: str, fragment: str, names: tuple[str, ...], attribution: str) -> None:
    claims = [claim for claim in extract_claims(text, "t") if fragment in claim.text]
    assert claims, f"no claim holds {fragment!r}"
    claim = claims[0]
    assert claim.speaker is not None
    assert claim.speaker.name.lower() in {name.lower() for name in names}
    assert claim.attribution == attribution


# Negatives for quote carrying: a scare quote after a colon, closed in its sentence, carries nothing on.
def test_closed_single_quote_after_colon_does_not_run_on() -> None:
    text = "The report had one word for the plan: 'reckless'. Officials said the plan would go ahead."
    claims = extract_claims(text, "t")
    later = [claim for claim in claims if "go ahead" in claim.text]
    assert later
    assert later[0].attribution == "indirect"
    assert later[0].speaker is not None
    assert later[0].speaker.name.lower() == "officials"
