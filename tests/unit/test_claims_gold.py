"""The extractor against the hand-made gold claims of the seed article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims

SEED = Path(__file__).resolve().parents[1] / "data" / "seed"
ARTICLE = (SEED / "article.txt").read_text(encoding="utf-8")
GOLD: dict[str, Any] = json.loads((SEED / "claims.gold.json").read_text(encoding="utf-8"))
CLAIMS = extract_claims(ARTICLE, "0" * 32)


def matching(gold_text: str) -> Claim | None:
    """The found claim overlapping the gold span most, if it contains it or is contained in it."""
    start = ARTICLE.index(gold_text)
    end = start + len(gold_text)
    best: Claim | None = None
    best_overlap = 0
    for claim in CLAIMS:
        overlap = min(end, claim.end) - max(start, claim.start)
        inside = (claim.start <= start and end <= claim.end) or (start <= claim.start and claim.end <= end)
        if inside and overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best


REQUIRED = [gold for gold in GOLD["claims"] if gold.get("required", True)]


@pytest.mark.parametrize("gold", REQUIRED, ids=[gold["text"][:40] for gold in REQUIRED])
def test_required_gold_claim_is_found_with_its_fields(gold: dict[str, Any]) -> None:
    claim = matching(gold["text"])
    assert claim is not None, gold["text"]
    assert claim.attribution == gold["attribution"]
    if "speaker" in gold:
        assert claim.speaker is not None
        assert claim.speaker.name.lower() in {name.lower() for name in gold["speaker"]}
    if "speaker_kind" in gold:
        assert claim.speaker is not None
        assert claim.speaker.kind == gold["speaker_kind"]
    if "speaker_role" in gold:
        assert claim.speaker is not None
        assert claim.speaker.role == gold["speaker_role"]
    if "cue" in gold:
        assert claim.cue == gold["cue"]
    for hedge in gold.get("hedges", []):
        assert hedge in claim.hedges
    found = {(q.text, q.value, q.unit) for q in claim.quantities}
    for quantity in gold.get("quantities", []):
        assert (quantity["text"], quantity["value"], quantity["unit"]) in found
    for kind in gold.get("types", []):
        assert kind in claim.types


def test_both_boris_johnson_claims_are_his() -> None:
    statement = matching("UK Defence Secretary Boris Johnson admitted yesterday")
    quote = matching("It is a cruel irony that some of the intelligence we have")
    assert statement is not None
    assert quote is not None
    assert statement.speaker is not None
    assert quote.speaker is not None
    assert (statement.attribution, statement.cue, statement.speaker.role) == (
        "indirect",
        "admitted",
        "UK Defence Secretary",
    )
    assert (quote.attribution, quote.cue) == ("direct", "told")
    assert statement.speaker.name == quote.speaker.name == "Boris Johnson"


def test_boilerplate_never_becomes_a_claim() -> None:
    for text in GOLD["boilerplate"]:
        assert all(text not in claim.text and claim.text not in text for claim in CLAIMS)


def test_every_claim_matches_some_gold_claim() -> None:
    unmatched = [
        claim.text
        for claim in CLAIMS
        if not any(gold["text"] in claim.text or claim.text in gold["text"] for gold in GOLD["claims"])
    ]
    assert unmatched == []
