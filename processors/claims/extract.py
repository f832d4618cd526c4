"""``extract_claims``: the claims of one article, as :class:`~newsflow.contracts.Claim` records. Pure; no I/O.

Each sentence is read once, in order, so the speaker memory sees exactly the text before the sentence it
resolves; one scan per sentence (:mod:`processors.claims.scan`) finds the words of every word list. A sentence
becomes a claim when it is attributed (a direct quote or reported speech), or, unattributed, when it is a
statement of some length or carries a hedge, a quantity or a claim type. Questions, exclamations, fragments and
promotional lines (email addresses, phone numbers, links) are skipped.

A quote left open at a sentence's end runs on through the next sentences of its paragraph: each of its sentences
is a claim of its own (claims are checked sentence by sentence, as in the seed gold), and all of them take the
quote's speaker and cue, wherever in the quote the attribution stands ('"A. B," she said.'). A quote continued in
the next paragraph keeps its speaker too, and so does a quote resumed after an attribution ('"A," he said. "B."').

Attribution beyond the cue's own sentence: German reported speech in the subjunctive carries on the speaker of
the sentences before ("Ein Streik sei ..."), and a lede describing a person before naming them ("A former
treasurer ... admitted ...") takes the person named at the start of the next sentence.
"""

from __future__ import annotations

import re
from typing import Any, Final, cast, final

from newsflow.contracts import Attribution, Claim, Extractor, Speaker, claim_id_for
from processors.claims.attribution import dateline_end, governing_cue, opinion_holder, speaker_for_cue, unsourced
from processors.claims.chars import ASCII_DIGITS, find_any, marks
from processors.claims.cues import CUES, GERMAN_CUES, CueMatch, cue_strength, find_cues
from processors.claims.embeds import furniture_paragraphs
from processors.claims.hedges import find_hedges
from processors.claims.introductions import introduced_person, quote_signature
from processors.claims.lexicon import is_document_word, is_person_noun
from processors.claims.memory import as_speaker
from processors.claims.nonclaims import is_credit, is_heading, is_non_claim
from processors.claims.quantities import quantity_fields
from processors.claims.quotes import (
    Quotation,
    QuoteSpan,
    carry_quote,
    closing_mark,
    dialogue_view,
    find_quotation,
    find_quote_spans,
)
from processors.claims.scan import Scan, scan
from processors.claims.scoring import checkworthiness, claim_types, is_statistic, non_answer
from processors.claims.sentences import Sentence, split_sentences
from processors.claims.speakers import Mention, NounPhrase, SpeakerMemory, person_mentions, subject_before
from processors.claims.vocabulary import (
    CUES_REPORTED_AS,
    DISCOURSE_SUBJUNCTIVES,
    DISCOURSE_SUBJUNCTIVES_II,
    SUBJUNCTIVES,
    SUBJUNCTIVES_II,
)
from processors.claims.words import word_count

__all__ = ["EXTRACTOR", "extract_claims"]

EXTRACTOR: Final = Extractor(name="newsflow-claims", version="0.10.0")

