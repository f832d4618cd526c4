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
            "restez", "quittez", "fermez", "buvez", "prenez", "parlez", "demandez", "n'hésitez", "recevez",
        }
    ),
    "es": frozenset(
        {
            "consulte", "consulta", "suscríbase", "suscríbete", "lea", "lee", "síganos", "síguenos", "descargue",
            "descarga", "haga", "haz", "descubra", "descubre", "envíe", "envíenos", "envíanos", "comparta",
            "comparte", "escríbanos", "escríbenos", "regístrese", "regístrate", "visite", "visita", "mire", "mira",
            "evite", "llame", "permanezca", "beba", "hable", "recibí", "recibe", "reciba", "suscribite", "seguinos",
            "sumate",
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
# An author's biography closing the article: "Dana Lee is a health reporter for The Ledger, covering ...", "Jana
# Wirth ist Redakteurin im Ressort Politik.", "Paul Roy est journaliste au service économie.", "Ana Gil es
# periodista de la sección de Economía."
_BIO: Final = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}(?:is|ist|est|es)\s+(?:(?:a|an|the|ein|eine|un|une|el|la)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?i:reporter|correspondent|editor|writer|columnist|journalist|redakteur(?:in)?"
    r"|korrespondent(?:in)?|journalistin|reporterin|journaliste|correspondante?|rédact(?:eur|rice)|periodista"
    r"|corresponsal|redactora?|columnista)\s+(?:for|at|with|on|covering|bei|für|im|der|des|à|au|pour|de|del|en)\b"
)
# A caption naming who stands where: "Ana Ruiz (left) and ...", "X (à gauche) et Y", "Z (links) mit ...".
_POSITION: Final = re.compile(
    r"\((?:left|right|centre|center|l-r|from left|far left|far right|à gauche|à droite|au centre"
    r"|de gauche à droite|links|rechts|mitte|v\. ?l\.|izquierda|derecha|centro|a la izquierda|a la derecha)\)",
    re.IGNORECASE,
)
# ... or closing on it: "The opposition sees it differently.", "Die SPD sieht das anders."
_SEES_OTHERWISE: Final = re.compile(
    r"\b(?:sees|see|saw) (?:it|things|this|that) (?:very |quite |rather )?differently\W*$"
    r"|\b(?:sieht|sehen|sah|sahen) (?:das|es) (?:ganz |völlig )?anders\W*$"
)
_TRANSITION_MAX_WORDS: Final = 16
# A question reported, not answered: "Under cross-examination, the defence asked whether she had worn her
# glasses." The answer, if any, comes in a sentence of its own; with figures it reports a survey, which stays.
_ASKED: Final = re.compile(r"\sask(?:ed|s)\s+(?:[\w'’-]+\s+){0,3}?(?:whether|if|why)\s")


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


# A publication stamp: a line made only of publish/update labels, dates and hours ("Published March 4, 2025
# Updated March 5, 2025, 9:12 a.m. ET", "Publié le 15/10/2025 à 12:08 - Mis à jour ...", "14 de mayo de 2025 ·
# 17:32 - Actualizado ...", "Veröffentlicht am 14.09.2025, 11:20 Uhr", "Stand: 14.09.2025"). It needs a label or a
# month name, a number, and no other word: a sentence that mentions a date has other words.
_STAMP_LABELS: Final = frozenset(
    {
        "published", "updated", "posted", "modified", "publié", "publiée", "mis", "modifié", "modifiée",
        "publicado", "publicada", "actualizado", "actualizada", "actualización", "veröffentlicht", "aktualisiert",
        "stand", "erstellt", "geändert",
    }
)  # fmt: skip
_STAMP_MONTHS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    }
)  # fmt: skip
_STAMP_OTHER: Final = frozenset(
    {
        "last", "on", "at", "a", "p", "m", "am", "pm", "et", "est", "edt", "pt", "pst", "pdt", "ct", "bst", "gmt",
        "utc", "cet", "cest", "mez", "mesz", "aest", "aedt", "nzst", "nzdt", "today", "yesterday", "read", "reading",
        "time", "min", "mins", "minutes", "à", "jour", "le", "aujourd'hui", "aujourd’hui", "hier", "temps", "de",
        "lecture", "um", "uhr", "heute", "gestern", "zuletzt", "lesezeit", "el", "del", "las", "hs", "hoy", "ayer",
        "lectura", "tiempo",
        "h", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
        "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "by", "and", "und", "y",
    }
)  # fmt: skip
# A reading time is a stamp's label too ("Temps de lecture 4 min.", "Lesezeit: 3 Min.", "Tiempo de lectura: 5 min",
# "4 min read").
_READING_TIME: Final = frozenset({"lecture", "lesezeit", "lectura", "read"})
# A number of a stamp: a day, a year, an hour's parts, also with the half of the day run on ("5:12am" -> "12am").
_STAMP_NUMBER: Final = re.compile(r"\d+(?:h\d*|st|nd|rd|th|er|e|am|pm)?")
_STAMP_MAX_WORDS: Final = 40


