"""Measure the site-learned boilerplate layer on one generated host.

Usage: ``python bench/site_learning.py [--articles 24] [--k 5] [--seed 7]``.

The corpora hold only a few pages per host, so this generates one: articles with body paragraphs that differ per
article, plus the boilerplate a news site repeats (a subscription pitch, a copyright line whose year changes, a
"Related:" rail per section, an author bio per author, an "Advertisement" slot) and a live-coverage series of five
updates that repeat one direct quote and one reported-speech paragraph. The articles go through
:class:`ingest.sitelayer.SiteLayer` in order on a fresh, migrated SQLite database, as the poller would run them.

Printed: per article, the boilerplate paragraphs present and removed, body paragraphs removed, and whether the
repeated quotes survived; then boilerplate recall over the occurrences the layer could remove (the K-th or later
distinct article carrying that paragraph), recall over every article after the first K, false removals of body
paragraphs (target 0), and whether a repeated quote was ever removed (must never be).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.sitelayer import SiteLayer  # noqa: E402
from ingest.sitelearn import paragraph_hash, split_paragraphs  # noqa: E402
from newsflow.db import migrate  # noqa: E402
from newsflow.db.engine import make_engine, make_sessionmaker  # noqa: E402

HOST = "riverside-courier.example"
BODY, BOILER, QUOTE = "body", "boilerplate", "quote"

PITCH = (
    "Enjoy unlimited access to the Riverside Courier's local journalism for just 1 a week. Cancel at any time, "
    "and support the reporting that keeps our town informed."
)
COPYRIGHT = "\u00a9 {year} Riverside Courier Media Ltd. All rights reserved. Registered in England no. 01234567."
RELATED = {
    "local": "Related: Council budget explained | Bus routes to change in spring | Opinion: the town needs a bypass",
    "sport": "Related: Match reports | Transfer window latest | League table and fixtures",
}
AUTHORS = {
    "Jane Roe": "Jane Roe is the Courier's transport correspondent. She has covered roads, rail and buses in the "
    "region since 2011.",
    "Sam Patel": "Sam Patel covers the council and local politics for the Courier, and previously worked for "
    "the Northern Echo.",
    "Ola Nowak": "Ola Nowak is the Courier's sports reporter, following Riverside Rovers home and away.",
}
ADVERT = "Advertisement"
LIVE_QUOTE = '"We are doing everything we can to reach the people still trapped," fire chief Dana Okafor said.'
LIVE_REPORTED = "Fire chief Dana Okafor told reporters that crews would keep searching the building overnight."

PEOPLE = ["Maria Lopez", "Tom Becker", "Aisha Khan", "Peter Wood", "Grace Obi", "Lena Fischer", "Omar Haddad"]
ROLES = ["a local shopkeeper", "the ward councillor", "a retired teacher", "the head of the trust", "a parent"]
PLACES = ["Mill Lane", "the harbour", "Northgate", "St Anne's ward", "the old brewery site", "Castle Park"]
TOPICS = ["the new cycle lanes", "the library closure", "the flood defences", "the school expansion", "parking fees"]
VERBS = ["approved", "delayed", "rejected", "reviewed", "funded", "paused"]
THINGS = ["a 40-home development", "a skate park", "the bridge repairs", "a new bus depot", "the market hall plan"]
FACTS = [
    "The plan has been in preparation for {n} months and drew {m} objections during consultation.",
    "Work near {place} is due to begin in {month}, with a budget of about {n} million pounds.",
    "Traffic on {place} has risen by {n} per cent since the bypass opened, figures show.",
    "The committee {verb} {thing} after a debate that ran past {n} o'clock.",
    "{person}, {role}, has lived on {place} for {n} years and runs a petition about {topic}.",
    "Opponents of {topic} have gathered {n} signatures and plan a public meeting at {place}.",
    "The authority expects {topic} to cost {n} pounds a household, a figure disputed by residents.",
    "Earlier this year {thing} near {place} was {verb} by the planning inspector.",
]
SPORT = [
    "Riverside Rovers beat {team} {n}-{m} at {ground}, their {ordinal} win of the season.",
    "{person} scored twice before half-time as {team} struggled to keep their shape.",
    "The result lifts the Rovers to {ordinal} in the table, {n} points behind the leaders.",
    "Attendance at {ground} was {n} thousand, the highest since the stand was rebuilt.",
]
TEAMS = ["Harbour Town", "Eastfield United", "Castle Athletic", "Millbrook City"]
GROUNDS = ["Riverside Park", "the Mill Ground", "Victoria Road"]
ORDINALS = ["third", "fifth", "seventh", "ninth"]
MONTHS = ["March", "May", "June", "September", "November"]


@dataclass(frozen=True)
class Article:
    article_id: str
    kind: str
    paragraphs: list[tuple[str, str]]  # (label, text)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        n=rng.randint(2, 95),
        m=rng.randint(2, 400),
        place=rng.choice(PLACES),
        month=rng.choice(MONTHS),
        verb=rng.choice(VERBS),
        thing=rng.choice(THINGS),
        person=rng.choice(PEOPLE),
        role=rng.choice(ROLES),
        topic=rng.choice(TOPICS),
        team=rng.choice(TEAMS),
        ground=rng.choice(GROUNDS),
        ordinal=rng.choice(ORDINALS),
    )


def _body(rng: random.Random, pool: list[str], count: int) -> list[str]:
    return [" ".join(_fill(t, rng) for t in rng.sample(pool, 2)) for _ in range(count)]


def generate(count: int, seed: int) -> list[Article]:
    """``count`` articles of one host in publication order, the live series in the middle."""
    rng = random.Random(seed)
    live = set(range(count // 2 - 2, count // 2 + 3))  # five consecutive updates
    articles = []
    authors = list(AUTHORS)
    for i in range(count):
        kind = "live" if i in live else ("sport" if i % 4 == 3 else "local")
        author = "Ola Nowak" if kind == "sport" else authors[i % 2]
        body = _body(rng, SPORT if kind == "sport" else FACTS, rng.randint(3, 6))
        paragraphs: list[tuple[str, str]] = [(BODY, p) for p in body]
        if kind == "live":
            update = len([j for j in live if j <= i])
            paragraphs.insert(0, (BODY, f"Update {update}: " + _body(rng, FACTS, 1)[0]))
            paragraphs[2:2] = [(QUOTE, LIVE_QUOTE), (QUOTE, LIVE_REPORTED)]
        if rng.random() < 0.6:
            paragraphs.insert(len(paragraphs) // 2, (BOILER, ADVERT))
        section = "sport" if kind == "sport" else "local"
        paragraphs += [
            (BOILER, RELATED[section]),
            (BOILER, PITCH),
            (BOILER, AUTHORS[author]),
            (BOILER, COPYRIGHT.format(year=2024 if i < count // 2 else 2025)),
        ]
        articles.append(Article(article_id=f"{i + 1:032x}", kind=kind, paragraphs=paragraphs))
    return articles


def _removed_positions(paragraphs: list[str], kept: list[str]) -> list[int]:
    """Indexes of ``paragraphs`` missing from ``kept`` (an in-order subsequence of them)."""
    removed, j = [], 0
    for i, p in enumerate(paragraphs):
        if j < len(kept) and kept[j] == p:
            j += 1
        else:
            removed.append(i)
    return removed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--k", type=int, default=5, help="NEWSFLOW_SITE_LEARN_MIN_ARTICLES (default 5)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles = generate(args.articles, args.seed)

    seen: Counter[str] = Counter()
    removable = removable_hit = after_k = after_k_hit = body_removed = quote_removed = 0
    elapsed = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        migrate.upgrade(engine)
        layer = SiteLayer(make_sessionmaker(engine), args.k)
        print(f"host {HOST}: {len(articles)} articles, K = {args.k}")
        print(f"{'#':>3}  {'kind':5}  {'paras':>5}  {'boiler':>6}  {'removed':>7}  {'body rm':>7}  quotes kept")
        for index, article in enumerate(articles, start=1):
            texts = [text for _, text in article.paragraphs]
            start = time.perf_counter()
            cleaned, count = layer.apply(HOST, article.article_id, "\n\n".join(texts), None)
            elapsed += time.perf_counter() - start
            gone = set(_removed_positions(texts, split_paragraphs(cleaned)))
            assert len(gone) == count
            boiler = hit = body_rm = quote_rm = 0
            for h in {paragraph_hash(t) for t in texts}:
                seen[h] += 1
            for position, (label, text) in enumerate(article.paragraphs):
                removed = position in gone
                if label == BOILER:
                    boiler += 1
                    hit += removed
                    if seen[paragraph_hash(text)] >= args.k:
                        removable += 1
                        removable_hit += removed
                    if index > args.k:
                        after_k += 1
                        after_k_hit += removed
                elif label == BODY:
                    body_rm += removed
                else:
                    quote_rm += removed
            body_removed += body_rm
            quote_removed += quote_rm
            quotes = sum(label == QUOTE for label, _ in article.paragraphs)
            quotes_text = f"{quotes - quote_rm}/{quotes}" if quotes else "-"
            print(f"{index:>3}  {article.kind:5}  {len(texts):>5}  {boiler:>6}  {hit:>7}  {body_rm:>7}  {quotes_text}")
        engine.dispose()

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"

    print(f"boilerplate recall, occurrences on a paragraph's K-th or later article: {pct(removable_hit, removable)}")
    print(f"boilerplate recall, articles after the first K (warm-up): {pct(after_k_hit, after_k)}")
    print(f"false removals of body paragraphs: {body_removed} (target 0)")
    print(f"repeated live-coverage quote ever removed: {'YES' if quote_removed else 'no'} (must be no)")
    print(f"time: {1000 * elapsed / len(articles):.2f} ms per article (SQLite, one transaction each)")
    return 1 if body_removed or quote_removed else 0


if __name__ == "__main__":
    sys.exit(main())