# Promotional lines: an (obfuscated) email address, a link, a phone number of nine digits or more. Each form is
# looked for only when the characters it needs are there.
_OBFUSCATED_EMAIL: Final = re.compile(r"\[email\s*protected\]", re.IGNORECASE)
_EMAIL: Final = re.compile(r"@(?<=[\w.+-]@)[\w-]+\.\w")
_LINK: Final = re.compile(r"https?://|www\.\w", re.IGNORECASE)
_PHONE: Final = re.compile(r"\d(?:[\s-]?\d){8}")
_PHONE_DIGITS: Final = 9
_OPEN_ENDED: Final = re.compile(r"[?!][\"”’')\]]*$")
_QUESTION_END: Final = re.compile(r"\?[\"”’'»)\]\s]*$")
# Closing quote marks after a sentence's final stop.
_QUOTE_CLOSERS: Final = "\"”“»«’'"
# A caption: the sentences of a short paragraph holding a picture credit.
_CAPTION_SENTENCES: Final = 3
# The copyright mark opening a picture credit ("© Zeitung/Jana Roe"): the names after it took no part in the story.
_COPYRIGHT: Final = "©"
# Interview transcripts: question and answer markers at the start of a paragraph, per language.
_QUESTION_MARK: Final = re.compile(r"^(?:Q|Question|Frage|F|Pregunta|P)\s*[:.]\s", re.IGNORECASE)
_ANSWER_MARK: Final = re.compile(r"^(?:A|Answer|Antwort|R|Réponse|Respuesta)\s*[:.]\s", re.IGNORECASE)
# The letters the markers open with: a paragraph opening with another character is not looked at further.
_QUESTION_INITIALS: Final = "QqFfPp"
_ANSWER_INITIALS: Final = "AaRr"
# German subjunctive I of reported speech, and the first person that rules it out ("ich habe").
_SUBJUNCTIVE: Final = re.compile(r"\b(?:" + "|".join(sorted(SUBJUNCTIVES | DISCOURSE_SUBJUNCTIVES)) + r")\b")
_SUBJUNCTIVE_II: Final = re.compile(r"\b(?:" + "|".join(sorted(SUBJUNCTIVES_II | DISCOURSE_SUBJUNCTIVES_II)) + r")\b")
_FIRST_PERSON: Final = re.compile(r"\b(?:ich|wir|I|we)\b", re.IGNORECASE)
# "demnach" (according to that) inside a clause, or opening the sentence right after one that reports a source
# ("X verwies auf eine Umfrage. Demnach erwägen ..."); after an unattributed sentence an opening "Demnach" draws a
# conclusion ("Der Sommer war trocken. Demnach ...") and is never looked at.
_ACCORDINGLY: Final = re.compile(r"(?<=\w )demnach\b|^Demnach\b")
# A document and the body or person it is by, after a German article: "einer Studie der Hochschule Lindenau".
_DOCUMENT_BY: Final = re.compile(
    r"\b(?:[Ee]ine[rms]?|[Dd](?:ie|er|em|es))\s+([A-ZÄÖÜ][\w-]*\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)"
)
_QUOTED_PART: Final = re.compile(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|«[^»]*»|»(?=\w)[^«]*«")
# A person described before being named ("A former treasurer ... admitted") opens an article: its lede.
_LEDE_SENTENCES: Final = 3
# What closes a written sentence: its punctuation, a closing quote mark or bracket.
_CLOSING_MARKS: Final = frozenset(".!?…:;\"“”„’‘'»«)]")
# A statement's full stop closing a sentence, before any closing quote marks ("... in May.'"): a headline or a
# summary line above the story seldom has one.
_STATED: Final = re.compile(r"\.[\"”’'»)\]]*\s*$")
# Spaces in the shortest sentence that tells the story (a lede), longer than furniture lines ("Voiced by ...").
_TOLD_SPACES: Final = 7
_INDEFINITE: Final = frozenset({"a", "an", "ein", "eine", "un", "une", "una", "uno"})
_QUOTE_OPENERS: Final = "\"“„«”'‘»"
_MIN_WORDS: Final = 6
_MAX_FRONTED_WORDS: Final = 6
_MIN_WORDS_WITH_FEATURE: Final = 4
_SHORT_SCARE_QUOTE: Final = 3
_SINGLE_MARKS: Final = "'‘"
# A newspaper or magazine named in quote marks after a German article ("sagte dem „Spiegel“", "einem Bericht der
# „Süddeutschen Zeitung“"): a title, not speech. The title ends in a press word.
_PRESS_TITLE: Final = re.compile(
    r"(?:[A-ZÄÖÜ][\w.-]*\s+(?:am\s+)?){0,3}[\w-]*"
    r"(?:zeitung|zeitungen|post|spiegel|blatt|blatts|blattes|rundschau|anzeiger|anzeigers|kurier|kuriers|morgenpost"
    r"|nachrichten|tagblatt|presse|magazin|magazins|journal|journals|express|merkur|echo|bote|boten|zeit|welt|bild"
    r"|stern|focus|handelsblatt|tagesspiegel|allgemeine|allgemeinen|sonntag|woche|abendblatt)",
    re.IGNORECASE,
)
# A French title quoted with its article and nothing else ("« Le Monde »", "« Les Echos »", "« La Dépêche du
# Midi »").
_PRESS_TITLE_FR: Final = re.compile(r"\s*(?:Le|La|Les|L['’])\s*[A-ZÉ][\w'’-]*(?:\s+(?:du\s+|de\s+)?[A-ZÉ][\w'’-]*)?\s*")
_PRESS_ARTICLE: Final = re.compile(r"\b(?:der|dem|des|den|die|das)\s*$")
_LAST_WORD: Final = re.compile(r"(\w+)\s*$")
# A sentence end inside a text: a full stop or exclamation mark, then space and a capital or a quote mark.
_SENTENCE_BREAK: Final = re.compile(r"[.!](?=\s+[\"“„«»'‘]?[A-ZÄÖÜÀ-Ý])")
# A date anchoring a short statement ("The bridge closed in 2019.", "The mayor resigned in March."): a year, or a
# month after a preposition of time. It makes a short unattributed sentence checkable.
_DATED: Final = re.compile(
    r"\b(?:1[6-9]\d\d|20\d\d)\b"
    r"|\b(?:in|since|until|by|im|seit|bis|en|depuis|jusqu'en|desde|hasta)\s+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier"
    r"|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b"
)
# "and" right before a later cue: a coordinated clause with the same subject ("... and said").
_COORDINATED: Final = re.compile(r"\s(?:and|et|y|und)\s+$")
# A colon intro without a verb naming whom the speaker spoke to: "Demir zu BILD:", "X gegenüber dem Sender:".
_ADDRESSEE: Final = re.compile(r"\s(?:zu|gegenüber)\s+(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s*$")
# A colon intro ending in the platform a message was posted on ("un bref message sur X :", "wrote on Facebook:",
# "escribió en sus redes"): the platform is where, not who.
_PLATFORM_END: Final = re.compile(
    r"\s(?:sur|on|en|auf|via|in)\s+(?:(?:son|sa|ses|su|sus|his|her|their|its|seinem|ihrem)\s+(?:compte\s+|cuenta\s+"
    r"(?:de\s+|en\s+)?|account\s+(?:on\s+)?)?)?(?:X|Twitter|Facebook|Instagram|TikTok|LinkedIn|Telegram|YouTube|"
    r"Threads|Bluesky|Truth\s+Social|WhatsApp)\s*$"
)
# A colon intro whose speaker is the subject of a copula and an adjective of manner: "Laura Biggs was blunt:",
# "The minister was more cautious:", "Residents are furious:".
_MANNER_INTRO: Final = re.compile(
    r"\s+(?:was|is|were|are|remained|remains|sounded|seemed)\s+(?:more\s+|less\s+|very\s+|equally\s+|even\s+)?"
    r"[a-z]+\s*$"
)
# A colon intro that only carries on the quote before it ('Und weiter: "..."', "Außerdem:").
_GOING_ON: Final = frozenset(
    {"und weiter", "weiter", "außerdem", "und außerdem", "zudem", "und dann", "dann", "ferner", "und"}
)
# Cues this strong report speech themselves unless an object follows them ("declared a state of emergency").
# A sentence naming who spoke the quote before it: "That was the verdict of X.", "So said X.", "Those were the
# words of X." (the cue recorded: "said" for "So said", none for a noun of judgement).
_SPEAKER_AFTER: Final = re.compile(
    r"(?:(?:That|This|Such|Those|These) (?:was|is|were|are) (?:the |also the )?"
    r"(?:verdict|view|message|warning|assessment|opinion|reaction|response|conclusion|words?|plea|advice) of"
    r"|So (said|says|warned|claimed))\s+(?:the\s+)?"
)
_SPEECH_ACT: Final = 0.9
# English words after a short quote that show it is no label of the noun after it ('a "fair" offer').
_FUNCTION_WORD_NEXT: Final = re.compile(r" (?:to|for|of|in|on|at|with|by|from|that|and|or|but|as|than)\b")
_OBJECT_NEXT: Final = re.compile(r"\s+(?:a|an|un|une|una|ein|eine)\s")
# What ``Claim.model_validate`` calls (pydantic-core's validator of the model), called straight from compiled code:
# the same validation, without the interpreted wrapper around it.
_VALIDATE_CLAIM: Final[Any] = Claim.__pydantic_validator__.validate_python
_ATTRIBUTIVE_DETERMINERS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "ein",
        "eine",
        "un",
        "une",
    }
)


@final
class _Attributed:
    """How a sentence is attributed, and the span (in the sentence) its claim would cover. Immutable.

    The extractor's records are plain classes, not dataclasses: mypyc compiles their ``__init__`` (a dataclass's
    generated one stays interpreted).
    """

    __slots__ = ("attribution", "cue", "end", "quoted", "speaker", "start")

    def __init__(
        self,
        attribution: Attribution,
        speaker: Speaker | None,
        cue: str | None,
        start: int,
        end: int,
        quoted: str | None,
    ) -> None:
        self.attribution: Final = attribution
        self.speaker: Final = speaker
        self.cue: Final = cue
        self.start: Final = start
        self.end: Final = end
        self.quoted: Final = quoted


def _reported_by(sentence: str, cues: list[CueMatch], index: int) -> str:
    """The cue to record for ``cues[index]`` in reported speech: a plain speech verb coordinated after a verb of
    stance or action ("X branded the saga a 'scandal' and said ...", "X declared an emergency and said ...")
    introduces the reported clause. (A direct quote keeps the cue that introduces it: 'called the report "false"'.)
    """
    cue = cues[index]
    if cue.strength >= 1.0 or (cue.strength >= _SPEECH_ACT and _OBJECT_NEXT.match(sentence, cue.end) is None):
        return cue.cue  # a speech act of its own ("denied cutting corners and said")
    for later in cues[index + 1 :]:
        if later.strength >= 1.0 and _COORDINATED.search(sentence, 0, later.start) is not None:
            return later.cue
    return cue.cue


# "and"/"but" right before a later cue: a verb coordinated with the first, of the same subject ("... but warned").
_COORDINATED_EN: Final = re.compile(r"\s(?:and|but)\s+(?:also\s+)?$")
_PLAIN_SAID: Final = frozenset({"said", "says"})


def _quoting_cue(sentence: str, cues: list[CueMatch], index: int, opening: int) -> CueMatch:
    """The cue a partial quote hangs on: after a plain "said", a speech act coordinated with it before the quote
    opens ("X said crews would ..., but warned that the wind "is the wild card""); else ``cues[index]`` ("insisted
    ... and described the transfers as "loans"" keeps "insisted")."""
    chosen = cues[index]
    if chosen.cue not in _PLAIN_SAID:
        return chosen
    for later in cues[index + 1 :]:
        if later.start > opening:
            break
        if _COORDINATED_EN.search(sentence, 0, later.start) is not None:
            chosen = later
    return chosen


