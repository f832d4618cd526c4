"""Sentences that are never claims: calls to action, newsroom asides, credits, timestamps and scene-setting.

Every rule is driven by word lists kept here as data, per language (en, de, fr, es), so they can grow without
touching the logic. The rules look only at the text outside quotes, and only for unattributed sentences (a quoted
"Call me" is still speech); :func:`is_non_claim` is the single entry point.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.claims.chars import has_any, marks
from processors.claims.scan import ListName, Scan, scan
from processors.claims.vocabulary import (
    ADDRESS_WORDS,
    ADVICE_MODALS,
    AUDIENCE_NOUNS,
    BOILERPLATE_PHRASES,
    FORMAL_YOU,
    SCENE_WORDS,
)

__all__ = [
    "ADDRESS_WORDS", "ADVICE_MODALS", "AUDIENCE_NOUNS", "BOILERPLATE_PHRASES", "IMPERATIVES", "SCENE_WORDS",
    "is_credit", "is_heading", "is_non_claim",
]  # fmt: skip

# Verbs that open a call to action (imperative), lowercase, per language.
IMPERATIVES: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        {
            "tell", "sign", "subscribe", "read", "relive", "get", "send", "share", "follow", "call", "click", "tap",
            "download", "join", "visit", "watch", "listen", "check", "contact", "email", "e-mail", "register",
            "move", "please", "donate", "enter", "comment", "discover", "explore", "find", "see", "sign-up",
            "don't", "keep", "stay", "avoid", "remember", "write", "try", "browse", "grab", "speak", "ask",
            "consult", "seek", "wear", "drink", "eat", "wash", "make", "be", "take", "turn", "switch", "pack",
            "prepare", "evacuate", "bring", "apply", "book", "consider", "note", "let", "scroll",
        }
    ),
    "de": frozenset(
        {
            "lies", "klicke", "folge", "teile", "melde", "schreib", "schreibe", "schick", "hol", "entdecke",
        }
    ),
    "fr": frozenset(
        {
            "lisez", "abonnez-vous", "suivez", "suivez-nous", "retrouvez", "inscrivez-vous", "découvrez",
            "cliquez", "consultez", "téléchargez", "partagez", "envoyez", "écrivez", "écrivez-nous", "contactez",
            "contactez-nous", "rejoignez", "regardez", "écoutez", "lire", "voir", "évitez", "appelez",
            "restez", "quittez", "fermez", "buvez", "prenez", "parlez", "demandez", "n'hésitez",
        }
    ),
    "es": frozenset(
        {
            "consulte", "consulta", "suscríbase", "suscríbete", "lea", "lee", "síganos", "síguenos", "descargue",
            "descarga", "haga", "haz", "descubra", "descubre", "envíe", "envíenos", "envíanos", "comparta",
            "comparte", "escríbanos", "escríbenos", "regístrese", "regístrate", "visite", "visita", "mire", "mira",
            "evite", "llame", "permanezca", "beba", "hable",
        }
    ),
}  # fmt: skip

_SCENE_MIN: Final = 3
# Word lists whose words make a sentence assert something checkable, whatever its atmosphere.
_CLAIM_MARKERS: Final[tuple[ListName, ...]] = ("prediction", "causation", "rule", "cue", "cue_other")
_DIGITS: Final = re.compile(r"\d+")
_LABEL_BEFORE: Final = re.compile(r"\b[A-Z][\w-]*\s$")
_HEADING_MAX_WORDS: Final = 12

_IMPERATIVES_ALL: Final = frozenset().union(*IMPERATIVES.values())
_WORDS: Final = re.compile(r"[\w'’-]+")
_TIMESTAMP: Final = re.compile(
    r"^\W*(?:\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+[A-Z]{2,5})?|updated\b.*|aktualisiert\b.*)\W*$",
    re.IGNORECASE,
)
# After a reader noun, a modal of advice ("Residents should ...").
_ADVICE: Final = re.compile(r"\s+(?:" + "|".join(sorted(ADVICE_MODALS)) + r")\b")
# A reader noun opening the sentence, a short qualifier, then a modal of advice ("Residents under an evacuation
# order should leave", "Parents with young children are urged to"): no comma, at most five words between.
_ADVICE_AFTER_QUALIFIER: Final = re.compile(
    r"(?:\s+[\w'’-]+){1,5}?\s+(?:should|are advised|are asked|are urged|sollten|devraient|deberían)\b"
)
# Characters that continue a word in the non-claim rules' tokens ("don't", "kick-off").
_WORD_JOINERS: Final = "_'’-"
# Quoted stretches (any of the quote styles) are removed before the rules look at the words.
# A quote opened and not closed runs on to the end (a quote spanning paragraphs).
_QUOTE_MARK: Final = marks('"“„«‹”')
_QUOTED: Final = re.compile(
    r"\"[^\"]*(?:\"|$)|“[^“”]*(?:[”“]|$)|„[^“”]*(?:[“”]|$)|«[^»]*(?:»|$)|‹[^›]*(?:›|$)|”[^”]*(?:”|$)"
)
_CLOSERS: Final = "\"”’'»)]"
# Marks opening a quotation: after a credit's colon they make it an introduction to speech.
_QUOTE_OPENERS: Final = "\"“„«‹'‘"
# An opening subordinate clause before an imperative: "If you live near the river, move valuables ...".
# German formal imperative: infinitive then "Sie" ("Lesen Sie auch", "Klicken Sie hier").
_DE_IMPERATIVE: Final = re.compile(r"^\w+e?n\s+Sie\b")
# A purpose phrase before an imperative: "For more information, visit ...", "Pour en savoir plus, consultez ...".
_LEADING_CLAUSE: Final = re.compile(
    r"^(?:if|when|wenn|falls|si|cuando|for more (?:information|details|info)|to (?:find out|learn|read) more"
    r"|pour (?:en savoir plus|plus d'informations)|para (?:más información|saber más)"
    r"|weitere informationen|mehr informationen)\b[^,]*,\s*",
    re.IGNORECASE,
)


# German calls to action in the infinitive: "Jetzt die Liga-App kostenlos herunterladen.", after a teaser and a
# colon or alone.
_DE_INFINITIVE_CALL: Final = re.compile(
    r"(?:^|[:–—]\s*)Jetzt\s+(?:[\w„“\"'-]+\s+){0,5}?(?:herunterladen|downloaden|abonnieren|registrieren|anmelden"
    r"|sichern|testen|bestellen|weiterlesen|lesen|entdecken|installieren|mitmachen)\W*$"
)
# An open question in indirect form, the writer's doubt rather than an assertion: "Ob der Plan aufgeht, ist
# fraglich", "Whether the deal survives remains to be seen", "Reste à savoir si ...", "Queda por ver si ...".
_OPEN_QUESTION: Final = re.compile(
    r"^(?:Ob|Whether)\b[^.;:]*\s(?:ist|bleibt|scheint|is|remains|seems)\s+(?:\w+\s+){0,2}?"
    r"(?:fraglich|offen|abzuwarten|ungewiss|unklar|zweifelhaft|unclear|uncertain|doubtful|to be seen"
    r"|an open question)\W*$"
    r"|^(?:Reste à savoir si|Queda por ver si|Está por ver si)\b"
)
# A service note giving the hour an event starts: "Die Sitzung ist öffentlich und beginnt um 17 Uhr.", "The
# meeting starts at 7pm."; short, so that a claim about a timetable in a longer sentence stays.
_STARTS_AT: Final = re.compile(
    r"\b(?:beginnt|beginnen|startet|starten|begins|starts|commence|commencera|comienza|empieza)\s+"
    r"(?:um|at|à|a las)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|h|heures|[ap]\.?m\.?)?\W*$",
    re.IGNORECASE,
)
_STARTS_AT_MAX_WORDS: Final = 14


# A bridge into the next voice, announcing that someone disagrees or that the figures touch someone, without
# saying what: "Not everyone agrees.", "Ganz anders sieht das die CDU.", "For Ana Ruiz, a nurse, the figures are
# all too familiar.", "Tout le monde ne partage pas cet avis.", "No todos lo ven así."
_TRANSITION: Final = re.compile(
    r"(?:not everyone (?:agrees|is convinced|is persuaded|is happy)|others (?:disagree|are less sure)"
    r"|(?:ganz |völlig )?anders (?:sieht|sehen) (?:das|es)\b|nicht alle (?:sind|teilen)\b"
    r"|tout le monde ne partage pas\b|tout le monde n'est pas (?:d'accord|convaincu)"
    r"|no todos (?:están de acuerdo|piensan igual|lo ven así|comparten)"
    r"|(?:for|für|pour|para)\s[^.;:]*,\s*(?:the|these|those|such|die|diese|ces|les|estas|esas|las|los)\s+"
    r"(?:\w+\s+){0,2}?(?:is|are|were|sind|waren|sont|son)\s+"
    r"(?:all too |only too |painfully |nur zu |bien |muy )?"
    r"(?:familiar|real|personal|no surprise|nothing new|vertraut|bekannt|réels|familiers|familiares|reales)\W*$)",
    re.IGNORECASE,
)
_TRANSITION_INITIALS: Final = "NnOoGgAaTtFfPp"
# ... or closing on it: "The opposition sees it differently.", "Die SPD sieht das anders."
_SEES_OTHERWISE: Final = re.compile(
    r"\b(?:sees|see|saw) (?:it|things|this|that) (?:very |quite |rather )?differently\W*$"
    r"|\b(?:sieht|sehen|sah|sahen) (?:das|es) (?:ganz |völlig )?anders\W*$"
)
_TRANSITION_MAX_WORDS: Final = 16


# A pointer to more information online: "More information is available on the council's website.", "Weitere
# Informationen gibt es auf der Internetseite der Stadt.", "Plus d'informations sur le site de la mairie."
_MORE_INFO: Final = re.compile(
    r"(?:(?:more|further) (?:information|details|info)(?: (?:is|are|can be) (?:available|found))?"
    r"|(?:weitere|mehr|nähere) (?:informationen|infos|details)(?: (?:gibt es|finden sich|sind|stehen))?"
    r"|(?:plus d'|de plus amples )informations(?: (?:sont disponibles|sont à retrouver))?"
    r"|(?:más|mayor) información(?: (?:está disponible|en|disponible))?)"
    r"\s+(?:on|at|via|auf|unter|im|sur|en|dans)\s+(?:[\w'’.-]+\s+){0,5}?"
    r"(?:website|web site|online|internet|internetseite|webseite|homepage|site|web|página|sitio|portal)\b",
    re.IGNORECASE,
)
_MORE_INFO_INITIALS: Final = "MFWNPDm"
_MORE_INFO_MAX_WORDS: Final = 20


def _more_info(stripped: str) -> bool:
    """A short service note pointing to more information online (:data:`_MORE_INFO`)."""
    if stripped[:1] not in _MORE_INFO_INITIALS:
        return False
    return _MORE_INFO.match(stripped) is not None and len(_WORDS.findall(stripped)) <= _MORE_INFO_MAX_WORDS


def _transition(stripped: str, lower: str) -> bool:
    """A short bridge into the next voice (:data:`_TRANSITION`, :data:`_SEES_OTHERWISE`)."""
    if (stripped[:1] in _TRANSITION_INITIALS and _TRANSITION.match(stripped) is not None) or (
        ("anders" in lower or "differently" in lower) and _SEES_OTHERWISE.search(lower) is not None
    ):
        return len(_WORDS.findall(stripped)) <= _TRANSITION_MAX_WORDS
    return False


def _service_or_doubt(sentence: str, stripped: str) -> bool:
    """An infinitive call to action, an open question in indirect form, or the hour an event starts."""
    first = stripped[:1]
    if first in "OWRQE" and _OPEN_QUESTION.match(stripped) is not None:
        return True
    if "Jetzt" in sentence and _DE_INFINITIVE_CALL.search(sentence) is not None:
        return True
    return (
        sentence[-1:] in ".!"
        and (" um " in sentence or " at " in sentence or " à " in sentence or " a las " in sentence)
        and _STARTS_AT.search(sentence) is not None
        and len(_WORDS.findall(sentence)) <= _STARTS_AT_MAX_WORDS
    )


def _timestamp(sentence: str) -> bool:
    """``_TIMESTAMP.match(sentence)``, skipped for the common sentence opening with a letter other than u or a: the
    pattern then needs a digit, "updated" or "aktualisiert" at the very start."""
    first = sentence[:1]
    if first.isalpha() and first not in "uUaA":
        return False
    return _TIMESTAMP.match(sentence) is not None


def _terminal(text: str) -> bool:
    """Ends with final punctuation (closing quotes and brackets aside) or with a closing quote mark."""
    if text[-1:] in '"”’»“':
        return True
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":", ";")


def is_heading(sentence: str, whole_paragraph: bool) -> bool:
    """A line standing alone without final punctuation: a headline, crosshead, label or timestamp."""
    if _timestamp(sentence):
        return True
    if not whole_paragraph or _terminal(sentence.rstrip()):
        return False
    return len(_WORDS.findall(sentence)) <= _HEADING_MAX_WORDS


def _first_word(text: str) -> str:
    match = _WORDS.search(text)
    return "" if match is None else match.group(0).lower()


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(sentence)] if has_any(sentence, _QUOTE_MARK) else []


def _token(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole token of the rules (no word character or joiner around it)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in _WORD_JOINERS or after.isalnum() or after in _WORD_JOINERS)


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= lo or start >= hi for lo, hi in spans)


def _first_token_start(sentence: str, spans: list[tuple[int, int]]) -> int:
    for match in _WORDS.finditer(sentence):
        if _outside(spans, match.start(), match.end()):
            return match.start()
    return len(sentence)


def _tokens(sentence: str, lexed: Scan, name: ListName, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the words of list ``name`` standing as whole tokens outside quotes."""
    for at, phrases in lexed.phrases(name):
        for phrase in phrases:
            end = at + len(phrase)
            if _token(sentence, at, end):
                if _outside(spans, at, end):
                    yield at, end
                break


