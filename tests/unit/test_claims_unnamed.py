"""The last-resort speaker: an unnamed source described before its cue, as written (processors/claims/unnamed.py)."""

from __future__ import annotations

import pytest

from processors.claims.unnamed import unnamed_subject
from tests.claims_probe import claim_with, fold

LEAD = "Mara Quist, the council leader, said the budget was balanced. "

# (passage, fragment of the claim, attribution, speaker as written (or as another rule reads it), kind)
ROWS: list[tuple[str, str, str, str, str]] = [
    (LEAD + "One opposition whip said the vote was “closer than it looked”.", "closer", "direct",
     "One opposition whip", "anonymous"),
    (LEAD + "Another senior official said the figures would be revised.", "revised", "indirect",
     "Another senior official", "anonymous"),
    (LEAD + "A Treasury spokesperson said: “The plan is fully funded.”", "fully funded", "direct",
     "A Treasury spokesperson|Treasury spokesperson", "anonymous"),
    (LEAD + "But managers at three of the largest depots, who asked not to be named, said the cuts came without "
     "warning.", "without warning", "indirect", "managers at three of the largest depots", "group"),
    (LEAD + "Several residents told the meeting the road had flooded twice.", "flooded", "indirect",
     "Several residents|residents", "group"),
    ("Der Bürgermeister sagte, die Brücke sei sicher. Mehrere Mitarbeiter des Hauses bestätigen die Angaben.",
     "bestätigen", "indirect", "Mehrere Mitarbeiter des Hauses", "group"),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "fragment", "attribution", "written", "kind"), ROWS)
def test_unnamed_source_speaks_as_written(
    passage: str, fragment: str, attribution: str, written: str, kind: str
) -> None:
    claim = claim_with(passage, fragment)
    assert claim.speaker is not None, claim
    accepted = {fold(name) for name in written.split("|")}
    assert (claim.attribution, fold(claim.speaker.name) in accepted, claim.speaker.kind) == (attribution, True, kind)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The plan is dead, said the mayor.", "said"),  # inverted: the subject follows the cue
        ("The company said the plant would close.", "said"),  # definite: left to the memory
        ("Jo Park said the plant would close.", "said"),  # a name: left to the name rules
        ("A former teacher at the school admitted the charge.", "admitted"),  # a lede's description, named next
        ("Officers who were there on the night said the lights were off.", "said"),  # a verb inside the phrase
        ('"Go home," two men shouted.', "shouted"),  # a quote before the cue
    ],
)
def test_not_an_unnamed_subject(sentence: str, cue: str) -> None:
    start = sentence.index(f" {cue}") + 1
    speaker = unnamed_subject(sentence, start, 0)
    assert speaker is None or speaker.name not in {"The company", "Jo Park", "A former teacher at the school"}
    if sentence.startswith(("The plan", "A former", "Officers", '"Go')):
        assert speaker is None, speaker
