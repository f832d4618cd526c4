"""Sentence segmentation for news text that keeps code-point offsets into the text.

Every line is a paragraph and a hard boundary, so headlines and standfirsts without a full stop still form their
own sentence. Inside a paragraph a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets that follow) when whitespace and a non-lowercase character come next, unless the full stop belongs to
an abbreviation (``Mr.``, ``Dr.``), an initial (``J.``) or an initialism (``U.S.``). Sentences inside a quote are
sentences too (``"Stop. Now," he said.`` is two): claims are checked one sentence at a time, and the extractor
gives every sentence of a quote the quote's speaker (:mod:`processors.claims.extract`).
"""

from __future__ import annotations

import re
from typing import Final, final

from processors.claims.chars import find_any, marks

__all__ = ["Sentence", "split_sentences"]


@final
class Sentence:
    """One sentence: ``text == article[start:end]``; ``paragraph`` counts non-blank lines from 0.

    Immutable. A plain class, not a dataclass: mypyc compiles this ``__init__`` (a dataclass's generated one
    stays interpreted).
    """

    __slots__ = ("end", "paragraph", "start", "text")

    def __init__(self, start: int, end: int, text: str, paragraph: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.paragraph: Final = paragraph

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r}, {self.paragraph})"


# Lowercase, without the dot. Titles and the usual news abbreviations; a full stop after them never ends a sentence.
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "capt", "lt", "sgt", "cpl", "maj", "adm", "cmdr", "gov",
        "sen", "rep", "rev", "fr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs", "etc", "no", "nos",
        "approx", "est", "dept", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "e.g", "i.e", "cf", "al", "pp",
        # German: telephone, number, street, about, compare, respectively, possibly, including ("Tel. 07953/92")
        "tel", "nr", "str", "ca", "vgl", "bzw", "ggf", "evtl", "inkl", "zzgl",
    }
)  # fmt: skip

# German scale abbreviations ("1,2 Mrd. Euro", "3 Mio. Dollar"): the stop after them ends no sentence when a
# currency follows.
_SCALE_ABBREVIATIONS: Final = frozenset({"mrd", "mio", "tsd", "bio"})
_CURRENCY_WORDS: Final = frozenset({"euro", "dollar", "us", "pfund", "franken", "yen", "eur", "usd", "chf"})

# After an initialism such as "U.S." a sentence usually continues ("the U.S. Army"); these words suggest it ended.
_SENTENCE_STARTERS: Final = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "this", "that", "these", "but", "and", "in", "a", "an", "there"}
)

# The characters ending a line, as ``str.splitlines`` knows them ("\r\n" counts as one line end).
_LINE_ENDS: Final = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
# A run of end marks, then any closing quotes or brackets (the German closing “ too): ``(?:[.!?…]+)[\"”“’'»)\]]*``,
# read character by character (a sentence's one or two end characters cost less so than a pattern call); the marks
# are found with str.find.
_END_CHARS: Final = ".!?…"
_END_MARKS: Final = marks(_END_CHARS)
_CLOSING_CHARS: Final = "\"”“’'»)]"
_GUILLEMET_SPACES: Final = " \u00a0\u202f"
_INITIALISM: Final = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD: Final = re.compile(r"\s*[\"“'‘(\[]?(\w+)")
# A German date writes its day as an ordinal with a full stop ("am 14. November", "bis 1. März"): the stop after
# one or two digits before a month name ends no sentence.
_GERMAN_MONTHS: Final = frozenset(
    {"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
     "november", "dezember"}
)  # fmt: skip


def _end_of_marks(paragraph: str, at: int) -> int:
    """Where the end marks starting at ``at`` end, with the closing quotes or brackets after them."""
    end = at + 1
    size = len(paragraph)
    while end < size and paragraph[end] in _END_CHARS:
        end += 1
    while end < size and paragraph[end] in _CLOSING_CHARS:
        end += 1
    # French spacing puts a (narrow) space before the closing guillemet: "Qui va payer ? »".
    # A German »quote« may open right after it ("Warum? »Weil ..."): the mark then joins no word.
    if (
        end + 1 < size
        and paragraph[end] in _GUILLEMET_SPACES
        and paragraph[end + 1] == "»"
        and (end + 2 == size or not paragraph[end + 2].isalnum())
    ):
        end += 2
    return end


def _is_boundary(paragraph: str, start: int, end: int) -> bool:
    """Whether the end marks at ``paragraph[start:end]`` end a sentence: whitespace must follow, then a character
    that is not lowercase, and a full stop must not end an abbreviation, an initial or an initialism."""
    following = end
    size = len(paragraph)
    while following < size and paragraph[following].isspace():
        following += 1
    if not end < following < size or paragraph[following].islower():
        return False
    if end - start != 1 or paragraph[start] != ".":
        return True
    space = max(paragraph.rfind(" ", 0, start), paragraph.rfind("\t", 0, start), paragraph.rfind("\u00a0", 0, start))
    if space == start - 1:
        return True
    word = paragraph[space + 1 : start].lstrip("\"“'‘([")
    if word.lower() in _ABBREVIATIONS:
        return False
    if word.lower() in _SCALE_ABBREVIATIONS:
        nxt = _NEXT_WORD.match(paragraph, end)
        return paragraph[following] not in "€$£" and (nxt is None or nxt.group(1).lower() not in _CURRENCY_WORDS)
    if len(word) == 1 and word.isupper():
        return False
    if (
        len(word) == 1
        and word.islower()
        and paragraph.startswith(".", following + 1)
        and paragraph[following].isalpha()
        and (following + 2 == size or not paragraph[following + 2].isalnum())
    ):
        return False  # an abbreviation spaced between its letters: "z. B.", "u. U.", "d. h."
    if len(word) <= 2 and word.isdigit():
        nxt = _NEXT_WORD.match(paragraph, end)
        return nxt is None or nxt.group(1).lower() not in _GERMAN_MONTHS
    if _INITIALISM.match(word):
        nxt = _NEXT_WORD.match(paragraph, end)
        return nxt is not None and nxt.group(1).lower() in _SENTENCE_STARTERS
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences in order; spans never overlap and carry no surrounding whitespace."""
    sentences: list[Sentence] = []
    paragraph_index = 0
    offset = 0  # where the line starts in ``text``
    for line in text.splitlines(keepends=True):
        para_start = offset
        offset += len(line)
        body = line.rstrip(_LINE_ENDS)  # a line holds no line end but its own
        if not body.strip():
            continue
        cut = 0
        at = find_any(body, _END_MARKS)
        while at >= 0:  # each run of end marks, jumping to the next with str.find
            marks_end = _end_of_marks(body, at)
            if _is_boundary(body, at, marks_end):
                start, end = _trimmed(text, para_start + cut, para_start + marks_end)
                if start < end:
                    sentences.append(Sentence(start, end, text[start:end], paragraph_index))
                cut = marks_end
            at = find_any(body, _END_MARKS, marks_end)
        start, end = _trimmed(text, para_start + cut, para_start + len(body))
        if start < end:
            sentences.append(Sentence(start, end, text[start:end], paragraph_index))
        paragraph_index += 1
    return sentences
