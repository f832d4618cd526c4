"""Tokens and proper names: the word-level helpers the speaker rules share, and the names a sentence mentions.

A run of capitalised words is split into a role (up to the last title word: "Council leader", "Harbourside
Traders' Association chair") and a name ("Margaret Oyelaran"). A run whose name part holds an organisation marker
("Harbourside Borough Council", "Northwind Energy") names an organisation, not a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, final

from processors.claims.fold import alternation
from processors.claims.lexicon import (
    CALENDAR_WORDS,
    DEMONYM_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    OCCUPATION_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    STARTERS,
    TITLES,
    is_german_person_noun,
    is_organisation_word,
    is_person_noun,
    is_role,
    is_sector_name,
    occupation_opens,
)

__all__ = [
    "ABBREVIATED_TITLES", "GERMAN_SUBORDINATORS", "NAME_SUFFIXES", "Mention", "Token", "bare",
    "ends_in_person_name", "glosses", "in_proper_run", "is_acronym", "is_initial", "is_name", "is_organisation",
    "is_weak_role", "mentions", "organisation_mentions", "person_mentions", "raw_word", "split_role",
    "surname_before_object", "tokens",
]  # fmt: skip

Token = tuple[int, str]

# A dotted initialism ("U.S.", "U.K.") is one token: its full stops are no sentence or clause ends.
_TOKEN: Final = re.compile(r"(?:[A-Z]\.){2,}(?!\w)|[\w‘’'-]+|[^\w\s]")
_INITIALISM: Final = re.compile(r"^(?:[A-Z]\.){2,}$")
# Capital letters a name may open with: accented ones too ("Éric", "Ángel", "Özdemir"), and the capitals of Latin
# Extended-A ("Şahin", "Łukasz", "Žižek", "İnan"), whose capitals and small letters alternate, so no range holds them.
_CAPITALS: Final = "A-ZÀ-ÖØ-Þ" + "".join(char for char in map(chr, range(0x100, 0x180)) if char.isupper())
_NAME: Final = re.compile(
    r"^(?:(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-)?[" + _CAPITALS + r"][\w’'-]*$"
)
_PARTICLE_NAME: Final = re.compile(r"^(?:al|el|ad|as|ash|at|an|az|ar|ul|ur|bin|ibn|abu|ben|bint)-[A-Z]")
# A French elided article or preposition, capitalised at a sentence's start, before a lowercase word.
_ELIDED_COMMON: Final = re.compile(r"^[LD][’'][a-zà-ÿ]")
_POSSESSIVE: Final = re.compile(r"[’']s?$")
_QUOTES: Final = "‘’'"
# Titles that may be written with a full stop ("Dr.", "Mr.", "Prof.").
ABBREVIATED_TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "gen", "col", "capt", "sgt", "sen", "rep", "gov", "cllr"}
)
# Suffixes written with a full stop after a surname ("Andre Toussaint Jr."): they end the name and are left out.
NAME_SUFFIXES: Final = frozenset({"jr", "sr"})
# Abbreviated academic titles: "Dr." and "Prof." written between a post and a name.
_ACADEMIC_TITLES: Final = frozenset({"dr", "prof"})
# An age in apposition right after a name: "Martin Greaves, 61, of ...".
# German puts it in parentheses: "Kaan Demir (24)".
_AGE_AFTER: Final = re.compile(r"\s*(?:,\s*(\d{1,3})\s*,|\((\d{1,3})\))")
# A possessor and a lowercase noun for a person right before a name ("Maureen's grandson Kyle", "her late husband
# Harold", "their son Jack"): the noun is a person noun, checked by the caller.
_KIN_ADJECTIVE: Final = r"(?:late\s+|eldest\s+|youngest\s+)?"
_KIN_BEFORE: Final = re.compile(r"(?:\b(?i:his|her|their|my|our)|\w[’']s)\s+" + _KIN_ADJECTIVE + r"([a-z]+)\s$")
_KIN_WINDOW: Final = 40
# An English description in apposition after a name, up to its closing comma ("Jo Lee, the council's cabinet
# member for transport,", "Ann Roe, a senior nurse,"): a person, when the description holds a post.
_DESCRIBED_AFTER: Final = re.compile(
    r", (?:the|a|an|[A-Z][\w-]*[’']s) ((?:[\w’'-]+ ){0,5}?[\w-]+)(?: (?:for|of|at) [^,]{1,40})?,"
)
# The German post in apposition after a name ("Reinhard Ost, Präsident des Sozialverbands, drängt ...", "Eva Kern,
# die neue Leiterin der Schule,"): its head noun, capitalised, before a genitive or a prepositional attachment.
_DESCRIBED_AFTER_DE: Final = re.compile(
    r", (?:(?:der|die|ein|eine) )?(?:[a-zäöüß][\w-]* ){0,2}([A-ZÄÖÜ][\w-]*)"
    r"(?: (?:des|der|von|vom|beim|bei|im|am|für) [^,]{1,60})?,"
)
_KIN_OPENING: Final = re.compile(
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s|His|Her|Their|My|Our)\s+" + _KIN_ADJECTIVE + r"[a-z]+\s"
)
_NEXT_TOKEN: Final = re.compile(r"\s*([\w‘’'-]+|[^\w\s])")


@final
class Mention:
    """A named person seen in a sentence at ``position`` (offset in the sentence).

    Immutable. A plain class, not a dataclass: mypyc compiles this ``__init__`` (a dataclass's generated one stays
    interpreted), and a mention is made for every name in every sentence.
    """

    __slots__ = ("age", "certain", "first_in_sentence", "name", "position", "role")

    def __init__(
        self,
        position: int,
        name: str,
        role: str | None,
        certain: bool,
        first_in_sentence: bool,
        age: int | None = None,
    ) -> None:
        self.position: Final = position
        self.name: Final = name
        self.role: Final = role
        self.certain: Final = certain
        self.first_in_sentence: Final = first_in_sentence
        self.age: Final = age

    def __repr__(self) -> str:
        return f"Mention({self.position}, {self.name!r}, {self.role!r}, certain={self.certain})"


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]`` with their offsets in ``text``.

    Every character is whitespace or part of a token, so a token starts at its first occurrence after the one
    before: the offsets come from ``str.find``, not from a match object per token (whose methods compiled code
    can only call generically).
    """
    stop = len(text) if end is None else end
    found: list[Token] = []
    pos = start
    for token in _TOKEN.findall(text, start, stop):
        pos = text.find(token, pos)
        found.append((pos, token))
        pos += len(token)
    return found


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


