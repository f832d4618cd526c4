"""Removing promotional, soliciting and navigation paragraphs from extracted article text.

trafilatura keeps lines such as "related stories" and "We pay for your stories! ... call 0207 782 4368." in the
body. :class:`PromoFilter` removes them with patterns kept as data (``newsflow/data/promo_patterns.json``) plus two
positional rules that a single regex cannot express:

* a navigation heading ("related stories", "Read more:") also removes the run of short, link-like lines after it
  (the headlines of the related articles, with or without a "- " bullet);
* a short paragraph near the end that gives an e-mail address or a phone number with a contact cue
  ("email us", "call", "get in touch") is a contact footer.

Patterns are anchored to solicitation phrasing ("Sign up to our newsletter"), so body text that merely mentions a
newsletter in passing is kept. The filter never reorders: kept and removed are both in input order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

Scope = Literal["paragraph", "heading"]

# A heading pattern only applies to a line this short: a long paragraph is never a navigation heading.
_HEADING_MAX_WORDS = 8
_HEADING_MAX_CHARS = 60
_LINK_LINE_MAX_WORDS = 16
_LINK_LINE_MAX_CHARS = 140
_LINK_RUN_MAX = 12
_CONTACT_TAIL = 3
_CONTACT_MAX_WORDS = 60

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013\u2014\u25ba\u25b8\u203a\u00bb>]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"""[.!:;"\u201d\u2019',]\s*$""")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[email(?:\s|\u00a0)*protected\]", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w])")
_CONTACT_CUE = re.compile(
    r"\b(?:e-?mail|call|phone|ring|text|whatsapp|contact|get in touch|tip|tips|tip-off|write to|reach us)\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"[\s\u00a0]+")


@dataclass(frozen=True)
class PromoPattern:
    """One promo pattern from the data file."""

    id: str
    lang: str
    pattern: re.Pattern[str]
    scope: Scope


@dataclass(frozen=True)
class PromoResult:
    """``kept`` and ``removed`` partition the input paragraphs, each in input order."""

    kept: list[str]
    removed: list[str]


def load_patterns(languages: Iterable[str] | None = None) -> list[PromoPattern]:
    """Read ``promo_patterns.json`` from the ``newsflow.data`` package; an invalid entry raises ``ValueError``."""
    raw = json.loads(resources.files("newsflow.data").joinpath("promo_patterns.json").read_text("utf-8"))
    wanted = {lang.lower() for lang in languages} if languages is not None else None
    patterns: list[PromoPattern] = []
    for item in raw:
        scope = item.get("scope")
        if scope not in ("paragraph", "heading"):
            raise ValueError(f"promo pattern {item.get('id')!r}: scope must be paragraph or heading, got {scope!r}")
        try:
            compiled = re.compile(item["pattern"], re.IGNORECASE)
        except (re.error, KeyError, TypeError) as exc:
            raise ValueError(f"promo pattern {item.get('id')!r} is invalid: {exc}") from exc
        if wanted is None or str(item["lang"]).lower() in wanted:
            patterns.append(PromoPattern(id=str(item["id"]), lang=str(item["lang"]), pattern=compiled, scope=scope))
    return patterns


class PromoFilter:
    """Decides which paragraphs of an article are promotion, solicitation or navigation."""

    def __init__(self, patterns: Sequence[PromoPattern] | None = None, languages: Iterable[str] | None = None):
        loaded = list(patterns) if patterns is not None else load_patterns(languages)
        self._paragraph = [(p.id, p.pattern) for p in loaded if p.scope == "paragraph"]
        self._heading = [(p.id, p.pattern) for p in loaded if p.scope == "heading"]

    def filter(self, paragraphs: list[str]) -> PromoResult:
        """Split ``paragraphs`` into kept and removed, preserving order."""
        mask = self.removal_mask(paragraphs)
        return PromoResult(
            kept=[p for p, gone in zip(paragraphs, mask, strict=True) if not gone],
            removed=[p for p, gone in zip(paragraphs, mask, strict=True) if gone],
        )

    def removal_mask(self, paragraphs: Sequence[str]) -> list[bool]:
        """One flag per paragraph: True where it is promo and should be removed."""
        return [reason is not None for reason in self.removal_reasons(paragraphs)]

    def removal_reasons(self, paragraphs: Sequence[str]) -> list[str | None]:
        """One entry per paragraph: None where it is kept, else why it goes (a pattern id from the data file,
        ``link-after:<heading pattern id>`` for a line in the run after a navigation heading, or ``contact-footer``)."""
        norm = [_SPACE.sub(" ", p).strip() for p in paragraphs]
        reasons: list[str | None] = [None] * len(norm)
        i = 0
        while i < len(norm):
            text = norm[i]
            heading = self._heading_id(text)
            if heading is not None:
                reasons[i] = heading
                j = i + 1
                while j < len(norm) and j - i <= _LINK_RUN_MAX and _is_link_line(norm[j]):
                    reasons[j] = f"link-after:{heading}"
                    j += 1
                i = j
                continue
            reasons[i] = next((pattern_id for pattern_id, p in self._paragraph if p.search(text)), None)
            if reasons[i] is None and i >= len(norm) - _CONTACT_TAIL and _is_contact_line(text):
                reasons[i] = "contact-footer"
            i += 1
        return reasons

    def _heading_id(self, text: str) -> str | None:
        if not text or len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS:
            return None
        return next((pattern_id for pattern_id, p in self._heading if p.search(text)), None)


def _is_link_line(text: str) -> bool:
    """A headline-like line: bulleted, or short without sentence punctuation at its end."""
    if not text:
        return False
    if _BULLET.match(text) and len(text) <= 2 * _LINK_LINE_MAX_CHARS:
        return True
    return (
        len(text) <= _LINK_LINE_MAX_CHARS
        and len(text.split()) <= _LINK_LINE_MAX_WORDS
        and not _SENTENCE_END.search(text)
    )


def _is_contact_line(text: str) -> bool:
    if len(text.split()) > _CONTACT_MAX_WORDS or not _CONTACT_CUE.search(text):
        return False
    return bool(_EMAIL.search(text)) or any(sum(ch.isdigit() for ch in m.group(0)) >= 7 for m in _PHONE.finditer(text))
