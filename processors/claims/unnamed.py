"""The last resort for a speech cue whose subject no strategy reads: an unnamed source described before it, as written.

"One government whip said ...", "But executives at two of the larger producers, who spoke on condition of
anonymity, said ...", "Mehrere Beamte des Hauses bestätigen ...": a speech verb whose subject is a description
with an indefinite determiner or a bare plural. Such a subject names nobody met before, so neither the memory nor
the name rules find it; without this the claim would go to the last person quoted or lose its attribution.

Only the words before the first comma of the clause count (a relative or participial insertion follows it), the
phrase must open with an indefinite determiner, a number or quantifier, or a lowercase plural noun, and it must
hold no word that starts a clause or carries a verb ("that", "who", "was", "dass", "ist"): the phrase is then the
verb's subject. A definite description ("the company", "der Konzern") is left to the memory, a proper name to the
name rules.
"""

from __future__ import annotations

import re
from typing import Final

from newsflow.contracts import Speaker
from processors.claims.memory import as_speaker

__all__ = ["SPEECH_VERBS", "unnamed_subject"]

# The cues that report speech in every sense, so that a subject found only by this last resort is a speaker:
# "Troops moved into the region" or "Prices rose" must stay unattributed, whatever else a cue word may mean.
SPEECH_VERBS: Final = frozenset(
    {"said", "says", "told", "claimed", "insisted", "insists", "warned", "warns", "admitted", "admits", "denied",
     "denies", "confirmed", "confirms", "stated", "argued", "argues", "acknowledged", "alleged", "explained",
     "added", "sagte", "sagten", "sagt", "erklärte", "erklärten", "bestätigte", "bestätigten", "bestätigen",
     "betonte", "betonten", "warnte", "warnten", "berichtete", "berichteten", "räumte ein", "räumten ein",
     "kritisierte", "kritisierten"}
)  # fmt: skip

# Conjunctions that may open the clause before its subject ("But executives ... said").
_OPENERS: Final = frozenset({"but", "and", "yet", "still", "meanwhile", "aber", "und", "doch", "auch"})
# Determiners of one unnamed source ("a", "one", "another"; "ein", "eine", "einer").
_SINGLE: Final = frozenset({"a", "an", "one", "another", "ein", "eine", "einer"})
# Determiners and quantifiers of several ("two officials", "several residents", "mehrere Beamte").
_SEVERAL: Final = frozenset(
    {"two", "three", "four", "five", "six", "several", "many", "some", "most", "few", "dozens", "hundreds",
     "zwei", "drei", "vier", "fünf", "mehrere", "einige", "viele", "zahlreiche", "etliche"}
)  # fmt: skip
# Words that open a clause or carry a verb: a phrase holding one is not a bare subject.
_NOT_IN_SUBJECT: Final = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "while", "if", "because", "as", "after", "before", "since",
     "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
     "may", "might", "must", "can", "cannot", "not", "did", "does", "do", "said", "says", "told", "it", "this",
     "there", "they", "he", "she", "we", "i", "you", "dass", "weil", "wenn", "als", "ob", "ist", "sind", "war",
     "waren", "hat", "haben", "hatte", "wird", "werden", "nicht", "es", "er", "sie", "wir", "man"}
)  # fmt: skip
# Nouns of a source that stays unnamed: "a spokesperson", "a senior official", "ein Insider". Another singular
# description after "a"/"an" ("A former treasurer of a children's charity admitted") is, in a lede, the person the
# next sentences name, so it is left to that rule.
_UNNAMED_NOUNS: Final = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "source", "insider", "aide", "adviser", "advisor",
     "whip", "diplomat", "group", "executive", "officer", "employee", "worker", "staffer", "person", "witness",
     "analyst", "economist", "lawyer", "banker", "trader", "negotiator", "sprecher", "sprecherin", "insiderin",
     "beamter", "beamtin", "mitarbeiter", "mitarbeiterin", "vertreter", "vertreterin", "manager", "managerin",
     "analystin", "analytiker", "analytikerin", "kenner", "kennerin"}
)  # fmt: skip
# Participles opening a description after the source's noun ("holding", "representing", "owning").
_PARTICIPLES: Final = frozenset({"holding", "representing", "owning", "controlling"})
_HEAD_END: Final = frozenset({"of", "for", "at", "in", "from", "with", "close", "familiar", "des", "der", "von", "aus"})
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*")
_MAX_WORDS: Final = 8
_MIN_PLURAL: Final = 4  # "officials", "residents": a bare plural noun of at least this many letters


def _opening(words: list[str]) -> str | None:
    """The kind of source the first word opens: "anonymous" for one, "group" for several, else None."""
    first = words[0].lower()
    if first in _SINGLE:
        return "anonymous"
    if first in _SEVERAL or first[:1].isdigit():
        return "group"
    if words[0][1:].islower() and len(first) >= _MIN_PLURAL and first.endswith("s") and not first.endswith("ss"):
        return "group"  # "executives at two of the larger producers", "Officials"
    return None


def _head_at(words: list[str]) -> int:
    """Where the noun heading a description stands: its last word before a preposition."""
    return next((i for i, word in enumerate(words) if i and word.lower() in _HEAD_END), len(words)) - 1


def _head(words: list[str]) -> str:
    """The noun heading a description: its last word before a preposition ("spokesperson" of "A No 10
    spokesperson", "official" of "a senior official at the ministry")."""
    return words[_head_at(words)]


def unnamed_subject(sentence: str, start: int, floor: int) -> Speaker | None:
    """The unnamed source described right before a cue starting at ``start`` (not looking before ``floor``), as
    written, or None when the words there are not such a subject."""
    segment = sentence[floor:start]
    if not segment.strip() or segment.rstrip()[-1:] in ";:\"'“”„«»‹›)":
        return None  # a quote before the cue: the subject, if any, follows the cue
    clause = segment.split(",", 1)[0]  # "executives at two producers, who spoke on condition of anonymity, said"
    if any(mark in clause for mark in "\"“”„«»()"):
        return None
    words = _WORD.findall(clause)
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    participle = next((i for i, word in enumerate(words) if i > 1 and word.lower() in _PARTICIPLES), None)
    if participle is not None:
        # "An ad hoc group of bondholders holding 38 per cent of the notes said": the participle's phrase
        # describes the source; the source is written up to it.
        cut = clause.find(" " + words[participle])
        clause = clause[:cut] if cut > 0 else clause
        words = words[:participle]
    if not words or len(words) > _MAX_WORDS * 2 or any(word.lower() in _NOT_IN_SUBJECT for word in words[1:]):
        return None
    kind = _opening(words)
    if kind is None or (len(words) == 1 and kind == "anonymous"):
        return None
    single = words[0].lower() in {"a", "an", "ein", "eine", "einer"}
    if single and _head(words).lower() not in _UNNAMED_NOUNS:
        return None
    if len(words) > _MAX_WORDS and not (single and _head_at(words) < _MAX_WORDS):
        # "A senior manager at a large hospital trust in the north of England said": one unnamed source and
        # where they work may run longer; other descriptions keep to a few words.
        return None
    begin = clause.index(words[0])
    written = clause[begin:].strip()
    return as_speaker(written, "group" if kind == "group" else "anonymous")