def _region_of(cue: CueMatch, regions: tuple[tuple[int, int], ...] | None) -> int:
    if not regions:
        return 0
    return next((lo for lo, hi in regions if lo <= cue.start < hi), 0)


def _direct(
    sentence: str,
    quotation: Quotation,
    memory: SpeakerMemory,
    mentions: list[Mention],
    continued: Speaker | None,
    lexed: Scan,
    framed: list[CueMatch] | None = None,
) -> _Attributed:
    """A sentence quoting speech; ``framed`` are the cues in the quotation's frame when the caller has them."""
    quoted = " ".join(sentence[span.inner[0] : span.inner[1]] for span in quotation.spans)
    if quotation.kind == "whole":
        incise = _incise(sentence, memory, mentions, lexed) if lexed.has("cue_other") else None
        if incise is not None:
            speaker = incise[0] or continued
            return _Attributed("direct", speaker, incise[1].cue, quotation.start, quotation.end, quoted)
        return _Attributed("direct", continued, None, quotation.start, quotation.end, quoted)
    cues = find_cues(sentence, quotation.frame, lexed) if framed is None else framed
    for index, cue in enumerate(cues):
        floor = _region_of(cue, quotation.frame)
        speaker = speaker_for_cue(sentence, cue, floor, memory, mentions)
        if speaker is not None:
            if quotation.kind == "partial":
                cue = _quoting_cue(sentence, cues, index, quotation.spans[0].opening)
            return _Attributed("direct", speaker, cue.cue, quotation.start, quotation.end, quoted)
    if not cues and quotation.kind == "partial" and sentence[:1] == "P":
        holder = opinion_holder(sentence, memory)
        if holder is not None:
            # "Pour la députée X, la réforme « va creuser l'écart »": the fronted holder of the view quoted.
            return _Attributed("direct", holder, sentence[:4].lower(), quotation.start, quotation.end, quoted)
    speaker = None
    cue_word = cues[0].cue if cues else None
    if quotation.kind == "colon" and quotation.frame:
        lo, hi = quotation.frame[0]
        frame = sentence[lo:hi]
        addressed = _ADDRESSEE.search(frame) if " " in frame else None
        if addressed is not None:
            # "Demir zu BILD:", "Ein Insider gegenüber der Zeitung:": the speaker, then whom they spoke to.
            hi = lo + addressed.start()
            cue_word = cue_word or frame[addressed.start() :].strip()
        platform = _PLATFORM_END.search(frame) if addressed is None and " " in frame else None
        if platform is not None:
            hi = lo + platform.start()
        owner = _POSSESSIVE_INTRO_DE.fullmatch(sentence, lo, hi)
        governed = (
            _GOVERNED_END_DE.search(sentence, lo, hi) is not None or _GOVERNED_END.search(sentence, lo, hi) is not None
        )
        phrase = subject_before(sentence, hi, lo) if owner is None and not governed else None
        speaker = None if phrase is None else memory.resolve(phrase)
        if owner is not None:
            # "Sein dringender Rat: „...“": the advice of the last man (or woman) named, not a speaker "Rat".
            pronoun = "er" if owner.group(1).lower().startswith("sein") else "sie"
            speaker = memory.resolve(NounPhrase((pronoun,), "pronoun"))
        manner = _MANNER_INTRO.search(sentence, lo, hi) if speaker is None else None
        if manner is not None:
            phrase = subject_before(sentence, manner.start(), lo)
            speaker = None if phrase is None else memory.resolve(phrase)
        if speaker is None and frame.strip().lower() in _GOING_ON:
            speaker = continued  # 'Und weiter: "..."' after a quote: the same speaker goes on
        elif speaker is None and owner is None:
            speaker = _framing_person(sentence, lo, hi, mentions, memory)
    return _Attributed("direct", speaker, cue_word, quotation.start, quotation.end, quoted)


# A colon intro ending in a preposition's object ("wandte sich X an die Opfer:"): that noun is not the subject.
_GOVERNED_END_DE: Final = re.compile(
    r"\s(?:an|auf|mit|für|gegen|vor|über)\s+(?:(?:die|den|der|das|dem|seine|ihre|seinen|ihren)\s+)?"
    r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*(?:\s+(?:im|in|am)\s+[A-ZÄÖÜ][\w-]*)?\s*$"
)
# The same in French, Spanish and English: a medium or a place after its preposition ("s'est contenté d'un message
# sur X :", "escribió en Instagram:", "posted on Facebook:").
_GOVERNED_END: Final = re.compile(
    r"\s(?:sur|dans|en|via|on)\s+(?:(?:les|le|la|l'|l’|el|su|son|sa|ses|his|her|their|the)\s*)?[A-Z][\w-]*\s*$"
)
# A given name and a surname's initial, as the press names defendants and victims ("Holger W.").
_INITIALLED: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ]\.?")
# A colon intro made of a possessive and its noun ("Sein dringender Rat:", "Ihre Antwort:").
_POSSESSIVE_INTRO_DE: Final = re.compile(r"\s*(Sein|Seine|Ihr|Ihre)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]*\s*")


def _framing_person(sentence: str, lo: int, hi: int, mentions: list[Mention], memory: SpeakerMemory) -> Speaker | None:
    """A colon intro with no cue that names one person ("X wurde sofort misstrauisch:", "Im Schlusswort wandte
    sich Holger W. an die Zuhörer:"): that person speaks."""
    named = {m.name for m in mentions if lo <= m.position < hi and (m.certain or memory.knows(m.name))}
    if not named and "." in sentence[lo:hi]:
        # A given name and an initial, never seen before: the press's way of naming a defendant.
        named = {m.name for m in person_mentions(sentence[lo:hi]) if _INITIALLED.fullmatch(m.name)}
    if len(named) != 1:
        return None
    return memory.resolve(NounPhrase(tuple(next(iter(named)).split()), "proper"))


def _incise(
    sentence: str, memory: SpeakerMemory, mentions: list[Mention], lexed: Scan
) -> tuple[Speaker | None, CueMatch] | None:
    """French sets the attribution inside the quote marks, between commas: « Les urgences saturent, a lancé le
    docteur X, chef de service. Nous manquons de lits. »: a French or Spanish cue right after a comma inside a
    whole quote, and its speaker. Spanish sets it between dashes (rayas): “La tasa no espanta —ha asegurado—;
    ...”; an aside holding the cue alone leaves its subject unsaid (no speaker: the quote's own goes on)."""
    for cue in find_cues(sentence, None, lexed):
        if cue.cue in CUES or cue.cue in GERMAN_CUES:
            continue
        before = sentence[: cue.start].rstrip()
        dashed = before.endswith("—")
        if not dashed and not before.endswith(","):
            continue
        speaker = speaker_for_cue(sentence, cue, len(before) if dashed else 0, memory, mentions)
        if speaker is not None:
            return speaker, cue
        if dashed and sentence[cue.end :].lstrip()[:1] == "—":
            return None, cue
    return None


