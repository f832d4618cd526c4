"""Attribution cues: the verbs and phrases that mark reported speech, with how strongly each attributes.

Strength is 1.0 for neutral speech verbs (``said``, ``told``) and lower for verbs that report a stance or an
estimate, which attribute more loosely. The lexicon is data so it can grow without touching the matching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CUES", "CueMatch", "find_cues", "is_participle"]

CUES: dict[str, float] = {
    "said": 1.0, "says": 1.0, "say": 0.9, "saying": 0.9,
    "told": 1.0, "tells": 1.0, "tell": 0.8, "telling": 0.9,
    "stated": 1.0, "announced": 1.0, "announces": 1.0, "declared": 0.9, "added": 0.9, "adds": 0.9,
    "explained": 0.9, "confirmed": 0.9, "confirms": 0.9, "revealed": 0.9, "reveals": 0.9, "wrote": 0.9,
    "writes": 0.9, "noted": 0.8, "stressed": 0.8, "disclosed": 0.9, "reported": 0.8,
    "claimed": 0.8, "claims": 0.8, "claim": 0.8, "claiming": 0.8, "alleged": 0.7, "alleges": 0.7,
    "admitted": 0.9, "admits": 0.9, "admitting": 0.9, "acknowledged": 0.9, "conceded": 0.9,
    "insisted": 0.9, "insists": 0.9, "insisting": 0.9, "maintained": 0.8, "asserted": 0.8,
    "warned": 0.9, "warns": 0.9, "warning": 0.8, "denied": 0.9, "denies": 0.9, "denying": 0.9,
    "estimated": 0.7, "estimates": 0.7, "predicted": 0.7, "predicts": 0.7, "forecast": 0.7,
    "argued": 0.8, "argues": 0.8, "suggested": 0.7, "suggests": 0.7, "believes": 0.6, "believe": 0.6,
    "thinks": 0.6, "promised": 0.8, "vowed": 0.8, "pledged": 0.8, "accused": 0.8,
    "according to": 0.9,
}  # fmt: skip

_CUE = re.compile(
    # Hyphenated words ("self-declared") are adjectives, not speech.
    r"(?<![\w-])(?:"
    + "|".join(re.escape(cue) for cue in sorted(CUES, key=len, reverse=True))
    + r"|According to)(?![\w-])"
)


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in a text: ``cue`` is the lexicon entry, ``start``/``end`` its offsets."""

    cue: str
    start: int
    end: int
    strength: float


def is_participle(cue: str) -> bool:
    """Participle cues (``telling``) often have no subject of their own: the speaker is named earlier."""
    return cue.endswith("ing")


def find_cues(text: str, regions: Iterable[tuple[int, int]] | None = None) -> list[CueMatch]:
    """Cues in ``text`` in order, only those wholly inside ``regions`` when regions are given."""
    allowed = None if regions is None else list(regions)
    found: list[CueMatch] = []
    for match in _CUE.finditer(text):
        if allowed is not None and not any(lo <= match.start() and match.end() <= hi for lo, hi in allowed):
            continue
        cue = match.group(0).lower()
        found.append(CueMatch(cue, match.start(), match.end(), CUES[cue]))
    return found
