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
from typing import Final, Literal, final

from processors.claims.cues import CUES
from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    DEMONYMS,
    DETERMINERS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    NOUN_MARKERS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SKIP_BEFORE_CUE,
    STARTERS,
    STOP_WORDS,
    is_organisation_word,
    is_person_noun,
    is_role,
    name_gender,
)
from processors.claims.names import (
    ABBREVIATED_TITLES,
    GERMAN_SUBORDINATORS,
    NAME_SUFFIXES,
    Token,
    bare,
    glosses,
    in_proper_run,
    is_acronym,
    is_initial,
    is_name,
    is_organisation,
    raw_word,
    split_role,
    tokens,
)

__all__ = ["NounPhrase", "PhraseKind", "is_plural", "names_people", "stated_age", "subject_before"]

PhraseKind = Literal["pronoun", "proper", "common"]

_MAX_COMMON_WORDS: Final = 5
# Lowercase words that may stand in a role before a title word ("chief financial officer").
_MAX_ROLE_MODIFIERS: Final = 1
_MAX_APPOSITIVE_TOKENS: Final = 14
# A relative clause in apposition may run longer ("X, 71, a retired teacher who has been waiting ..., said").
_MAX_RELATIVE_TOKENS: Final = 26
# Lowercase words that join the parts of an organisation's name ("Ministry of Defence", "Office for ...").
_CONNECTORS: Final = frozenset({"of", "for"})
# How far back from an "and" the "of" of a body's name may stand ("Department of Health and ...").
_AND_REACH: Final = 3
_AGE: Final = re.compile(r"^\d{1,3}$")
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")", "“", "”", '"', "—", "–"})
_INDEFINITE: Final = frozenset({"a", "an"})
# What opens an unnamed party member ("one senior Tory", "a leading Democrat", "another Conservative").
_UNNAMED_ARTICLES: Final = frozenset({"a", "an", "one", "another"})
# Words for one member of a group before "of" ("one of the shareholders", "another of his neighbours").
_ONE_OF: Final = frozenset({"one", "another"})
# The French elided article opening a description ("L'avocate de la famille, X, a dit").
_ELIDED_OPENERS: Final = frozenset({"l'", "l’"})
# Articles before a noun naming a body in front of its name ("la fondation X", "el sindicato X", "the charity X").
_BODY_ARTICLES: Final = frozenset({"the", "le", "la", "el", "der", "die", "das"})
# German, French and Spanish definite articles: they open a phrase like "the" ("la ministre", "Der Sprecher").
_FOREIGN_ARTICLES: Final = frozenset(
    {"der", "die", "das", "le", "la", "les", "el", "los", "las", "un", "une", "una", "son", "sa", "ses", "leur", "su",
     "sus"}
)  # fmt: skip
# German capitalises every noun: "Der Sprecher" is a description, not a name.
_GERMAN_ARTICLES: Final = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
)
_AGED: Final = re.compile(r"^(\d{1,3})-(?:year-old|[Jj]ährige[rnms]?)$")
# Determiners and contracted prepositions before a German noun: "dieser Größenordnung", "des Ministeriums" name no
# person (German capitalises every noun, so a capital alone is no name).
_GERMAN_DETERMINERS: Final = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dieser", "diese",
     "dieses", "diesem", "diesen", "jener", "jene", "jenes", "im", "am", "vom", "zum", "zur", "beim", "ins", "seiner",
     "seines", "seinem", "ihrer", "ihres", "ihrem", "unserer", "keine", "keiner", "jeder", "jede", "jedes"}
)  # fmt: skip
# Prepositions merged with an article ("am Freitag", "im Landtag"): they open adjuncts, never a subject.
_GERMAN_CONTRACTIONS: Final = frozenset({"im", "am", "vom", "zum", "zur", "beim", "ins"})
_GERMAN_INDEFINITE_ARTICLES: Final = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
# German genitive articles: "Ein Sprecher des Finanzministeriums" is the spokesman, of the ministry.
_GERMAN_GENITIVES: Final = frozenset({"des", "der"})
# Plural endings of nouns for people ("Fishermen", "Traders", "Residents", "Campaigners", "Economists").
# Unnamed sources and the words that qualify them ("people familiar with", "sources close to").
_UNNAMED_SOURCES: Final = frozenset({"people", "person", "persons", "sources", "source", "officials", "diplomats"})
_SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Prepositions placing an unnamed source inside a body ("an official at the Treasury", "a source in the party").
_INSIDE_BODY: Final = frozenset({"at", "in", "within", "inside"})
_SOURCE_QUALIFIERS: Final = frozenset({"familiar", "close", "knowledgeable", "briefed", "involved"})
# Articles and prepositions opening a genitive after a post ("Schulleiterin der Schule", "head of the unit").
_GENITIVES: Final = frozenset({"der", "des", "of", "de", "du", "del", "von"})
# How far before a cue its subject is looked for (a name, a post and two appositions fit).
_SUBJECT_WINDOW: Final = 240
# Where or when something was said, between its speaker and the cue ("in a statement", "in New Delhi").
_MEDIA: Final = frozenset(
    {"statement", "statements", "interview", "post", "letter", "release", "briefing", "speech", "tweet", "message",
     "blog", "broadcast", "conference", "call", "report", "filing", "video", "podcast"}
)  # fmt: skip
_ADJUNCT_PREPOSITIONS: Final = frozenset(
    {"in", "at", "during", "outside", "inside", "near", "vor", "im", "am", "bei", "beim", "dans", "lors", "durante"}
)
_MAX_ADJUNCTS: Final = 3
# Prepositions of where an unnamed speaker comes from ("a widow from Leeds"): the place is not the speaker.
_ORIGIN_PREPOSITIONS: Final = frozenset({"from", "of"})
# Prepositions of an address in apposition ("of Ashby Road", "from Leeds").
_ADDRESS_PREPOSITIONS: Final = frozenset({"of", "from", "aus", "de"})
_MAX_ADDRESS_PARTS: Final = 4
_PEOPLE_PLURALS: Final = (
    "men",
    "ers",
    "ors",
    "ists",
    "ians",
    "ants",
    "ents",
    "eurs",
    "ores",
    "istas",
    "istes",
    "isten",
)


@final
class NounPhrase:
    """Words of a candidate speaker phrase.

    ``determiner`` is the article that opened a common phrase; ``raw`` the words as written (possessives kept);
    ``role`` a role given in apposition; ``tail`` a prepositional phrase after the head ("on the promenade");
    ``descriptor`` a description naming what kind of body a name is ("the shipping analysis firm" Corvel).

    Immutable. A plain class, not a dataclass: mypyc compiles this ``__init__`` (a dataclass's generated one stays
    interpreted), and phrases are made for every cue.
    """

    __slots__ = ("descriptor", "determiner", "kind", "raw", "role", "tail", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        kind: PhraseKind,
        determiner: str | None = None,
        raw: tuple[str, ...] = (),
        role: str | None = None,
        tail: tuple[str, ...] = (),
        descriptor: str | None = None,
    ) -> None:
        self.words: Final = words
        self.kind: Final = kind
        self.determiner: Final = determiner
        self.raw: Final = raw
        self.role: Final = role
        self.tail: Final = tail
        self.descriptor: Final = descriptor

    def __repr__(self) -> str:
        return f"NounPhrase({self.words!r}, {self.kind!r}, {self.determiner!r}, role={self.role!r}, tail={self.tail!r})"

    def with_role(self, role: str | None) -> NounPhrase:
        """The same phrase with ``role`` as its apposition."""
        return NounPhrase(self.words, self.kind, self.determiner, self.raw, role, self.tail, self.descriptor)

    def with_tail(self, tail: tuple[str, ...]) -> NounPhrase:
        """The same phrase with ``tail`` after its head."""
        return NounPhrase(self.words, self.kind, self.determiner, self.raw, self.role, tail, self.descriptor)


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
    return is_role(following) or modifiers > 0


