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
from processors.claims.lexicon import ANONYMOUS_NOUNS, DOCUMENT_NOUNS, is_organisation_word, is_person_noun
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
# Adjectives that stand before a document ("le dernier rapport du Comité", "el último informe del INE").
_BEFORE_DOCUMENT: Final = frozenset(
    {"dernier", "dernière", "derniers", "dernières", "nouveau", "nouvelle", "nouveaux", "nouvelles", "récent",
     "récente", "premier", "première", "último", "última", "últimos", "últimas", "nuevo", "nueva", "nuevos",
     "nuevas", "reciente", "primer", "primera"}
)  # fmt: skip
# The circle around a person, who speak for it unnamed: "l'entourage de Mme X", "les proches du ministre", "el
# entorno del presidente", "los allegados a la ministra" -> the whole description.
_CIRCLE_NOUNS: Final = frozenset({"entourage", "proches", "entorno", "allegados", "cercanos", "círculo"})
_CIRCLE_OF: Final = _OF | {"a", "al"}
_ARTICLES: Final = frozenset({"le", "la", "les", "el", "los", "las"})
_MAX_BODY_WORDS: Final = 6


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
        body = _body_clause(sentence, after)
        if body is not None:
            return as_speaker(body, "organisation")
        phrase = phrase_after(sentence, after)
        if phrase is None or phrase.kind == "pronoun" or (phrase.kind == "common" and phrase.determiner is None):
            return None  # "el escrito de acusación": a bare noun after "de" is the document's kind, no author
        speaker = memory.resolve(phrase.with_role(None))
        return speaker if speaker is not None and speaker.kind in _AUTHORS else None
    return None


def _body_clause(sentence: str, start: int) -> str | None:
    """A body's name running to the end of the source's clause after a document ("du Comité de monitoring,",
    "de l'Observatoire belge des revenus publiée en ..."): its words after the article, when the first one is
    capitalised and marks a body and the clause ends within a few words; else None."""
    toks = tokens(sentence, start, min(len(sentence), start + 100))[: _MAX_BODY_WORDS + 2]
    words = [word for _, word in toks]
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    elif words and words[0][:2].lower() in ("l'", "l’"):
        words = [words[0][2:], *words[1:]]
    if not words or not words[0][:1].isupper() or not is_organisation_word(words[0]):
        return None
    for end, word in enumerate(words):
        lower = word.lower()
        if word in (",", ";", ".", "(") or (end > 1 and lower.endswith(_PARTICIPLE_ENDINGS) and lower not in _OF):
            kept = words[:end]
            return " ".join(kept) if 1 < len(kept) <= _MAX_BODY_WORDS and kept[-1].lower() not in _OF else None
    return None


def _circle_of_named(sentence: str, start: int) -> Speaker | None:
    """The circle around a named person ("l'entourage du ministre Paul Lenoir,"): the whole description up to the
    comma closing the source."""
    comma = sentence.find(",", start, start + 80)
    if comma < 0:
        return None
    text = sentence[start:comma].strip()
    first = text.split(None, 2)[:2]
    if not first:
        return None
    head = first[0][2:] if first[0][:2].lower() in ("l'", "l’") else first[1] if len(first) > 1 else ""
    return as_speaker(text, "anonymous") if head.lower() in _CIRCLE_NOUNS else None


def _documented_body(sentence: str, start: int) -> Speaker | None:
    """The body named in full after a document read as a name ("une note de la Banque nationale,")."""
    toks = tokens(sentence, start, min(len(sentence), start + 40))[:4]
    for index, (offset, word) in enumerate(toks[:-1]):
        if word.lower() in DOCUMENT_NOUNS:
            after, of = toks[index + 1]
            if of.lower() in _OF:
                body = _body_clause(sentence, after + len(of))
            elif of.lower().startswith(_ELIDED_OF):
                body = _body_clause(sentence, after)
            else:
                return None
            return None if body is None else as_speaker(body, "organisation")
        if not word.isalpha() or offset < start:
            return None
    return None


def _unknown_publisher(sentence: str, start: int, phrase: NounPhrase, memory: SpeakerMemory) -> Speaker | None:
    """A document whose publisher is a common noun the memory does not know as a body ("selon les chiffres de la
    criée,", "según los datos de la cofradía,"): the document and its publisher as written, up to the comma
    closing the source; the publisher itself when the memory knows it."""
    toks = tokens(sentence, start, min(len(sentence), start + 80))[: _MAX_BODY_WORDS + 1]
    words = [word for _, word in toks]
    at = 1 if words and words[0].lower() in _ARTICLES else 0
    if len(words) < at + 3 or words[at].lower() not in DOCUMENT_NOUNS or words[at + 1].lower() not in _OF:
        return None
    speaker = memory.resolve(phrase)
    if speaker is not None:
        return speaker
    end = next((k for k, word in enumerate(words) if not word[:1].isalnum()), None)
    if end is None or words[end] not in (",", ";", ".") or not all(word.islower() for word in words[:end]):
        return None
    return as_speaker(sentence[start : toks[end][0]].strip(), "organisation")


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
        return _circle_of_named(sentence, start) or _documented_body(sentence, start)
    words = _cut_participle((*phrase.words, *phrase.tail))
    head = words[0].lower()
    if head not in DOCUMENT_NOUNS and phrase.determiner in _ARTICLES and not phrase.tail:
        published = _unknown_publisher(sentence, start, phrase, memory)
        if published is not None:
            return published
    if head in _CIRCLE_NOUNS and len(words) > 1 and (words[1] in _CIRCLE_OF or words[1].startswith(_ELIDED_OF)):
        return as_speaker(_with_determiner(phrase.determiner, words), "anonymous")
    if head in _BEFORE_DOCUMENT and len(words) > 1 and words[1].lower() in DOCUMENT_NOUNS:
        head = words[1].lower()
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
