"""Site-learned boilerplate: which paragraphs of an article recur across a host's articles (pure).

A paragraph is identified by the sha256 of its normalised form (:func:`normalize_paragraph`). The store
(:mod:`ingest.sitestore`) counts on how many distinct articles of a host each hash was seen; :class:`SiteFilter`
decides from those counts and the operator's decisions which paragraphs of one article to remove.

Normalisation: Unicode NFKC, case-folding, typographic quotes and dashes folded to ASCII, every run of digits
replaced by ``0`` and whitespace collapsed. Digits are folded because boilerplate carries numbers that change per
article or per year ("(c) 2024 Example Times", "Updated 14:05", "3 comments"); two body paragraphs that differ
only in their numbers are rare on one host, and the quote guard and the K threshold bound the damage when they do.

What is learned (:func:`is_learnable`):

* between :data:`MIN_CHARS` and :data:`MAX_CHARS` characters after collapsing whitespace, with at least
  :data:`MIN_LETTERS` letters. Shorter lines ("12:30", "Photo") are too generic to tell a site's template from
  chance; longer paragraphs recurring verbatim are reused body copy (a background paragraph of a story series)
  far more often than template text, and templates (pitches, bios, disclaimers) fit under the bound;
* never a paragraph that looks like speech (:func:`looks_like_speech`): quotation marks or a speech cue ("said",
  "according to", "sagte", "selon", "dijo"...). A quote repeated across the updates of live coverage is news, not
  boilerplate.

What is removed (:meth:`SiteFilter.filter`): a learnable paragraph whose operator decision is ``deny``, or that
was seen on at least ``min_articles`` distinct articles and is not ``allow``-ed; but never a paragraph holding
more than half of the article's characters, and never every paragraph (then nothing is removed).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

Decision = Literal["allow", "deny"]
DECISIONS: tuple[Decision, ...] = ("allow", "deny")

MIN_CHARS = 10
MAX_CHARS = 600
MIN_LETTERS = 6

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
# Quotation marks that open or close speech. The right single quote (U+2019) is left out: it is the apostrophe.
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2018\u201a]|(?:^|\s)'\w")
_SPEECH_CUE = re.compile(
    r"\b(?:"
    r"said|says|(?<!your )say|saying|told|tells|asked|added|adds|stated|insisted|warned|claimed|declared"
    r"|argued|according to"
    r"|sagte|sagt|sagten|erkl\u00e4rte|betonte|laut|zufolge"
    r"|a d\u00e9clar\u00e9|a dit|a affirm\u00e9|selon|d'apr\u00e8s"
    r"|dijo|afirm\u00f3|declar\u00f3|asegur\u00f3|seg\u00fan"
    r")\b",
    re.IGNORECASE,
)


class SiteStat(NamedTuple):
    """What the store knows of one paragraph hash on one host."""

    articles: int  # distinct articles of the host the paragraph was seen on
    decision: Decision | None  # the operator's override; None = learned from counts


@dataclass(frozen=True, slots=True)
class SiteResult:
    """``kept`` and ``removed`` partition the input paragraphs, each in input order."""

    kept: list[str]
    removed: list[str]


def normalize_paragraph(text: str) -> str:
    """The hashed form of a paragraph: NFKC, case-folded, quotes and dashes folded, digit runs -> ``0``, spaces
    collapsed."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _SPACE.sub(" ", _DIGITS.sub("0", folded)).strip()


def paragraph_hash(text: str) -> str:
    """sha256 hex of :func:`normalize_paragraph` of ``text``."""
    return hashlib.sha256(normalize_paragraph(text).encode("utf-8")).hexdigest()


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a clean article text (separated by blank lines), stripped, empty ones dropped."""
    return [part.strip() for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """The inverse of :func:`split_paragraphs`: paragraphs joined by blank lines."""
    return "\n\n".join(paragraphs)


def looks_like_speech(text: str) -> bool:
    """True for a paragraph with quotation marks or a speech cue: reported speech is news, never boilerplate."""
    return bool(_QUOTE_MARKS.search(text) or _SPEECH_CUE.search(text))


def is_learnable(text: str) -> bool:
    """Whether a paragraph may be counted (and so removed) at all; see the module docstring for the bounds."""
    collapsed = _SPACE.sub(" ", text).strip()
    if not MIN_CHARS <= len(collapsed) <= MAX_CHARS:
        return False
    if sum(ch.isalpha() for ch in collapsed) < MIN_LETTERS:
        return False
    return not looks_like_speech(collapsed)


def preview(text: str, limit: int = 80) -> str:
    """At most ``limit`` characters of a paragraph for operators (whitespace collapsed, '…' when cut)."""
    collapsed = _SPACE.sub(" ", text).strip()
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1].rstrip() + "\u2026"


class SiteFilter:
    """Decides which paragraphs of one article are the host's boilerplate, given the store's counts."""

    def __init__(self, min_articles: int) -> None:
        if min_articles < 1:
            raise ValueError(f"min_articles must be at least 1, got {min_articles}")
        self.min_articles = min_articles

    def is_boilerplate(self, stat: SiteStat | None) -> bool:
        """Whether a learnable paragraph with this record is boilerplate, before the per-article guards."""
        if stat is None:
            return False
        if stat.decision == "deny":
            return True
        return stat.decision != "allow" and stat.articles >= self.min_articles

    def filter(self, paragraphs: Sequence[str], stats: Mapping[str, SiteStat]) -> SiteResult:
        """Split ``paragraphs`` into kept and removed; ``stats`` maps :func:`paragraph_hash` to the store's record.

        Guards, in order: only learnable paragraphs are removed; a paragraph with more than half the article's
        characters is kept; if every paragraph would go, none does.
        """
        total = sum(len(p) for p in paragraphs)
        remove = [
            is_learnable(p) and 2 * len(p) <= total and self.is_boilerplate(stats.get(paragraph_hash(p)))
            for p in paragraphs
        ]
        if all(remove):  # also the empty article
            return SiteResult(kept=list(paragraphs), removed=[])
        kept = [p for p, gone in zip(paragraphs, remove, strict=True) if not gone]
        removed = [p for p, gone in zip(paragraphs, remove, strict=True) if gone]
        return SiteResult(kept=kept, removed=removed)