def _body_of_and(toks: list[Token], k: int, lo: int) -> bool:
    """Whether the "and" after ``toks[k]`` joins the name of a body ("Department of Health and Social Care") or the
    field of a post ("Minister for Transport and Tourism"): one or two capitalised words after "of" or "for", which
    follow an organisation word or a title."""
    for at in range(k, max(k - _AND_REACH, lo - 1), -1):
        word = bare(toks[at][1])
        if word.lower() in _CONNECTORS:
            governing = bare(toks[at - 1][1]) if lo < at < k else ""
            return is_organisation_word(governing) or (governing[:1].isupper() and is_role(governing))
        if not is_name(word):
            return False
    return False


# Endings of a German adjective after a genitive article ("der gemeinnützigen", "des städtischen").
_GENITIVE_ADJECTIVE_ENDINGS: Final = ("en",)


def _genitive_adjective(toks: list[Token], k: int, lo: int) -> bool:
    """ "Vertreter der gemeinnützigen Bauträger", "Sprecher des städtischen Klinikums": an inflected adjective at
    ``toks[k]`` between a genitive article and its capitalised noun, with the noun governing it before the article."""
    if k - 2 < lo or k + 1 >= len(toks):
        return False
    word = toks[k][1]
    if not (word.isalpha() and word.islower() and word.endswith(_GENITIVE_ADJECTIVE_ENDINGS)):
        return False
    if toks[k - 1][1] not in _GERMAN_GENITIVES or not toks[k + 1][1][:1].isupper():
        return False
    governing = bare(toks[k - 2][1])
    return is_name(governing) and governing.lower() not in GERMAN_SUBORDINATORS


def _paired_body(toks: list[Token], k: int, i: int, lo: int) -> bool:
    """Whether the "and" after ``toks[k]`` joins two parts of one body's name ending in an organisation word
    ("The Maritime and Shipyard Workers' Union", "The Ranipuram Water Supply and Sewerage Board"): capitalised
    words (up to :data:`_AND_REACH`) after an article or the clause's start."""
    if k < lo or not is_organisation_word(bare(toks[i][1])):
        return False
    for at in range(k, max(k - _AND_REACH, lo - 1), -1):
        if not is_name(bare(toks[at][1])):
            return False
        if at == lo or toks[at - 1][1].lower() == "the":
            return True
    return False


def _inner_starter(toks: list[Token], at: int, lo: int) -> bool:
    """A capitalised sentence starter inside a name, after a lowercase word ("the charity Later Years Trust")."""
    if at - 1 < lo:
        return False
    word, before = toks[at][1], toks[at - 1][1]
    return (
        word[:1].isupper()
        and word.isalpha()
        and word.lower() in STARTERS
        and word.lower() not in DETERMINERS
        and word.lower() not in STOP_WORDS
        and before.isalpha()
        and before.islower()
    )


_ELIDED_OF: Final = ("d'", "d’")


def _elided_in_body(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k]`` is a capitalised word after an elided "d'" right after a capitalised body's word ("Chambre
    d'Agriculture", "Associació d'Hotelers"): inside the body's name, which runs on before it."""
    word = toks[k][1]
    if k <= lo or word[:2].lower() not in _ELIDED_OF or not is_name(word[2:]):
        return False
    before = bare(toks[k - 1][1])
    return before[:1].isupper() and is_organisation_word(before)


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
        if word == "." and j - 2 >= lo and is_initial(toks[j - 2][1]):
            j -= 2  # a given name's initial ("P. Mariyappan"), left out below
            modifiers = 0
            continue
        joins = word.lower() in NAME_PARTICLES or word.lower() in _CONNECTORS or toks[j - 1][1] == "&"
        if word == "und" and j - 1 > lo and toks[j - 2][1].endswith("-"):
            joins = True  # "Städte- und Gemeindebund": a compound shortened before "und"
        if word == "the" and j - 2 > lo and toks[j - 2][1] == "of" and is_role(bare(toks[j - 3][1])):
            j -= 1  # "Leader of the Opposition Priya Rao": a post, its field, then the name
            continue
        if word == "and" and (_body_of_and(toks, j - 2, lo) or _paired_body(toks, j - 2, i, lo)):
            joins = True  # "the Department of Health and Social Care", "the Road and Rail Drivers Union"
        if joins and j - 1 > lo and bare(toks[j - 2][1]).lower() in GERMAN_SUBORDINATORS:
            joins = False  # "Wie der Verband mitteilte": a conjunction and an article, not "von der Leyen"
        if (
            in_proper_run(word)
            or _elided_in_body(toks, j - 1, lo)
            or (joins and j - 1 > lo and (is_name(bare(toks[j - 2][1])) or _elided_in_body(toks, j - 2, lo)))
        ):
            j -= 1
            modifiers = 0
            continue
        if _genitive_adjective(toks, j - 1, lo):
            j -= 2  # "Vertreter der gemeinnützigen Bauträger": an adjective inside the genitive, and its article
            continue
        if _modifies_role(word, bare(toks[j][1]), modifiers):
            j -= 1
            modifiers += 1
            continue
        break
    if j == i - 1 and (toks[j][1].lower() in _GERMAN_ARTICLES or toks[j][1].lower() in _GERMAN_CONTRACTIONS):
        return _german_noun(toks, i, lo)  # "Der Sprecher", "Am Montag" opening a sentence
    if j == i and j - 1 >= lo and toks[j - 1][1] in _GERMAN_DETERMINERS:
        # "vor einer Lücke in dieser Größenordnung", "ein Sprecher des Ministeriums": a German noun, no name.
        return _german_noun(toks, i, lo)
    if j + 1 < i and toks[j][1].lower() in _GERMAN_INDEFINITE_ARTICLES:
        j += 1  # "Ein Sprecher der Polizei sagte": the capitalised article opening the sentence joined the run
    if (
        j < i
        and j - 1 >= lo
        and toks[j - 1][1].lower() in _GERMAN_INDEFINITE_ARTICLES
        and toks[j + 1][1] in _GERMAN_GENITIVES
        and is_role(bare(toks[j][1]))
    ):
        # "wie ein Sprecher der Bahn sagte": an unnamed post and the body it speaks for.
        head = bare(toks[j][1])
        tail = tuple(raw_word(word) for _, word in toks[j + 1 : i + 1])
        article = toks[j - 1][1].lower()  # "Ein Sprecher der Polizei sagte" opening a sentence
        return NounPhrase((head,), "common", article, (raw_word(toks[j][1]),), tail=tail), j - 1
    if not _inner_starter(toks, j, lo):
        j += _drop_leading(toks[j : i + 1])  # "But Smith", "Meanwhile Acme"; not "the charity Later Years Trust"
    if j > i:
        return None
    kept = [
        word
        for k, (_, word) in enumerate(toks[j : i + 1], j)
        if word != "." and not (is_initial(word) and k + 1 <= i and toks[k + 1][1] == ".")
    ]
    if not kept:
        return None
    words = tuple(bare(word) for word in kept)
    raw = tuple(raw_word(word) for word in kept)
    return NounPhrase(words, "proper", raw=raw), j