@lru_cache(maxsize=16384)
def is_name(word: str) -> bool:
    """A capitalised word (or an Arabic name with a lowercase particle: ``al-Baghdadi``); cached, as words recur."""
    first = word[:1]
    if first.isupper():
        if _ELIDED_COMMON.match(word) is not None:
            return False  # "L'avocate", "D'après": a capitalised elided article before a common word
        return bool(_NAME.match(word)) or (word.endswith(".") and _INITIALISM.match(word) is not None)
    return "-" in word and bool(_NAME.match(word))


def is_initial(word: str) -> bool:
    """A given name's initial, written before its full stop ("K." of "K. Srinivasa Raghavan", "J." of "J. R. Ewing")."""
    return len(word) == 1 and word.isupper()


def is_acronym(word: str) -> bool:
    """A short all-capitals word (``NHS``, ``UN``)."""
    letters = word.replace("-", "").replace(".", "") if word.endswith(".") else word.replace("-", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


# Links inside a body's name that its acronym skips ("Agence régionale de santé (ARS)").
_ACRONYM_SKIPS: Final = frozenset(
    {"de", "du", "des", "del", "la", "le", "les", "el", "los", "las", "y", "et", "d", "l"}
)


def glosses(acronym: str, words: list[str] | tuple[str, ...]) -> bool:
    """Whether ``acronym`` abbreviates the capitalised name ``words`` lowercase words and all ("MSA" for
    "Mutualité sociale agricole", "CNAM" for "Caisse nationale d'assurance maladie")."""
    if not words or not words[0][:1].isupper() or not is_acronym(acronym):
        return False
    letters = []
    for word in words:
        stem = word.split("'")[-1].split("’")[-1]
        if stem and stem.lower() not in _ACRONYM_SKIPS:
            letters.append(stem[0].lower())
    return "".join(letters) == acronym.lower()


@lru_cache(maxsize=16384)
def in_proper_run(word: str) -> bool:
    """Whether ``word`` may belong to a run of capitalised name and title words; cached, as words recur."""
    if is_name(word):
        return True
    return is_role(word) or is_honorific(word) or word in OCCUPATION_NOUNS


def is_honorific(word: str) -> bool:
    """A courtesy title as written ("Mr", "Ms"); an all-capitals "MS" is an acronym."""
    return word.lower() in HONORIFICS and not (len(word) > 1 and word.isupper())


def is_weak_role(role: str | None) -> bool:
    """A role that is only a title (``Dr``, ``Councillor``): it never replaces a fuller role seen before."""
    return role is None or all(word.lower().strip(".") in TITLES for word in role.split())


def _drop_starters(words: list[str]) -> list[str]:
    while words and words[0].lower() in STARTERS:
        words = words[1:]
    return words


_NAME_AND_DESCRIPTOR: Final = 2
_PLACE_ADJECTIVE_MIN: Final = 4  # "Ulmer", "Kölner": a place name and "-er"
# German possessives opening a description before a name ("Ihr Nachbar Peter Klein").
_POSSESSIVES: Final = frozenset({"ihr", "sein", "unser", "deren", "dessen", "ihre", "seine", "unsere"})
_DESCRIPTOR_STEM: Final = 6


def _descriptor(word: str) -> bool:
    """A hyphenated compound noun, not a double given name ("Hans-Peter"): its first part is a long word."""
    stem, hyphen, rest = word.partition("-")
    return bool(hyphen) and len(stem) >= _DESCRIPTOR_STEM and stem.isalpha() and rest[:1].isupper()


# German council titles, a body's name that is also its member's post before a full name ("Stadtrat Jonas
# Petersen", "Landrätin Eva Roth", "Gemeinderat Max Ott"); alone ("der Stadtrat") they stay the body.
_COUNCIL_TITLE_ENDINGS: Final = ("rat", "rätin")
_COUNCIL_TITLE_MIN: Final = 6


def _council_member(word: str) -> bool:
    return word[:1].isupper() and len(word) >= _COUNCIL_TITLE_MIN and word.lower().endswith(_COUNCIL_TITLE_ENDINGS)


# The words joining a post to its field ("Minister of Finance", "Secretary of State for Justice").
_POST_LINKS: Final = frozenset({"of", "for"})
# The words joining a body to its field in its name ("Institute for Fiscal Studies", "Centre of Tax Justice").
_BODY_OBJECT_LINKS: Final = frozenset({"for", "of", "on"})


def split_role(words: list[str], raw: list[str] | None = None) -> tuple[str | None, list[str]]:
    """Split a proper phrase into (role, name words): the role runs up to the last title word.

    ``raw`` (same length as ``words``) gives the words as written, for the role text ("Traders' Association").
    """
    last_role = -1
    body = -1
    for index, word in enumerate(words):
        if body >= 0 and word[:1].isupper() and index > body + 1 and words[index - 1] in _BODY_OBJECT_LINKS:
            continue  # "Institute for Fiscal Studies": a capitalised title word after a body's "for" names its field
        if is_role(word) or is_honorific(word) or word in OCCUPATION_NOUNS:
            last_role = index  # "pop star" of "pop star Jo Platt": a lowercase occupation in a run is its role
        elif body < 0 and word[:1].isupper() and is_organisation_word(word):
            body = index
    while 0 <= last_role < len(words) - 3 and words[last_role + 1] in _POST_LINKS:
        # "Minister of Finance Alan Reed", "Leader of the Opposition Priya Rao": the post's field, then the name
        field = last_role + (3 if words[last_role + 2] == "the" else 2)
        if len(words) - field < _NAME_AND_DESCRIPTOR or not words[field][:1].isupper():
            break
        joined = words[field + 1 : len(words) - _NAME_AND_DESCRIPTOR]
        if "and" in joined and all(word == "and" or word[:1].isupper() for word in joined):
            # "Minister for Transport and Tourism Rachel Aldous", "Commissioner for Defence Industry and Space Liisa
            # Vahtera": a field joined by "and" runs on to the name, read as its last two words.
            field = len(words) - _NAME_AND_DESCRIPTOR - 1
        else:
            while len(words) - field > _NAME_AND_DESCRIPTOR + 1 and _field_word(words[field + 1]):
                field += 1  # "Minister for Public Expenditure Niall Brennan": a field of two words, then the name
        last_role = field
    if (
        0 <= last_role < len(words) - 1
        and words[-1][:1].isupper()
        and is_organisation_word(words[-1])
        and words[last_role][:1].isupper()
        and (last_role == len(words) - 2 or _field_word(words[last_role + 1]))
    ):
        # "Calder County Sheriff's Office", "the Mayor's Office": a post names the body's office; "Irish Fiscal
        # Advisory Council": a capitalised post word inside a body's name, before its field, is no post
        last_role = -1
    while (
        0 <= last_role < len(words) - 1
        and words[last_role + 1].islower()
        and words[last_role + 1] not in NAME_PARTICLES
    ):
        last_role += 1  # "député socialiste": an adjective after the post belongs to it
    if last_role < 0 and len(words) > _NAME_AND_DESCRIPTOR and (occupation_opens(words[0]) or _demonym(words[0])):
        last_role = 0  # "Paramedic Gareth Lowry", "Spaniard Carlos Ibarra"
    if last_role < 0 and len(words) > _NAME_AND_DESCRIPTOR:
        if _descriptor(words[0]) or is_german_person_noun(words[0]) or _council_member(words[0]):
            last_role = 0  # "Mittelfeld-Juwel Kaan Demir", "Sängerin Lea Brandt": a German noun describing the name
        elif (
            len(words) > _NAME_AND_DESCRIPTOR + 1
            and words[0].lower() in _POSSESSIVES
            and is_german_person_noun(words[1])
        ):
            last_role = 1  # "Ihr Nachbar Peter Klein", "Sein Anwalt Jan Roth"
        elif (
            len(words) > _NAME_AND_DESCRIPTOR + 1
            and _place_adjective_de(words[0])
            and (is_german_person_noun(words[1]) or _descriptor(words[1]))
        ):
            last_role = 1  # "Marburger Finanzwissenschaftlerin Ulrike Demmler": a place's adjective before the noun
    if (
        len(words) - last_role > _NAME_AND_DESCRIPTOR + 1
        and "." not in words[last_role + 1]
        and is_acronym(words[last_role + 1])
        and not is_acronym(words[last_role + 2])
        and "&" not in words
    ):
        last_role += 1  # "la CGT Héctor Quiroga", "UIA Marta Gómez": a body's acronym before a full name is its post
    source = words if raw is None or len(raw) != len(words) else raw
    role_words = [w for w, b in zip(source[: last_role + 1], words, strict=False) if not is_honorific(b)]
    if len(role_words) > 1 and any(w.lower().rstrip(".") not in _ACADEMIC_TITLES for w in role_words):
        # "Virologin Prof. Dr. Ulrike Brandt": academic titles after a post belong to the name, not the role.
        role_words = [w for w in role_words if w.lower().rstrip(".") not in _ACADEMIC_TITLES]
    return (" ".join(role_words) or None), words[last_role + 1 :]


def _field_word(word: str) -> bool:
    """A capitalised word that may go on a post's or a body's field ("Expenditure" of "Minister for Public
    Expenditure", "Advisory" of "Fiscal Advisory Council"): no post or courtesy title. The callers look at it only
    where a name of two words still follows, or where the run ends in a body's marker."""
    return word[:1].isupper() and word.isalpha() and not is_role(word) and not is_honorific(word)


def _place_adjective_de(word: str) -> bool:
    """A German adjective of a place, capitalised and uninflected in "-er" ("Marburger", "Kölner", "Berliner")."""
    return len(word) > _PLACE_ADJECTIVE_MIN and word[:1].isupper() and word.endswith("er") and word.isalpha()


def _demonym(word: str) -> bool:
    """A capitalised noun for a person from a country opening a run ("Spaniard" of "Spaniard Carlos Ibarra")."""
    return word[:1].isupper() and word.lower() in DEMONYM_NOUNS


_Run = tuple[int, tuple[str, ...], tuple[str, ...], bool, int]

# Where a run may be anchored: a word token opening with a capital after any quote marks, or an Arabic particle
# before a capital ("al-Baghdadi"). Lowercase title words ("council leader Jo Lee") join the run walking back from
# it. The character class comes first so the engine skips to capitals instead of trying the lookbehind everywhere;
# the particle form is looked for only when the sentence holds a hyphen.
_CAPITAL_TOKEN: Final = re.compile(r"[‘’'" + _CAPITALS + r"](?<![\w‘’'-][‘’'" + _CAPITALS + r"])[\w‘’'-]*")
_PARTICLE_TOKEN: Final = re.compile(r"(?<![\w‘’'-])[a-z]+-[A-Z][\w‘’'-]*")
# What a particle token needs ("-B" of "al-Baghdadi"): a literal start, found fast; most hyphens join lowercase words.
_HYPHEN_CAPITAL: Final = re.compile(r"-[A-Z]")
_CHUNK_WORD: Final = re.compile(r"[\w‘’'-]+")
# Lowercase titles, for a quick look at the word before a run.
_TITLE_WORDS: Final = ROLE_WORDS | HONORIFICS | OCCUPATION_NOUNS
# Whether the token after a run's word may continue it (a superset of the tests in _runs): a full stop, a
# capital, an Arabic particle, a name particle or a title word.
_MAYBE_MORE: Final = re.compile(
    r"\s*(?:\.|[‘’']*["
    + _CAPITALS
    + r"]|[a-z]+-[A-Z]|(?:"
    + "|".join(sorted(NAME_PARTICLES))
    + r")\b|[‘’']*(?i:"
    + alternation(sorted(ROLE_WORDS | HONORIFICS))
    + r")|(?:"
    + alternation(sorted(OCCUPATION_NOUNS))
    + r")\b)"
)
# The listed words :data:`_MAYBE_MORE` takes after a run's word, as far as they are written in the letters a-z only:
# the particles and occupations as whole words, the titles (matched without a word end) as prefixes.
_PLAIN: Final = re.compile(r"[a-z]+")
_PLAIN_WHOLE_WORDS: Final = frozenset(w for w in NAME_PARTICLES | OCCUPATION_NOUNS if _PLAIN.fullmatch(w) is not None)
_PLAIN_TITLES: Final = frozenset(w for w in ROLE_WORDS | HONORIFICS if _PLAIN.fullmatch(w) is not None)
_LONGEST_TITLE: Final = max(len(w) for w in _PLAIN_TITLES)


def _maybe_more(sentence: str, end: int) -> bool:
    """``_MAYBE_MORE.match(sentence, end) is not None``, without the pattern for the common next word: a word of
    the letters a-z whose next character is none of a word's or a hyphen. Such a word continues the run only as a
    listed particle or occupation, or opening with a listed title; a listed word with other letters (``député``,
    ``co-author``) cannot match it."""
    size = len(sentence)
    at = end
    while at < size and sentence[at].isspace():
        at += 1
    stop = at
    while stop < size and "a" <= sentence[stop] <= "z":
        stop += 1
    if stop == at or (stop < size and (sentence[stop].isalnum() or sentence[stop] in "_-")):
        return _MAYBE_MORE.match(sentence, end) is not None
    word = sentence[at:stop]
    return word in _PLAIN_WHOLE_WORDS or any(
        word[:length] in _PLAIN_TITLES for length in range(1, min(len(word), _LONGEST_TITLE) + 1)
    )


@lru_cache(maxsize=8192)
def _proper(token: str) -> bool:
    """``in_proper_run(bare(token))``, cached: the same words recur throughout an article."""
    return in_proper_run(bare(token))


def _role_before(chunk: str) -> bool:
    """Whether a whitespace-separated chunk right before a run joins it: a lowercase title ("leader", "dr.")."""
    if chunk.endswith(".") and len(chunk) > 1:
        word = chunk[:-1]
        return word.lower() in ABBREVIATED_TITLES and _CHUNK_WORD.fullmatch(word) is not None and _proper(word)
    return not chunk[:1].isupper() and _CHUNK_WORD.fullmatch(chunk) is not None and _proper(chunk)


# French and Spanish adjectives of party, nation or field that follow a post before a name ("le député socialiste",
# "la ministre française", "el diputado socialista", "la jueza federal").
_POSTED_ENDINGS: Final = (
    "iste", "ista", "ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "al", "ale", "ique", "ico", "ica",
    "ano", "ana", "ense", "aire", "eño", "eña", "ol", "ola", "ote",
)  # fmt: skip
_POSTED_ADJECTIVE: Final = re.compile(r"[a-zà-ÿ]+(?:" + "|".join(_POSTED_ENDINGS) + ")")


def _posted_adjective(sentence: str, floor: int, space: int, anchor: int) -> bool:
    """Whether the word before a name is such an adjective, with a title before it."""
    if space <= floor or not sentence.endswith(_POSTED_ENDINGS, space + 1, anchor - 1):
        return False  # no ending of the pattern: most words before a name (checked first, as the pattern backtracks)
    if _POSTED_ADJECTIVE.fullmatch(sentence, space + 1, anchor - 1) is None:
        return False
    before = sentence.rfind(" ", floor, space)
    return sentence[before + 1 : space].lower() in ROLE_WORDS


def _run_start(sentence: str, floor: int, anchor: int) -> int:
    """Where the run anchored at ``anchor`` starts: walk back over lowercase title words (not before ``floor``)."""
    if anchor - floor < 3 or not (sentence[anchor - 2].isalpha() or sentence[anchor - 2] in ".’'"):
        return anchor  # no word, or one ending in punctuation: no title before the run
    space = sentence.rfind(" ", floor, anchor - 1)
    start = anchor
    if sentence[space + 1 : anchor - 1].lower().rstrip(".").strip(_QUOTES) not in _TITLE_WORDS:
        if not _posted_adjective(sentence, floor, space, anchor):
            return anchor  # the word before is no title (the common case)
        start = space + 1  # "le député socialiste Julien Carré": a French or Spanish adjective after the post
    while start > floor and sentence[start - 1].isspace():
        end = start - 1
        while end > floor and sentence[end - 1].isspace():
            end -= 1
        if end == floor:
            break
        cut = max(
            sentence.rfind(" ", floor, end), sentence.rfind("\t", floor, end), sentence.rfind("\u00a0", floor, end)
        )
        if cut < 0 and floor > 0:
            break
        cut = floor if cut < 0 else cut + 1
        if not _role_before(sentence[cut:end]):
            break
        start = cut
    return start


@lru_cache(maxsize=8192)
def _alone(token: str) -> tuple[str, str] | None:
    """A token forming a run on its own: its bare and raw forms, or None when it is no name (or a starter)."""
    if not _proper(token):
        return None
    word = bare(token)
    lower = word.lower()
    return None if lower in STARTERS or lower in CALENDAR_WORDS else (word, raw_word(token))


def _anchors(sentence: str) -> list[tuple[int, int]]:
    """The spans of the tokens a run may be anchored at, in order."""
    found = [match.span() for match in _CAPITAL_TOKEN.finditer(sentence)]
    if "-" in sentence and _HYPHEN_CAPITAL.search(sentence) is not None:
        particles = [match.span() for match in _PARTICLE_TOKEN.finditer(sentence)]
        if particles:
            found = sorted(found + particles)
    return found


def _may_continue(sentence: str, end: int) -> bool:
    """Whether a run may go on after a token ending at ``end``: :data:`_MAYBE_MORE` needs a space or a full stop
    there (a token runs up to the next character that is neither a word character nor a quote mark or hyphen)."""
    return end < len(sentence) and (sentence[end] == "." or sentence[end].isspace())


# German conjunctions opening a clause: "Wie der Verband mitteilte" is no name with a particle ("von der Leyen").
GERMAN_SUBORDINATORS: Final = frozenset(
    {"wie", "als", "dass", "ob", "wenn", "weil", "nachdem", "während", "obwohl", "bevor", "seit", "seitdem",
     "sobald", "da"}
)  # fmt: skip


# German articles that are name particles only after another particle ("von der Leyen", "Van der Bellen").
_ARTICLE_PARTICLES: Final = frozenset({"der", "den"})


def ends_in_person_name(words: list[str]) -> bool:
    """Whether ``words`` end in a first name and a surname (two capitalised words, no post, body or particle):
    a German article after them opens an object ("sagte Holger Stein der Deutschen Presse-Agentur"), not a
    particle of the name."""
    if len(words) < 2:
        return False
    first, last = words[-2], words[-1]
    return (
        is_name(first)
        and first.lower() not in NAME_PARTICLES
        and not is_role(first)
        and not is_organisation_word(first)
        and not is_german_person_noun(first)
        and is_name(last)
        and last.lower() not in NAME_PARTICLES
        and not is_organisation_word(last)  # a surname may be a noun for a person ("Richter", "Koch")
    )


# Endings of German nouns for the press: after "der" such a noun opens the dative of whom a speaker told ("sagte
# Korte der Zeitung", "sagte Kurz der Nachrichtenagentur"), not the particle of a name ("von der Leyen").
_GERMAN_PRESS_ENDINGS: Final = ("zeitung", "agentur", "zeitschrift", "redaktion", "presse", "illustrierten")


def _german_object_noun(word: str) -> bool:
    """Whether a capitalised word after a German article names the press, not part of a name."""
    return word.lower().endswith(_GERMAN_PRESS_ENDINGS)


def surname_before_object(words: list[str], following: str) -> bool:
    """Whether ``words`` are a surname alone and a German article before ``following`` opens an object ("sagte
    Korte der Zeitung"): a one-word name that is no post, body or noun for a person."""
    if len(words) != 1 or not following:
        return False
    word = words[0]
    return (
        is_name(word)
        and not is_role(word)
        and not is_organisation_word(word)
        and not is_german_person_noun(word)
        and _german_object_noun(bare(following))
    )


def _runs(sentence: str) -> list[_Run]:
    """Runs of capitalised words: (offset, bare words, raw words, first in sentence, end), starters dropped.

    The anchors jump to the capitalised tokens (each checked with :func:`in_proper_run`), so the words in between
    are never looked at one by one; lowercase title words before an anchor join its run.
    """
    runs: list[_Run] = []
    first_token = len(sentence) - len(sentence.lstrip())
    pos = 0
    for at, opening_end in _anchors(sentence):
        if at < pos:
            continue
        token = sentence[at:opening_end]
        if not _proper(token):
            pos = opening_end
            continue
        start = at
        if pos < at and sentence[at - 1].isspace():
            start = _run_start(sentence, pos, at)
        pos = opening_end
        if start == at and (not _may_continue(sentence, pos) or not _maybe_more(sentence, pos)):
            # The common case: one word alone ("The", "But", "Smith").
            alone = _alone(token)
            if alone is not None:
                runs.append((start, (alone[0],), (alone[1],), start == first_token, pos))
            continue
        toks: list[Token] = tokens(sentence, start, at) if start < at else []
        toks = [tok for tok in toks if tok[1] != "."]
        toks.append((at, token))
        while True:
            following = _NEXT_TOKEN.match(sentence, pos)
            if following is None:
                break
            nxt = following.group(1)
            if nxt == "." and toks[-1][1].lower() in ABBREVIATED_TITLES:
                # The full stop of an abbreviated title ("Dr. Meera Kaul", "Mr. Alan Pruitt").
                pos = following.end()
                continue
            if nxt == "." and is_initial(toks[-1][1]):
                after = _NEXT_TOKEN.match(sentence, following.end())
                if after is not None and _proper(after.group(1)):
                    # "Chief Minister K. Srinivasa Raghavan", "J. R. Ewing": initials are left out of the name.
                    toks.pop()
                    toks.append((after.start(1), after.group(1)))
                    pos = after.end()
                    continue
            if nxt == "." and len(toks) > 1 and toks[-1][1].lower() in NAME_SUFFIXES:
                toks.pop()  # "Andre Toussaint Jr.": the suffix ends the name
                break
            if _proper(nxt):
                toks.append((following.start(1), nxt))
                pos = following.end()
                continue
            if (
                bare(nxt) in NAME_PARTICLES
                and bare(toks[-1][1]).lower() not in GERMAN_SUBORDINATORS
                and not (nxt in _ARTICLE_PARTICLES and ends_in_person_name([bare(w) for _, w in toks]))
            ) or (
                nxt.endswith(_POSTED_ENDINGS)
                and _POSTED_ADJECTIVE.fullmatch(nxt) is not None
                and toks[-1][1].lower() in ROLE_WORDS
            ):
                # "Charles de Gaulle"; "La sénatrice écologiste Léa Fontaine": an adjective after the post
                after = _NEXT_TOKEN.match(sentence, following.end())
                if (
                    after is not None
                    and is_name(bare(after.group(1)))
                    and not (nxt in _ARTICLE_PARTICLES and _german_object_noun(bare(after.group(1))))
                ):
                    toks.append((following.start(1), nxt))
                    toks.append((after.start(1), after.group(1)))
                    pos = after.end()
                    continue
            break
        words = [bare(w) for _, w in toks]
        kept = _drop_starters(words)
        dropped = len(words) - len(kept)
        if kept:
            raw = tuple(raw_word(w) for _, w in toks[dropped:])
            end = toks[-1][0] + len(toks[-1][1])
            runs.append((toks[dropped][0], tuple(kept), raw, toks[0][0] == first_token, end))
    return runs


def is_organisation(name_words: list[str]) -> bool:
    """A name part holding an organisation marker, made only of acronyms, or ending in a sector noun."""
    return (
        any(is_organisation_word(w) for w in name_words)
        or "&" in name_words  # "Johnson & Johnson", "ESPN Stats & Information": an ampersand joins a firm's name
        or (bool(name_words) and all(is_acronym(w) for w in name_words))
        or is_sector_name(name_words)
    )


def person_mentions(sentence: str) -> list[Mention]:
    """Runs of capitalised name words in ``sentence`` that may name a person, with a role split off.

    ``certain`` marks runs with evidence of a person: a title before the name, a courtesy title, or an Arabic
    name particle (``al-``). Other runs count only when they match a person already known.
    """
    return _persons_in(sentence, _runs(sentence))


def mentions(sentence: str) -> tuple[list[Mention], list[str]]:
    """``(person_mentions(sentence), organisation_mentions(sentence))``, scanning the sentence once."""
    persons: list[Mention] = []
    organisations: list[str] = []
    for run in _runs(sentence):
        reading = _read_run(run[1], run[2])
        if reading.organisation is not None:
            organisations.append(reading.organisation)
        if reading.person is not None:
            persons.append(_apposed(sentence, run, reading))
    return persons, organisations


def _mention(sentence: str, run: _Run, reading: _Reading) -> Mention:
    position, _, _, first, end = run
    comma = end
    while comma < len(sentence) and sentence[comma].isspace():
        comma += 1
    # The pattern needs a comma or a parenthesis after the name (spaces aside): most names have none, and are not
    # matched at all.
    aged = _AGE_AFTER.match(sentence, end) if sentence.startswith((",", "("), comma) else None
    age = int(aged.group(1) or aged.group(2)) if aged is not None else None
    certain = reading.has_title or reading.particle or (age is not None and reading.name_words > 1)
    assert reading.person is not None
    person, role = reading.person, reading.role
    if not certain and reading.name_words > 1 and sentence.startswith(", ", end):
        described = _DESCRIBED_AFTER.match(sentence, end) or _DESCRIBED_AFTER_DE.match(sentence, end)
        head = "" if described is None else described.group(1).rsplit(" ", 1)[-1]
        if head and (is_person_noun(head) or head == "member"):
            # "Gareth Pryce, the council's cabinet member for transport, receives me": a post in apposition.
            certain = True
    space = sentence.rfind(" ", 0, position - 1) if not certain and reading.name_words == 1 and position > 1 else -1
    if (
        space >= 0
        and role is None
        and sentence[position - 1] == " "
        and sentence[space + 1 : position - 1] in PERSON_NOUNS
    ):
        kin = _KIN_BEFORE.search(sentence, max(0, position - _KIN_WINDOW), position)
        if kin is not None:
            # "Maureen's grandson Kyle, 27,", "His wife Sarah": a given name after a possessed noun for a person.
            certain, role = True, kin.group(1)
            # "Her grandson Kyle, 27, has set up ...": opening the sentence, the name is its subject.
            first = first or _KIN_OPENING.fullmatch(sentence, 0, position) is not None
    elif first and run[2][-1].endswith(_POSSESSIVE_ENDINGS):
        first = False  # "Maureen's grandson Kyle": a possessor opening the sentence is not its subject
    if aged is not None and aged.group(2) is not None and role is None and reading.name_words > _NAME_AND_DESCRIPTOR:
        # "Schlagerstar Ronny Falk (52)": before a German name with its age, a noun describing the person.
        role, person = person.split(" ", 1)
    return Mention(position, person, role, certain, first, age)


@final
class _Reading:
    """What a run of words says, whatever the sentence: the person it may name and the organisation it names."""

    __slots__ = ("has_title", "name_words", "organisation", "particle", "person", "role")

    def __init__(
        self,
        role: str | None,
        person: str | None,
        name_words: int,
        has_title: bool,
        particle: bool,
        organisation: str | None,
    ) -> None:
        self.role: Final = role
        self.person: Final = person
        self.name_words: Final = name_words
        self.has_title: Final = has_title
        self.particle: Final = particle
        self.organisation: Final = organisation


def _after_possessor(words: tuple[str, ...], raw: tuple[str, ...]) -> int:
    """Where a name starts after a possessor in its run ("Britain's Emma Hale", "Labour's Ann Lee"): past the last
    possessive when two or more plain name words follow (no title, post or organisation word); else 0."""
    if len(raw) != len(words) or len(words) < _NAME_AND_DESCRIPTOR + 1:
        return 0
    for index in range(len(raw) - _NAME_AND_DESCRIPTOR - 1, -1, -1):
        if raw[index].endswith(_POSSESSIVE_ENDINGS):
            rest = words[index + 1 :]
            plain = all(not (is_role(w) or is_honorific(w) or is_organisation_word(w)) for w in rest)
            return index + 1 if plain and rest[0].lower() not in OCCUPATION_NOUNS else 0
    return 0


_POSSESSIVE_ENDINGS: Final = ("'s", "’s")


# German quantifiers opening a plural noun phrase ("Dutzende Aufträge", "Mehrere Beamte"): never a person's name.
_PLURAL_QUANTIFIERS_DE: Final = frozenset(
    {"dutzende", "hunderte", "tausende", "mehrere", "zahlreiche", "einige", "etliche", "unzählige"}
)


@lru_cache(maxsize=8192)
def _read_run(words: tuple[str, ...], raw: tuple[str, ...]) -> _Reading:
    cut = _after_possessor(words, raw)
    if cut:
        words, raw = words[cut:], raw[cut:]
    role, name = split_role(list(words), list(raw))
    _, plain_name = split_role(list(words))
    described = role is not None and is_german_person_noun(role)  # "Sängerin Lea Brandt" names a person
    organisation = (
        " ".join(plain_name) if len(plain_name) > 1 and any(is_organisation_word(w) for w in plain_name) else None
    )
    if role is not None and name and name[0] in ROMANCE_OF:
        # "maire de Saint-Brieuc", "ministra de Trabajo": the place or department after a post's "de" is part of
        # the post, not a person's name (the name follows in apposition: "Le maire de X, Jean Dupont, ...").
        return _Reading(role, None, 0, False, False, organisation)
    if role is not None and len(name) > 1 and name[0] == "von" and is_german_person_noun(role.split()[-1]):
        # "Die Gesundheitsministerin von Sachsen, Annette Voßkamp": "von" after a German post ties it to its place.
        return _Reading(role, None, 0, False, False, organisation)
    organised = any(is_organisation_word(w) for w in name)  # "FC Rheinau": the marker may be an acronym
    name = [w for w in name if not is_acronym(w)] if len(name) > 1 else name
    if (
        not name
        or organised
        or is_organisation(name)
        or (len(name) == 1 and name[0].lower() in CALENDAR_WORDS)
        or name[0].lower() in _PLURAL_QUANTIFIERS_DE
    ):
        return _Reading(role, None, 0, False, False, organisation)
    has_title = (
        described
        or any(is_role(w) or is_honorific(w) or w in OCCUPATION_NOUNS for w in words)
        or (role is not None and (occupation_opens(words[0]) or _demonym(words[0])))
    )
    particle = any(_PARTICLE_NAME.match(w) for w in name)
    return _Reading(role, " ".join(name), len(name), has_title, particle, organisation)


def _persons_in(sentence: str, runs: list[_Run]) -> list[Mention]:
    found: list[Mention] = []
    for run in runs:
        reading = _read_run(run[1], run[2])
        if reading.person is not None:
            found.append(_apposed(sentence, run, reading))
    return found


def _apposed(sentence: str, run: _Run, reading: _Reading) -> Mention:
    """:func:`_mention`, with a full name in apposition after a French or Spanish post taking that post."""
    mention = _mention(sentence, run, reading)
    if not mention.certain and reading.role is None and reading.name_words > 1 and "," in sentence:
        return _posted(sentence, run, mention)
    return mention


# French and Spanish articles and possessives before a post in apposition ("Le maire de X, Jean Dupont,"), and the
# "de" that ties a post to its place or department ("maire de Saint-Brieuc", "ministra de Trabajo").
_POST_ARTICLES: Final = frozenset({"le", "la", "les", "el", "su", "son", "sa"})
ROMANCE_OF: Final = frozenset({"de", "du", "des", "del"})
_MAX_POST_WORDS: Final = 7
_POST_WINDOW: Final = 80


def _posted(sentence: str, run: _Run, mention: Mention) -> Mention:
    """A name in apposition after a French or Spanish post ("La directrice de l'hôpital, Isabelle Moreau,", "el
    alcalde de Lorca, Antonio Gálvez,"): a person with that post; else the mention unchanged."""
    window = sentence[max(0, run[0] - _POST_WINDOW) : run[0]].rstrip()
    if not window.endswith(","):
        return mention
    words = window[:-1].split()
    for index in range(len(words) - 1, max(-1, len(words) - 2 - _MAX_POST_WORDS), -1):
        word = words[index]
        lower = word.lower()
        if lower[:2] in ("l'", "l’") and len(word) > 2:
            post = [word[2:], *words[index + 1 :]]
        elif lower in _POST_ARTICLES and index + 1 < len(words):
            post = words[index + 1 :]
        else:
            continue
        if (is_role(post[0]) or (len(post) == 1 and is_person_noun(post[0]))) and (
            index == 0 or not post[0][:1].isupper()
        ):
            role = " ".join(post)
            # A post opening the sentence makes the name after it the sentence's subject.
            first = mention.first_in_sentence or (index == 0 and run[0] <= _POST_WINDOW)
            return Mention(mention.position, mention.name, role, True, first, mention.age)
    return mention


def organisation_mentions(sentence: str) -> list[str]:
    """Organisation names in ``sentence``: capitalised runs whose name part holds an organisation marker."""
    return _organisations_in(_runs(sentence))


def _organisations_in(runs: list[_Run]) -> list[str]:
    found: list[str] = []
    for _, words, raw, _, _ in runs:
        organisation = _read_run(words, raw).organisation
        if organisation is not None:
            found.append(organisation)
    return found
