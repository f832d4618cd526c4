"""Claim extraction: sentences in, :class:`~newsflow.contracts.Claim` records out. Pure functions, no I/O."""

from __future__ import annotations

from typing import Final

from newsflow.contracts import Claim
from processors.claims.extract import EXTRACTOR, extract_claims

__all__ = ["EXTRACTOR", "PLUGIN", "RuleBasedExtractor", "extract_claims"]


class RuleBasedExtractor:
    """newsflow's own extractor as a plug-in (entry point ``newsflow.extractors: claims``)."""

    extractor = EXTRACTOR

    def extract(self, text: str, article_id: str) -> list[Claim]:
        """Claims of ``text``; see :func:`extract_claims`."""
        return extract_claims(text, article_id)


PLUGIN: Final = RuleBasedExtractor()
