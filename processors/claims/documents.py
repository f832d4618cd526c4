"""English documents that speak for the body that wrote or gave them.

A document opening a subject speaks for the body it comes from: "A submission from the council's planning
department, dated March 1998, stated" (the department), "A report commissioned by the town from engineering firm X
estimated" (the firm; the town only ordered it). After "according to", figures a body provided are that body's:
"according to figures the company provided to Stuff", "according to data released by the ministry".
"""

from __future__ import annotations

import re
from typing import Final

from newsflow.contracts import Speaker
from processors.claims.following import phrase_after
from processors.claims.lexicon import DOCUMENT_NOUNS
from processors.claims.memory import SpeakerMemory
from processors.claims.names import is_organisation
from processors.claims.phrases import NounPhrase
from processors.claims.vocabulary import PERIODICAL_ADJECTIVES

__all__ = ["document_author", "document_owner", "provided_figures"]

# A document opening the subject: an article, up to three modifiers and the document noun.
_OPENING_DOCUMENT: Final = re.compile(
    r"\s*(?:A|An|The|This|That|Another)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\b(?=[\s,])"
)
# Where the author is named after the document: "from X", "by X".
_AUTHOR_MARKER: Final = re.compile(r"\s(?:from|by)\s+")
# Words that put a name after another noun: "consultants for the agency X" names the agency, not the author.
_PREPOSITIONS: Final = frozenset({"for", "of", "by", "from", "to", "in", "at", "with", "on"})
# Participles whose "by" names who ordered, paid for or read out a document, not who wrote it.
_NOT_AUTHORED: Final = frozenset(
    {"commissioned", "ordered", "requested", "funded", "sponsored", "paid", "obtained", "seen", "reviewed", "read",
     "cited", "quoted", "leaked", "received", "sent", "sought"}
)  # fmt: skip
# "according to figures (that) the company provided": the documents, then who gave them.
_PROVIDED: Final = re.compile(
    r"\s+(?:the\s+|new\s+|latest\s+|recent\s+|official\s+){0,3}(?:figures|data|documents|statistics|numbers|records)"
    r"\s+(?:that\s+)?(?P<body>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:provided|released|published|supplied|gave|sent|shared|filed|submitted|disclosed|obtained\s+from)\b"
)


def _opens(phrase: NounPhrase, text: str, at: int) -> bool:
    """Whether ``phrase`` starts at ``at`` after no more than an article and a lowercase description ("engineering
    firm Pōtae Consulting"), not after a preposition ("consultants for the agency X")."""
    found = text.find(phrase.words[0], at)
    between = text[at:found].split() if found >= 0 else ["?"]
    return all(word.islower() and word not in _PREPOSITIONS for word in between)


# A body's name written before a document noun as its modifier: "A leaked Department of Finance paper", "The
# latest Harbour Board report" (capitalised words, joined by "of", "for", "and" or "the"), at the subject's end.
_BODY_BEFORE_DOCUMENT: Final = re.compile(
    r"\s*(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<body>[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&’'-]*){0,5})\s+(?P<noun>[a-z]+)\s*$"
)
# A body's publication by its own title, with its period (``PERIODICAL_ADJECTIVES``: "The trust's annual Rental
# Squeeze Snapshot", "the bank's quarterly Business Pulse"): the possessor, a body, speaks through it.
_OWNED_TITLE: Final = re.compile(
    r"\s*(?:(?:The|the|A|An)\s+)?(?P<owner>[\w-]+)[’']s\s+(?P<period>[a-z-]+)\s+(?:[A-Z][\w&’'-]*\s*){1,5}$"
)


def _named_body(words: list[str], memory: SpeakerMemory) -> Speaker | None:
    found = memory.resolve(NounPhrase(tuple(words), "proper", None, tuple(words)))
    return found if found is not None and found.kind == "organisation" else None


def document_owner(subject: str, memory: SpeakerMemory) -> Speaker | None:
    """The body whose document is the whole subject before a cue, named as the document's modifier ("A leaked
    Department of Finance paper shows": the department) or as the possessor of its titled periodical ("The trust's
    annual Rental Squeeze Snapshot found": the trust); None when the name is no body's."""
    last = subject.rsplit(None, 1)[-1] if subject.strip() else ""
    if last[:1].isupper():
        titled = _OWNED_TITLE.match(subject)
        if titled is None or titled.group("period") not in PERIODICAL_ADJECTIVES:
            return None
        owner = titled.group("owner")
        if owner[:1].isupper():
            return _named_body([owner], memory)
        found = memory.resolve(NounPhrase((owner,), "common", "the", (owner,)))
        return found if found is not None and found.kind == "organisation" else None
    modified = _BODY_BEFORE_DOCUMENT.match(subject)
    if modified is None or modified.group("noun") not in DOCUMENT_NOUNS:
        return None
    words = modified.group("body").split()
    return _named_body(words, memory) if is_organisation(words) else None


def document_author(subject: str, memory: SpeakerMemory) -> Speaker | None:
    """The body a document opening ``subject`` (the words before a cue) comes from, if it names one."""
    opening = _OPENING_DOCUMENT.match(subject)
    if opening is None or opening.group(1) not in DOCUMENT_NOUNS:
        return document_owner(subject, memory)
    for marker in _AUTHOR_MARKER.finditer(subject, opening.end(1)):
        before = subject[: marker.start()].rsplit(None, 1)
        if before and before[-1].lower() in _NOT_AUTHORED:
            continue
        phrase = phrase_after(subject, marker.end())
        if phrase is None or phrase.kind == "pronoun" or phrase.tail or not _opens(phrase, subject, marker.end()):
            continue  # "drawn up by consultants for the agency": the agency only ordered it
        found = memory.resolve(phrase)
        if found is not None and found.kind == "organisation":
            return found
    return None


def provided_figures(sentence: str, start: int, memory: SpeakerMemory) -> Speaker | None:
    """ "according to figures the company provided to Stuff": the body that gave the figures after ``start``."""
    provided = _PROVIDED.match(sentence, start)
    if provided is None:
        return None
    phrase = phrase_after(sentence[: provided.end("body")], provided.start("body"))
    return None if phrase is None or phrase.kind == "pronoun" else memory.resolve(phrase)
