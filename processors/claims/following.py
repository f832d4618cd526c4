"""The noun phrase right after a cue: the source of "according to ...", or the speaker of an inverted attribution.

Recognised, in English, German, French and Spanish:

* a pronoun ("..., behauptete er.", "a-t-il" is handled with the cue);
* a name, with a title before it or a description after a comma ("said Mr Smith", "sagte VLG-Chef Jörg Wendland
  am Dienstag", "a déclaré Mathieu Roussel, vigneron à Saint-Aulin");
* a description and the name it introduces ("the shipping analysis firm Corvel", "la alcaldesa de Villalcor,
  Marta Ibáñez");
* a description alone ("the county fire service", "la chambre d'agriculture", "seine Sprecherin"), whose head is
  its last word in English and its first in French and Spanish ("source proche du dossier");
* a document and who published it ("data from the port authority", "figures published by the health board",
  "datos de la Confederación Hidrográfica", "LSEG data"): the publisher speaks, else the document itself;
* an unnamed source with what qualifies it ("three people with knowledge of the plans", "people familiar with
  the talks", "une source proche du dossier").
"""

from __future__ import annotations

from typing import Final

from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    CALENDAR_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    PRONOUNS,
    STOP_WORDS,
    is_document_word,
    is_organisation_word,
    is_person_noun,
    is_role,
)
from processors.claims.names import (
    ABBREVIATED_TITLES,
    NAME_SUFFIXES,
    Token,
    bare,
    ends_in_person_name,
    glosses,
    in_proper_run,
    is_acronym,
    is_initial,
    is_name,
    is_organisation,
    raw_word,
    surname_before_object,
    tokens,
)
from processors.claims.phrases import NounPhrase
from processors.claims.vocabulary import SEPARABLE_PARTICLES

__all__ = ["FOREIGN_DETERMINERS", "inverted_subject", "phrase_after"]

# Articles and possessives of German, French and Spanish that open a noun phrase.
FOREIGN_DETERMINERS: Final = frozenset(
    {
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "einem", "einen", "eines", "seine",
        "seiner", "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren", "le", "la", "les", "l", "un", "une", "du",
        "son", "sa", "ses", "leur", "el", "los", "las", "una", "unos", "unas", "del", "su", "sus", "al",
        # relative possessives ("erklärte dessen Vorsitzender X") and genitive possessives
        "dessen", "deren", "seines", "ihres",
        # the nominative possessives before a masculine or neuter noun ("bezifferte ihr Ministerium auf ...")
        "sein", "ihr",
    }
)  # fmt: skip
_DETERMINERS: Final = DETERMINERS | FOREIGN_DETERMINERS
# German articles before a source ("laut der Kriminalstatistik") and the genitive after its noun ("des Rechnungshofs").
_GERMAN_ARTICLES: Final = frozenset({"der", "die", "das", "dem", "den", "des", "einer", "einem", "eines"})
_GERMAN_GENITIVES: Final = frozenset({"des", "der"})
# Quote marks around a newspaper's title after a genitive article ("laut einem Bericht des „Spiegel“").
_TITLE_OPENERS: Final = frozenset({"„", "“", '"', "»"})
_TITLE_CLOSERS: Final = frozenset({"“", "”", '"', "«"})
_MAX_TITLE_WORDS: Final = 4
# Words joining the parts of a phrase ("Ministry of Defence", "fédération des producteurs").
_NAME_AND: Final = frozenset({"y", "et", "e"})
_JOINERS: Final = frozenset({"of", "for", "de", "du", "des", "del", "der", "von", "d", "di", "da", "do", "dos"})
# Words before the publisher of a document ("data from ...", "figures published by ...", "datos de ...").
_PUBLISHED_BY: Final = frozenset({"from", "by", "of", "de", "des", "du", "del", "der", "von", "par", "por"})
# Words of a time between a document's participle and its "by" ("released today by", "published last week by").
_TIME_WORDS: Final = frozenset(
    {"today", "yesterday", "tonight", "earlier", "overnight", "on", "last", "this", "week", "month", "year",
     "morning", "afternoon", "evening"}
)  # fmt: skip
_MAX_TIME_WORDS: Final = 3
_PARTICIPLES: Final = frozenset(
    {"published", "released", "compiled", "seen", "issued", "produced", "commissioned", "obtained", "carried",
     "publiés", "publiées", "publié", "publiée", "publicados", "publicadas", "publicado", "publicada",
     "veröffentlichten", "veröffentlichte", "veröffentlicht"}
)  # fmt: skip
# Words that carry an unnamed source's qualification ("people familiar with", "source proche du dossier").
_UNNAMED_HEADS: Final = frozenset(
    {"people", "person", "persons", "source", "sources", "official", "officials", "insider", "insiders",
     "someone", "diplomats", "diplomat", "fuente", "fuentes", "personas", "personnes"}
)  # fmt: skip
# French and Spanish unnamed sources, whose adjectives follow them ("source policière", "fuentes judiciales").
_ROMANCE_UNNAMED: Final = frozenset({"source", "sources", "fuente", "fuentes", "personnes", "personas"})
_QUALIFIERS: Final = frozenset(
    {"familiar", "with", "close", "who", "briefed", "aware", "involved", "knowledgeable", "proche", "proches",
     "cercana", "cercanas", "cercano", "cercanos", "aus", "at", "in", "inside", "within", "on"}
)  # fmt: skip
# The preposition tying an unnamed source to the body it speaks for ("fuentes de la Policía Local").
_OF: Final = frozenset({"of", "de", "del", "du", "des", "d"})
_QUALIFIERS_OR_OF: Final = _QUALIFIERS | _OF
_MAX_WORDS: Final = 10
# Words tying a person's name to the body they speak from, and the fewest words of such a name.
_AFFILIATIONS: Final = frozenset({"of", "from", "at", "de", "du", "des", "del", "von", "vom"})
_NAME_WORDS: Final = 2
# Adjectives that may follow a post before a name ("la sénatrice écologiste", "le député européen").
_MAX_POSTED_ADJECTIVES: Final = 2
# The "de" tying a body or post to its place ("préfecture du Finistère", "Ayuntamiento de Vigo").
_ROMANCE_OF: Final = frozenset({"de", "du", "des", "del", "d'"})
# French and Spanish articles: the head noun follows them first, its adjectives after it.
_ROMANCE_ARTICLES: Final = frozenset({"le", "la", "l", "les", "un", "une", "el", "los", "las", "una"})
# Spanish intensifiers between an article and its noun ("el propio Gobierno", "la misma empresa").
_ROMANCE_INTENSIFIERS: Final = frozenset(
    {"propio", "propia", "propios", "propias", "mismo", "misma", "mismos", "mismas"}
)
# The French article elided before a vowel ("l'Insee", "l'agence"), written with either apostrophe.
_ELIDED_ARTICLES: Final = frozenset({"l'", "l’", "L'", "L’"})
_MAX_HEAD_GAP: Final = 3
_MAX_DESCRIPTION: Final = 7
_MAX_POST_DESCRIPTION: Final = 9
# A quote resuming after the speaker and their description ('", explicó X, secretaria general de Y, "...').
_QUOTE_OPENINGS: Final = frozenset({'"', "“", "«", "„", "‘"})
_CLAUSE_ENDS: Final = frozenset({".", ";", ":", "!", "?", "(", ")", "—", "–", '"', "“", "”", "«", "»", "„"})


