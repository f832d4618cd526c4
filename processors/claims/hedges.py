"""Hedges: phrases by which a text signals that it is not certain of a claim.

The list is data (:data:`~processors.claims.vocabulary.HEDGES`). Matching prefers the longest phrase at a
position, so ``most likely`` is reported once and not also as ``likely``; hedges do not overlap. Two more
kinds: an approximation before a number ("about 2,000", "roughly $3 billion", "about a quarter"), and the modal
"may" written in lowercase (the month "May" is no hedge).
"""

from __future__ import annotations

import re
from typing import Final

from processors.claims.scan import Scan, scan
from processors.claims.vocabulary import HEDGES

__all__ = ["HEDGES", "find_hedges"]


# Approximations that hedge the number after them, and what counts as that number.
_APPROXIMATE: Final = frozenset({"about", "around", "roughly", "approximately", "some"})
_NUMBER_AFTER: Final = re.compile(
    r"\s+(?:[$£€¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|half|two-thirds|three-quarters"
    r"|a (?:third|quarter|fifth|half|tenth|hundred|thousand|million|billion))\b)",
    re.IGNORECASE,
)


def find_hedges(text: str, scanned: Scan | None = None) -> list[str]:
    """Hedge phrases in ``text`` in order of appearance, lowercased, without overlaps.

    ``scanned`` is the :func:`~processors.claims.scan.scan` of ``text`` when the caller has made it.
    """
    lexed = scan(text) if scanned is None else scanned
    found: list[tuple[int, str]] = []
    end = 0
    for at, phrases in lexed.phrases("hedge"):
        if at < end:
            continue
        for phrase in phrases:
            stop = at + len(phrase)
            if phrase == "may" and text[at:stop] != "may":
                continue
            if lexed.word_end(stop):
                found.append((at, phrase))
                end = stop
                break
    for at, phrases in lexed.phrases("approximator"):
        word = phrases[-1]
        stop = at + len(word)
        if word in _APPROXIMATE and lexed.word_end(stop) and _NUMBER_AFTER.match(text, stop):
            found.append((at, word))
    if len(found) > 1:
        found.sort()
    return [phrase for _, phrase in found]