def _stamp_line(sentence: str, digits: bool = True) -> bool:
    """A publication stamp (:data:`_STAMP_LABELS`): labels, month and day names, numbers, hours and time zones only.

    The words are read one by one and the first other word ends the reading: most sentences stop at once. The
    dateline's place may open the stamp, right before its first number ("Barcelona 14/05/2025 06:00 Actualizado a
    ..."). A stamp holds a number: a sentence known to hold no digit (``digits`` False, from its scan) is not read
    at all."""
    if not digits:
        return False
    named = number = False
    place = False
    for count, match in enumerate(_WORDS.finditer(sentence)):
        if count >= _STAMP_MAX_WORDS:
            return False
        token = match.group(0).lower()
        if token in _STAMP_LABELS or token in _STAMP_MONTHS or token in _READING_TIME:
            named = True
        elif token[:1].isdigit() and _STAMP_NUMBER.fullmatch(token) is not None:
            number = True
        elif count == 0 and match.group(0)[:1].isupper() and token not in _STAMP_OTHER:
            place = True  # not a weekday opening the stamp ("Thursday February 13 2025")
        elif token not in _STAMP_OTHER and token.strip("-'’"):
            return False
        if place and count == 1 and not number:
            return False  # the place stands right before the stamp's first number
    return named and number


def _timestamp(sentence: str) -> bool:
    """``_TIMESTAMP.match(sentence)``, skipped for the common sentence opening with a letter other than u or a: the
    pattern then needs a digit, "updated" or "aktualisiert" at the very start."""
    first = sentence[:1]
    if first.isalpha() and first not in "uUaA":
        return False
    return _TIMESTAMP.match(sentence) is not None


def _dated_line(sentence: str, digits: bool = True) -> bool:
    """A bare hour or update note (:func:`_timestamp`) or a publication stamp (:func:`_stamp_line`)."""
    return _timestamp(sentence) or _stamp_line(sentence, digits)


# A crosshead quoting someone: a label of up to three words, a colon and a quote closed without final punctuation
# ('Betriebsrat: "Schlag ins Gesicht"', "Feuerwehr: „Die Fahrzeuge waren ein einziges Knäuel“").
_LABELLED_QUOTE: Final = re.compile(r"[^\s:]+(?:\s+[^\s:]+){0,2}:\s*[\"“„«»‚‘][^\"“”„«».!?…]+[\"”“»«’‘]")


def _terminal(text: str) -> bool:
    """Ends with final punctuation (closing quotes and brackets aside) or with a closing quote mark (not a
    crosshead's quote with no final punctuation: 'Stadträtin: „Niemand muss sich Sorgen machen“')."""
    if text[-1:] in '"”’»“':
        return _LABELLED_QUOTE.fullmatch(text) is None
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":", ";")


