"""Numbers in news text, normalised to a value and a unit: ``$10million`` -> 10000000 USD.

Recognised, in this order (an earlier kind wins where spans overlap):

* money with a currency sign and an optional scale: ``$10million``, ``£3.5bn``, ``€20``;
* percentages: ``45%``, ``45 per cent``;
* a number (digits or words) with a unit: ``two-and-a-half year``, ``a thousand times``, ``6 months``, with an
  approximator kept in the text (``over a year``);
* bare digits and bare number words from two upwards (``1,200``, ``twelve``); four-digit years are dates, not
  quantities;
* German, French and Spanish, before the English kinds: a decimal comma and dot or space thousands
  (``3,5 Millionen Euro``, ``200.000 Euro``, ``90 000 hectolitres``), ``Prozent``/``pour cent``/``por ciento``/``%``,
  percentage points, scale words (``Mio.``, ``Mrd.``, ``millions d'euros``, ``millones de euros``), number words
  before a unit (``drei Monate``, ``vingt ans``, ``seis meses``, ``einem Jahr``), duration adjectives
  (``48-stündigen``), and approximators before the number (``rund``, ``environ``, ``más de``). A comma before
  exactly three digits still groups thousands the English way (``1,200``).

``Quantity.text`` is always the exact substring of the input.
"""

from __future__ import annotations

import re

from newsflow.contracts import Quantity
from processors.claims.fold import Folded, alternation

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