def _german_noun(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int]:
    """The German noun ``toks[i]`` after its determiner, with the noun it is the genitive of, if any."""
    determiner = toks[i - 1][1].lower()
    phrase = NounPhrase((bare(toks[i][1]),), "common", determiner, (raw_word(toks[i][1]),))
    if determiner in _GERMAN_GENITIVES and i - 2 >= lo and is_name(bare(toks[i - 2][1])):
        outer = _phrase_ending(toks, i - 2, lo)
        if outer is not None and outer[0].kind == "common":
            return outer[0].with_tail((*outer[0].tail, determiner, raw_word(toks[i][1]))), outer[1]
    return phrase, i - 1


def _common_backwards(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int]:
    j = i
    determiner: str | None = None
    while j > lo and i - j < _MAX_COMMON_WORDS - 1:
        word = bare(toks[j - 1][1])
        lower = word.lower()
        if lower == "her":
            # "Her neighbour", "a statement from her family": before a noun, "her" is the possessive determiner.
            determiner = lower
            break
        if not word or not word[0].isalnum() or lower in STOP_WORDS or lower in PRONOUNS:
            break
        j -= 1
        if lower in DETERMINERS or (lower in _FOREIGN_ARTICLES and not word.isupper()):
            # an acronym is no article: "a UN official" is not Spanish or French "un"
            determiner = lower
            j += 1
            break
    if determiner is None:
        dropped = _drop_leading(toks[j : i + 1])
        j += dropped if dropped <= i - j else 0
    words = tuple(bare(word) for _, word in toks[j : i + 1])
    raw = tuple(raw_word(word) for _, word in toks[j : i + 1])
    if determiner is None and words and words[0][:2].lower() in _ELIDED_OPENERS and words[0][2:3].isalpha():
        # "L'opposition a dénoncé", "l'intersyndicale réclame": the elided article joined to its noun.
        words = (words[0][2:], *words[1:])
        raw = (raw[0][2:], *raw[1:])
        return NounPhrase(words, "common", "l", raw), j  # the article as phrase_after gives it
    return NounPhrase(words, "common", determiner, raw), (j - 1 if determiner else j)


def _can_speak(phrase: NounPhrase) -> bool:
    """Whether a phrase's head names people or a body, so a prepositional phrase after it may be dropped."""
    head = phrase.words[-1].lower()
    word = phrase.words[-1]
    known = head in GROUP_NOUNS or head in ANONYMOUS_NOUNS or head in COLLECTIVE_NOUNS or is_organisation_word(word)
    if phrase.kind == "proper":
        return known or len(phrase.words) > 1 or names_people(head)
    if phrase.kind == "common" and phrase.determiner in _UNNAMED_ARTICLES and is_person_noun(word):
        return True  # "A pal of the couple said", "a friend of the victim": an unnamed person
    if phrase.kind == "common" and len(phrase.words) > 1 and phrase.words[0].lower() in _UNNAMED_ARTICLES:
        return head in PERSON_NOUNS  # "One nurse at the hospital": "One" opening a sentence, read as a word
    return phrase.kind == "common" and (known or is_role(word) or is_plural(head))


def _qualified(outer: tuple[NounPhrase, int], toks: list[Token], at: int, i: int) -> tuple[NounPhrase, int]:
    """An unnamed source and what qualifies it, from token ``at`` to ``i`` ("people familiar with the talks",
    "sources close to the star"): the source's last word heads the tail, so the phrase names the source."""
    source = outer[0]
    tail = (source.words[-1], *source.tail, *(raw_word(word) for _, word in toks[at : i + 1]))
    words, raw = source.words[:-1], source.raw[:-1]
    return NounPhrase(words, source.kind, source.determiner, raw, source.role, tail, source.descriptor), outer[1]


def _common_with_tail(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int]:
    phrase, start = _common_backwards(toks, i, lo)
    preposition = start - 1
    if (
        preposition - 1 >= lo
        and toks[preposition][1].lower() == "of"
        and toks[preposition - 1][1].lower() in _ONE_OF
        and names_people(phrase.words[-1])
        and not (phrase.determiner is not None and len(phrase.words) == 1)
    ):
        # "One of the company's largest shareholders said": one unnamed member of a group of people ("one of the
        # people said" refers back to the source quoted before: read as that group).
        one = toks[preposition - 1][1]
        words = (one, "of", *(raw_word(word) for _, word in toks[start : i + 1]))
        return NounPhrase(words, "common", None, words), preposition - 1
    if preposition - 1 >= lo and _source_to(toks, preposition):
        # "Sources close to the star insisted": the unnamed source, not the person it is close to.
        outer = _phrase_ending(toks, preposition - 1, lo)
        if outer is not None and _qualified_source(outer[0]):
            return _qualified(outer, toks, preposition, i)
    if preposition - 1 >= lo and toks[preposition][1].lower() in PREPOSITIONS:
        outer = _phrase_ending(toks, preposition - 1, lo)
        if outer is not None and _body_spokesperson(outer[0], phrase):
            # "A Department for Education spokesman said": the body, whose name holds "for" or "of", speaks.
            words = (*outer[0].words, toks[preposition][1], *phrase.words[:-1])
            return NounPhrase(words, "proper", raw=words), outer[1]
        if outer is not None and _can_speak(outer[0]):
            if phrase.words[-1].lower() in _MEDIA:
                # "The Indian army in a statement said": where it was said is not part of the speaker.
                return outer
            tail = outer[0].tail + tuple(raw_word(word) for _, word in toks[preposition : i + 1])
            return outer[0].with_tail(tail), outer[1]
        if outer is not None and _qualified_source(outer[0]):
            return _qualified(outer, toks, preposition, i)  # "people familiar with the talks"
    return phrase, start


