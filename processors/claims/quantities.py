"""Numbers in news text, normalised to a value and a unit: ``$10million`` -> 10000000 USD.

Recognised, in this order (an earlier kind wins where spans overlap):

* money with a currency sign and an optional scale: ``$10million``, ``£3.5bn``, ``€20``;
* ranges ending with a unit (:mod:`~processors.claims.measures`), ``two or three days`` among them;
* German, French and Spanish, before the English kinds: a decimal comma and dot or space thousands
  (``3,5 Millionen Euro``, ``200.000 Euro``, ``90 000 hectolitres``), ``Prozent``/``pour cent``/``por ciento``/``%``,
  percentage points, scale words (``Mio.``, ``Mrd.``, ``millions d'euros``, ``millones de euros``), number words up
  to 99 and the round hundreds (``drei Monate``, ``vingt-cinq ans``, ``treinta y cinco días``, ``einem Jahr``,
  ``etwa sieben Prozent``), units of time and measure (``1,80 Meter``, ``30 Grad``, ``40 hectares``), ranges and
  changes whose first number takes the scale and unit of the second (``zwischen 150 und 200 Millionen Euro``,
  ``drei, vier Minuten``, ``von 21 Milliarden auf 29 Milliarden Euro``), shares (``jeder Dritte``, ``uno de cada
  tres``), number words from two upwards before a noun (``douze lits``, ``elf Häuser``), duration adjectives
  (``48-stündigen``), thousands grouped without a unit (``200.000``, ``1 300 salariés``) and approximators before
  the number (``rund``, ``environ``, ``más de``). A comma before exactly three digits still groups thousands the
  English way (``1,200``);
* percentages: ``45%``, ``45 per cent``;
* a number (digits or words) with a unit: ``two-and-a-half year``, ``a thousand times``, ``6 months``,
  ``14,300 acres``, ``30 degrees Celsius``, with an approximator kept in the text (``over a year``);
* shares: ``one in three`` -> 33.3 percent, ``2 out of 5``; ages: ``aged 40 to 75`` -> 40 year;
* fractions, multiples, single units and compact units (:mod:`~processors.claims.measures`);
* bare digits and bare number words from two upwards (``1,200``, ``twelve``); four-digit years are dates, not
  quantities.

``Quantity.text`` is always the exact substring of the input. A range gives its low end as ``value`` and its high
end as ``high`` (in the same unit and scale): ``between 150 and 200 million euros``, ``£3m-£4m``, ``$2-5bn``, ``3 to
4 million``, ``35 to 45 mph``, ``4%-5%``, ``two or three days``, ``between six months and a year`` (6 to 12 month),
``20-30 youths``, ``aged 40 to 75``, ``zwischen 150 und 200 Millionen Euro``, ``von 20 bis 30``, ``entre 20 et 30``,
``18 à 24 mois``. A change is two values, not a range: ``from 5% to 7%`` (unless "ranging from"), ``von 21 auf 29
Milliarden``, ``de 12 à 15 %`` and ``de 3 a 5 años`` give two quantities, each with ``high`` None, as do single
numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Final, TypedDict

from newsflow.contracts import Quantity
from processors.claims.chars import has_any
from processors.claims.fold import Folded, alternation
from processors.claims.measures import RANGE, find_measures, hinted, range_value
from processors.claims.scan import ListName, Scan, scan
from processors.claims.vocabulary import (
    AMBIGUOUS_NUMBER_WORDS,
    EN_NUMBER_WORDS,
    EN_SCALES,
    EN_UNITS,
    FRACTION_WORDS,
    INTL_NUMBER_WORDS,
    SHARE_ORDINALS,
)

__all__ = ["QuantityFields", "find_quantities", "is_time_unit_word", "parse_number", "quantity_fields"]

_UNITS_WORDS: Final = EN_NUMBER_WORDS
_SCALES: Final = EN_SCALES
_CURRENCIES: Final = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_WORDNUM: Final = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozen"
)
_SCALE: Final = r"(?:hundred|thousand|million|billion|trillion)"
_DIGITS: Final = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_HALF: Final = r"(?:[\s-]and[\s-]a[\s-]half)"
_WORD_NUMBER: Final = rf"(?:(?:{_WORDNUM}|a|an)(?:[\s-]+{_SCALE})+|(?:{_WORDNUM}){_HALF}?)"
_NUMBER: Final = rf"(?:{_DIGITS}(?:\s?{_SCALE})?|{_WORD_NUMBER})"
_APPROX: Final = r"(?:(?:just |well )?(?:over|under|more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|up to|some) )"  # noqa: E501
_UNIT: Final = alternation(list(EN_UNITS))

_MONEY: Final = Folded(rf"([$£€¥])\s?({_DIGITS})(?:\s?({_SCALE}|bn|mn|m|k)\b)?")
# A range of money, at its first currency sign: "£3m-£4m", "$3-4bn", "$20 to $30", "between $3.1bn and $3.4bn"
# ("and" only after "between"); the first amount takes the scale of the second when it has neither its own scale
# nor its own sign ("$3-4bn").
_MONEY_RANGE: Final = Folded(
    rf"(?P<sign>[$£€¥])\s?(?P<low>{_DIGITS})(?:\s?(?P<lowscale>{_SCALE}|bn|mn|m|k)\b)?"
    rf"\s*(?P<sep>-|–|to\b|and\b|or\b)\s*(?P<sign2>[$£€¥])?\s?(?P<high>{_DIGITS})(?:\s?(?P<scale>{_SCALE}|bn|mn|m|k)\b)?"
    r"(?![\w.,]\d|\w)"
)
# Two numbers with a unit each after "between": "between six months and a year" -> 6 to 12 month, "between 30
# minutes and two hours" -> 30 to 120 minute; the upper bound is converted into the lower one's unit where one is a
# whole multiple of the other (weeks and months are not).
_UNIT_SIZES: Final[dict[str, tuple[int, float]]] = {
    "second": (0, 1), "minute": (0, 60), "hour": (0, 3_600), "day": (0, 86_400), "week": (0, 604_800),
    "month": (1, 1), "year": (1, 12), "decade": (1, 120), "century": (1, 1_200),
    "mm": (2, 1), "cm": (2, 10), "m": (2, 1_000), "km": (2, 1_000_000),
}  # fmt: skip
# A count range without a unit before a plural noun: "20-30 youths", "20 to 30 people" ("2-1 win" is a score,
# "2019-2020 season" a span of years, "0800-123-4567" a telephone number).
_COUNT_RANGE: Final = re.compile(
    r"(?P<low>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]to[ \u00a0])"
    r"(?P<high>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)[ \u00a0](?P<noun>[a-z]+)\b(?![-–]\d)"
)
_IRREGULAR_PLURALS: Final = frozenset(
    {"people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "fish", "mice"}
)
_NOT_PLURALS: Final = frozenset(
    {"is", "was", "has", "as", "this", "its", "his", "hers", "us", "yes", "thus", "plus", "versus", "less", "unless",
     "across", "always", "perhaps", "whereas", "besides", "towards", "afterwards", "lbs",
     # what a score counts or decides ("a 2-1 wins record", "3-5 goals")
     "goals", "points", "runs", "wins", "defeats", "losses", "draws", "victories", "sets", "games"}
)  # fmt: skip
_BETWEEN_UNITS: Final = Folded(
    rf"between\s+(?P<low>{_NUMBER})[\s-](?P<lowunit>{_UNIT})\s+and\s+(?:(?P<high>{_NUMBER})|an?)[\s-](?P<unit>{_UNIT})\b"
)
_PERCENT: Final = Folded(rf"({_DIGITS}|{_WORD_NUMBER})\s?(%|per cent\b|percent\b)")
# An adjective may stand between the number and its unit ("four consecutive months", "two more years").
_UNIT_ADJECTIVE: Final = (
    r"(?:(?:consecutive|straight|successive|full|whole|more|extra|additional|further|long|short|separate)\s+)"
)
_WITH_UNIT: Final = Folded(rf"\b{_APPROX}?(?P<num>{_NUMBER})[\s-]{_UNIT_ADJECTIVE}?(?P<unit>{_UNIT})\b")
# The period or measure a price is paid by ("£1,250 a month", "$15 an hour", "3,5 Millionen Euro pro Jahr", "150
# euros par mois", "10 euros al día"): part of the price, not a quantity of its own.
_PER_UNIT: Final = Folded(
    r"[ \u00a0](?:an?|per|each|pro|je|im|par|al|por)[ \u00a0](?:year|month|week|day|hour|night|head|person|litre"
    r"|liter|gallon|barrel|tonne|share|jahr|monat|woche|tag|stunde|liter|quadratmeter|kilo|an|mois|semaine|jour"
    r"|heure|litre|mètre carré|año|mes|semana|día|hora|litro|metro cuadrado|persona|personne|person)\b"
)
# "one in three", "1 in 10", "two out of every five", "one in a hundred": a share, as a percentage.
_RATIO_WORD: Final = alternation([word for word in _UNITS_WORDS if word not in {"a", "an", "dozen"}])
_RATIO: Final = Folded(
    rf"(?P<num>{_RATIO_WORD}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<den>(?:a\s+)?(?:hundred|thousand|million)|{_RATIO_WORD}|\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w-]|[.,]\d)"
)
# "uno de cada tres", "una de cada cinco": a share, as a percentage ("jeder Dritte" is read from the scan).
_DE_CADA: Final = Folded(r"\b(?P<num>uno|una|dos|tres|cuatro|\d+)\s+de\s+cada\s+(?P<den>[a-z]+|\d+)\b")
_DE_CADA_BACK: Final = 8
# "aged 40 to 75", "aged between 18 and 24", "aged 44": ages in years.
_AGED: Final = Folded(
    r"\baged\s+(?:between\s+(?P<low>\d{1,3})\s+and\s+(?P<high>\d{1,3})|(?P<num>\d{1,3})(?:\s*(?:to|-|–)\s*(?P<to>\d{1,3}))?)"
    r"(?![\w.,-]\w|[.,]\d)"
)
# A duration of years and months: "two years and three months" -> 27 month, "einem Jahr und acht Monaten" -> 20
# month, "un an et huit mois", "dos años y tres meses".
_SMALL_NUMBER_WORDS: Final[dict[str, float]] = {
    word: value
    for word, value in (*EN_NUMBER_WORDS.items(), *INTL_NUMBER_WORDS.items())
    if word.isalpha() and value == int(value) and value <= 60 and word != "dozen"
}
_SMALL_NUMBER: Final = rf"(?:\d{{1,2}}|{alternation(list(_SMALL_NUMBER_WORDS))})"
_YEARS_AND_MONTHS: Final = Folded(
    rf"(?<![\w-])(?P<years>{_SMALL_NUMBER})\s+(?:years?|jahr(?:e|en|es)?|ans?|años?)\s+(?:and|und|et|y)\s+"
    rf"(?P<months>{_SMALL_NUMBER})\s+(?:months?|monat(?:e|en|s)?|mois|mes(?:es)?)(?!\w)"
)
# A height in feet and inches: "5ft 10in" -> 70 inch.
_FEET_INCHES: Final = Folded(
    r"(?<![\w.,])(?P<feet>\d)\s?(?:ft|feet|foot)\s?(?P<inches>\d{1,2})\s?(?:ins?|inches)(?![\w/])"
)
# An age by decade of life: "in his twenties" -> 20 to 29 year, "in her late 30s" -> 37 to 39, "Mitte zwanzig" ->
# 24 to 26 (early, mid and late as the thirds of the decade).
_LIFE_DECADES: Final[dict[str, int]] = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90, "20s": 20, "30s": 30, "40s": 40, "50s": 50, "60s": 60, "70s": 70, "80s": 80,
    "90s": 90, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
_DECADE_THIRDS: Final[dict[str, tuple[int, int]]] = {
    "early": (0, 3), "anfang": (0, 3), "mid": (4, 6), "mitte": (4, 6), "late": (7, 9), "ende": (7, 9)
}  # fmt: skip
_LIFE_DECADE: Final = Folded(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    r"(?P<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b"
    r"|\b(?P<teil>anfang|mitte|ende)\s+(?P<zahl>zwanzig|drei(?:ß|ss)ig|vierzig|fünfzig|sechzig|siebzig|achtzig"
    r"|neunzig)\b"
)
# "from 5% to 7%": the first value of a change, not the low end of a range; "ranging from 5 to 7 years" is a range.
_FROM_BEFORE: Final = re.compile(r"(?<![\w-])(?:(?P<ranging>rang(?:e|es|ed|ing)|anywhere)\s+)?from\s+$")
_FROM_BACK: Final = 24
# "the first hundred", "the next thousand": a round count after an ordinal.
_RANKED_SCALE: Final = Folded(r"\bthe\s+(?:first|last|next|final|other)\s+$")
_RANKED_SCALE_BACK: Final = 16
_UNIT_AFTER: Final = Folded(rf"\s(?P<unit>{_UNIT})\b")
_APPROX_A: Final = Folded(rf"\b{_APPROX}(?:a|an)[\s-](?P<unit>{_UNIT})\b")
# "2.4m households", "3bn people": a scale written short onto the number; "m" only after a decimal ("100m" is a
# distance).
_SHORT_SCALE: Final = r"(?:(?<=\.\d)m|(?<=\.\d\d)m|bn)"
_BARE: Final = Folded(
    rf"(?<![\w.,]){_APPROX}?(?P<num>{_DIGITS}(?:\s?{_SCALE}|{_SHORT_SCALE})?|{_WORD_NUMBER})(?!\w|[.,]\d)"
)
# German, French and Spanish. Numbers are written with a decimal comma ("3,5") and a dot, space or narrow space
# between thousands ("200.000", "90 000"); English grouping ("1,200") is kept where a comma precedes three digits.
# Number words count only before a unit ("drei Monate", "vingt ans", "seis meses"), as "a"/"an" do in English.
_INTL_WORDS: Final = INTL_NUMBER_WORDS
_INTL_SCALES: Final[dict[str, float]] = {
    "tausend": 1_000, "mille": 1_000, "mil": 1_000, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "millions": 1e6, "millones": 1e6, "millón": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
    "milliard": 1e9, "milliards": 1e9, "mil millones": 1e9, "billion": 1e9, "billions": 1e9,
}  # fmt: skip
_INTL_CURRENCIES: Final[dict[str, str]] = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "dólares": "USD",
    "us-dollar": "USD", "pfund": "GBP", "franken": "CHF", "cent": "EUR", "centimes": "EUR", "céntimos": "EUR",
}  # fmt: skip
# Hundredths of a currency: "12 Cent", "15 centimes", "20 céntimos".
_CENTS: Final = frozenset({"cent", "centimes", "céntimos"})
_INTL_PERCENT: Final[dict[str, str]] = {
    "%": "percent", "prozent": "percent", "pour cent": "percent", "pourcent": "percent", "por ciento": "percent",
    "percent": "percent", "per cent": "percent", "prozentpunkte": "percentage point",
    "prozentpunkten": "percentage point", "prozentpunkt": "percentage point",
    "points de pourcentage": "percentage point", "point de pourcentage": "percentage point",
    "puntos porcentuales": "percentage point", "punto porcentual": "percentage point",
    "percentage points": "percentage point", "percentage point": "percentage point",
    # French "0,2 point" after a decimal number; Spanish "dos décimas" (tenths of a point); basis points
    "point": "percentage point", "points": "percentage point", "décima": "percentage point",
    "décimas": "percentage point", "basispunkte": "basis point", "basispunkten": "basis point",
    "point de base": "basis point", "points de base": "basis point", "punto básico": "basis point",
    "puntos básicos": "basis point",
}  # fmt: skip
_INTL_UNITS: Final[dict[str, str]] = {
    # de
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year", "monat": "month", "monate": "month",
    "monaten": "month", "monats": "month", "woche": "week", "wochen": "week", "tag": "day", "tage": "day",
    "tagen": "day", "tages": "day", "stunde": "hour", "stunden": "hour", "minute": "minute", "minuten": "minute",
    "jahrzehnte": "decade", "jahrzehnten": "decade",
    "tonnen": "tonne", "kilometer": "km", "kilometern": "km", "hektoliter": "hectolitre",
    "hektolitern": "hectolitre", "mal": "times", "sekunden": "second", "meter": "m", "metern": "m",
    "zentimeter": "cm", "millimeter": "mm", "kilo": "kg", "kilogramm": "kg", "liter": "litre", "litern": "litre",
    "hektar": "hectare", "quadratmeter": "m²", "quadratmetern": "m²", "quadratkilometer": "km²", "grad": "°C",
    "grad celsius": "°C", "jahrhundert": "century", "jahrhunderte": "century", "jahrhunderten": "century",
    # points of a table or an index ("neun Punkte aus zwölf Spielen"); the singular "Punkt" is also a point made
    "punkte": "point", "punkten": "point",
    # teaching or working hours a week ("20 Wochenstunden"): hours
    "wochenstunden": "hour", "wochenstunde": "hour",
    # fr
    "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month", "semaine": "week",
    "semaines": "week", "jour": "day", "jours": "day", "heure": "hour", "heures": "hour", "minutes": "minute",
    "décennies": "decade", "tonnes": "tonne", "kilomètres": "km",
    "hectolitres": "hectolitre", "fois": "times", "secondes": "second", "mètres": "m", "centimètres": "cm",
    "millimètres": "mm", "kilos": "kg", "kilogrammes": "kg", "litres": "litre", "hectares": "hectare",
    "mètres carrés": "m²", "kilomètres carrés": "km²", "degré": "°C", "degrés": "°C", "degrés celsius": "°C",
    "siècle": "century", "siècles": "century", "journée": "day", "journées": "day",
    # es
    "año": "year", "años": "year", "mes": "month", "meses": "month", "semana": "week", "semanas": "week",
    "día": "day", "días": "day", "hora": "hour", "horas": "hour", "minuto": "minute", "minutos": "minute",
    "décadas": "decade", "toneladas": "tonne", "kilómetros": "km",
    "hectolitros": "hectolitre", "veces": "times", "segundos": "second", "metros": "m", "centímetros": "cm",
    "milímetros": "mm", "kilogramos": "kg", "litros": "litre", "hectáreas": "hectare", "metros cuadrados": "m²",
    "kilómetros cuadrados": "km²", "grado": "°C", "grados": "°C", "grados centígrados": "°C",
    "grados celsius": "°C", "siglo": "century", "siglos": "century",
    # power and energy ("50 Megawatt", "300 mégawatts", "200 megavatios", "4 Gigawattstunden")
    "megawatt": "MW", "mégawatt": "MW", "mégawatts": "MW", "megavatios": "MW", "gigawatt": "GW", "gigawatts": "GW",
    "gigavatios": "GW", "kilowatt": "kW", "kilowattstunden": "kWh", "kilowattheures": "kWh",
    "megawattstunden": "MWh", "mégawattheures": "MWh", "gigawattstunden": "GWh", "gigawattheures": "GWh",
}  # fmt: skip
_TIME_UNITS_EN: Final = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})


def is_time_unit_word(word: str) -> bool:
    """A German noun for a span of time ("Monaten", "Jahre", "Wochen"), in any case."""
    return _INTL_UNITS.get(word.lower()) in _TIME_UNITS_EN

# "48-stündigen": duration adjectives.
_INTL_ADJECTIVES: Final[dict[str, str]] = {
    "stündig": "hour", "tägig": "day", "wöchig": "week", "monatig": "month", "jährig": "year", "minütig": "minute",
    "jahres": "year",
}  # fmt: skip
_INTL_APPROX: Final = (
    "rund", "etwa", "ungefähr", "circa", "ca.", "knapp", "fast", "mehr als", "weniger als", "über", "bis zu",
    "mindestens", "environ", "plus de", "moins de", "près de", "presque", "au moins", "jusqu'à", "jusqu’à",
    "alrededor de", "más de", "menos de", "casi", "cerca de", "unos", "unas", "al menos", "hasta",
    "gut", "beinahe", "nahezu", "quelque", "autour de", "en torno a", "por lo menos",
)  # fmt: skip
_SPACE: Final = "[ \\u00a0\\u202f]"
_INTL_DIGITS: Final = (
    rf"(?:[1-9]\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|[1-9]\d{{0,2}}(?:{_SPACE}\d{{3}})+(?:,\d+)?"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
)
_INTL_NUMBER: Final = rf"(?:(?<![\w.,]){_INTL_DIGITS}|\b{alternation(list(_INTL_WORDS))}\b)"
_INTL_AFTER: Final = (
    rf"(?:(?P<scale>{_SPACE}?{alternation(list(_INTL_SCALES))}(?!\w))?"
    rf"(?:{_SPACE}?(?P<cur>€|(?:(?:de|d['’]){_SPACE}?)?{alternation([c for c in _INTL_CURRENCIES if c != '€'])}\b)"
    rf"|{_SPACE}?(?P<pct>%|{alternation([p for p in _INTL_PERCENT if p != '%'])}\b)"
    rf"|{_SPACE}(?:de{_SPACE})?(?P<unit>{alternation(list(_INTL_UNITS))})\b))"
)
_INTL: Final = Folded(rf"(?P<num>{_INTL_NUMBER}){_INTL_AFTER}")
# Two numbers sharing what follows the second: a range ("zwischen 150 und 200 Millionen Euro", "drei bis vier
# Tage", "3-4 Minuten", "drei, vier Minuten", "deux ou trois jours", "entre 10 y 15 euros") or a change ("von 21
# Milliarden auf knapp 29 Milliarden Euro", "de 12 à 15 %", "de 3 a 5 años"): the first number borrows the scale,
# currency, percent mark or unit of the second.
_INTL_PAIR: Final = Folded(
    rf"(?P<low>{_INTL_NUMBER})(?P<lowscale>{_SPACE}?{alternation(list(_INTL_SCALES))}(?!\w))?"
    rf"(?P<sep>{_SPACE}?[-–]{_SPACE}?|,{_SPACE}|{_SPACE}(?:bis|und|auf|à|a|y|et|oder|ou|o){_SPACE})"
    rf"(?:{alternation(list(_INTL_APPROX))}{_SPACE})?(?P<num>{_INTL_NUMBER}){_INTL_AFTER}"
)
# The word that opens a range or a change, right before its first number.
_PAIR_LEAD: Final = Folded(rf"(?:^|(?<=\W))(?P<lead>zwischen|entre|von|de|desde){_SPACE}$")
_RANGE_SEPARATORS: Final = frozenset({"-", "–", ",", "bis", "und", "et", "y", "oder", "ou", "o", "à", "a"})
_CHANGE_LEADS: Final[dict[str, str]] = {"auf": "von", "à": "de", "a": "de"}
_BETWEEN_LEADS: Final = frozenset({"zwischen", "entre"})
# A number word of these languages counts alone before a noun ("douze lits", "elf Einfamilienhäuser",
# "tres personas"): a word of three letters or more that is no function word.
_NOUN_AFTER: Final = re.compile(r"[ \u00a0]([^\W\d_]{3,})")
# Months around the day of a date: English ones capitalised ("May 14", "14 May"; "may" is a modal), the others
# in any case ("14. November", "12 mars", "5 de mayo").
_EN_MONTHS: Final = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_OTHER_MONTHS: Final = (
    r"(?i:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier"
    r"|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_MONTH_AFTER: Final = re.compile(
    rf"(?:\.|st|nd|rd|th)?[ \u00a0]+(?:(?:of|de)[ \u00a0]+)?(?:{_EN_MONTHS}|{_OTHER_MONTHS})(?!\w)"
)
_MONTH_BEFORE: Final = re.compile(rf"(?<!\w)(?:{_EN_MONTHS})[ \u00a0]+$")
_MONTH_BACK: Final = 11
# A change or a span between two numbers: "von sieben auf vier", "zwischen drei und fünf", "de deux à trois".
_CHANGE_FROM: Final = re.compile(r"\b(?:von|zwischen|de|entre)[ \u00a0]$")
_CHANGE_LINKS: Final = frozenset({"auf", "und", "bis"})
_CHANGE_BACK: Final = 9
# ... and its second number: "von sieben auf vier", "zwischen drei und fünf".
_CHANGE_TO: Final = re.compile(r"\b(?:von|zwischen)[ \u00a0][^\W\d_]{3,}[ \u00a0](?:auf|und|bis)[ \u00a0]$")
_CHANGE_TO_BACK: Final = 30
_NOT_NOUNS: Final = frozenset(
    {"und", "oder", "der", "die", "das", "den", "dem", "des", "von", "mit", "bei", "aus", "auf", "nach", "bis",
     "als", "wie", "ist", "sind", "war", "hat", "mehr", "les", "une", "que", "qui", "sur", "par", "pour",
     "dans", "avec", "sans", "entre", "est", "sont", "ont", "plus", "moins", "los", "las", "del", "por", "para",
     "con", "son", "más", "menos", "the", "and", "for", "was", "are", "were", "uhr"}
    | FRACTION_WORDS
)  # fmt: skip
# Words before a number word of another language that show it is English ("the elf", "the dos and don'ts").
_ENGLISH_BEFORE: Final = re.compile(r"\b(?:the|an|this|his|her|their|its)[ \u00a0]$")
# What a number in digits needs after it for _INTL to match: a scale, a currency, a percentage or a unit word.
_INTL_HINT: Final = Folded(
    rf"\d{_SPACE}?(?:{alternation(list(_INTL_SCALES))}{_SPACE}?)?(?:(?:de|d['’]){_SPACE}?)?"
    rf"(?:€|%|{alternation([*_INTL_CURRENCIES, *_INTL_PERCENT, *_INTL_UNITS])})"
)
_INTL_ADJECTIVE: Final = Folded(rf"(?<![\w.,])(?P<num>\d+)-(?P<adj>{alternation(list(_INTL_ADJECTIVES))})\w*")
# Thousands grouped by dots or spaces without a unit ("200.000", "1 300 salariés"); English never writes a number so.
_INTL_BARE: Final = Folded(
    rf"(?<![\w.,])[1-9]\d{{0,2}}(?:(?:\.\d{{3}})+|(?:{_SPACE}\d{{3}})+)(?:,\d+)?(?!\w|[.,]\d|{_SPACE}\d)"
)
# The last word of each approximator: the quick test before looking for one.
_APPROX_LAST_WORDS: Final = frozenset(approximator.split()[-1] for approximator in _INTL_APPROX)
_INTL_APPROX_BEFORE: Final = Folded(rf"(?:^|(?<=\W)){alternation(list(_INTL_APPROX))}{_SPACE}$")
_DECIMAL_COMMA: Final = re.compile(r",\d{1,2}$")
# Angles that news writes as turns ("um 180 Grad gedreht", "un virage à 180 degrés"), not temperatures.
_TURNS: Final = frozenset({90.0, 180.0, 360.0})
# A temperature below zero: "minus 12 Grad", "moins 5 degrés", "menos 3 grados"; "zehn Grad unter null", "cinco
# grados bajo cero".
_MINUS_BEFORE: Final = Folded(r"(?:^|(?<=\W))(?:minus|moins|menos)[ \u00a0]$")
_BELOW_ZERO: Final = Folded(r"[ \u00a0](?:unter null|bajo cero|sous zéro|au-dessous de zéro)\b")
# A number with a scale word and no unit ("15 Millionen", "2,7 millones de desempleados", "1,5 million de
# personnes"): the count it scales. English "million" is read by the English patterns.
_INTL_SCALED_WORDS: Final[dict[str, float]] = {
    scale: value for scale, value in _INTL_SCALES.items() if scale not in ("million", "billion", "billions", "mille")
}
_INTL_SCALED: Final = Folded(
    rf"(?P<num>{_INTL_DIGITS}){_SPACE}?(?P<scale>{alternation(list(_INTL_SCALED_WORDS))}"
    rf"|million(?={_SPACE}d(?:e{_SPACE}|['’])))(?!\w)"
)
_INTL_SCALED_HINT: Final = Folded(rf"\d{_SPACE}?(?:{alternation([*_INTL_SCALED_WORDS, 'million'])})")


def _has_scale_word(lowered: str) -> bool:
    """The literal gate before the scaled-number pattern, on lower-case text (the text itself may not lower-case
    in place: "İ ... 30 Millionen")."""
    return "mil" in lowered or "mio" in lowered or "mrd" in lowered or "tausend" in lowered


# German compounds of a number word and a duration ("Elfjähriger", "ein Fünfjahresvertrag", "die dreitägige
# Messe", "zweistündigen"), and their stems, one of which the text must hold first.
_DE_NUMBER_WORDS: Final[dict[str, float]] = {
    word: value
    for word, value in INTL_NUMBER_WORDS.items()
    if word.isalpha() and (word.endswith(("zig", "ßig", "zehn", "hundert", "einhalb", "tausend")) or word in (
        "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "anderthalb"))
}  # fmt: skip
_DE_DURATIONS: Final[dict[str, str]] = {
    "jährig": "year", "jahres": "year", "tägig": "day", "stündig": "hour", "wöchig": "week", "monatig": "month",
    "monats": "month", "minütig": "minute",
}  # fmt: skip
_DE_COMPOUND: Final = Folded(
    rf"(?<![\w-])(?P<num>{alternation(list(_DE_NUMBER_WORDS))})(?P<stem>{alternation(list(_DE_DURATIONS))})\w*"
)
# Half a unit ("eine halbe Stunde", "ein halbes Jahr", "une demi-heure", "media hora", "medio año"), and a unit and
# a half ("une heure et demie", "deux ans et demi", "año y medio", "dos horas y media").
_INTL_UNIT: Final = alternation(list(_INTL_UNITS))
_HALF_UNIT: Final = Folded(rf"(?:halbe[nrs]?{_SPACE}|demi-|medi[ao]{_SPACE})(?P<unit>{_INTL_UNIT})(?!\w)")
_UNIT_AND_HALF: Final = Folded(rf"(?:(?P<num>{_INTL_NUMBER}){_SPACE})?(?<![\w-])(?P<unit>{_INTL_UNIT}){_SPACE}$")
_HALF_ARTICLE: Final = Folded(rf"(?:^|(?<=\W))(?:eine|ein|einer|einem|einen|eines|une|un){_SPACE}$")
_UNIT_AND_HALF_BACK: Final = 40
# "un Français sur trois", "une entreprise sur cinq", "8 sur 10": a share, as a percentage.
_SUR: Final = Folded(
    rf"(?<![\w-])(?P<num>un|une|deux|trois|quatre|cinq|\d+)(?:{_SPACE}[^\W\d_]+(?:[-'’][^\W\d_]+)?)?{_SPACE}sur"
    rf"{_SPACE}(?P<den>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\d+)(?![\w-]|[,.]\d)"
    rf"(?!{_SPACE}(?:{_INTL_UNIT})(?!\w))"
)
# Money written with an ISO currency code before the amount ("USD 40m", "EUR 2.5 billion", "CHF 300"), looked for
# only when a code stands in the text.
_CODES: Final = ("USD", "EUR", "GBP", "CHF", "JPY")
_CODE_MONEY: Final = re.compile(
    rf"\b(?P<code>{'|'.join(_CODES)})[ \u00a0]?(?P<num>{_DIGITS})"
    rf"(?:[ \u00a0]?(?P<scale>{_SCALE}|bn|mn|m|k)\b)?(?![\w.,]\d)"
)
# Kenyan shillings as the Kenyan press writes them, the abbreviation before the amount ("Sh7", "Sh190 billion",
# "KSh4,900", "Sh300bn").
_SHILLINGS: Final = re.compile(
    rf"(?<![\w-])K?Sh[ \u00a0]?(?P<num>{_DIGITS})(?:[ \u00a0]?(?P<scale>{_SCALE}|bn|mn|m|k)\b)?(?![\w.,]\d)"
)
# The euro sign before a number written the German, French or Spanish way ("€1,2 Mrd.", "€ 3.500", "€2,5
# Millionen"): a decimal comma or dot-grouped thousands, which the English money pattern would cut short.
_EURO_SIGN: Final = re.compile(
    r"€[ \u00a0]?(?P<num>[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d.,]\d)"
    r"(?:[ \u00a0](?P<scale>Mrd\.|Mio\.|Mrd|Mio|Milliarden|Millionen|Milliarde|Million)(?!\w))?"
)
# A range of two counts without a unit: "between 20 and 30", "zwischen 20 und 30", "entre 20 et 30", "entre 20 y
# 30" (with a unit, the range kinds above read it first).
# German "von 20 bis 30" too. Years ("between 2010 and 2020") are dates and hours of the clock ("zwischen 8 und 10
# Uhr") are times, not counts.
_BARE_BETWEEN: Final = re.compile(
    r"\b(?:(?:[Bb]etween|[Zz]wischen|[Ee]ntre)[ \u00a0](?P<low>\d+(?:[.,]\d+)?)[ \u00a0](?:and|und|et|y)"
    r"|[Vv]on[ \u00a0](?P<from>\d+(?:[.,]\d+)?)[ \u00a0]bis)[ \u00a0]"
    r"(?P<high>\d+(?:[.,]\d+)?)(?![\w.,]\d|[ \u00a0]?%|\w|[ \u00a0]?(?:Uhr|uhr|[ap]\.?m\b|o['’]clock|h\b))"
)
# A collective numeral of a round count ("a dozen", "une dizaine de", "una docena de", "ein Dutzend"): the count,
# though the plurals ("dozens of", "des dizaines de", "Dutzende") are no number at all.
_COLLECTIVES: Final[dict[str, float]] = {
    "dozen": 12, "dutzend": 12, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "centaine": 100, "millier": 1_000, "decena": 10, "docena": 12,
    "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1_000,
}  # fmt: skip
_COLLECTIVE: Final = re.compile(
    r"(?<![\w-])(?:[Hh]alf[ \u00a0]a|[Aa]|[Ee]in|[Uu]ne?|[Uu]na)[ \u00a0](?P<word>dozen|Dutzend|dizaine|douzaine"
    r"|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|millier|decena|docena|veintena|treintena"
    r"|centenar|millar)(?=[ \u00a0](?:de[ \u00a0]|d['’]|\w))"
)
# Collective number nouns ("a dozen", "une vingtaine", "una decena"): a substring test each (cheaper than a pattern
# of the alternatives, which the engine tries at every position opening with one of their first letters).
_COLLECTIVE_HINTS: Final = (
    "dozen", "dutzend", "aine", "millier", "decena", "docena", "veintena", "treintena", "centenar", "millar",
)  # fmt: skip


_GROUPED_DOT: Final = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$")
_GROUPED_SPACE: Final = re.compile(rf"^[1-9]\d{{0,2}}(?:{_SPACE}\d{{3}})+(?:,\d+)?$")
_GROUPED_COMMA: Final = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SPACES: Final = re.compile(_SPACE)
# What each pattern needs before it is worth running: the English ones a digit or an English number word, the
# others a digit or a number word of the other languages before a unit.
_INTL_WORD_UNIT: Final = Folded(
    rf"\b{alternation(list(_INTL_WORDS))}\b(?:{_SPACE}?{alternation(list(_INTL_SCALES))}(?!\w))?"
    rf"(?:{_SPACE}(?:de{_SPACE})?{alternation(list(_INTL_UNITS))}\b"
    rf"|{_SPACE}?(?:%|{alternation([p for p in _INTL_PERCENT if p != '%'])}\b))"
)
# Grouped thousands ("200.000", "1 300") need a digit, a dot or a space and three digits.
_GROUP: Final = re.compile(rf"\d(?:\.|{_SPACE})\d\d\d(?!\d)")
# A range needs a digit followed by "to", a hyphen or a dash ("10 to 15 years", "4%-5%").
_RANGE_HINT: Final = re.compile(r"\d\s*(?:%|per ?cent)?\s*(?:to\b|-|–)")
# Measures without a digit need a word of one of these lists ("a third", "twice", "a fortnight", "zur Hälfte").
_MEASURE_LISTS: Final[tuple[ListName, ...]] = ("fraction", "multiple", "time_unit", "share", "half")
# Any of these lists, or a digit, is needed for a quantity.
_NUMBER_LISTS: Final[frozenset[str]] = frozenset(
    ("number_en", "number_intl", "unit_en", "approximator", *_MEASURE_LISTS)
)
# Runs of digits. A number written in digits starts at one that follows no word character, full stop or comma
# ("1,200" but not its "200"). The hints below open with a digit followed by something else than a digit, so they
# can only match at the last digit of a run: they are tried there, not searched for through the whole text.
_DIGIT_RUN: Final = re.compile(r"\d+")
# "48-stündigen": a digit, a hyphen and the first letter of a duration adjective.
_DIGIT_HYPHEN: Final = re.compile(r"\d-[stwmjSTWMJ]")
# "a"/"an" right before a scale word ("a thousand", "an eighty-million"): a bare number may start there.
_ARTICLE_BEFORE: Final = re.compile(r"\ban?[\s-]+$")
# The marks that end a percentage (_PERCENT ends with one).
_PERCENT_MARK: Final = Folded(r"%|per cent\b|percent\b")
# How far before a unit word or a percent mark its number may start ("just approximately twenty-five thousand years").
_UNIT_WINDOW: Final = 100
# Four-digit years from 1800 to 2099 are dates, not quantities: their first two digits.
_YEAR_CENTURIES: Final = frozenset({"18", "19", "20"})
_JOINERS: Final = "-–:"
_AND_A_HALF: Final = re.compile(r"[\s-]*and[\s-]+a[\s-]+half")
_TOKENS: Final = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?")


def _is_year(number: str) -> bool:
    """A year from 1800 to 2099 written in four digits (``^(?:1[89]|20)\\d\\d$``), not a quantity."""
    return len(number) == 4 and number[:2] in _YEAR_CENTURIES and number[2:].isdecimal()


def parse_number(text: str) -> float | None:
    """Value of a number written in digits and/or words (``3.5bn``, ``two-and-a-half``), or None."""
    if text.isascii() and text.isdecimal():
        return float(text)  # plain digits, the common case: what the token loop below would make of them
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
    if start == 0 or not text[start - 1].isspace():
        return start
    found = _INTL_APPROX_BEFORE.search(text[max(0, start - 16) : start])
    return start - (len(found.group(0)) if found else 0)


def _has_duration_stem(lower: str) -> bool:
    """Whether the text may hold a German duration compound ("Fünfjahresvertrag", "dreitägig"): a cheap test."""
    return "jähr" in lower or "jahres" in lower or "tägig" in lower or "stündig" in lower or "monat" in lower


def _rate_end(subject: str, folded: bool, end: int) -> int:
    """The end of a quantity at ``end`` with the period or measure it is counted by ("a month", "pro Jahr")."""
    if end >= len(subject) or subject[end] not in " \u00a0":
        return end
    rate = _PER_UNIT.compiled(folded).match(subject, end)
    return end if rate is None else rate.end()


def _unit_name(word: str) -> str:
    lower = word.lower()
    return EN_UNITS.get(lower, lower)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= lo or start >= hi for lo, hi in taken)


def _unit_spans(lexed: Scan) -> list[tuple[int, int]]:
    """``[\\s-]{_UNIT}\\b``: English unit words after a space or a hyphen, as (start, end)."""
    text = lexed.text
    spans: list[tuple[int, int]] = []
    for at, units in lexed.phrases("unit_en"):
        if at > 0 and (text[at - 1].isspace() or text[at - 1] == "-"):
            for unit in units:
                if lexed.word_end(at + len(unit)):
                    spans.append((at, at + len(unit)))
                    break
    return spans


def _in_score(text: str, start: int, end: int) -> bool:
    """A number joined by a dash or a colon to another ("2-1", "1-0", "3:1", "10:30"): a score, a span without a
    unit or a time of day."""
    after = end + 1 < len(text) and text[end] in _JOINERS and text[end + 1].isdigit()
    return after or (start >= 2 and text[start - 1] in _JOINERS and text[start - 2].isdigit())


def _scaled(value: float, scale: float) -> float:
    """``value * scale`` without the binary fraction's noise ("8,2 Milliarden" -> 8200000000, not 8199999999.99)."""
    return float(f"{value * scale:.12g}")


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _anchored(pattern: re.Pattern[str], subject: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(subject)`` yields when a match can only start at one of ``starts``."""
    end = 0
    for at in sorted(set(starts)):
        if at < end:
            continue
        match = pattern.match(subject, at)
        if match is not None:
            end = max(match.end(), at + 1)
            yield match


def _ending_at(
    pattern: re.Pattern[str], subject: str, units: list[tuple[int, int]], starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(subject)`` yields for a pattern whose matches end with one of ``units``.

    ``units`` are the spans of the words (or marks) that end every match, in order. Each is searched for in a
    window reaching back :data:`_UNIT_WINDOW` characters, which holds any number written before it. ``starts``,
    when given, holds (sorted) every position where a match may start: the window is then tried there only, in
    order, which finds the match a search of the window would find.
    """
    end = 0
    for start, stop in units:
        if start < end:
            continue
        low = max(end, start - _UNIT_WINDOW)
        if starts is None:
            match = pattern.search(subject, low, stop)
        else:
            match = None
            for at in starts[bisect_left(starts, low) :]:
                if at >= stop:
                    break
                match = pattern.match(subject, at, stop)
                if match is not None:
                    break
        if match is not None:
            end = match.end()
            yield match


def _unit_number_starts(lexed: Scan, runs: list[int]) -> list[int] | None:
    """Every position where :data:`_WITH_UNIT` may match, sorted, or None when that is not known.

    A match opens at a word start with an approximator, a number word or a digit (``runs``: where runs of digits
    start). Not known when the text was not lowercased, or holds a scale word, as "a" may then open the number
    ("a million years").
    """
    if not lexed.folded:
        return None
    starts = list(runs)
    for at, words in lexed.phrases("number_en"):
        if any(word in _SCALES for word in words):
            return None
        starts.append(at)
    starts.extend(at for at, _ in lexed.phrases("approximator"))
    return sorted(set(starts))


def _bare_starts(lexed: Scan, digits: list[int]) -> list[int]:
    """Where a bare number may start: a digit, a number word, an approximator, or "a"/"an" before a scale word."""
    starts = list(digits)
    for at, words in lexed.phrases("number_en"):
        starts.append(at)
        if words[-1] in _SCALES:
            article = _ARTICLE_BEFORE.search(lexed.lower, max(0, at - 12), at)
            if article is not None:
                starts.append(article.start())
    starts.extend(at for at, _ in lexed.phrases("approximator"))
    return starts


def _intl_word_unit(lexed: Scan) -> bool:
    """A German, French or Spanish number word from two upwards, or one before a unit ("ein Jahr")."""
    pattern = _INTL_WORD_UNIT.compiled(lexed.folded)
    subject = lexed.lower
    for at, words in lexed.phrases("number_intl"):
        if words[-1] not in AMBIGUOUS_NUMBER_WORDS and _INTL_WORDS[words[-1]] >= 2:
            return True
        if pattern.match(subject, at) is not None:
            return True
    return False


def _share(numerator: str, denominator: str) -> float | None:
    """ "one in three" -> 33.3 (percent), or None when the first number is not the smaller or the second is a year
    ("12 in 1976")."""
    if _is_year(denominator):
        return None
    part = parse_number(numerator)
    whole = parse_number(denominator)
    if part is None or whole is None or not 0 < part < whole:
        return None
    return float(f"{100.0 * part / whole:.3g}")


def _intl_share(lexed: Scan, at: int, phrase: str) -> tuple[int, int, float] | None:
    """A share at a "share" phrase of the scan, as (start, end, percentage): "jeder Dritte" -> 33.3, "dos de cada
    cinco" -> 40."""
    end = at + len(phrase)
    if phrase != "de cada":
        if not lexed.word_end(end) or lexed.text[end : end + 1] == "-":
            return None  # "jede Dritte-Welt-Initiative"
        return at, end, float(f"{100.0 / SHARE_ORDINALS[phrase.split()[1]]:.3g}")
    match = _DE_CADA.compiled(lexed.folded).search(lexed.lower, max(0, at - _DE_CADA_BACK), end + 12)
    if match is None or match.start("den") < end:
        return None
    part = _intl_number(match.group("num"), False)
    whole = _intl_number(match.group("den"), False)
    if part is None or whole is None or not 0 < part < whole:
        return None
    return match.start(), match.end(), float(f"{100.0 * part / whole:.3g}")


def _intl_share_of(numerator: str, denominator: str) -> float | None:
    """ "un ... sur trois" -> 33.3 (percent), or None when the first number is not the smaller."""
    part = _intl_number(numerator, False)
    whole = _intl_number(denominator, False)
    if part is None or whole is None or not 0 < part < whole:
        return None
    return float(f"{100.0 * part / whole:.3g}")


def _intl_half(lexed: Scan, at: int, phrase: str) -> tuple[int, int, float, str] | None:
    """Half a unit or a unit and a half at a "half" phrase of the scan, as (start, end, value, unit)."""
    subject = lexed.lower if lexed.folded else lexed.text
    end = at + len(phrase)
    if phrase in ("et demi", "et demie", "y medio", "y media"):
        if at == 0 or not lexed.word_end(end):
            return None
        before = _UNIT_AND_HALF.compiled(lexed.folded).search(subject, max(0, at - _UNIT_AND_HALF_BACK), at)
        if before is None:
            return None
        number = before.group("num")
        whole = 1.0 if number is None else _intl_number(number, False)
        if whole is None:
            return None
        return before.start(), end, whole + 0.5, _INTL_UNITS[before.group("unit").lower()]
    half = _HALF_UNIT.compiled(lexed.folded).match(subject, at)
    if half is None:
        return None
    article = _HALF_ARTICLE.compiled(lexed.folded).search(subject, max(0, at - 8), at)
    return at if article is None else article.start(), half.end(), 0.5, _INTL_UNITS[half.group("unit").lower()]


def _intl_measure(text: str, match: re.Match[str]) -> tuple[float, str | None] | None:
    """Value and unit of an :data:`_INTL` match (or of the second number of an :data:`_INTL_PAIR`), or None."""
    number = match.group("num")
    word = not number[0].isdigit()
    unit_word = match.group("unit")
    if word and match.start("num") > 0 and text[match.start("num") - 1] == "-":
        return None  # the end of a compound not listed ("trente-et-un ans"): not the number itself
    value = _intl_number(text[match.start("num") : match.end("num")], match.group("pct") is not None)
    if value is None:
        return None
    scale_word = match.group("scale")
    value = _scaled(value, _INTL_SCALES[scale_word.strip(" \u00a0\u202f").lower()] if scale_word else 1)
    if match.group("cur"):
        if word and value == 1:
            return None  # "un euro", "ein Euro": an article as often as a count
        currency = match.group("cur").split("'")[-1].split("’")[-1].split()[-1]
        if currency.lower() in _CENTS:
            if currency.lower() == "cent" and not text[match.end("cur") - 4].isupper():
                return None  # German "Cent" is a capitalised noun; "per cent" is a percentage
            value /= 100.0
        return value, _INTL_CURRENCIES.get(currency.lower())
    if match.group("pct"):
        mark = match.group("pct").lower()
        if mark in ("point", "points") and not _DECIMAL_COMMA.search(number):
            return None  # "0,2 point" is a rate's change; "trois points", "12 points" are a score
        if mark.startswith("décima"):
            value /= 10.0
        return value, _INTL_PERCENT[mark]
    unit = _INTL_UNITS[unit_word.lower()]
    if unit == "times" and value == 1 and word:
        return None  # "une fois", "un mal": idioms, not counts
    if unit_word.lower() in ("grad", "grad celsius") and not text[match.start("unit")].isupper():
        return None  # German "Grad" is a noun; "200 grad students" is English
    if unit == "°C" and value in _TURNS:
        return value, "degree"  # "eine Kehrtwende um 180 Grad": an angle
    return value, unit


def _intl_pair(
    text: str,
    subject: str,
    match: re.Match[str],
    keep: Callable[[int, int, float | None, str | None, float | None], None],
) -> None:
    """Keep the range (both ends) or the first number of the change an :data:`_INTL_PAIR` match holds."""
    separator = match.group("sep").strip(" \u00a0\u202f")
    low_text = text[match.start("low") : match.end("low")]
    low_word = not low_text[0].isdigit()
    high_word = not match.group("num")[0].isdigit()
    if separator in "-–" and (low_word or high_word):
        return  # "vingt-deux": a compound, not a range
    if separator == "," and not (low_word and high_word):
        return  # "3, 4 Minuten" is a list; "drei, vier Minuten" a range
    if low_word and text[match.start("low") - 1 : match.start("low")] == "-":
        return
    measured = _intl_measure(text, match)
    low = _intl_number(low_text, match.group("pct") is not None)
    if measured is None or low is None:
        return
    high, unit = measured
    scale_word = match.group("lowscale") or match.group("scale")
    low = _scaled(low, _INTL_SCALES[scale_word.strip(" \u00a0\u202f").lower()] if scale_word else 1)
    start = match.start()
    before = _PAIR_LEAD.compiled(True).search(subject, max(0, start - 10), start)
    lead = before.group("lead") if before is not None else ""
    if separator in _CHANGE_LEADS:
        if lead == _CHANGE_LEADS[separator]:
            keep(_intl_start(text, start), match.end("lowscale") if match.group("lowscale") else match.end("low"),
                 low, unit, None)  # fmt: skip
            return
        if separator == "auf" or lead == "desde":
            return  # "um 3 auf 4 Prozent": a change
        # "20 à 30 ans", "entre 20 a 30 días": without "de" before it, a range
    if separator in ("und", "et", "y") and lead not in _BETWEEN_LEADS:
        return  # "3 und 200 Millionen Euro": two numbers, not a range
    if separator == "," and high != low + 1:
        return
    if separator in _RANGE_SEPARATORS and low < high:
        first = before.start() if before is not None and lead in _BETWEEN_LEADS else _intl_start(text, start)
        keep(first, match.end(), low, unit, high)


def _day_of_month(text: str, start: int, fields: QuantityFields) -> bool:
    """Whether a bare number of one or two digits is the day of a date ("am 14. November", "May 14", "3 March",
    "le 12 mars", "el 5 de mayo"): a date, not a quantity."""
    number = fields["text"]
    if fields["unit"] is not None or not (len(number) <= 2 and number.isdigit()):
        return False
    end = start + len(number)
    if _MONTH_AFTER.match(text, end) is not None:
        return True
    return _MONTH_BEFORE.search(text, max(0, start - _MONTH_BACK), start) is not None


def _changed_from(lower: str, at: int, following: str) -> bool:
    """A number of a change or a span ("von sieben auf vier", "zwischen drei und fünf", "de deux à trois"): a
    count though no noun follows it."""
    if following in _CHANGE_LINKS and _CHANGE_FROM.search(lower, max(0, at - _CHANGE_BACK), at) is not None:
        return True
    return _CHANGE_TO.search(lower, max(0, at - _CHANGE_TO_BACK), at) is not None


def _money_ranges(
    text: str,
    subject: str,
    folded: bool,
    lower: str,
    keep: Callable[[int, int, float | None, str | None, float | None], None],
) -> None:
    """Keep the ranges of money (:data:`_MONEY_RANGE`) of a text holding a currency sign; "from £3m to £4m" is a
    change, left to the single amounts."""
    pattern = _MONEY_RANGE.compiled(folded)
    for sign in "$£€¥":
        at = text.find(sign)
        while at >= 0:
            match = pattern.match(subject, at)
            at = text.find(sign, at + 1)
            if match is None:
                continue
            start = match.start()
            separator = match.group("sep")
            if separator == "and":
                if not lower.endswith("between ", 0, start):
                    continue
                start -= len("between ")
            elif separator == "to" and _is_change(lower, start):
                continue
            second = match.group("sign2")
            if separator == "or" and second is None:
                continue  # "£1 or £2" is a range; "£5 or 6 tickets" need not be
            if second is not None and second != match.group("sign"):
                continue
            low = parse_number(match.group("low"))
            high = parse_number(match.group("high"))
            if low is None or high is None:
                continue
            scale = match.group("scale")
            high *= _SCALES[scale.lower()] if scale else 1
            own_scale = match.group("lowscale")
            if own_scale is not None:
                low *= _SCALES[own_scale.lower()]
            elif second is None and scale:
                low *= _SCALES[scale.lower()]  # "$3-4bn"
            if low < high:
                keep(start, _rate_end(subject, folded, match.end()), low, _CURRENCIES[match.group("sign")], high)


def _keep_between_units(
    match: re.Match[str], keep: Callable[[int, int, float | None, str | None, float | None], None]
) -> None:
    """Keep a :data:`_BETWEEN_UNITS` range, its upper bound in the lower bound's unit, where the units convert."""
    low = parse_number(match.group("low"))
    high_text = match.group("high")
    high = 1.0 if high_text is None else parse_number(high_text)
    low_unit = _unit_name(match.group("lowunit"))
    unit = _unit_name(match.group("unit"))
    if low is None or high is None:
        return
    if unit != low_unit:
        low_size = _UNIT_SIZES.get(low_unit)
        size = _UNIT_SIZES.get(unit)
        if low_size is None or size is None or low_size[0] != size[0]:
            return
        high = float(f"{high * size[1] / low_size[1]:.12g}")
    if low < high:
        keep(match.start(), match.end(), low, low_unit, high)


def _keep_count_range(
    text: str,
    lower: str,
    match: re.Match[str],
    keep: Callable[[int, int, float | None, str | None, float | None], None],
) -> None:
    """Keep a :data:`_COUNT_RANGE` match: two counts before a plural noun, not a score, years, a telephone number, a
    change ("from 20 to 30 people") or an age ("aged 18-24")."""
    start = match.start()
    if start > 0 and text[start - 1] in "-–:/+":
        return
    noun = match.group("noun")
    if noun not in _IRREGULAR_PLURALS and (
        len(noun) < 3 or not noun.endswith("s") or noun.endswith("ss") or noun in _NOT_PLURALS
    ):
        return
    low_text = match.group("low")
    high_text = match.group("high")
    if _is_year(low_text) or _is_year(high_text) or lower.endswith("aged ", 0, start) or _is_change(lower, start):
        return
    low = parse_number(low_text)
    high = parse_number(high_text)
    if low is not None and high is not None and low < high:
        keep(start, match.end("high"), low, None, high)


def _is_change(lower: str, at: int) -> bool:
    """Whether two numbers joined by "to" at ``at`` follow "from" ("rose from 5% to 7%"): a change, two values, as
    "von 21 auf 29 Milliarden" and "de 12 à 15 %" are; "ranging from" makes them a range."""
    if at < 5 or lower[at - 5 : at - 1] != "from":
        return False
    before = _FROM_BEFORE.search(lower, max(0, at - _FROM_BACK), at)
    return before is not None and before.group("ranging") is None


def _intl_counts(lexed: Scan) -> list[tuple[int, int, float]]:
    """German, French and Spanish number words from two upwards before a noun ("douze lits", "elf Häuser")."""
    text = lexed.text
    lower = lexed.lower
    found: list[tuple[int, int, float]] = []
    for at, words in lexed.phrases("number_intl"):
        word = next((word for word in words if lexed.word_end(at + len(word))), None)
        if word is None or word in AMBIGUOUS_NUMBER_WORDS:
            continue
        value = _INTL_WORDS[word]
        end = at + len(word)
        if value < 2 or (at > 0 and text[at - 1] == "-") or text[end : end + 1] == "-":
            continue  # "un", "ein": articles; "-deux", "trois-": parts of compounds
        if not text[at].islower() and text[:at].strip(" «»\"'„“”‘’(—–-"):
            continue  # "die Elf", "Cinco de Mayo": capitalised inside a sentence, a noun or a name
        noun = _NOUN_AFTER.match(lower, end)
        noun_word = "" if noun is None else noun.group(1).lower()  # lower is the text itself when not folded
        if (noun is None or noun_word in _NOT_NOUNS) and not _changed_from(lower, at, noun_word):
            continue  # "deux tiers", "elf Uhr", "trois de ses collègues"
        if noun is not None and noun_word in _INTL_SCALES:
            value *= _INTL_SCALES[noun_word]  # "sechs Millionen neue Kunden"
            end = noun.end()
        elif word == "dos" and noun is not None and not text[noun.start(1)].islower():
            continue  # "dos Santos": a Portuguese name
        if _ENGLISH_BEFORE.search(lower, max(0, at - 6), at) is not None:
            continue  # "the elf costume", "the dos and don'ts"
        found.append((at, end, value))
    return found


class QuantityFields(TypedDict):
    """The fields of a :class:`~newsflow.contracts.Quantity`, for a model that validates its quantities itself."""

    text: str
    value: float
    unit: str | None
    high: float | None


def find_quantities(text: str, scanned: Scan | None = None) -> list[Quantity]:
    """Quantities in ``text`` in order of appearance; see the module docstring for what is recognised.

    ``scanned`` is the :func:`~processors.claims.scan.scan` of ``text`` when the caller has made it.
    """
    return [Quantity.model_validate(fields) for fields in quantity_fields(text, scanned)]


def quantity_fields(text: str, scanned: Scan | None = None) -> list[QuantityFields]:
    """:func:`find_quantities` as plain fields: the extractor hands them to the claim, whose validation builds the
    quantities (a model per quantity built here first would cost a Python-level call each).

    ``scanned`` is the :func:`~processors.claims.scan.scan` of ``text`` when the caller has made it.
    """
    lexed = scan(text) if scanned is None else scanned
    spans = [match.span() for match in _DIGIT_RUN.finditer(text)] if lexed.digits else []
    runs = [start for start, _ in spans]
    lasts = [end - 1 for _, end in spans]
    has_digit = bool(runs)
    lower = lexed.lower
    compound = _has_duration_stem(lower)
    decades = (("in h" in lower or "in their" in lower) and ("ties" in lower or "teens" in lower or "0s" in lower)) or (
        ("mitte " in lower or "ende " in lower or "anfang " in lower)
        and ("zig" in lower or "ßig" in lower or "ssig" in lower)
    )
    if not has_digit and not compound and not decades and _NUMBER_LISTS.isdisjoint(lexed.index):
        return []  # no digit and no word a quantity could be made of: the common case
    folded = lexed.folded
    subject = lower if folded else text
    units = _unit_spans(lexed)
    has_unit = bool(units)
    collective = has_any(lower, _COLLECTIVE_HINTS)
    if has_digit:
        english = other = True
    else:
        english = lexed.has("number_en")
        other = _intl_word_unit(lexed)
        if not (
            english
            or other
            or has_unit
            or compound
            or collective
            or decades
            or any(lexed.has(name) for name in _MEASURE_LISTS)
        ):
            return []
    found: list[tuple[int, QuantityFields]] = []
    taken: list[tuple[int, int]] = []

    def keep(start: int, end: int, value: float | None, unit: str | None, high: float | None = None) -> None:
        if value is None or not _free(taken, start, end):
            return
        taken.append((start, end))
        found.append((start, {"text": text[start:end], "value": value, "unit": unit, "high": high}))

    if has_digit and ("$" in text or "£" in text or "€" in text or "¥" in text):
        if "€" in text:
            for match in _EURO_SIGN.finditer(text):  # "€1,2 Mrd.", "€ 3.500"
                amount = _intl_number(match.group("num"), False)
                scale_word = match.group("scale")
                if amount is not None and scale_word is not None:
                    amount = _scaled(amount, _INTL_SCALES[scale_word.lower()])
                keep(match.start(), match.end(), amount, "EUR")
        _money_ranges(text, subject, folded, lower, keep)
        for match in _MONEY.compiled(folded).finditer(subject):
            amount = parse_number(match.group(2))
            scale = _SCALES.get((match.group(3) or "").lower(), 1)
            end = _rate_end(subject, folded, match.end())  # "£1,250 a month": the period belongs to the price
            keep(match.start(), end, None if amount is None else amount * scale, _CURRENCIES[match.group(1)])
    _durations_and_heights(lower, subject, folded, has_digit, keep)
    if decades:
        for match in _LIFE_DECADE.compiled(folded).finditer(subject):
            keep(match.start(), match.end(), *_life_decade(match))
    digits = [at for at in runs if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.,")]
    either = " or " in lower
    ranged = has_digit and hinted(_RANGE_HINT, text, lasts)
    if "between" in lower or either or ranged:
        between = _occurrences(lower, "between ")
        starts = digits + between
        if either:
            starts += [at for at, _ in lexed.phrases("number_en")]  # "two or three days"
        for match in _anchored(RANGE.compiled(folded), subject, starts):
            measured = range_value(match)
            if measured is None:
                continue
            range_low, range_high, range_unit = measured
            if match.group("low2") is not None and _is_change(lower, match.start()):
                # "from 5% to 7%", "from 10 to 15 years": a change, two values (as "von 21 auf 29 Milliarden")
                low_end = match.end("lowmark") if match.group("lowmark") else match.end("low2")
                keep(match.start(), low_end, range_low, range_unit)
                keep(match.start("high"), match.end(), range_high, range_unit)
                continue
            keep(match.start(), match.end(), range_low, range_unit, range_high if range_high > range_low else None)
        for at in between:
            united = _BETWEEN_UNITS.compiled(folded).match(subject, at)
            if united is not None:
                _keep_between_units(united, keep)
        if ranged:
            for match in _anchored(_COUNT_RANGE, text, digits):
                _keep_count_range(text, lower, match, keep)
    for at, words in lexed.phrases("share"):
        every = _intl_share(lexed, at, words[0])
        if every is not None:
            keep(every[0], every[1], every[2], "percent")
    for at, words in lexed.phrases("half"):
        halved = _intl_half(lexed, at, words[0])
        if halved is not None:
            keep(halved[0], halved[1], halved[2], halved[3])
    if " sur " in lower:
        for match in _SUR.compiled(folded).finditer(subject):
            share = _intl_share_of(match.group("num"), match.group("den"))
            if share is not None:
                keep(match.start(), match.end(), share, "percent")
    intl_digits = digits if has_digit and hinted(_INTL_HINT.compiled(folded), subject, lasts) else []
    intl_starts = intl_digits + [at for at, _ in lexed.phrases("number_intl")] if other else []
    for match in _anchored(_INTL_PAIR.compiled(folded), subject, intl_starts):
        _intl_pair(text, subject, match, keep)
    for match in _anchored(_INTL.compiled(folded), subject, intl_starts):
        intl_measured = _intl_measure(text, match)
        if intl_measured is not None:
            end = _rate_end(subject, folded, match.end()) if match.group("cur") else match.end()
            start = _intl_start(text, match.start())
            measured_value, measured_unit = intl_measured
            if measured_unit == "°C":
                below = _BELOW_ZERO.compiled(folded).match(subject, end)
                minus = _MINUS_BEFORE.compiled(folded).search(subject, max(0, start - 6), start)
                if below is not None or minus is not None:
                    measured_value = -measured_value
                    start = start if minus is None else minus.start()
                    end = end if below is None else below.end()
            keep(start, end, measured_value, measured_unit)
    if (
        has_digit
        and _has_scale_word(lower if folded else text.lower())
        and hinted(_INTL_SCALED_HINT.compiled(folded), subject, lasts)
    ):
        for match in _anchored(_INTL_SCALED.compiled(folded), subject, digits):
            scaled = _intl_number(match.group("num"), False)
            if scaled is not None:
                scale = _INTL_SCALES[_SPACES.sub(" ", match.group("scale")).lower()]
                keep(_intl_start(text, match.start()), match.end(), _scaled(scaled, scale), None)
    if other:
        for start, end, count in _intl_counts(lexed):
            keep(_intl_start(text, start), end, count, None)
    if compound:
        for match in _DE_COMPOUND.compiled(folded).finditer(subject):
            if text[match.start()].isupper() or match.group("stem").lower() not in ("jahres", "monats"):
                count = _DE_NUMBER_WORDS[match.group("num").lower()]
                keep(match.start(), match.end(), count, _DE_DURATIONS[match.group("stem").lower()])
    if has_digit and "-" in text and _DIGIT_HYPHEN.search(text) is not None:
        for match in _INTL_ADJECTIVE.compiled(folded).finditer(subject):
            keep(match.start(), match.end(), float(match.group("num")), _INTL_ADJECTIVES[match.group("adj").lower()])
    if has_digit and hinted(_GROUP, text, lasts):
        for match in _INTL_BARE.compiled(folded).finditer(subject):
            keep(_intl_start(text, match.start()), match.end(), _intl_number(match.group(0), False), None)
    if english and ("%" in text or "per cent" in lower or "percent" in lower):
        marks = [mark.span() for mark in _PERCENT_MARK.compiled(folded).finditer(subject)]
        # A percentage's number opens at a run of digits or at a number word (or "a"/"an" before a scale word).
        percent_starts = sorted(set(_bare_starts(lexed, runs)))
        for match in _ending_at(_PERCENT.compiled(folded), subject, marks, percent_starts):
            keep(match.start(), match.end(), parse_number(match.group(1)), "percent")
    if has_unit:
        if english:
            unit_starts = _unit_number_starts(lexed, runs)
            for match in _ending_at(_WITH_UNIT.compiled(folded), subject, units, unit_starts):
                end = _rate_end(subject, folded, match.end())  # "two days a week", "three times a day"
                keep(match.start(), end, parse_number(match.group("num")), _unit_name(match.group("unit")))
        approximated = sorted(at for at, _ in lexed.phrases("approximator")) if folded else None
        for match in _ending_at(_APPROX_A.compiled(folded), subject, units, approximated):
            keep(match.start(), match.end(), 1.0, _unit_name(match.group("unit")))
    if english and (" in " in lower or " out of " in lower):
        for match in _anchored(_RATIO.compiled(folded), subject, _bare_starts(lexed, digits)):
            share = _share(match.group("num"), match.group("den"))
            if share is not None:
                keep(match.start(), match.end(), share, "percent")
    if has_digit and "aged " in lower:
        for match in _AGED.compiled(folded).finditer(subject):
            age = float(match.group("num") or match.group("low"))
            oldest = match.group("to") or match.group("high")
            keep(
                match.start(),
                match.end(),
                age,
                "year",
                None if oldest is None or float(oldest) <= age else float(oldest),
            )
    approximators = [at for at, _ in lexed.phrases("approximator")]
    measures = find_measures(text, subject, folded, lexed, sorted(digits + approximators), lasts)
    for start, end, amount, unit in measures:
        keep(start, end, amount, unit)
    for at, words in lexed.phrases("number_en") if english and ("hundred" in lower or "thousand" in lower) else ():
        if words[0] in ("hundred", "thousand") and lexed.word_end(at + len(words[0])):
            ranked = _RANKED_SCALE.compiled(folded).search(subject, max(0, at - _RANKED_SCALE_BACK), at)
            if ranked is not None:
                end = at + len(words[0])
                unit_after = _UNIT_AFTER.compiled(folded).match(subject, end)
                if unit_after is None:
                    keep(ranked.start(), end, _SCALES[words[0]], None)
                else:  # "the first hundred days"
                    keep(ranked.start(), unit_after.end(), _SCALES[words[0]], _unit_name(unit_after.group("unit")))
    if has_digit and "Sh" in text:
        for match in _SHILLINGS.finditer(text):  # "Sh7", "Sh190 billion", "KSh4,900", "Sh300bn"
            amount = parse_number(match.group("num"))
            scale = _SCALES.get((match.group("scale") or "").lower(), 1)
            keep(match.start(), match.end(), None if amount is None else amount * scale, "KES")
    if has_digit and ("USD" in text or "EUR" in text or "GBP" in text or "CHF" in text or "JPY" in text):
        for match in _CODE_MONEY.finditer(text):
            amount = parse_number(match.group("num"))
            scale = _SCALES.get((match.group("scale") or "").lower(), 1)
            keep(match.start(), match.end(), None if amount is None else amount * scale, match.group("code"))
    if has_digit and ("etween" in lower or "wischen" in lower or "ntre" in lower or " bis " in lower):
        for match in _BARE_BETWEEN.finditer(text):
            low_text = match.group("low") or match.group("from")
            if _is_year(low_text) or _is_year(match.group("high")):
                continue
            low = _intl_number(low_text, False)
            high = _intl_number(match.group("high"), False)
            if low is not None and high is not None and low < high:
                keep(match.start(), match.end(), low, None, high)
    if collective:
        for match in _COLLECTIVE.finditer(text):
            count = _COLLECTIVES[match.group("word").lower()]
            keep(match.start(), match.end(), count / 2 if match.group(0)[0] in "Hh" else count, None)
    for match in _anchored(_BARE.compiled(folded), subject, _bare_starts(lexed, digits)) if english else ():
        number = match.group("num")
        value = parse_number(number)
        if _is_year(number) or (value is not None and value < 2 and not number[0].isdigit()):
            continue
        if _in_score(text, match.start(), match.end()):
            continue  # "won 2-1", "1-0": a score or a span of numbers without a unit
        keep(match.start(), match.end(), value, None)
    if found and any(_day_of_month(text, start, fields) for start, fields in found):
        found = [item for item in found if not _day_of_month(text, item[0], item[1])]
    if found:
        found = [_with_approximator(text, start, fields) for start, fields in found]
    if len(found) > 1:
        found.sort(key=lambda item: item[0])
    return [quantity for _, quantity in found]


def _small_number(word: str) -> float:
    """A number of :data:`_SMALL_NUMBER`: digits or a number word."""
    return float(word) if word.isdigit() else _SMALL_NUMBER_WORDS[word.lower()]


def _durations_and_heights(
    lower: str,
    subject: str,
    folded: bool,
    has_digit: bool,
    keep: Callable[[int, int, float | None, str | None, float | None], None],
) -> None:
    """Keep durations of years and months (:data:`_YEARS_AND_MONTHS`), in months, and heights in feet and inches
    (:data:`_FEET_INCHES`), in inches, before their parts are read as quantities of their own."""
    if (
        ("year" in lower and "month" in lower)
        or ("jahr" in lower and "monat" in lower)
        or (" an" in lower and "mois" in lower)
        or ("año" in lower and " mes" in lower)
    ):
        for match in _YEARS_AND_MONTHS.compiled(folded).finditer(subject):
            months = _small_number(match.group("years")) * 12 + _small_number(match.group("months"))
            keep(match.start(), match.end(), months, "month", None)
    if has_digit and ("ft" in lower or "feet" in lower or "foot" in lower):
        for match in _FEET_INCHES.compiled(folded).finditer(subject):
            inches = int(match.group("inches"))
            if inches < 12:
                keep(match.start(), match.end(), int(match.group("feet")) * 12.0 + inches, "inch", None)


def _life_decade(match: re.Match[str]) -> tuple[float, str, float]:
    """The span of ages of a :data:`_LIFE_DECADE` match, as (youngest, "year", oldest)."""
    decade = match.group("decade") or match.group("zahl")
    base = _LIFE_DECADES[decade.lower()]
    part = match.group("part") or match.group("teil")
    if base == 10:  # the teens run from 13 to 19, in any part
        return 13.0, "year", 19.0
    low, high = (0, 9) if part is None else _DECADE_THIRDS[part.lower()]
    return float(base + low), "year", float(base + high)


def _with_approximator(text: str, start: int, fields: QuantityFields) -> tuple[int, QuantityFields]:
    """The quantity at ``start`` with a German, French or Spanish approximator right before it taken into its text
    ("Unos 500", "Knapp zwei Drittel", "Casi la mitad"), as the other kinds of those languages have it, and an
    age's "-old" after it ("44-year-old")."""
    end = start + len(fields["text"])
    if fields["unit"] == "year" and text.startswith("-old", end):
        fields["text"] = text[start : end + 4]
    space = text.rfind(" ", 0, start - 1) if start > 1 else -1
    if text[space + 1 : start - 1].lower() not in _APPROX_LAST_WORDS and not fields["text"].startswith(("de ", "à ")):
        return start, fields
    end = start + len(fields["text"])
    # "Plus de la moitié": the share's "de la" is the end of the approximator ("plus de")
    inner = start + 3 if fields["text"].startswith(("de ", "à ")) else start
    first = _intl_start(text, inner)
    if first == inner:
        return start, fields
    fields["text"] = text[first:end]
    return first, fields