def _after_sourcing(sentence: str, at: int, sourced: list[int]) -> bool:
    """Whether the word at ``at`` follows a sourcing preposition ("selon nos informations", "according to our")."""
    return any(end < at and not sentence[end:at].strip() for end in sourced)


def _clause_start(sentence: str, at: int) -> bool:
    """Whether ``at`` opens a clause: after a colon, a semicolon or an opening quote or bracket."""
    before = sentence[:at].rstrip()
    return before[-1:] in (":", ";", "(", "„", "“", "«", '"')


def _addressed(sentence: str, lexed: Scan, spans: list[tuple[int, int]]) -> bool:
    """The reader addressed ("you", "unsere"; "Sie" mid-sentence) or as a group with advice ("Residents should")."""
    sourced = [at + len(phrases[0]) for at, phrases in lexed.phrases("sourcing")]
    for at, end in _tokens(sentence, lexed, "address", spans):
        if not sentence[at:end].isupper() and not _after_sourcing(sentence, at, sourced):
            return True
    formal = [at for at, end in _tokens(sentence, lexed, "formal_you", spans) if sentence[at:end] in FORMAL_YOU]
    if formal and formal[-1] > _first_token_start(sentence, spans) and not _clause_start(sentence, formal[-1]):
        return True
    for at, phrases in lexed.phrases("audience"):
        for noun in phrases:
            advice = _ADVICE.match(lexed.lower, at + len(noun))
            if advice is None and at == _first_token_start(sentence, spans):
                advice = _ADVICE_AFTER_QUALIFIER.match(lexed.lower, at + len(noun))
            if advice is not None and _outside(spans, at, advice.end()):
                return True
    return False


