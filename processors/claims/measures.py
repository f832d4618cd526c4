"""Quantities not written as one plain number: ranges, fractions, multiples, single units and compact units.

* ranges: ``between 15 and 20 percent`` -> 15 to 20 percent, ``between 8 and 11 billion tonnes`` -> 8e9 to 11e9
  tonne, ``10 to 15 years``, ``35 to 45 mph``, ``two or three days``, ``between 150 and 200 million euros``, ``3 to 4
  million`` -> 3e6 to 4e6 (both bounds, with the scale and unit written after the upper one; without a unit only
  with a scale word);
* fractions, as a percentage: ``a third`` -> 33.3, ``two-thirds`` -> 66.7, ``half of`` -> 50, ``zur Hälfte``,
  ``la moitié``, ``la mitad``, ``un tiers``, ``ein Drittel``; "a third" counts only where it is not an ordinal
  ("a third time"); a ranked share counts alone: ``the poorest fifth of households`` -> 20;
* multiples: ``twice`` -> 2 times, ``thrice`` -> 3 times, ``zweimal``;
* one unit: ``a fortnight`` -> 2 week, ``a decade`` -> 1 decade, ``an hour`` -> 1 hour, ``the past year`` -> 1 year,
  ``a single week`` -> 1 week;
* units written onto the number: ``40mm``, ``10 km/h``, ``5 MW``, ``30°C``.

:func:`find_measures` returns (start, end, value, unit) spans in order of kind; the caller resolves overlaps.
"""

from __future__ import annotations

import re
from typing import Final

from processors.claims.fold import Folded, alternation
from processors.claims.scan import Scan
from processors.claims.vocabulary import EN_SCALES, EN_UNITS, MULTIPLES

__all__ = ["RANGE", "Measure", "find_measures", "hinted", "range_value"]

Measure = tuple[int, int, float, str | None]

_DIGITS: Final = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM: Final = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)"
_SCALE: Final = r"(?:hundred|thousand|million|billion|trillion|bn|m)"
_COMPACT_UNITS: Final = {
    "mm": "mm", "cm": "cm", "km/h": "km/h", "kph": "km/h", "km": "km", "kg": "kg", "ml": "ml", "mph": "mph",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "mw": "MW", "gw": "GW", "ha": "hectare", "°c": "°C", "°f": "°F",
    "c": "°C", "p": "GBP", "bp": "basis point", "bps": "basis point",
}  # fmt: skip
# The units a range may end with: a percent mark, an English unit word ("10 to 15 years", "14,000 to 15,000 acres")
# or a unit written short ("35 to 45 mph", "20-25°C").
_RANGE_UNITS: Final = {
    "%": "percent", "per cent": "percent", "percent": "percent", **EN_UNITS,
    **{unit: name for unit, name in _COMPACT_UNITS.items() if unit != "p"},  # pence are counted in pounds
    "euros": "EUR", "dollars": "USD",  # "between 150 and 200 million euros" ("pounds" may weigh)
}  # fmt: skip
_RANGE_UNIT: Final = rf"(?:%|°[cf]\b|{alternation([unit for unit in _RANGE_UNITS if unit[0] not in '%°'])}(?![\w/]))"
# A range ends with a unit, or with a scale word alone ("3 to 4 million"); "lowmark" is the first number's own
# percent mark ("4%-5%"), where a change ("from 5% to 7%") ends its first value.
RANGE: Final = Folded(
    rf"(?:between\s+(?P<low>{_DIGITS}|{_WORDNUM})\s*(?:%|per cent|percent)?\s+and\s+"
    rf"|(?P<low2>{_DIGITS})(?P<lowmark>\s*(?:%|per cent|percent))?\s*(?:to|-|–)\s*"
    rf"|(?P<low3>{_DIGITS}|{_WORDNUM})\s+or\s+)"
    rf"(?P<high>{_DIGITS}|{_WORDNUM})(?:\s?(?P<scale>{_SCALE})\b)?(?:\s?(?P<unit>{_RANGE_UNIT}))?"
)
# The scale words that make a range without a unit ("3 to 4 million"; "10-15m" may be metres).
_UNITLESS_SCALES: Final = frozenset({"thousand", "million", "billion", "trillion", "bn"})
_WORD_VALUES: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "a": 1, "an": 1,
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "un": 1, "une": 1, "deux": 2, "trois": 3, "uno": 1,
    "dos": 2, "tres": 3,
}  # fmt: skip
_SCALE_VALUES: Final = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
}  # fmt: skip

