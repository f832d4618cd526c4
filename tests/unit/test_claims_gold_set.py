"""The hand-made claims gold set is well formed (this checks the gold, not the extractor's score)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD_DIR = DATA / "claims_gold"
HOLDOUT_DIR = DATA / "claims_holdout"
FILES = sorted(GOLD_DIR.glob("*.json"))
ALL_FILES = FILES + sorted(HOLDOUT_DIR.glob("*.json"))
ATTRIBUTIONS = {"direct", "indirect", "none"}
KINDS = {"person", "group", "organisation", "anonymous"}
TYPES = {"quantity", "prediction", "causation", "rule", "experience"}


def load(path: Path) -> tuple[dict[str, Any], str]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return doc, (path.parent / doc["article"]).read_text(encoding="utf-8")


def test_at_least_fifteen_gold_files_three_german() -> None:
    assert len(FILES) >= 15
    languages = [json.loads(p.read_text(encoding="utf-8")).get("language") for p in FILES]
    assert languages.count("de") >= 3


def test_non_claims_are_marked_across_the_set() -> None:
    assert sum(len(load(p)[0]["non_claims"]) for p in FILES) >= 15


@pytest.mark.parametrize("path", ALL_FILES, ids=[f"{p.parent.name}/{p.stem}" for p in ALL_FILES])
def test_gold_file_is_well_formed(path: Path) -> None:
    doc, text = load(path)
    assert doc["article"] == f"{path.stem}.txt"
    assert "non_claims" in doc
    assert isinstance(doc["non_claims"], list)
    assert isinstance(doc.get("boilerplate", []), list)
    lines = text.rstrip("\n").split("\n")
    assert 8 <= len(lines) - 1 <= 45, "8-45 paragraphs after the headline (furniture lines count)"
    body = text.split("\n", 1)[1]
    assert doc["claims"]
    for claim in doc["claims"]:
        assert isinstance(claim.get("required"), bool), claim["text"]
        assert body.count(claim["text"]) == 1, claim["text"]
        assert claim["attribution"] in ATTRIBUTIONS
        if claim["attribution"] != "none":
            assert claim.get("speaker"), claim["text"]
        if "speaker_kind" in claim:
            assert claim["speaker_kind"] in KINDS
        assert set(claim.get("types", [])) <= TYPES
        for hedge in claim.get("hedges", []):
            assert hedge in claim["text"]
        for quantity in claim.get("quantities", []):
            assert quantity["text"] in claim["text"]
            assert isinstance(quantity["value"], int | float)
    for span in doc["non_claims"] + doc.get("boilerplate", []):
        assert body.count(span) == 1, span
        assert all(span not in claim["text"] and claim["text"] not in span for claim in doc["claims"])
