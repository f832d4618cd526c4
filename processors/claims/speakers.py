"""Speakers: find the noun phrase that speaks, classify it, and resolve pronouns and descriptions.

The work is split in three modules, re-exported here:

* :mod:`processors.claims.names`: tokens, role/name splitting, the persons and organisations a sentence names;
* :mod:`processors.claims.phrases`: the noun phrase before or after a cue (roles, appositions, prepositions);
* :mod:`processors.claims.memory`: :class:`SpeakerMemory`, which resolves a phrase to a speaker.
"""

from __future__ import annotations

from processors.claims.following import phrase_after
from processors.claims.memory import SpeakerMemory
from processors.claims.names import Mention, organisation_mentions, person_mentions, split_role
from processors.claims.phrases import NounPhrase, subject_before

__all__ = [
    "Mention",
    "NounPhrase",
    "SpeakerMemory",
    "organisation_mentions",
    "person_mentions",
    "phrase_after",
    "split_role",
    "subject_before",
]
