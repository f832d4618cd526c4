"""Claim extraction: sentences in, :class:`~newsflow.contracts.Claim` records out. Pure functions, no I/O."""

from __future__ import annotations

from processors.claims.extract import EXTRACTOR, extract_claims

__all__ = ["EXTRACTOR", "extract_claims"]
