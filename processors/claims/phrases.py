"""Speaker noun phrases: the phrase that ends right before a cue, or starts right after one.

Walking back from a cue the rules recognise:

* a proper run with a role before the name, lowercase role words included ("Chief financial officer Rafael
  Ortiz", "Harbourside Traders' Association chair Priya Natarajan");
* an apposition between the subject and the cue: "Jo Lee, an analyst at Acme, said" (role after the name),
  "The board's chair, Jo Lee, said" (name after the role), "Jo Lee, who chairs the board, said";
* a prepositional phrase after the head: "Traders on the promenade warned" (the head is "Traders").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from processors.claims.cues import CUES
from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    NOUN_MARKERS,
    ORG_MARKERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLE_WORDS,
    SKIP_BEFORE_CUE,
    STARTERS,
    STOP_WORDS,
)
from processors.claims.names import (
    ABBREVIATED_TITLES,
    Token,
    bare,
    in_proper_run,
    is_name,
    is_organisation,
    raw_word,
    split_role,
    tokens,
)

__all__ = ["NounPhrase", "PhraseKind", "is_plural", "names_people", "phrase_after", "subject_before"]

PhraseKind = Literal["pronoun", "proper", "common"]

_MAX_COMMON_WORDS = 5
# Lowercase words that may stand in a role before a title word ("chief financial officer").
_MAX_ROLE_MODIFIERS = 1
_MAX_APPOSITIVE_TOKENS = 14
# Lowercase words that join the parts of an organisation's name ("Ministry of Defence", "Office for ...").
_CONNECTORS = frozenset({"of", "for"})
_AGE = re.compile(r"^\d{1,3}$")
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"', "—", "–"})
_INDEFINITE = frozenset({"a", "an"})
# German, French and Spanish definite articles: they open a phrase like "the" ("la ministre", "Der Sprecher").
_FOREIGN_ARTICLES = frozenset({"der", "die", "das", "le", "la", "les", "el", "los", "las"})
# German capitalises every noun: "Der Sprecher" is a description, not a name.
_GERMAN_ARTICLES = frozenset({"der", "die", "das"})
_AGED = re.compile(r"^\d{1,3}-year-old$")
# Plural endings of nouns for people ("Fishermen", "Traders", "Residents", "Campaigners", "Economists").
_PEOPLE_PLURALS = ("men", "ers", "ors", "ists", "ians", "ants", "ents")


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """Words of a candidate speaker phrase.

    ``determiner`` is the article that opened a common phrase; ``raw`` the words as written (possessives kept);
    ``role`` a role given in apposition; ``tail`` a prepositional phrase after the head ("on the promenade").
    """

    words: tuple[str, ...]
    kind: PhraseKind
    determiner: str | None = None
    raw: tuple[str, ...] = ()
    role: str | None = None
    tail: tuple[str, ...] = ()


def is_plural(noun: str) -> bool:
    """A noun that names many people: a group or collective noun, or a regular plural."""
    lower = noun.lower()
    if lower in COLLECTIVE_NOUNS or lower in GROUP_NOUNS:
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def names_people(word: str) -> bool:
    """A capitalised word that reads as a plural noun for people rather than a name ("Fishermen on the quay")."""
    lower = word.lower()
    return lower in GROUP_NOUNS or lower in COLLECTIVE_NOUNS or lower.endswith(_PEOPLE_PLURALS)


def _drop_leading(toks: list[Token], keep_determiners: bool = False) -> int:
    """How many leading tokens are sentence starters ("But", "Meanwhile")."""
    count = 0
    for _, word in toks:
        lower = word.lower()
        if lower not in STARTERS or (keep_determiners and lower in DETERMINERS):
            break
        count += 1
    return count


def _modifies_role(word: str, following: str, modifiers: int) -> bool:
    """A lowercase word standing in a role before a title word ("financial" in "chief financial officer")."""
    lower = word.lower()
    if not word.isalpha() or not word.islower() or modifiers >= _MAX_ROLE_MODIFIERS:
        return False
    blocked = STOP_WORDS | DETERMINERS | SKIP_BEFORE_CUE | PRONOUNS | STARTERS
    if lower in blocked or lower in CUES:
        return False
    return following.lower() in ROLE_WORDS or modifiers > 0


def _proper_backwards(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int] | None:
    j = i
    modifiers = 0
    while j > lo:
        word = bare(toks[j - 1][1])
        if word == "." and j - 2 >= lo and toks[j - 2][1].lower() in ABBREVIATED_TITLES:
            # The full stop of an abbreviated title ("Dr. Meera Kaul").
            j -= 2
            modifiers = 0
            continue
        joins = word.lower() in NAME_PARTICLES or word.lower() in _CONNECTORS
        if in_proper_run(word) or (joins and j - 1 > lo and is_name(bare(toks[j - 2][1]))):
            j -= 1
            modifiers = 0
            continue
        if _modifies_role(word, bare(toks[j][1]), modifiers):
            j -= 1
            modifiers += 1
            continue
        break
    j += _drop_leading(toks[j : i + 1])
    if j > i:
        return None
    if j == i - 1 and toks[j][1].lower() in _GERMAN_ARTICLES:
        noun = bare(toks[i][1])
        return NounPhrase((noun,), "common", toks[j][1].lower(), (raw_word(toks[i][1]),)), j
    kept = [word for _, word in toks[j : i + 1] if word != "."]
    words = tuple(bare(word) for word in kept)
    raw = tuple(raw_word(word) for word in kept)
    return NounPhrase(words, "proper", raw=raw), j


def _common_backwards(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int]:
    j = i
    determiner: str | None = None
    while j > lo and i - j < _MAX_COMMON_WORDS - 1:
        word = bare(toks[j - 1][1])
        lower = word.lower()
        if not word or not word[0].isalnum() or lower in STOP_WORDS or lower in PRONOUNS:
            break
        j -= 1
        if lower in DETERMINERS or lower in _FOREIGN_ARTICLES:
            determiner = lower
            j += 1
            break
    if determiner is None:
        dropped = _drop_leading(toks[j : i + 1])
        j += dropped if dropped <= i - j else 0
    words = tuple(bare(word) for _, word in toks[j : i + 1])
    raw = tuple(raw_word(word) for _, word in toks[j : i + 1])
    return NounPhrase(words, "common", determiner, raw), (j - 1 if determiner else j)


def _can_speak(phrase: NounPhrase) -> bool:
    """Whether a phrase's head names people or a body, so a prepositional phrase after it may be dropped."""
    head = phrase.words[-1].lower()
    known = head in GROUP_NOUNS or head in ANONYMOUS_NOUNS or head in COLLECTIVE_NOUNS or head in ORG_MARKERS
    if phrase.kind == "proper":
        return known or len(phrase.words) > 1 or names_people(head)
    return phrase.kind == "common" and (known or head in ROLE_WORDS or is_plural(head))