def is_heading(sentence: str, whole_paragraph: bool, digits: bool = True) -> bool:
    """A line standing alone without final punctuation: a headline, crosshead, label or timestamp.

    ``digits`` is False when the caller knows the sentence holds no digit (its scan's ``digits``)."""
    if _dated_line(sentence, digits):
        return True
    if not whole_paragraph or _terminal(sentence.rstrip()):
        return False
    if "|" in sentence and _stamped_byline(sentence):
        return True
    return len(_WORDS.findall(sentence)) <= _HEADING_MAX_WORDS


def _stamped_byline(sentence: str) -> bool:
    """ "Eleanor Marsh, Health Editor | Thursday February 13 2025, 12.01am GMT, The Times": a byline and a publication
    stamp on one line, set apart by bars, one of its comma-separated pieces a stamp (:func:`_stamp_line`)."""
    return any(_stamp_line(piece) for part in sentence.split("|") for piece in part.split(","))


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
    if ("..." in sentence or "…" in sentence) and _ELLIPSIS_CREDIT.search(sentence) is not None:
        return True
    if " / " in sentence and _CAPITALS_CREDIT.fullmatch(sentence.strip()) is not None:
        return True  # "JULIEN MATTEI / HANS LUCAS POUR « LE MONDE »", "DANA LEE / REUTERS"
    if sentence.rstrip().endswith(")") and _BRACKETED_CREDIT.search(sentence) is not None:
        return True  # "... since October. (ABC News: Sam Odhiambo)"
    if not lexed.has("credit"):
        return False
    for at, phrases in lexed.phrases("credit"):
        if _addressed_to(sentence, at, phrases[-1]):
            continue
        after = sentence[at + len(phrases[0]) :].lstrip()[:1]
        if not after or after not in _QUOTE_OPENERS:
            return True
    return False


# A credit in brackets closing a caption, an outlet or agency and a photographer's name, all capitalised: "(ABC
# News: Sam Odhiambo)", "(Supplied: Jo Reed)", "(AAP: Dean Lewins)"; not a cited source ("(Source: Reserve Bank)").
_BRACKETED_CREDIT: Final = re.compile(
    r"\((?!(?:Sources?|Data|Note|Notes|Figures|Graphic|Chart):)(?:[A-Z][\w&.’'-]*\s){0,3}[A-Z][\w&.’'-]*:\s?"
    r"[A-ZÀ-Ý][\w.’'-]*(?:\s(?:[A-ZÀ-Ý][\w.’'-]*|de|van|von|da|di|del|la|le)){1,3}\)\s*$"
)
# Credit labels no speech is ever addressed to: after a lowercase word they still credit a picture.
_NEVER_ADDRESSED: Final = ("credit", "photo credit", "crédit", "foto", "photo", "photograph")
# A credit in capitals, photographer and agency split by a slash: no lowercase letter in the line.
_CAPITALS_CREDIT: Final = re.compile(r"[^a-zß-ÿ]*[A-ZÀ-Ý]{2,}[^a-zß-ÿ]* / [^a-zß-ÿ]*[A-ZÀ-Ý]{2,}[^a-zß-ÿ]*")
# A credit run on to its caption with an ellipsis: "... sleep less than they think.Credit...Jane Roe".
_ELLIPSIS_CREDIT: Final = re.compile(r"(?:Credit|Crédit|Photo|Foto)\s?(?:\.{3}|…)\s?[A-ZÀ-Ý]")


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
    if _dated_line(sentence, lexed.digits):
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
    if (" is " in stripped or " ist " in stripped or " est " in stripped or " es " in stripped) and _BIO.match(
        stripped
    ) is not None:
        return True
    if "(" in sentence and _POSITION.search(sentence) is not None:
        return True
    if _service_or_doubt(sentence.rstrip(), stripped):
        return True
    if " ask" in outside and not lexed.digits and _ASKED.search(outside) is not None:
        return True
    if not lexed.digits and (_transition(stripped, lexed.lower) or _more_info(stripped)):
        return True
    return _addressed(sentence, lexed, spans) or _scene(sentence, lexed, spans)
