"""Score the claim extractor against gold files and print the figures (no asserts).

Usage: ``python bench/claims_eval.py [-v] [GOLD.json | GOLD_DIR ...]`` (default: the seed gold plus every
``*.json`` in ``tests/data/claims_gold``; a directory stands for its ``*.json`` files). The gold's ``article``
names the text next to it; the extractor's input is that text without its first line (the headline). A gold
claim is found when an extracted claim covers at least half of its word tokens (one-to-one, greedy by coverage).
Recall counts required gold claims found; precision counts extracted claims matched to any gold claim (required
or optional) over all extracted claims; optional gold neither helps nor hurts recall. Field accuracies are over
found attributed (speaker, cue) or all found (attribution type) required claims where the gold gives the field.
Quantity accuracy is per gold quantity (value within 1% and unit; where the gold gives a range's ``high``, the found
quantity's ``high`` must match it within 1% too, so a range read as its low end alone does not count); hedge and
type accuracy per gold hedge and gold claim type of found required claims. "Bad claims" are extracted claims
covering at least half of a boilerplate or non-claim line; the boilerplate ones are also counted apart (the
issue's "no claim made of boilerplate"). The ROC AUC ranks ``checkworthiness`` of extracted
claims matched to required gold (positives) against those matched to optional gold or to non-claims (negatives).
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsflow.contracts import Claim  # noqa: E402
from processors.claims import extract_claims  # noqa: E402

SEED_GOLD = ROOT / "tests" / "data" / "seed" / "claims.gold.json"
GOLD_DIR = ROOT / "tests" / "data" / "claims_gold"
_TOKEN = re.compile(r"\w+")
_COUNTERS = (
    "req",
    "found",
    "extracted",
    "matched",
    "spk_ok",
    "spk_n",
    "att_ok",
    "att_n",
    "cue_ok",
    "cue_n",
    "qty_ok",
    "qty_n",
    "hedge_ok",
    "hedge_n",
    "type_ok",
    "type_n",
    "bad",
    "boiler",
)


def body_of(text: str) -> str:
    """The extractor's input: the article text without its first line (the headline)."""
    return text.split("\n", 1)[1] if "\n" in text else ""


def _tokens(body: str, span: str) -> list[tuple[int, int]] | None:
    at = body.find(span)
    if at < 0:
        return None
    return [(at + m.start(), at + m.end()) for m in _TOKEN.finditer(span)]


def coverage(tokens: list[tuple[int, int]], claim: Claim) -> float:
    """Share of the gold tokens lying inside the extracted claim's span."""
    if not tokens:
        return 0.0
    inside = sum(1 for start, end in tokens if claim.start <= start and end <= claim.end)
    return inside / len(tokens)


def _norm(value: str | None) -> str:
    return " ".join((value or "").lower().split())


def _high_matches(found: float | None, gold: float | None) -> bool:
    """A gold range's high end is matched within 1%; a gold single number takes any found quantity's ``high``."""
    return gold is None or (found is not None and math.isclose(found, gold, rel_tol=0.01))