def _is_word(token: str) -> bool:
    word = bare(token)
    return bool(word) and word[0].isalnum()


def _document_participle(word: str, before: str) -> bool:
    """ "a report submitted with the application", "a study filed by X": a lowercase participle after a document
    noun modifies it; it is no part of its name."""
    return word.islower() and word.endswith("ed") and len(word) > 4 and before.lower() in DOCUMENT_NOUNS


# How many capitalised words after "and" may lead to the organisation word ending a body's name.
_AND_BODY_REACH: Final = 3


def _and_in_body_name(toks: list[Token], i: int, words: list[str]) -> bool:
    """Whether the "and" at ``toks[i]`` joins two parts of one body's name: the words before it are capitalised and
    an organisation word ends the capitalised words after it ("Competition and Markets Authority")."""
    if not all(is_name(word) for word in words):
        return False
    for at in range(i + 1, min(i + 1 + _AND_BODY_REACH, len(toks))):
        word = bare(toks[at][1])
        if not is_name(word):
            return False
        if is_organisation_word(word):
            return True
    return False


_POST_FIELD_LINKS: Final = frozenset({"for", "of"})


def _and_in_post_field(words: list[str]) -> bool:
    """Whether an "and" after ``words`` joins the field of a post ("Minister for Transport and Tourism Rachel
    Aldous"): a capitalised title, "for" or "of", then up to :data:`_AND_BODY_REACH` capitalised words."""
    for at in range(len(words) - 2, max(len(words) - 2 - _AND_BODY_REACH, -1), -1):
        if words[at] in _POST_FIELD_LINKS:
            title = words[at - 1] if at > 0 else ""
            return title[:1].isupper() and is_role(title)
        if not is_name(words[at + 1]):
            return False
    return False


