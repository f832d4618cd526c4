"""Who a cue attributes a sentence to: the strategies, tried in order, that find the speaker of one cue.

1. A source named after the cue ("according to the ministry", "nach Angaben der Stadtwerke", "heißt es aus
   Unternehmenskreisen"); figures a body provided are the body's ("according to figures the insurer supplied").
2. A pronoun inside the cue ("a-t-il assuré").
3. An inverted attribution: the cue right after a comma or a quote, the speaker after it ('", said Mr Smith',
   "..., behauptete er.", "», afirmó la alcaldesa de Villalcor, Marta Ibáñez.").
4. A German perfect ("Die Gewerkschaft hat ... angekündigt", "Falk hatte ... gesagt"): the subject stands
   before the auxiliary.
5. The subject right before the cue ("Spies claimed", "Jo Lee, an analyst at Acme, said"); in English the head of
   a subject carrying modifiers, when the nearest noun is inside them ("Scientists who contributed to the report
   said", "Police in Kestrel Bay, Ont., say", "A study commissioned by the town estimated"; see heads.py); a document
   opening the subject speaks for the body it comes from ("A letter from the roads office, dated 2004, stated";
   see documents.py).
6. The subject of a coordinated clause ("Rita Okafor branded the saga a 'scandal' and said ...").
7. The agent of a passive ("Les pertes sont estimées ... par la fédération des producteurs").
8. For a participle cue with no subject ("audio emerged of X ... — telling them"), the person named before it;
   after a main clause opened by a description, that subject ("A federal judge threw out ..., ruling that"); a
   French or Spanish gerund after a comma ("Mme X a écarté l'hypothèse, rappelant que") speaks for the person
   named in the clause before it.

9. Last, for a verb that reports speech in every sense ("said", "bestätigen"), an unnamed source described before
   it, as written ("One government whip said", "Mehrere Beamte des Hauses bestätigen"; see unnamed.py).

After "selon", "d'après", "según", "de acuerdo con" a document speaks for its author ("selon les calculs de
l'Unédic") and an unnamed source keeps its tie ("un conseiller de l'exécutif"): see ``romance_sources``.

Some cues speak only for some subjects: "heard" for a court ("The court heard"), "show" for documents
("Records show").
"""

from __future__ import annotations

import re
from typing import Final

from newsflow.contracts import Speaker, SpeakerKind
from processors.claims.cues import (
    CIRCLE_TALK_CUES,
    CUES,
    CUES_OTHER,
    GERMAN_CUES,
    HAD_SAID_CUES,
    OWN_WORDS,
    SOURCE_AFTER,
    SOURCE_BEFORE_ONLY,
    CueMatch,
    find_cues,
    informed_source,
    is_document_source_cue,
    is_participle,
)
from processors.claims.documents import document_author, provided_figures
from processors.claims.following import inverted_subject, phrase_after
from processors.claims.heads import head_span
from processors.claims.impersonal import impersonal_on
from processors.claims.lexicon import (
    DOCUMENT_NOUNS,
    SKIP_BEFORE_CUE,
    is_document_word,
    is_organisation_word,
    is_person_noun,
    is_role,
)
from processors.claims.memory import SpeakerMemory, as_speaker
from processors.claims.names import (
    Mention,
    ends_in_person_name,
    is_acronym,
    is_organisation,
    person_mentions,
    split_role,
    tokens,
)
from processors.claims.phrases import NounPhrase, is_plural, names_people, subject_before
from processors.claims.romance_sources import ROMANCE_SOURCE_CUES, romance_source
from processors.claims.unnamed import SPEECH_VERBS, unnamed_subject
from processors.claims.vocabulary import GERMAN_SUBJECT_ARTICLES, POSSESSIVE_SOURCE_CUES_DE, ROMANCE_GERUND_CUES

__all__ = ["SOURCELESS", "dateline_end", "governing_cue", "opinion_holder", "speaker_for_cue", "unsourced"]

# Cues of hearsay that never name a source ("Dem Vernehmen nach will der Verein ...").
SOURCELESS: Final = frozenset({"dem vernehmen nach"})
# "Die Lage sei ernst, hieß es.": an impersonal cue closing the sentence after its reported clause names no source.
_UNSOURCED: Final = frozenset({"hieß es", "heißt es"})
_UNSOURCED_END: Final = re.compile(r"\s*(?:(?:am|zunächst|zuletzt|dazu|weiter|außerdem)\b[^,;:]{0,30})?[.!]?\s*$")


def unsourced(sentence: str, cue: CueMatch) -> bool:
    """Whether ``cue`` attributes ``sentence`` to hearsay with no source: "Dem Vernehmen nach ...", or "hieß es"
    closing a sentence after a comma."""
    if cue.cue in SOURCELESS:
        return True
    if cue.cue not in _UNSOURCED or not sentence[: cue.start].rstrip().endswith(","):
        return False
    return _UNSOURCED_END.match(sentence, cue.end) is not None


