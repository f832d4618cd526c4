"""Score the claim extractor against a gold file: precision/recall of claims and per-field accuracy.

Usage: ``python bench/claims_eval.py [path/to/claims.gold.json]`` (default: tests/data/seed/claims.gold.json).
The gold's ``article`` names the article text next to it. A found claim matches a gold claim when one's text
contains the other's. Precision counts found claims that match any gold claim (required or optional); recall counts
required gold claims found. Field accuracy is over matched required claims where the gold gives the field.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsflow.contracts import Claim  # noqa: E402
from processors.claims import extract_claims  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "seed" / "claims.gold.json"
FIELDS = ("attribution", "speaker", "cue", "hedges", "quantities")


def _match(gold_text: str, claims: list[Claim]) -> Claim | None:
    hits = [claim for claim in claims if gold_text in claim.text or claim.text in gold_text]
    return min(hits, key=lambda claim: abs(len(claim.text) - len(gold_text))) if hits else None


def _field_ok(field: str, gold: dict[str, Any], claim: Claim) -> bool | None:
    """True/False when the gold gives ``field``, None when it does not."""
    if field == "attribution":
        return bool(claim.attribution == gold["attribution"])
    if field == "speaker":
        if "speaker" not in gold:
            return None
        return claim.speaker is not None and claim.speaker.name.lower() in {n.lower() for n in gold["speaker"]}
    if field == "cue":
        return claim.cue == gold["cue"] if "cue" in gold else None
    if field == "hedges":
        return set(gold["hedges"]) <= set(claim.hedges) if "hedges" in gold else None
    if "quantities" not in gold:
        return None
    found = {(q.text, q.value, q.unit) for q in claim.quantities}
    return all((q["text"], q["value"], q["unit"]) in found for q in gold["quantities"])


def evaluate(gold_path: Path) -> dict[str, Any]:
    """Extract claims from the gold's article and compare them with the gold."""
    gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold_doc["article"]).read_text(encoding="utf-8")
    claims = extract_claims(text, "0" * 32)
    golds: list[dict[str, Any]] = gold_doc["claims"]
    required = [gold for gold in golds if gold.get("required", True)]
    true_positive = sum(1 for claim in claims if any(_match(gold["text"], [claim]) for gold in golds))
    found_required = 0
    fields: dict[str, list[bool]] = {field: [] for field in FIELDS}
    misses: list[str] = []
    for gold in required:
        claim = _match(gold["text"], claims)
        if claim is None:
            misses.append(gold["text"])
            continue
        found_required += 1
        for field in FIELDS:
            ok = _field_ok(field, gold, claim)
            if ok is not None:
                fields[field].append(ok)
                if not ok:
                    misses.append(f"{field}: {gold['text'][:60]}")
    return {
        "claims_found": len(claims),
        "precision": true_positive / len(claims) if claims else 0.0,
        "recall": found_required / len(required) if required else 0.0,
        "fields": {field: (sum(oks), len(oks)) for field, oks in fields.items()},
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    """Print the figures for the gold file named in ``argv`` (or the seed gold)."""
    gold_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_GOLD
    result = evaluate(gold_path)
    print(f"gold: {gold_path}")
    print(f"claims found: {result['claims_found']}")
    print(f"precision: {result['precision']:.3f}")
    print(f"recall (required): {result['recall']:.3f}")
    for field, (ok, total) in result["fields"].items():
        accuracy = ok / total if total else 0.0
        print(f"  {field:<12} {ok}/{total}  {accuracy:.3f}")
    for miss in result["misses"]:
        print(f"  miss: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