def _collect(toks: list[Token], start: int) -> tuple[list[str], list[str], int]:
    """Words of the phrase from ``toks[start]`` on (bare and raw), and the index after them."""
    words: list[str] = []
    raw: list[str] = []
    i = start
    seen_name = False
    while i < len(toks) and len(words) < _MAX_WORDS:
        token = toks[i][1]
        if token == "." and words and words[-1].lower() in ABBREVIATED_TITLES and i + 1 < len(toks):
            i += 1  # "sagte Statistiker Dr. Bernd Koch": the full stop of an abbreviated title
            continue
        if token == "." and words and is_initial(words[-1]) and i + 1 < len(toks) and is_name(toks[i + 1][1]):
            words.pop()  # "said Chief Minister K. Srinivasa Raghavan": a given name's initial is left out
            raw.pop()
            i += 1
            continue
        if token == "." and len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
            words.pop()  # "said Andre Toussaint Jr.": the suffix ends the name
            raw.pop()
            break
        if token == "&" and words and i + 1 < len(toks) and is_name(bare(toks[i + 1][1])):
            words.append(token)  # "according to ESPN Stats & Information": an ampersand joins a name's parts
            raw.append(token)
            i += 1
            continue
        if not _is_word(token):
            break
        word = bare(token)
        lower = word.lower()
        following = toks[i + 1][1] if i + 1 < len(toks) else ""
        joins = lower in _JOINERS and bool(words) and _is_word(following)
        if words and following in _TITLE_OPENERS and lower in _GERMAN_GENITIVES and is_document_word(words[-1]):
            title = _quoted_title(toks, i + 1)
            if title > i + 1:
                words.append(word)
                raw.append(raw_word(token))
                for k in range(i + 2, title - 1):
                    words.append(bare(toks[k][1]))
                    raw.append(raw_word(toks[k][1]))
                return words, raw, title
        if (
            joins
            and lower in _GERMAN_GENITIVES
            and (ends_in_person_name(words) or (i + 2 < len(toks) and surname_before_object(words, toks[i + 1][1])))
        ):
            break  # "sagte Holger Stein der Deutschen Presse-Agentur": the name ends; the paper is the addressee
        if (
            lower in _NAME_AND
            and len(words) > 1
            and following[:1].isupper()
            and is_organisation_word(words[0])
            and words[0][:1].isupper()
        ):
            # "el Instituto Nacional de Estadística y Censos": "y"/"et" joins the parts of a body's name.
            words.append(word)
            raw.append(raw_word(token))
            i += 1
            continue
        if (
            lower == "and"
            and words
            and following[:1].isupper()
            and (_and_in_body_name(toks, i, words) or _and_in_post_field(words))
        ):
            # "according to the Irish Nurses and Midwives Organisation": capitalised words on both sides of "and"
            # and an organisation word closing them name one body.
            words.append(word)
            raw.append(raw_word(token))
            i += 1
            continue
        if lower in STOP_WORDS and not joins:
            break
        if words and (lower in _PARTICIPLES or _document_participle(word, words[-1])):
            break
        if words and word.islower() and not joins and _german_noun(words[-1]):
            # "sagte der 52-Jährige nach dem Spiel": German adjectives stand before the noun, so a lowercase word
            # after a noun that cannot be English ("52-Jährige") ends the phrase.
            break
        proper = in_proper_run(word) or is_name(word) or _elided_in_body(word, words)
        if seen_name and not proper and not joins and lower not in NAME_PARTICLES and lower not in _DETERMINERS:
            # "the Palestinian health ministry": lowercase words after a name continue it up to a head noun;
            # "la Mutualité sociale agricole (MSA)": up to the acronym of the whole name.
            more = _head_after(toks, i) or _glossed(toks, i, words)
            if not more:
                break
            for offset in range(more):
                words.append(bare(toks[i + offset][1]))
                raw.append(raw_word(toks[i + offset][1]))
            i += more
            continue
        if seen_name and word[:1].isupper() and lower in NAME_PARTICLES and is_name(bare(following)):
            words.append(word)  # "Jeanne Le Roux", "Ana De la Fuente": a capitalised particle inside a surname
            raw.append(raw_word(token))
            i += 1
            continue
        if words and lower in _DETERMINERS and not joins and words[-1].lower() not in _JOINERS:
            break
        seen_name = seen_name or (proper and word[:1].isupper())
        words.append(word)
        raw.append(raw_word(token))
        i += 1
    return words, raw, i


_ELIDED_OF: Final = ("d'", "d’")


def _elided_in_body(word: str, words: list[str]) -> bool:
    """A capitalised word after an elided "d'" inside a body's name ("la Chambre d'Agriculture de Bretagne", "la
    Associació d'Hotelers de Barcelona"): the name goes on when a capitalised body's word opened it (a person's
    "Paul Martin d'Airbus" stops at the firm)."""
    return (
        word[:2].lower() in _ELIDED_OF
        and is_name(word[2:])
        and bool(words)
        and words[0][:1].isupper()
        and is_organisation_word(words[0])
    )


_MAX_GLOSSED: Final = 5


def _glossed(toks: list[Token], i: int, words: list[str]) -> int:
    """How many lowercase words from ``toks[i]`` complete a capitalised body's name glossed by its acronym in
    brackets right after them ("la Mutualité sociale agricole (MSA)", "la Caisse nationale d'assurance maladie
    (CNAM)"), or 0: the acronym's letters are the initials of the whole name."""
    j = i
    while j < len(toks) and j - i < _MAX_GLOSSED and _is_word(toks[j][1]) and bare(toks[j][1]).islower():
        j += 1
    if j == i:
        return 0
    return j - i if _glossed_here(toks, j, [*words, *(bare(token) for _, token in toks[i:j])]) else 0


def _glossed_here(toks: list[Token], end: int, words: list[str]) -> bool:
    """``words`` are a whole name glossed by the acronym in brackets at ``toks[end]``."""
    if end + 2 >= len(toks) or toks[end][1] != "(" or toks[end + 2][1] != ")":
        return False
    return glosses(bare(toks[end + 1][1]), words)


def _quoted_title(toks: list[Token], i: int) -> int:
    """A title in quote marks opening at ``toks[i]`` after a genitive article ("ein Bericht des „Spiegel“"): the
    index after its closing mark, or ``i`` when no short capitalised title closes there."""
    end = i + 1
    while end < len(toks) and end - i <= _MAX_TITLE_WORDS and _is_word(toks[end][1]):
        end += 1
    if end == i + 1 or end >= len(toks) or toks[end][1] not in _TITLE_CLOSERS or not toks[i + 1][1][:1].isupper():
        return i
    return end + 1


def _german_noun(word: str) -> bool:
    """A German noun of a number and a capitalised part ("52-Jährige", "3:0-Sieger"): never a name."""
    return word[:1].isdigit() and "-" in word and word.rsplit("-", 1)[-1][:1].isupper()


