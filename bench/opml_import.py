"""Import every OPML file under a folder and report what the importer made of it.

Usage: ``python bench/opml_import.py DATA_DIR`` (e.g. ``../shared/corpora/opml``). Prints, per top folder and in
total: files, files that were well-formed XML, feeds imported, outlines skipped by reason, and the files that
yielded no feed at all.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.opml import OpmlImport, parse_opml  # noqa: E402


def _group(path: Path, data_dir: Path) -> str:
    """The folder a file is reported under: its parent relative to ``data_dir``."""
    return str(path.parent.relative_to(data_dir)) or "."


def main(argv: list[str]) -> int:
    """Run the import over ``argv[1]`` and print the figures; exit code 2 on bad usage."""
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    data_dir = Path(argv[1])
    files = sorted(p for p in data_dir.rglob("*") if p.suffix.lower() in (".opml", ".xml") and p.is_file())
    started = time.perf_counter()
    results: dict[Path, OpmlImport] = {p: parse_opml(p.read_bytes()) for p in files}
    elapsed = time.perf_counter() - started

    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(_group(path, data_dir), []).append(path)
    print(f"{'folder':<48} {'files':>5} {'well-formed':>11} {'feeds':>6} {'skipped':>7}")
    for name, paths in groups.items():
        print(
            f"{name:<48} {len(paths):>5} {sum(results[p].well_formed for p in paths):>11} "
            f"{sum(len(results[p].feeds) for p in paths):>6} {sum(len(results[p].skipped) for p in paths):>7}"
        )
    all_results = list(results.values())
    print(
        f"{'total':<48} {len(files):>5} {sum(r.well_formed for r in all_results):>11} "
        f"{sum(len(r.feeds) for r in all_results):>6} {sum(len(r.skipped) for r in all_results):>7}"
    )
    print(f"parsed in {elapsed * 1000:.0f} ms")

    reasons = Counter(_reason_kind(s.reason) for r in all_results for s in r.skipped)
    print("skipped by reason:" + ("" if reasons else " none"))
    for reason, count in reasons.most_common():
        print(f"  {count:>5}  {reason}")
    for path, result in results.items():
        for skip in result.skipped:
            print(f"    {path.relative_to(data_dir)}:{skip.line}: {skip.reason}: {skip.outline[:80]}")
    empty = [p for p, r in results.items() if not r.feeds]
    print(f"files with zero feeds: {len(empty)}")
    for path in empty:
        print(f"  {path.relative_to(data_dir)}")
    return 0


def _reason_kind(reason: str) -> str:
    """The reason without its detail ("duplicate of line 12" -> "duplicate of line N")."""
    if reason.startswith("duplicate of line"):
        return "duplicate of line N"
    if reason.startswith("xmlUrl is not http(s)"):
        return "xmlUrl is not http(s)"
    return reason


if __name__ == "__main__":
    sys.exit(main(sys.argv))