def _common_with_tail(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int]:
    phrase, start = _common_backwards(toks, i, lo)
    preposition = start - 1
    if preposition - 1 >= lo and toks[preposition][1].lower() in PREPOSITIONS:
        outer = _phrase_ending(toks, preposition - 1, lo)
        if outer is not None and _can_speak(outer[0]):
            tail = outer[0].tail + tuple(raw_word(word) for _, word in toks[preposition : i + 1])
            return replace(outer[0], tail=tail), outer[1]
    return phrase, start


def _phrase_ending(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int] | None:
    """The phrase whose last word is ``toks[i]`` (not reaching before ``lo``) and the index where it starts."""
    head = bare(toks[i][1])
    if _AGED.match(head):
        return _common_with_tail(toks, i, lo)
    if not head or not head[0].isalpha():
        return None
    if head.lower() in PRONOUNS:
        return NounPhrase((head,), "pronoun"), i
    if is_name(head):
        return _proper_backwards(toks, i, lo)
    if head.lower() in STOP_WORDS or head.lower() in DETERMINERS:
        return None
    return _common_with_tail(toks, i, lo)


def _covering(toks: list[Token], end: int, lo: int) -> NounPhrase | None:
    """The phrase ending at ``toks[end]`` when it fills ``toks[lo:end+1]`` (sentence starters aside)."""
    if end < lo:
        return None
    found = _phrase_ending(toks, end, lo)
    if found is None:
        return None
    phrase, start = found
    return phrase if start == lo + _drop_leading(toks[lo:start]) else None