def _head_after(toks: list[Token], i: int) -> int:
    """How many lowercase words from ``toks[i]`` lead to a head noun (a body, a document or a person), or 0."""
    j = i
    while j < len(toks) and j - i < _MAX_HEAD_GAP and _is_word(toks[j][1]):
        word = bare(toks[j][1])
        if not word.islower() or word in STOP_WORDS:
            break
        j += 1
        if is_organisation_word(word) or word in DOCUMENT_NOUNS or is_person_noun(word) or word in ANONYMOUS_NOUNS:
            return j - i
        if _describes_body(word, bare(toks[j - 2][1]) if j - 2 >= 0 else ""):
            return j - i
    return 0


def _describes_body(word: str, before: str) -> bool:
    """A lowercase noun describing a body ("watchdog", "think tank"): ``before`` is the word preceding it."""
    return word in _BODY_DESCRIPTIONS or (word == "tank" and before.lower() == "think")


def _proper_tail(words: list[str]) -> int:
    """Index where the trailing run of capitalised words starts (``len(words)`` when the last word is lowercase)."""
    j = len(words)
    while j > 0:
        word = words[j - 1]
        inner = j < len(words) and j > 1 and is_name(words[j - 2])
        joined = word.lower() in _JOINERS or word.lower() in _NAME_AND or word in ("&", "and")
        if is_name(word) or (inner and (word.lower() in NAME_PARTICLES or joined)):
            j -= 1
            continue
        break
    return j


def _name_after_comma(toks: list[Token], i: int) -> tuple[list[str], list[str], int] | None:
    """A name standing alone after a comma at ``toks[i]``: ", Marta Ibáñez." (the end of the clause follows)."""
    if i >= len(toks) or toks[i][1] != ",":
        return None
    words, raw, j = _collect(toks, i + 1)
    if not words or not all(is_name(w) or w.lower() in NAME_PARTICLES for w in words):
        return None
    if j < len(toks) and toks[j][1] not in _CLAUSE_ENDS and toks[j][1] != ",":
        return None
    return words, raw, j


# a draft is the source, not what it is a draft of: "el borrador de la ordenanza", "the draft of the
# bill", "l'avant-projet de loi". What it drafts stays as its complement.
_DRAFTS: Final = frozenset({"borrador", "anteproyecto", "avant-projet", "draft"})
_DRAFT_OF: Final = frozenset({"of", "de", "del", "du", "des"})
_DRAFT_ARTICLES: Final = frozenset({"the", "la", "el", "le", "les", "los", "las", "l"})
_MAX_DRAFT_ADJECTIVES: Final = 2
_CLAUSE_CLOSERS: Final = frozenset({",", ";", ":", ".", ")"})


def _draft_of(toks: list[Token], j: int) -> tuple[str, ...]:
    """The complement of a draft ("de la ordenanza"): "de", an article and the lowercase noun drafted, with the
    lowercase adjectives that close the source's clause after it ("de la ordenanza fiscal,")."""
    if j >= len(toks) or bare(toks[j][1]).lower() not in _DRAFT_OF:
        return ()
    k = j + 1
    if k < len(toks) and bare(toks[k][1]).lower() in _DRAFT_ARTICLES:
        k += 1
    if k >= len(toks) or not _is_word(toks[k][1]) or not bare(toks[k][1]).islower() or toks[k][1] in STOP_WORDS:
        return ()
    end = k + 1
    while end < len(toks) and end - k <= _MAX_DRAFT_ADJECTIVES and _is_word(toks[end][1]):
        word = toks[end][1]
        if not word.isalpha() or not word.islower() or word in STOP_WORDS or word in _DRAFT_OF:
            break
        end += 1
    if end > k + 1 and (end >= len(toks) or toks[end][1] not in _CLAUSE_CLOSERS):
        end = k + 1  # "del reglamento municipal que ...": only a comma or a stop shows the adjectives end it
    return tuple(toks[m][1] for m in range(j, end))


def _titled_document(words: list[str], raw: list[str], determiner: str | None) -> NounPhrase | None:
    """A French or Spanish document with its title after it ("la encuesta Egatur", "le rapport Pisa", "l'étude
    Ifop"): the document and its title, whatever body is said to publish it after that."""
    if determiner not in _ROMANCE_ARTICLES or len(words) < 2 or not is_name(words[1]):
        return None
    end = 2
    while end < len(words) and is_name(words[end]):
        end += 1
    return NounPhrase(tuple(words[:end]), "common", determiner, tuple(raw[:end]))


