"""Direct quotes inside one sentence: where the quoted words are and how the sentence frames them.

Double quotes count as speech: straight ``"..."`` and curly ``“...”`` (and „…“, «…»). Single quotes are mostly
scare quotes (``'peace plan'``, ``‘emir’``) or apostrophes in news copy; they count only where tabloids use them
for speech: opening the sentence (or after a colon) and closing after the punctuation that ends an utterance
(``'Nobody was hurt,' he insisted.``).

The shape of the sentence decides the claim span and where the speaker is sought:

* ``colon``: ``He told parliament: "..."``; the claim is the quoted words, the speaker is before the colon.
* ``whole``: the sentence is nothing but a quote; it usually continues the previous speaker.
* ``cued``: the sentence opens with a quote and a cue follows (``"Do not retreat," he said.``).
* ``partial``: quoted words inside a sentence (``told jihadists to make infidels' blood “flow like rivers”``).

A quote left open runs on: through the next sentences of its paragraph and into the next paragraphs as long as
they open with a quote mark again (:func:`carry_quote`); the extractor reads such sentences with the missing marks
added, so they are direct quotes of the same speaker.
"""

from __future__ import annotations

import re
from typing import Final, Literal, final

from processors.claims.chars import find_any, has_any, marks
from processors.claims.words import word_count

__all__ = [
    "Quotation", "QuoteKind", "QuoteSpan", "carry_quote", "closing_mark", "dialogue_view", "find_quotation",
    "find_quote_spans", "single_quote_close", "single_quote_opens",
]  # fmt: skip

QuoteKind = Literal["colon", "whole", "cued", "partial"]

_CLOSER: Final = {"„": "“", "«": "»", "‹": "›"}
_QUOTE_CHARS: Final = marks('"„«‹»›“”')
_ONLY_PUNCTUATION: Final = re.compile(r"^[\s.,;:!?…)\]\-–—]*$")


@final
class QuoteSpan:
    """A closed quote: ``opening`` is the index of the opening mark, ``closing`` the index of the closing mark.

    Immutable. Quote classes are plain classes, not dataclasses: mypyc compiles their ``__init__`` (a dataclass's
    generated one stays interpreted).
    """

    __slots__ = ("closing", "opening")

    def __init__(self, opening: int, closing: int) -> None:
        self.opening: Final = opening
        self.closing: Final = closing

    def __repr__(self) -> str:
        return f"QuoteSpan({self.opening}, {self.closing})"

    @property
    def inner(self) -> tuple[int, int]:
        """Start and end of the quoted words, without the marks."""
        return self.opening + 1, self.closing

    def words(self, sentence: str) -> int:
        """How many words the quote holds."""
        return word_count(sentence[self.opening + 1 : self.closing])


@final
class Quotation:
    """How a sentence quotes: the claim span (``start``/``end`` relative to the sentence) and the frame.

    ``frame`` lists the regions outside the quotes, where a cue and a speaker may be found. Immutable.
    """

    __slots__ = ("end", "frame", "kind", "spans", "start")

    def __init__(
        self,
        kind: QuoteKind,
        spans: tuple[QuoteSpan, ...],
        start: int,
        end: int,
        frame: tuple[tuple[int, int], ...],
    ) -> None:
        self.kind: Final = kind
        self.spans: Final = spans
        self.start: Final = start
        self.end: Final = end
        self.frame: Final = frame

    def __repr__(self) -> str:
        return f"Quotation({self.kind!r}, {self.spans!r}, {self.start}, {self.end}, {self.frame!r})"

    def longest_quote_words(self, sentence: str) -> int:
        """Word count of the longest quote; short ones without a cue are likely scare quotes."""
        return max(span.words(sentence) for span in self.spans)