def _numbers(sentence: str) -> bool:
    """Digits that state a quantity: a run of digits not standing after a capitalised label ("Gate 4")."""
    for match in _DIGITS.finditer(sentence):
        label = _LABEL_BEFORE.search(sentence, 0, match.start())
        if label is None:
            return True
    return False


def _scene(sentence: str, lexed: Scan, spans: list[tuple[int, int]]) -> bool:
    """Atmosphere: several words of weather, light, sound, posture and crowds, and nothing checkable besides.

    A claim-type marker (future, cause, rule), a cue of speech or a number stated in digits make it a claim; a
    number that labels a place ("Gate 4") does not.
    """
    count = sum(1 for _ in _tokens(sentence, lexed, "scene", spans))
    if count < _SCENE_MIN:
        return False
    for name in _CLAIM_MARKERS:
        for at, phrases in lexed.phrases(name):
            if any(lexed.word_end(at + len(phrase)) for phrase in phrases):
                return False
    return not (lexed.digits and _numbers(sentence))


def is_credit(sentence: str, scanned: Scan | None = None) -> bool:
    """A picture credit ("Photograph: Dana Lee for The Ledger", "Foto: dpa"), alone or closing a caption line.

    A credit names a source; a label opening a quote ('Demir zu BILD: „Ich bleibe!“') introduces speech instead."""
    lexed = scan(sentence) if scanned is None else scanned
    if not lexed.has("credit"):
        return False
    for at, phrases in lexed.phrases("credit"):
        if _addressed_to(sentence, at, phrases[-1]):
            continue
        after = sentence[at + len(phrases[0]) :].lstrip()[:1]
        if not after or after not in _QUOTE_OPENERS:
            return True
    return False