def _attributive(sentence: str, span: QuoteSpan) -> bool:
    """A short quote modifying a noun ('a "fair and final" offer'): a label, not the speaker's words."""
    before = _LAST_WORD.search(sentence, 0, span.opening)
    after = sentence[span.closing + 1 : span.closing + 3]
    return (
        before is not None
        and before.group(1).lower() in _ATTRIBUTIVE_DETERMINERS
        and len(after) == 2
        and after[0] == " "
        and after[1].isalpha()
        # 'made a "conscious choice" to return': a preposition after the quote, no noun it modifies
        and _FUNCTION_WORD_NEXT.match(sentence, span.closing + 1) is None
    )


def _press_title(sentence: str, span: QuoteSpan) -> bool:
    """A quoted newspaper title after an article ("dem „Spiegel“"), or a French one with its article inside the
    guillemets ("que « Le Monde » a pu consulter"): a name, not the speaker's words."""
    lo, hi = span.inner
    if "L" in sentence[lo : lo + 2] and _PRESS_TITLE_FR.fullmatch(sentence, lo, hi) is not None:
        return True
    return (
        sentence[lo : lo + 1].isupper()
        and _PRESS_TITLE.fullmatch(sentence, lo, hi) is not None
        and _PRESS_ARTICLE.search(sentence, max(0, span.opening - 5), span.opening) is not None
    )


# Speakers a closing "according to" does not override: a person or body named as the subject of the cue.
_NAMED_KINDS: Final = frozenset({"person", "organisation"})


def _closing_source(
    sentence: str, later: list[CueMatch], memory: SpeakerMemory, mentions: list[Mention]
) -> tuple[Speaker, CueMatch] | None:
    """ "Only 23 percent of students say they ..., according to a survey by the X Center": a source closing the
    sentence after a comma speaks for all of it, over a group whose answers it reports."""
    for cue in later:
        if cue.cue == "according to" and sentence[: cue.start].rstrip().endswith(","):
            speaker = speaker_for_cue(sentence, cue, 0, memory, mentions)
            return None if speaker is None else (speaker, cue)
    return None


def _attribute(
    sentence: str, memory: SpeakerMemory, mentions: list[Mention], continued: Speaker | None, lexed: Scan
) -> _Attributed:
    quotation = find_quotation(sentence)
    regions: tuple[tuple[int, int], ...] | None = None
    cues: list[CueMatch] | None = None
    if quotation is not None:
        scare = titled = False
        if quotation.kind == "partial" and (
            quotation.longest_quote_words(sentence) <= _SHORT_SCARE_QUOTE
            or sentence[quotation.spans[0].opening] in _SINGLE_MARKS
        ):
            # Short quotes, and single-quoted words anywhere, quote speech only beside a cue.
            cues = find_cues(sentence, quotation.frame, lexed)
            titled = all(_press_title(sentence, span) for span in quotation.spans)
            scare = not cues or all(
                _attributive(sentence, span) or _press_title(sentence, span) for span in quotation.spans
            )
        if not scare:
            return _direct(sentence, quotation, memory, mentions, continued, lexed, cues)
        # Newspaper titles in quote marks are names: the sentence around them is one region.
        regions = None if titled else quotation.frame
    found = find_cues(sentence, None, lexed) if cues is None else cues
    for index, cue in enumerate(found):
        floor = _region_of(cue, regions)
        speaker = speaker_for_cue(sentence, cue, floor, memory, mentions)
        if speaker is not None and speaker.kind not in _NAMED_KINDS and index + 1 < len(found):
            closing = _closing_source(sentence, found[index + 1 :], memory, mentions)
            if closing is not None:
                return _Attributed("indirect", closing[0], closing[1].cue, 0, len(sentence), None)
        if speaker is not None:
            named = governing_cue(sentence, cue, found) if len(found) > 1 else cue
            reported = named.cue if named is not cue else _reported_by(sentence, found, index)
            return _Attributed("indirect", speaker, reported, 0, len(sentence), None)
    for cue in found:
        if unsourced(sentence, cue):
            return _Attributed("indirect", None, cue.cue, 0, len(sentence), None)  # hearsay, no source named
    if sentence[:1] == "P" and quotation is None:
        holder = opinion_holder(sentence, memory)
        if holder is not None:
            return _Attributed("indirect", holder, sentence[:4].lower(), 0, len(sentence), None)
    return _Attributed("none", None, None, 0, len(sentence), None)


def _attribute_carried(
    sentence: str,
    memory: SpeakerMemory,
    mentions: list[Mention],
    continued: Speaker | None,
    open_quote: str | None,
    quote_speaker: Speaker | None,
    new_paragraph: bool,
    lexed: Scan,
) -> tuple[_Attributed, str | None, Speaker | None, bool]:
    """``_attribute`` for a sentence that may lie in a quote opened earlier or left open (multi-paragraph quotes).

    The sentence is read with the missing marks added (an opening mark before it when it continues a quote, a
    closing mark after it when the quote stays open), so the quote rules apply as to a closed quote; offsets are
    mapped back onto the sentence. Returns the attribution, the opening mark of a quote still open after the
    sentence, that quote's speaker, and whether the sentence continues a quote opened earlier in its paragraph.
    """
    opener, still_open, reopened = carry_quote(sentence, open_quote, new_paragraph)
    if opener is None and still_open is None:
        return _attribute(sentence, memory, mentions, continued, lexed), None, None, False
    prefix = opener if opener is not None and not reopened else ""
    suffix = closing_mark(still_open) if still_open is not None else ""
    speaker_before = quote_speaker if opener is not None else continued
    if reopened and opener == "«" and sentence.lstrip()[:1] == "»":
        at = len(sentence) - len(sentence.lstrip())
        sentence = sentence[:at] + "«" + sentence[at + 1 :]  # the Spanish continuing "»" read as the opening mark
    found = _attribute(prefix + sentence + suffix, memory, mentions, speaker_before, lexed.padded(prefix, suffix))
    start = min(max(found.start - len(prefix), 0), len(sentence))
    end = min(max(found.end - len(prefix), start), len(sentence))
    found = _Attributed(found.attribution, found.speaker, found.cue, start, end, found.quoted)
    if opener is not None and found.attribution == "none":
        found = _Attributed("direct", quote_speaker, None, 0, len(sentence), sentence)
    speaker = found.speaker or (quote_speaker if opener is not None else None)
    continues = opener is not None and not new_paragraph
    return found, still_open, speaker if still_open is not None else None, continues


def _is_promotion(sentence: str, lexed: Scan) -> bool:
    """An email address, a link or a phone number: a line promoting something, not a claim."""
    lower = lexed.lower
    if "@" in sentence and _EMAIL.search(sentence):
        return True
    if "[email" in lower and _OBFUSCATED_EMAIL.search(sentence):
        return True
    if ("://" in sentence or "www." in lower) and _LINK.search(sentence):
        return True
    if not lexed.digits:
        return False
    if sentence.isascii():
        digits = 0
        for digit in ASCII_DIGITS:
            digits += sentence.count(digit)
        if digits < _PHONE_DIGITS:
            return False  # a phone number needs nine digits: most sentences with digits have fewer
    return _PHONE.search(sentence) is not None


def _question(sentence: str) -> bool:
    """Whether the sentence ends with a question mark (closing quotes and brackets aside)."""
    return "?" in sentence and _QUESTION_END.search(sentence) is not None


def _exclamation(sentence: str) -> bool:
    """Whether the sentence ends with an exclamation mark (closing quotes and brackets aside)."""
    return "!" in sentence and _OPEN_ENDED.search(sentence) is not None and not _question(sentence)


