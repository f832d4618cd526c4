"""Sentences that are never claims: calls to action, newsroom asides, credits, timestamps and scene-setting.

Every rule is driven by word lists kept here as data, per language (en, de, fr, es), so they can grow without
touching the logic. The rules look only at the text outside quotes, and only for unattributed sentences (a quoted
"Call me" is still speech); :func:`is_non_claim` is the single entry point.
"""

from __future__ import annotations

import re

from processors.claims.fold import Folded, alternation

__all__ = ["is_heading", "is_non_claim"]

# Verbs that open a call to action (imperative), lowercase, per language.
IMPERATIVES: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "tell", "sign", "subscribe", "read", "relive", "get", "send", "share", "follow", "call", "click", "tap",
            "download", "join", "visit", "watch", "listen", "check", "contact", "email", "e-mail", "register",
            "move", "please", "donate", "enter", "comment", "discover", "explore", "find", "see", "sign-up",
            "don't", "keep", "stay", "avoid", "remember", "write", "try", "browse", "grab",
        }
    ),
    "de": frozenset(
        {
            "lies", "klicke", "folge", "teile", "melde", "schreib", "schreibe", "schick", "hol", "entdecke",
        }
    ),
    "fr": frozenset(
        {
            "lisez", "abonnez-vous", "suivez", "suivez-nous", "retrouvez", "inscrivez-vous", "découvrez",
            "cliquez", "consultez", "téléchargez", "partagez", "envoyez", "écrivez", "écrivez-nous", "contactez",
            "contactez-nous", "rejoignez", "regardez", "écoutez", "lire", "voir",
        }
    ),
    "es": frozenset(
        {
            "consulte", "consulta", "suscríbase", "suscríbete", "lea", "lee", "síganos", "síguenos", "descargue",
            "descarga", "haga", "haz", "descubra", "descubre", "envíe", "envíenos", "envíanos", "comparta",
            "comparte", "escríbanos", "escríbenos", "regístrese", "regístrate", "visite", "visita", "mire", "mira",
        }
    ),
}  # fmt: skip

# Words addressing the reader, or the newsroom speaking of itself, outside quotes.
ADDRESS_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"you", "your", "yours", "us", "our"}),
    "de": frozenset({"uns", "unser", "unsere", "unserer", "unseren"}),
    "fr": frozenset({"vous", "votre", "vos", "nous", "notre", "nos"}),
    "es": frozenset({"usted", "ustedes", "nos", "nuestro", "nuestra", "nuestros", "nuestras"}),
}  # fmt: skip
# German "Sie"/"Ihre" mid-sentence and capitalised is the formal "you" (lowercase "sie" is "she/they").
_FORMAL_YOU = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"})

# Phrases of credits, cross-links and house notices (lowercase, matched anywhere outside quotes).
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "reporting by", "editing by", "additional reporting", "writing by", "contributed to this report",
    "has been edited", "edited for length", "read more", "more on this story", "related:", "advertisement",
    "all rights reserved", "click here", "sign up", "newsletter", "live blog", "terms and conditions",
    "lesen sie auch", "mehr zum thema", "mitarbeit:", "anzeige", "hier klicken", "jetzt abonnieren",
    "lire aussi", "à lire aussi", "à lire également", "voir aussi", "cliquez ici",
    "lea también", "más información", "haga clic", "pulse aquí", "consulte aquí",
)  # fmt: skip

# Readers addressed as a group, with a modal of advice or permission: service notes, not assertions.
AUDIENCE_NOUNS = frozenset(
    {
        "residents", "readers", "viewers", "listeners", "passengers", "customers", "parents", "visitors",
        "commuters", "travellers", "travelers", "motorists", "drivers", "shoppers", "fans", "subscribers",
        "fahrgäste", "reisende", "eltern", "leser", "leserinnen", "anwohner", "kunden", "besucher", "pendler",
        "autofahrer", "bürger", "interessierte", "interessenten",
        "lecteurs", "habitants", "voyageurs", "usagers", "clients", "visiteurs", "automobilistes",
        "lectores", "vecinos", "viajeros", "usuarios", "padres", "clientes", "visitantes", "conductores",
    }
)  # fmt: skip
ADVICE_MODALS = frozenset(
    {
        "can", "should", "are advised", "are asked", "are urged", "können", "sollten", "dürfen",
        "peuvent", "devraient", "pourront", "pueden", "deberían", "podrán",
    }
)  # fmt: skip