def _unnamed_around(toks: list[Token], found: tuple[NounPhrase, int], i: int, lo: int) -> tuple[NounPhrase, int]:
    """A capitalised word that is no speaker's name in context: the person an unnamed source is close to ("a
    source close to the Chancellor") or a party member after "one"/"a" and an adjective ("one senior Tory")."""
    phrase, start = found
    at = start - 1
    if len(phrase.words) == 1 and at >= lo and toks[at][1].lower() == "the" and phrase.words[0].lower() in DEMONYMS:
        # "the Spaniard said": a description of a person, like "the striker".
        return NounPhrase(phrase.words, "common", "the", phrase.raw), at
    if at > lo and toks[at][1].lower() == "the":
        at -= 1
    if at - 1 >= lo and _source_to(toks, at):
        outer = _phrase_ending(toks, at - 1, lo)
        if outer is not None and _qualified_source(outer[0]):
            return _qualified(outer, toks, at, i)
    if at - 1 >= lo and toks[at][1].lower() in _INSIDE_BODY:
        # "A senior official at the National Treasury told": an unnamed insider of a body speaks for neither the
        # body nor the name (a spokesperson "for" a body speaks for it, and is left to the body)
        outer = _phrase_ending(toks, at - 1, lo)
        if outer is not None and _unnamed_insider(outer[0]):
            source = outer[0]
            tail = (*source.tail, *(raw_word(word) for _, word in toks[at : i + 1]))
            return NounPhrase(source.words, "common", source.determiner, source.raw, source.role, tail), outer[1]
    if len(phrase.words) != 1 or phrase.words[0].lower() not in PARTY_MEMBERS:
        return found
    at = start - 1
    while (
        at >= lo
        and start - at <= _MAX_ROLE_MODIFIERS + 1
        and toks[at][1].replace("-", "").isalpha()
        and toks[at][1].islower()
    ):
        at -= 1  # "senior", "leading", "first-term"
    if at >= lo and toks[at][1].lower() in _UNNAMED_ARTICLES and at < start - 1:
        words = tuple(word for _, word in toks[at + 1 : i + 1])
        return NounPhrase(words, "common", toks[at][1].lower(), words), at
    if at >= lo and toks[at][1].lower() == "the" and (at < start - 1 or not is_plural(phrase.words[0])):
        # "The first-term Democrat said", "the Republican said": a description of a person named before.
        words = tuple(word for _, word in toks[at + 1 : i + 1])
        return NounPhrase(words, "common", "the", words), at
    return found


def _body_spokesperson(body: NounPhrase, phrase: NounPhrase) -> bool:
    """ "Department for" + "Education spokesman": an organisation's name cut at its "for"/"of", the rest of the
    name before a spokesperson noun."""
    words = phrase.words
    return (
        body.kind == "proper"
        and not body.tail
        and len(words) > 1
        and words[-1].lower() in _SPOKESPEOPLE
        and all(is_name(word) for word in words[:-1])
        and is_organisation_word(body.words[-1])
    )


def _unnamed_insider(phrase: NounPhrase) -> bool:
    """ "a senior official", "one source", "an aide": an indefinite unnamed source, no spokesperson."""
    return (
        phrase.kind == "common"
        and phrase.determiner in _UNNAMED_ARTICLES
        and not phrase.tail
        and phrase.words[-1].lower() in ANONYMOUS_NOUNS
        and phrase.words[-1].lower() not in _SPOKESPEOPLE
    )


def _source_to(toks: list[Token], preposition: int) -> bool:
    """ "close to" of "sources close to the star": "to" after a source's qualifier."""
    return toks[preposition][1].lower() == "to" and toks[preposition - 1][1].lower() in _SOURCE_QUALIFIERS


def _qualified_source(phrase: NounPhrase) -> bool:
    """ "people familiar", "sources close", "officials briefed": an unnamed source before its qualification."""
    words = phrase.words
    return (
        phrase.kind == "common"
        and len(words) >= 2
        and words[-1].lower() in _SOURCE_QUALIFIERS
        and (words[-2].lower() in _UNNAMED_SOURCES or words[-2].lower() in ANONYMOUS_NOUNS)
    )


def stated_age(word: str) -> int | None:
    """The age a word states ("44-year-old" -> 44), or None; the literal is looked for first, as most words are no
    age."""
    aged = _AGED.match(word) if "-year-old" in word or "ährige" in word else None
    return None if aged is None else int(aged.group(1))


def _phrase_ending(toks: list[Token], i: int, lo: int) -> tuple[NounPhrase, int] | None:
    """The phrase whose last word is ``toks[i]`` (not reaching before ``lo``) and the index where it starts."""
    head = bare(toks[i][1])
    if stated_age(head) is not None:
        return _common_with_tail(toks, i, lo)
    if not head or not head[0].isalpha():
        return None
    if head.lower() in PRONOUNS:
        return NounPhrase((head,), "pronoun"), i
    if is_name(head):
        found = _proper_backwards(toks, i, lo)
        return None if found is None else _unnamed_around(toks, found, i, lo)
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
    if start == lo + _drop_leading(toks[lo:start]):
        return phrase
    placed = _placed_name(toks, found)
    opening = _placed_start(toks, start)
    return placed if placed is not None and opening >= lo and lo + _drop_leading(toks[lo:opening]) == opening else None


# A post and the place or body it serves, right before a name run ("Le député de la Gironde Hugo Ferrandi", "el
# alcalde de Sevilla Juan Ruiz"): the capitalised place is no part of the name.
_PLACE_OF: Final = frozenset({"de", "du", "des", "del"})
_PLACE_ARTICLES: Final = frozenset({"la", "l", "l'", "l’", "los", "las"})
_MIN_PLACED_NAME: Final = 3


def _placed_start(toks: list[Token], start: int) -> int:
    """The index of the post before "de (la)" and a place starting at ``toks[start]``, or -1."""
    j = start - 1
    if j >= 0 and toks[j][1].lower() in _PLACE_ARTICLES:
        j -= 1
    if j < 1 or toks[j][1].lower() not in _PLACE_OF or not is_role(toks[j - 1][1]):
        return -1
    j -= 1
    return j - 1 if j >= 1 and toks[j - 1][1].lower() in DETERMINERS | _FOREIGN_ARTICLES else j


def _placed_name(toks: list[Token], found: tuple[NounPhrase, int]) -> NounPhrase | None:
    """ "Le député de la Gironde Hugo Ferrandi": the person from the given name on, the post and place their role."""
    phrase, start = found
    words = phrase.words
    if phrase.kind != "proper" or phrase.role is not None or len(words) < _MIN_PLACED_NAME:
        return None
    given = next((k for k in range(1, len(words) - 1) if name_gender(words[k]) is not None), None)
    if given is None:
        # No given name known: the person is a given name and a surname, a particle before it kept ("Le Floch").
        given = len(words) - (3 if words[-2].lower() in NAME_PARTICLES else 2)
    if given < 1 or any(name_gender(word) is not None for word in words[:given]):
        return None
    opening = _placed_start(toks, start)
    if opening < 0:
        return None
    post = [word for _, word in toks[opening:start]]
    if post[0].lower() in DETERMINERS | _FOREIGN_ARTICLES:
        post = post[1:]
    role = " ".join((*post, *words[:given])).replace("l' ", "l'").replace("l’ ", "l’")
    raw = phrase.raw[given:] if len(phrase.raw) == len(words) else ()
    return NounPhrase(words[given:], "proper", phrase.determiner, raw, role, phrase.tail)


# Counting openers of a description ("Another parent, Jo Lee, said", "One resident, ..."): no part of a name when a
# lowercase noun follows.
_COUNTING_OPENERS: Final = frozenset({"another", "one", "two", "three", "otro", "otra", "un", "une", "ein", "eine"})


