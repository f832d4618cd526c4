"""Tokens and proper names: the word-level helpers the speaker rules share, and the names a sentence mentions.

A run of capitalised words is split into a role (up to the last title word: "Council leader", "Harbourside
Traders' Association chair") and a name ("Margaret Oyelaran"). A run whose name part holds an organisation marker
("Harbourside Borough Council", "Northwind Energy") names an organisation, not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processors.claims.fold import alternation
from processors.claims.lexicon import HONORIFICS, NAME_PARTICLES, ORG_MARKERS, ROLE_WORDS, STARTERS, TITLES

__all__ = [
    "ABBREVIATED_TITLES", "Mention", "Token", "bare", "in_proper_run", "is_acronym", "is_name", "is_weak_role",
    "mentions",
    "organisation_mentions",
    "person_mentions", "raw_word", "split_role", "tokens",
]  # fmt: skip

Token = tuple[int, str]

_TOKEN = re.compile(r"[\w‘’'-]+|[^\w\s]")
_NAME = re.compile(r"^(?:(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-)?[A-Z][\w’'-]*$")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-[A-Z]")
_POSSESSIVE = re.compile(r"[’']s?$")
_QUOTES = "‘’'"
# Titles that may be written with a full stop ("Dr.", "Mr.", "Prof.").
ABBREVIATED_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "gen", "col", "capt", "sgt", "sen", "rep", "gov", "cllr"}
)
# An age in apposition right after a name: "Martin Greaves, 61, of ...".
_AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})\s*,")
_NEXT_TOKEN = re.compile(r"\s*([\w‘’'-]+|[^\w\s])")
# Where a run of name and title words may open (a superset of in_proper_run): a capital after any quote marks,
# an Arabic particle before a capital ("al-Baghdadi"), or a title word in any case.
_RUN_START = re.compile(
    r"(?<![\w‘’'-])(?:[‘’']*(?:[A-Z]|(?i:" + alternation(sorted(ROLE_WORDS | HONORIFICS)) + r"))|[a-z]+-[A-Z])"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named person seen in a sentence at ``position`` (offset in the sentence)."""

    position: int
    name: str
    role: str | None
    certain: bool
    first_in_sentence: bool
    age: int | None = None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]`` with their offsets in ``text``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, start, stop)]


def bare(word: str) -> str:
    """The word without quote marks or a possessive ending (``Traders'`` -> ``Traders``)."""
    if "'" not in word and "’" not in word and "‘" not in word:
        return word
    word = word.strip(_QUOTES)
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


def raw_word(word: str) -> str:
    """The word as written, without scare quotes but keeping a possessive (``Traders'``, ``trust's``)."""
    if word[:1] in _QUOTES:
        return word.strip(_QUOTES)
    return word


def is_name(word: str) -> bool:
    """A capitalised word (or an Arabic name with a lowercase particle: ``al-Baghdadi``)."""
    first = word[:1]
    if first.isupper():
        return bool(_NAME.match(word))
    return "-" in word and bool(_NAME.match(word))


def is_acronym(word: str) -> bool:
    """A short all-capitals word (``NHS``, ``UN``)."""
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def in_proper_run(word: str) -> bool:
    """Whether ``word`` may belong to a run of capitalised name and title words."""
    if is_name(word):
        return True
    lower = word.lower()
    return lower in ROLE_WORDS or lower in HONORIFICS


def is_weak_role(role: str | None) -> bool:
    """A role that is only a title (``Dr``, ``Councillor``): it never replaces a fuller role seen before."""
    return role is None or all(word.lower().strip(".") in TITLES for word in role.split())


def _drop_starters(words: list[str]) -> list[str]:
    while words and words[0].lower() in STARTERS:
        words = words[1:]
    return words


def split_role(words: list[str], raw: list[str] | None = None) -> tuple[str | None, list[str]]:
    """Split a proper phrase into (role, name words): the role runs up to the last title word.

    ``raw`` (same length as ``words``) gives the words as written, for the role text ("Traders' Association").
    """
    last_role = -1
    for index, word in enumerate(words):
        if word.lower() in ROLE_WORDS or word.lower() in HONORIFICS:
            last_role = index
    source = words if raw is None or len(raw) != len(words) else raw
    role_words = [w for w, b in zip(source[: last_role + 1], words, strict=False) if b.lower() not in HONORIFICS]
    return (" ".join(role_words) or None), words[last_role + 1 :]