# Scene-setting: weather, light, posture and atmosphere. A sentence with several of these and no attribution
# describes a scene rather than asserting something checkable.
SCENE_WORDS = frozenset(
    {
        "drizzle", "rain", "sun", "sunshine", "sky", "skies", "clouds", "fog", "mist", "wind", "breeze",
        "floodlights", "blazing", "shone", "glinting", "dawn", "dusk", "grey", "gray", "cramped", "packed",
        "stood", "sat", "waited", "huddled", "staring", "stared", "gazing", "gazed", "warmed", "singing",
        "placards", "braziers", "rusting", "bare", "quiet", "silent", "empty", "deserted", "gathered",
        "sonne", "schien", "regen", "himmel", "nebel", "grau", "verwaist", "verwaiste", "verwaisten",
        "standen", "saßen", "warteten", "leer", "still",
        "ciel", "soleil", "pluie", "brume", "gris", "grise", "dévastés", "déserte", "désert", "vide",
        "cielo", "sol", "lluvia", "niebla", "desierto", "desierta", "vacío", "vacía",
        "room", "gallery", "hall", "floor", "morning", "evening", "night", "matin", "soir", "abend", "morgen",
        "mañana", "tarde", "noche", "kick-off",
    }
)  # fmt: skip
_SCENE_MIN = 3
_HEADING_MAX_WORDS = 12

_IMPERATIVES_ALL = frozenset().union(*IMPERATIVES.values())
_ADDRESS_ALL = frozenset().union(*ADDRESS_WORDS.values())
_WORDS = re.compile(r"[\w'’-]+")
_TIMESTAMP = re.compile(
    r"^\W*(?:\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+[A-Z]{2,5})?|updated\b.*|aktualisiert\b.*)\W*$",
    re.IGNORECASE,
)
_BOILERPLATE = Folded(alternation([p.lower() for p in BOILERPLATE_PHRASES]))
_AUDIENCE = Folded(
    r"\b(?:"
    + "|".join(sorted(w.lower() for w in AUDIENCE_NOUNS))
    + r")\s+(?:"
    + "|".join(sorted(w.lower() for w in ADVICE_MODALS))
    + r")\b"
)
# Quoted stretches (any of the quote styles) are removed before the rules look at the words.
# A quote opened and not closed runs on to the end (a quote spanning paragraphs).
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^“”]*(?:[”“]|$)|„[^“”]*(?:[“”]|$)|«[^»]*(?:»|$)|‹[^›]*(?:›|$)|”[^”]*(?:”|$)")
_TERMINAL = re.compile(r"[.!?…:;][\"”’'»)\]]*$|[\"”’»]$")
# An opening subordinate clause before an imperative: "If you live near the river, move valuables ...".
# German formal imperative: infinitive then "Sie" ("Lesen Sie auch", "Klicken Sie hier").
_DE_IMPERATIVE = re.compile(r"^\w+e?n\s+Sie\b")
_LEADING_CLAUSE = re.compile(r"^(?:if|when|wenn|falls|si|cuando)\b[^,]*,\s*", re.IGNORECASE)


def is_heading(sentence: str, whole_paragraph: bool) -> bool:
    """A line standing alone without final punctuation: a headline, crosshead, label or timestamp."""
    if _TIMESTAMP.match(sentence):
        return True
    if not whole_paragraph or _TERMINAL.search(sentence.rstrip()):
        return False
    return len(_WORDS.findall(sentence)) <= _HEADING_MAX_WORDS


def _first_word(text: str) -> str:
    match = _WORDS.search(text)
    return "" if match is None else match.group(0).lower()


def is_non_claim(sentence: str, attributed: bool) -> bool:
    """True when ``sentence`` is a call to action, an aside of the newsroom, a credit or a scene description."""
    outside = _QUOTED.sub(" ", sentence)
    if _BOILERPLATE.search(outside) or _TIMESTAMP.match(sentence):
        return True
    if attributed:
        return False
    stripped = outside.lstrip(" \t(\"'“„«¡¿")
    if _first_word(stripped) in _IMPERATIVES_ALL or _first_word(_LEADING_CLAUSE.sub("", stripped)) in _IMPERATIVES_ALL:
        return True
    if _DE_IMPERATIVE.match(stripped):
        return True
    words = _WORDS.findall(outside)
    # All-capital words are acronyms ("US"), not pronouns.
    if any(word.lower() in _ADDRESS_ALL and not word.isupper() for word in words):
        return True
    if any(word in _FORMAL_YOU for word in words[1:]):
        return True
    if _AUDIENCE.search(outside):
        return True
    return sum(1 for word in words if word.lower() in SCENE_WORDS) >= _SCENE_MIN