_MONEY = Folded(rf"([$£€¥])\s?({_DIGITS})(?:\s?({_SCALE}|bn|mn|m|k)\b)?")
_PERCENT = Folded(rf"({_DIGITS}|{_WORD_NUMBER})\s?(%|per cent\b|percent\b)")
_WITH_UNIT = Folded(rf"\b{_APPROX}?(?P<num>{_NUMBER})[\s-](?P<unit>{_UNIT})\b")
_APPROX_A = Folded(rf"\b{_APPROX}(?:a|an)[\s-](?P<unit>{_UNIT})\b")
_BARE = Folded(rf"(?<![\w.,]){_APPROX}?(?P<num>{_DIGITS}(?:\s?{_SCALE})?|{_WORD_NUMBER})(?!\w|[.,]\d)")
# German, French and Spanish. Numbers are written with a decimal comma ("3,5") and a dot, space or narrow space
# between thousands ("200.000", "90 000"); English grouping ("1,200") is kept where a comma precedes three digits.
# Number words count only before a unit ("drei Monate", "vingt ans", "seis meses"), as "a"/"an" do in English.
_INTL_WORDS: dict[str, float] = {
    # de
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1_000,
    # fr
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "cent": 100, "mille": 1_000,
    # es
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "mil": 1_000,
}  # fmt: skip
_INTL_SCALES: dict[str, float] = {
    "tausend": 1_000, "mille": 1_000, "mil": 1_000, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "millions": 1e6, "millones": 1e6, "millón": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
    "milliard": 1e9, "milliards": 1e9, "mil millones": 1e9, "billion": 1e9, "billions": 1e9,
}  # fmt: skip
_INTL_CURRENCIES: dict[str, str] = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "dólares": "USD",
    "us-dollar": "USD", "pfund": "GBP", "franken": "CHF",
}  # fmt: skip
_INTL_PERCENT: dict[str, str] = {
    "%": "percent", "prozent": "percent", "pour cent": "percent", "pourcent": "percent", "por ciento": "percent",
    "percent": "percent", "per cent": "percent", "prozentpunkte": "percentage point",
    "prozentpunkten": "percentage point", "prozentpunkt": "percentage point",
    "points de pourcentage": "percentage point", "point de pourcentage": "percentage point",
    "puntos porcentuales": "percentage point", "punto porcentual": "percentage point",
    "percentage points": "percentage point", "percentage point": "percentage point",
}  # fmt: skip
_INTL_UNITS: dict[str, str] = {
    # de
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year", "monat": "month", "monate": "month",
    "monaten": "month", "monats": "month", "woche": "week", "wochen": "week", "tag": "day", "tage": "day",
    "tagen": "day", "tages": "day", "stunde": "hour", "stunden": "hour", "minute": "minute", "minuten": "minute",
    "jahrzehnte": "decade", "jahrzehnten": "decade", "menschen": "people", "personen": "people",
    "tonnen": "tonne", "kilometer": "km", "kilometern": "km", "hektoliter": "hectolitre",
    "hektolitern": "hectolitre", "mal": "times",
    # fr
    "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month", "semaine": "week",
    "semaines": "week", "jour": "day", "jours": "day", "heure": "hour", "heures": "hour", "minutes": "minute",
    "décennies": "decade", "personnes": "people", "tonnes": "tonne", "kilomètres": "km",
    "hectolitres": "hectolitre", "fois": "times",
    # es
    "año": "year", "años": "year", "mes": "month", "meses": "month", "semana": "week", "semanas": "week",
    "día": "day", "días": "day", "hora": "hour", "horas": "hour", "minuto": "minute", "minutos": "minute",
    "décadas": "decade", "personas": "people", "toneladas": "tonne", "kilómetros": "km",
    "hectolitros": "hectolitre", "veces": "times",
}  # fmt: skip
# "48-stündigen": duration adjectives.
_INTL_ADJECTIVES: dict[str, str] = {
    "stündig": "hour", "tägig": "day", "wöchig": "week", "monatig": "month", "jährig": "year", "minütig": "minute",
}  # fmt: skip
_INTL_APPROX = (
    "rund", "etwa", "ungefähr", "circa", "ca.", "knapp", "fast", "mehr als", "weniger als", "über", "bis zu",
    "mindestens", "environ", "plus de", "moins de", "près de", "presque", "au moins", "jusqu'à", "jusqu’à",
    "alrededor de", "más de", "menos de", "casi", "cerca de", "unos", "unas", "al menos", "hasta",
)  # fmt: skip
_SPACE = "[ \\u00a0\\u202f]"
_INTL_DIGITS = (
    rf"(?:[1-9]\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|[1-9]\d{{0,2}}(?:{_SPACE}\d{{3}})+(?:,\d+)?"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
)
_INTL_NUMBER = rf"(?:(?<![\w.,]){_INTL_DIGITS}|\b{alternation(list(_INTL_WORDS))}\b)"
_INTL_AFTER = (
    rf"(?:(?P<scale>{_SPACE}?{alternation(list(_INTL_SCALES))}(?!\w))?"
    rf"(?:{_SPACE}?(?P<cur>€|(?:(?:de|d['’]){_SPACE}?)?{alternation([c for c in _INTL_CURRENCIES if c != '€'])}\b)"
    rf"|{_SPACE}?(?P<pct>%|{alternation([p for p in _INTL_PERCENT if p != '%'])}\b)"
    rf"|{_SPACE}(?:de{_SPACE})?(?P<unit>{alternation(list(_INTL_UNITS))})\b))"
)
_INTL = Folded(rf"(?P<num>{_INTL_NUMBER}){_INTL_AFTER}")
_INTL_ADJECTIVE = Folded(rf"(?<![\w.,])(?P<num>\d+)-(?P<adj>{alternation(list(_INTL_ADJECTIVES))})\w*")
# Dot-grouped thousands without a unit ("200.000"); English never writes a number so.
_INTL_BARE = Folded(r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\w.,])")
_INTL_APPROX_BEFORE = Folded(rf"(?:^|(?<=\W)){alternation(list(_INTL_APPROX))}{_SPACE}$")
_GROUPED_DOT = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$")
_GROUPED_SPACE = re.compile(rf"^[1-9]\d{{0,2}}(?:{_SPACE}\d{{3}})+(?:,\d+)?$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SPACES = re.compile(_SPACE)
_DIGIT = re.compile(r"\d")
# What each pattern needs before it is worth running: the English ones a digit or an English number word, the
# others a digit or a number word of the other languages before a unit.
_EN_NUMBER_WORD = Folded(
    r"\b"
    + alternation(
        [word for word in _UNITS_WORDS if word not in {"a", "an"}]
        + ["hundred", "thousand", "million", "billion", "trillion"]
    )
)
_INTL_WORD_UNIT = Folded(
    rf"\b{alternation(list(_INTL_WORDS))}\b(?:{_SPACE}?{alternation(list(_INTL_SCALES))}(?!\w))?"
    rf"{_SPACE}(?:de{_SPACE})?{alternation(list(_INTL_UNITS))}\b"
)
# _WITH_UNIT and _APPROX_A need a unit word.
_HAS_UNIT = Folded(rf"[\s-]{_UNIT}\b")
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


def _intl_number(text: str, percent: bool) -> float | None:
    """Value of digits written the German, French or Spanish way, or of a number word of those languages."""
    lower = text.lower()
    if lower in _INTL_WORDS:
        return _INTL_WORDS[lower]
    if _GROUPED_DOT.match(text) and not (percent and text.count(".") == 1):
        return float(text.replace(".", "").replace(",", "."))
    if _GROUPED_SPACE.match(text):
        return float(_SPACES.sub("", text).replace(",", "."))
    if _GROUPED_COMMA.match(text):
        return float(text.replace(",", ""))
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _intl_start(text: str, start: int) -> int:
    """Start of the quantity, moved back over an approximator written before the number ("rund 30 Prozent")."""
    found = _INTL_APPROX_BEFORE.search(text[max(0, start - 16) : start])
    return start - (len(found.group(0)) if found else 0)


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
    has_digit = _DIGIT.search(text) is not None
    english = has_digit or _EN_NUMBER_WORD.search(text) is not None
    other = has_digit or _INTL_WORD_UNIT.search(text) is not None
    has_unit = _HAS_UNIT.search(text) is not None
    if not (english or other or has_unit):
        return []
    lower = text.lower()
    found: list[tuple[int, Quantity]] = []
    taken: list[tuple[int, int]] = []

    def keep(start: int, end: int, value: float | None, unit: str | None) -> None:
        if value is None or not _free(taken, start, end):
            return
        taken.append((start, end))
        found.append((start, Quantity(text=text[start:end], value=value, unit=unit)))

    for match in _MONEY.finditer(text) if has_digit and any(sign in text for sign in _CURRENCIES) else ():
        amount = parse_number(match.group(2))
        scale = _SCALES.get((match.group(3) or "").lower(), 1)
        keep(match.start(), match.end(), None if amount is None else amount * scale, _CURRENCIES[match.group(1)])
    for match in _INTL.finditer(text) if other else ():
        number = match.group("num")
        unit_word = match.group("unit")
        if unit_word is None and not number[0].isdigit():
            continue  # "un euro", "cent pour cent": number words count before units of time and measure only
        value = _intl_number(text[match.start("num") : match.end("num")], match.group("pct") is not None)
        if value is None:
            continue
        scale_word = match.group("scale")
        value *= _INTL_SCALES[scale_word.strip(" \u00a0\u202f")] if scale_word else 1
        if match.group("cur"):
            currency = match.group("cur").split("'")[-1].split("’")[-1].split()[-1]
            unit: str | None = _INTL_CURRENCIES.get(currency)
        elif match.group("pct"):
            unit = _INTL_PERCENT[match.group("pct")]
        else:
            unit = _INTL_UNITS[unit_word]
            if unit == "times" and value == 1 and not number[0].isdigit():
                continue  # "une fois", "un mal": idioms, not counts
        keep(_intl_start(text, match.start()), match.end(), value, unit)
    for match in _INTL_ADJECTIVE.finditer(text) if has_digit and "-" in text else ():
        keep(match.start(), match.end(), float(match.group("num")), _INTL_ADJECTIVES[match.group("adj")])
    for match in _INTL_BARE.finditer(text) if has_digit and "." in text else ():
        keep(_intl_start(text, match.start()), match.end(), _intl_number(match.group(0), False), None)
    for match in (
        _PERCENT.finditer(text) if english and ("%" in text or "per cent" in lower or "percent" in lower) else ()
    ):
        keep(match.start(), match.end(), parse_number(match.group(1)), "percent")
    for match in _WITH_UNIT.finditer(text) if english and has_unit else ():
        keep(match.start(), match.end(), parse_number(match.group("num")), _unit_name(match.group("unit")))
    for match in _APPROX_A.finditer(text) if has_unit else ():
        keep(match.start(), match.end(), 1.0, _unit_name(match.group("unit")))
    for match in _BARE.finditer(text) if english else ():
        number = match.group("num")
        value = parse_number(number)
        if _YEAR.match(number) or (value is not None and value < 2 and not number[0].isdigit()):
            continue
        keep(match.start(), match.end(), value, None)
    found.sort(key=lambda item: item[0])
    return [quantity for _, quantity in found]