def _document(
    toks: list[Token], i: int, words: list[str], determiner: str | None, raw: list[str] | None = None
) -> NounPhrase:
    """A document as the source: its publisher when named after it, else the document itself."""
    j = i
    while j < len(toks) and (
        bare(toks[j][1]).lower() in _PARTICIPLES or (bool(words) and _document_participle(toks[j][1], words[-1]))
    ):
        j += 1
    if i < j < len(toks) and bare(toks[j][1]).lower() not in _PUBLISHED_BY:
        # "a report released today by the X Trust", "figures published on Monday by": a time between the
        # participle and its "by"
        k = j
        while k < min(len(toks), j + _MAX_TIME_WORDS) and (
            toks[k][1].lower() in _TIME_WORDS or toks[k][1].lower() in CALENDAR_WORDS
        ):
            k += 1
        if k > j and k < len(toks) and toks[k][1] == "by":
            j = k
    if words and words[0].lower() in _DRAFTS:
        return NounPhrase(
            tuple(words), "common", determiner, tuple(words if raw is None else raw), tail=_draft_of(toks, j)
        )
    if j < len(toks) and bare(toks[j][1]).lower() in _PUBLISHED_BY:
        publisher = _phrase_at(toks, j + 1, allow_document=False)
        if (
            publisher is not None
            and publisher.kind == "common"
            and publisher.determiner is None
            and len(publisher.words) == 1
            and publisher.words[0].islower()
            and j == i
            and words
            and toks[j][1].lower() == "de"
        ):
            # "el escrito de acusación", "un rapport de synthèse": a bare noun after "de" says what kind of document
            # it is, not who wrote it.
            kind = (*words, "de", *publisher.words)
            return NounPhrase(kind, "common", determiner, (*(words if raw is None else raw), "de", *publisher.raw))
        if publisher is not None and publisher.kind != "pronoun":
            return publisher
    return NounPhrase(tuple(words), "common", determiner, tuple(words if raw is None else raw))


# Endings of an inflected German participle used as an adjective ("veröffentlichten", "vorgelegte", "erschienenen").
_PARTICIPIAL_ENDINGS: Final = ("ten", "te", "tem", "ter", "enen", "ene", "enem", "ener")
_MAX_ATTRIBUTE_WORDS: Final = 5


def _past_participial_attribute(toks: list[Token], i: int) -> int:
    """ "laut einer am Dienstag veröffentlichten Analyse der AK": a participial attribute between a German article
    and its document noun (when and by whom it was made); the index of the noun, else ``i``."""
    if i >= len(toks) or not toks[i][1].islower():
        return i  # the attribute opens with a preposition or an adverb ("am Dienstag", "gestern"), not a noun
    for k in range(i + 1, min(len(toks) - 1, i + _MAX_ATTRIBUTE_WORDS + 1)):
        word = toks[k][1]
        if not _is_word(word):
            return i
        noun = toks[k + 1][1]
        if word.isalpha() and word.islower() and word.endswith(_PARTICIPIAL_ENDINGS) and is_document_word(noun):
            return k + 1
    return i