def find_quote_spans(sentence: str) -> list[QuoteSpan]:
    """Closed double-quote spans in order; unclosed marks are ignored."""
    spans: list[QuoteSpan] = []
    straight: int | None = None
    curly: int | None = None
    closer = "”"
    at = find_any(sentence, _QUOTE_CHARS)
    while at >= 0:  # each quote mark in order
        index, char = at, sentence[at]
        at = find_any(sentence, _QUOTE_CHARS, at + 1)
        if char == '"':
            if straight is None:
                straight = index
            else:
                spans.append(QuoteSpan(straight, index))
                straight = None
        elif char in "„«‹" and not (char == "«" and closer == "«" and curly is not None):
            # German, French and Spanish openings; „ closes with “, « with », ‹ with ›.
            if curly is None:
                curly = index
                closer = _CLOSER[char]
        elif char == "»" and curly is None and german_guillemet_opens(sentence, index):
            curly = index  # the German »quote«: "»" before a word opens, "«" closes
            closer = "«"
        elif char in "»›«" or (char == "“" and closer == "“" and curly is not None):
            if curly is not None and char == closer:
                spans.append(QuoteSpan(curly, index))
                curly = None
                closer = "”"
        elif char == "“":
            if curly is None:
                curly = index
        elif char == "”":
            # Some copy uses the closing mark for both ends; treat an unopened one as an opening.
            if curly is None:
                curly = index
            else:
                spans.append(QuoteSpan(curly, index))
                curly = None
    spans.sort(key=lambda span: span.opening)
    # A quote nested in another (mixed marks) is part of the outer one.
    outer: list[QuoteSpan] = []
    for span in spans:
        if outer and span.opening < outer[-1].closing:
            continue
        outer.append(span)
    return [span for span in outer if span.words(sentence) > 0]


# Spanish dialogue set with dashes (rayas): "—Nadie viene por la tasa —lamentó X—. Lo notaremos." The dash opening
# the paragraph opens the speech; a dash after a space and before a lowercase word opens the narrator's aside (the
# cue), and the next dash closes it, the speech going on after it.
_DASH: Final = "—"
_ASIDE: Final = re.compile(r"\s—(?=[a-záéíóúñ])")
_SPEECH_OPENS: Final = re.compile(r"—\s?(?=[¿¡«“\"]?[A-ZÁÉÍÓÚÑ])")


def dialogue_view(sentence: str) -> tuple[str, bool] | None:
    """A sentence opening a paragraph of dialogue set with dashes, read with quote marks in the dashes' places
    (as long as the sentence, so offsets hold): "—A —lamentó X—." as "“A” lamentó X .". Also whether the
    speech goes on after the aside at the sentence's end ("—A —dijo—. B.": "B" is speech too). None when the
    sentence is no such dialogue (a dash opening a list item, or a speech with no aside that names a speaker)."""
    stripped = sentence.lstrip()
    lead = len(sentence) - len(stripped)
    opening = _SPEECH_OPENS.match(stripped)
    aside = None if opening is None else _ASIDE.search(sentence, lead + opening.end())
    if aside is None or has_any(sentence, _QUOTE_CHARS):
        return None
    chars = list(sentence)
    chars[lead] = "“"
    chars[aside.start()] = "”"  # " —lamentó" -> "” lamentó"
    chars[aside.start() + 1] = " "
    closing = sentence.find(_DASH, aside.end())
    resumes = False
    if closing >= 0:
        chars[closing] = " "
        rest = sentence[closing + 1 :].strip()
        resumes = rest in (".", "")
    return "".join(chars), resumes


def german_guillemet_opens(text: str, index: int) -> bool:
    """A "»" that opens a German »quote«: right before a word (French and Spanish closing marks follow one)."""
    after = text[index + 1 : index + 2]
    return after.isalnum() and (index == 0 or text[index - 1].isspace() or text[index - 1] in "([:—–-")


