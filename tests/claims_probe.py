"""Shared probes for the claims construction tests: the claim holding a fragment, and folded field values."""

from __future__ import annotations

from newsflow.contracts import Claim
from processors.claims import extract_claims


def claim_with(text: str, fragment: str) -> Claim:
    """The last claim of ``text`` whose text holds ``fragment`` (a passage may repeat a fragment's speaker)."""
    found = [claim for claim in extract_claims(text, "t") if fragment in claim.text]
    assert found, f"no claim contains {fragment!r}"
    return found[-1]


def fold(value: str | None) -> str:
    """``value`` lower-cased with its whitespace collapsed, for comparing names and cues."""
    return " ".join((value or "").lower().split())


def assert_attributed(claim: Claim, attribution: str, speakers: tuple[str, ...], cue: str | None) -> None:
    """``claim`` has ``attribution``, a speaker among ``speakers`` (folded) and, when ``cue`` is given, that cue."""
    assert claim.attribution == attribution
    assert claim.speaker is not None
    assert fold(claim.speaker.name) in {fold(name) for name in speakers}
    if cue is not None:
        assert fold(claim.cue) == fold(cue)


def assert_fields(claim: Claim, attribution: str, speaker: str | None, cue: str | None) -> None:
    """``claim`` has exactly ``attribution``, ``speaker`` (None: no speaker) and ``cue`` (None: no cue), folded."""
    assert claim.attribution == attribution
    assert fold(claim.speaker.name if claim.speaker else None) == fold(speaker)
    assert fold(claim.cue) == fold(cue)
