"""Speaker identities: normalised names, deterministic ids, and the rule that groups "Johnson" with "Boris Johnson".

The rule, applied by the sink in the transaction that stores the claims (``sinks/speakers.py``):

1. A name is normalised: Unicode compatibility form, diacritics dropped, case folded, punctuation dropped except
   hyphens and apostrophes inside words, leading courtesy titles dropped (Mr, Mrs, Dr, Sir, Herr, Mme, Sr, ...),
   whitespace collapsed; for any kind but person, a leading English article (the, a, an) is dropped too.
   "Mr. Johnson" -> ``johnson``; "José Álvarez-Pérez" -> ``jose alvarez-perez``; "the Environment Agency"
   (organisation) -> ``environment agency``.
2. A speaker is a (kind, normalised name) pair; its ``speaker_id`` is the first 32 hex digits of
   sha256(kind ␟ normalised name), so the same speaker gets the same id in every database.
3. Within one extraction of one article, a person named by one word ("Johnson", "Mr Johnson") is the person of
   the same article whose name of two words or more ends with that word, when exactly one such name exists.
4. A one-word person name not resolved within its article is *bare*. Across articles it maps to the one person
   speaker whose surname (last word of a name of two words or more) it is, when exactly one such speaker is known;
   otherwise (none, or several: "Boris Johnson" and "Stanley Johnson") it stays its own speaker, "Johnson".
5. Aliases: a person with a name of two words or more answers to the whole name and to its last word; every other
   speaker to its normalised name.

Only person names are ever merged; groups, organisations and anonymous speakers are grouped by normalised name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

PERSON = "person"
COURTESY_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "herr", "frau", "m", "mme", "mlle", "monsieur", "madame", "sr", "sra", "srta", "senor", "senora", "don",
        "dona",
    }
)  # fmt: skip
ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"\w+(?:['-]\w+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-"})


def normalise_name(name: str, kind: str | None = None) -> str:
    """The normalised form of a speaker's name of ``kind`` (see rule 1; None: kind unknown, as in a search).

    Never empty for a name with any letter or digit.
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = _WORD.findall(folded)
    dropped = COURTESY_TITLES if kind == PERSON else COURTESY_TITLES | ARTICLES
    while len(words) > 1 and words[0] in dropped:
        words.pop(0)
    return " ".join(words) if words else " ".join(folded.split())


def speaker_id(kind: str, normalised: str) -> str:
    """The deterministic id of the speaker (kind, normalised name)."""
    return hashlib.sha256(f"{kind}\x1f{normalised}".encode()).hexdigest()[:32]


def surname(normalised: str) -> str | None:
    """The last word of a normalised name of two words or more, else None."""
    words = normalised.split(" ")
    return words[-1] if len(words) > 1 else None


def display_rank(name: str) -> tuple[bool, int, str]:
    """Sort key choosing a speaker's display name among the spellings seen: mixed case first, then shorter,
    then alphabetical (so the choice never depends on the order names arrive in)."""
    return (name.isupper() or name.islower(), len(name), name)


def best_display(names: Iterable[str]) -> str:
    """The display name among several spellings of one speaker."""
    return min(names, key=display_rank)


@dataclass(frozen=True, slots=True, order=True)
class SpeakerKey:
    """A speaker: its kind and normalised name."""

    kind: str
    name: str

    @property
    def speaker_id(self) -> str:
        return speaker_id(self.kind, self.name)

    @property
    def is_bare(self) -> bool:
        """A one-word person name: may stand for a full-named person of another article."""
        return self.kind == PERSON and " " not in self.name

    def aliases(self) -> frozenset[str]:
        """What this speaker answers to (rule 5)."""
        last = surname(self.name) if self.kind == PERSON else None
        return frozenset({self.name, last} if last else {self.name})


@dataclass(frozen=True, slots=True)
class Mention:
    """The speaker a claim is attributed to, as far as its own article tells.

    ``key`` is the speaker; when ``key.is_bare`` the mention was not resolved within the article and its final
    speaker is decided across articles (rule 4). ``display`` is the spelling to show for ``key``.
    """

    key: SpeakerKey
    display: str


def resolve_mentions(speakers: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Mention]:
    """Resolve the (name, kind) speakers of one article's claims to mentions (rules 1-3).

    Returns a mention for every distinct (name, kind) given.
    """
    distinct = set(speakers)
    spellings: dict[SpeakerKey, set[str]] = {}
    for name, kind in distinct:
        spellings.setdefault(SpeakerKey(kind, normalise_name(name, kind)), set()).add(name)
    by_surname: dict[str, set[SpeakerKey]] = {}
    for key in spellings:
        last = surname(key.name) if key.kind == PERSON else None
        if last:
            by_surname.setdefault(last, set()).add(key)
    mentions: dict[tuple[str, str], Mention] = {}
    for name, kind in distinct:
        key = SpeakerKey(kind, normalise_name(name, kind))
        if key.is_bare and len(full := by_surname.get(key.name, set())) == 1:
            key = next(iter(full))
        mentions[(name, kind)] = Mention(key, best_display(spellings[key]))
    return mentions