_SINGLE_OPENERS: Final = "'‘"
# Where single-quoted speech may open: the start of the sentence or after a colon.
_MAY_OPEN_SINGLE: Final = re.compile(r"^\s*['‘]|:\s+['‘]")
_SINGLE_CLOSERS: Final = "'’"
_SPEECH_END: Final = ",.!?…"
_AFTER_CLOSER: Final = ".,;:!?)—–-"


def single_quote_close(text: str, opening: int) -> int | None:
    """Where the single-quoted speech opened at ``opening`` closes, or None when it is no speech.

    The quote is speech when the first single mark after it that is not an apostrophe inside a word follows
    the punctuation that ends an utterance ('Nobody was hurt,' he said); otherwise it is a scare quote
    ('scandal') or a possessive.
    """
    for index in range(opening + 2, len(text)):
        char = text[index]
        if char not in _SINGLE_CLOSERS:
            continue
        after = text[index + 1] if index + 1 < len(text) else " "
        if after.isalnum() or _plural_possessive(text, index):
            continue  # "grandmother's", "don't", "the nurses' station"
        return index if text[index - 1] in _SPEECH_END and (after.isspace() or after in _AFTER_CLOSER) else None
    return None


def _plural_possessive(text: str, index: int) -> bool:
    """The mark at ``index`` is the apostrophe of a plural possessive ("the nurses' station"), no closing mark: it
    follows an "s" and a lower-case word follows it."""
    return text[index - 1] == "s" and text[index + 1 : index + 2] == " " and text[index + 2 : index + 3].islower()


def _partial_single_spans(sentence: str) -> list[QuoteSpan]:
    """Single-quoted words of two or more inside a sentence ("said nurses were 'being asked to do the
    impossible'"), as British and Irish papers quote: an opening mark after a space before a word, closed by the
    matching mark that is no apostrophe. One quoted word is a scare quote ('unacceptable'), not a quote."""
    spans: list[QuoteSpan] = []
    at = 0
    while True:
        curly = sentence.find("‘", at)
        straight = sentence.find(" '", at)
        if straight >= 0:
            straight += 1
        opening = min(curly, straight) if curly >= 0 and straight >= 0 else max(curly, straight)
        if opening < 0:
            return spans
        at = opening + 1
        if not single_quote_opens(sentence, opening):
            continue
        closer = "’" if sentence[opening] == "‘" else "'"
        closing = sentence.find(closer, opening + 2)
        possessive = -1  # "the nurses’ station" closes the quote only when no later mark can
        while closing >= 0 and (sentence[closing + 1 : closing + 2].isalnum() or _plural_possessive(sentence, closing)):
            if possessive < 0 and not sentence[closing + 1 : closing + 2].isalnum():
                possessive = closing
            closing = sentence.find(closer, closing + 1)
        if closing < 0:
            closing = possessive
        if closing < 0:
            return spans
        span = QuoteSpan(opening, closing)
        if span.words(sentence) >= 2 and not sentence[:opening].rstrip().lower().endswith("so-called"):
            spans.append(span)  # "the so-called 'corridor of death'" is a name
        at = closing + 1


def single_quote_opens(text: str, index: int) -> bool:
    """A single mark that may open speech: at the start or after a space, a colon or a dash, before a letter."""
    if text[index] not in _SINGLE_OPENERS or index + 1 >= len(text) or not text[index + 1].isalnum():
        return False
    return index == 0 or text[index - 1].isspace() or text[index - 1] in "([:—–-"


def _single_spans(sentence: str) -> list[QuoteSpan]:
    """Single-quoted speech opening the sentence or after a colon ("'Nobody was hurt,' he said.")."""
    start = len(sentence) - len(sentence.lstrip())
    opening = start if start < len(sentence) and single_quote_opens(sentence, start) else None
    if opening is None:
        colon = sentence.find(": ")
        while colon >= 0:
            at = colon + 2
            while at < len(sentence) and sentence[at] == " ":
                at += 1
            if at < len(sentence) and single_quote_opens(sentence, at):
                opening = at
                break
            colon = sentence.find(": ", colon + 1)
    if opening is None:
        return []
    closing = single_quote_close(sentence, opening)
    return [] if closing is None else [QuoteSpan(opening, closing)]


