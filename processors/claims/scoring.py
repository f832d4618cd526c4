"""Claim types and check-worthiness, from surface features of a claim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsflow.contracts import Attribution, ClaimType, Quantity
from processors.claims.fold import Folded

__all__ = ["checkworthiness", "claim_types"]

_PREDICTION = Folded(
    r"\b(?:will|won[’']t|shall|(?:is|are|was|were)\s+set\s+to|(?:plans?|planning|planned|intends?|intending"
    r"|aims?|aiming|expected|expects?|going|poised|scheduled|likely|vowed|vows|threatens?|threatened) to)\b"
)
_CAUSATION = Folded(
    r"\b(?:because|caus(?:e|ed|es|ing)|led to|leads? to|leading to|due to|as a result of|result(?:ed|s|ing)? in"
    r"|owing to|blamed (?:on|for)|triggered|sparked|driven by|responsible for)\b"
)
_RULE = Folded(
    r"\b(?:must|mustn[’']t|laws?|illegal(?:ly)?|unlawful|banned|bans?|prohibited|forbidden|mandatory|legally"
    r"|obliged to|required by|legislation|regulations?|not (?:be )?allowed)\b"
)
# First person followed (within one word) by a past-tense verb: "I was", "we had never seen", "I watched".
_EXPERIENCE = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:was|were|had|saw|went|felt|heard|met|lived|\w+ed)\b")


def claim_types(text: str, quantities: Sequence[Quantity], quoted: str | None) -> list[ClaimType]:
    """Types of a claim; ``quoted`` is the directly quoted wording, the only place first-person experience counts."""
    types: list[ClaimType] = []
    if quantities:
        types.append("quantity")
    if _PREDICTION.search(text):
        types.append("prediction")
    if _CAUSATION.search(text):
        types.append("causation")
    if _RULE.search(text):
        types.append("rule")
    if quoted and _EXPERIENCE.search(quoted):
        types.append("experience")
    return types


def checkworthiness(
    attribution: Attribution,
    hedges: Sequence[str],
    quantities: Sequence[Quantity],
    types: Sequence[ClaimType],
    words: int,
) -> float:
    """How worth checking a claim is, in 0..1, as a sum of feature weights clipped to the range.

    * 0.2 base for any sentence that became a claim;
    * +0.25 when it carries quantities: numbers are the most checkable content;
    * +0.2 for a direct quote, +0.15 for reported speech: someone is on record;
    * +0.1 per type other than quantity (prediction, causation, rule, experience), at most +0.2;
    * +0.1 when hedged: a hedge marks a claim the writer could not confirm;
    * +0.05 for a checkable length (8..60 words), -0.1 for fragments under 6 words.
    """
    score = 0.2
    if quantities:
        score += 0.25
    score += {"direct": 0.2, "indirect": 0.15, "none": 0.0}[attribution]
    score += min(0.2, 0.1 * sum(1 for kind in set(types) if kind != "quantity"))
    if hedges:
        score += 0.1
    if 8 <= words <= 60:
        score += 0.05
    elif words < 6:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 3)
