"""Paragraphs that are page furniture by their neighbours: embedded posts and the headlines of related-story links.

A page's text keeps what its widgets render as lines of their own. Two of them read like sentences of the article:

- an embedded social-media post: its text, then a signature line "— Name (@handle) July 23, 2024" (the form
  Twitter/X embeds render). The post is the author's own publication, shown as a picture of the page, not a claim
  the article reports; the article quotes what it wants to report in its own sentences. The signature and the
  paragraph right before it (two when that one is only a link, "pic.twitter.com/...") are furniture.
- a related-story box: a label standing alone ("Read more on Millbrook United", "MORE ON THIS STORY",
  "Mehr zum Thema") followed by the headlines it links, lines without final punctuation. Up to
  :data:`_MAX_LINKS` such lines after the label are furniture; a line ending in a full stop ends the box. A label
  with its colon may carry the headline on its own line ("Lesen Sie auch: Pflegeheim oder Zuhause? Was ...").
"""

from __future__ import annotations

import re
from typing import Final

from processors.claims.sentences import Sentence

__all__ = ["furniture_paragraphs"]

# "— Darius Whitfield (@DWhit_11) July 23, 2024": a dash, a display name, the handle, a date ending in a year.
_SIGNATURE: Final = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+[^\n]{0,40}\b\d{4}\s*")
# A line that is only a link to a picture or a post ("pic.twitter.com/abc", "https://t.co/xyz").
_LINK_ONLY: Final = re.compile(r"\s*(?:https?://|pic\.twitter\.com/|www\.)\S+\s*")
# Labels of related-story boxes, as a whole line, optionally naming the topic ("Read more on X", "More about X").
_LINK_LABEL: Final = re.compile(
    r"\s*(?:read more|more on this story|more on this|more stories|related stories|related articles|related"
    r"|see also|more from|more about|lesen sie auch|mehr zum thema|mehr dazu|das könnte sie auch interessieren"
    r"|lire aussi|à lire aussi|sur le même sujet|lea también|más información|te puede interesar)"
    r"(?:\s+(?:on|about|from|zu|zum|sur)\s+[^.!?:\n]{1,60})?\s*:?\s*",
    re.IGNORECASE,
)
# A photo caption with its credit in capitals after the caption's full stop ("Le ministre X, à Paris, le 4 mars
# 2025. JEAN DUPONT / AFP", "El alcalde, este martes, a su llegada al juzgado. EFE"): the credit, a photographer
# and an agency or an agency alone, has no lowercase letter.
_CAPTION_CREDIT: Final = re.compile(r"[.)]\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*\s+){0,3}(?:/\s*)?[A-ZÀ-Ý]{2,12}\s*$")
_MAX_CAPTION_WORDS: Final = 40
_MAX_LINKS: Final = 3
# How far into a line the colon closing a link label may stand ("Das könnte Sie auch interessieren:").
_LABEL_SPAN: Final = 40
_MAX_LINK_WORDS: Final = 30
_FINAL: Final = (".", "!", "?", "…", ":", ";")
_CLOSERS: Final = "\"”’»“)]' "
_QUOTE_MARKS: Final = "\"“”«»„"


def _paragraphs(sentences: list[Sentence]) -> list[tuple[int, str]]:
    """The paragraphs as (number, text from its first sentence to its last), in order."""
    found: list[tuple[int, str]] = []
    for sentence in sentences:
        if found and found[-1][0] == sentence.paragraph:
            found[-1] = (sentence.paragraph, f"{found[-1][1]} {sentence.text}")
        else:
            found.append((sentence.paragraph, sentence.text))
    return found


def _link_line(text: str) -> bool:
    """A headline as a link shows it: no final punctuation, headline length."""
    return text.rstrip(_CLOSERS)[-1:] not in _FINAL and len(text.split()) <= _MAX_LINK_WORDS


def furniture_paragraphs(sentences: list[Sentence]) -> set[int]:
    """The paragraph numbers of embedded posts (with their signatures) and of the links of related-story boxes."""
    paragraphs = _paragraphs(sentences)
    found: set[int] = set()
    for at, (number, text) in enumerate(paragraphs):
        if "(@" in text and _SIGNATURE.fullmatch(text) is not None:
            found.add(number)
            before = at - 1
            if before >= 0 and _LINK_ONLY.fullmatch(paragraphs[before][1]) is not None:
                found.add(paragraphs[before][0])
                before -= 1
            if before >= 0:
                found.add(paragraphs[before][0])
        elif (
            at < len(paragraphs) // 2
            and text[-1:].isupper()
            and _CAPTION_CREDIT.search(text) is not None
            and len(text.split()) <= _MAX_CAPTION_WORDS
            and not any(mark in text for mark in _QUOTE_MARKS)
        ):
            found.add(number)  # a caption in the page's head, credited: no sentence of the article
        elif text[:1].isalpha() and len(text) <= 80 and _LINK_LABEL.fullmatch(text) is not None:
            for later in paragraphs[at + 1 : at + 1 + _MAX_LINKS]:
                if not _link_line(later[1]):
                    break
                found.add(later[0])
        elif text[:1].isalpha() and ":" in text[:_LABEL_SPAN] and _link_line(text):
            # "Lesen Sie auch: Pflegeheim oder Zuhause? Was Angehörige wissen müssen": the label and the headline it
            # links on one line, the headline's own question mark aside.
            label = _LINK_LABEL.match(text)
            if label is not None and label.group().rstrip().endswith(":"):
                found.add(number)
    return found