def _without_closing_question(text: str) -> int:
    """Where a quote's closing question starts ('... alpacas. You never know, do you?"'), else the text's length.

    A rhetorical question at the end of a quote asserts nothing: the claim ends with the statement before it.
    """
    if not _question(text):
        return len(text)
    breaks = list(_SENTENCE_BREAK.finditer(text))
    return breaks[-1].start() + 1 if breaks else len(text)


def _is_claim(sentence: str, found: _Attributed, words: int, lexed: Scan, alone: bool) -> bool:
    if _is_promotion(sentence, lexed) or is_heading(sentence, alone, lexed.digits):
        return False
    if is_non_claim(sentence, found.attribution != "none", lexed):
        return False
    if found.attribution != "none":
        if words < 2 or (_question(sentence) and _SENTENCE_BREAK.search(sentence) is None):
            return False
        # A question closing a quote before its cue ('"We lost three shops. Who is next?" said X.'): it asks and
        # asserts nothing, while the statement before it stands. A quote that is one question keeps its claim.
        quoted = found.quoted
        return not (
            quoted
            and _question(quoted)
            and sentence.lstrip()[:1] not in _QUOTE_OPENERS
            and _SENTENCE_BREAK.search(quoted) is None
        )
    if _question(sentence):
        return False
    # Shorter statements need a hedge, a quantity or a claim type (checked once the features are known).
    return words >= _MIN_WORDS_WITH_FEATURE


def _fronted_subject(sentence: str, mention: Mention) -> bool:
    """A person named right after a short fronted adverbial, before a verb: "In the fall, Roberts won't ..."."""
    before = sentence[: mention.position].rstrip()
    if not before.endswith(",") or before.count(",") > 1 or len(before.split()) > _MAX_FRONTED_WORDS:
        return False
    for word in sentence[mention.position :].split(None, _MAX_FRONTED_WORDS)[1:]:
        if not word[:1].isupper():
            return word[:1].islower()  # the first word after the name: a verb, not a comma or a quote
    return False


# A post opening a sentence, perhaps after a fronted adverbial, and set off by commas before the name of the person
# holding it, who is the sentence's subject: "Le ministre du Budget, le libéral X, n'a pas caché ...", "Entre les
# deux, le ministre de l'Emploi, X, tente ...", "La portavoz del partido, X, defendió ...".
_POST_BEFORE_NAME: Final = re.compile(
    r"(?:[^,;:«»\"“”]{1,40},\s+)?(?:le|la|l['’]|el|the)\s*[^,;:«»\"“”]{2,60},\s+(?:(?:le|la|el|the)\s+[^\W\d_]+\s+)?",
    re.IGNORECASE,
)
# A full name, then the comma closing the apposition and a lowercase word (the verb).
_NAME_BEFORE_VERB: Final = re.compile(r"(?<=\s)((?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’-]*),\s+(?:n['’]|[a-zà-ÿ])")
_MAX_POST_OPENING: Final = 110
# The articles opening the post in :data:`_POST_BEFORE_NAME`, by their first two characters, lowercase.
_POST_ARTICLE_OPENINGS: Final = frozenset({"le", "la", "l'", "l’", "el", "th"})
# How far the fronted adverbial before a post's article reaches: its comma closes the first 41 characters.
_MAX_FRONTED_COMMA: Final = 41


def _post_may_open(sentence: str) -> bool:
    """Whether the post of :data:`_POST_BEFORE_NAME` may open the sentence: its article stands at the start, or
    after the sentence's first comma (within the fronted adverbial's reach) and whitespace. Most sentences have
    neither, and the name pattern is not run over them."""
    if sentence[:2].lower() in _POST_ARTICLE_OPENINGS:
        return True
    at = sentence.find(",", 1, _MAX_FRONTED_COMMA) + 1
    if at <= 0 or at >= len(sentence) or not sentence[at].isspace():
        return False
    while at < len(sentence) and sentence[at].isspace():
        at += 1
    return sentence[at : at + 2].lower() in _POST_ARTICLE_OPENINGS


def _apposed_subject(sentence: str) -> str | None:
    """The full name of the person after a post opening the sentence (see :data:`_POST_BEFORE_NAME`), else None."""
    if not _post_may_open(sentence):
        return None
    for named in _NAME_BEFORE_VERB.finditer(sentence, 0, _MAX_POST_OPENING + 40):
        if named.start() > _MAX_POST_OPENING:
            break
        if _POST_BEFORE_NAME.fullmatch(sentence, 0, named.start()) is not None:
            return named.group(1)
    return None


def _interviewee(memory: SpeakerMemory, before: list[Sentence]) -> Speaker | None:
    """The person an interview is with: the last person spoken of, else the first full name in the intro."""
    name = memory.last_person
    if name is None:
        names = [m.name for sentence in before for m in person_mentions(sentence.text) if " " in m.name]
        name = names[0] if names else None
    return None if name is None else as_speaker(name, "person", memory.role_of(name))


def _speaker_after(sentence: str, memory: SpeakerMemory) -> tuple[Speaker, str | None] | None:
    """The person a sentence like "That was the verdict of farmer Jo Lee, who ..." or "So said Jo Lee" names as
    the speaker of the quote before it, with the cue to record; None for other sentences."""
    opening = _SPEAKER_AFTER.match(sentence)
    if opening is None:
        return None
    named = next((m for m in person_mentions(sentence) if m.position <= opening.end()), None)
    if named is None or (" " not in named.name and not memory.knows(named.name)):
        return None
    key = memory.note_person(named.name, named.role)
    return as_speaker(key, "person", memory.role_of(key)), opening.group(1)


def _name_quote_before(parts: list[_Part], index: int, speaker: Speaker, cue: str | None) -> bool:
    """Give a quote without a speaker, right before sentence ``index``, the speaker named after it."""
    at = len(parts)
    while at > 0 and parts[at - 1].index == index - (len(parts) - at) - 1:
        found = parts[at - 1].found
        if found.attribution != "direct" or found.speaker is not None:
            break
        at -= 1
    if at == len(parts):
        return False
    for part in parts[at:]:
        found = part.found
        part.found = _Attributed("direct", speaker, cue, found.start, found.end, found.quoted)
    return True


def _reports_on(sentence: str, lexed: Scan) -> bool:
    """German reported speech without a cue: a verb in the subjunctive I, no first person ("Ein Streik sei ...")."""
    if not lexed.has("subjunctive"):
        return False
    outside = _QUOTED_PART.sub(" ", sentence)
    return _SUBJUNCTIVE.search(outside) is not None and _FIRST_PERSON.search(outside) is None


def _reports_on_ii(sentence: str, lexed: Scan) -> bool:
    """German reported speech in the subjunctive II ("Viele Gemeinden würden ... streichen"), no first person."""
    if not lexed.has("subjunctive_ii") or sentence.rstrip().endswith("?"):
        return False
    outside = _QUOTED_PART.sub(" ", sentence)
    return _SUBJUNCTIVE_II.search(outside) is not None and _FIRST_PERSON.search(outside) is None


