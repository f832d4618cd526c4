"""Speakers: find the noun phrase that speaks, classify it, and resolve pronouns and descriptions.

A :class:`SpeakerMemory` walks the article with the extractor. It remembers the named persons mentioned so far
(not only speakers: "rebel leader Omar al-Rashid" in a lede counts), keeping the fullest form of each name,
and the last person who spoke or opened a sentence. With it:

* ``he``/``she`` resolve to the last person who spoke or was the subject of a sentence;
* ``they`` resolves to the last group that spoke;
* a definite description (``the self-styled 'emir'``, ``the minister``) resolves to a tracked person holding
  that role if there is one, else to the most prominent person (most mentions, then most recent);
* a short name (``Lee``) resolves to the fullest form seen (``Ann Lee``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from newsflow.contracts import Speaker
from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NOUN_MARKERS,
    ORG_MARKERS,
    PRONOUNS,
    ROLE_WORDS,
    SKIP_BEFORE_CUE,
    STARTERS,
    STOP_WORDS,
)

__all__ = ["Mention", "NounPhrase", "SpeakerMemory", "person_mentions", "phrase_after", "subject_before"]

_TOKEN = re.compile(r"[\w‘’'-]+|[^\w\s]")
_NAME = re.compile(r"^(?:(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-)?[A-Z][\w’'-]*$")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-[A-Z]")
_POSSESSIVE = re.compile(r"[’']s?$")
_MAX_COMMON_WORDS = 5
# Lowercase words that join the parts of an organisation's name ("Ministry of Defence", "Office for ...").
_CONNECTORS = frozenset({"of", "for"})
_AGE = re.compile(r"^\d{1,3}$")

PhraseKind = Literal["pronoun", "proper", "common"]


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """Words of a candidate speaker phrase; ``determiner`` is the article that opened a common phrase."""

    words: tuple[str, ...]
    kind: PhraseKind
    determiner: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named person seen in a sentence at ``position`` (offset in the sentence)."""

    position: int
    name: str
    role: str | None
    certain: bool
    first_in_sentence: bool


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    stop = len(text) if end is None else end
    return [(m.start(), m.group(0)) for m in _TOKEN.finditer(text, start, stop)]


def _bare(word: str) -> str:
    word = word.strip("‘’'")
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


def _is_name(word: str) -> bool:
    return bool(_NAME.match(word))


def _is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _in_proper_run(word: str) -> bool:
    return _is_name(word) or word.lower() in ROLE_WORDS or word.lower() in HONORIFICS


def _drop_starters(words: list[str]) -> list[str]:
    while words and words[0].lower() in STARTERS:
        words = words[1:]
    return words