_Run = tuple[int, list[str], list[str], bool, int]


def _runs(sentence: str) -> list[_Run]:
    """Runs of capitalised words: (offset, bare words, raw words, first in sentence, end), starters dropped.

    ``_RUN_START`` jumps to the tokens that may open a run (a superset: each is checked with
    :func:`in_proper_run`), so the words in between are never looked at one by one.
    """
    runs: list[_Run] = []
    first_token = len(sentence) - len(sentence.lstrip())
    pos = 0
    while True:
        found = _RUN_START.search(sentence, pos)
        if found is None:
            break
        opening = _TOKEN.match(sentence, found.start())
        assert opening is not None
        pos = opening.end()
        if not in_proper_run(bare(opening.group(0))):
            continue
        toks: list[Token] = [(opening.start(), opening.group(0))]
        while True:
            following = _NEXT_TOKEN.match(sentence, pos)
            if following is None:
                break
            nxt = bare(following.group(1))
            if nxt == "." and toks[-1][1].lower() in ABBREVIATED_TITLES:
                # The full stop of an abbreviated title ("Dr. Meera Kaul", "Mr. Alan Pruitt").
                pos = following.end()
                continue
            if in_proper_run(nxt):
                toks.append((following.start(1), following.group(1)))
                pos = following.end()
                continue
            if nxt in NAME_PARTICLES:
                after = _NEXT_TOKEN.match(sentence, following.end())
                if after is not None and is_name(bare(after.group(1))):
                    toks.append((following.start(1), following.group(1)))
                    toks.append((after.start(1), after.group(1)))
                    pos = after.end()
                    continue
            break
        words = [bare(w) for _, w in toks]
        kept = _drop_starters(words)
        dropped = len(words) - len(kept)
        if kept:
            raw = [raw_word(w) for _, w in toks[dropped:]]
            end = toks[-1][0] + len(toks[-1][1])
            runs.append((toks[dropped][0], kept, raw, found.start() == first_token, end))
    return runs


def is_organisation(name_words: list[str]) -> bool:
    """A name part holding an organisation marker, or made only of acronyms."""
    return any(w.lower() in ORG_MARKERS for w in name_words) or (
        bool(name_words) and all(is_acronym(w) for w in name_words)
    )


def person_mentions(sentence: str) -> list[Mention]:
    """Runs of capitalised name words in ``sentence`` that may name a person, with a role split off.

    ``certain`` marks runs with evidence of a person: a title before the name, a courtesy title, or an Arabic
    name particle (``al-``). Other runs count only when they match a person already known.
    """
    return _persons_in(sentence, _runs(sentence))


def mentions(sentence: str) -> tuple[list[Mention], list[str]]:
    """``(person_mentions(sentence), organisation_mentions(sentence))``, scanning the sentence once."""
    runs = _runs(sentence)
    return _persons_in(sentence, runs), _organisations_in(runs)


def _persons_in(sentence: str, runs: list[_Run]) -> list[Mention]:
    mentions: list[Mention] = []
    for position, words, raw, first, end in runs:
        role, name = split_role(words, raw)
        name = [w for w in name if not is_acronym(w)] if len(name) > 1 else name
        if name and not is_organisation(name):
            aged = _AGE_AFTER.match(sentence, end)
            age = int(aged.group(1)) if aged is not None else None
            has_title = any(w.lower() in ROLE_WORDS or w.lower() in HONORIFICS for w in words)
            certain = has_title or any(_PARTICLE_NAME.match(w) for w in name) or (age is not None and len(name) > 1)
            mentions.append(Mention(position, " ".join(name), role, certain, first, age))
    return mentions


def organisation_mentions(sentence: str) -> list[str]:
    """Organisation names in ``sentence``: capitalised runs whose name part holds an organisation marker."""
    return _organisations_in(_runs(sentence))


def _organisations_in(runs: list[_Run]) -> list[str]:
    found: list[str] = []
    for _, words, _, _, _ in runs:
        _, name = split_role(words)
        if len(name) > 1 and any(w.lower() in ORG_MARKERS for w in name):
            found.append(" ".join(name))
    return found
