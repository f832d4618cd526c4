"""Persons the article introduces, read off a single line: by full name with an age or as a predicate, or by a
quote's signature.

- "Es el caso de Rubén Castaño, de 34 años,", "Sabine Huber, 63,", "Kathleen Foley (89)", "Eine, die das am eigenen
  Leib erfährt, ist Sabine Huber.": a new person the following subjectless cue, pronoun or description refers to.
- "— Tomas Reiner, economist" on a line of its own after a quote paragraph: who spoke the quote.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["introduced_person", "quote_signature"]

# A person the article introduces by a full name (two or three capitalised words, "de", "van" or "von" between):
# with an age in apposition ("Rubén Castaño, de 34 años,", "Sabine Huber, 63,", "Kathleen Foley (89)"), or as the
# predicate closing a sentence ("Eine, die das am eigenen Leib erfährt, ist Sabine Huber.").
_FULL_NAME: Final = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:(?:de|del|van|von|le|la)\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}"
_INTRODUCED_AGED: Final = re.compile(
    rf"(?<!^)(?<![\w'’-])({_FULL_NAME}),\s+(?:de\s+)?\d{{1,3}}(?:\s+(?:ans|años|Jahre))?,|(?<!^)(?<![\w'’-])"
    rf"({_FULL_NAME})\s+\(\d{{1,3}}\)"
)
# The predicate needs a subject standing for a person: "One of them is X", "Eine, die ..., ist X", "Parmi eux, X".
_PREDICATE_OPENERS: Final = (
    "One", "Someone", "Among", "Eine", "Einer", "Jemand", "Unter", "Darunter", "Dazu", "L'une", "L’une", "L'un",
    "L’un", "Celle", "Celui", "Parmi", "Una", "Uno", "Entre",
)  # fmt: skip
_INTRODUCED_PREDICATE: Final = re.compile(
    rf"(?:{'|'.join(_PREDICATE_OPENERS)})\b.*\b(?:ist|is|was|war|est|es|fue|heißt|s'appelle|se llama)\s+"
    rf"({_FULL_NAME})[.!]?\s*$"
)
# Words before a name that make it a place ("in Le Havre (76)", "à Saint Malo, 12,"), not a person.
_PLACE_BEFORE: Final = frozenset(
    {"in", "at", "near", "from", "to", "à", "au", "en", "du", "des", "près", "a", "nach", "bei", "aus", "im"}
)


def introduced_person(sentence: str, digits: bool = True) -> str | None:
    """The full name a sentence introduces a person by, if it does (see :data:`_INTRODUCED_AGED`).

    ``digits`` is False when the caller knows the sentence holds no digit (its scan's): then it gives no age."""
    if digits and ("," in sentence or "(" in sentence):
        aged = _INTRODUCED_AGED.search(sentence)
        if aged is not None:
            before = sentence[: aged.start()].split()
            return None if before and before[-1].lower() in _PLACE_BEFORE else aged.group(1) or aged.group(2)
    if not sentence.startswith(_PREDICATE_OPENERS):
        return None
    predicate = _INTRODUCED_PREDICATE.match(sentence)
    return None if predicate is None else predicate.group(1)


# A quote's signature on a line of its own after it: "— Tomas Reiner, economist" (a pull quote, an analyst's box).
_SIGNATURE: Final = re.compile(r"[—–]\s*([A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})(?:,\s*([^,()@\n]{2,80}))?\s*")


def quote_signature(line: str) -> tuple[str, str | None] | None:
    """The person (name, role) a signature line names ("— Tomas Reiner, economist"), if ``line`` is one."""
    signature = _SIGNATURE.fullmatch(line)
    return None if signature is None else (signature.group(1), signature.group(2))
