"""Hedges: phrases by which a text signals that it is not certain of a claim.

The list is data. Matching prefers the longest phrase at a position, so ``most likely`` is reported once and
not also as ``likely``.
"""

from __future__ import annotations

from processors.claims.fold import Folded, alternation

__all__ = ["HEDGES", "find_hedges"]

HEDGES: tuple[str, ...] = (
    "it has emerged", "it emerged", "it is understood", "is understood to", "understood to",
    "believed to", "is thought to", "thought to be", "is said to", "said to be", "reportedly", "allegedly",
    "alleged", "apparently", "appears to", "appeared to", "seems to", "seemed to", "most likely", "likely",
    "unlikely", "probably", "possibly", "perhaps", "may have", "may be", "might", "could", "suspected",
    "according to reports", "unconfirmed", "rumoured", "rumored", "it is claimed", "it is feared", "feared to",
    "is expected to", "estimated",
    # de
    "angeblich", "offenbar", "vermutlich", "wahrscheinlich", "möglicherweise", "mutmaßlich", "soll", "sollen",
    "rund", "etwa", "ungefähr", "könnte", "könnten", "dürfte", "dürften",
    # fr
    "environ", "pourrait", "pourraient", "aurait", "auraient", "selon des sources", "probablement",
    "apparemment", "sans doute", "vraisemblablement", "présumé", "présumée",
    # es
    "al parecer", "presuntamente", "supuestamente", "podría", "podrían", "probablemente", "aproximadamente",
    "alrededor de", "posiblemente",
)  # fmt: skip

_HEDGE = Folded(r"\b" + alternation([h.lower() for h in HEDGES]) + r"\b")


def find_hedges(text: str) -> list[str]:
    """Hedge phrases in ``text`` in order of appearance, lowercased, without overlaps."""
    return [match.group(0).lower() for match in _HEDGE.finditer(text)]
