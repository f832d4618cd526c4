"""Round 8: descriptions that name an entity already met, or stand beside a name."""

from __future__ import annotations

import pytest

from processors.claims.extract import extract_claims


def _speaker_of(text: str, index: int) -> str | None:
    claims = extract_claims(text, "t")
    speaker = claims[index].speaker
    return None if speaker is None else speaker.name


# A counting opener ("Another", "One") and a noun before an apposed name: the name is the speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One resident, Malcolm Ferris, told the inquiry the water had risen in minutes.", "Malcolm Ferris"),
        ("Another tenant, Rosa Whitcombe, warned that rents would climb again.", "Rosa Whitcombe"),
        ("A third speaker, Priya Nandakumar, said the library should stay open.", "Priya Nandakumar"),
        ("Another farmer, Tomasz Wielgosz, said the subsidy had come too late for his herd.", "Tomasz Wielgosz"),
    ],
)
def test_an_apposed_name_beats_a_counting_description(text: str, expected: str) -> None:
    assert _speaker_of(text, 0) == expected


def test_a_counting_description_without_a_name_stays_unnamed() -> None:
    assert _speaker_of("Another parent told the board the plan was unfair.", 0) == "Another parent"


# "der Klub", "das Unternehmen": a German body description names the one club or company named before.
@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Der SV Grünwalde hat den Trainer entlassen. Das bestätigte der Klub am Sonntag.", 1, "SV Grünwalde"),
        ("Eintracht Ostheim trennt sich von Tom Bell. Das teilte der Verein am Montag mit.", 1, "Eintracht Ostheim"),
        ("La inflación fue de 3,4%, según informó el INDEC. De acuerdo con el organismo, los alimentos subieron 5%.",
         1, "INDEC"),
    ],
)  # fmt: skip
def test_a_body_description_names_the_body_met_before(text: str, index: int, expected: str) -> None:
    assert _speaker_of(text, index) == expected


def test_a_club_description_with_two_clubs_met_stays_as_written() -> None:
    text = "Der SV Grünwalde schlug Fortuna Rheinfels 2:1. Das bestätigte der Klub am Sonntag."
    assert _speaker_of(text, 1) not in {"SV Grünwalde", "Fortuna Rheinfels"}