def _descriptive(toks: list[Token]) -> bool:
    """Whether an appositive reads as a description ("an analyst at ...", "the board's chair") not a name."""
    first = toks[0][1]
    return (
        first.lower() in DETERMINERS
        or (first.lower() in _COUNTING_OPENERS and len(toks) > 1 and toks[1][1][:1].islower())
        or first.lower() in _FOREIGN_ARTICLES
        or first[:1].islower()
        or first[:2].lower() in _ELIDED_OPENERS
        or any(bare(w) != w.strip("‘’'") or w.endswith(("s'", "s’")) for _, w in toks)
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


def _digit_comma(toks: list[Token], k: int) -> bool:
    """A comma inside a number ("1,300"): digits touch it on both sides."""
    if k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return (
        before[1][-1:].isdigit()
        and after[1][:1].isdigit()
        and before[0] + len(before[1]) == toks[k][0]
        and after[0] == toks[k][0] + 1
    )


def _clause_mark_before(toks: list[Token], k: int, lo: int) -> int:
    """The index of the last clause mark at or before ``k`` (not before ``lo``; ``lo - 1`` when none), the
    commas inside numbers aside."""
    while k >= lo and (toks[k][1] not in _CLAUSE_MARKS or (toks[k][1] == "," and _digit_comma(toks, k))):
        k -= 1
    return k


_MAX_PARENTHESIS_TOKENS: Final = 6
_MAX_STATE_TOKENS: Final = 3


def _state_after_place(toks: list[Token], k: int, i: int) -> bool:
    """ "Reston, Va.,": the comma at ``toks[k]`` parts a town from its state or country (one name, maybe
    abbreviated) before the comma at ``toks[i]``."""
    part = [word for _, word in toks[k + 1 : i] if word != "."]
    return (
        0 < i - k - 1 <= _MAX_STATE_TOKENS
        and len(part) == 1
        and is_name(part[0])
        and k > 0
        and is_name(bare(toks[k - 1][1]))
    )


def _parenthesis_before(toks: list[Token], k: int, lo: int) -> int | None:
    """The index of the "(" of a short parenthesis closing at ``toks[k]`` after a word, if one does."""
    if k < lo or toks[k][1] != ")":
        return None
    for at in range(k - 1, max(k - _MAX_PARENTHESIS_TOKENS, lo) - 1, -1):
        if toks[at][1] == "(":
            return at if at > lo and toks[at - 1][1][:1].isalnum() else None
        if toks[at][1] in _CLAUSE_MARKS:
            return None
    return None


def _apposition(text: str, toks: list[Token], i: int, lo: int) -> NounPhrase | None:
    """The subject of "A, B, said" where ``toks[i]`` is the comma before the cue."""
    k = _clause_mark_before(toks, i - 1, lo)
    if k < lo or toks[k][1] != ",":
        return None
    if _state_after_place(toks, k, i):
        # "A spokeswoman for X, which is based in Reston, Va., said": the state after a town ends the clause.
        before = _clause_mark_before(toks, k - 1, lo)
        if before >= lo and toks[before][1] == "," and any(w.lower() in RELATIVES for _, w in toks[before + 1 : k]):
            k = before
    relative = any(word.lower() in RELATIVES for _, word in toks[k + 1 : i])
    if not 0 < i - k - 1 <= (_MAX_RELATIVE_TOKENS if relative else _MAX_APPOSITIVE_TOKENS):
        return None
    opening = _parenthesis_before(toks, k - 1, lo)
    if opening is not None:
        # "Sen. Thomas Greer (R-Mont.), who ..., wrote": a party or place in parentheses after the name.
        return _apposition(text, toks[:opening] + toks[k:], i - (k - opening), lo)
    start = _clause_mark_before(toks, k - 1, lo)
    if start > lo and toks[start][1] == "," and start + 2 == k and _AGE.match(toks[start + 1][1]):
        # "Jo Lee, 71, a retired teacher who ..., said": the name stands before the age.
        k = start
        start = _clause_mark_before(toks, k - 1, lo)
    start += 1
    if start >= k:
        return None
    appositive = toks[k + 1 : i]
    if appositive[0][1].lower() in RELATIVES or (relative and _covering(toks, k - 1, start) is not None):
        covered = _covering(toks, k - 1, start)
        if covered is None:
            # "But structural engineer Dr. Meera Kaul, who surveyed the span, said": the name before the comma.
            ending = _phrase_ending(toks, k - 1, start)
            if ending is not None and ending[0].kind == "proper":
                covered = ending[0]
                moved = _past_adjuncts(toks, ending, start)[0]
                if moved.kind == "common":
                    # "A senior clinician at Kellerton, who asked not to be named, told": the person, not the place.
                    covered = moved
        return covered
    named = (
        _person_of_body_named(_covering(toks, i - 1, k + 1))
        or _described_name_after(toks, i, k)
        or _name_from_place_after(toks, i, k)
    )
    if named is not None and named.kind == "proper" and _names_person(named) and _participle_opener(toks[start:k]):
        return named  # "Speaking after the hearing, Priya Lakhani, of X, said": the clause before is no noun
    if named is not None and named.kind == "proper" and _names_person(named) and _descriptive(toks[start:k]):
        return named.with_role(_span_text(text, toks[start:k], keep_determiners=True) or None)
    subject = _covering(toks, k - 1, start) or _noun_then_name(toks, k - 1, start)
    if subject is not None and subject.kind == "proper" and _descriptive(appositive):
        if appositive[0][1].lower() in PREPOSITIONS:
            return subject  # "Amer, in Gaza, stressed": where, not who
        return subject.with_role(_span_text(text, appositive, keep_determiners=True) or None)
    return subject


_MAX_NAME_DESCRIPTION: Final = 4


def _noun_then_name(toks: list[Token], end: int, lo: int) -> NounPhrase | None:
    """ "Her neighbour Walt Kimbrough, a retired logger, said": a person's full name ending at ``toks[end]`` after
    a determiner and a few lowercase words ending in a noun for a person, filling ``toks[lo:end+1]``."""
    found = _phrase_ending(toks, end, lo)
    if found is None or found[0].kind != "proper" or len(found[0].words) < 2 or not _names_person(found[0]):
        return None
    described = [word for _, word in toks[lo + _drop_leading(toks[lo : found[1]]) : found[1]]]
    if described and described[0].lower() in DETERMINERS:
        described = described[1:]
    if not 0 < len(described) <= _MAX_NAME_DESCRIPTION or not is_person_noun(described[-1]):
        return None
    if any(not word.isalpha() or not word.islower() or word in STOP_WORDS or word in CUES for word in described):
        return None
    return found[0]


def _described_name_after(toks: list[Token], i: int, k: int) -> NounPhrase | None:
    """ "Her neighbour, retired postman Derek Ollerton, said": a full name after a few lowercase words describing
    the person, filling the apposition between the commas at ``toks[k]`` and ``toks[i]``."""
    found = _phrase_ending(toks, i - 1, k + 1)
    if found is None or found[0].kind != "proper" or len(found[0].words) < 2:
        return None
    described = [word for _, word in toks[k + 1 : found[1]]]
    if not 0 < len(described) <= _MAX_NAME_DESCRIPTION:
        return None
    if any(
        not word.isalpha() or not word.islower() or word in STOP_WORDS or word in PRONOUNS or word in CUES
        for word in described
    ):
        return None
    return found[0]


# Prepositions between a person's name and the body the person works for ("Marcus Lenhart of Apex Sports Group").
_OF_BODY: Final = frozenset({"of", "from", "at"})


def _person_of_body_named(phrase: NounPhrase | None) -> NounPhrase | None:
    """ "His agent, Marcus Lenhart of Apex Sports Group, said": a name run holding a person's full name, "of" and an
    organisation is the person (the body is where the person works); any other phrase is returned as it is."""
    if phrase is None or phrase.kind != "proper" or phrase.role is not None:
        return phrase
    words = phrase.words
    at = next((j for j, word in enumerate(words) if word in _OF_BODY), -1)
    if at < 2 or at == len(words) - 1 or not is_organisation(list(words[at + 1 :])):
        return phrase
    person = NounPhrase(words[:at], "proper", phrase.determiner)
    return person if _names_person(person) else phrase


def _name_from_place_after(toks: list[Token], i: int, k: int) -> NounPhrase | None:
    """ "A neighbour, Jane Ross from Leeds, said": a full name and where the person is from filling the apposition
    between the commas at ``toks[k]`` and ``toks[i]``."""
    found = _phrase_ending(toks, i - 1, k + 1)
    if found is None or found[0].kind != "proper":
        return None
    person = _past_adjuncts(toks, found, k + 1)
    if person is found or person[1] != k + 1 or person[0].kind != "proper" or len(person[0].words) < 2:
        return None
    return person[0] if _names_person(person[0]) else None


# Prepositions after an English participle opening a sentence ("Speaking after the hearing", "Writing in the Times").
_AFTER_PARTICIPLE: Final = frozenset({"after", "to", "at", "in", "on", "outside", "before", "from", "during", "with"})


def _participle_opener(segment: list[Token]) -> bool:
    """ "Speaking after the hearing", "Responding to the report": an -ing form and a preposition open the clause."""
    if len(segment) < 3:
        return False
    verb = segment[0][1].lower()
    return len(verb) > 5 and verb.endswith("ing") and segment[1][1].lower() in _AFTER_PARTICIPLE


def _skip_addresses(toks: list[Token], i: int) -> int:
    """Step back over where a person lives: "Martin Greaves, 61, of Ashby Road, Redmere, denies" -> the age.

    The comma-separated segments before the cue count as an address when the leftmost of them opens with "of"
    (or "from", "aus", "de") and the others are names of places.
    """
    commas: list[int] = []
    j = i
    while j >= 0 and toks[j][1] == "," and len(commas) < _MAX_ADDRESS_PARTS:
        k = j - 1
        while k >= 0 and toks[k][1] not in _CLAUSE_MARKS:
            k -= 1
        if k < 0 or toks[k][1] != "," or k + 1 >= j:
            break
        commas.append(k)
        segment = toks[k + 1 : j]
        if segment[0][1].lower() in _ADDRESS_PREPOSITIONS:
            return k
        if not all(is_name(bare(word)) for _, word in segment):
            break
        j = k
    return i


def _past_adjuncts(toks: list[Token], found: tuple[NounPhrase, int], lo: int) -> tuple[NounPhrase, int]:
    """Step back over place and occasion phrases before a cue ("Misri in a briefing in New Delhi accused").

    A name right after "in", "at" or "during" is where or when something was said, not who said it; the
    subject stands before those phrases.
    """
    phrase, start = found
    for _ in range(_MAX_ADJUNCTS):
        preposition = start - 1
        if preposition - 1 > lo and toks[preposition][1].lower() == "the" and toks[preposition - 1][1] == "of":
            preposition -= 1  # "Anna Field of the Resolution Foundation"
        if preposition - 1 >= lo and toks[preposition][1].lower() in _ORIGIN_PREPOSITIONS:
            # "A retired teacher from Leeds said": where an unnamed person comes from, not who spoke.
            origin = _phrase_ending(toks, preposition - 1, lo)
            if origin is None:
                break
            people, first = origin
            from_place = toks[preposition][1].lower() == "from"
            if from_place and (
                (people.kind == "common" and (_can_speak(people) or is_person_noun(people.words[-1])))
                or names_people(people.words[-1])
            ):
                return people.with_tail((toks[preposition][1], *(phrase.raw or phrase.words))), first
            if people.kind == "proper" and len(people.words) > 1 and _names_person(people):
                # "Rachel Dunn from Leeds said", "Anna Field of the Resolution Foundation said": the person; her
                # town or employer is left out, as an address in apposition is.
                return origin
            if not from_place and people.kind == "common" and people.tail and _can_speak(people):
                # "A manager at a trust in the north of England said": the person before the places, not the last
                # place ("England").
                return people.with_tail((*people.tail, toks[preposition][1], *(phrase.raw or phrase.words))), first
            break
        if preposition - 1 < lo or toks[preposition][1].lower() not in _ADJUNCT_PREPOSITIONS:
            break
        outer = _phrase_ending(toks, preposition - 1, lo)
        if outer is None:
            break
        if _employed_at(outer[0], phrase, toks[preposition][1]):
            # "Economists at Sundqvist Securities said": the body they work for, not where they spoke.
            tail = (toks[preposition][1], *(phrase.raw or phrase.words))
            return outer[0].with_tail(tail), outer[1]
        phrase, start = outer
        if phrase.kind == "proper" or _can_speak(phrase):
            return phrase, start
    return found


def _employed_at(people: NounPhrase, adjunct: NounPhrase, preposition: str) -> bool:
    """ "Economists at Sundqvist Securities": a plural noun for people, "at" and an organisation's name."""
    return (
        preposition.lower() == "at"
        and len(people.words) == 1
        and not people.tail
        and names_people(people.words[0])
        and adjunct.kind == "proper"
        and is_organisation(list(adjunct.words))
    )


def _window_start(text: str, lo: int, pos: int) -> int:
    """A start at a clause mark or a space at or after ``lo``, so that no word is cut."""
    for at in range(lo, pos):
        if text[at] in ",;:" or text[at].isspace():
            return at + 1 if text[at].isspace() else at
    return lo


# Words whose "'s" is "is" or "has", not a possessive.
_CONTRACTED: Final = frozenset(
    {"it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "how", "everyone", "nobody"}
)


def _possessor(word: str) -> bool:
    """ "The company's claims department", "the minister's warning": right after a possessive a cue is a noun
    ("it's", "she's" are a pronoun and a verb)."""
    return word.endswith(("'s", "’s")) and word.lower()[:-2] not in _CONTRACTED


# A French or Spanish subject carrying relative clauses before its verb, the second one set off by commas: "un
# economista que asesora a una cámara, y que pidió no ser identificado, estimó", "les riverains qui vivent près du
# site ont affirmé": the head noun (and an adjective after it) speaks, not the last noun of the clause.
_RELATIVE_SUBJECT: Final = re.compile(
    r"(?:^|,\s+)((?:un|una|une|el|la|le|los|las|les|des|unos|unas)(?=\s)|l['’])\s*([^\W\d_]+)(?:\s+([a-zà-ÿ]+))?"
    r"\s+(?:que|qui)\s+[^.;:!?«»\"“”]{3,160}?,?\s*$",
    re.IGNORECASE,
)


# Relative pronouns that are the subject of the clause they open ("X, que aseguró", "X, qui affirme").
_SUBJECT_RELATIVES: Final = frozenset({"que", "qui", "quien", "quienes"})
# French stressed pronouns set off by commas after the subject they double ("La mairie, elle, assure").
_STRESSED_PRONOUNS: Final = frozenset({"lui", "elle", "eux", "elles"})
# An object relative clause set off by commas between a subject and its verb ("Un rapport de l'inspection, que
# « Le Monde » a pu consulter, chiffre", "El informe, que adelantó este diario, cifra"): its subject is its own.
_RELATIVE_INCISE: Final = re.compile(r",\s*(?:que\s|qu['’])[^,;:.!?]{1,80},\s*$", re.IGNORECASE)
# A discourse marker set off by commas between a subject and its verb ("El empresario X, por su parte, admitió",
# "La direction, de son côté, assure", "Le maire, quant à lui, estime"): no part of the subject.
_DISCOURSE_INCISE: Final = re.compile(
    r",\s*(?:por\s+su\s+parte|por\s+otra\s+parte|de\s+su\s+lado|a\s+su\s+vez|en\s+cambio|por\s+el\s+contrario|"
    r"pour\s+sa\s+part|de\s+son\s+côté|de\s+leur\s+côté|pour\s+leur\s+part|quant\s+à\s+(?:lui|elle|eux|elles)|"
    r"à\s+son\s+tour|en\s+revanche)\s*,\s*$",
    re.IGNORECASE,
)


def _may_speak(phrase: NounPhrase) -> bool:
    """A person or a body, not a place ("Ana Gil visitó Madrid, que asegura"): a full or titled name, a body's
    name, or a noun for a person or a body."""
    if phrase.kind == "proper":
        return len(phrase.words) > 1 or phrase.role is not None or is_organisation(list(phrase.words))
    head = phrase.words[0].lower()
    return phrase.kind == "common" and (is_person_noun(head) or is_organisation_word(head))


def _relative_subject(text: str, floor: int, pos: int) -> NounPhrase | None:
    """The head of a subject whose relative clauses end right before ``pos`` (see :data:`_RELATIVE_SUBJECT`)."""
    found = _RELATIVE_SUBJECT.search(text[floor:pos])
    if found is None:
        return None
    head = found.group(2)
    lower = head.lower()
    singular = lower[:-1] if lower.endswith(("s", "x")) else lower
    if not (
        is_person_noun(lower)
        or is_person_noun(singular)
        or lower in GROUP_NOUNS
        or lower in ANONYMOUS_NOUNS
        or is_organisation_word(lower)
    ):
        return None
    determiner = found.group(1).lower()
    words = (head,) if found.group(3) is None else (head, found.group(3))
    return NounPhrase(words, "common", "l" if determiner.startswith(("l'", "l’")) else determiner)


def subject_before(text: str, pos: int, floor: int = 0) -> NounPhrase | None:
    """The noun phrase that ends right before a cue at ``pos`` (not reaching before ``floor``), if any.

    Only the :data:`_SUBJECT_WINDOW` characters before the cue are read: a subject with its appositions fits.
    """
    if pos - floor > _SUBJECT_WINDOW:
        floor = _window_start(text, pos - _SUBJECT_WINDOW, pos)
    if text[pos - 2 : pos].rstrip()[-1:] == ",":
        incise = _DISCOURSE_INCISE.search(text, max(floor, pos - 40), pos) or _RELATIVE_INCISE.search(
            text, max(floor, pos - 90), pos
        )
        if incise is not None:
            return subject_before(text, incise.start(), floor)
    if " qu" in text[max(floor, pos - 200) : pos]:
        related = _relative_subject(text, max(floor, pos - 200), pos)
        if related is not None:
            return related
    toks = tokens(text, floor, pos)
    if not toks or toks[-1][1].lower() in NOUN_MARKERS or _possessor(toks[-1][1]):
        return None
    i = len(toks) - 1
    while i >= 0 and toks[i][1].lower() in SKIP_BEFORE_CUE:
        i -= 1
    if i >= 2 and toks[i][1].lower() in _SUBJECT_RELATIVES and toks[i - 1][1] == ",":
        # "Más duro fue el diputado X, que calificó", "la maire, qui a estimé": the antecedent before the comma.
        antecedent = subject_before(text, toks[i - 1][0], floor)
        return antecedent if antecedent is not None and _may_speak(antecedent) else None
    if i >= 3 and toks[i][1] == "," and toks[i - 1][1].lower() in _STRESSED_PRONOUNS and toks[i - 2][1] == ",":
        # "Les chercheurs de l'Inrae, eux, estiment": a stressed pronoun doubling the subject before it (setting
        # it against another), not a subject of its own.
        return subject_before(text, toks[i - 2][0], floor)
    if i >= 3 and toks[i][1] == "," and toks[i - 1][1] == ")":
        # "Le maire de X, Patrick Deshayes (divers droite), a estimé": the brackets after an apposed name are
        # left out, the comma closing the apposition kept.
        opening = next((k for k in range(i - 2, max(i - 6, -1), -1) if toks[k][1] == "("), -1)
        if opening > 0:
            toks = [*toks[:opening], toks[i]]
            i = opening
    acronym = ""
    if i >= 2 and toks[i][1] == ")":
        # "Finanzministerin Ulrike Demmler (SPD) sagte": a party or place in parentheses after the name.
        opening = next((k for k in range(i - 1, max(i - 5, -1), -1) if toks[k][1] == "("), -1)
        if opening > 0:
            acronym = toks[opening + 1][1] if opening + 2 == i else ""
            i = opening - 1
    if i >= 2 and toks[i][1] == "." and toks[i - 1][1].lower() in NAME_SUFFIXES and is_name(toks[i - 2][1]):
        i -= 2  # "Andre Toussaint Jr. said": the suffix and its full stop end the name
    skipped = _skip_addresses(toks, i)
    if (
        skipped not in (i, 0)
        and toks[skipped][1] == ","
        and not _AGE.match(toks[skipped - 1][1])
        and _apposition(text, toks, skipped, 0) is None
    ):
        i = skipped - 1  # "Helen Marsh, of Leeds, said": the name right before the address, no age between
    else:
        i = skipped
    # An age in apposition: "Mr Hale, 54, told ...".
    if i >= 3 and toks[i][1] == "," and _AGE.match(toks[i - 1][1]) and toks[i - 2][1] == ",":
        i -= 3
    if i < 0:
        return None
    if toks[i][1] == ",":
        return _apposition(text, toks, i, 0)
    found = _phrase_ending(toks, i, 0)
    if found is not None and found[0].kind == "common" and acronym and glosses(acronym, found[0].words):
        # "La Mutualité sociale agricole (MSA) estime": a body's name its acronym glosses, lowercase words and all.
        phrase = found[0]
        return NounPhrase(phrase.words, "proper", phrase.determiner, phrase.raw or phrase.words)
    for _ in range(_MAX_ADJUNCTS):
        # "wie ein Polizeisprecher am Freitag mitteilte": a German time or place adjunct before the cue.
        if found is None or found[0].kind != "common" or found[0].determiner not in _GERMAN_CONTRACTIONS:
            break
        found = _phrase_ending(toks, found[1] - 1, 0) if found[1] > 0 else None
    placed = None if found is None else _placed_name(toks, found)
    if placed is not None:
        return placed
    if found is not None and found[0].kind == "proper":
        field = _body_for_field(toks, found)
        if field is not None:
            return field
        posted = _department_post(toks, found)
        if posted is not None:
            return posted
        found = _past_adjuncts(toks, _person_of_body(_conjoined_body(toks, found)), 0)
        described = _described_name(text, toks, found)
        if described is not None:
            return described
        return _spoken_for(toks, _body_named(toks, found), found[1])
    return None if found is None else found[0]


_GENITIVE_ENDINGS_DE: Final = ("es", "s")


def _body_for_field(toks: list[Token], found: tuple[NounPhrase, int]) -> NounPhrase | None:
    """ "Einer Studie des Instituts für Energie- und Standortforschung zufolge", "Das Bundesamt für Statistik
    meldet": a German body's name is its noun and the field after "für"; the name in the nominative."""
    phrase, start = found
    if start < 2 or toks[start - 1][1] != "für":
        return None
    body = toks[start - 2][1]
    if not body[:1].isupper() or not is_organisation_word(body):
        return None
    if any(is_person_noun(word) or is_role(word) for _, word in toks[max(0, start - 6) : start - 2]):
        return None  # "Ein Sprecher des Ministeriums für Umwelt": a post at the body, read as such elsewhere
    for ending in _GENITIVE_ENDINGS_DE:
        stem = body[: -len(ending)]
        if body.endswith(ending) and len(stem) > 3 and is_organisation_word(stem):
            body = stem  # "des Instituts" -> "Institut"
            break
    words = (body, "für", *phrase.words)
    return NounPhrase(words, "proper", None, words)


# The descriptor marking a phrase made by :func:`_department_post`.
POST_OF: Final = "post of"
_POST_OF_ARTICLES: Final = frozenset({"el", "la", "le"})
_POST_OF_WORDS: Final = frozenset({"de", "del", "du"})


def _department_post(toks: list[Token], found: tuple[NounPhrase, int]) -> NounPhrase | None:
    """ "El titular de Hacienda sostuvo", "le ministre du Budget a dit": a lowercase post after a definite article,
    then "de" and a capitalised department. The name is the department, the post (``role``) its holder's."""
    phrase, start = found
    if start < 3 or phrase.determiner is not None or phrase.descriptor is not None or phrase.tail:
        return None
    of, noun, article = toks[start - 1][1], toks[start - 2][1], toks[start - 3][1].lower()
    if of.lower() not in _POST_OF_WORDS or article not in _POST_OF_ARTICLES or not noun.islower():
        return None
    if not is_person_noun(noun):
        return None
    return NounPhrase(phrase.words, "proper", article, phrase.raw, f"{noun} {of}", (), POST_OF)


# Nouns for whoever speaks on a person's or body's behalf or close to them ("a spokesperson for Kelsey", "a friend
# of the singer", "an aide to the minister"): the name after the preposition is not the speaker.
_PROXY_NOUNS: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
     "representatives", "rep", "reps", "publicist", "friend", "friends", "pal", "pals", "aide", "aides",
     "confidant", "confidante"}
)  # fmt: skip
# The descriptor marking a phrase made by :func:`_spoken_for`.
PROXY: Final = "proxy"
_PROXY_PREPOSITIONS: Final = frozenset({"for", "of", "to"})
_PROXY_DETERMINERS: Final = frozenset({"a", "an", "the", "one", "another", "two", "three"})


