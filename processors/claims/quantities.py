"""Numbers in news text, normalised to a value and a unit: ``$10million`` -> 10000000 USD.

Recognised, in this order (an earlier kind wins where spans overlap):

* money with a currency sign and an optional scale: ``$10million``, ``£3.5bn``, ``€20``;
* percentages: ``45%``, ``45 per cent``;
* a number (digits or words) with a unit: ``two-and-a-half year``, ``a thousand times``, ``6 months``, with an
  approximator kept in the text (``over a year``);
* bare digits and bare number words from two upwards (``1,200``, ``twelve``); four-digit years are dates, not
  quantities.

``Quantity.text`` is always the exact substring of the input.
"""

from __future__ import annotations

import re

from newsflow.contracts import Quantity

__all__ = ["find_quantities", "parse_number"]

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000, "k": 1_000}  # fmt: skip
_CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_UNIT_NAMES = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "century": "century", "centurie": "century", "time": "times",
    "mile": "mile", "km": "km", "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m",
    "person": "people", "people": "people", "kg": "kg", "tonne": "tonne", "ton": "tonne",
}  # fmt: skip

_WORDNUM = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozen"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_HALF = r"(?:[\s-]and[\s-]a[\s-]half)"
_WORD_NUMBER = rf"(?:(?:{_WORDNUM}|a|an)(?:[\s-]+{_SCALE})+|(?:{_WORDNUM}){_HALF}?)"
_NUMBER = rf"(?:{_DIGITS}(?:\s?{_SCALE})?|{_WORD_NUMBER})"
_APPROX = r"(?:(?:just |well )?(?:over|under|more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|up to|some) )"  # noqa: E501
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|times|miles?|km"
    r"|kilomet(?:re|er)s?|met(?:re|er)s?|people|persons?|kg|tonnes?|tons?)"
)

_MONEY = re.compile(rf"([$£€¥])\s?({_DIGITS})(?:\s?({_SCALE}|bn|mn|m|k)\b)?", re.IGNORECASE)
_PERCENT = re.compile(rf"({_DIGITS}|{_WORD_NUMBER})\s?(%|per cent\b|percent\b)", re.IGNORECASE)
_WITH_UNIT = re.compile(rf"\b{_APPROX}?(?P<num>{_NUMBER})[\s-](?P<unit>{_UNIT})\b", re.IGNORECASE)
_APPROX_A = re.compile(rf"\b{_APPROX}(?:a|an)[\s-](?P<unit>{_UNIT})\b", re.IGNORECASE)
_BARE = re.compile(
    rf"(?<![\w.,]){_APPROX}?(?P<num>{_DIGITS}(?:\s?{_SCALE})?|{_WORD_NUMBER})(?!\w|[.,]\d)", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_AND_A_HALF = re.compile(r"[\s-]*and[\s-]+a[\s-]+half")
_TOKENS = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits and/or words (``3.5bn``, ``two-and-a-half``), or None."""
    total = 0.0
    current = 0.0
    seen = False
    for token in _TOKENS.findall(_AND_A_HALF.sub(" half", text.lower())):
        if token[0].isdigit():
            current += float(token.replace(",", ""))
            seen = True
        elif token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
            seen = True
        elif token == "half":
            current += 0.5
        elif token in _SCALES:
            scale = _SCALES[token]
            current = (current or 1) * scale
            if scale >= 1_000:
                total += current
                current = 0.0
        elif token in {"and"}:
            continue
        else:
            return None
    if not seen:
        return None
    return total + current


def _unit_name(word: str) -> str:
    lower = word.lower()
    if lower in _UNIT_NAMES:
        return _UNIT_NAMES[lower]
    singular = lower[:-1] if lower.endswith("s") else lower
    return _UNIT_NAMES.get(singular, singular)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= lo or start >= hi for lo, hi in taken)


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` in order of appearance; see the module docstring for what is recognised."""
    found: list[tuple[int, Quantity]] = []
    taken: list[tuple[int, int]] = []

    def keep(start: int, end: int, value: float | None, unit: str | None) -> None:
        if value is None or not _free(taken, start, end):
            return
        taken.append((start, end))
        found.append((start, Quantity(text=text[start:end], value=value, unit=unit)))

    for match in _MONEY.finditer(text):
        amount = parse_number(match.group(2))
        scale = _SCALES.get((match.group(3) or "").lower(), 1)
        keep(match.start(), match.end(), None if amount is None else amount * scale, _CURRENCIES[match.group(1)])
    for match in _PERCENT.finditer(text):
        keep(match.start(), match.end(), parse_number(match.group(1)), "percent")
    for match in _WITH_UNIT.finditer(text):
        keep(match.start(), match.end(), parse_number(match.group("num")), _unit_name(match.group("unit")))
    for match in _APPROX_A.finditer(text):
        keep(match.start(), match.end(), 1.0, _unit_name(match.group("unit")))
    for match in _BARE.finditer(text):
        number = match.group("num")
        value = parse_number(number)
        if _YEAR.match(number) or (value is not None and value < 2 and not number[0].isdigit()):
            continue
        keep(match.start(), match.end(), value, None)
    found.sort(key=lambda item: item[0])
    return [quantity for _, quantity in found]
