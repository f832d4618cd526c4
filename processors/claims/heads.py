"""The head of a long English subject: the speaker named first in a clause, before what modifies it.

A subject may carry modifiers between its head and the cue, and the last noun before the cue is then not the
speaker: "Scientists who contributed to the report said" (the scientists, not the report), "Campaigners from the
Save the Ropery group told", "A 2023 engineering report commissioned by the town estimated", "Police in Kestrel
Bay, Ont., say", "Lawyers for the tribe, who sued in 2022, argued", "An agency official, speaking on condition of
anonymity, said". The head opens the clause and names people, a body or a document; the modifiers are
prepositional phrases (places, times and bodies), a participle with its agent ("commissioned by"), a relative
clause and insertions between commas (a participle clause, a relative clause, a state after a town).
"""

from __future__ import annotations

from typing import Final

from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    GROUP_NOUNS,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    STARTERS,
    is_document_word,
    is_organisation_word,
    is_person_noun,
)
from processors.claims.names import Token, raw_word, tokens

__all__ = ["head_span"]

# Prepositions that attach a place, a time or a body to the head ("Police in X", "Lawyers for the tribe").
_ATTACHING: Final = frozenset(
    {"of", "for", "from", "in", "at", "on", "with", "near", "outside", "across", "inside", "representing"}
)
# Prepositions after a participle that modifies the head ("commissioned by", "submitted with", "based in").
_AFTER_PARTICIPLE: Final = frozenset({"by", "with", "in", "for", "to", "on", "at", "from"})
_RELATIVE_OPENERS: Final = frozenset({"who", "which", "that", "whose"})
# Prepositions spreading the head over an area ("Farmers across the region"): left out of the speaker, like a time.
_SPREAD: Final = frozenset({"across"})
# Past participles not ending in "-ed" that open an insertion ("The document, drawn up by consultants, states").
_IRREGULAR: Final = frozenset(
    {"drawn", "written", "made", "taken", "given", "seen", "sent", "held", "brought", "shown", "built", "led", "set"}
)
# Finite verbs and auxiliaries that end a subject: the head is then the subject of another verb.
_FINITE: Final = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
     "must", "do", "does", "did", "says", "said", "told", "added"}
)  # fmt: skip
# Words of a time after a preposition ("Officials on Thursday said"): left out of the speaker.
_TIMES: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "morning",
     "afternoon", "evening", "night", "weekend", "week", "month", "year", "day"}
)  # fmt: skip
# Plural heads for people the group lexicon leaves out ("Lawyers for the tribe", "Volunteers from X").
_PEOPLE: Final = frozenset({"lawyers", "attorneys", "officials", "volunteers", "members", "relatives", "families"})
_MAX_HEAD_WORDS: Final = 5
_MAX_INSERTION_TOKENS: Final = 30
_MAX_STATE_TOKENS: Final = 3
# How much of a clause's opening holds its head and the word after it.
_OPENING_CHARS: Final = 90


def _speaks(word: str) -> bool:
    """A head noun that can speak: people, a post, a body or a document."""
    lower = word.lower()
    return (
        lower in GROUP_NOUNS
        or lower in COLLECTIVE_NOUNS
        or lower in ANONYMOUS_NOUNS
        or lower in _PEOPLE
        or is_person_noun(word)
        or is_organisation_word(word)
        or is_document_word(word)
    )


def _head_end(toks: list[Token]) -> int:
    """The index of the head word: the last word before the first preposition, relative or comma; -1 if the
    opening words are no short noun phrase."""
    for index, (_, word) in enumerate(toks[: _MAX_HEAD_WORDS + 1]):
        lower = word.lower()
        if lower in _ATTACHING or lower in _RELATIVE_OPENERS or word == "," or (index > 0 and lower.endswith("ed")):
            return index - 1
        if lower in _FINITE or lower in PRONOUNS or not (word.isalnum() or word.replace("-", "").isalnum()):
            return -1
        if index > 0 and lower in DETERMINERS:
            return -1
    return -1


def _when(words: list[Token]) -> bool:
    """ "on Monday", "in March", "on Tuesday night": a time, which is no part of who spoke."""
    return any(word.lower() in _TIMES for _, word in words)