def _phrase_at(toks: list[Token], start: int, allow_document: bool = True) -> NounPhrase | None:
    if start >= len(toks):
        return None
    at, opening = toks[start]
    if opening[:2] in _ELIDED_ARTICLES and len(opening) > 2 and opening[2].isalpha():
        # French "l'" split from its noun ("l'Insee" -> "l'", "Insee"), so the article opens the phrase.
        toks = [*toks[:start], (at, opening[:2]), (at + 2, opening[2:]), *toks[start + 1 :]]
    first = bare(toks[start][1])
    if first.lower() in PRONOUNS and not first.isupper():
        return NounPhrase((first,), "pronoun")
    determiner: str | None = None
    i = start
    if first.lower() in _DETERMINERS and i + 1 < len(toks) and _is_word(toks[i + 1][1]):
        determiner = first.lower()
        i += 1
        if (
            determiner in _ROMANCE_ARTICLES
            and bare(toks[i][1]).lower() in _ROMANCE_INTENSIFIERS
            and i + 1 < len(toks)
            and _is_word(toks[i + 1][1])
        ):
            i += 1  # "según el propio Ejecutivo", "la misma empresa": the intensifier is no part of the name
    if determiner in _GERMAN_ARTICLES:
        i = _past_participial_attribute(toks, i)
    words, raw, end = _collect(toks, i)
    if not words:
        return None
    lowers = [w.lower() for w in words]
    if determiner in _GERMAN_ARTICLES:
        german = _german_document(words, raw, determiner, toks[end - 1][1] in _TITLE_CLOSERS)
        if german is not None:
            return german
    # A document ("LSEG data", "data from the port authority", "a study published in ...").
    if allow_document and lowers[0] in DOCUMENT_NOUNS:
        titled = _titled_document(words, raw, determiner)
        return titled or _document(toks, i + 1, words[:1], determiner)
    if allow_document and lowers[-1] in DOCUMENT_NOUNS and all(w.islower() for w in words):
        # "unofficial results from the secretary of state's office": the publisher after the described document.
        return _document(toks, end, words, determiner, raw)
    if allow_document and lowers[-1] in DOCUMENT_NOUNS and words[-1][:1].islower() and is_name(words[0]):
        return NounPhrase(tuple(words[:-1]), "proper", raw=tuple(raw[:-1]))
    # An unnamed source and its qualification ("three people with knowledge of the plans").
    unnamed = next((k for k, w in enumerate(lowers) if w in _UNNAMED_HEADS), None)
    if unnamed is not None and unnamed + 1 == len(words) and end < len(toks):
        qualifier = bare(toks[end][1]).lower()
        if qualifier in _QUALIFIERS:
            more, _, end = _collect_clause(toks, end)
            return NounPhrase(tuple(words[: unnamed + 1]), "common", determiner, tail=tuple(more))
    if unnamed is not None and unnamed + 1 < len(words) and lowers[unnamed + 1] in _QUALIFIERS_OR_OF:
        # "sources close to the talks"; "fuentes de la Policía Local", "officials of the ministry".
        return NounPhrase(tuple(words[: unnamed + 1]), "common", determiner, tail=tuple(raw[unnamed + 1 :]))
    if (
        unnamed is not None
        and unnamed + 1 < len(words)
        and lowers[unnamed] in _ROMANCE_UNNAMED
        and all(w.islower() for w in words)
    ):
        # "source policière", "plusieurs sources gouvernementales", "fuentes judiciales": the adjectives follow.
        return NounPhrase(tuple(words[: unnamed + 1]), "common", determiner, tail=tuple(raw[unnamed + 1 :]))
    if not words[-1][:1].isupper() and _glossed_here(toks, end, words):
        # "la Mutualité sociale agricole (MSA)": the whole name its acronym glosses, lowercase words and all.
        return NounPhrase(tuple(words), "proper", determiner, raw=tuple(raw))
    affiliated = _affiliation(words)
    if affiliated:
        # "Karen Doyle of the Royal College of Nursing": the person, the body she speaks from as her role.
        return NounPhrase(
            tuple(words[:affiliated]),
            "proper",
            determiner,
            raw=tuple(raw[:affiliated]),
            role=" ".join(raw[affiliated:]),
        )
    tail_start = _proper_tail(words)
    if tail_start == 0:
        # A name, perhaps with a title before it; a description may follow after a comma.
        role = _description_after_comma(toks, end)
        return NounPhrase(tuple(words), "proper", determiner, raw=tuple(raw), role=role)
    named = _name_after_comma(toks, end)
    if named is not None:
        return NounPhrase(tuple(named[0]), "proper", raw=tuple(named[1]), role=" ".join(raw))
    if tail_start < len(words) and (_post_before(words, tail_start)):
        # "the Mayor of X" aside: a title in lowercase before a name ("union secretary Dana Whitlock").
        return NounPhrase(
            tuple(words[tail_start:]), "proper", raw=tuple(raw[tail_start:]), role=" ".join(raw[:tail_start])
        )
    if tail_start < len(words):
        # A descriptor and the name it introduces ("the shipping analysis firm Corvel").
        descriptor = " ".join(raw[:tail_start])
        described = words[tail_start - 1]
        if (
            is_organisation_word(described)
            or (described.islower() and _describes_body(described, words[tail_start - 2] if tail_start > 1 else ""))
            or (
                # "el portal inmobiliario Habitalia", "la consultora Idealista": the head comes first in Romance
                determiner in _ROMANCE_ARTICLES
                and is_organisation_word(words[0])
                and all(word.islower() and word not in _ROMANCE_OF for word in words[:tail_start])
            )
        ):
            return NounPhrase(tuple(words[tail_start:]), "proper", raw=tuple(raw[tail_start:]), descriptor=descriptor)
        if tail_start < 2 or words[tail_start - 1].lower() not in _ROMANCE_OF:
            return None
        # "la préfecture du Finistère", "el Ayuntamiento de Vigo": a body or post of a place, read as a description.
    named_body = _body_then_name(toks, end, words)
    if named_body is not None:
        return named_body
    # A description: the head is the first word in French and Spanish ("chambre d'agriculture"), else the last.
    if _head_first(lowers, determiner):
        return NounPhrase((words[0],), "common", determiner, (raw[0],), tail=tuple(raw[1:]))
    return NounPhrase(tuple(words), "common", determiner, tuple(raw))


# Lowercase nouns describing a body before its name ("the charity the X Fund", "the trade body the X Federation").
_BODY_DESCRIPTIONS: Final = frozenset(
    {"charity", "body", "watchdog", "regulator", "think-tank", "lobby", "nonprofit", "consultancy"}
)


def _body_then_name(toks: list[Token], end: int, words: list[str]) -> NounPhrase | None:
    """ "the industry group the American Copper Council": a lowercase description of a body, then its name after
    "the"; the name speaks, the description says what it is."""
    if not all(word.islower() for word in words):
        return None
    if not (is_organisation_word(words[-1]) or words[-1] in _BODY_DESCRIPTIONS):
        return None
    if end + 1 >= len(toks) or toks[end][1].lower() != "the" or not is_name(bare(toks[end + 1][1])):
        return None
    name, raw, _ = _collect(toks, end + 1)
    if not name or not all(is_name(word) or word.lower() in _JOINERS for word in name):
        return None
    return NounPhrase(tuple(name), "proper", raw=tuple(raw), descriptor=" ".join(words))


def _post_before(words: list[str], name_start: int) -> bool:
    """A title or noun for a person right before a name, or before the lowercase adjectives that follow it in
    French and Spanish ("la sénatrice écologiste Léa Fontaine", "el diputado socialista Juan Mora")."""
    for k in range(name_start - 1, max(name_start - 1 - _MAX_POSTED_ADJECTIVES, 0) - 1, -1):
        word = words[k]
        if is_role(word) or is_person_noun(word):
            return True
        if not word.isalpha() or not word.islower() or word in _AFFILIATIONS or word in NAME_PARTICLES:
            return False
    return False


def _noble_particle(word: str, rest: list[str]) -> bool:
    """Whether a German "von" before one last name is part of the name ("Karl Theodor von Guttenberg"), not the
    body the person speaks from ("Anna Keller von Alpen Research", "Jo Brandt von der UBS")."""
    return word == "von" and len(rest) == 1 and not is_acronym(rest[0]) and not is_organisation(rest)