def roc_auc(positives: list[float], negatives: list[float]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def evaluate(gold_path: Path) -> dict[str, Any]:
    """Extract claims from the gold's article body and compare them with the gold."""
    doc = json.loads(gold_path.read_text(encoding="utf-8"))
    body = body_of((gold_path.parent / doc["article"]).read_text(encoding="utf-8"))
    claims = extract_claims(body, "0" * 32)
    golds = [(g, _tokens(body, g["text"])) for g in doc["claims"]]
    golds = [(g, t) for g, t in golds if t]
    pairs = sorted(
        (
            (coverage(t, c), -abs(len(c.text) - len(g["text"])), gi, ci)
            for gi, (g, t) in enumerate(golds)
            for ci, c in enumerate(claims)
        ),
        reverse=True,
    )
    gold_to_claim: dict[int, int] = {}
    used: set[int] = set()
    for cov, _, gi, ci in pairs:
        if cov < 0.5:
            break
        if gi not in gold_to_claim and ci not in used:
            gold_to_claim[gi] = ci
            used.add(ci)
    counts = dict.fromkeys(_COUNTERS, 0)
    counts["extracted"], counts["matched"] = len(claims), len(used)
    misses: list[str] = []
    positives: list[float] = []
    negatives: list[float] = []
    for gi, (gold, _) in enumerate(golds):
        required = gold.get("required", True)
        ci = gold_to_claim.get(gi)
        if ci is not None:
            (positives if required else negatives).append(claims[ci].checkworthiness)
        if not required:
            continue
        counts["req"] += 1
        if ci is None:
            misses.append(f"missed: {gold['text'][:90]}")
            continue
        counts["found"] += 1
        claim = claims[ci]
        counts["att_n"] += 1
        if claim.attribution == gold["attribution"]:
            counts["att_ok"] += 1
        else:
            misses.append(f"attribution {claim.attribution}!={gold['attribution']}: {gold['text'][:60]}")
        if gold["attribution"] != "none" and gold.get("speaker"):
            counts["spk_n"] += 1
            name = claim.speaker.name if claim.speaker else None
            if _norm(name) in {_norm(n) for n in gold["speaker"]}:
                counts["spk_ok"] += 1
            else:
                misses.append(f"speaker {name!r} not in {gold['speaker']}: {gold['text'][:50]}")
        if gold.get("cue"):
            counts["cue_n"] += 1
            if _norm(claim.cue) == _norm(gold["cue"]):
                counts["cue_ok"] += 1
            else:
                misses.append(f"cue {claim.cue!r}!={gold['cue']!r}: {gold['text'][:50]}")
        for quantity in gold.get("quantities", []):
            counts["qty_n"] += 1
            if any(
                q.unit == quantity["unit"]
                and q.value is not None
                and math.isclose(q.value, quantity["value"], rel_tol=0.01)
                and _high_matches(q.high, quantity.get("high"))
                for q in claim.quantities
            ):
                counts["qty_ok"] += 1
            else:
                shown = quantity["value"] if quantity.get("high") is None else f"{quantity['value']}-{quantity['high']}"
                misses.append(f"quantity {quantity['text']!r} ({shown} {quantity['unit']}) not found")
        for kind in gold.get("types", []):
            counts["type_n"] += 1
            if kind in claim.types:
                counts["type_ok"] += 1
            else:
                misses.append(f"type {kind!r} not found: {gold['text'][:50]}")
        for hedge in gold.get("hedges", []):
            counts["hedge_n"] += 1
            if _norm(hedge) in {_norm(h) for h in claim.hedges}:
                counts["hedge_ok"] += 1
            else:
                misses.append(f"hedge {hedge!r} not found: {gold['text'][:50]}")
    boiler_spans = [t for t in (_tokens(body, s) for s in doc.get("boilerplate", [])) if t]
    bad_spans = boiler_spans + [t for t in (_tokens(body, s) for s in doc.get("non_claims", [])) if t]
    for ci, claim in enumerate(claims):
        if any(coverage(t, claim) >= 0.5 for t in bad_spans):
            counts["bad"] += 1
            boiler = any(coverage(t, claim) >= 0.5 for t in boiler_spans)
            counts["boiler"] += boiler
            misses.append(f"claim made of {'boilerplate' if boiler else 'a non-claim'}: {claim.text[:80]}")
            if ci not in used:
                negatives.append(claim.checkworthiness)
    for ci, claim in enumerate(claims):
        if ci not in used and not any(coverage(t, claim) >= 0.5 for t in bad_spans):
            misses.append(f"unmatched extraction: {claim.text[:80]}")
    return {"counts": counts, "positives": positives, "negatives": negatives, "misses": misses}


def _ratio(ok: int, total: int) -> str:
    return f"{ok / total:.3f} ({ok}/{total})" if total else "n/a"


def report(name: str, counts: dict[str, int], positives: list[float], negatives: list[float]) -> str:
    """One line of figures."""
    auc = roc_auc(positives, negatives)
    return (
        f"{name:<32} recall {_ratio(counts['found'], counts['req'])}  "
        f"precision {_ratio(counts['matched'], counts['extracted'])}  "
        f"speaker {_ratio(counts['spk_ok'], counts['spk_n'])}  "
        f"attribution {_ratio(counts['att_ok'], counts['att_n'])}  "
        f"cue {_ratio(counts['cue_ok'], counts['cue_n'])}  quantity {_ratio(counts['qty_ok'], counts['qty_n'])}  "
        f"hedges {_ratio(counts['hedge_ok'], counts['hedge_n'])}  types {_ratio(counts['type_ok'], counts['type_n'])}  "
        f"bad {counts['bad']} (boilerplate {counts['boiler']})  "
        f"AUC {'n/a' if auc is None else f'{auc:.3f}'} (+{len(positives)}/-{len(negatives)})"
    )


def main(argv: list[str]) -> int:
    """Print per-file and overall figures for the gold files in ``argv`` (or the default set)."""
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        print("Options: -v lists every miss (missed claims, wrong fields, unmatched extractions).")
        return 0
    verbose = "-v" in argv
    arguments = [Path(a) for a in argv[1:] if a != "-v"]
    paths: list[Path] = []
    for argument in arguments:
        paths.extend(sorted(argument.glob("*.json")) if argument.is_dir() else [argument])
    paths = paths or [SEED_GOLD, *sorted(GOLD_DIR.glob("*.json"))]
    total = dict.fromkeys(_COUNTERS, 0)
    all_pos: list[float] = []
    all_neg: list[float] = []
    for path in paths:
        result = evaluate(path)
        for key, value in result["counts"].items():
            total[key] += value
        all_pos += result["positives"]
        all_neg += result["negatives"]
        print(report(path.stem, result["counts"], result["positives"], result["negatives"]))
        if verbose:
            for miss in result["misses"]:
                print(f"    {miss}")
    print(report(f"OVERALL ({len(paths)} files)", total, all_pos, all_neg))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
