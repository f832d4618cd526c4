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
