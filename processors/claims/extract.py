"""``extract_claims``: the claims of one article, as :class:`~newsflow.contracts.Claim` records. Pure; no I/O.

Each sentence is read once, in order, so the speaker memory sees exactly the text before the sentence it
resolves. A sentence becomes a claim when it is attributed (a direct quote or reported speech), or, unattributed,
when it is a statement of some length or carries a hedge, a quantity or a claim type. Questions, exclamations,
fragments and promotional lines (email addresses, phone numbers, links) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsflow.contracts import Attribution, Claim, Extractor, Speaker, claim_id_for
from processors.claims.cues import SOURCE_AFTER, CueMatch, find_cues, is_participle
from processors.claims.fold import Folded
from processors.claims.hedges import find_hedges
from processors.claims.nonclaims import is_heading, is_non_claim
from processors.claims.quantities import find_quantities
from processors.claims.quotes import Quotation, carry_quote, closing_mark, find_quotation
from processors.claims.scoring import checkworthiness, claim_types
from processors.claims.sentences import Sentence, split_sentences
from processors.claims.speakers import Mention, SpeakerMemory, person_mentions, phrase_after, subject_before

__all__ = ["EXTRACTOR", "extract_claims"]

EXTRACTOR = Extractor(name="newsflow-claims", version="0.5.0")

# Used only as a test: "[\w.+-]@" finds the same addresses as "[\w.+-]+@" without rescanning every word.
_PROMO = Folded(r"\[email\s*protected\]|[\w.+-]@[\w-]+\.\w|https?://|www\.\w|(?:\d[\s-]?){9,}")
_WORD = re.compile(r"\w+")
_OPEN_ENDED = re.compile(r"[?!][\"”’')\]]*$")
# "according to reports" is a hedge, not a speaker.
_VAGUE_SOURCES = frozenset({"reports", "report", "media", "rumours", "rumors"})
# Interview transcripts: question and answer markers at the start of a paragraph, per language.
_QUESTION_MARK = re.compile(r"^(?:Q|Question|Frage|F|Pregunta|P)\s*[:.]\s", re.IGNORECASE)
_ANSWER_MARK = re.compile(r"^(?:A|Answer|Antwort|R|Réponse|Respuesta)\s*[:.]\s", re.IGNORECASE)
_QUOTE_OPENERS = '"“„«”'
_MIN_WORDS = 6
_MIN_WORDS_WITH_FEATURE = 4
_SHORT_SCARE_QUOTE = 3


@dataclass(frozen=True, slots=True)
class _Attributed:
    attribution: Attribution
    speaker: Speaker | None
    cue: str | None
    start: int
    end: int
    quoted: str | None


def _region_of(cue: CueMatch, regions: tuple[tuple[int, int], ...] | None) -> int:
    if not regions:
        return 0
    return next((lo for lo, hi in regions if lo <= cue.start < hi), 0)


def _speaker_for_cue(
    sentence: str,
    cue: CueMatch,
    floor: int,
    memory: SpeakerMemory,
    mentions: list[Mention],
    look_after: bool,
) -> Speaker | None:
    if cue.cue in SOURCE_AFTER:
        phrase = phrase_after(sentence, cue.end)
        if phrase is None or phrase.words[-1].lower() in _VAGUE_SOURCES:
            return None
        return memory.resolve(phrase)
    phrase = subject_before(sentence, cue.start, floor)
    if phrase is not None:
        return memory.resolve(phrase)
    if look_after:
        after = phrase_after(sentence, cue.end)
        if after is not None:
            speaker = memory.resolve(after)
            if speaker is not None:
                return speaker
    if is_participle(cue.cue):
        # "audio emerged of X ... — telling them ...": the speaker is the person named earlier.
        before = [mention for mention in mentions if mention.position < cue.start]
        name = before[-1].name if before else memory.last_person
        return None if name is None else Speaker(name=name, role=memory.role_of(name), kind="person")
    return None


def _direct(
    sentence: str,
    quotation: Quotation,
    memory: SpeakerMemory,
    mentions: list[Mention],
    continued: Speaker | None,
) -> _Attributed:
    quoted = " ".join(sentence[span.inner[0] : span.inner[1]] for span in quotation.spans)
    if quotation.kind == "whole":
        return _Attributed("direct", continued, None, quotation.start, quotation.end, quoted)
    cues = find_cues(sentence, quotation.frame)
    for cue in cues:
        floor = _region_of(cue, quotation.frame)
        speaker = _speaker_for_cue(sentence, cue, floor, memory, mentions, look_after=True)
        if speaker is not None:
            return _Attributed("direct", speaker, cue.cue, quotation.start, quotation.end, quoted)
    speaker = None
    if quotation.kind == "colon" and quotation.frame:
        lo, hi = quotation.frame[0]
        phrase = subject_before(sentence, hi, lo)
        speaker = None if phrase is None else memory.resolve(phrase)
    cue_word = cues[0].cue if cues else None
    return _Attributed("direct", speaker, cue_word, quotation.start, quotation.end, quoted)


def _attribute(sentence: str, memory: SpeakerMemory, mentions: list[Mention], continued: Speaker | None) -> _Attributed:
    quotation = find_quotation(sentence)
    regions: tuple[tuple[int, int], ...] | None = None
    if quotation is not None:
        scare = (
            quotation.kind == "partial"
            and not find_cues(sentence, quotation.frame)
            and quotation.longest_quote_words(sentence) <= _SHORT_SCARE_QUOTE
        )
        if not scare:
            return _direct(sentence, quotation, memory, mentions, continued)
        regions = quotation.frame
    for cue in find_cues(sentence, regions):
        floor = _region_of(cue, regions)
        look_after = cue.cue in SOURCE_AFTER
        speaker = _speaker_for_cue(sentence, cue, floor, memory, mentions, look_after)
        if speaker is not None:
            return _Attributed("indirect", speaker, cue.cue, 0, len(sentence), None)
    return _Attributed("none", None, None, 0, len(sentence), None)


def _attribute_carried(
    sentence: str,
    memory: SpeakerMemory,
    mentions: list[Mention],
    continued: Speaker | None,
    open_quote: str | None,
    quote_speaker: Speaker | None,
    new_paragraph: bool,
) -> tuple[_Attributed, str | None, Speaker | None]:
    """``_attribute`` for a sentence that may lie in a quote opened earlier or left open (multi-paragraph quotes).

    The sentence is read with the missing marks added (an opening mark before it when it continues a quote, a
    closing mark after it when the quote stays open), so the quote rules apply as to a closed quote; offsets are
    mapped back onto the sentence. Returns the attribution, the opening mark of a quote still open after the
    sentence, and that quote's speaker.
    """
    opener, still_open, reopened = carry_quote(sentence, open_quote, new_paragraph)
    if opener is None and still_open is None:
        return _attribute(sentence, memory, mentions, continued), None, None
    prefix = opener if opener is not None and not reopened else ""
    suffix = closing_mark(still_open) if still_open is not None else ""
    speaker_before = quote_speaker if opener is not None else continued
    found = _attribute(prefix + sentence + suffix, memory, mentions, speaker_before)
    start = min(max(found.start - len(prefix), 0), len(sentence))
    end = min(max(found.end - len(prefix), start), len(sentence))
    found = _Attributed(found.attribution, found.speaker, found.cue, start, end, found.quoted)
    if opener is not None and found.attribution == "none":
        found = _Attributed("direct", quote_speaker, None, 0, len(sentence), sentence)
    speaker = found.speaker or (quote_speaker if opener is not None else None)
    return found, still_open, speaker if still_open is not None else None


def _is_claim(sentence: str, found: _Attributed, words: int, has_features: bool, alone: bool) -> bool:
    if _PROMO.search(sentence) or is_heading(sentence, alone):
        return False
    if is_non_claim(sentence, found.attribution != "none"):
        return False
    if found.attribution != "none":
        return words >= 2
    if _OPEN_ENDED.search(sentence):
        return False
    return words >= _MIN_WORDS or (has_features and words >= _MIN_WORDS_WITH_FEATURE)


def _interviewee(memory: SpeakerMemory, before: list[Sentence]) -> Speaker | None:
    """The person an interview is with: the last person spoken of, else the first full name in the intro."""
    name = memory.last_person
    if name is None:
        names = [m.name for sentence in before for m in person_mentions(sentence.text) if " " in m.name]
        name = names[0] if names else None
    return None if name is None else Speaker(name=name, role=memory.role_of(name), kind="person")


def extract_claims(text: str, article_id: str) -> list[Claim]:
    """The claims in ``text``, in order; every claim's ``text`` equals ``text[start:end]``.

    ``article_id`` only seeds the claim ids (:func:`newsflow.contracts.claim_id_for`).
    """
    memory = SpeakerMemory()
    claims: list[Claim] = []
    last_quote: tuple[int, Speaker | None] | None = None
    sentences = split_sentences(text)
    interviewee: Speaker | None = None
    answer_paragraph = -1
    open_quote: str | None = None
    colon_intro: tuple[Speaker, str | None] | None = None
    quote_speaker: Speaker | None = None
    for index, sentence in enumerate(sentences):
        opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        if opens_paragraph and _QUESTION_MARK.match(sentence.text):
            if interviewee is None:
                interviewee = _interviewee(memory, sentences[:index])
            answer_paragraph = -1
        elif opens_paragraph and _ANSWER_MARK.match(sentence.text):
            answer_paragraph = sentence.paragraph
        mentions = memory.observe(sentence.text)
        continued = last_quote[1] if last_quote is not None and last_quote[0] == index - 1 else None
        # 'X wrote in an open letter:' closing a paragraph introduces the quote that opens the next one.
        intro = colon_intro if opens_paragraph and sentence.text.lstrip()[:1] in _QUOTE_OPENERS else None
        if intro is not None:
            continued = intro[0]
        if (
            sentence.paragraph == answer_paragraph
            and interviewee is not None
            and len(_WORD.findall(sentence.text)) > _MIN_WORDS_WITH_FEATURE
        ):
            found = _Attributed("direct", interviewee, None, 0, len(sentence.text), sentence.text)
        else:
            found, open_quote, quote_speaker = _attribute_carried(
                sentence.text, memory, mentions, continued, open_quote, quote_speaker, opens_paragraph
            )
        if intro is not None and found.speaker == intro[0] and found.cue is None:
            found = _Attributed(found.attribution, found.speaker, intro[1], found.start, found.end, found.quoted)
        colon_intro = (found.speaker, found.cue) if found.speaker and sentence.text.rstrip().endswith(":") else None
        if found.speaker is not None:
            memory.note_speaker(found.speaker)
            if found.speaker.kind == "person":
                memory.note_person(found.speaker.name, found.speaker.role)
        elif mentions and mentions[0].first_in_sentence:
            memory.last_person = mentions[0].name
        last_quote = (index, found.speaker) if found.attribution == "direct" else None

        start, end = sentence.start + found.start, sentence.start + found.end
        claim_text = text[start:end]
        words = len(_WORD.findall(claim_text))
        alone = opens_paragraph and (
            index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
        )
        # The features are only looked for when the sentence may be a claim; short unattributed ones need them.
        if not _is_claim(sentence.text, found, words, True, alone):
            continue
        hedges = find_hedges(claim_text)
        quantities = find_quantities(claim_text)
        types = claim_types(claim_text, quantities, found.quoted)
        if found.attribution == "none" and words < _MIN_WORDS and not (hedges or quantities or types):
            continue
        claims.append(
            Claim(
                claim_id=claim_id_for(article_id, start, end, claim_text),
                text=claim_text,
                start=start,
                end=end,
                sentence_index=index,
                attribution=found.attribution,
                speaker=found.speaker,
                cue=found.cue,
                hedges=hedges,
                quantities=quantities,
                types=types,
                checkworthiness=checkworthiness(found.attribution, hedges, quantities, types, words),
            )
        )
    return claims