def _phrase_words(toks: list[Token], start: int, stop: int) -> int:
    """How many tokens from ``start`` (before ``stop``) read as the noun phrase after a preposition: names,
    articles, nouns and adjectives, "and", numbers; a finite verb ends it."""
    at = start
    while at < stop:
        word = toks[at][1]
        lower = word.lower()
        if lower in _FINITE or lower in _RELATIVE_OPENERS or lower in _ATTACHING or word in (",", ";", ":"):
            break
        if lower.endswith("ed") and word.islower() and not (at > start and toks[at - 1][1].lower() in DETERMINERS):
            break  # "Police in the town arrested": a verb, unless an article makes it an adjective ("the retired")
        at += 1
    return at - start


def _closing_insertion(toks: list[Token], at: int, stop: int, place: bool) -> int | None:
    """The index after a comma-enclosed insertion opening at the comma ``toks[at]``: a participle clause
    ("speaking on condition of anonymity"), a relative clause ("who sued in 2022"), a state after a town ("Ont.")
    or an age; None when the words between the commas are none of these. ``place``: a town was just named."""
    close = next((k for k in range(at + 1, min(stop, at + _MAX_INSERTION_TOKENS + 2)) if toks[k][1] == ","), None)
    if close is None or close == at + 1:
        return None
    first = toks[at + 1][1]
    inside = [word for _, word in toks[at + 1 : close] if word != "."]
    participle = (first.islower() and len(first) > 5 and first.endswith(("ing", "ed"))) or first in _IRREGULAR
    state = place and len(inside) == 1 and close - at - 1 <= _MAX_STATE_TOKENS and inside[0][:1].isupper()
    age = len(inside) == 1 and inside[0].isdigit()
    if participle or first.lower() in _RELATIVE_OPENERS or state or age:
        return close + 1
    return None


def _leading_starters(toks: list[Token]) -> int:
    """How many sentence starters ("But", "Meanwhile") open the clause, articles aside."""
    lead = 0
    while lead < len(toks) and toks[lead][1].lower() in STARTERS and toks[lead][1].lower() not in DETERMINERS:
        lead += 1
    return lead


def head_span(sentence: str, floor: int, pos: int) -> tuple[int, tuple[str, ...], bool] | None:
    """The head of the subject opening the clause at ``floor`` when only its modifiers stand between it and a cue
    at ``pos``: the offset right after the head word, the words of the prepositional phrases after it (its tail)
    and whether more than prepositional phrases modify it. None when the words before the cue do not read as one
    modified subject."""
    opening = tokens(sentence, floor, min(pos, floor + _OPENING_CHARS))  # the head first: most clauses have none
    lead = _leading_starters(opening)
    end = _head_end(opening[lead:])
    if end < 0 or not _speaks(opening[lead + end][1]):
        return None
    toks = tokens(sentence, floor, pos)[lead:]
    stop = len(toks)
    kept = stop
    while kept > end + 1 and toks[kept - 1][1] in SKIP_BEFORE_CUE:
        kept -= 1
    if any(toks[k][1] in _FINITE for k in range(kept, stop)):
        stop = kept  # "Farmers across the region have long complained": the auxiliary and adverbs before the cue
    at = end + 1
    tail: list[str] = []
    modified = False
    attached = False
    while at < stop:
        word = toks[at][1]
        lower = word.lower()
        if lower in _ATTACHING:
            length = _phrase_words(toks, at + 1, stop)
            if length == 0:
                return None
            attached = True
            if not modified and lower not in _SPREAD and not _when(toks[at + 1 : at + 1 + length]):
                tail.extend(raw_word(w) for _, w in toks[at : at + 1 + length])
            at += 1 + length
        elif word.islower() and lower.endswith("ed") and at + 1 < stop and toks[at + 1][1] in _AFTER_PARTICIPLE:
            modified = True  # "commissioned by the town": a participle and its agent
            length = _phrase_words(toks, at + 2, stop)
            if length == 0:
                return None
            at += 2 + length
        elif lower in _RELATIVE_OPENERS and at + 2 < stop:
            # "Scientists who contributed to the report said": the relative runs to the cue.
            if any(w == "," for _, w in toks[at:stop]) and toks[stop - 1][1] != ",":
                return None
            modified = True
            at = stop
        elif word == ",":
            closed = _closing_insertion(toks, at, stop, bool(tail) and toks[at - 1][1][:1].isupper())
            if closed is None:
                return None
            modified = True
            at = closed
        else:
            return None
    if not (attached or modified):
        return None
    return toks[end][0] + len(toks[end][1]), tuple(tail), modified