def _affiliation(words: list[str]) -> int:
    """Where "of"/"from"/"at" ties a person's name to a body ("Jo Lee of Acme", "Ana Ruiz de la CGT"), else 0.

    The name before is at least two capitalised words that do not name a body or hold a post ("Bank of
    England", "Secretary of State" stay whole)."""
    for index, word in enumerate(words):
        if word in _AFFILIATIONS:
            name = words[:index]
            if (
                index >= _NAME_WORDS
                and index + 1 < len(words)
                and all(is_name(w) and not is_role(w) for w in name)
                and not is_organisation(name)
                and not _noble_particle(word, words[index + 1 :])
            ):
                return index
            return 0
    return 0


def _german_document(words: list[str], raw: list[str], determiner: str, titled: bool = False) -> NounPhrase | None:
    """A German document as a source ("laut der mittelfristigen Finanzplanung"; "laut dem jüngsten Jahresbericht
    des Rechnungshofs": the publisher in the genitive speaks). Inflected adjectives before the noun are dropped."""
    core = next((k for k, w in enumerate(words) if k > 0 and w in _GERMAN_GENITIVES), len(words))
    head = core - 1
    if head < 0 or not words[head][:1].isupper() or not is_document_word(words[head]):
        return None
    if core + 1 < len(words) and titled:
        # "laut einem Bericht des „Spiegel“": a title in quote marks publishing a document is a publisher.
        return NounPhrase(tuple(words[core + 1 :]), "proper", raw=tuple(raw[core + 1 :]), descriptor=words[head])
    if core + 1 < len(words):
        return NounPhrase(tuple(words[core + 1 :]), "proper", words[core], raw=tuple(raw[core + 1 :]))
    return NounPhrase((words[head],), "common", determiner, (raw[head],))


def _head_first(lowers: list[str], determiner: str | None = None) -> bool:
    """Whether the head noun comes first: a listed head followed by a joiner or adjective (Romance word order).

    After a French or Spanish article any word may follow the head ("l'agence régionale de santé")."""
    if len(lowers) < 2:
        return False
    first = lowers[0]
    listed = first in ANONYMOUS_NOUNS or first in DOCUMENT_NOUNS or is_organisation_word(first) or is_role(first)
    return listed and (
        lowers[1] in _JOINERS
        or lowers[1].startswith(("d'", "d’"))
        or lowers[1] in _QUALIFIERS
        or determiner in _ROMANCE_ARTICLES
    )


def _collect_clause(toks: list[Token], start: int) -> tuple[list[str], list[str], int]:
    """Words up to the end of the clause (a comma or a full stop), at most :data:`_MAX_WORDS`."""
    words: list[str] = []
    raw: list[str] = []
    i = start
    while i < len(toks) and len(words) < _MAX_WORDS and _is_word(toks[i][1]):
        words.append(bare(toks[i][1]))
        raw.append(raw_word(toks[i][1]))
        i += 1
    return words, raw, i


def _description_after_comma(toks: list[Token], i: int) -> str | None:
    """ ", vigneron à Saint-Aulin." after a name: a description running to the end of the sentence."""
    if i >= len(toks) or toks[i][1] != ",":
        return None
    words, raw, j = _collect_clause(toks, i + 1)
    if not words or words[0][:1].isupper() or words[0].lower() in PRONOUNS:
        return None
    # A post with the body it serves may run longer ("secretaria general de la Federación de Empleados ...").
    if len(words) > (_MAX_POST_DESCRIPTION if is_role(words[0]) else _MAX_DESCRIPTION):
        return None
    resumed = j + 1 < len(toks) and toks[j][1] == "," and toks[j + 1][1] in _QUOTE_OPENINGS
    if j < len(toks) and toks[j][1] not in (".", ";", "!", "?") and not resumed:
        return None  # the sentence goes on: this is its main clause, not a description
    return " ".join(raw)


def phrase_after(text: str, pos: int) -> NounPhrase | None:
    """The noun phrase right after ``pos`` ("according to officials", '"...," said Mr Smith')."""
    return _phrase_at(tokens(text, pos), 0)


# What may follow the subject of an inverted cue: time and place ("sagte er am Montag", "said Smith on Tuesday").
_SEPARABLE_ENDS: Final = frozenset(SEPARABLE_PARTICLES)
_AFTER_INVERTED: Final = frozenset(
    {"in", "at", "on", "am", "im", "beim", "vor", "nach", "à", "en", "au", "lors", "el", "este", "esta", "ante",
     "yesterday", "today", "tonight", "afterwards", "later", "recently", "last", "this", "during", "after",
     "before", "when", "while", "adding", "who", "gestern", "heute", "dazu", "dans", "hier", "lundi", "ayer", "hoy",
     "dem", "den", "der", "gegenüber", "auf", "bei", "mit", "an", "ein", "zurück", "aus", "zu", "hinzu", "dennoch",
     "jedoch", "aber", "allerdings", "zudem", "außerdem", "auch", "ebenfalls", "bereits", "erneut", "nun", "jetzt",
     "damals", "zuletzt", "weiter", "trotzdem", "inzwischen", "bislang", "indes", "deshalb", "daher", "zufolge"}
)  # fmt: skip