# Denominators, and the numerators before them ("two-thirds", "un tiers", "ein Drittel").
_DENOMINATORS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10,
    "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "tercio": 3, "tercios": 3,
}  # fmt: skip
_FRACTION: Final = Folded(
    r"\b(?P<num>an?|one|two|three|four|five|nine|ein|eine|zwei|drei|un|deux|trois|dos)[\s-]"
    r"(?P<den>halves|thirds?|quarters?|fifths?|sixths?|tenths?|drittel|viertel|fünftel|zehntel|tiers|quarts?"
    r"|cinquièmes?|tercios?)$"
)
# A singular fraction after "a"/"one" is an ordinal when a noun follows it ("a third time", "a quarter final").
_FRACTION_FOLLOWERS: Final = frozenset(
    {"of", "since", "in", "on", "by", "from", "to", "over", "within", "after", "before", "between", "and", "or",
     "than", "compared", "last", "this", "next", "the", "more", "less", "higher", "lower", "fewer", "de", "des",
     "der", "aus", "du", "del"}
)  # fmt: skip
# A fraction of a group ranked by some measure ("the poorest fifth of households", "the least regular fifth of the
# group", "the top tenth of earners"): the fraction word alone, as a percentage.
_RANKED: Final = Folded(
    r"\bthe\s+(?:top|bottom|upper|lower|(?:least|most)\s+[a-z]+|[a-z]{2,}est)\s+"
    r"(?P<den>third|quarter|fifth|sixth|tenth)$"
)
_RANKED_BACK: Final = 32
_NOT_RANKS: Final = frozenset({"latest", "best", "interest", "biggest"})
# "the strongest quarter of the year" is a period: a quarter is a share only of those ranked by wealth or place.
_QUARTER_RANKS: Final = frozenset({"top", "bottom", "upper", "lower", "poorest", "richest", "wealthiest"})
_HALF: Final = Folded(
    r"\b(?:(?:by|in|than|almost|nearly|about|around|roughly|over|under|more than|less than|fewer than)\s+half\b"
    r"|(?<!first )(?<!second )(?<!other )(?<!latter )(?<!former )half\s+"
    r"(?=(?:of|the|its|their|his|her|all|our|my|your|these|those)\b))"
    r"|\b(?:zur|die|der|um die|knapp die|gut die|fast die|mehr als die)\s+hälfte\b"
    r"|\b(?:la|de la|à la)\s+moitié\b|\b(?:la|a la)\s+mitad\b"
)
_MULTIPLES: Final = MULTIPLES
# German "einmal" is "once" only after a word limiting the count ("nur einmal", "genau einmal", "erst einmal
# getroffen" before a participle); elsewhere it is a particle ("noch einmal", "nicht einmal", "erst einmal abwarten").
_ONCE_LIMITED: Final = re.compile(r"\b(?:nur|lediglich|genau|bloß|bislang|bisher|mindestens|exakt)\s+$")
_ONCE_FIRST: Final = re.compile(r"\berst\s+$")
_PARTICIPLE_AFTER: Final = re.compile(r"\s+ge\w+(?:t|en)\b(?!\s+(?:werden|haben|sein)\b)")
_ONCE_BACK: Final = 12
# "a quarter-point rise", "a half-point cut": a fraction of a percentage point, written as one adjective.
_POINT_AFTER: Final = re.compile(r"-(?:percentage-)?point\b")
_POINT_FRACTIONS: Final = {"quarter": 0.25, "half": 0.5}
# "three-quarters of an hour" is 45 minutes; "half a mile" is read by _HALF_OF.
_OF_AN_HOUR: Final = re.compile(r"\s+of\s+an\s+hour\b")
# "half an hour", "half a mile", "half a million": half of one unit, or of a scale word.
_HALF_OF: Final = Folded(
    rf"half[\s-]an?[\s-](?P<unit>{alternation([*EN_UNITS, 'hundred', 'thousand', 'million', 'billion', 'trillion'])})"
    r"(?![\w-])"
)
# "an hour and a half", "a year and a half": one unit and a half.
_AND_A_HALF_AFTER: Final = Folded(
    r"\b(?:an?|one)\s+(?P<unit>minute|hour|day|week|month|year|decade|century|mile|kilometre|kilometer)"
    r"\s+and\s+a\s+half$"
)
_AND_A_HALF_BACK: Final = 24
_ONE_UNIT: Final = Folded(
    r"\b(?:an?(?:\s+(?:single|full|whole))?|the\s+(?:past|last|previous|next|coming|first|final))\s+"
    r"(?P<unit>fortnight|decade|century|year|month|week|day|hour|minute)$"
)
_ONE_UNIT_BACK: Final = 20
_FRACTION_BACK: Final = 14
_NEXT_WORD: Final = re.compile(r"\s*([\w-]+)")
_COMPACT: Final = Folded(
    r"(?<![\w.,])(?:(?:up to|about|around|nearly|almost|over|more than|less than|at least)\s)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"\s?(?P<unit>mm|cm|km/h|kph|km|kg|ml|mph|kwh|mwh|gwh|mw|gw|ha|°c|°f|bps|bp|c|p)(?![\w/])"
)
_COMPACT_HINT: Final = re.compile(r"\d\s?(?:mm|cm|km|kg|ml|mph|kph|kwh|mwh|gwh|mw|gw|ha|°|bp)|\d[cp]", re.IGNORECASE)
# Units that count only written onto the number: "41.2C" (a capital C: "4c" is no temperature), "340p" (pence,
# as pounds), "25bp" (basis points).
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_ATTACHED_UNITS: Final = frozenset({"c", "p", "bp", "bps"})


