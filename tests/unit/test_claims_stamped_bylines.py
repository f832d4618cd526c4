"""A byline and a publication stamp on one line, set apart by bars, is furniture; a stamp may open on a weekday."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.nonclaims import is_heading

LEAD = "The waiting list rose to 7.6 million in December, according to figures published by NHS England."


@pytest.mark.parametrize(
    "line",
    [
        "Eleanor Vance, Health Editor | Thursday February 13 2025, 12.01am GMT, The Times",
        "By Tom Ashby | Political Correspondent | Monday March 3 2025",
        "Thursday February 13 2025, 12.01am GMT",
    ],
)
def test_stamped_byline_is_heading_and_no_claim(line: str) -> None:
    assert is_heading(line, True)
    found = [claim.text for claim in extract_claims(f"{line}\n{LEAD}", "t")]
    assert not any(line[:15] in text for text in found)
    assert any("7.6 million" in text for text in found)


def test_barred_standfirst_without_a_stamp_is_no_heading() -> None:
    line = "Council approves a £5m budget rise for schools and libraries in 2025 | Leader says cuts are unavoidable"
    assert not is_heading(line, True)


def test_place_before_a_stamp_still_reads_as_stamp() -> None:
    assert is_heading("Barcelona 14/05/2025 06:00 Actualizado a las 08:15", True)
