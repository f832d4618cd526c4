"""Attribution cues: the verbs and phrases that mark reported speech, with how strongly each attributes.

Strength is 1.0 for neutral speech verbs (``said``, ``told``) and lower for verbs that report a stance or an
estimate, which attribute more loosely. The lexicon is data so it can grow without touching the matching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from processors.claims.fold import Folded, alternation

__all__ = ["CUES", "CUES_OTHER", "SOURCE_AFTER", "SOURCE_BEFORE_ONLY", "CueMatch", "find_cues", "is_participle"]

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
    "according to": 0.9, "found": 0.8, "cautioned": 0.8, "put it": 0.9,
}  # fmt: skip

# German, French and Spanish cues (matched case-insensitively), with the same strength scale.
CUES_OTHER: dict[str, float] = {
    # de
    "sagte": 1.0, "sagt": 1.0, "gesagt": 1.0, "erklärte": 0.9, "erklärt": 0.9, "betonte": 0.8, "betont": 0.8,
    "teilte mit": 1.0, "angekündigt": 1.0, "kündigte an": 1.0, "kündigt an": 1.0, "warnte": 0.9, "warnt": 0.9,
    "bestritt": 0.9, "bestreitet": 0.9, "räumte ein": 0.9, "räumt ein": 0.9, "behauptete": 0.8,
    "behauptet": 0.8, "versicherte": 0.8, "bestätigte": 0.9, "forderte": 0.8, "kritisierte": 0.8,
    "nach angaben": 0.9, "laut": 0.9, "zufolge": 0.9, "heißt es": 0.6, "schätzt": 0.7, "schätzte": 0.7,
    # fr
    "a déclaré": 1.0, "a affirmé": 0.9, "a assuré": 0.8, "a annoncé": 1.0, "a expliqué": 0.9, "a indiqué": 1.0,
    "a précisé": 0.9, "a averti": 0.9, "a démenti": 0.9, "a reconnu": 0.9, "a estimé": 0.7, "a ajouté": 0.9,
    "a-t-il assuré": 0.8, "a-t-elle assuré": 0.8, "a-t-il déclaré": 1.0, "a-t-elle déclaré": 1.0,
    "a-t-il affirmé": 0.9, "a-t-elle affirmé": 0.9, "a-t-il expliqué": 0.9, "a-t-elle expliqué": 0.9,
    "a-t-il ajouté": 0.9, "a-t-elle ajouté": 0.9, "selon": 0.9, "d'après": 0.9, "estimées": 0.7, "estimé": 0.7,
    # es
    "afirmó": 0.9, "dijo": 1.0, "advirtió": 0.9, "explicó": 0.9, "aseguró": 0.8, "declaró": 1.0,
    "anunció": 1.0, "señaló": 0.9, "indicó": 1.0, "negó": 0.9, "reconoció": 0.9, "añadió": 0.9,
    "según": 0.9, "estimó": 0.7,
}  # fmt: skip

# Cues whose source follows them ("according to the ministry", "laut", "selon", "según").
SOURCE_AFTER = frozenset({"according to", "nach angaben", "laut", "selon", "d'après", "según"})
# Postpositional cue: the source stands right before it ("der Polizei zufolge").
SOURCE_BEFORE_ONLY = frozenset({"zufolge"})

# German separable verbs: the particle ends the clause ("kündigte ... an"); the lexicon lists the joined form.
_SEPARABLE = Folded(r"(?<![\w-])(kündigte|kündigt|räumte|räumt|teilte)\b[^,.;:]*?\s(an|ein|mit)\b(?=\s*[,.;:]|$)")

# Cheap gate: letters or words that only the other languages' cues need.
_MAYBE_OTHER = Folded(r"[äöüßéèóíáñ]|\b(?:laut|selon|zufolge|sagt|dijo|mit|an|ein)\b")

_CUE = re.compile(
    # Hyphenated words ("self-declared") are adjectives, not speech.
    r"(?<![\w-])" + alternation([*CUES, "According to"]) + r"(?![\w-])"
)
_OTHER = Folded(
    r"(?<![\w-])"
    + alternation(
        [
            cue.lower()
            for cue in CUES_OTHER
            if " " not in cue or "-" in cue or cue.split()[-1] not in {"an", "ein", "mit"}
        ]
    )
    + r"(?![\w-])"
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
    if not _MAYBE_OTHER.search(text):
        return found
    for match in _OTHER.finditer(text):
        if allowed is not None and not any(lo <= match.start() and match.end() <= hi for lo, hi in allowed):
            continue
        cue = match.group(0).lower()
        found.append(CueMatch(cue, match.start(), match.end(), CUES_OTHER[cue]))
    for match in _SEPARABLE.finditer(text):
        if allowed is not None and not any(lo <= match.start() and match.end(1) <= hi for lo, hi in allowed):
            continue
        cue = f"{match.group(1).lower()} {match.group(2).lower()}"
        if cue in CUES_OTHER:
            found.append(CueMatch(cue, match.start(), match.end(1), CUES_OTHER[cue]))
    found.sort(key=lambda c: c.start)
    return found