# Prepositions left dangling at the end of a speaker's tail ("la dependencia en", "le ministère dans").
_DANGLING: Final = frozenset({"en", "dans", "à", "a", "au", "par", "por", "de", "sur", "con", "avec", "in", "on", "at"})
# After a quote, a relative clause may describe an unnamed speaker ("», raconte une voisine qui ...").
_RELATIVE_AFTER: Final = frozenset({"que", "qui", "who"})
_INDEFINITE_SPEAKERS: Final = frozenset({"un", "une", "una", "uno", "a", "an"})


def _before_relative(phrase: NounPhrase) -> NounPhrase | None:
    """'», señaló una enfermera del hospital que prefirió no dar su nombre': after a quote, the unnamed speaker
    up to the relative clause describing them (None when no relative clause ends the phrase)."""
    lowers = [word.lower() for word in (*phrase.words, *phrase.tail)]
    cut = next((k for k, word in enumerate(lowers) if word in _RELATIVE_AFTER), None)
    if cut is None or cut == 0:
        return None
    count = len(phrase.words)
    words = phrase.words[: min(cut, count)]
    raw = phrase.raw[: min(cut, count)] if len(phrase.raw) == count else phrase.raw
    tail = phrase.tail[: max(cut - count, 0)]
    if len(words) > 1 and words[1].lower() in _AFFILIATIONS:
        tail = (*raw[1:], *tail)  # "una enfermera del hospital": the head first, its complement after it
        words, raw = words[:1], raw[:1]
    return NounPhrase(words, "common", phrase.determiner, raw, phrase.role, tail, phrase.descriptor)


_MAX_POST_WORDS: Final = 9


def _post_then_name(toks: list[Token]) -> NounPhrase | None:
    """ "sagte die Erste Bevollmächtigte der IG Metall Ebersfeld, Derya Aksoy.": a German post (with the body it
    serves) after an inverted cue, then the person's name alone after a comma: the name speaks, the post is its
    role."""
    if not toks or bare(toks[0][1]).lower() not in _GERMAN_ARTICLES:
        return None
    comma = next((k for k, (_, token) in enumerate(toks[: _MAX_POST_WORDS + 1]) if not _is_word(token)), None)
    if comma is None or comma < 2 or toks[comma][1] != ",":
        return None
    post = [bare(token) for _, token in toks[1:comma]]
    if not post[0][:1].isupper() or not any(
        is_role(word) or is_person_noun(word) or word in _GERMAN_GENITIVES for word in post
    ):
        return None  # a post, or a noun with the body it belongs to in the genitive
    named = _name_after_comma(toks, comma)
    if named is None or len(named[0]) < _NAME_WORDS or not ends_in_person_name(named[0]):
        return None
    role = " ".join(raw_word(token) for _, token in toks[1:comma])
    return NounPhrase(tuple(named[0]), "proper", raw=tuple(named[1]), role=role)


def inverted_subject(text: str, pos: int, quoted: bool = False) -> NounPhrase | None:
    """The subject after an inverted cue (", said Mr Smith.", ", behauptete er.", "», afirmó la alcaldesa ...").

    Unlike :func:`phrase_after` the phrase must end its clause, or be followed only by when and where it was
    said: "said Sinwar's appointment would ..." opens the reported clause instead.
    """
    toks = tokens(text, pos)
    apposed = _post_then_name(toks)
    if apposed is not None:
        return apposed
    phrase = _phrase_at(toks, 0)
    if phrase is not None and phrase.kind == "common" and len(phrase.words) > 1 and phrase.words[-1] in _SEPARABLE_ENDS:
        # '", gab der 24-Jährige zu.': the particle of a German separable verb closes the clause
        kept = phrase.raw[:-1] if len(phrase.raw) == len(phrase.words) else phrase.raw
        words = phrase.words[:-1]
        phrase = NounPhrase(words, phrase.kind, phrase.determiner, kept, phrase.role, phrase.tail, phrase.descriptor)
    if quoted and phrase is not None and phrase.kind == "common" and phrase.determiner in _INDEFINITE_SPEAKERS:
        described = _before_relative(phrase)
        if described is not None:
            return described
    if phrase is not None and phrase.kind == "common" and phrase.tail and phrase.tail[-1].lower() in _DANGLING:
        # "», confirmó la dependencia en un comunicado": the preposition opens how it was said, not the speaker.
        tail = phrase.tail
        while tail and tail[-1].lower() in _DANGLING:
            tail = tail[:-1]
        return phrase.with_tail(tail)
    if phrase is None or (phrase.kind == "common" and phrase.tail):
        return phrase
    i = 1 if toks and bare(toks[0][1]).lower() in _DETERMINERS and phrase.kind != "pronoun" else 0
    if phrase.kind == "pronoun":
        end = 1
    else:
        _, raw, end = _collect(toks, i)
        if raw and raw[-1].endswith(("'s", "’s")):
            return None
    if end >= len(toks) or not _is_word(toks[end][1]):
        return phrase
    if _closing_adjective(toks, end):
        return phrase  # ", informó la Secretaría de Seguridad Pública estatal.": an adjective ends the name
    return phrase if bare(toks[end][1]).lower() in _AFTER_INVERTED else None


def _closing_adjective(toks: list[Token], end: int) -> bool:
    """One lowercase word (not a function word) closing the sentence right after a name."""
    word = toks[end][1]
    closes = end + 1 >= len(toks) or toks[end + 1][1] in (".", "!", "?", ";")
    return closes and word.isalpha() and word.islower() and len(word) > 3 and word not in _DANGLING