def _cataphoric_cue(sentence: str, lexed: Scan) -> CueMatch | None:
    """A cue whose subject is an indefinite description of a person ("A former treasurer ... admitted").

    News ledes often describe a person first and name them in the next sentence ("Martin Greaves, 61, ...");
    English cues only (the scan's "cue" list), in the first sentences of an article.
    """
    for cue in find_cues(sentence, None, lexed):
        phrase = subject_before(sentence, cue.start)
        if (
            phrase is not None
            and phrase.kind == "common"
            and phrase.determiner in _INDEFINITE
            and is_person_noun(phrase.words[-1])
        ):
            return cue
    return None


@final
class _Part:
    """One sentence's contribution: its attribution and, in article offsets, the span its claim would cover."""

    __slots__ = ("alone", "end", "found", "index", "joins", "lexed", "paragraph", "start", "voice")

    def __init__(
        self,
        index: int,
        paragraph: int,
        start: int,
        end: int,
        found: _Attributed,
        lexed: Scan,
        alone: bool,
        joins: bool,
        voice: Speaker | None = None,
    ) -> None:
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.found = found
        self.lexed = lexed
        self.alone = alone
        self.joins = joins
        self.voice = voice  # whose a quote with no speaker of its own is, by the article's context


# How many sentences back the last speaker still speaks a quote no cue attributes.
_VOICE_REACH: Final = 4
# A given name and a surname at least: a first sight of a name that introduces a person.
_FULL_NAME_WORDS: Final = 2
# The marks that open a quote, for the person named before it.
_OPENING_MARKS: Final = marks('"“„«»')


def _context_voice(
    sentence: str, mentions: list[Mention], memory: SpeakerMemory, last_said: tuple[int, Speaker] | None, index: int
) -> Speaker | None:
    """Whose a quote with no cue and no speaker is, by the article's context.

    News writing gives it to the person named before the quote in its own sentence, whatever the verb of the
    introduction ("Su presidente, Ignacio Beltrán, fue más allá: «...»", "wandte sich Holger W. an die Mitglieder:
    "..."), else to the person the text is about at that point (the last person who spoke or was the subject of a
    sentence), else to the last speaker of any kind a few sentences back.
    """
    opening = find_any(sentence, _OPENING_MARKS)
    name = memory.last_person
    if opening > 0:
        named = next((m for m in mentions if m.position < opening), None)
        if named is None:
            # A name seen for the first time: counted when it opens the sentence or stands between commas.
            named = next((m for m in person_mentions(sentence[:opening]) if _introduced(sentence, m)), None)
        if named is not None:
            name = named.name
    if name is not None:
        return as_speaker(name, "person", memory.role_of(name))
    if last_said is not None and last_said[0] >= index - _VOICE_REACH:
        return last_said[1]
    return None


def _introduced(sentence: str, mention: Mention) -> bool:
    """A first sight of a full name that introduces its bearer: it opens the sentence ("Holger W. wandte sich ...")
    or stands between commas after a description ("Its chairman, Owen Marsh, went further")."""
    if len(mention.name.split()) < _FULL_NAME_WORDS:
        return False
    if mention.position == 0:
        return True
    after = mention.position + len(mention.name)
    return sentence[mention.position - 2 : mention.position] == ", " and sentence[after : after + 1] == ","


def _claim(text: str, article_id: str, part: _Part, speaker: Speaker | None, cue: str | None) -> Claim | None:
    """The claim of one sentence, if it is one; ``speaker`` and ``cue`` are those of the quote it lies in."""
    start, end = part.start, part.end
    claim_text = text[start:end]
    words = word_count(claim_text)
    if not _is_claim(part.lexed.text, part.found, words, part.lexed, part.alone):
        return None
    found = part.found
    cut = _without_closing_question(claim_text) if found.attribution == "direct" else len(claim_text)
    if cut < len(claim_text):
        end = start + cut
        claim_text = text[start:end]
        words = word_count(claim_text)
    if speaker is not found.speaker or cue is not found.cue:
        found = _Attributed(found.attribution, speaker, cue, found.start, found.end, found.quoted)
    claim_scan = part.lexed.span(found.start, found.start + len(claim_text))
    hedges = find_hedges(claim_text, claim_scan)
    quantities = quantity_fields(claim_text, claim_scan)
    types = claim_types(claim_text, quantities, found.quoted, claim_scan)
    # Short statements and exclamations ("Jetzt abonnieren und alles lesen!") need something checkable.
    bare = words < _MIN_WORDS or _exclamation(part.lexed.text)
    # A short statement of when something happened is checkable too ("The bridge closed in 2019.").
    dated = words < _MIN_WORDS and not _exclamation(part.lexed.text) and _DATED.search(claim_text) is not None
    if found.attribution == "none" and bare and not (hedges or quantities or types or dated):
        return None
    # Validated from plain fields: the quantities are fields too, and the claim's validation builds them.
    return cast(
        Claim,
        _VALIDATE_CLAIM(
            {
                "claim_id": claim_id_for(article_id, start, end, claim_text),
                "text": claim_text,
                "start": start,
                "end": end,
                "sentence_index": part.index,
                "attribution": found.attribution,
                "speaker": found.speaker,
                "cue": CUES_REPORTED_AS.get(found.cue, found.cue) if found.cue is not None else None,
                "hedges": hedges,
                "quantities": quantities,
                "types": types,
                "checkworthiness": checkworthiness(
                    found.attribution,
                    hedges,
                    quantities,
                    types,
                    words,
                    cue_strength=cue_strength(found.cue),
                    named_speaker=found.speaker is not None and found.speaker.kind in ("person", "organisation"),
                    non_answer=non_answer(claim_scan),
                    statistic=any(is_statistic(quantity["unit"]) for quantity in quantities),
                ),
            }
        ),
    )


def _signed_quotes(sentences: list[Sentence], parts: list[_Part]) -> set[int]:
    """Give the quote sentences of a paragraph followed by a signature line ("— Tomas Reiner, economist") the
    person it names, when no cue of their own attributes them; return the paragraphs of the signatures (no claims)."""
    signed: set[int] = set()
    for at, sentence in enumerate(sentences):
        if not sentence.text.startswith(("—", "–")) or at == 0 or sentences[at - 1].paragraph == sentence.paragraph:
            continue
        if at + 1 < len(sentences) and sentences[at + 1].paragraph == sentence.paragraph:
            continue
        signature = quote_signature(sentence.text)
        if signature is None:
            continue
        speaker = as_speaker(signature[0], "person", signature[1])
        quoted = sentences[at - 1].paragraph
        for part in parts:
            found = part.found
            if part.paragraph == quoted and found.attribution == "direct" and found.cue is None:
                part.found = _Attributed("direct", speaker, None, found.start, found.end, found.quoted)
                part.voice = None
        signed.add(sentence.paragraph)
    return signed


def _named_document(sentence: str) -> str | None:
    """The document a sentence names with its author ("Studie der Hochschule Lindenau"), if it names one."""
    for match in _DOCUMENT_BY.finditer(sentence):
        if is_document_word(match.group(1).split(None, 1)[0]):
            return match.group(1)
    return None


def _captions(sentences: list[Sentence], parts: list[_Part]) -> set[int]:
    """Paragraphs that are captions: short ones (up to three sentences) holding a picture credit."""
    credited = {
        part.paragraph
        for part in parts
        if (part.lexed.has("credit") or part.lexed.text.endswith(")")) and is_credit(part.lexed.text, part.lexed)
    }
    # "Wartende Fahrgäste am Bahnhof. © Zeitung/Jana Roe": a copyright mark opening a sentence credits a picture.
    credited.update(sentence.paragraph for sentence in sentences if sentence.text.startswith(_COPYRIGHT))
    if not credited:
        return credited
    sizes: dict[int, int] = {}
    for sentence in sentences:
        sizes[sentence.paragraph] = sizes.get(sentence.paragraph, 0) + 1
    return {paragraph for paragraph in credited if sizes[paragraph] <= _CAPTION_SENTENCES}