def _number(text: str) -> float | None:
    lower = text.lower()
    if lower in _WORD_VALUES:
        return float(_WORD_VALUES[lower])
    try:
        return float(lower.replace(",", ""))
    except ValueError:
        return None


def range_value(match: re.Match[str]) -> tuple[float, float, str | None] | None:
    """The bounds of a :data:`RANGE` match, the lower one scaled like the upper one where that keeps it lower
    ("3 to 4 million", not "500,000 to 2 million"), and its unit; None without a unit or a scale word ("2-1",
    "between 5 and 7 people")."""
    low = match.group("low") or match.group("low2") or match.group("low3")
    value = None if low is None else _number(low)
    high = _number(match.group("high"))
    if value is None or high is None:
        return None
    scale = match.group("scale")
    unit = match.group("unit")
    if unit is None and (scale is None or scale.lower() not in _UNITLESS_SCALES):
        return None
    if scale:
        high *= _SCALE_VALUES[scale.lower()]
        if value * _SCALE_VALUES[scale.lower()] < high:
            value *= _SCALE_VALUES[scale.lower()]
    return value, high, None if unit is None else _RANGE_UNITS[unit.lower()]


def _whole(lexed: Scan, at: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` (listed phrases starting at ``at``) that ends a word."""
    return next((word for word in words if lexed.word_end(at + len(word))), None)


def _window(pattern: re.Pattern[str], subject: str, start: int, end: int, back: int) -> re.Match[str] | None:
    """The match of ``pattern`` ending at ``end`` that starts at most ``back`` characters before ``start``."""
    match = pattern.search(subject, max(0, start - back), end)
    return match if match is not None and match.end() == end else None


def _once(subject: str, at: int, end: int) -> bool:
    """Whether "einmal" at ``at`` counts one time: after a limiting word, or "erst einmal" before a participle."""
    before = subject[max(0, at - _ONCE_BACK) : at]
    if _ONCE_LIMITED.search(before) is not None:
        return True
    return _ONCE_FIRST.search(before) is not None and _PARTICIPLE_AFTER.match(subject, end) is not None


def _fractions(subject: str, folded: bool, lexed: Scan) -> list[Measure]:
    found: list[Measure] = []
    fraction = _FRACTION.compiled(folded)
    half = _HALF.compiled(folded)
    for at, words in lexed.phrases("fraction"):
        word = _whole(lexed, at, words)
        if word is None:
            continue
        end = at + len(word)
        if word in _POINT_FRACTIONS and subject[end : end + 1] == "-":
            point = _POINT_AFTER.match(subject, end)
            if point is not None:
                found.append((at, point.end(), _POINT_FRACTIONS[word], "percentage point"))
                continue
        match = _window(fraction, subject, at, end, _FRACTION_BACK)
        if match is not None:
            numerator = _WORD_VALUES[match.group("num").lower()]
            denominator_word = match.group("den").lower()
            hour = _OF_AN_HOUR.match(subject, match.end()) if denominator_word in ("quarter", "quarters") else None
            if hour is not None:
                found.append((match.start(), hour.end(), 60.0 * numerator / 4, "minute"))
                continue
            if numerator == 1 and denominator_word.endswith("s") and denominator_word not in ("tiers", "quarts"):
                continue  # "one quarters" is no fraction
            if numerator == 1 and denominator_word in ("third", "quarter", "fifth", "sixth", "tenth"):
                following = _NEXT_WORD.match(subject, match.end())
                if following is not None and following.group(1).lower() not in _FRACTION_FOLLOWERS:
                    continue  # "a third time", "a quarter final"
            value = 100.0 * numerator / _DENOMINATORS[denominator_word]
            found.append((match.start(), match.end(), round(value, 1), "percent"))
            continue
        if word in ("third", "quarter", "fifth", "sixth", "tenth"):
            ranked = _window(_RANKED.compiled(folded), subject, at, end, _RANKED_BACK)
            following = _NEXT_WORD.match(subject, end)
            if (
                ranked is not None
                and following is not None
                and following.group(1) == "of"
                and (rank := subject[ranked.start() + 4 : at].split()[0]) not in _NOT_RANKS
                and (word != "quarter" or rank in _QUARTER_RANKS)
            ):
                found.append((at, end, round(100.0 / _DENOMINATORS[word], 1), "percent"))
            continue
        if word == "half":
            of = _HALF_OF.compiled(folded).match(subject, at)
            if of is not None:
                unit_word = of.group("unit").lower()
                if unit_word in EN_UNITS:
                    found.append((at, of.end(), 0.5, EN_UNITS[unit_word]))
                else:
                    found.append((at, of.end(), 0.5 * EN_SCALES[unit_word], None))
                continue
            after = _window(_AND_A_HALF_AFTER.compiled(folded), subject, at, end, _AND_A_HALF_BACK)
            if after is not None:
                found.append((after.start(), end, 1.5, EN_UNITS[after.group("unit").lower()]))
                continue
        if word in ("half", "hälfte", "moitié", "mitad"):
            halved = half.search(subject, max(0, at - _FRACTION_BACK), min(len(subject), end + _FRACTION_BACK))
            if halved is not None and halved.start() <= at < halved.end():
                stop = halved.end()
                while stop > halved.start() and subject[stop - 1].isspace():
                    stop -= 1
                found.append((halved.start(), stop, 50.0, "percent"))
    return found


def hinted(hint: re.Pattern[str], subject: str, lasts: list[int]) -> bool:
    """``hint.search(subject)`` for a hint opening with a digit and then no digit, so it can only match at the last
    digit of a run: tried at ``lasts``, those digits, only."""
    return any(hint.match(subject, at) is not None for at in lasts)


def find_measures(
    text: str, subject: str, folded: bool, lexed: Scan, starts: list[int], lasts: list[int]
) -> list[Measure]:
    """The measures of ``text`` (``subject`` is its lowercase form when ``folded``); see the module docstring.

    ``lexed`` is the scan of ``text``; ``starts`` are where a number in digits or an approximator starts, ``lasts``
    where each run of digits has its last digit (the only place :data:`_COMPACT_HINT` can match).
    """
    found: list[Measure] = []
    if starts and hinted(_COMPACT_HINT, subject, lasts):
        compact = _COMPACT.compiled(folded)
        end = 0
        for at in starts:
            if at < end:
                continue
            match = compact.match(subject, at)
            if match is not None:
                unit = match.group("unit").lower()
                if unit in _ATTACHED_UNITS and (
                    match.start("unit") != match.end("num") or (unit == "c" and text[match.start("unit")] != "C")
                ):
                    continue
                number = match.group("num")  # "1,200 GWh": a comma before three digits groups thousands
                value = _number(number if _THOUSANDS.match(number) else number.replace(",", "."))
                if value is not None and unit == "p":
                    value /= 100.0  # pence, as pounds
                if value is not None:
                    found.append((match.start(), match.end(), value, _COMPACT_UNITS[unit]))
                    end = match.end()
    if lexed.has("fraction"):
        found.extend(_fractions(subject, folded, lexed))
    for at, words in lexed.phrases("multiple"):
        multiple = _whole(lexed, at, words)
        if multiple == "einmal" and not _once(subject, at, at + len(multiple)):
            continue
        if multiple is not None:
            # "double the rate", "doppelt so stark": the multiple without the word that only joins it to its noun
            shown = multiple[: -len(" the")] if multiple.endswith(" the") else multiple
            found.append((at, at + len(shown), _MULTIPLES[multiple], "times"))
    if lexed.has("time_unit"):
        one_unit = _ONE_UNIT.compiled(folded)
        for at, words in lexed.phrases("time_unit"):
            unit_word = _whole(lexed, at, words)
            match = None if unit_word is None else _window(one_unit, subject, at, at + len(unit_word), _ONE_UNIT_BACK)
            if match is not None:
                unit = match.group("unit").lower()
                value, name = (2.0, "week") if unit == "fortnight" else (1.0, unit)
                found.append((match.start(), match.end(), value, name))
    return found