def split_role(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a proper phrase into (role, name words): the role runs up to the last title word."""
    last_role = -1
    for index, word in enumerate(words):
        if word.lower() in ROLE_WORDS or word.lower() in HONORIFICS:
            last_role = index
    role_words = [w for w in words[: last_role + 1] if w.lower() not in HONORIFICS]
    return (" ".join(role_words) or None), words[last_role + 1 :]


def subject_before(text: str, pos: int, floor: int = 0) -> NounPhrase | None:
    """The noun phrase that ends right before a cue at ``pos`` (not reaching before ``floor``), if any."""
    tokens = _tokens(text, floor, pos)
    if not tokens or tokens[-1][1].lower() in NOUN_MARKERS:
        return None
    i = len(tokens) - 1
    while i >= 0 and tokens[i][1].lower() in SKIP_BEFORE_CUE:
        i -= 1
    # An age in apposition: "Mr Hale, 54, told ...".
    if i >= 3 and tokens[i][1] == "," and _AGE.match(tokens[i - 1][1]) and tokens[i - 2][1] == ",":
        i -= 3
    if i < 0:
        return None
    head = _bare(tokens[i][1])
    if not head or not head[0].isalpha():
        return None
    if head.lower() in PRONOUNS:
        return NounPhrase((head,), "pronoun")
    if _is_name(head):
        j = i
        while j > 0:
            word = _bare(tokens[j - 1][1])
            joins = word.lower() in NAME_PARTICLES or word.lower() in _CONNECTORS
            if _in_proper_run(word) or (joins and j > 1 and _is_name(_bare(tokens[j - 2][1]))):
                j -= 1
                continue
            break
        words = _drop_starters([_bare(word) for _, word in tokens[j : i + 1]])
        return NounPhrase(tuple(words), "proper") if words else None
    if head.lower() in STOP_WORDS or head.lower() in DETERMINERS:
        return None
    return _common_backwards(tokens, i)


def _common_backwards(tokens: list[tuple[int, str]], head_index: int) -> NounPhrase:
    j = head_index
    determiner: str | None = None
    while j > 0 and head_index - j < _MAX_COMMON_WORDS - 1:
        word = _bare(tokens[j - 1][1])
        lower = word.lower()
        if not word or not word[0].isalnum() or lower in STOP_WORDS or lower in PRONOUNS:
            break
        j -= 1
        if lower in DETERMINERS:
            determiner = lower
            j += 1
            break
    words = [_bare(word) for _, word in tokens[j : head_index + 1]]
    if words and determiner is None:
        words = _drop_starters(words) or words
    return NounPhrase(tuple(words), "common", determiner)


def phrase_after(text: str, pos: int) -> NounPhrase | None:
    """The noun phrase right after ``pos`` ("according to officials", '"...," said Mr Smith')."""
    tokens = _tokens(text, pos)
    determiner: str | None = None
    if tokens and tokens[0][1].lower() in DETERMINERS:
        determiner = tokens[0][1].lower()
        tokens = tokens[1:]
    words: list[str] = []
    for index, (_, raw) in enumerate(tokens):
        word = _bare(raw)
        if not word or not word[0].isalnum() or len(words) >= _MAX_COMMON_WORDS:
            break
        lower = word.lower()
        following = _bare(tokens[index + 1][1]) if index + 1 < len(tokens) else ""
        joins = (lower in _CONNECTORS or lower in NAME_PARTICLES) and bool(words) and _is_name(following)
        if lower in STOP_WORDS and not joins:
            break
        words.append(word)
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return NounPhrase((words[0],), "pronoun")
    proper = [w for w in words if _in_proper_run(w) or w.lower() in _CONNECTORS or w.lower() in NAME_PARTICLES]
    if _is_name(words[-1]) and len(proper) == len(words):
        return NounPhrase(tuple(words), "proper")
    if _is_name(words[0]):
        names = [w for w in words if _in_proper_run(w)]
        return NounPhrase(tuple(names[:1]), "proper")
    return NounPhrase(tuple(words), "common", determiner)


def _is_plural(noun: str) -> bool:
    lower = noun.lower()
    if lower in COLLECTIVE_NOUNS or lower in GROUP_NOUNS:
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def person_mentions(sentence: str) -> list[Mention]:
    """Runs of capitalised name words in ``sentence`` that may name a person, with a role split off.

    ``certain`` marks runs with evidence of a person: a title before the name, a courtesy title, or an Arabic
    name particle (``al-``). Other runs count only when they match a person already known.
    """
    tokens = _tokens(sentence)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        word = _bare(tokens[i][1])
        if not _in_proper_run(word):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt = _bare(tokens[j][1])
            if _in_proper_run(nxt):
                j += 1
            elif nxt in NAME_PARTICLES and j + 1 < len(tokens) and _is_name(_bare(tokens[j + 1][1])):
                j += 2
            else:
                break
        words = [_bare(w) for _, w in tokens[i:j]]
        dropped = len(words)
        words = _drop_starters(words)
        dropped -= len(words)
        role, name = split_role(words)
        name = [w for w in name if not _is_acronym(w)] if len(name) > 1 else name
        organisation = any(w.lower() in ORG_MARKERS for w in words)
        if name and not organisation and not all(_is_acronym(w) for w in name):
            has_title = any(w.lower() in ROLE_WORDS or w.lower() in HONORIFICS for w in words)
            certain = has_title or any(_PARTICLE_NAME.match(w) for w in name)
            position = tokens[i + dropped][0] if i + dropped < len(tokens) else tokens[i][0]
            mentions.append(Mention(position, " ".join(name), role, certain, i == 0))
        i = j
    return mentions


@dataclass
class _Person:
    name: str
    role: str | None
    count: int
    last_seen: int


@dataclass
class SpeakerMemory:
    """What the extractor remembers about people while it walks one article."""

    _persons: dict[str, _Person] = field(default_factory=dict)
    _clock: int = 0
    last_person: str | None = None
    last_group: Speaker | None = None

    def _known(self, name: str) -> str | None:
        if name in self._persons:
            return name
        words = name.split()
        best: _Person | None = None
        for person in self._persons.values():
            known = person.name.split()
            if known[-len(words) :] == words and (best is None or person.count > best.count):
                best = person
        return None if best is None else best.name

    def canonical(self, name: str) -> str:
        """The fullest form of ``name`` seen so far (``Lee`` -> ``Ann Lee``)."""
        return self._known(name) or name

    def role_of(self, name: str) -> str | None:
        """The role last seen with a tracked person."""
        person = self._persons.get(name)
        return None if person is None else person.role

    def note_person(self, name: str, role: str | None = None) -> str:
        """Count a mention of a person; keep the longer form when a known name is its suffix. Returns the key."""
        self._clock += 1
        words = name.split()
        for key in list(self._persons):
            known = key.split()
            if len(words) > len(known) and words[-len(known) :] == known:
                shorter = self._persons.pop(key)
                self._persons[name] = _Person(name, role or shorter.role, shorter.count, shorter.last_seen)
                break
        key = self.canonical(name)
        person = self._persons.setdefault(key, _Person(key, role, 0, self._clock))
        person.count += 1
        person.last_seen = self._clock
        if role:
            person.role = role
        return key

    def observe(self, sentence: str) -> list[Mention]:
        """Record the persons named in ``sentence``; return them with canonical names."""
        seen: list[Mention] = []
        for mention in person_mentions(sentence):
            if mention.certain or self._known(mention.name) is not None:
                key = self.note_person(mention.name, mention.role)
                seen.append(Mention(mention.position, key, mention.role, True, mention.first_in_sentence))
        return seen

    def prominent_person(self) -> str | None:
        """The person mentioned most often, the most recent one on a tie."""
        if not self._persons:
            return None
        return max(self._persons.values(), key=lambda p: (p.count, p.last_seen)).name

    def person_with_role(self, role_word: str) -> str | None:
        """A tracked person whose role ends with ``role_word`` (``the minister``), most recent first."""
        wanted = role_word.lower()
        holders = [p for p in self._persons.values() if p.role and p.role.lower().split()[-1] == wanted]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def note_speaker(self, speaker: Speaker) -> None:
        """Remember who just spoke, for pronouns in the sentences that follow."""
        if speaker.kind == "person":
            self.last_person = speaker.name
        elif speaker.kind == "group":
            self.last_group = speaker

    def _person(self, name: str | None, role: str | None = None) -> Speaker | None:
        if not name:
            return None
        return Speaker(name=name, role=role or self.role_of(name), kind="person")

    def resolve(self, phrase: NounPhrase) -> Speaker | None:
        """The speaker a phrase refers to, or None when it cannot be told."""
        words = list(phrase.words)
        if phrase.kind == "pronoun":
            lower = words[0].lower()
            if lower in {"he", "she", "him", "her"}:
                return self._person(self.last_person)
            if lower in {"they", "them"}:
                return self.last_group
            return None
        text = " ".join(words)
        lowers = [w.lower() for w in words]
        if any(w in ORG_MARKERS for w in lowers) or (phrase.kind == "proper" and all(map(_is_acronym, words))):
            return Speaker(name=text, kind="organisation")
        if phrase.kind == "proper":
            if len(words) == 1 and lowers[0] in ANONYMOUS_NOUNS:
                return Speaker(name=text, kind="anonymous")
            if len(words) == 1 and lowers[0] in GROUP_NOUNS:
                return Speaker(name=text, kind="group")
            role, name = split_role(words)
            if not name:
                holder = self.person_with_role(words[-1])
                return self._person(holder) if holder else Speaker(name=text, kind="person")
            key = self.canonical(" ".join(name))
            return self._person(key, role)
        head = lowers[-1]
        if head in ANONYMOUS_NOUNS:
            return Speaker(name=text, kind="anonymous")
        if _is_plural(head):
            return Speaker(name=text, kind="group")
        if phrase.determiner in {"the", "this", "that"}:
            holder = self.person_with_role(head) if head in ROLE_WORDS else None
            return self._person(holder or self.prominent_person())
        return None