def _units(parts: list[_Part]) -> list[list[_Part]]:
    """Parts grouped into quotes: a sentence inside a quote opened earlier in its paragraph joins that quote."""
    units: list[list[_Part]] = []
    for part in parts:
        previous = units[-1][-1] if units else None
        if (
            part.joins
            and previous is not None
            and previous.index == part.index - 1
            and previous.paragraph == part.paragraph
            and previous.found.attribution == "direct"
        ):
            units[-1].append(part)
        else:
            units.append([part])
    return units


def _bridge(parts: list[_Part], sentences: list[Sentence], index: int, speaker: Speaker) -> None:
    """A sentence between two of one speaker's reported speech in a paragraph reports it too.

    German reported speech uses the subjunctive II where the subjunctive I equals the indicative ("Die Einnahmen
    blieben hinter der Schätzung zurück"), which reads like a plain past tense; between a sentence attributed to
    a speaker and one continuing that speaker in the subjunctive I, it is that speaker's.
    """
    between = parts[-1] if parts else None
    if between is None or between.index != index - 1 or between.found.attribution != "none" or len(parts) < 2:
        return
    before = parts[-2]
    paragraph = sentences[index].paragraph
    if before.index != index - 2 or before.paragraph != paragraph or between.paragraph != paragraph:
        return
    text = sentences[index - 1].text
    if find_quote_spans(text) or text.rstrip().endswith("?"):
        return
    between.found = _Attributed("indirect", speaker, None, 0, len(text), None)


