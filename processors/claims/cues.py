"""Attribution cues: the verbs and phrases that mark reported speech, with how strongly each attributes.

Strength is 1.0 for neutral speech verbs (``said``, ``told``) and lower for verbs that report a stance or an
estimate, which attribute more loosely. The lexicon is data so it can grow without touching the matching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, final

from processors.claims.fold import Folded, alternation
from processors.claims.scan import Scan, scan
from processors.claims.vocabulary import (
    ADVERB_INSERTED_CUES,
    AFTER_QUOTE_ONLY_CUES,
    AFTER_QUOTE_OR_QUE_CUES,
    COLON_ONLY_CUES,
    CUES,
    CUES_OTHER,
    FINDING_BODIES,
    GERMAN_CUES,
    GERMAN_SUBJECT_ARTICLES,
    PERIODICAL_ADJECTIVES,
    PREPOSITION_ONLY_CUES,
    QUE_ONLY_CUES,
    REQUEST_CUES,
    ROMANCE_GERUND_CUES,
    ROMANCE_QUE_ONLY_CUES,
    SAYS_BEFORE_CLAUSE_CUES,
    SEGUN_PERFECT_CUES,
    SEPARABLE_PARTICLES,
    SEPARABLE_STEMS,
    STANCE_ADJECTIVES_DE,
    STANCE_VERBS_DE,
)

__all__ = [
    "CIRCLE_TALK_CUES", "CONTEXT_CUES", "CUES", "CUES_OTHER", "GERMAN_CUES", "HAD_SAID_CUES", "OWN_WORDS",
    "SOURCE_AFTER", "SOURCE_BEFORE_ONLY", "CueMatch", "cue_strength", "find_cues", "informed_source",
    "is_document_source_cue", "is_participle",
]  # fmt: skip

# Cues whose source follows them ("according to the ministry", "laut", "selon", "según").
SOURCE_AFTER: Final = frozenset(
    {"according to", "nach angaben", "laut", "selon", "d'après", "según", "nach informationen", "nach auskunft",
     "nach erkenntnissen", "nach darstellung", "nach einschätzung", "nach worten", "según informó",
     "según informaron", "según explicó", "según explicaron", "según indicó", "según indicaron", "según confirmó",
     "según confirmaron", "según señaló", "según señalaron", "según precisó", "según precisaron",
     "según ha informado", "según han informado", "según declaró", "según dijo", "nach berechnungen",
     "nach schätzungen", "nach ansicht", "nach auffassung", "nach meinung", "nach aussage", "nach aussagen",
     "nach recherchen", "nach daten", "nach zahlen", "nach ermittlungen", "nach überzeugung", "nach auswertung",
     "nach untersuchungen", "nach prognosen", "nach schilderung", "nach schilderungen", "nach mitteilung",
     "nach ansicht von", "de acuerdo con", "d’après"}
) | SEGUN_PERFECT_CUES  # fmt: skip
# Cues whose speaker is the subject of their own clause ("Eine Anwohnerin hat ... nach eigenen Worten ...").
OWN_WORDS: Final = frozenset(
    {"nach eigenen worten", "nach eigenen angaben", "nach eigener aussage", "eigenen angaben zufolge"}
)
# Postpositional cue: the source stands right before it ("der Polizei zufolge").
SOURCE_BEFORE_ONLY: Final = frozenset({"zufolge"})

# English cues that report speech only before these words: "pressed him on why" (not "pressed ahead"), "finding
# that" (not "finding a way"), "writing in a note" (not "writing a book"); "pressed" also before a name.
_SPEECH_ONLY_BEFORE: Final[dict[str, frozenset[str]]] = {
    "pressed": frozenset({"him", "her", "them", "me", "us"}),
    "finding": frozenset({"that"}),
    "writing": frozenset({"that", "in"}),
    "arguing": frozenset({"that"}),  # "arguing that the shares are cheap", not "arguing with the referee"
    "ruled": frozenset({"that"}),  # "ruled that the ban was unlawful", not "ruled out", "ruled the country"
    "ruling": frozenset({"that"}),
    "pushed back": frozenset({"on", "against"}),  # "pushed back on suggestions", not "pushed back the vote"
    "pushes back": frozenset({"on", "against"}),
}
# English cues that do not report speech before these words: "called a meeting", "called off", "called in";
# "the estimate of", "an estimate for" (the noun, not the verb of "The authors estimate that"); "than expected.",
# "is expected to rise", "expected in May" (an expectation no one is said to hold).
_NOT_SPEECH_BEFORE: Final[dict[str, frozenset[str]]] = {
    "called": frozenset({"a", "an", "in", "off", "up", "back", "out", "to", "time", "police", "paramedics"}),
    # "declared a state of emergency", "declared war", "declared bankruptcy": an act, not a statement
    "declared": frozenset({"a", "an", "war", "bankruptcy", "independence", "martial"}),
    "estimate": frozenset({"", "of", "for", "is", "was", "has", "had", "from", "by", "on", "in", "at", "puts", "put",
                           "suggests", "shows", "and", "or", "to"}),
    "expected": frozenset({"", "to", "by", "in", "at", "on", "and", "or", "but", "last", "this", "next", "after",
                           "since", "for", "from", "of", "with", "when", "as", "so", "than"}),
    # "insisted on paying", "insists upon a recount": a demand or an act, not a statement
    "insisted": frozenset({"on", "upon"}), "insists": frozenset({"on", "upon"}),
    "insisting": frozenset({"on", "upon"}), "insist": frozenset({"on", "upon"}),
}  # fmt: skip
# Verdicts on something named: speech only when the object is followed, in the clause, by "as" or a quote ("dismissed
# the protests as the work of ...", "termed the cap 'too little'"); "dismissed the case", "was dismissed" are none.
# "branding his rival's conduct 'embarrassing'" is a verdict; "a branding exercise", "branding the product" are none.
_VERDICTS: Final = frozenset({"termed", "dismissed", "labelled", "labeled", "branding", "labelling", "labeling"})
_VERDICT_AFTER: Final = re.compile(r"\s+(?!(?:as|him|her|them|me|us)\b)[^,.;:!?\"“”]{1,60}?(?:\s+as\s|\s+[\"“‘'])")
# "He is said to have claimed", "She was reported to be": a passive that hedges what follows, no speech of its own.
_RAISED: Final = frozenset({"said", "reported", "alleged"})
_RAISED_AFTER: Final = re.compile(r"\s+to\s+(?:be|have)\b")
# Verbs that carry on a quote ("...," he went on. / She continued: "..."): speech only right after a closed quote
# and its speaker, or before a colon; otherwise "talks went on for hours", "prices continued to rise".
_QUOTE_CARRIERS: Final = frozenset({"went on", "goes on", "continued", "continues"})
_AFTER_QUOTE: Final = re.compile(r"[,.!?…][\"”’]\s+(?:[\w.’'-]+\s+){1,4}$")
_COLON_AFTER: Final = re.compile(r"\s*:")
# "read" quotes a written text: before a colon, or after a noun for one ("A family statement read",
# "The note read in part"); otherwise "she read law", "read the report".
_READ: Final = "read"
# Participles of a forecast that report one only after a comma, opening a participle clause ("extended a warning,
# forecasting gusts of 45 mph"); "weather forecasting", "forecasting models" are nouns.
_AFTER_COMMA_ONLY: Final = frozenset({"forecasting", "predicting"})
_CALLED: Final = "called"
_TEXT_NOUNS: Final = frozenset(
    {"statement", "letter", "note", "message", "tribute", "post", "notice", "email", "text", "card", "sign",
     "banner", "placard", "caption", "inscription", "memo", "tweet", "order", "ruling", "verdict", "judgment"}
)  # fmt: skip
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)\W*$")
# "found" reports a finding before "that" or at a clause end ("..., the study found."), or after a body whose
# job is finding (``FINDING_BODIES``) in its clause; "Firefighters found two children" reports nothing.
_FOUND: Final = "found"
_CLAUSE_START: Final = re.compile(r"[.;:!?\"“”]")
_LOWER_WORD: Final = re.compile(r"[a-z]+")
_OWNED_PERIODICAL: Final = re.compile(r"\w[’']s\s+([a-z-]+)\s+(?:[A-Z][\w&’'-]*\s+){1,5}$")
_ARTICLES_AFTER_FOUND: Final = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"})
# Court formulas record a plea, not speech about the world: "denies causing death by dangerous driving",
# "admitted 12 counts of fraud", "denies one count of fraud", "admits the charge"; "denied cutting corners" and
# "denied the charge that he had lied" (an allegation denied) stay speech.
_PLEA_VERBS: Final = frozenset({"denies", "denied", "deny", "denying", "admits", "admitted", "admit", "admitting"})
_PLEA_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|all|both|the|further|"
    r"separate|two\s+further|single)\s+)?"
    r"(?:(?:counts?|charges?|offences?|offenses?|specimen\s+charges?)\b(?!\s+that\b)"
    r"|(?:murder|manslaughter|fraud|theft|burglary|robbery|rape|assault|arson|kidnap|kidnapping|blackmail|perjury"
    r"|bribery|harassment|stalking|wounding|affray|attempted\s+murder|conspiracy\s+to|conspiring\s+to"
    r"|causing\s+(?:death|grievous|actual|serious\s+injury)|dangerous\s+driving|careless\s+driving"
    r"|drink-driving|drug-driving|money\s+laundering|criminal\s+damage|misconduct\s+in\s+public\s+office"
    r"|possession\s+of|possessing\s+(?:a|an|indecent|class)|handling\s+stolen|sexual\s+assault"
    r"|being\s+concerned\s+in)\b)"
)
# "The Sun can reveal", "the Post can exclusively reveal": the newsroom's own reporting, a hedge (see hedges).
# "put" reports an estimate only as "put the/its <thing> at <figure>" ("put the oversupply at between 1 million and
# 1.5 million bpd"), not "put pressure on", "put it bluntly".
_PUT: Final = "put"
_PUT_AT: Final = re.compile(
    r"\s+(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){1,8}?at\s+(?:between\s+|about\s+|around\s+"
    r"|roughly\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|more\s+than\s+|less\s+than\s+)?[$€£¥]?\d"
    r"(?![\d.:]*\s*(?:[ap]\.?m\b|h\b|o'clock))"  # "at 3pm": a time, no figure
)
_CAN_REVEAL: Final = re.compile(r"\bcan\s+(?:exclusively\s+|now\s+|today\s+)?$")
_REVEAL: Final = "reveal"
# "suggested a walk": a proposal; "The data suggested a slowdown": evidence (a finding body in the clause).
_SUGGESTS: Final = frozenset({"suggested", "suggests", "suggest"})
_INDEFINITE: Final = frozenset({"a", "an"})
# German cues that are also adverbs before an adjective of attitude ("gab sich betont gelassen").
_ADVERB_CUES_DE: Final = frozenset({"betont"})
_STANCES_DE: Final = frozenset(STANCE_ADJECTIVES_DE)
# The English cues read only in context (the words around them decide whether they report speech).
CONTEXT_CUES: Final = frozenset(
    {
        *_NOT_SPEECH_BEFORE,
        *_SPEECH_ONLY_BEFORE,
        *_RAISED,
        *_QUOTE_CARRIERS,
        _READ,
        *_AFTER_COMMA_ONLY,
        _FOUND,
        *_PLEA_VERBS,
        _REVEAL,
        *_SUGGESTS,
        *_VERDICTS,
        _PUT,
    }
)
# German separable verbs: the particle ends the clause ("kündigte ... an"); the lexicon lists the joined form.
# The particle ends the clause: a punctuation mark, the end, or "und"/"aber" opening a coordinated clause ("wies
# die Kritik zurück und verwies darauf").
_SEPARABLE: Final = Folded(
    r"(?<![\w-])("
    + alternation(sorted(SEPARABLE_STEMS))
    + r")\b[^,.;:]*?\s("
    + alternation(sorted(SEPARABLE_PARTICLES))
    + r")\b(?=\s*(?:[,.;:]|und\b|aber\b|$))"
)
# English cues holding a proper noun ("wrote on X"): the scan lowercases them, the lexicon spells them as written.
_AS_WRITTEN: Final = {cue.lower(): cue for cue in CUES if cue != cue.lower()}
# "nach BILD-Informationen": a source named inside the cue.
# An agency writes its short name in lowercase ("nach dpa-Informationen", "nach epd-Informationen").
_INFORMATION: Final = re.compile(r"(?<![\w-])nach\s+([A-ZÄÖÜ][\w]*|[a-zäöü]{2,5})-Informationen\b")
# "Wie BILD erfuhr", "wie der Spiegel erfahren hat": the paper learned it; the source is named inside the cue.
_LEARNED: Final = re.compile(
    r"(?<![\w-])[Ww]ie\s+(?:(?:der|die|das)\s+)?([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)"
    r"\s+(?:erfuhr|erfahren\s+hat|erfahren\s+haben)\b"
)
_LEARNED_STRENGTH: Final = 0.8
# "Wie aus einem internen Schreiben hervorgeht", "wie aus Unterlagen des Ministeriums hervorging": the document the
# content comes from is named inside the cue, up to its noun; the cue is the verb.
_EMERGES: Final = re.compile(
    r"(?<![\w-])[Ww]ie\s+aus\s+((?:(?:einem|einer|dem|der|den)\s+)?(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)"
    r"[^,.;:!?]{0,60}?\s(hervorgeht|hervorging|hervorgehen|hervorgingen)\b"
)
_EMERGES_STRENGTH: Final = 0.8
# "Für 2026 rechnet der Vorstand mit einem Umsatz ...", "Wienecke rechnet mit mehreren Hundert Teilnehmern", "Sie
# rechne mit ...": an expectation, the subject (if inverted) between the verb and its "mit" (the lexicon leaves
# "rechnet mit" to the separable verbs, so the adjacent form is matched here too); "rechnet ... mit ... ab"
# settles accounts instead.
_EXPECTS: Final = re.compile(
    r"(?<![\w-])(rechnet|rechnete|rechnen|rechneten|rechne)((?:\s+[\w-]+){0,4}?)\s+mit\s(?![^,.;:!?]*\sab\s*(?:[,.;:!?]|$))"
)
# "Der Analyst hält den Schritt für überfällig", "hielt es für möglich, dass ...", "hält den Plan für einen
# Fehler": an opinion, the object between the verb and "für", the judgement after it closing the clause (lowercase
# words, or an indefinite article and its noun). Not "hält die Tür für alle offen" (a separable verb's particle
# ends it) nor "hält Plätze für Senioren frei" (a bare noun after "für": whom it is kept for).
_HOLDS_FOR: Final = re.compile(
    r"(?<![\w-])(hält|hielt|halten|hielten)((?:\s+[\w-]+){1,5}?)\s+für\s+"
    r"(?:(?:ein|eine|einen)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"|(?!(?:alle|jeden|jede|sich|uns|euch|ihn|mich|dich|sie)\b)(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?!(?:offen|frei|bereit|fest|an|auf|ab|aus|zurück|vor|hin|her)\b)[a-zäöüß][\w-]*)"
    r"(?=\s*[,.;:!?]|\s+(?:und|aber)\b|$)"
)
# A statement passed on through someone ("ließ über einen Sprecher ausrichten", "lässt mitteilen", "ließ
# verlauten"): "lassen" with an infinitive of speaking at the end of its clause; the cue is the two verbs.
_HAD_SAID: Final = re.compile(
    r"(?<![\w-])(ließ|lässt|ließen|lassen)(?:\s+[\w-]+){0,6}?\s+(ausrichten|mitteilen|erklären|verlauten)"
    r"(?=\s*[,.;:!?]|\s+(?:dass|sie|er|es|man|die|der|das)\b)"
)
HAD_SAID_CUES: Final = frozenset(
    f"{verb} {infinitive}"
    for verb in ("ließ", "lässt", "ließen", "lassen")
    for infinitive in ("ausrichten", "mitteilen", "erklären", "verlauten")
)
_HAD_SAID_STRENGTH: Final = 0.9
# Talk in circles named before the verb ("In Koalitionskreisen ist von einem Machtkampf die Rede", "Im Umfeld der
# Ministerin gilt es als denkbar, ..."): the verb opens the cue, the source is the fronted prepositional phrase.
_CIRCLE_TALK: Final = re.compile(
    r"^(?:Im|In|Aus|Bei|Beim|Vom)\s+[^,;:.!?]{2,50}?\s(?:(ist|war)\s[^.;:!?]{2,80}?\sdie\s+Rede\b"
    r"|(gilt|galt)\s+es\s+(?:[a-zäöüß]+\s+){0,2}?als\b"
    r"|(ist|war)\s+(?:[a-zäöüß]+\s+){0,2}?zu\s+hören\b)"
)
# "Aus Kreisen des Personals ist zu hören, dass ...", "Im Rathaus war zuletzt zu hören, ...": the same hearsay.
CIRCLE_TALK_CUES: Final = frozenset(
    {"ist die rede", "war die rede", "gilt als", "galt als", "ist zu hören", "war zu hören"}
)
_CIRCLE_TALK_STRENGTH: Final = 0.6
# "zeigte sich „fassungslos“", "zeigt sich nach dem Spiel enttäuscht": a stance shown with a quote mark or up to
# four words between "sich" and its adjective (next to each other the lexicon finds it); the cue is the verb,
# "sich" and the adjective.
_STANCE_SHOWN: Final = re.compile(
    r"(?<![\w-])(" + "|".join(STANCE_VERBS_DE) + r")\s+sich\s+"
    r"(?:[\w-]+\s+){0,4}?[„“\"»«‚]?(" + "|".join(STANCE_ADJECTIVES_DE) + r")\b",
    re.IGNORECASE,
)
_STANCE_STRENGTH: Final = 0.7
# Kept out of the lexicon: next to each other ("hält für Senioren Plätze frei") the words hold no opinion.
_HOLDS_FOR_CUES: Final = {"hält für": 0.6, "hielt für": 0.6, "halten für": 0.6, "hielten für": 0.6}
# German denials, and "nicht" closing the clause after one ("bestreitet die Gespräche nicht").
_DENIALS: Final = frozenset(
    {"bestreitet", "bestritt", "bestritten", "dementiert", "dementierte", "leugnet", "leugnete", "verneint",
     "verneinte"}
)  # fmt: skip
_NOT_AT_CLAUSE_END: Final = re.compile(r"[^,.;:!?]*?\bnicht\s*(?:[,.;:!?]|$)")
# A colon closing the clause a colon-only cue opens ("s'est défendu devant la presse :", "fue más allá:").
_COLON_IN_CLAUSE: Final = re.compile(r"[^.;!?«»\"“”:]{0,40}:")
# "cree que", "reconocen, no obstante, que", "pense qu'il": a belief verb with its "que" clause.
_QUE_AFTER: Final = re.compile(r"\s*(?:,[^,.;:!?«»\"“”]{1,40},\s*)?(?:que\b|qu['’])", re.IGNORECASE)
# "« ... », souffle": a closing quote, with its comma before or after it, right before the verb.
_QUOTE_BEFORE: Final = re.compile(r"(?:[»”\"’]\s*,?|,\s*[»”\"’])\s*$")
# "« Quinze mois, ce n'est rien, soupire X. J'ai ...": the French incise inside a quote still open; the verb follows
# a comma after an opening guillemet not yet closed.
_OPEN_GUILLEMET_INCISE: Final = re.compile(r"«[^»]*,\s*$")
_STANCE_QUE_ONLY: Final = QUE_ONLY_CUES | ROMANCE_QUE_ONLY_CUES
# A stressed pronoun set off by commas before the verb ("Le syndicat, lui, annonce une grève"): the verb of a subject
# contrasted with another, a statement with a noun phrase as well as before "que".
# A relative clause whose subject judges its antecedent in quoted words ("une piste que M. X juge « idéologique »",
# "un projet qu'elle qualifie de « dangereux »", "una medida que el ministro considera «injusta»").
_RELATIVE_SUBJECT: Final = re.compile(r"(?<![\w-])qu(?:e\s+|['’]\s*)[^,;:«»\"“”]{1,40}\s$", re.IGNORECASE)
_QUOTED_VERDICT: Final = re.compile(r"\s*(?:de\s+|d['’]|comme\s+|como\s+)?[«“\"]")


def _relative_verdict(text: str, at: int, stop: int) -> bool:
    """Whether a stance verb at ``at`` closes such a relative clause (see :data:`_RELATIVE_SUBJECT`)."""
    if _QUOTED_VERDICT.match(text, stop) is None:
        return False
    return _RELATIVE_SUBJECT.search(text, max(0, at - 50), at) is not None


# "relèvent par ailleurs que", "note aussi que": a short adverb between a verb and its "que".
_ADVERB_BEFORE_QUE: Final = re.compile(
    r"\s+(?:par\s+ailleurs|aussi|également|en\s+outre|toutefois|cependant|pourtant|encore|surtout|además|también)"
    r"(?=\s+(?:que\b|qu['’]))",
    re.IGNORECASE,
)
# "dit que", "dit avoir dû", "dit ne pas savoir", "disent être": what follows "dit" when it reports.
_CLAUSE_AFTER_SAYS: Final = re.compile(
    r"\s*(?:,[^,.;:!?«»\"“”]{1,40},\s*)?(?:que\b|qu['’]|avoir\b|être\b|ne\s+pas\b|n['’]avoir\b|n['’]être\b)",
    re.IGNORECASE,
)
_FOR_AFTER: Final = re.compile(r"\s+para\b", re.IGNORECASE)
_ELIDED_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])[ld]['’]$", re.IGNORECASE)


def _verb_before_que(text: str, at: int, stop: int) -> bool:
    """Whether the word at ``at`` is a verb whose "que" clause follows ("les auteurs relèvent par ailleurs que"),
    not a noun before a relative clause ("la note que le ministre a signée", "l'observe que")."""
    adverb = _ADVERB_BEFORE_QUE.match(text, stop)
    if _QUE_AFTER.match(text, stop if adverb is None else adverb.end()) is None:
        return False
    return _NOUN_BEFORE.search(text, max(0, at - 8), at) is None and _ELIDED_ARTICLE_BEFORE.search(text, 0, at) is None


_CONTRAST_INCISE: Final = re.compile(r",\s*(?:lui|elle|eux|elles|él|ella|ellos|ellas)\s*,\s*$", re.IGNORECASE)
# The preposition of a verb of stance, after an optional incise ("table, lui, sur", "appelle à").
_PREPOSITION_AFTER: Final = {
    cue: re.compile(
        r"\s*(?:,[^,.;:!?«»\"“”]{1,40},\s*)?" + preposition + r"\b(?!\s+(?:laquelle|lequel|lesquels|lesquelles)\b)",
        re.IGNORECASE,
    )
    for cue, preposition in PREPOSITION_ONLY_CUES.items()
}
# An article or a preposition right before such a verb makes it a noun ("la table sur", "sa mise sur le marché").
_NOUN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:la|le|les|une|un|sa|son|ses|cette|ce|de|des|du|à|sur|el|una|su|esta|cada)\s+$", re.IGNORECASE
)


# "Nach einer Prognose des Statistischen Landesamts", "nach einer Umfrage der Gewerkschaft": a document before its
# author in the genitive (or after "von") is the cue; the author speaks. Without an author the phrase is no cue.
_DOCUMENTS_DE: Final = (
    "Prognose", "Schätzung", "Berechnung", "Hochrechnung", "Umfrage", "Studie", "Analyse", "Erhebung", "Auswertung",
    "Untersuchung", "Statistik", "Bilanz", "Einschätzung", "Darstellung", "Mitteilung",
)  # fmt: skip
_DOCUMENT_HEADS_DE: Final = frozenset(word.lower() for word in _DOCUMENTS_DE)
# "Nach dem Gesetzentwurf des Ministeriums", "nach dem Willen der Regierung", "nach den Plänen des Senats": a
# draft, a plan or a will before its author (compounds too: "Referentenentwurf", "Koalitionsbeschluss").
_PLANS_DE: Final = (
    "entwurf", "entwurfs", "gutachten", "bericht", "willen", "plänen", "vorschlag", "vorschlägen", "beschluss",
    "vorstellungen", "konzept", "vorgaben", "empfehlung", "empfehlungen",
)  # fmt: skip
_DOCUMENT_SOURCE_DE: Final = re.compile(
    r"(?<![\w-])[Nn]ach\s+(?:(?:einer|einem)\s+(?:(?:neuen|neuesten|jüngsten|aktuellen|ersten|vorläufigen|"
    r"internen|repräsentativen|eigenen)\s+)?(?:" + "|".join(_DOCUMENTS_DE) + r")"
    r"|(?:einem|dem|den|der)\s+(?:(?:neuen|jüngsten|aktuellen|ersten|vorläufigen|internen)\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*?(?:" + "|".join(_PLANS_DE) + r")|" + "|".join(p.title() for p in _PLANS_DE) + r"))"
    r"(?=\s+(?:des|der|eines|einer|von|vom)\s)"
)
_DOCUMENT_SOURCE_STRENGTH: Final = 0.8
# "sprach in ihrem Plädoyer von einem ...", "sprach bei der Vorstellung von ...": "sprach von" with where it was
# said between verb and "von" (next to each other the lexicon finds it).
_SPOKE_OF: Final = re.compile(
    r"(?<![\w-])(sprach|spricht|sprachen)\s+(?:in|im|bei|beim|am|vor|auf|während|nach)\s+[^,.;:!?\"„“”»«]{1,40}?"
    r"\s+von\s"
)


def is_document_source_cue(cue: str) -> bool:
    """Whether ``cue`` is a German document or plan before its author ("nach einer prognose", "nach dem
    gesetzentwurf"), whose source follows."""
    if not cue.startswith("nach "):
        return False
    head = cue.rsplit(" ", 1)[-1]
    return head in _DOCUMENT_HEADS_DE or head.endswith(_PLANS_DE)


@final
class CueMatch:
    """A cue found in a text: ``cue`` is the lexicon entry, ``start``/``end`` its offsets.

    Immutable. A plain class, not a dataclass: mypyc compiles this ``__init__`` (a dataclass's generated one
    stays interpreted).
    """

    __slots__ = ("cue", "end", "start", "strength")

    def __init__(self, cue: str, start: int, end: int, strength: float) -> None:
        self.cue: Final = cue
        self.start: Final = start
        self.end: Final = end
        self.strength: Final = strength

    def __repr__(self) -> str:
        return f"CueMatch({self.cue!r}, {self.start}, {self.end}, {self.strength})"


def cue_strength(cue: str | None) -> float:
    """How firmly a cue attributes (1.0 for "said", 0.6 for "believes"); 0.8 for a cue not in the lexicon."""
    if cue is None:
        return 1.0
    return CUES.get(cue, CUES_OTHER.get(cue, _HOLDS_FOR_CUES.get(cue, 0.8)))


def is_participle(cue: str) -> bool:
    """Participle cues (``telling``, ``rappelant``, ``señalando``) often have no subject of their own: the speaker
    is named earlier."""
    return cue.endswith("ing") or cue in ROMANCE_GERUND_CUES


def _incise_in_quote(text: str, at: int) -> bool:
    """ "« Quinze mois, ce n'est rien, soupire X": the verb after a comma inside a guillemet still open."""
    return "«" in text and _OPEN_GUILLEMET_INCISE.search(text, 0, at) is not None


def _next_word(text: str, at: int) -> str:
    """The lowercase word starting after the spaces at ``at`` ("" at a mark or the end)."""
    while at < len(text) and text[at] == " ":
        at += 1
    stop = at
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[at:stop].lower()


def _speech_follows(text: str, at: int, allowed: frozenset[str]) -> bool:
    """Whether the word after ``at`` is one ``allowed`` or, after "pressed", a name ("pressed Haverty on")."""
    word = _next_word(text, at)
    if word in allowed:
        return True
    first = text[at : at + 2].lstrip()[:1]
    return "him" in allowed and first.isupper()


def _carries_quote(text: str, at: int, stop: int) -> bool:
    """ "...," he went on. / She continued: "...": a quote-carrying verb right after a quote and its speaker, or
    before a colon."""
    if _COLON_AFTER.match(text, stop) is not None:
        return True
    if _next_word(text, stop):
        return False
    return _AFTER_QUOTE.search(text, max(0, at - 60), at) is not None


def _reads_text(text: str, at: int, stop: int) -> bool:
    """ "A family statement read:" / "The letter read": "read" quoting a written text."""
    if _COLON_AFTER.match(text, stop) is not None:
        return True
    last = _LAST_WORD.search(text, max(0, at - 20), at)
    return last is not None and last.group(1).lower() in _TEXT_NOUNS


def _finds(text: str, at: int, stop: int) -> bool:
    """ "The report found that", "..., the study found.", "The inquiry found failings": "found" reporting a
    finding; not "Firefighters found two children"."""
    if _next_word(text, stop) in ("that", ""):
        return True
    return _body_before(text, at) or (("’s " in text or "'s " in text) and _periodical_before(text, at, stop))


def _body_before(text: str, at: int) -> bool:
    """A body whose job is finding (a study, an inquiry, researchers) in the clause before ``at``."""
    floor = max(0, at - 90)
    for mark in _CLAUSE_START.finditer(text, floor, at):
        floor = mark.end()
    return any(word in FINDING_BODIES for word in _LOWER_WORD.findall(text[floor:at].lower()))


def _periodical_before(text: str, at: int, stop: int) -> bool:
    """ "The trust's annual Rental Squeeze Snapshot found only three ...": a body's periodical by its title, right
    before "found", with no article after it ("The club's annual Summer Fair found a new home" finds a thing)."""
    if _next_word(text, stop) in _ARTICLES_AFTER_FOUND:
        return False
    titled = _OWNED_PERIODICAL.search(text, max(0, at - 90), at)
    return titled is not None and titled.group(1) in PERIODICAL_ADJECTIVES


def _inside(allowed: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    return allowed is None or any(lo <= start and end <= hi for lo, hi in allowed)


def _free_before(text: str, at: int) -> bool:
    """``(?<![\\w-])``: no word character or hyphen right before ``at``."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")


def _free_after(text: str, at: int) -> bool:
    """``(?![\\w-])``: no word character or hyphen at ``at``."""
    return at >= len(text) or not (text[at].isalnum() or text[at] in "_-")


# German verbs of asking report speech before an indirect question ("fragte, ob ...", "fragt, warum ...") or
# inverted after a question ('„Wer zahlt das?“, fragte die Ministerin'); "fragte nach dem Preis" reports none.
_QUESTION_CUES: Final = frozenset({"fragte", "fragt", "fragten"})
_INDIRECT_QUESTION: Final = re.compile(
    r"\s*,\s*(?:ob|wie|warum|weshalb|wieso|wann|wer|wen|wem|was|wo|wohin|woher|welche|welcher|welches|inwiefern)\b",
    re.IGNORECASE,
)


# What follows French "nie" (denies): "nie toute implication", "nie avoir su", "nie en bloc", "nie les faits".
_FRENCH_AFTER_NIE: Final = frozenset(
    {"toute", "tout", "tous", "toutes", "avoir", "être", "les", "la", "le", "l", "en", "catégoriquement",
     "formellement", "fermement", "que", "qu", "cette", "ces", "ce", "cet", "son", "sa", "ses", "leur", "leurs",
     "un", "une", "des", "d", "pourtant", "aussi", "également", "toujours", "farouchement", "vigoureusement"}
)  # fmt: skip


def _asks(text: str, at: int, stop: int) -> bool:
    """A German verb of asking before an indirect question, or after a question it reports."""
    return _INDIRECT_QUESTION.match(text, stop) is not None or text[:at].rstrip()[-1:] in (
        ",",
        "?",
        "“",
        "”",
        "«",
        "»",
        '"',
    )


def _so_cue(text: str, at: int, stop: int) -> bool:
    """ "..., so der Sprecher." / "..., so Müller.": German "so" after a comma, before an article or a name."""
    if not text[:at].rstrip().endswith(","):
        return False
    following = text[stop : stop + 6].lstrip()
    word = following.split(" ", 1)[0] if following else ""
    return word in GERMAN_SUBJECT_ARTICLES or (word[:1].isupper() and word != "I")


def find_cues(
    text: str, regions: Iterable[tuple[int, int]] | None = None, scanned: Scan | None = None
) -> list[CueMatch]:
    """Cues in ``text`` in order, only those wholly inside ``regions`` when regions are given.

    ``scanned`` is the :func:`~processors.claims.scan.scan` of ``text`` when the caller has made it. English cues
    match as written (lowercase, or "According to"); the other languages' cues in any case. Where cues overlap
    the first one wins, as in a left-to-right search.
    """
    allowed = None if regions is None else list(regions)
    lexed = scan(text) if scanned is None else scanned
    found: list[CueMatch] = []
    end = 0
    for at, phrases in lexed.phrases("cue"):
        if at < end or not _free_before(text, at):
            continue
        for phrase in phrases:
            stop = at + len(phrase)
            written = text[at:stop]
            phrase = _AS_WRITTEN.get(phrase, phrase)  # the entry as the lexicon spells it
            if (written == phrase or written == "According to") and _free_after(text, stop):
                if phrase in _NOT_SPEECH_BEFORE and _next_word(text, stop) in _NOT_SPEECH_BEFORE[phrase]:
                    break  # "called off the strike", "the estimate of", "is expected to": no speech
                if phrase == _CALLED and text[stop + 1 : stop + 2].isdigit():
                    break  # "his wife called 999": a phone call, no speech
                if phrase in _SPEECH_ONLY_BEFORE and not _speech_follows(text, stop, _SPEECH_ONLY_BEFORE[phrase]):
                    break  # "pressed ahead", "finding a way", "writing a book": no speech
                if phrase in _VERDICTS and _VERDICT_AFTER.match(text, stop) is None:
                    break  # "the judge dismissed the case": no verdict on something spoken of
                if phrase == _READ and not _reads_text(text, at, stop):
                    break  # "she read law at Oxford": no speech
                if phrase in _AFTER_COMMA_ONLY and not text[:at].rstrip().endswith(","):
                    break  # "better weather forecasting": the noun
                if phrase in _QUOTE_CARRIERS and not _carries_quote(text, at, stop):
                    break  # "the talks went on for hours", "prices continued to rise": no speech
                if phrase in _RAISED and _RAISED_AFTER.match(text, stop) is not None:
                    break  # "is said to have claimed": the verb after it may be the cue
                if phrase == _FOUND and not _finds(text, at, stop):
                    break  # "She found her husband collapsed": no finding reported
                if phrase in _PLEA_VERBS and _PLEA_AFTER.match(text, stop) is not None:
                    break  # "denies one count of fraud": a plea
                if phrase in _SUGGESTS and _next_word(text, stop) in _INDEFINITE and not _body_before(text, at):
                    break  # "She suggested a walk": a proposal
                if phrase == _PUT and _PUT_AT.match(text, stop) is None:
                    break  # "put pressure on", "put the plan on hold": no estimate
                if phrase == _REVEAL and _CAN_REVEAL.search(text, max(0, at - 24), at) is not None:
                    break  # "The Sun can reveal": the paper's own reporting
                end = stop
                if _inside(allowed, at, stop):
                    found.append(CueMatch(phrase, at, stop, CUES[phrase]))
                break
    others = 0
    end = 0
    for at, phrases in lexed.phrases("cue_other"):
        if at < end or not _free_before(text, at):
            continue
        for phrase in phrases:
            stop = at + len(phrase)
            if phrase == "so" and not _so_cue(text, at, stop):
                continue
            if phrase == "de source" and text[:at].rstrip()[-1:] not in ("", ","):
                continue  # ", de source policière": not "l'eau de source"
            if phrase == "nie" and _next_word(text, stop) not in _FRENCH_AFTER_NIE:
                continue  # German "nie" (never): French "nie" (denies) takes an object or "avoir"
            if phrase in _QUESTION_CUES and not _asks(text, at, stop):
                continue  # "fragte nach dem Weg": no question reported
            if phrase in _ADVERB_CUES_DE and _next_word(text, stop) in _STANCES_DE:
                continue  # "gab sich betont zuversichtlich": an adverb before an attitude, no emphasis reported
            if (
                phrase in _STANCE_QUE_ONLY
                and _QUE_AFTER.match(text, stop) is None
                and (phrase not in ROMANCE_QUE_ONLY_CUES or _CONTRAST_INCISE.search(text, max(0, at - 12), at) is None)
                and not _relative_verdict(text, at, stop)
            ):
                continue  # "prevé multas", "le juge a", "croit en lui": no stance reported
            if phrase in PREPOSITION_ONLY_CUES and (
                _PREPOSITION_AFTER[phrase].match(text, stop) is None
                or _NOUN_BEFORE.search(text, max(0, at - 8), at) is not None
            ):
                continue  # "la table sur laquelle", "le numéro qu'il appelle": no stance reported
            if (
                phrase in AFTER_QUOTE_ONLY_CUES
                and _QUOTE_BEFORE.search(text, max(0, at - 8), at) is None
                and not _incise_in_quote(text, at)
                and not (phrase in AFTER_QUOTE_OR_QUE_CUES and _verb_before_que(text, at, stop))
            ):
                continue  # "le souffle de l'explosion", "il glisse sur le verglas": no quote carried
            if phrase in SAYS_BEFORE_CLAUSE_CUES and _CLAUSE_AFTER_SAYS.match(text, stop) is None:
                continue  # "la loi dite Evin", "ce qui est dit": no statement reported
            if phrase in REQUEST_CUES and _QUE_AFTER.match(text, stop) is None and _FOR_AFTER.match(text, stop) is None:
                continue  # "cuando pidió un contrato": no request reported
            if phrase in COLON_ONLY_CUES and _COLON_IN_CLAUSE.match(text, stop) is None:
                continue  # "l'équipe s'est défendue face à Lyon", "la medida fue más allá de lo previsto"
            if _free_after(text, stop):
                end = stop
                if _inside(allowed, at, stop):
                    cue = ADVERB_INSERTED_CUES.get(phrase, phrase)  # "a par ailleurs promis": "a promis"
                    found.append(CueMatch(cue, at, stop, CUES_OTHER[phrase]))
                    others += 1
                break
    if lexed.has("separable"):
        for match in _SEPARABLE.finditer(text):
            if not _inside(allowed, match.start(), match.end(1)):
                continue
            cue = f"{match.group(1).lower()} {match.group(2).lower()}"
            if cue in CUES_OTHER:
                # "forderte die Bahn zum Handeln auf": the verb with its particle is the cue, not the bare verb
                # ("forderte" alone, a demand) the lexicon also lists and the scan found at the same word.
                stem = match.group(1).lower()
                found = [other for other in found if other.start != match.start() or other.cue != stem]
                found.append(CueMatch(cue, match.start(), match.end(1), CUES_OTHER[cue]))
                others += 1
    if "Informationen" in text:
        for match in _INFORMATION.finditer(text):
            if _inside(allowed, match.start(), match.end()):
                cue = match.group(0).lower()
                found.append(CueMatch(cue, match.start(), match.end(), CUES_OTHER["nach informationen"]))
                others += 1
    if "erfuhr" in text or "erfahren" in text:
        for match in _LEARNED.finditer(text):
            if _inside(allowed, match.start(), match.end()):
                found.append(CueMatch(match.group(0).lower(), match.start(), match.end(), _LEARNED_STRENGTH))
                others += 1
    if "rechne" in text:
        for match in _EXPECTS.finditer(text):
            cue = match.group(1).lower() + " mit"
            if _inside(allowed, match.start(), match.end(1)):
                found.append(CueMatch(cue, match.start(), match.end(1), CUES_OTHER[cue]))
                others += 1
    if "für" in text and ("hält" in text or "hielt" in text or "halten" in text):
        for match in _HOLDS_FOR.finditer(text):
            cue = match.group(1).lower() + " für"
            if _inside(allowed, match.start(), match.end(1)):
                found.append(CueMatch(cue, match.start(), match.end(1), _HOLDS_FOR_CUES[cue]))
                others += 1
    if "ließ" in text or "läss" in text or "lassen" in text:
        for match in _HAD_SAID.finditer(text):
            if _inside(allowed, match.start(), match.end()):
                cue = f"{match.group(1).lower()} {match.group(2).lower()}"
                found.append(CueMatch(cue, match.start(), match.end(1), _HAD_SAID_STRENGTH))
                others += 1
    if "die Rede" in text or "lt es " in text or "zu hören" in text:
        talk = _CIRCLE_TALK.match(text)
        if talk is not None:
            group = next(index for index in (1, 2, 3) if talk.group(index) is not None)
            verb = talk.group(group).lower()
            cue = f"{verb} die rede" if group == 1 else f"{verb} als" if group == 2 else f"{verb} zu hören"
            if _inside(allowed, talk.start(group), talk.end(group)):
                found.append(CueMatch(cue, talk.start(group), talk.end(group), _CIRCLE_TALK_STRENGTH))
                others += 1
    if " sich " in text and "zeig" in text:
        known = {cue.start for cue in found}
        for match in _STANCE_SHOWN.finditer(text):
            if match.start() not in known and _inside(allowed, match.start(), match.end()):
                cue = f"{match.group(1).lower()} sich {match.group(2).lower()}"
                found.append(CueMatch(cue, match.start(), match.end(1), _STANCE_STRENGTH))
                others += 1
    if "hervorg" in text:
        for match in _EMERGES.finditer(text):
            if _inside(allowed, match.start(), match.end()):
                found.append(CueMatch(match.group(2).lower(), match.start(), match.end(), _EMERGES_STRENGTH))
                others += 1
    if "prach " in text or "pricht " in text:
        for match in _SPOKE_OF.finditer(text):
            cue = match.group(1).lower() + " von"
            if _inside(allowed, match.start(), match.end(1)):
                found.append(CueMatch(cue, match.start(), match.end(1), CUES_OTHER[cue]))
                others += 1
    if "ach " in text:
        for match in _DOCUMENT_SOURCE_DE.finditer(text):
            if _inside(allowed, match.start(), match.end()):
                cue = " ".join(match.group(0).lower().split())
                found.append(CueMatch(cue, match.start(), match.end(), _DOCUMENT_SOURCE_STRENGTH))
                others += 1
    if others:
        found.sort(key=lambda c: c.start)
    if "nicht" in text:
        found = [_negated(text, cue) if cue.cue in _DENIALS else cue for cue in found]
    return found


def _negated(text: str, cue: CueMatch) -> CueMatch:
    """ "bestreitet ... nicht": a denial with "nicht" closing its clause concedes; the cue says so."""
    if _NOT_AT_CLAUSE_END.match(text, cue.end) is None:
        return cue
    return CueMatch(cue.cue + " nicht", cue.start, cue.end, cue.strength)


def informed_source(cue: CueMatch, text: str) -> str | None:
    """The source named inside a cue ("nach BILD-Informationen" -> "BILD"), if the cue names one."""
    if text.startswith(("wie", "Wie"), cue.start):
        learned = _LEARNED.match(text, cue.start) or _EMERGES.match(text, cue.start)
        return None if learned is None else learned.group(1)
    if not text.startswith("nach", cue.start):
        return None  # the pattern opens with "nach": every other cue is rejected without a match attempt
    match = _INFORMATION.match(text, cue.start)
    return None if match is None else match.group(1)
