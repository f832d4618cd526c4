"""The speaker of a French impersonal "on" placed at a body or around a person.

"À la CGT, on dénonce ...", "Chez Renault, on assure que ...", "Au ministère des Finances, on estime ...",
"Dans l'entourage du préfet, on reconnaît ...": the fronted place is the speaker when it names a body (or, after
"chez", anyone named); the circle around a person ("l'entourage de la ministre", "les proches du maire") is an
unnamed source, kept whole. A town or a country ("À Bruxelles, on dit ...") names no speaker.
"""

from __future__ import annotations

import re
from typing import Final

from newsflow.contracts import Speaker
from processors.claims.following import phrase_after
from processors.claims.lexicon import is_organisation_word
from processors.claims.memory import SpeakerMemory, as_speaker
from processors.claims.names import is_acronym, is_organisation

__all__ = ["impersonal_on"]

# The fronted preposition, its noun phrase and ", on" (with a negation's "n'"/"ne") right before the cue.
_FRONTED_ON: Final = re.compile(
    r"\s*(?P<prep>À|A|Au|Aux|Chez|Dans|Du côté de|Du côté du|Du côté des|Auprès de|Auprès du|Au sein de|Au sein du)"
    r"\s+(?P<place>[^,;:«»“”\"]{2,80}?),\s+on\s+(?:n['’]\s*|ne\s+)?(?:le\s+|l['’]|y\s+|en\s+)?",
    re.IGNORECASE,
)
# Circles around a person that speak unnamed ("l'entourage du ministre", "les proches de la maire").
_CIRCLES: Final = frozenset({"entourage", "proches", "camp"})


def impersonal_on(sentence: str, start: int, floor: int, memory: SpeakerMemory) -> Speaker | None:
    """The body or circle a fronted "À ..., on" places a cue at ``start`` in, or None."""
    fronted = _FRONTED_ON.fullmatch(sentence, floor, start)
    if fronted is None:
        return None
    place = fronted.group("place")
    phrase = phrase_after(sentence, fronted.start("place"))
    if phrase is None or phrase.kind == "pronoun":
        return None
    head = phrase.words[0].lower()
    if head in _CIRCLES and len(phrase.words) > 1:
        return as_speaker(place, "anonymous")  # "l'entourage de la ministre": the whole circle, unnamed
    chez = fronted.group("prep").lower() == "chez"
    body = is_organisation_word(head) or is_organisation(list(phrase.words)) or is_acronym(phrase.words[-1])
    if phrase.kind == "proper" and (body or chez):
        return memory.resolve(phrase)
    if phrase.kind == "common" and is_organisation_word(head):
        return memory.resolve(phrase)
    return None