def extract_claims(text: str, article_id: str) -> list[Claim]:
    """The claims in ``text``, in order; every claim's ``text`` equals ``text[start:end]``.

    ``article_id`` only seeds the claim ids (:func:`newsflow.contracts.claim_id_for`).
    """
    memory = SpeakerMemory()
    parts: list[_Part] = []
    last_quote: tuple[int, Speaker | None, str | None] | None = None
    last_said: tuple[int, Speaker] | None = None
    sentences = split_sentences(text)
    interviewee: Speaker | None = None
    answer_paragraph = -1
    open_quote: str | None = None
    colon_intro: tuple[Speaker, str | None] | None = None
    quote_speaker: Speaker | None = None
    cataphora: tuple[int, str] | None = None
    # The sentence (index) opened by a person (name) and attributing nothing: whose a cueless quote after it is.
    last_subject: tuple[int, str] | None = None
    # Embedded posts and the headlines of other articles under a cross-link label: furniture, read by nobody.
    furniture = furniture_paragraphs(sentences)
    told = False  # whether a sentence long enough to tell the story came before: the lede is the first
    unclosed: set[int] = set()
    heading_run = True  # no sentence closed by a full stop (or ! ?) yet: a wire story's dateline may follow
    for index, sentence in enumerate(sentences):
        opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        initial = sentence.text[:1]
        if opens_paragraph and initial and initial in _QUESTION_INITIALS and _QUESTION_MARK.match(sentence.text):
            if interviewee is None:
                interviewee = _interviewee(memory, sentences[:index])
            answer_paragraph = -1
        elif opens_paragraph and initial and initial in _ANSWER_INITIALS and _ANSWER_MARK.match(sentence.text):
            answer_paragraph = sentence.paragraph
        credit = sentence.text.startswith(_COPYRIGHT)
        mentions = [] if credit or sentence.paragraph in furniture else memory.observe(sentence.text)
        lexed = scan(sentence.text)
        continued = last_quote[1] if last_quote is not None and last_quote[0] == index - 1 else None
        if (
            continued is None
            and last_said is not None
            and last_said[0] == index - 1
            and initial
            and initial in _QUOTE_OPENERS
        ):
            # 'X said the findings were stark.\n"We found that ..."': a quote without a cue right after a
            # sentence reporting someone goes on with that speaker.
            continued = last_said[1]
        if (
            continued is None
            and last_subject is not None
            and last_subject[0] == index - 1
            and not opens_paragraph
            and initial
            and initial in _QUOTE_OPENERS
        ):
            # "Gareth Pryce, the council's cabinet member, receives me in his office. 'Everyone loves the ferry.'":
            # a quote without a cue right after a sentence about a person, in the same paragraph, is theirs.
            continued = as_speaker(last_subject[1], "person", memory.role_of(last_subject[1]))
        # 'X wrote in an open letter:' closing a paragraph introduces the quote that opens the next one.
        intro = colon_intro if opens_paragraph and sentence.text.lstrip()[:1] in _QUOTE_OPENERS else None
        if intro is not None:
            continued = intro[0]
        joins = False
        # A quote opening a paragraph after a paragraph that ended on a person's quote: a new voice, likely (not
        # after a quote paragraph only carrying on the same voice without a cue: the run of quotes goes on).
        quoted_before = (
            last_quote[1] if last_quote is not None and last_quote[0] == index - 1 and last_quote[2] else None
        )
        memory.previous_voice = (
            quoted_before.name
            if opens_paragraph
            and quoted_before is not None
            and quoted_before.kind == "person"
            and initial
            and initial in _QUOTE_OPENERS
            else None
        )
        if (
            sentence.paragraph == answer_paragraph
            and interviewee is not None
            and word_count(sentence.text) > _MIN_WORDS_WITH_FEATURE
        ):
            found = _Attributed("direct", interviewee, None, 0, len(sentence.text), sentence.text)
        else:
            dialogue = dialogue_view(sentence.text) if opens_paragraph and initial == "—" else None
            read, read_scan = (sentence.text, lexed) if dialogue is None else (dialogue[0], scan(dialogue[0]))
            found, open_quote, quote_speaker, joins = _attribute_carried(
                read, memory, mentions, continued, open_quote, quote_speaker, opens_paragraph, read_scan
            )
            if dialogue is not None and dialogue[1] and found.attribution == "direct" and open_quote is None:
                # "—A —lamentó X—. B.": the speech goes on after the aside, through the paragraph.
                open_quote, quote_speaker = "“", found.speaker
        if intro is not None and found.speaker == intro[0] and found.cue is None:
            found = _Attributed(found.attribution, found.speaker, intro[1], found.start, found.end, found.quoted)
        if (
            found.speaker is None
            and last_said is not None
            and last_said[0] >= index - 2
            and (
                _reports_on(sentence.text, lexed)
                or (last_said[0] == index - 1 and _reports_on_ii(sentence.text, lexed))
            )
        ):
            # German reported speech carries on without a cue: the speaker of the sentences before.
            quoted = found.attribution == "direct" or bool(find_quote_spans(sentence.text))
            attribution: Attribution = "direct" if quoted else "indirect"
            found = _Attributed(attribution, last_said[1], None, 0, len(sentence.text), found.quoted)
            if last_said[0] == index - 2:
                _bridge(parts, sentences, index, last_said[1])
        if (
            found.attribution == "direct"
            and found.cue is None
            and not opens_paragraph
            and last_quote is not None
            and last_quote[0] == index - 1
            and last_quote[2] is not None
            and found.speaker == last_quote[1]
        ):
            # '»A«, sagte X. »B.«': a quote resumed after its attribution, in the same paragraph, takes its cue.
            found = _Attributed("direct", found.speaker, last_quote[2], found.start, found.end, found.quoted)
        if (
            found.attribution == "none"
            and last_said is not None
            and last_said[0] == index - 1
            and "emnach" in sentence.text
            and _ACCORDINGLY.search(sentence.text) is not None
        ):
            # "Die Löhne sollen demnach um drei Prozent steigen", "Demnach erwägen 31 Prozent ...": "demnach"
            # (according to it) right after a sentence that reports someone refers back to that source.
            accordingly = _ACCORDINGLY.search(sentence.text)
            cue_word = None if accordingly is None else accordingly.group()
            found = _Attributed("indirect", last_said[1], cue_word, 0, len(sentence.text), found.quoted)
        elif (
            found.attribution == "none"
            and index > 0
            and not opens_paragraph
            and sentence.text.startswith("Demnach ")
            and (document := _named_document(sentences[index - 1].text)) is not None
        ):
            # "Für eine Studie der Hochschule X wurden 2.140 Pflegekräfte befragt. Demnach denkt ...": "demnach"
            # opening the sentence after one naming a document and its author refers back to that document.
            study = as_speaker(document, "organisation")
            found = _Attributed("indirect", study, "Demnach", 0, len(sentence.text), None)
        colon_intro = (found.speaker, found.cue) if found.speaker and sentence.text.rstrip().endswith(":") else None
        if cataphora is not None:
            named = next((m for m in mentions if m.certain and m.first_in_sentence), None)
            if named is not None:
                described = parts[cataphora[0]]
                speaker = as_speaker(named.name, "person", memory.role_of(named.name))
                attributed = _Attributed("indirect", speaker, cataphora[1], 0, described.end - described.start, None)
                described.found = attributed
                memory.note_subject(named.name)
        cataphora = None
        if found.attribution == "none" and initial and initial in "TS" and parts:
            named_after = _speaker_after(sentence.text, memory)
            if named_after is not None and _name_quote_before(parts, index, named_after[0], named_after[1]):
                memory.note_subject(named_after[0].name)
        if found.attribution == "none" and index < _LEDE_SENTENCES and lexed.has("cue"):
            cue = _cataphoric_cue(sentence.text, lexed)
            cataphora = None if cue is None else (len(parts), cue.cue)
        voice = None
        if found.attribution == "direct" and found.speaker is None:
            voice = _context_voice(sentence.text, mentions, memory, last_said, index)
        if found.speaker is not None:
            memory.note_speaker(found.speaker)
            if found.speaker.kind == "person":
                memory.note_person(found.speaker.name, found.speaker.role)
            last_said = (index, found.speaker)
        # The person opening the sentence is its subject ("Maureen's grandson Kyle, 27, has ...": not the possessor).
        if (found.speaker is None or found.speaker.kind != "person") and mentions:
            opening = mentions[0] if mentions[0].first_in_sentence else None
            if opening is None and len(mentions) > 1:
                opening = next((mention for mention in mentions if mention.first_in_sentence), None)
            if opening is not None or _fronted_subject(sentence.text, mentions[0]):
                memory.note_subject(mentions[0].name if opening is None else opening.name)
                if found.attribution == "none" and opening is not None and not find_quote_spans(sentence.text):
                    last_subject = (index, opening.name)
        if found.attribution == "none" and not any(mention.first_in_sentence for mention in mentions):
            introduced = introduced_person(sentence.text, lexed.digits)
            tracked = None if introduced is None else memory.introduce(introduced)
            if tracked is not None:
                last_subject = (index, tracked)
        candidate = memory.opening_candidate() if found.attribution == "none" and not mentions else None
        if candidate is not None and not find_quote_spans(sentence.text):
            last_subject = (index, candidate)  # "Gilbert Pouzac, lui, ne se fait guère d'illusions."
        elif (
            last_subject is not None
            and last_subject[0] == index - 1
            and not opens_paragraph
            and found.attribution == "none"
            and not mentions
            and initial not in _QUOTE_OPENERS
            and not find_quote_spans(sentence.text)
        ):
            # "Gilbert Pouzac, lui, ne se fait guère d'illusions. À 71 ans, cet ancien éleveur touche 812 euros.
            # « J'ai trait des vaches ... »": a sentence naming no one goes on about the person of the one before.
            last_subject = (index, last_subject[1])
        if (found.speaker is None or found.speaker.kind != "person") and ", " in sentence.text[:_MAX_POST_OPENING]:
            apposed = _apposed_subject(sentence.text)
            if apposed is not None:
                # The name as the memory knows it ("Mrs Helen Marsh" is "Helen Marsh"), else as written.
                known = next((m.name for m in mentions if m.name in apposed), None)
                memory.note_subject(known or memory.note_person(apposed))
        last_quote = (index, found.speaker, found.cue) if found.attribution == "direct" else None
        alone = opens_paragraph and (
            index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
        )
        lede = index < _LEDE_SENTENCES or (opens_paragraph and not told and heading_run)
        closed = sentence.text.rstrip()[-1:] in _CLOSING_MARKS
        if alone and told and not closed:
            # "Postman Jo Bell, pictured with his wife, needed surgery" once the story has begun: a paragraph that
            # never closes its sentence is a caption or another article's headline, not the story's text.
            unclosed.add(sentence.paragraph)
        told = told or (_STATED.search(sentence.text) is not None and sentence.text.count(" ") >= _TOLD_SPACES)
        # Lines without a sentence's final stop (kicker, date, byline) may come before a wire story's dateline.
        heading_run = heading_run and not sentence.text.rstrip().rstrip(_QUOTE_CLOSERS).endswith((".", "!", "?"))
        if lede and found.start == 0 and found.attribution != "direct":
            # The lede opens after a dateline, also below furniture lines (a player's label, a byline, a stamp).
            lead = dateline_end(sentence.text)
            if 0 < lead < found.end:  # the claim starts after the dateline
                found = _Attributed(found.attribution, found.speaker, found.cue, lead, found.end, found.quoted)
        start, end = sentence.start + found.start, sentence.start + found.end
        parts.append(_Part(index, sentence.paragraph, start, end, found, lexed, alone, joins, voice))
    captions = _captions(sentences, parts) | furniture | _signed_quotes(sentences, parts) | unclosed
    claims: list[Claim] = []
    for unit in _units(parts):
        if unit[0].paragraph in captions:
            continue
        quote_by = next((part.found.speaker for part in unit if part.found.speaker is not None), None)
        if quote_by is None and unit[0].found.attribution == "direct":
            quote_by = unit[0].voice  # a quote no cue attributes: the voice the article gives it by context
        quote_cue = next((part.found.cue for part in unit if part.found.cue is not None), None)
        # '"This is no favour. It is our duty," Minister X told reporters': the quote's own attribution, after its
        # first sentence, names who spoke it, not the speaker of the sentence before the quote.
        cued = (
            next((p.found.speaker for p in unit if p.found.cue is not None and p.found.speaker is not None), None)
            if len(unit) > 1 and unit[0].found.cue is None
            else None
        )
        before_cue = True
        for part in unit:
            before_cue = before_cue and part.found.cue is None
            voice = cued if before_cue and cued is not None else part.found.speaker or quote_by
            claim = _claim(text, article_id, part, voice, part.found.cue or quote_cue)
            if claim is not None:
                claims.append(claim)
    return claims