# Credit labels no speech is ever addressed to: after a lowercase word they still credit a picture.
_NEVER_ADDRESSED: Final = ("credit", "photo credit", "crédit")


def _addressed_to(sentence: str, at: int, phrase: str) -> bool:
    """A label word after a preposition ("Demir zu BILD: ...", "told Picture: ..."): a colon intro to speech given
    to a paper, not a credit. A credit label opens its line or follows punctuation ("(Foto: dpa)")."""
    if not phrase.endswith(":") or phrase.startswith(_NEVER_ADDRESSED):
        return False  # "... see off the intruder Credit: Kyle Tully": a credit run on to its caption, no address
    before = sentence[:at].rstrip()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def is_non_claim(sentence: str, attributed: bool, scanned: Scan | None = None) -> bool:
    """True when ``sentence`` is a call to action, an aside of the newsroom, a credit or a scene description.

    ``scanned`` is the :func:`~processors.claims.scan.scan` of ``sentence`` when the caller has made it.
    """
    lexed = scan(sentence) if scanned is None else scanned
    spans = _quoted_spans(sentence)
    if _timestamp(sentence):
        return True
    if any(_outside(spans, at, at + len(phrases[-1])) for at, phrases in lexed.phrases("boilerplate")):
        return True
    if is_credit(sentence, lexed):
        return True
    if attributed:
        return False
    outside = _QUOTED.sub(" ", sentence) if spans else sentence
    stripped = outside.lstrip(" \t(\"'“„«¡¿")
    if _first_word(stripped) in _IMPERATIVES_ALL or _first_word(_LEADING_CLAUSE.sub("", stripped)) in _IMPERATIVES_ALL:
        return True
    if _DE_IMPERATIVE.match(stripped):
        return True
    if _service_or_doubt(sentence.rstrip(), stripped):
        return True
    if not lexed.digits and (_transition(stripped, lexed.lower) or _more_info(stripped)):
        return True
    return _addressed(sentence, lexed, spans) or _scene(sentence, lexed, spans)