def _spoken_for(toks: list[Token], phrase: NounPhrase, start: int) -> NounPhrase:
    """ "A spokesperson for Kelsey said", "a close friend of Dan Reyes told": the noun for the proxy heads the
    subject, with the name it speaks for in its tail."""
    if start < 2 or toks[start - 1][1].lower() not in _PROXY_PREPOSITIONS or phrase.descriptor is not None:
        return phrase
    if not _names_person(phrase) or is_acronym(phrase.words[-1]) or is_organisation_word(phrase.words[-1]):
        return phrase  # "a spokesman for Northwind Energy": the body speaks
    noun = toks[start - 2][1]
    if noun.lower() not in _PROXY_NOUNS:
        return phrase
    k = start - 3
    while k >= 0 and toks[k][1][:1].islower() and toks[k][1].lower() not in _PROXY_DETERMINERS and k >= start - 4:
        k -= 1  # "a close friend", "a longtime spokesperson"
    determiner = toks[k][1].lower() if k >= 0 and toks[k][1].lower() in _PROXY_DETERMINERS else None
    tail = (toks[start - 1][1], *(phrase.raw or phrase.words))
    return NounPhrase((noun,), "common", determiner, tail=tail, descriptor=PROXY)


def _conjoined_body(toks: list[Token], found: tuple[NounPhrase, int]) -> tuple[NounPhrase, int]:
    """ "The Competition and Markets Board said", "the Food and Drug Administration": after "the", a capitalised
    word and "and" open the name of one body ending in an organisation word ("Tesco and the Co-op" are two)."""
    phrase, start = found
    if phrase.determiner is not None or start < 3 or toks[start - 1][1] != "and":
        return found
    left = toks[start - 2][1]
    if not (left[:1].isupper() and left.isalpha()) or toks[start - 3][1].lower() != "the":
        return found
    if not is_organisation_word(phrase.words[-1]):
        return found
    words = (left, "and", *phrase.words)
    raw = (left, "and", *(phrase.raw or phrase.words))
    return NounPhrase(words, "proper", None, raw, phrase.role, phrase.tail, phrase.descriptor), start - 2


