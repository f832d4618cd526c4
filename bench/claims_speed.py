"""Claim-extraction throughput on one core: ``python bench/claims_speed.py [--runs 5]``.

Builds 800-word articles from the gold texts (headlines dropped; paragraphs concatenated, cycling through the gold
set, until an article has 800 words), times ``extract_claims`` over all of them in this single process, and prints
articles/s and ms/article, the median of the runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from processors.claims import extract_claims  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "claims_gold"
TEXTS = [ROOT / "tests" / "data" / "seed" / "article.txt", *sorted(GOLD_DIR.glob("*.txt"))]
WORDS = 800


def build_articles() -> list[str]:
    """One 800-word article starting at each gold text, continuing with the next texts' paragraphs."""
    paragraphs = [[line for line in path.read_text(encoding="utf-8").split("\n")[1:] if line.strip()] for path in TEXTS]
    flat = [p for doc in paragraphs for p in doc]
    articles = []
    offset = 0
    for doc in paragraphs:
        out: list[str] = []
        words = 0
        i = offset
        while words < WORDS:
            paragraph = flat[i % len(flat)]
            out.append(paragraph)
            words += len(paragraph.split())
            i += 1
        articles.append("\n".join(out))
        offset += len(doc)
    return articles


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    articles = build_articles()
    extract_claims(articles[0], "0" * 32)  # warm-up: imports, compiled patterns
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        for article in articles:
            extract_claims(article, "0" * 32)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    words = statistics.mean(len(a.split()) for a in articles)
    print(f"{len(articles)} articles of ~{words:.0f} words, {runs} runs, one process")
    print(f"articles/s: {len(articles) / median:.1f}")
    print(f"ms/article: {1000 * median / len(articles):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