def _outside(sentence: str, spans: list[QuoteSpan]) -> tuple[tuple[int, int], ...]:
    regions: list[tuple[int, int]] = []
    cursor = 0
    for span in spans:
        if span.opening > cursor:
            regions.append((cursor, span.opening))
        cursor = span.closing + 1
    if cursor < len(sentence):
        regions.append((cursor, len(sentence)))
    return tuple(region for region in regions if sentence[region[0] : region[1]].strip())


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    while start < end and sentence[start].isspace():
        start += 1
    while end > start and sentence[end - 1].isspace():
        end -= 1
    return start, end


def find_quotation(sentence: str) -> Quotation | None:
    """Classify how ``sentence`` quotes speech, or None when it quotes none.

    Double quotes count wherever they stand; single quotes only as speech opening the sentence or following a
    colon, closed after the punctuation that ends an utterance (:func:`single_quote_close`).
    """
    spans = find_quote_spans(sentence) if has_any(sentence, _QUOTE_CHARS) else []
    if not spans and ("'" in sentence or "‘" in sentence) and _MAY_OPEN_SINGLE.search(sentence) is not None:
        spans = _single_spans(sentence)
    if not spans and ("‘" in sentence or " '" in sentence):
        # Single-quoted words inside a sentence are partial quotes wherever they stand (a colon before them and
        # nothing after them make no quote-only claim: the mark may close words that end no utterance).
        spans = _partial_single_spans(sentence)
        if spans:
            start, end = _trim(sentence, 0, len(sentence))
            return Quotation("partial", tuple(spans), start, end, _outside(sentence, spans))
    if not spans:
        return None
    first, last = spans[0], spans[-1]
    frame = _outside(sentence, spans)
    before = sentence[: first.opening].rstrip()
    after = sentence[last.closing + 1 :]
    ends_with_quote = bool(_ONLY_PUNCTUATION.match(after))
    if before.endswith(":") and ends_with_quote:
        start, end = _trim(sentence, first.inner[0], last.inner[1])
        if start < end:
            colon_frame = ((0, len(before) - 1),) if before[:-1].strip() else ()
            return Quotation("colon", tuple(spans), start, end, colon_frame)
    start, end = _trim(sentence, 0, len(sentence))
    if not before and ends_with_quote and len(spans) == 1:
        return Quotation("whole", tuple(spans), start, end, ())
    kind: QuoteKind = "cued" if not before else "partial"
    return Quotation(kind, tuple(spans), start, end, frame)


# Quote marks that may open a quote, and the marks that close each ("”" opens where copy uses it at both ends).
_OPENERS: Final = '"“„«”'
_CLOSERS: Final = {'"': '"”', "“": '”"', "”": '”"', "„": "“”", "«": "»", "»": "«"}
_MARKS: Final = marks('"“”„«»')


def closing_mark(opener: str) -> str:
    """The mark that closes a quote opened with ``opener``."""
    return _SINGLE_CLOSING[opener] if opener in _SINGLE_CLOSING else _CLOSERS[opener][0]


# Single-quoted speech running over sentences ("'When Dad ran it, there were three of us. Now it's me and a
# lad.'"), as British features quote: the mark that closes each opener.
_SINGLE_CLOSING: Final = {"'": "'", "‘": "’"}
_SENTENCE_END: Final = ".!?…"


def _single_closer(sentence: str, start: int) -> int:
    """The first single mark from ``start`` that is no apostrophe inside a word ("it's", "don't"), or -1."""
    for index in range(start, len(sentence)):
        if sentence[index] in _SINGLE_CLOSERS and (index + 1 >= len(sentence) or not sentence[index + 1].isalnum()):
            return index
    return -1


