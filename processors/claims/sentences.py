"""Sentence segmentation for news text that keeps code-point offsets into the text.

Every line is a paragraph and a hard boundary, so headlines and standfirsts without a full stop still form their
own sentence. Inside a paragraph a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets that follow) when whitespace and a non-lowercase character come next, unless the full stop belongs to
an abbreviation (``Mr.``, ``Dr.``), an initial (``J.``) or an initialism (``U.S.``), or the mark sits inside a
double quote that closes later in the paragraph (so ``"Stop. Now," he said.`` stays one sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == article[start:end]``; ``paragraph`` counts non-blank lines from 0."""

    start: int
    end: int
    text: str
    paragraph: int


# Lowercase, without the dot. Titles and the usual news abbreviations; a full stop after them never ends a sentence.
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "capt", "lt", "sgt", "cpl", "maj", "adm", "cmdr", "gov",
        "sen", "rep", "rev", "fr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs", "etc", "no", "nos",
        "approx", "est", "dept", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "e.g", "i.e", "cf", "al", "pp",
    }
)  # fmt: skip

# After an initialism such as "U.S." a sentence usually continues ("the U.S. Army"); these words suggest it ended.
_SENTENCE_STARTERS = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "this", "that", "these", "but", "and", "in", "a", "an", "there"}
)

_PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_END = re.compile(r"(?:[.!?…]+)[\"”’'»)\]]*")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = re.compile(r"\s*[\"“'‘(\[]?(\w+)")


def _inside_closed_quote(paragraph: str, pos: int) -> bool:
    """True when ``pos`` lies inside a double quote that is closed later in ``paragraph``."""
    head = paragraph[:pos]
    straight_open = head.count('"') % 2 == 1
    if straight_open and '"' in paragraph[pos:]:
        return True
    curly_depth = head.count("“") - head.count("”")
    if curly_depth > 0 and "”" in paragraph[pos:]:
        return True
    guillemets = head.count("«") - head.count("»")
    if guillemets > 0 and "»" in paragraph[pos:]:
        return True
    low = head.count("„") - head.count("“")
    return low > 0 and "“" in paragraph[pos:]


def _is_boundary(paragraph: str, match: re.Match[str]) -> bool:
    rest = paragraph[match.end() :]
    if not rest or not rest[0].isspace():
        return False
    following = rest.lstrip()
    if not following:
        return False
    first = following[0]
    if first.islower():
        return False
    if _inside_closed_quote(paragraph, match.end()):
        return False
    if match.group(0) != ".":
        return True
    before = _WORD_BEFORE.search(paragraph[: match.start()])
    if before is None:
        return True
    word = before.group(1).lstrip("\"“'‘([")
    if word.lower() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False
    if _INITIALISM.match(word):
        nxt = _NEXT_WORD.match(rest)
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
    for para in _PARAGRAPH.finditer(text):
        body = para.group(0)
        if not body.strip():
            continue
        cut = 0
        for match in _END.finditer(body):
            if _is_boundary(body, match):
                start, end = _trimmed(text, para.start() + cut, para.start() + match.end())
                if start < end:
                    sentences.append(Sentence(start, end, text[start:end], paragraph_index))
                cut = match.end()
        start, end = _trimmed(text, para.start() + cut, para.end())
        if start < end:
            sentences.append(Sentence(start, end, text[start:end], paragraph_index))
        paragraph_index += 1
    return sentences
