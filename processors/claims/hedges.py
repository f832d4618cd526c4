"""Hedges: phrases by which a text signals that it is not certain of a claim.

The lists are data (:data:`~processors.claims.vocabulary.HEDGES` and its neighbours). Matching prefers the longest
phrase at a position, so ``most likely`` is reported once and not also as ``likely``; hedges do not overlap. Three
more kinds: an approximation before a number ("about 2,000", "knapp 1,4 Milliarden", "about a quarter"); an
evidential verb after a noun naming evidence ("the study suggests", "the findings suggested"); and words that hedge
only as written in lowercase (the month "May" and the noun "Wohl" are no hedges). A comparative "more likely" or
"less likely" states a difference of risk, not an uncertainty, and is no hedge.
"""

from __future__ import annotations

import re
from typing import Final

from processors.claims.scan import Scan, scan
from processors.claims.vocabulary import EVIDENCE_NOUNS, HEDGES

__all__ = ["HEDGES", "find_hedges"]


_NUMBER_AFTER: Final = re.compile(
    r"\s+(?:[$£€¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|half|two-thirds|three-quarters"
    r"|a (?:third|quarter|fifth|half|tenth|hundred|thousand|million|billion)"
    r"|twice|double|half as|doppelt|zweimal|dreimal|halb so|deux fois|dos veces"
    r"|an? (?:hour|day|week|fortnight|month|year|decade|minute|mile|kilometre|kilometer|metre|meter)"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend"
    # German shares and single units: "gut jede achte", "knapp ein Drittel", "gut die Hälfte", "gut eine Stunde"
    r"|jede[rsn]?\s+\w+te[rn]?|ein|eine|einen|einem|einer|die hälfte|der hälfte"
    r"|la moitié|la mitad|un tiers|un tercio|un quart|les trois quarts"
    r"|deux|trois|quatre|cinq|sept|huit|dix|vingt|trente|quarante|cinquante|cent|mille|un|une|una|uno"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|cincuenta|cien|mil)\b)",
    re.IGNORECASE,
)
# The newsroom's own sourcing: "the Courier understands he has ...", "The Sentinel has learned that ...", "The Sun
# can reveal the singer has ...". A name of one to three capitalised words after "the", and a clause after the
# verb ("that" or a subject pronoun), so that "the Minister understands the concerns" is no hedge.
_NEWSROOM_KNOWS: Final = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:understands|has learned|has learnt|can (?:exclusively |now |today )?reveal)\s+"
    r"(?=(?:that|he|she|it|they|there"
    r"|the (?:\w+\s+){0,3}(?:is|are|was|were|has|have|had|will|would))\b)"
)
# The German newsroom's own sourcing: "Nach BLITZ-Informationen", "nach eigenen Informationen".
_NEWSROOM_KNOWS_DE: Final = re.compile(
    r"\b[Nn]ach\s+(?:[A-ZÄÖÜ][\w]*(?:-[\w]+)*-Informationen|(?:unseren|eigenen)\s+Informationen)\b"
)
# A belief reported as the speaker's own ("said she believed the officer had ..."): the pronoun and the verb.
_SAID_BELIEVED: Final = re.compile(
    r"\b(?:said|says|added|told \w+)\s+(?:that\s+)?(?P<belief>(?:he|she|they|it)\s+"
    r"(?:believed|believes|thought|thinks|suspected|suspects))\b"
)
# Hedges only in lowercase: "May" is a month, "Wohl" a noun (welfare).
_LOWERCASE_ONLY: Final = frozenset({"may", "wohl"})
# Before "likely", these make a comparison ("1.5 times more likely"), not a hedge.
_COMPARATIVES: Final = ("more ", "less ")
# An evidence noun, possibly with an adverb, right before an evidential verb ("the data strongly suggest").
_NOUN_BEFORE: Final = re.compile(r"(\w+)\s+(?:(?:also|further|strongly|clearly)\s+)?$")


def _evidence_before(lower: str, at: int) -> bool:
    match = _NOUN_BEFORE.search(lower, max(0, at - 40), at)
    return match is not None and match.group(1) in EVIDENCE_NOUNS


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
            if phrase in _LOWERCASE_ONLY and text[at:stop] != phrase:
                continue
            if phrase == "likely" and lexed.lower.endswith(_COMPARATIVES, max(0, at - 5), at):
                continue
            if lexed.word_end(stop):
                found.append((at, phrase))
                end = stop
                break
    for at, phrases in lexed.phrases("hedge_number"):
        word = phrases[0]
        stop = at + len(word)
        if lexed.word_end(stop) and _NUMBER_AFTER.match(text, stop):
            found.append((at, word))
    for at, phrases in lexed.phrases("evidential"):
        word = phrases[0]
        if lexed.word_end(at + len(word)) and _evidence_before(lexed.lower, at):
            found.append((at, word))
    if "understands" in lexed.lower or "has learn" in lexed.lower or "reveal " in lexed.lower:
        for match in _NEWSROOM_KNOWS.finditer(text):
            found.append((match.start(), " ".join(match.group(0).lower().split())))
    if "nformationen" in lexed.lower:
        for match in _NEWSROOM_KNOWS_DE.finditer(text):
            found.append((match.start(), " ".join(match.group(0).lower().split())))
    if ("believ" in lexed.lower or "thought" in lexed.lower or "think" in lexed.lower or "suspect" in lexed.lower) and (
        "said" in lexed.lower or "says" in lexed.lower or "added" in lexed.lower or "told" in lexed.lower
    ):
        for match in _SAID_BELIEVED.finditer(lexed.lower):
            found.append((match.start("belief"), " ".join(match.group("belief").split())))
    if len(found) > 1:
        found.sort()
    return [phrase for _, phrase in found]