# A single mark opening speech after a colon ("told the Beacon: 'Kelsey is in bits.").
_COLON_SINGLE: Final = re.compile(r":\s+['‘](?=\w)")


def _symbol_end(char: str) -> bool:
    """An emoji or other symbol closing a post's words ("... who love me ❤️'"): it ends an utterance too."""
    return not char.isalnum() and not char.isspace() and char not in "'’\"”(["


def _carry_single(sentence: str, opener: str | None, new_paragraph: bool) -> tuple[str | None, str | None, bool]:
    """:func:`carry_quote` for single-quoted speech in a sentence holding no double quote mark.

    A sentence opening with a single mark and holding no closing one, ended as an utterance ends, leaves the quote
    open; a quote open before closes at a single mark after the punctuation that ends an utterance; a new paragraph
    goes on with the quote only when it opens with a single mark again.
    """
    stripped = sentence.lstrip()
    at = len(sentence) - len(stripped)
    reopened = False
    if opener is not None and new_paragraph:
        if not single_quote_opens(sentence, at) if at < len(sentence) else True:
            return None, None, False
        reopened = True
        at += 1
    if opener is None:
        if at >= len(sentence) or not single_quote_opens(sentence, at):
            # "A source told the paper: 'She is in bits." : speech opened after a colon runs on as well.
            colon = _COLON_SINGLE.search(sentence) if ": " in sentence else None
            if colon is None:
                return None, None, False
            at = colon.end() - 1
        if _single_closer(sentence, at + 1) >= 0 or sentence.rstrip()[-1:] not in _SENTENCE_END:
            return None, None, False  # closed in the sentence (or a scare quote): no quote to carry
        return None, sentence[at], False
    close = _single_closer(sentence, at)
    if close < 0:
        return opener, opener, reopened
    if close > 0 and (sentence[close - 1] in _SPEECH_END or _symbol_end(sentence[close - 1])):
        return opener, None, reopened
    return None, None, False  # a mark that ends no utterance: the quote was not what it seemed


def carry_quote(sentence: str, opener: str | None, new_paragraph: bool) -> tuple[str | None, str | None, bool]:
    """Follow an unclosed quote across sentences and paragraphs.

    ``opener`` is the opening mark of a quote still open before ``sentence`` (None when none is). A paragraph
    continuing a quote opens with a quote mark again; one that does not ends the quote. Returns the opening mark of
    the quote open at the start of the sentence, the one still open at its end, and whether the sentence opens
    with such a repeated mark (its text then holds the opening of the quote itself).
    """
    if (opener is None or opener in _SINGLE_CLOSING) and ("'" in sentence or "‘" in sentence or opener is not None):
        if not has_any(sentence, _QUOTE_CHARS):
            return _carry_single(sentence, opener, new_paragraph)
        if opener is not None:
            opener = None  # double quotes take over: the single-quoted speech is over
    start = 0
    reopened = False
    if opener is not None and new_paragraph:
        stripped = sentence.lstrip()
        if stripped[:1] in _OPENERS or (stripped[:1] == "»" and opener in "«»"):
            # Spanish opens a paragraph that goes on with a quote with "»" ("»Nadie ha venido", añadió.), German
            # with its own opening "»".
            reopened = True
            opener = "«" if stripped[0] == "»" and opener == "«" else stripped[0]
            start = len(sentence) - len(stripped) + 1
        else:
            opener = None
    current = opener
    at = find_any(sentence, _MARKS, start)
    while at >= 0:  # each double quote mark from ``start`` on
        mark, at_mark = sentence[at], at
        at = find_any(sentence, _MARKS, at + 1)
        if current is None:
            if mark in _OPENERS or (mark == "»" and german_guillemet_opens(sentence, at_mark)):
                current = mark
        elif mark in _CLOSERS[current]:
            current = None
    return opener, current, reopened