def _person_of_body(found: tuple[NounPhrase, int]) -> tuple[NounPhrase, int]:
    """ "Owen Marsh of Tidewater Research argued": a person's full name, then "of" and the body they work for, is
    the person ("the Bank of England", "the Royal Bank of Scotland" name no person before "of")."""
    phrase, start = found
    words = phrase.words
    if "of" not in words[2:]:
        return found
    k = words.index("of", 2)
    if k > 3 or not (name_gender(words[k - 2]) is not None or is_organisation(list(words[k + 1 :]))):
        return found  # a known given name, or a body after "of": "National Academy of Sciences" stays a body
    person = NounPhrase(words[:k], "proper", phrase.determiner, (), phrase.role, (), phrase.descriptor)
    if not _names_person(person) or any(is_organisation_word(word) for word in words[:k]):
        return found
    return person, start


def _body_named(toks: list[Token], found: tuple[NounPhrase, int]) -> NounPhrase:
    """ "L'association Terre Vivante a dénoncé", "La asociación Vecinos Unidos denunció", "the charity Shelter
    said": a lowercase noun for a body, after an article (or French elided "l'"), names what the name is."""
    phrase, start = found
    if start < 1 or phrase.descriptor is not None:
        return phrase
    word = toks[start - 1][1]
    noun = word[2:] if word[:2].lower() in _ELIDED_OPENERS else word
    if not noun[:1].islower() or not is_organisation_word(noun):
        return phrase
    if noun is word and (start < 2 or toks[start - 2][1].lower() not in _BODY_ARTICLES):
        return phrase
    return NounPhrase(phrase.words, phrase.kind, phrase.determiner, phrase.raw, phrase.role, phrase.tail, noun)


def _described_name(text: str, toks: list[Token], found: tuple[NounPhrase, int]) -> NounPhrase | None:
    """ "Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte": a post and its genitive after a name and a comma.

    The words after the post belong to it ("der MS Egger-Lienz"), so the speaker is the name before the comma.
    """
    phrase, start = found
    if start < 2 or toks[start - 1][1] != ",":
        return None
    role, name = split_role(list(phrase.words))
    if role is None or not name or name[0].lower() not in _GENITIVES:
        return None
    k = start - 2
    while k >= 0 and toks[k][1] not in _CLAUSE_MARKS:
        k -= 1
    named = _covering(toks, start - 2, k + 1)
    if named is None or named.kind != "proper" or not _names_person(named):
        return None
    return named.with_role(_span_text(text, toks[start:], keep_determiners=True) or None)
