"""A quote paragraph followed by its signature line ("— Tomas Reiner, economist") is that person's."""

from __future__ import annotations

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

LEAD = '"We are closer to the end than the beginning," Governor Lena Varga told reporters in the capital.'
QUOTE = '"The bank has raised the bar for another move. We still see one more cut in March."'


def test_signature_names_the_speaker_and_role() -> None:
    tail = "Inflation slowed to 2.3% in September, according to the statistics office."
    text = "\n".join([LEAD, "What our economists say...", QUOTE, "— Tomas Reiner, economist", tail])
    for fragment in ("raised the bar", "one more cut"):
        claim = claim_with(text, fragment)
        assert claim.speaker is not None
        assert fold(claim.speaker.name) == "tomas reiner"
        assert fold(claim.speaker.role) == "economist"
    assert not any("— Tomas Reiner" in claim.text for claim in extract_claims(text, "t"))


def test_signature_without_role() -> None:
    text = "\n".join([LEAD, QUOTE, "— Anna Kowalski"])
    claim = claim_with(text, "raised the bar")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "anna kowalski"


def test_a_cued_quote_keeps_its_speaker() -> None:
    # the quote has its own attribution: a dash line after it does not take it over
    cued = '"The bank has raised the bar for another move," said Mark Olsen, a strategist.'
    text = "\n".join([LEAD, cued, "— Tomas Reiner, economist"])
    claim = claim_with(text, "raised the bar")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "mark olsen"


def test_a_credit_line_is_no_signature() -> None:
    text = "\n".join([LEAD, QUOTE, "— With assistance from Jonas Elm"])
    claim = claim_with(text, "raised the bar")
    assert claim.speaker is None or fold(claim.speaker.name) != "jonas elm"