def _descriptive(toks: list[Token]) -> bool:
    """Whether an appositive reads as a description ("an analyst at ...", "the board's chair") not a name."""
    first = toks[0][1]
    return (
        first.lower() in DETERMINERS
        or first.lower() in _FOREIGN_ARTICLES
        or first[:1].islower()
        or any(bare(w) != w.strip("‘’'") for _, w in toks)
    )


def _span_text(text: str, toks: list[Token], keep_determiners: bool) -> str:
    toks = toks[_drop_leading(toks, keep_determiners) :]
    if toks and toks[0][1].lower() in _INDEFINITE:
        toks = toks[1:]
    if not toks:
        return ""
    return text[toks[0][0] : toks[-1][0] + len(toks[-1][1])]


def _names_person(phrase: NounPhrase) -> bool:
    _, name = split_role(list(phrase.words))
    return bool(name) and not is_organisation(name)


def _apposition(text: str, toks: list[Token], i: int, lo: int) -> NounPhrase | None:
    """The subject of "A, B, said" where ``toks[i]`` is the comma before the cue."""
    k = i - 1
    while k >= lo and toks[k][1] not in _CLAUSE_MARKS:
        k -= 1
    if k < lo or toks[k][1] != "," or not 0 < i - k - 1 <= _MAX_APPOSITIVE_TOKENS:
        return None
    start = k - 1
    while start >= lo and toks[start][1] not in _CLAUSE_MARKS:
        start -= 1
    start += 1
    if start >= k:
        return None
    appositive = toks[k + 1 : i]
    if appositive[0][1].lower() in RELATIVES:
        return _covering(toks, k - 1, start)
    named = _covering(toks, i - 1, k + 1)
    if named is not None and named.kind == "proper" and _names_person(named) and _descriptive(toks[start:k]):
        return replace(named, role=_span_text(text, toks[start:k], keep_determiners=True) or None)
    subject = _covering(toks, k - 1, start)
    if subject is not None and subject.kind == "proper" and _descriptive(appositive):
        return replace(subject, role=_span_text(text, appositive, keep_determiners=True) or None)
    return subject


def subject_before(text: str, pos: int, floor: int = 0) -> NounPhrase | None:
    """The noun phrase that ends right before a cue at ``pos`` (not reaching before ``floor``), if any."""
    toks = tokens(text, floor, pos)
    if not toks or toks[-1][1].lower() in NOUN_MARKERS:
        return None
    i = len(toks) - 1
    while i >= 0 and toks[i][1].lower() in SKIP_BEFORE_CUE:
        i -= 1
    # An age in apposition: "Mr Hale, 54, told ...".
    if i >= 3 and toks[i][1] == "," and _AGE.match(toks[i - 1][1]) and toks[i - 2][1] == ",":
        i -= 3
    if i < 0:
        return None
    if toks[i][1] == ",":
        return _apposition(text, toks, i, 0)
    found = _phrase_ending(toks, i, 0)
    return None if found is None else found[0]


def phrase_after(text: str, pos: int) -> NounPhrase | None:
    """The noun phrase right after ``pos`` ("according to officials", '"...," said Mr Smith')."""
    toks = tokens(text, pos)
    determiner: str | None = None
    if toks and toks[0][1].lower() in DETERMINERS:
        determiner = toks[0][1].lower()
        toks = toks[1:]
    words: list[str] = []
    raw: list[str] = []
    for index, (_, token) in enumerate(toks):
        word = bare(token)
        if not word or not word[0].isalnum() or len(words) >= _MAX_COMMON_WORDS:
            break
        lower = word.lower()
        following = bare(toks[index + 1][1]) if index + 1 < len(toks) else ""
        joins = (lower in _CONNECTORS or lower in NAME_PARTICLES) and bool(words) and is_name(following)
        if lower in STOP_WORDS and not joins:
            break
        words.append(word)
        raw.append(raw_word(token))
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return NounPhrase((words[0],), "pronoun")
    proper = [w for w in words if in_proper_run(w) or w.lower() in _CONNECTORS or w.lower() in NAME_PARTICLES]
    if is_name(words[-1]) and len(proper) == len(words):
        return NounPhrase(tuple(words), "proper", raw=tuple(raw))
    if is_name(words[0]):
        names = [w for w in words if in_proper_run(w)]
        return NounPhrase(tuple(names[:1]), "proper")
    return NounPhrase(tuple(words), "common", determiner, tuple(raw))