# "according to reports" is a hedge, not a speaker.
_VAGUE_SOURCES: Final = frozenset({"reports", "report", "media", "rumours", "rumors"})
# Words between a cue and its source that are not the source ("heißt es aus Unternehmenskreisen").
_SOURCE_PREPOSITIONS: Final = frozenset({"aus", "from", "in", "von", "de", "du", "des"})
# Cues that speak only for some subjects.
_FORUMS: Final = frozenset({"court", "jury", "inquest", "inquiry", "tribunal", "hearing", "committee", "trial"})
_RESTRICTED: Final[dict[str, frozenset[str]]] = {
    "heard": _FORUMS,
    "show": DOCUMENT_NOUNS,
    "shows": DOCUMENT_NOUNS,
    "showed": DOCUMENT_NOUNS,
    "recommend": DOCUMENT_NOUNS,
    "recommends": DOCUMENT_NOUNS,
    "states": DOCUMENT_NOUNS,
    "asks": DOCUMENT_NOUNS,
    "price in": frozenset({"traders", "markets", "investors", "dealers"}),
    "priced in": frozenset({"traders", "markets", "investors", "dealers"}),
}
_CLOSING: Final = "\"”“»«'’"
# Of those, the ones that invert right after a closing quote mark.
_QUOTE_INVERTED: Final = frozenset({"warned", "warns", "accused"})
_NOT_INVERTED: Final = frozenset({"told", "tells", "tell", "warned", "warns", "accused", "according to", "found"})
# Cues in the subjunctive of reported speech: a cue only with a pronoun for the reporting person as subject.
_SUBJUNCTIVE_CUES_DE: Final = frozenset({"rechne mit", "rechne damit"})
# German auxiliaries of the perfect ("hat ... angekündigt").
_AUXILIARY: Final = re.compile(r"\b(?:hat|haben|hatte|hatten|habe|hätte|hätten)\b")
# Words fronted before a German verb while the subject follows it ("Dies teilte die Armee mit").
_DEMONSTRATIVES: Final = frozenset(
    {"dies", "das", "es", "dazu", "this", "that", "it", "ce", "cela", "ceci", "esto", "eso"}
)
_GERMAN_PARTICIPLES: Final = frozenset(
    {"gesagt", "angekündigt", "erklärt", "betont", "behauptet", "bestätigt", "mitgeteilt", "gewarnt",
     "kritisiert", "gefordert", "bestritten", "eingeräumt", "versichert", "berichtet", "geschildert",
     "hinzugefügt", "geäußert", "bekanntgegeben", "klargestellt", "angegeben", "hervorgehoben", "gemahnt",
     "hingewiesen", "bemängelt", "beklagt", "begrüßt", "zugegeben", "zurückgewiesen", "dementiert", "beteuert",
     "ausgeführt", "festgestellt", "plädiert"}
)  # fmt: skip
# Subjunctive auxiliaries: "Der Rechnungshof habe ... gewarnt, sagte X" reports the warning; it attributes nothing.
_REPORTED_AUXILIARIES: Final = frozenset({"habe", "hätte", "hätten"})
_COORDINATORS: Final = frozenset({"and", "but", "und", "aber", "et", "mais", "y", "pero"})
# A passive before the cue ("was estimated", "sont estimées") and the word before its agent ("by", "par").
_PASSIVE_AUXILIARIES: Final = frozenset(
    {"is", "are", "was", "were", "been", "be", "being", "est", "sont", "été", "était", "étaient", "fue", "fueron",
     "es", "son", "wurde", "wurden", "werden", "worden", "wird"}
)  # fmt: skip
_AGENT_MARKERS: Final = frozenset({"by", "par", "por", "von"})
_AGENT_WINDOW: Final = 10
# Participles naming who made a document, and how far their "by" may follow ("published on Monday by").
_AUTHORED: Final = frozenset(
    {"published", "conducted", "compiled", "produced", "prepared", "carried", "released", "publié", "publiée",
     "publiés", "publiées", "réalisé", "réalisée", "menée", "mené", "publicado", "publicada", "elaborado",
     "elaborada", "realizado", "realizada"}
)  # fmt: skip
_AUTHOR_GAP: Final = 4
# A cue after a passive of saying ("He is also said to have claimed"): its subject stands before the passive.
_RAISED_SUBJECT: Final = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:said|reported|alleged|understood|believed|thought)"
    r"\s+to\s+have\s+$"
)
# The verb after a clause's subject, for a participle cue with none of its own ("Economists at X were more
# cautious, writing ..."): a form of "be" or "have" right after the subject.
_OPENING_VERB: Final = re.compile(r"\s(?:were|was|are|is|have|has|had|remained|remain)\b")
# A count of a group opening a sentence ("Of 35 economists polled by Reuters last week,"), the words a number of
# them is given by ("28", "most", "the remaining seven") and a time closing the group's description.
_PARTITIVE: Final = re.compile(r"\s*Of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)\s+([a-z][^,;:]{2,80}?),\s*")
# "Two of the sources said": a count of an unnamed group named before, as the cue's whole subject.
_COUNTED_OF: Final = re.compile(
    r"\s*(?:(?:But|And|Yet|However),?\s+)?(([A-Za-z]+)\s+of\s+(?:the|those|these)\s+[a-z]+)"
    r"(?:\s+(?:also|have|has|had|later|separately|privately|previously))*\s*"
)
_COUNT_WORDS: Final = frozenset(
    {"most", "all", "some", "many", "few", "half", "none", "one", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten", "majority", "rest", "others"}
)  # fmt: skip
_TRAILING_TIME: Final = re.compile(r"\s+(?:last|this|next)\s+\w+$|\s+(?:on|in)\s+[A-Z]\w+$")
# Relative pronouns before a cue, and the articles that open an apposition describing a name before them.
_RELATIVE_PRONOUNS: Final = frozenset({"who", "which", "that", "qui", "quien", "quienes"})
_APPOSITIVE_OPENERS: Final = frozenset({"a", "an", "the", "un", "une", "le", "la", "l", "una", "el"})
_MAX_APPOSITIVE_WORDS: Final = 6
# A Spanish cue with no subject stands for the last person named, or in the plural for the last group: "pro", the
# unspoken subject, is a pronoun of either sex ("afirmó" may be said of a man or a woman).
_NULL_SUBJECT: Final = NounPhrase(("pro",), "pronoun")
_PLURAL_ENDINGS: Final = ("aron", "eron", "ieron")


def _word_before(sentence: str, floor: int, pos: int) -> tuple[str, int] | None:
    """The word before ``pos`` (adverbs of :data:`SKIP_BEFORE_CUE` skipped) and its offset."""
    toks = tokens(sentence, floor, pos)
    i = len(toks) - 1
    while i >= 0 and toks[i][1].lower() in SKIP_BEFORE_CUE:
        i -= 1
    return None if i < 0 else (toks[i][1], toks[i][0])


def _inverted(sentence: str, floor: int, cue: CueMatch) -> bool:
    """The cue opens its clause (right after a quote, a comma or the quote region's start) and may invert.

    Verbs taking an addressee ("told", "warned") and participles ("saying") are followed by their object, not by
    their subject.
    """
    before = sentence[floor : cue.start].rstrip()
    if cue.cue in _QUOTE_INVERTED:
        return not before or before[-1] in _CLOSING  # '"Prices will rise," warned economist Lisa Brandt.'
    if cue.cue in _NOT_INVERTED or cue.cue.endswith("ing"):
        return False
    return not before or before[-1] == "," or before[-1] in _CLOSING


# Romance indefinite articles before an unnamed speaker after an inverted cue ("», glisse un magistrat").
_ROMANCE_INDEFINITES: Final = frozenset({"un", "une", "una", "uno"})


def _unnamed_after(phrase: NounPhrase) -> Speaker | None:
    """ "», glisse un magistrat", "», explicó una funcionaria": a person the article does not name, as written."""
    if phrase.kind != "common" or phrase.determiner not in _ROMANCE_INDEFINITES or not is_person_noun(phrase.words[0]):
        return None
    return as_speaker(" ".join((phrase.determiner, *phrase.words, *phrase.tail)), "anonymous")


def _speaks(phrase: NounPhrase) -> bool:
    """Whether a phrase after an inverted cue can be its speaker (not the start of the reported clause)."""
    if phrase.kind in ("pronoun", "proper"):
        return True
    head = phrase.words[-1]
    return (
        is_person_noun(head)
        or is_role(head)
        or is_organisation_word(head)
        or is_document_word(head)
        or bool(phrase.tail)
    )


def _allowed(cue: CueMatch, phrase: NounPhrase | None) -> bool:
    allowed = _RESTRICTED.get(cue.cue)
    if allowed is None:
        return True
    if phrase is None or phrase.words[-1].lower() not in allowed:
        return False
    # "Traders now price in": a plural noun for people opening a sentence reads as a proper phrase; for the other
    # cues a name ending in the noun allowed speaks too ("Kettleford Crown Court heard", "Federal guidelines
    # recommend").
    if phrase.kind != "proper":
        return phrase.kind == "common"
    return len(phrase.words) == 1 or not cue.cue.startswith("price")


# German genitive determiners before a source after "nach ..." or "laut" ("Nach Angaben des Ministeriums",
# "nach Angaben seines Verteidigers"): the source is the noun in the nominative, a person's post read as "der X".
_GENITIVE_DETERMINERS_DE: Final = frozenset({"des", "seines", "ihres", "unseres", "meines", "dessen", "deren"})
_FEMININE_GENITIVES_DE: Final = frozenset({"der", "seiner", "ihrer", "unserer"})
# Genitive endings of a singular masculine or neuter noun, longest first ("Landkreises", "Gerichts", "Präsidenten").
_GENITIVE_ENDINGS_DE: Final = ("es", "s", "en", "n")
# The complement "für X" a body's name may carry ("des Bundesamts für Statistik").
# A field of two coordinated nouns sharing their last part keeps both ("für Energie- und Standortforschung").
_FOR_COMPLEMENT_DE: Final = re.compile(
    r"\s+für\s+([A-ZÄÖÜ]\w*-\s+(?:und|oder)\s+[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*)(?=\s+[a-zäöü]|\s*[,.;:(]|$)"
)


def _german_nominative(word: str) -> tuple[str, bool] | None:
    """The nominative of a capitalised German noun in the genitive singular, with whether it is a body (else a
    person's post or noun): "Ministeriums" -> "Ministerium", "Verteidigers" -> "Verteidiger"; None if unknown."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    for ending in _GENITIVE_ENDINGS_DE:
        stem = word[: -len(ending)]
        if len(stem) > 3 and word.endswith(ending):
            if is_organisation_word(stem):
                return stem, True
            if is_role(stem) or is_person_noun(stem):
                return stem, False
    return None


def _genitive_source_de(sentence: str, cue: CueMatch, memory: SpeakerMemory) -> Speaker | None:
    """ "Nach Angaben des Ministeriums", "Nach Überzeugung des Gerichts", "nach Angaben seines Verteidigers": a
    lone noun in the genitive names a body (in the nominative) or the person holding that post."""
    toks = tokens(sentence, cue.end, min(len(sentence), cue.end + 60))
    if len(toks) < 2:
        return None
    determiner = toks[0][1].lower()
    word = toks[1][1]
    following = toks[2][1] if len(toks) > 2 else ""
    if following[:1].isupper() and following.isalpha():
        # "des Landrats Karl Heim": the name after a post in the genitive, the post in the nominative its role;
        # "des Vereins Tierschutz" is left to the general reading.
        post = _german_nominative(word) if determiner in _GENITIVE_DETERMINERS_DE else None
        named = phrase_after(sentence, toks[2][0]) if post is not None and not post[1] else None
        if post is None or named is None or named.kind != "proper" or not ends_in_person_name(list(named.words)):
            return None
        return memory.resolve(named.with_role(post[0]))
    if determiner in _FEMININE_GENITIVES_DE:
        # "nach Angaben seiner Verteidigerin": a feminine noun takes no ending; bodies ("der Polizei") are left
        # to the general reading.
        person = word[:1].isupper() and (is_role(word) or is_person_noun(word)) and not is_organisation_word(word)
        return memory.resolve(NounPhrase((word,), "common", "die", (word,))) if person else None
    if determiner not in _GENITIVE_DETERMINERS_DE:
        return None
    found = _german_nominative(word)
    if found is None:
        return None
    noun, body = found
    if body:
        complement = _FOR_COMPLEMENT_DE.match(sentence, toks[1][0] + len(word))
        name = noun if complement is None else f"{noun} für {complement.group(1)}"
        if complement is None and determiner == "des":
            # "nach Angaben des Vereins" after "der Mieterverein München": the one body of that kind named before
            referred = memory.resolve(NounPhrase((noun,), "proper", "der", (noun,)))
            if referred is not None and referred.name != noun:
                return referred
        return memory.resolve(NounPhrase(tuple(name.split()), "proper"))
    return memory.resolve(NounPhrase((noun,), "common", "der", (noun,)))


# Quantifiers in the genitive plural before a source ("nach Aussage mehrerer Zeugen", "laut einiger Anwohner").
_GENITIVE_QUANTIFIERS_DE: Final = frozenset(
    {"mehrerer", "einiger", "vieler", "zahlreicher", "etlicher", "beider", "zweier", "dreier", "verschiedener"}
)


def _source_after(sentence: str, cue: CueMatch, memory: SpeakerMemory) -> Speaker | None:
    if cue.cue in GERMAN_CUES:
        genitive = _genitive_source_de(sentence, cue, memory)
        if genitive is not None:
            return genitive
    start = cue.end
    if cue.cue.startswith("según "):
        # "según ha confirmado este viernes el equipo de gobierno": when it was said stands before the source.
        skipped = _CIRCUMSTANCE.match(sentence, start)
        if skipped is not None:
            start = skipped.end()
    toks = tokens(sentence, start, min(len(sentence), start + 12))
    if toks and toks[0][1] in _GENITIVE_QUANTIFIERS_DE and cue.cue in GERMAN_CUES:
        # "nach Aussage mehrerer Zeugen": the plural source after a quantifier in the genitive.
        start = toks[0][0] + len(toks[0][1])
        toks = toks[1:]
    if toks and (
        (
            toks[0][1].lower() in _SOURCE_PREPOSITIONS
            and cue.cue not in SOURCE_AFTER
            and not is_document_source_cue(cue.cue)
        )
        or (toks[0][1] == "von" and cue.cue.startswith("nach "))  # "Nach Einschätzung von Forscherin X"
    ):
        start = toks[0][0] + len(toks[0][1])
    if cue.cue == "according to":
        provider = provided_figures(sentence, start, memory)
        if provider is not None:
            return provider  # "according to figures the company provided": the company
    phrase = phrase_after(sentence, start)
    if phrase is None or (phrase.determiner is None and phrase.words[-1].lower() in _VAGUE_SOURCES):
        return None  # "according to (media) reports" hedges; "according to its annual report" names a source
    if cue.cue in ROMANCE_SOURCE_CUES:
        romance = romance_source(sentence, start, phrase, memory)
        if romance is not None:
            return romance
    if phrase.role is not None and sentence[: cue.start].rstrip().endswith(","):
        # "Los vecinos, según la Guardia Civil, fueron desalojados": the clause after the source's comma is the
        # sentence's own, not a description of the source.
        phrase = phrase.with_role(None)
    return memory.resolve(phrase)


# When and to whom a French or Spanish speaker spoke, between an inverted cue and its subject: "», a déclaré mardi
# la rectrice", "a indiqué à l'AFP le procureur", "», ha explicado a EFE el jefe de bomberos", "dijo este lunes".
_DAYS: Final = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_CIRCUMSTANCE: Final = re.compile(
    r"(?:\s+(?:(?:" + _DAYS + r"|hier|ayer|hoy)(?:\s+(?:soir|matin|après-midi))?"
    r"|(?:ce|cette|este|esta)\s+(?:" + _DAYS + r"|matin|soir|semaine|mañana|tarde|semana)"
    r"|(?:à|au|aux|a)\s+(?:l['’]|la\s+|le\s+)?[A-ZÉ][\w-]*(?:\s+[A-ZÉ][\w-]*)?))+"
    r"(?=\s+(?:le|la|les|l['’]|el|los|las|un|une|una|[A-ZÉ]))"
)
# "selon lui", "según ella": the person the pronoun stands for.
_SOURCE_PRONOUNS: Final = {
    "lui": "il", "elle": "elle", "él": "él", "ella": "ella", "eux": "they", "elles": "they", "ellos": "they",
    "ellas": "they",
}  # fmt: skip
# "a-t-on appris de source policière", "apprend-on auprès de la préfecture"; ", de source judiciaire".
_LEARNED_FROM: Final = frozenset({"a-t-on appris", "apprend-on", "de source"})
_LEARNED_SOURCE: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:de\s+(?=sources?\b)|auprès\s+(?:de\s+|d['’](?=\w))?)")


def _own_pronoun(sentence: str, cue: CueMatch, memory: SpeakerMemory) -> Speaker | None:
    toks = tokens(sentence, cue.end, min(len(sentence), cue.end + 8))
    pronoun = _SOURCE_PRONOUNS.get(toks[0][1].lower()) if toks else None
    return None if pronoun is None else memory.resolve(NounPhrase((pronoun,), "pronoun"))


def _learned_from(sentence: str, cue: CueMatch, memory: SpeakerMemory) -> Speaker | None:
    """The source a newsroom learned something from: "de source policière", "auprès de la préfecture"."""
    if cue.cue == "de source":
        phrase = phrase_after(sentence, cue.start + 2)
    else:
        found = _LEARNED_SOURCE.match(sentence, cue.end)
        phrase = None if found is None else phrase_after(sentence, found.end())
    return None if phrase is None or phrase.kind == "pronoun" else memory.resolve(phrase)


# "Im Klub-Umfeld heißt es", "Aus dem Ministerium hieß es", "..., wie aus Kreisen des Aufsichtsrats verlautete":
# the source in a prepositional phrase before the cue.
_SOURCE_BEFORE: Final = re.compile(
    r"(?:^|[:,;–—]\s*)(?:(?i:wie)\s+)?(?i:im|in|aus|vom|bei|beim|von)\s+(?:(?i:dem|der|den)\s+)?"
    r"([A-ZÄÖÜ][\w-]*(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]*|\s+[A-ZÄÖÜ][\w-]*)?)\s*$"
)
# Where talk goes round before "ist ... die Rede" and "gilt es als" ("In Koalitionskreisen", "Im Umfeld der X").
_TALKING_CIRCLES: Final = ("kreisen", "kreise", "umfeld", "lager", "reihen")
# "aus Kreisen der Fraktion", "Aus Kreisen des Aufsichtsrats": circles around a body are an anonymous source.
_CIRCLES: Final = frozenset({"kreisen", "kreise"})


def _circles(speaker: Speaker | None) -> Speaker | None:
    """A source of circles around a body ("Kreisen der Fraktion") is anonymous, whatever body they surround."""
    if speaker is None or speaker.kind == "anonymous" or speaker.name.split(" ", 1)[0].lower() not in _CIRCLES:
        return speaker
    return as_speaker(speaker.name, "anonymous")


def _source_before(sentence: str, cue: CueMatch, floor: int) -> Speaker | None:
    found = _SOURCE_BEFORE.search(sentence, floor, cue.start)
    if found is None:
        return None
    source = found.group(1)
    circles = source.split(" ", 1)[0].lower() in _CIRCLES
    kind: SpeakerKind = "organisation" if is_organisation_word(source.split()[-1]) and not circles else "anonymous"
    return as_speaker(source, kind)


def _reported_perfect(sentence: str, cue: CueMatch, floor: int) -> bool:
    """A perfect in the subjunctive ("habe ... gewarnt"): part of someone's reported speech, not a cue."""
    if cue.cue not in _GERMAN_PARTICIPLES:
        return False
    auxiliary = _AUXILIARY.search(sentence, floor, cue.start)
    return auxiliary is not None and auxiliary.group() in _REPORTED_AUXILIARIES


def _perfect_subject(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    if cue.cue not in _GERMAN_PARTICIPLES:
        return None
    auxiliaries = list(_AUXILIARY.finditer(sentence, floor, cue.start))
    if not auxiliaries:
        return None
    if _fronted_adverbial(sentence, floor):
        # "Für diesen Fall hat die Gewerkschaft ... angekündigt", "In der Sitzung hat der Rat ... kritisiert": after
        # a fronted adverbial, the subject follows the auxiliary.
        fronted = phrase_after(sentence, auxiliaries[0].end())
        if fronted is not None and (fronted.determiner in GERMAN_SUBJECT_ARTICLES or fronted.kind == "proper"):
            found = memory.resolve(fronted)
            if found is not None:
                return found
    phrase = subject_before(sentence, auxiliaries[0].start(), floor)
    speaker = None if phrase is None or _demonstrative(phrase) else memory.resolve(phrase)
    if speaker is None:
        # "Am Montag hat der Minister erklärt": the subject after the auxiliary.
        after = phrase_after(sentence, auxiliaries[0].end())
        if after is not None and (phrase is None or _demonstrative(phrase) or _nominative(after)):
            speaker = memory.resolve(after)
    return speaker


def _coordinated(sentence: str, cue: CueMatch, floor: int, mentions: list[Mention]) -> Mention | None:
    before = _word_before(sentence, floor, cue.start)
    if before is None or before[0].lower() not in _COORDINATORS:
        return None
    first = mentions[0] if mentions else None
    return first if first is not None and first.first_in_sentence else None


def _agent(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    before = _word_before(sentence, floor, cue.start)
    if before is None or before[0].lower() not in _PASSIVE_AUXILIARIES:
        return None
    after = tokens(sentence, cue.end)[:_AGENT_WINDOW]
    for offset, word in after:
        if word in {".", ";", ":"}:
            break
        if word.lower() in _AGENT_MARKERS:
            phrase = phrase_after(sentence, offset + len(word))
            return None if phrase is None else memory.resolve(phrase)
    return None


def _author(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The author of a document subject named in its apposition: "The analysis, published on Monday by the X
    Institute, found"; "El informe, elaborado por la universidad, advierte"."""
    if not sentence[floor : cue.start].rstrip().endswith(","):
        return None
    toks = tokens(sentence, floor, cue.start)
    for index, (_, word) in enumerate(toks):
        if word.lower() not in _AUTHORED:
            continue
        for offset, marker in toks[index + 1 : index + 1 + _AUTHOR_GAP]:
            if marker.lower() in _AGENT_MARKERS:
                phrase = phrase_after(sentence[: cue.start], offset + len(marker))
                if phrase is None or phrase.kind == "pronoun":
                    return None
                found = memory.resolve(phrase)
                return found if found is not None and found.kind == "organisation" else None
        return None
    return None


_UNNAMED_KINDS: Final = frozenset({"anonymous", "group"})
_COUNTED_WORDS: Final = (_COUNT_WORDS | {"another"}) - {"all", "majority", "rest", "others"}


def _partitive(sentence: str, cue: CueMatch, floor: int) -> Speaker | None:
    """ "Of 35 economists polled by Reuters last week, 28 had expected": a count of a group opening the sentence,
    and a number of them as the cue's subject; the group speaks (when it names people)."""
    opening = _PARTITIVE.match(sentence, floor)
    if opening is None or opening.end() > cue.start:
        return None
    before = _word_before(sentence, opening.end(), cue.start)
    if before is None or not (before[0][:1].isdigit() or before[0].lower() in _COUNT_WORDS):
        return None
    group = _TRAILING_TIME.sub("", opening.group(1))
    return as_speaker(group, "group") if names_people(group.split()[0]) else None


def _opens_with_document(sentence: str, floor: int) -> bool:
    """Whether the clause opens with a document ("The study, published by ...")."""
    opening = phrase_after(sentence, floor)
    return opening is not None and opening.kind != "pronoun" and is_document_word(opening.words[-1])


def _relative_antecedent(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The speaker of a cue in a relative clause: "X, which alleged ...", "X, a short-seller that alleged ..."."""
    before = _word_before(sentence, floor, cue.start)
    if before is None or before[0].lower() not in _RELATIVE_PRONOUNS:
        return None
    if find_cues(sentence[cue.end :]):
        return None  # "X, which disclosed ..., said": the main clause's cue reports
    head = sentence[floor : before[1]].rstrip()
    comma = head.rfind(",")
    if comma >= 0 and head.endswith(","):
        head = head[:comma].rstrip()  # "X, which alleged": the name before the comma
    elif comma >= 0 and head[comma + 1 :].split()[:1] and head[comma + 1 :].split()[0].lower() in _APPOSITIVE_OPENERS:
        # "X, a short-seller that alleged": the apposition describes the name before it
        described = head[comma + 1 :].split()
        if len(described) <= _MAX_APPOSITIVE_WORDS:
            head = head[:comma].rstrip()
    phrase = subject_before(sentence, floor + len(head), floor) if head else None
    if phrase is None or phrase.kind == "pronoun":
        return None
    return memory.resolve(phrase)


def _demonstrative(phrase: NounPhrase | None) -> bool:
    """ "Dies teilte die Armee mit", "Das sagte X": a fronted object, the subject follows the verb."""
    return phrase is not None and len(phrase.words) == 1 and phrase.words[0].lower() in _DEMONSTRATIVES


def _unsignalled(phrase: NounPhrase, speaker: Speaker, memory: SpeakerMemory, before: str) -> bool:
    """A German capitalised phrase read as a person without any sign of a name: no post before it, no apposition,
    never named before. German capitalises every noun ("Neue Schulden schloss die Ministerin aus"). ``before`` is
    the clause before the cue."""
    return (
        speaker.kind == "person"
        and phrase.kind == "proper"
        and phrase.role is None
        and split_role(list(phrase.words))[0] is None
        and not memory.knows(speaker.name)
        and not _apposed_name(phrase, before)
    )


# "Jana Wolters, Obfrau der Opposition im Ausschuss, fordert": a name of two or more words opening the clause,
# then one comma-enclosed apposition right before the cue.
_APPOSITION_TO_CUE: Final = re.compile(r",\s[^,;:.!?»«„“”\"]{3,120},\s*$")


def _apposed_name(phrase: NounPhrase, before: str) -> bool:
    """Whether ``before`` (the clause before a cue) is the phrase, a full name, then an apposition."""
    name = " ".join(phrase.raw or phrase.words)
    text = before.strip()
    return (
        len(phrase.words) > 1
        and text.startswith(name)
        and _APPOSITION_TO_CUE.match(text, len(name)) is not None
        and text[len(name) + 2 : len(name) + 3].isalpha()
    )


# German articles of a dative or accusative object, never of a subject ("Gespräche mit dem Klub bestreitet er").
_OBJECT_ARTICLES: Final = frozenset({"dem", "den", "einem", "einen"})


def _nominative(phrase: NounPhrase | None) -> bool:
    """Whether a phrase right after a German verb reads as its subject ("schloss die Ministerin aus", "sagte er"),
    not as its object ("warf der Regierung ... vor"): a pronoun, or an article with one noun for a person."""
    if phrase is None:
        return False
    if phrase.kind == "pronoun":
        return phrase.words[0].lower() in ("er", "sie")
    if phrase.kind == "proper" and phrase.determiner is None:
        return split_role(list(phrase.words))[0] is not None  # "erklärte Innenministerin Anna Roth"
    if phrase.determiner not in GERMAN_SUBJECT_ARTICLES or len(phrase.words) != 1:
        return False
    noun = phrase.words[0]
    feminine = noun.lower().endswith("in")
    return is_person_noun(noun) and not (phrase.determiner == "der" and feminine)


# German prepositions that open a fronted adverbial ("Für 2026 rechnet der Vorstand mit ...", "Für Abfindungen
# stellt X nach eigenen Angaben ... zurück"): the subject then follows the finite verb.
_FRONTING_PREPOSITIONS: Final = frozenset(
    {"für", "im", "am", "in", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "vom", "vor", "zum",
     "zur", "über", "unter", "trotz", "wegen", "während", "gegen", "ohne", "bis", "ab", "neben", "zwischen",
     "durch", "um", "als", "angesichts", "infolge", "dank", "innert", "binnen", "mangels"}
)  # fmt: skip
# Focus particles before a fronted prepositional phrase ("Noch am Samstag hatte der Trainer ... gesagt"); alone they
# may modify the subject instead ("Auch der Minister sagte").
_FOCUS_PARTICLES_DE: Final = frozenset({"noch", "schon", "bereits", "erst", "gerade", "auch", "selbst", "sogar"})
# Adverbs of time opening a German clause: never its subject.
_FRONTED_TIME_DE: Final = frozenset(
    {"gestern", "vorgestern", "zuvor", "vorher", "damals", "zuletzt", "kürzlich", "jüngst", "später", "danach",
     "inzwischen", "mittlerweile", "bislang", "bisher", "anschließend", "seinerzeit", "unlängst", "tags"}
)  # fmt: skip
# Sentence adverbs and connectives opening a German clause on their own ("Tatsächlich registrierte die Polizei
# ...", "Allerdings warnte der Minister ..."): never its subject; the finite verb follows them.
_FRONTED_SENTENCE_ADVERBS_DE: Final = frozenset(
    {"tatsächlich", "allerdings", "immerhin", "offenbar", "offensichtlich", "anscheinend", "schließlich",
     "letztlich", "jedenfalls", "zumindest", "freilich", "zudem", "außerdem", "ebenfalls", "dennoch", "trotzdem",
     "deshalb", "daher", "deswegen", "darum", "somit", "folglich", "hingegen", "dagegen", "stattdessen",
     "gleichzeitig", "zugleich", "insgesamt", "ohnehin", "übrigens", "vermutlich", "wahrscheinlich"}
)  # fmt: skip
# Relative pronouns opening a German relative clause after a comma ("X, die nach eigenen Angaben ...").
_GERMAN_RELATIVES: Final = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
# Words that may follow a relative pronoun where an article would be followed by its noun ("die die Listen",
# "der nach eigenen Angaben"): a relative clause, not ", die Firma habe ...".
_AFTER_RELATIVE: Final = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "sich", "seit", "nach", "noch",
     "schon", "bereits", "im", "am", "in", "auf", "mit", "jeden", "jede", "jedes", "nun", "jetzt", "selbst"}
)  # fmt: skip


# "Als Zeugin schilderte Dornhöfer, ...", "Als Sprecher der Initiative sagte Jan Alt, ...": the capacity a person
# speaks in, fronted before the verb; the subject follows the verb.
_CAPACITY_DE: Final = re.compile(r"\s*Als\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]*)(?:\s+(?:des|der)\s+[^,.;:]{1,40})?\s*")


def _in_capacity_de(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The subject after the verb when a capacity ("Als Zeugin") opens the clause, if that noun is for a person."""
    found = _CAPACITY_DE.fullmatch(sentence, floor, cue.start)
    if found is None or not (is_person_noun(found.group(1)) or is_role(found.group(1))):
        return None
    after = inverted_subject(sentence, cue.end)
    if after is None or after.kind not in ("proper", "pronoun"):
        return None
    return memory.resolve(after if after.role is None else after.with_role(None))  # the clause after is no role


# "..., wie die Geschäftsführung am Dienstag auf einer Versammlung mitteilte": a "wie" clause closed by its verb.
_AS_CLAUSE_DE: Final = re.compile(r"(?:^|[,;:–—(]\s*)[Ww]ie\s+(?=\S)")
_CLAUSE_END_DE: Final = re.compile(r"\s*(?:[,.;:!?)\"“”»«–—]|$)")


def _as_clause_subject_de(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The subject opening a German "wie" clause whose verb (the cue) closes it, whatever stands between them ("wie
    die Geschäftsführung am Dienstagmorgen auf einer Betriebsversammlung in Halle 3 mitteilte")."""
    if _CLAUSE_END_DE.match(sentence, cue.end) is None:
        return None
    opening = None
    for found in _AS_CLAUSE_DE.finditer(sentence, floor, cue.start):
        opening = found
    if opening is None or any(mark in sentence[opening.end() : cue.start] for mark in ",;:"):
        return None
    phrase = phrase_after(sentence, opening.end())
    if phrase is None:
        return None
    phrase = _german_noun(phrase, GERMAN_SUBJECT_ARTICLES)
    if phrase.kind == "common" and not _speaks(phrase):
        return None
    return memory.resolve(phrase)


def _german_noun(phrase: NounPhrase, determiners: frozenset[str]) -> NounPhrase:
    """A capitalised German word after one of ``determiners`` read as the noun it is ("die Geschäftsführung",
    "ihr Ministerium"), not as a name; a body's acronym is its name ("wie die DIHK mitteilte")."""
    if (
        phrase.kind == "proper"
        and phrase.determiner in determiners
        and len(phrase.words) == 1
        and not is_acronym(phrase.words[0])
    ):
        return NounPhrase(phrase.words, "common", phrase.determiner, phrase.raw, phrase.role, phrase.tail)
    return phrase


# German verbs of putting a figure on something ("X beziffert/schätzt/veranschlagt Y auf Z"): their object is a
# thing, measured "auf" an amount.
_ESTIMATES_DE: Final = frozenset(
    {"beziffert", "bezifferte", "beziffern", "bezifferten", "veranschlagt", "veranschlagte", "schätzt", "schätzte"}
)
_MEASURED_ON_DE: Final = re.compile(r"\bauf\s")
# What may open a German subject: an article, or a possessive before a masculine or neuter noun ("ihr Ministerium").
_SUBJECT_DETERMINERS_DE: Final = GERMAN_SUBJECT_ARTICLES | frozenset({"ihr", "sein"})


def _estimated_by_de(sentence: str, cue: CueMatch, phrase: NounPhrase | None, memory: SpeakerMemory) -> Speaker | None:
    """The subject after a German verb of estimating whose fronted object is a thing ("Das jährliche Volumen
    bezifferte Seebrecht auf ...", "Die Kosten schätzt der Verband auf ..."): the phrase before the verb names no
    speaker (no person, post, body or document, no one named before), the one after it does."""
    if cue.cue not in _ESTIMATES_DE or phrase is None or phrase.kind == "pronoun":
        return None
    head = phrase.words[-1]
    if (
        memory.knows(head)
        or is_person_noun(head)
        or is_role(head)
        or is_organisation_word(head)
        or is_document_word(head)
        or is_acronym(head)
        or _MEASURED_ON_DE.search(sentence, cue.end) is None
    ):
        return None
    after = inverted_subject(sentence, cue.end)
    if after is None or after.determiner in _OBJECT_ARTICLES or not _speaks(after):
        return None
    after = _german_noun(after, _SUBJECT_DETERMINERS_DE)  # "bezifferte ihr Ministerium auf": the ministry
    return memory.resolve(after) or _unnamed_after(after)


def _v2_subject_de(sentence: str, cue: CueMatch) -> NounPhrase | None:
    """The subject right after a German verb whose clause opens with something else ("Als Grund nannte das
    Unternehmen die Kosten", "Für 2026 erwartet der Vorstand ..."), its object following: a nominative pronoun or
    article before one noun for a person or a body; None for an object ("nannte den Preis")."""
    after = phrase_after(sentence, cue.end)
    if after is None or _nominative(after):
        return after
    if after.determiner not in GERMAN_SUBJECT_ARTICLES or len(after.words) != 1:
        return None
    noun = after.words[0]
    if not is_organisation_word(noun) or (after.determiner == "der" and noun.endswith("en")):
        return None
    # a German noun is capitalised: with its article it is a common phrase ("das Unternehmen"), not a name
    return NounPhrase(after.words, "common", after.determiner, after.raw, after.role, after.tail, after.descriptor)


def _fronted_adverbial(sentence: str, floor: int) -> bool:
    """A German clause opening with a preposition ("Für 2026 ...", "Im Juni ..."), a focus particle before one
    ("Noch am Samstag ...", "Erst nach dem Spiel ..."), an adverb of time ("Zuvor ...", "Gestern ...") or a sentence
    adverb ("Tatsächlich ...", "Allerdings ..."): its subject follows the verb."""
    toks = tokens(sentence, floor, min(len(sentence), floor + 24))
    if not toks or not toks[0][1][:1].isupper():
        return False
    first = toks[0][1].lower()
    if first in _FOCUS_PARTICLES_DE and len(toks) > 1:
        first = toks[1][1]  # lowercase: "Noch am Samstag", not "Noch Bayern-Trainer X"
    return first in _FRONTING_PREPOSITIONS or first in _FRONTED_TIME_DE or first in _FRONTED_SENTENCE_ADVERBS_DE


def _verb_after_adverb_de(sentence: str, floor: int) -> int:
    """Where the finite verb ends in a German clause opened by one adverb ("Tatsächlich registrierte ...",
    "Zuvor hatte ..."), else -1: the verb is the second word."""
    toks = tokens(sentence, floor, min(len(sentence), floor + 40))
    if len(toks) < 3 or not toks[1][1].isalpha() or not toks[1][1].islower():
        return -1
    first = toks[0][1].lower()
    if first not in _FRONTED_SENTENCE_ADVERBS_DE and first not in _FRONTED_TIME_DE:
        return -1
    return toks[1][0] + len(toks[1][1])


def _relative_antecedent_de(sentence: str, at: int, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The antecedent of a German relative clause holding ``at`` ("die Interessengemeinschaft Weststadt, die die
    Listen nach eigenen Angaben ... übergeben will"; "Mareike Sander (34), die ..., hält dagegen"): the phrase
    before the clause's comma."""
    prefix = sentence[floor:at]
    comma = prefix.rfind(",")
    if comma < 0:
        return None
    if not prefix[comma + 1 :].strip():  # the relative clause closed right before ``at``
        comma = prefix.rfind(",", 0, comma)
        if comma < 0:
            return None
    words = prefix[comma + 1 :].split()
    if not words or words[0] not in _GERMAN_RELATIVES:
        return None
    if len(words) > 1 and words[1] not in _AFTER_RELATIVE and words[1][:1].isupper():
        return None  # ", die Firma habe ...": an article before its noun
    head = sentence[floor : floor + comma].rstrip()
    if head.endswith(")"):
        head = head[: head.rfind("(")].rstrip()  # "Mareike Sander (34)": the age in brackets
    phrase = subject_before(sentence, floor + len(head), floor) if head else None
    if phrase is None or phrase.kind == "pronoun":
        return None
    return memory.resolve(phrase)


def _own_words(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """ "Eine Anwohnerin ... hat den Kombi nach eigenen Worten gesehen": the subject opening the clause speaks;
    in a relative clause its antecedent; after a fronted adverbial the subject after the verb, right before the
    cue ("Für Abfindungen stellt Brandauer nach eigenen Angaben ... zurück")."""
    antecedent = _relative_antecedent_de(sentence, cue.start, floor, memory)
    if antecedent is not None:
        return antecedent
    if _fronted_adverbial(sentence, floor):
        verb_end = _verb_after_adverb_de(sentence, floor)
        after = None if verb_end < 0 else phrase_after(sentence, verb_end)
        if after is not None and after.determiner not in _OBJECT_ARTICLES and after.kind != "pronoun":
            # "Tatsächlich registrierte die Polizei auf dem ... Abschnitt nach eigenen Angaben": right after the verb
            found = memory.resolve(after)
            if found is not None:
                return found
        before = subject_before(sentence, cue.start, floor)
        if before is not None and before.determiner not in _OBJECT_ARTICLES and before.kind != "pronoun":
            found = memory.resolve(before)
            if found is not None:
                return found
        return None  # the fronted adverbial is not the subject ("Im Mai habe ...", "Immerhin habe ...")
    phrase = phrase_after(sentence, floor)
    if phrase is None or (phrase.kind == "pronoun" and phrase.words[0].lower() not in ("er", "sie")):
        return None
    return memory.resolve(phrase)


# The German opinion cue "hält ... für" ("Die Ökonomin X vom Institut Y hält das für falsch"), kept out of the lexicon.
_HOLDS_FOR_DE: Final = frozenset({"hält für", "hielt für", "halten für", "hielten für"})
# Words that attach a genitive or a prepositional phrase to the head of a German subject ("Eine Studie des
# Instituts für ...", "Reto Caflisch von der Forschungsstation ...").
_ATTACHING: Final = frozenset({"des", "der", "eines", "einer", "von", "vom", "aus", "bei", "beim", "für"})
_MAX_PREFIELD_WORDS: Final = 14
_MIN_PREFIELD_WORDS: Final = 4  # a head and an attachment


def _prefield_head(
    sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory, mentions: list[Mention]
) -> Speaker | None:
    """The head of a long German subject before its verb, not the last noun of what is attached to it: a named
    person ("Mitautor X von der Forschungsstation Y sagte") or a document or body ("Eine Studie des Instituts
    für ... beziffert")."""
    prefield = sentence[floor : cue.start]
    if "," in prefield or ":" in prefield:
        return None
    words = prefield.split()
    if len(words) < _MIN_PREFIELD_WORDS or len(words) > _MAX_PREFIELD_WORDS:
        return None
    first = next((m for m in mentions if m.first_in_sentence and m.position < cue.start), None)
    if first is not None and first.position >= floor:
        after = sentence[first.position : cue.start].split()
        name_words = len(first.name.split()) + (len(first.role.split()) if first.role else 0)
        if len(after) > name_words and after[name_words].lower() in _ATTACHING:
            return as_speaker(first.name, "person", memory.role_of(first.name))
    if words[0].lower() in GERMAN_SUBJECT_ARTICLES and words[1][:1].isupper() and words[2].lower() in _ATTACHING:
        noun = words[1]
        if is_document_word(noun) or noun.lower() in DOCUMENT_NOUNS or is_organisation_word(noun):
            return memory.resolve(NounPhrase((noun,), "common", words[0].lower()))
    return None


# The plural nouns of sources that stand bare before "zufolge" ("Branchenkreisen zufolge", "Medienberichten
# zufolge"), as the last part of a compound in the dative plural, and the kind of source each names.
_BARE_SOURCES: Final[dict[str, SpeakerKind]] = {
    "kreisen": "anonymous", "quellen": "anonymous", "insidern": "anonymous", "beobachtern": "anonymous",
    "berichten": "organisation", "angaben": "organisation", "informationen": "organisation",
    "unterlagen": "organisation", "dokumenten": "organisation", "umfragen": "organisation",
    "studien": "organisation", "schätzungen": "organisation", "prognosen": "organisation",
    "recherchen": "organisation", "ermittlungen": "organisation", "daten": "organisation",
    "experten": "group", "analysten": "group", "ermittlern": "group", "ökonomen": "group",
}  # fmt: skip
_BARE_SOURCE_ENDINGS: Final = tuple(_BARE_SOURCES)


# A newspaper's title in quote marks right before "zufolge", after an article ("der „Süddeutschen Zeitung“").
_QUOTED_TITLE_BEFORE: Final = re.compile(
    r"\b(?i:des|der|dem)\s+[„“\"»]([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})[“”\"«]\s*$"
)


# Statements a definite article before "zufolge" refers back to ("Den Angaben zufolge", "Dessen Worten zufolge").
_REFERRED_STATEMENTS: Final = frozenset(
    {"angaben", "informationen", "aussagen", "worten", "schilderungen", "erkenntnissen", "darstellungen"}
)
_DATIVE_ARTICLES: Final = frozenset({"dem", "den", "der"})


def _referred_source(phrase: NounPhrase | None, memory: SpeakerMemory) -> Speaker | None:
    """ "Den Angaben zufolge": the source that just spoke; "Dem Sprecher zufolge": the person named with that
    post ("Polizeisprecher Jan Kurz")."""
    if phrase is None or phrase.kind != "common" or phrase.tail or len(phrase.words) != 1:
        return None
    if phrase.determiner not in _DATIVE_ARTICLES:
        return None
    noun = phrase.words[0]
    if noun.lower() in _REFERRED_STATEMENTS:
        if memory.last_organisation is not None:
            return memory.last_organisation
        last = memory.last_person
        return None if last is None else as_speaker(last, "person", memory.role_of(last))
    if is_role(noun) or is_person_noun(noun):
        holder = memory.person_with_role(noun)
        return None if holder is None else as_speaker(holder, "person", memory.role_of(holder))
    return None


def _bare_source(phrase: NounPhrase | None, memory: SpeakerMemory) -> Speaker | None:
    """ "Branchenkreisen zufolge", "Medienberichten zufolge": a plural noun without an article before "zufolge" is
    the source, not a name (a person's name the article has used stays that person)."""
    if phrase is None or phrase.kind != "proper" or phrase.determiner is not None or len(phrase.words) != 1:
        return None
    word = phrase.words[0]
    lower = word.lower()
    if not lower.endswith(_BARE_SOURCE_ENDINGS) or memory.knows(word):
        return None
    ending = next(end for end in _BARE_SOURCE_ENDINGS if lower.endswith(end))
    return as_speaker(word, _BARE_SOURCES[ending])


_MAX_APPOSED_NAME_WORDS: Final = 3


def _apposed_name_de(sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """ "Der Vorstandschef des Autobauers, Thomas Richter, räumte ... ein": a German subject naming a post, then
    the holder's name between commas right before the verb; the name speaks."""
    prefix = sentence[floor : cue.start].rstrip()
    if not prefix.endswith(","):
        return None
    comma = prefix.rfind(",", 0, len(prefix) - 1)
    if comma < 0:
        return None
    name = prefix[comma + 1 : -1].split()
    head = prefix[:comma].split()
    if not 2 <= len(name) <= _MAX_APPOSED_NAME_WORDS or not ends_in_person_name(name) or len(head) < 2:
        return None
    if head[0].lower() not in GERMAN_SUBJECT_ARTICLES or not (is_role(head[1]) or is_person_noun(head[1])):
        return None
    role, bare_name = split_role(name)  # "..., Rechtsanwalt Stefan Gühring, sagte": the post is no part of the name
    if len(bare_name) < 2:
        role, bare_name = None, name
    text = memory.canonical(" ".join(bare_name))
    return as_speaker(text, "person", memory.role_of(text) or role)


# A Spanish finite reporting verb ("añadió", "explicaron", "ha asegurado") and what opens its content ("que", ":").
_SPANISH_FINITE: Final = re.compile(r"(?:ó|aron|ieron|eron)$|^(?:ha|han) ")
_CONTENT_OPENING: Final = re.compile(r"\s*(?:(?:también|además|asimismo|igualmente|luego|\w+mente)\s+)?(?:que\b|:)")
# A fronted adverb before a subjectless Spanish verb ("Además, añadió que ...").
_FRONTED_WORD: Final = re.compile(r"\s*(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s*,?\s*)?")


# Unnamed sources opening a French or Spanish clause, with what describes them, right before the cue.
_SOURCES_OPENING: Final = re.compile(
    r"\s*((?:(?:(?i:varias|diversas|algunas|las)\s+)?[Ff]uentes|(?i:des|plusieurs|deux|trois|certaines)\s+sources)"
    r"(?:\s+[\w'’-]+){0,7})\s*"
)


# unnamed sources, a first plural verb and its object, then "y"/"et" before the cue.
_SOURCES_COORDINATED: Final = re.compile(
    r"\s*((?:(?:(?i:varias|diversas|algunas|las)\s+)?[Ff]uentes|(?i:des|plusieurs|deux|trois|certaines)\s+sources)"
    r"(?:\s+[\w'’-]+){0,5}?)\s+(?:\w+(?:aron|ieron|eron|ent)|(?:han|ont)\s+\w+)\b[^,.;:]{0,60}?\s(?:y|et)\s*"
)


# A plural French or Spanish reporting verb: unnamed sources speak in the plural ("Fuentes ... indicaron"), while
# "Fuentes aseguró" is a person of that surname.
_PLURAL_CUE: Final = re.compile(r"(?:aron|ieron|eron|an|en|ent)$|^(?:han|ont) ")


# a Spanish reporting verb with an unspoken subject inside the sentence, after a relative with a
# preposition ("rechazó la medida en un comunicado en el que advirtió de que ...") or a conjunction and clitics
# ("celebraron la iniciativa, aunque la consideran insuficiente"): the subject opening the sentence speaks.
# A body named before a French or Spanish subject relative whose verb is the cue ("proceden del Observatorio
# Estatal del Alquiler, que calcula que", "selon les chiffres de l'Observatoire des loyers, qui estime que").
_RELATIVE_BODY: Final = re.compile(
    r"(?:\b[Ll]['’])?((?:[A-ZÁÉÍÓÚÑ][\w'’-]*)(?:\s+(?:(?:de|del|de\s+la|des|du|d['’]|y|et)\s+)?"
    r"(?:[Ll]['’])?[A-ZÁÉÍÓÚÑ][\w'’-]*)*)\s*,\s*(?:que|qui)\s+$"
)


def _relative_body(sentence: str, cue: CueMatch, floor: int) -> Speaker | None:
    """The body a subject relative before ``cue`` refers to, when its name opens with a body word."""
    if not sentence[floor : cue.start].rstrip().endswith((" que", " qui")):
        return None  # the cheap test first: most cues follow no relative pronoun
    match = _RELATIVE_BODY.search(sentence[floor : cue.start])
    if match is None:
        return None
    name = match.group(1)
    return as_speaker(name, "organisation") if is_organisation_word(name.split()[0]) else None


_EMBEDDED_NULL_SUBJECT: Final = re.compile(
    r"(?:\b(?:en|con|por|según)\s+(?:el|la|los|las|lo)\s+(?:que|cual|cuales)"
    r"|,\s*(?:aunque|pero|porque|pues|mientras|ya\s+que)(?:\s+(?:no|lo|la|los|las|le|les|se|nos))*)\s+$"
)


def _null_subject_opening(sentence: str, cue: CueMatch, floor: int) -> bool:
    """A Spanish reporting verb opening its sentence (after at most one adverb) and followed by "que" or ":"."""
    if _SPANISH_FINITE.search(cue.cue) is None or _CONTENT_OPENING.match(sentence, cue.end) is None:
        return False
    fronted = _FRONTED_WORD.match(sentence, floor, cue.start)
    return fronted is not None and fronted.end() == cue.start


def _gerund_subject(
    sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory, mentions: list[Mention]
) -> Speaker | None:
    """ "Interrogée sur un vote, Mme Vautrin a écarté l'hypothèse, rappelant que ...", "El alcalde Juan Ruiz
    defendió el plan, recordando que ...": a French or Spanish gerund after a comma speaks for the person who is
    the subject of the clause before it, the last one named there (a lone capitalised word is no name)."""
    if not sentence[floor : cue.start].rstrip().endswith(","):
        return None
    named = [
        mention
        for mention in (mentions or person_mentions(sentence))
        if floor <= mention.position < cue.start
        and (mention.certain or " " in mention.name or memory.knows(mention.name))
    ]
    if not named:
        return _body_opening(sentence, floor, memory)
    return memory.resolve(NounPhrase(tuple(named[-1].name.split()), "proper"))


def _body_opening(sentence: str, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """ "Le ministère de l'Agriculture dément tout report, assurant que ...", "El Ayuntamiento de Sevilla rechazó
    las críticas, recordando que ...": with no person named, a body opening the clause is the gerund's subject."""
    opening = phrase_after(sentence, floor + len(sentence[floor:]) - len(sentence[floor:].lstrip()))
    if opening is None or opening.kind == "pronoun":
        return None
    if opening.kind == "common":
        opening = _body_name(opening)
    body = is_organisation_word(opening.words[0]) or (opening.kind == "proper" and is_organisation(list(opening.words)))
    return memory.resolve(opening) if body else None


# Links inside a body's name in French and Spanish ("ministère de l'Agriculture", "préfecture du Rhône").
_ROMANCE_LINKS: Final = frozenset({"de", "du", "des", "del", "la", "le", "les", "el", "los", "las", "d", "l"})


def _body_name(phrase: NounPhrase) -> NounPhrase:
    """A Romance body's head and its "de" complements, up to the verb a phrase read past ("préfecture du Rhône
    a" -> "préfecture du Rhône")."""
    kept = [phrase.words[0]]
    for word in (*phrase.words[1:], *phrase.tail):
        linked = kept[-1].lower() in _ROMANCE_LINKS or kept[-1].lower().endswith(("'", "’"))
        if not (word.lower() in _ROMANCE_LINKS or linked or word[:1].isupper()):
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].lower() in _ROMANCE_LINKS:
        kept.pop()
    return NounPhrase((kept[0],), phrase.kind, phrase.determiner, tail=tuple(kept[1:]))


# A clause opened by a description of a body, its name (a ticker in brackets may follow) and the verb: "British
# clothing and homewares retailer Halcombe Group (HALC.L) cut".
_DESCRIBED_OPENER: Final = re.compile(
    r"\s*[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+(?P<noun>[a-z][\w-]*)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
    r"(?:\s+\([A-Z0-9.:]{2,12}\))?\s+[a-z]"
)


# A conjunction opening a clause before its subject ("But", "And", "Yet").
_CONJUNCTION_OPENING: Final = re.compile(r"\s*(?:But|And|Yet)\s+(?=[A-Z])")


def _opening_subject(sentence: str, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """ "Rachel Ambrose of Penrose Securities cut her target price ..., saying": a name opening the clause is the
    subject of a participle cue after a comma, when no person named before it is known yet. A full name or a name
    known as a person's or a body's; one capitalised word alone ("Shares fell, ...") may be no name."""
    conjunction = _CONJUNCTION_OPENING.match(sentence, floor)
    if conjunction is not None:
        floor = conjunction.end()  # "But Dario Pell hit back, branding ...": the name after the conjunction
    opening = phrase_after(sentence, floor)
    described = _DESCRIBED_OPENER.match(sentence, floor)
    if described is not None:
        # "British clothing and homewares retailer Halcombe Group (HALC.L) cut ...": the name after its description
        named = phrase_after(sentence[: described.end("name")], described.start("name"))
        body = None if named is None or named.kind != "proper" else memory.resolve(named)
        if body is not None and (body.kind == "organisation" or is_organisation_word(described.group("noun"))):
            return body if body.kind == "organisation" else as_speaker(body.name, "organisation")
    if opening is None or opening.kind != "proper":
        return None
    if opening.determiner is not None and not (opening.determiner == "the" and is_organisation(list(opening.words))):
        return None  # "The National Weather Service extended a warning, forecasting ...": a body's name may take "the"
    speaker = memory.resolve(opening)
    if speaker is None or speaker.kind not in ("person", "organisation"):
        return None
    if len(opening.words) > 1 or speaker.kind == "organisation" or memory.knows(speaker.name):
        return speaker
    return None


_MAX_MODIFIED_SUBJECT: Final = 240
_MIN_MODIFIED_WORDS: Final = 3


def _modified_head(sentence: str, cue: CueMatch, floor: int, phrase: NounPhrase | None) -> NounPhrase | None:
    """The head of a modified subject opening the clause ("Scientists who contributed to the report said"), in
    place of the nearest phrase before the cue when that is a noun inside the modifiers ("the report")."""
    if sentence[floor : floor + 2].isupper() or sentence[floor : floor + 1] == "(":
        floor = _past_dateline(sentence, floor)  # "PORT ELLERY, Mich. (WKBT) — A neighbor who watched ... told"
    if cue.start - floor > _MAX_MODIFIED_SUBJECT or sentence.count(" ", floor, cue.start) < _MIN_MODIFIED_WORDS:
        return phrase  # a head and a modifier take three words ("Police in Leeds")
    if phrase is not None and (
        phrase.kind == "pronoun"
        or (
            phrase.kind == "proper"
            and ends_in_person_name(list(phrase.words))
            and not is_organisation(list(phrase.words))
        )
    ):
        return phrase  # a person's name right before the cue speaks
    found = head_span(sentence, floor, cue.start)
    if found is None:
        return phrase
    end, tail, modified = found
    head = subject_before(sentence, end, floor)
    if head is None or head.kind == "pronoun" or (phrase is not None and head.words[-1] in phrase.words):
        return phrase
    if not modified and phrase is not None and not is_plural(head.words[-1]):
        return phrase  # "A spokesman for the X Trust said": the body speaks through its spokesman
    return head.with_tail(head.tail + tail) if tail else head


# A dateline opening a wire story's first sentence ("ELKHART SPRINGS, Nev. (AP) — ", "KARVANAGAR: "): a place,
# no subject; a section kicker in capitals has the same shape ("DÉCRYPTAGE - ", "EXCLUSIVE — "). A place in
# ordinary spelling needs its agency in parentheses ("Berlin (dpa) - ", "Frankfurt/Main (dpa-AFX) - ").
_DATELINE: Final = re.compile(
    r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'.-]+)*"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+)?){0,2}\s*(?:\([\w .]+\)\s*)?"
    r"|[A-ZÀ-Ý][\w'.-]*(?:[ /][A-ZÀ-Ý][\w'.-]*)?\s*\([\w./-]+\)\s*"
    r"|\([A-Z][\w .]*\)\s*)(?:[—–:]|-{1,2}(?=\s))\s*"
)


def _past_dateline(sentence: str, floor: int) -> int:
    """Where the clause at ``floor`` starts once a dateline before it is left out."""
    found = _DATELINE.match(sentence, floor)
    return floor if found is None else found.end()


def dateline_end(sentence: str) -> int:
    """Where a wire story's first sentence starts once its dateline ("LONDON, March 12 (Reuters) - ") is left out:
    the dateline is furniture, not part of the claim. 0 without one."""
    return _past_dateline(sentence, 0)


_INDEFINITE_EN: Final = frozenset({"a", "an"})


def _opening_description(sentence: str, floor: int) -> NounPhrase | None:
    """ "A federal judge on Tuesday threw out the approval, ruling that ...": a description of a person or a body
    opening the clause is the subject of a participle cue after its main clause."""
    opening = phrase_after(sentence, floor)
    if opening is None or opening.kind != "common" or opening.determiner is None:
        return None
    words = opening.words
    while len(words) > 1 and words[-1].islower() and words[-1].endswith("ed"):
        words = words[:-1]  # "A county judge blocked the sale": the verb after the subject is no part of it
    if words != opening.words:
        opening = NounPhrase(words, "common", opening.determiner, words)
    head = words[-1]
    if not (is_person_noun(head) or is_organisation_word(head) or names_people(head)):
        return None
    return opening


# A subject made of a post and the body it serves: "The chief of Kaskitew Lake First Nation", "the mayor of Harlow".
_POST_OF_BODY: Final = re.compile(
    r"\s*((?:The|the)\s+(?:[a-z-]+\s+)?([a-z]+)\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for))*)\s*"
)


def _heard_in_passive(sentence: str, cue: CueMatch) -> bool:
    """ "is due to be heard", "was heard in private": "heard" after an auxiliary of the passive."""
    before = sentence[: cue.start].split()
    return bool(before) and before[-1].lower() in _PASSIVE_AUXILIARIES


def speaker_for_cue(
    sentence: str, cue: CueMatch, floor: int, memory: SpeakerMemory, mentions: list[Mention]
) -> Speaker | None:
    """The speaker of ``cue`` in ``sentence`` (not looking before ``floor``), or None when none is found."""
    named = informed_source(cue, sentence)
    if named is not None:
        return as_speaker(named, "organisation")
    if cue.cue == "heard" and _heard_in_passive(sentence, cue):
        return None  # "A petition ... is due to be heard at the High Court": a case heard, no forum hearing
    if cue.cue in ("heißt es", "hieß es", "verlautete", "verlautet"):
        return _circles(_source_after(sentence, cue, memory)) or _source_before(sentence, cue, floor)
    if cue.cue in CIRCLE_TALK_CUES:
        # "In Koalitionskreisen ist von ... die Rede", "Im Umfeld der Ministerin gilt es als ...": only circles, the
        # surroundings of someone, a body or people are a source ("Im Sommer gilt es als ratsam" names none).
        talked = _source_before(sentence, cue, floor)
        circle = "" if talked is None else talked.name.split(" ", 1)[0]
        talking = circle.lower().endswith(_TALKING_CIRCLES) or is_organisation_word(circle) or is_person_noun(circle)
        return talked if talking else None
    if cue.cue in SOURCELESS:
        return None  # "Dem Vernehmen nach": hearsay, no source
    if cue.cue in ROMANCE_GERUND_CUES:
        subject = _gerund_subject(sentence, cue, floor, memory, mentions)
        if subject is not None:
            return subject
    if cue.cue in SOURCE_AFTER:
        return _own_pronoun(sentence, cue, memory) or _source_after(sentence, cue, memory)
    if is_document_source_cue(cue.cue):
        return _source_after(sentence, cue, memory)
    if cue.cue in _LEARNED_FROM:
        return _learned_from(sentence, cue, memory)
    if cue.cue in OWN_WORDS:
        return _own_words(sentence, cue, floor, memory)
    if cue.cue in POSSESSIVE_SOURCE_CUES_DE:
        # "Nach ihren Berechnungen", "nach seinen Worten": the possessor, the person the pronoun stands for.
        pronoun = "er" if cue.cue.split()[1].startswith("sein") else "sie"
        return memory.resolve(NounPhrase((pronoun,), "pronoun"))
    if cue.cue == "so":
        # "..., so der Sprecher.": only after a comma, with its speaker ending the sentence.
        if not sentence[floor : cue.start].rstrip().endswith(","):
            return None
        after = inverted_subject(sentence, cue.end)
        return memory.resolve(after) if after is not None and after.kind != "pronoun" and _speaks(after) else None
    german = cue.cue in GERMAN_CUES or cue.cue in _HOLDS_FOR_DE or cue.cue in HAD_SAID_CUES
    if cue.cue in _SUBJUNCTIVE_CUES_DE:
        # "Sie rechne damit, dass ...": the reporting person's own expectation, said of a pronoun; "Das Ministerium
        # rechne mit ..." is what someone else reports of the ministry (the reported speech carries on instead).
        said_of = subject_before(sentence, cue.start, floor)
        return None if said_of is None or said_of.kind != "pronoun" else memory.resolve(said_of)
    if german and _reported_perfect(sentence, cue, floor):
        return None
    if german and _CAPACITY_DE.fullmatch(sentence, floor, cue.start) is not None:
        capacity = _in_capacity_de(sentence, cue, floor, memory)
        if capacity is not None:
            return capacity
    if "-t-il" in cue.cue or "-t-elle" in cue.cue or cue.cue.endswith(("-il", "-elle")):
        # "a-t-il déclaré", "résume-t-elle", "poursuit-il": the pronoun inside the cue
        pronoun = "il" if cue.cue.endswith("il") or "-t-il" in cue.cue else "elle"
        return memory.resolve(NounPhrase((pronoun,), "pronoun"))
    perfect = _perfect_subject(sentence, cue, floor, memory)
    if perfect is not None:
        return perfect
    if not german and ", on " in sentence[floor : cue.start]:
        placed = impersonal_on(sentence, cue.start, floor, memory)
        if placed is not None:
            return placed  # "À la CGT, on dénonce", "Dans l'entourage du préfet, on reconnaît"
    if german:
        as_said = _as_clause_subject_de(sentence, cue, floor, memory)
        if as_said is not None:
            return as_said
        head = _prefield_head(sentence, cue, floor, memory, mentions)
        if head is not None:
            return head
        apposed = _apposed_name_de(sentence, cue, floor, memory)
        if apposed is not None:
            return apposed
        if sentence[floor : cue.start].rstrip().endswith(","):
            # "Mareike Sander (34), die ... fährt, hält dagegen": the subject before the relative clause, unless
            # a subject follows the cue ("..., die er gemacht habe, sagte Müller").
            after = inverted_subject(sentence, cue.end)
            antecedent = (
                None
                if after is not None and _speaks(after)
                else _relative_antecedent_de(sentence, cue.start, floor, memory)
            )
            if antecedent is not None:
                return antecedent
    if not german and _EMBEDDED_NULL_SUBJECT.search(sentence, floor, cue.start) is not None:
        opening = phrase_after(sentence, floor)
        body = None if opening is None or opening.kind == "pronoun" else memory.resolve(opening)
        if body is not None:
            return body
    if not german:
        relative = _relative_body(sentence, cue, floor)
        if relative is not None:
            return relative
        plural = _PLURAL_CUE.search(cue.cue) is not None
        # "Fuentes municipales consultadas por EFE negaron esa versión y aseguraron": the second of two verbs.
        sources = _SOURCES_COORDINATED.fullmatch(sentence, floor, cue.start) if plural else None
        if sources is None and plural:
            sources = _SOURCES_OPENING.fullmatch(sentence, floor, cue.start)
        if sources is not None:
            # "Fuentes del Ministerio del Interior indicaron", "Des sources proches du dossier ont indiqué".
            return as_speaker(sources.group(1), "anonymous")
    if not german:
        post = _POST_OF_BODY.fullmatch(sentence, floor, cue.start)
        if post is not None and is_role(post.group(2)) and not is_organisation_word(post.group(2)):
            # "The chief of Kaskitew Lake First Nation told": the holder of a body's post (the one named before with
            # that post, else as written); not the body.
            held = NounPhrase((post.group(2),), "common", "the", (post.group(2),))
            known = memory.resolve(held)
            if known is not None and known.kind == "person" and post.group(2) in (known.role or "").lower():
                return known
            return as_speaker(post.group(1), "person", post.group(1).split(None, 1)[1])
        authored = document_author(sentence[floor : cue.start], memory)
        if authored is not None:
            return authored  # "A submission from the planning department, dated 1998, stated": the department
    phrase = subject_before(sentence, cue.start, floor)
    if cue.cue in CUES:
        phrase = _modified_head(sentence, cue, floor, phrase)  # English: "Scientists who contributed to X said"
    elif _romance_document(phrase):
        # "Une étude de l'Insee estime", "Un rapport de l'inspection générale, que ..., chiffre": the document's
        # author speaks, read as after "selon".
        clause = sentence[: cue.start]
        opened = phrase_after(clause, floor)
        if opened is not None and opened.kind != "pronoun":
            writer = romance_source(clause, floor, opened, memory) or memory.resolve(opened)
            if writer is not None:
                return writer
    if phrase is None:
        raised = _RAISED_SUBJECT.search(sentence, floor, cue.start)
        if raised is not None:
            phrase = subject_before(sentence, raised.start(), floor)  # "He is also said to have claimed"
    if cue.cue in SOURCE_BEFORE_ONLY:
        title = _QUOTED_TITLE_BEFORE.search(sentence, max(0, cue.start - 80), cue.start) if phrase is None else None
        if title is not None:
            return as_speaker(title.group(1), "organisation")  # "Einem Bericht der „Süddeutschen Zeitung“ zufolge"
        referred = _referred_source(phrase, memory)
        if referred is not None:
            return referred
        bare = _bare_source(phrase, memory)
        if bare is not None:
            return bare
    estimated = _estimated_by_de(sentence, cue, phrase, memory) if german else None
    if estimated is not None:
        return estimated
    fronted = (
        _demonstrative(phrase)
        or (german and phrase is None and sentence[floor : cue.start].strip().lower() in _DEMONSTRATIVES)
        or (german and phrase is not None and phrase.determiner in _OBJECT_ARTICLES and cue.cue != "zufolge")
        or (german and "," not in sentence[floor : cue.start] and _fronted_adverbial(sentence, floor))
    )
    if fronted and phrase is not None and phrase.kind == "pronoun":
        body = memory.resolve(phrase)  # "It said ..." after a company spoke: the company
        if body is not None:
            return body
    # German verb-second order: a fronted object leaves the subject after the verb ("Neue Schulden schloss die
    # Ministerin aus"); tried when the phrase before the cue names nobody.
    unresolved = False
    weak: Speaker | None = None
    if phrase is not None and not fronted:
        if not _allowed(cue, phrase):
            return None
        speaker = memory.resolve(phrase)
        if speaker is not None and speaker.kind in _UNNAMED_KINDS and phrase.kind == "common":
            counted = _COUNTED_OF.fullmatch(sentence, floor, cue.start)
            if counted is not None and counted.group(2).lower() in _COUNTED_WORDS:
                return as_speaker(counted.group(1), speaker.kind)  # some of the group, not all of it
        if speaker is not None and speaker.kind == "organisation" and phrase.kind == "common":
            speaker = _author(sentence, cue, floor, memory) or speaker
        if speaker is not None and german and _unsignalled(phrase, speaker, memory, sentence[floor : cue.start]):
            weak = speaker if len(phrase.words) > 1 else None
            unresolved = True
        elif speaker is not None:
            return speaker
        else:
            unresolved = german
    elif phrase is None and cue.cue in _RESTRICTED:
        return None
    if phrase is None and not german:
        polled = _partitive(sentence, cue, floor)
        if polled is not None:
            return polled
    if phrase is None and not german and _opens_with_document(sentence, floor):
        # "The study, published on Monday by the X Foundation, a think tank, found": its author.
        author = _author(sentence, cue, floor, memory)
        if author is not None:
            return author
    inverted = _inverted(sentence, floor, cue)
    if fronted or unresolved or inverted:
        skipped = _CIRCUMSTANCE.match(sentence, cue.end) if inverted and not german else None
        quoted = inverted and sentence[floor : cue.start].rstrip(" ,")[-1:] in _CLOSING
        after = inverted_subject(sentence, cue.end if skipped is None else skipped.end(), quoted)
        if unresolved and not (fronted or inverted) and not _nominative(after):
            after = None
        if after is None and german and fronted:
            after = _v2_subject_de(sentence, cue)  # "Als Grund nannte das Unternehmen die hohen Kosten."
        if after is not None and _speaks(after) and _allowed(cue, after):
            speaker = memory.resolve(after) or _unnamed_after(after)
            if speaker is not None:
                return speaker
        if after is None and inverted and not german and phrase is None and cue.cue in CUES_OTHER:
            # '«Hemos actuado por precaución», afirmó.': Spanish leaves out the subject; the last speaker.
            return memory.last_group if cue.cue.endswith(_PLURAL_ENDINGS) else memory.resolve(_NULL_SUBJECT)
    if phrase is None and not german and _null_subject_opening(sentence, cue, floor):
        # "Añadió que ...", "Además, explicó que ...": a Spanish verb opening its sentence has an unspoken subject.
        return memory.last_group if cue.cue.endswith(_PLURAL_ENDINGS) else memory.resolve(_NULL_SUBJECT)
    if weak is not None:
        return weak
    coordinated = _coordinated(sentence, cue, floor, mentions)
    if coordinated is not None:
        name = coordinated.name
        return as_speaker(name, "person", memory.role_of(name))
    agent = _agent(sentence, cue, floor, memory)
    if agent is not None:
        return agent
    if phrase is None:
        antecedent = _relative_antecedent(sentence, cue, floor, memory)
        if antecedent is not None:
            return antecedent
    if phrase is None and is_participle(cue.cue):
        # "audio emerged of X ... — telling them ...": the speaker is the person named earlier.
        before = [mention for mention in mentions if mention.position < cue.start]
        if not before and sentence[floor : cue.start].rstrip().endswith(","):
            # "Economists at X were more cautious, writing in a note that": the subject opening the clause.
            verb = _OPENING_VERB.search(sentence, floor, cue.start)
            opening = None if verb is None else subject_before(sentence, verb.start(), floor)
            speaker = None if opening is None or opening.kind == "pronoun" else memory.resolve(opening)
            if speaker is not None:
                return speaker
            start = _past_dateline(sentence, floor)
            opener = _opening_subject(sentence, start, memory)
            if opener is not None:
                return opener
            described = _opening_description(sentence, start)
            if described is not None:
                # the clause's own subject, not a person named before; an unnamed one ("a federal judge") as written
                unnamed = described.determiner in _INDEFINITE_EN and is_person_noun(described.words[-1])
                written = " ".join((described.determiner or "", *described.words))
                return memory.resolve(described) or (as_speaker(written, "anonymous") if unnamed else None)
        earlier = before[-1].name if before else memory.last_person
        return None if earlier is None else as_speaker(earlier, "person", memory.role_of(earlier))
    if cue.cue in SPEECH_VERBS:
        return unnamed_subject(sentence, cue.start, floor)  # "One government whip said", "Mehrere Beamte bestätigen"
    return None


def governing_cue(sentence: str, cue: CueMatch, cues: list[CueMatch]) -> CueMatch:
    """The cue the content hangs on: of two German cues joined by "und" ("wies die Kritik zurück und verwies
    darauf, dass ..."), the second, whose clause carries the content; else ``cue``."""
    if cue.cue not in GERMAN_CUES:
        return cue
    for later in cues:
        if later.start > cue.end and later.cue in GERMAN_CUES and sentence[: later.start].rstrip().endswith(" und"):
            return later
    return cue


# French and Spanish articles before a document opening a subject ("Une étude de l'Insee", "el informe del INE").
_ROMANCE_DOCUMENT_ARTICLES: Final = frozenset({"un", "une", "le", "la", "l", "el", "una", "les", "los", "las"})


def _romance_document(phrase: NounPhrase | None) -> bool:
    """Whether ``phrase`` is a French or Spanish document with an article and a complement ("un rapport de X")."""
    return (
        phrase is not None
        and phrase.kind == "common"
        and phrase.determiner in _ROMANCE_DOCUMENT_ARTICLES
        and len(phrase.words) > 1
        and phrase.words[0].lower() in DOCUMENT_NOUNS
    )


# "Pour la sénatrice X, ...", "Para el economista X, ...": a fronted holder of the view the sentence states.
_FOR_HOLDER: Final = re.compile(r"\s*(Pour|Para)\s+([^,;:«»\"“”]{3,80}),\s")
_MAX_HOLDER_WORDS: Final = 8


def _holds_views(phrase: NounPhrase, memory: SpeakerMemory) -> bool:
    """Whether a phrase after "Pour"/"Para" names who holds a view: a full name, a known person, a body, or a
    definite description of people or a body ("la ministre", "les syndicats"), not a time or a place."""
    words = list(phrase.words)
    if phrase.kind == "proper":
        role, name = split_role(words)
        return (
            len(name) > 1
            or role is not None
            or memory.knows(" ".join(name))
            or is_organisation(words)
            or all(map(is_acronym, words))
        )
    if phrase.kind != "common" or phrase.determiner is None:
        return False
    head = words[0] if phrase.tail or len(words) == 1 else words[-1]
    return is_person_noun(head) or is_role(head) or is_organisation_word(head) or names_people(head)


def opinion_holder(sentence: str, memory: SpeakerMemory) -> Speaker | None:
    """The holder of the view a French or Spanish sentence opens with "Pour X," or "Para X," ("Pour la sénatrice
    Léa Fontaine, cette réforme va dans le mauvais sens"); None for "Pour la première fois, ...", "Para el verano"."""
    found = _FOR_HOLDER.match(sentence)
    if found is None or found.group(2).count(" ") >= _MAX_HOLDER_WORDS:
        return None
    phrase = phrase_after(sentence, found.start(2))
    pronoun = _SOURCE_PRONOUNS.get(found.group(2).lower())
    if pronoun is not None:
        return memory.resolve(NounPhrase((pronoun,), "pronoun"))  # "Pour elle, ...", "Para él, ..."
    if phrase is None or phrase.kind == "pronoun" or sentence[found.start(2) :].find(",") != len(found.group(2)):
        phrase = subject_before(sentence, found.end(2), found.start(2))
    if phrase is None or not _holds_views(phrase, memory):
        return None
    return memory.resolve(phrase)
