"""What the extractor remembers while it walks one article, and how it turns a phrase into a speaker.

It remembers the named persons mentioned so far (not only speakers: "rebel leader Omar al-Rashid" in a lede
counts), keeping the fullest form of each name and its fullest role, the organisations named so far, and the
last person who spoke or opened a sentence. With it:

* ``he``/``she`` resolve to the last person who spoke or was the subject of a sentence;
* ``they`` resolves to the last group that spoke;
* a definite description (``the self-styled 'emir'``, ``the minister``) resolves to a tracked person holding
  that role if there is one, else to the most prominent person (most mentions, then most recent);
* a short name (``Lee``, ``Dr Lee``) resolves to the fullest form seen (``Ann Lee``) with the role seen first:
  a bare title (``Dr``) never replaces a fuller role;
* ``the company``/``the trust`` resolve to the most prominent organisation named so far whose name holds that
  word (any organisation for generic words such as ``company``), else stay as written;
* a one-word name that starts a known organisation's name (``Northwind`` after ``Northwind Energy``) is that
  organisation, unless it names a known person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsflow.contracts import Speaker
from processors.claims.lexicon import ANONYMOUS_NOUNS, GROUP_NOUNS, ORG_MARKERS, ROLE_WORDS
from processors.claims.names import (
    Mention,
    is_acronym,
    is_organisation,
    is_weak_role,
    mentions,
    split_role,
)
from processors.claims.phrases import NounPhrase, is_plural, names_people

__all__ = ["SpeakerMemory"]

# Heads that may refer to any company named before ("the company said").
_GENERIC_ORGANISATIONS = frozenset({"company", "firm", "group", "business"})
# Pronouns for one person, in English, German, French and Spanish ("sie" may also be "they": read as "she").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "er", "sie", "il", "elle", "él", "ella"})
# Definite articles that open a description ("the minister", "la ministre", "der Sprecher", "el portavoz").
DEFINITE_ARTICLES = frozenset({"the", "this", "that", "der", "die", "das", "le", "la", "les", "el", "los", "las"})
_ENGLISH_ARTICLES = frozenset({"the", "this", "that"})
_AGED = re.compile(r"^(\d{1,3})-year-old$")
_ROLE_WORD = re.compile(r"\w+")


def _merged_role(old: str | None, new: str | None) -> str | None:
    """Keep the fuller role: a bare title or a tail of the known role ("officer") never replaces it."""
    if not new:
        return old
    if old and (is_weak_role(new) or old.lower().split()[-len(new.split()) :] == new.lower().split()):
        return old
    return new


@dataclass
class _Tracked:
    name: str
    role: str | None
    count: int
    last_seen: int
    age: int | None = None


@dataclass
class SpeakerMemory:
    """What the extractor remembers about people and organisations while it walks one article."""

    _persons: dict[str, _Tracked] = field(default_factory=dict)
    _organisations: dict[str, _Tracked] = field(default_factory=dict)
    _clock: int = 0
    last_person: str | None = None
    last_group: Speaker | None = None

    def _known(self, name: str) -> str | None:
        if name in self._persons:
            return name
        words = name.split()
        best: _Tracked | None = None
        for person in self._persons.values():
            known = person.name.split()
            if known[-len(words) :] == words and (best is None or person.count > best.count):
                best = person
        return None if best is None else best.name

    def canonical(self, name: str) -> str:
        """The fullest form of ``name`` seen so far (``Lee`` -> ``Ann Lee``)."""
        return self._known(name) or name

    def role_of(self, name: str) -> str | None:
        """The fullest role seen with a tracked person."""
        person = self._persons.get(name)
        return None if person is None else person.role

    def note_person(self, name: str, role: str | None = None, age: int | None = None) -> str:
        """Count a mention of a person; keep the longer form when a known name is its suffix. Returns the key."""
        self._clock += 1
        words = name.split()
        for key in list(self._persons):
            known = key.split()
            if len(words) > len(known) and words[-len(known) :] == known:
                shorter = self._persons.pop(key)
                merged = _merged_role(shorter.role, role)
                self._persons[name] = _Tracked(name, merged, shorter.count, shorter.last_seen, shorter.age)
                break
        key = self.canonical(name)
        person = self._persons.setdefault(key, _Tracked(key, role, 0, self._clock))
        person.count += 1
        person.last_seen = self._clock
        person.role = _merged_role(person.role, role)
        person.age = age if age is not None else person.age
        return key

    def _organisation_starting(self, word: str) -> str | None:
        names = [org for org in self._organisations.values() if org.name.split()[0] == word]
        return max(names, key=lambda org: (org.count, org.last_seen)).name if names else None

    def note_organisation(self, name: str) -> None:
        """Count a mention of an organisation; a one-word short form counts for the full name it starts."""
        if not name[:1].isupper():
            return
        self._clock += 1
        key = name if name in self._organisations else None
        if key is None and " " not in name:
            key = self._organisation_starting(name)
        tracked = self._organisations.setdefault(key or name, _Tracked(key or name, None, 0, self._clock))
        tracked.count += 1
        tracked.last_seen = self._clock

    def organisation_for(self, head: str) -> str | None:
        """The most prominent organisation whose name holds ``head`` (``trust``), or any one for ``company``."""
        wanted = head.lower()
        holders = [org for org in self._organisations.values() if wanted in org.name.lower().split()]
        if not holders and wanted in _GENERIC_ORGANISATIONS:
            holders = list(self._organisations.values())
        return max(holders, key=lambda org: (org.count, org.last_seen)).name if holders else None

    def observe(self, sentence: str) -> list[Mention]:
        """Record the persons and organisations named in ``sentence``; return the persons with canonical names."""
        persons, organisations = mentions(sentence)
        for organisation in organisations:
            self.note_organisation(organisation)
        seen: list[Mention] = []
        for mention in persons:
            if mention.certain or self._known(mention.name) is not None:
                key = self.note_person(mention.name, mention.role, mention.age)
                seen.append(Mention(mention.position, key, mention.role, True, mention.first_in_sentence, mention.age))
        return seen

    def prominent_person(self) -> str | None:
        """The person mentioned most often, the most recent one on a tie."""
        if not self._persons:
            return None
        return max(self._persons.values(), key=lambda p: (p.count, p.last_seen)).name

    def person_with_role(self, role_word: str) -> str | None:
        """The most recent tracked person whose role or apposition holds ``role_word`` (``the minister``)."""
        wanted = role_word.lower()
        holders = [p for p in self._persons.values() if p.role and wanted in _ROLE_WORD.findall(p.role.lower())]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def person_aged(self, age: int) -> str | None:
        """The most recent tracked person given that age ("Jo Lee, 44," for "the 44-year-old")."""
        holders = [p for p in self._persons.values() if p.age == age]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def note_speaker(self, speaker: Speaker) -> None:
        """Remember who just spoke, for pronouns in the sentences that follow."""
        if speaker.kind == "person":
            self.last_person = speaker.name
        elif speaker.kind == "group":
            self.last_group = speaker
        elif speaker.kind == "organisation":
            self.note_organisation(speaker.name)

    def _person(self, name: str | None, role: str | None = None) -> Speaker | None:
        if not name:
            return None
        return Speaker(name=name, role=_merged_role(self.role_of(name), role), kind="person")

    def _organisation(self, phrase: NounPhrase) -> Speaker:
        found = self.organisation_for(phrase.words[-1])
        if found is None:
            found = " ".join(((phrase.determiner,) if phrase.determiner else ()) + phrase.words)
        return Speaker(name=found, kind="organisation")

    def _proper(self, phrase: NounPhrase) -> Speaker | None:
        words = list(phrase.words)
        text = " ".join(words)
        lowers = [w.lower() for w in words]
        if all(map(is_acronym, words)) or (len(words) == 1 and lowers[0] in ORG_MARKERS):
            return Speaker(name=text, kind="organisation")
        if len(words) == 1 and lowers[0] in ANONYMOUS_NOUNS:
            return Speaker(name=" ".join((text, *phrase.tail)), kind="anonymous")
        if len(words) == 1 and (lowers[0] in GROUP_NOUNS or (phrase.tail and names_people(words[0]))):
            return Speaker(name=" ".join((text, *phrase.tail)), kind="group")
        role, name = split_role(words, list(phrase.raw))
        if not name:
            if any(w in ORG_MARKERS for w in lowers):
                return Speaker(name=text, kind="organisation")
            holder = self.person_with_role(words[-1])
            return self._person(holder) if holder else Speaker(name=text, kind="person")
        if is_organisation(name):
            return Speaker(name=" ".join(name), kind="organisation")
        # Post-nominal letters are not part of a name ("Catherine Doyle KC").
        while len(name) > 1 and is_acronym(name[-1]):
            name = name[:-1]
        key = self.canonical(" ".join(name))
        if len(name) == 1 and key not in self._persons and self._organisation_starting(name[0]) is not None:
            return Speaker(name=name[0], kind="organisation")
        return self._person(key, phrase.role or role)

    def resolve(self, phrase: NounPhrase) -> Speaker | None:
        """The speaker a phrase refers to, or None when it cannot be told."""
        if phrase.kind == "pronoun":
            lower = phrase.words[0].lower()
            if lower in _PERSON_PRONOUNS:
                return self._person(self.last_person)
            if lower in {"they", "them"}:
                return self.last_group
            return None
        if phrase.kind == "proper":
            return self._proper(phrase)
        text = " ".join(phrase.words + phrase.tail)
        head = phrase.words[-1].lower()
        if head in ANONYMOUS_NOUNS:
            return Speaker(name=text, kind="anonymous")
        if head in ORG_MARKERS:
            return self._organisation(phrase)
        if is_plural(head):
            return Speaker(name=text, kind="group")
        if phrase.determiner in DEFINITE_ARTICLES:
            aged = _AGED.match(head)
            if aged is not None:
                return self._person(self.person_aged(int(aged.group(1))) or self.last_person)
            holder = self.person_with_role(head)
            if holder is None and phrase.determiner not in _ENGLISH_ARTICLES:
                return None
            if holder is None and head in ROLE_WORDS:
                # "Health Secretary X struck a tone. The minister said": the post names the last subject.
                holder = self.last_person
            return self._person(holder or self.prominent_person())
        return None
