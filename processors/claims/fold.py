"""Case-insensitive patterns run on the lowercased text: several times faster than ``re.IGNORECASE``.

A :class:`Folded` pattern is written with lowercase literals. It matches ``text.lower()`` without the flag, so
match offsets are offsets into ``text`` (when lowercasing keeps the length, which it does for all but a few
characters such as "İ"; then the pattern falls back to ``re.IGNORECASE`` on the text itself). Matched groups come
back lowercased: take the text as written from the offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["Folded", "alternation"]

_Trie = dict[str, "_Trie"]


class Folded:
    """A compiled pattern matched case-insensitively through lowercasing."""

    __slots__ = ("_ignore", "_lower", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._lower = re.compile(pattern, flags)
        self._ignore = re.compile(pattern, flags | re.IGNORECASE)

    def compiled(self, folded: bool) -> re.Pattern[str]:
        """The pattern to run on ``text.lower()`` when ``folded`` (lowercasing kept the length), else on ``text``."""
        return self._lower if folded else self._ignore

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        lower = text.lower()
        return (self._lower, lower) if len(lower) == len(text) else (self._ignore, text)

    def search(self, text: str) -> re.Match[str] | None:
        """First match in ``text``."""
        pattern, subject = self._pick(text)
        return pattern.search(subject)

    def match(self, text: str) -> re.Match[str] | None:
        """Match at the start of ``text``."""
        pattern, subject = self._pick(text)
        return pattern.match(subject)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """All non-overlapping matches in ``text``."""
        pattern, subject = self._pick(text)
        return pattern.finditer(subject)


def alternation(phrases: list[str] | tuple[str, ...] | frozenset[str] | set[str]) -> str:
    """A regex matching any of ``phrases`` literally, as a character trie: one branch per distinct next letter.

    It matches what the plain alternation sorted longest first matches (the longest phrase that lets the rest
    of the pattern match), but the engine no longer tries every phrase at every position.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    return "(?:" + render(trie) + ")"
