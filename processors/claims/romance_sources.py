"""The source after a French or Spanish "selon", "d'après", "según" or "de acuerdo con".

- A document and its author: "selon les calculs de l'Unédic", "d'après une note de la Dares", "según los datos
  del INE" -> the author, when the complement after "de" names a body or a person; else the document as written
  ("de acuerdo con el borrador del reglamento"), with its adjectives ("el reporte preliminar").
- An unnamed person and their tie: "selon un conseiller de l'exécutif", "según un portavoz de la empresa" -> the
  whole description, unnamed (not the body it belongs to).
- A participle describing how the source was reached ends it: "según fuentes de la investigación consultadas por
  este diario" -> "fuentes de la investigación".
"""

from __future__ import annotations

from typing import Final

from newsflow.contracts import Speaker
from processors.claims.following import phrase_after
from processors.claims.lexicon import ANONYMOUS_NOUNS, DOCUMENT_NOUNS, is_person_noun
from processors.claims.memory import SpeakerMemory, as_speaker
from processors.claims.names import tokens
from processors.claims.phrases import NounPhrase

__all__ = ["ROMANCE_SOURCE_CUES", "romance_source"]

ROMANCE_SOURCE_CUES: Final = frozenset({"selon", "d'après", "d’après", "según", "de acuerdo con"})
# "de" joining a document or a person to whom it belongs ("calculs de l'Unédic", "datos del INE").
_OF: Final = frozenset({"de", "du", "des", "del"})
_ELIDED_OF: Final = ("d'", "d’")
_INDEFINITE: Final = frozenset({"un", "une", "una", "uno", "unos", "unas", "des"})
# Participles that say how a source was reached, and the "par"/"por" after them.
_PARTICIPLE_ENDINGS: Final = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_BY: Final = frozenset({"par", "por"})
_AUTHORS: Final = frozenset({"organisation", "person", "anonymous", "group"})
_MAX_ADJECTIVES: Final = 2


def _cut_participle(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a participle followed by "par"/"por" ("consultadas por este diario")."""
    for index in range(1, len(words) - 1):
        if words[index].lower().endswith(_PARTICIPLE_ENDINGS) and words[index + 1].lower() in _BY:
            return words[:index]
    return words


def _with_determiner(determiner: str | None, words: tuple[str, ...]) -> str:
    if not determiner:
        return " ".join(words)
    if determiner == "l":
        return "l'" + " ".join(words)
    return " ".join((determiner, *words))


def _author(sentence: str, start: int, document: str, memory: SpeakerMemory) -> Speaker | None:
    """The body or person after the "de" that follows ``document`` in the first words after ``start``."""
    toks = tokens(sentence, start, min(len(sentence), start + 120))[:6]
    seen = False
    for offset, word in toks:
        lower = word.lower()
        if not seen:
            seen = lower == document
            continue
        if lower in _OF:
            after = offset + len(word)
        elif lower.startswith(_ELIDED_OF) and len(lower) > 2:
            after = offset + 2
        elif lower.isalpha() and lower[:1].islower():
            continue  # an adjective between the document and its author ("une note interne de la Dares")
        else:
            return None
        phrase = phrase_after(sentence, after)
        if phrase is None or phrase.kind == "pronoun":
            return None
        speaker = memory.resolve(phrase.with_role(None))
        return speaker if speaker is not None and speaker.kind in _AUTHORS else None
    return None


def _adjectives_after(sentence: str, start: int, document: str) -> tuple[str, ...]:
    """The lowercase adjectives closing the phrase after ``document`` ("el reporte preliminar,"), else none."""
    toks = tokens(sentence, start, min(len(sentence), start + 80))[: _MAX_ADJECTIVES + 3]
    heads = [index for index, (_, word) in enumerate(toks) if word.lower() == document]
    if not heads:
        return ()
    adjectives: list[str] = []
    for _, word in toks[heads[0] + 1 :]:
        if word in (",", ";", ":", ".") and adjectives:
            return tuple(adjectives)
        if not word.isalpha() or not word.islower() or word in _OF or len(adjectives) == _MAX_ADJECTIVES:
            return ()
        adjectives.append(word)
    return ()


def romance_source(sentence: str, start: int, phrase: NounPhrase, memory: SpeakerMemory) -> Speaker | None:
    """The source of a French or Spanish "selon"/"según" whose phrase after ``start`` is ``phrase``, or None to
    leave it to the general reading."""
    if phrase.kind != "common":
        return None
    words = _cut_participle((*phrase.words, *phrase.tail))
    head = words[0].lower()
    if head in DOCUMENT_NOUNS:
        author = _author(sentence, start, head, memory)
        if author is not None:
            return author
        if len(words) == 1:
            words = (*words, *_adjectives_after(sentence, start, head))
        return as_speaker(_with_determiner(phrase.determiner, words), "organisation")
    if len(words) < len(phrase.words) + len(phrase.tail) and (head in ANONYMOUS_NOUNS or is_person_noun(head)):
        return as_speaker(_with_determiner(phrase.determiner, words), "anonymous")
    if phrase.determiner in _INDEFINITE and len(words) > 1 and (head in ANONYMOUS_NOUNS or is_person_noun(head)):
        second = words[1].lower()
        if second in _OF or second.startswith(_ELIDED_OF):
            return as_speaker(_with_determiner(phrase.determiner, words), "anonymous")
    return None
