"""Rows per second the database sink writes into SQLite and PostgreSQL, against a naive row-by-row ORM insert.

    python bench/sink_throughput.py [--articles 500] [--claims-per-article 10] [--batch 500]
                                    [--naive-articles 200] [--backend sqlite|postgresql] [--pg-admin-url URL]

Articles with 10 claims each are written these ways, each into a fresh database migrated to head:

- ``sink``: through :func:`sinks.store.store_batch`, the sink's own transaction body, in batches of ``--batch``
  records (an article message and its claims message are two records), one transaction per batch, exactly as
  the sink service batches (claims written set-at-a-time by :func:`sinks.writes.replace_claims`);
- ``sink, redelivered``: the same batches written again on top (upserts, claims replaced as a whole);
- ``naive ORM``: ``session.add(row)`` and ``session.commit()`` for every article, claim set and claim.

Rows are articles + claim sets + claims. The target is >= 2,000 claims/s into PostgreSQL; the verdict is printed
("met" or "MISSED") and, like ``claims_speed.py``, does not set the exit status: an absolute rate moves with the
machine's load, so the figure to compare is the ratio against the naive insert measured in the same run. The
exit status is non-zero only when a run fails. The PostgreSQL
database is created and dropped by the run (admin URL as the tests use: NEWSFLOW_TEST_PG_ADMIN_URL or
postgresql+psycopg://postgres@127.0.0.1:5432/postgres); SQLite is a temporary file. Loopback only.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import PG_ADMIN_URL, fresh_database

from newsflow.contracts import ArticleV1, Claim, ClaimsV1, Extractor, Speaker, article_id_for, claim_id_for, text_sha256
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article as ArticleRow
from newsflow.db.models import Claim as ClaimRow
from newsflow.db.models import ClaimSet as ClaimSetRow
from newsflow.db.models import utcnow
from newsflow.simhash import simhash, to_hex
from sinks.store import store_batch

TARGET_CLAIMS_PER_S = 2_000
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WORDS = tuple(
    " ".join(
        [
            "council budget minister health police river flood harbour school court trial strike port rail energy",
            "price market bank profit loss hospital nurse doctor patient farmer water drought report study glacier",
            "election vote party leader mayor city village bridge road tunnel airport train ferry storm winter",
        ]
    ).split()
)
NAMES = ("Maria Keller", "Tom Ashworth", "Ade Okafor", "Lena Brandt", "Sam Patel", "Jane Roe", "Omar Haddad")


@dataclass(frozen=True, slots=True)
class Message:
    article: ArticleV1
    claims: ClaimsV1


@dataclass(frozen=True, slots=True)
class Result:
    backend: str
    method: str
    articles: int
    claims: int
    rows: int
    seconds: float

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.seconds


def make_messages(count: int, claims_per_article: int, seed: int = 7) -> list[Message]:
    """Articles of varied random text (no accidental near-duplicates), each with ``claims_per_article`` claims."""
    rng = random.Random(seed)
    messages = []
    for i in range(count):
        sentences = []
        for _ in range(claims_per_article + 4):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 24)))
            sentences.append(f"{rng.choice(NAMES)} said the {body} would rise by {rng.randint(1, 99)}%.")
        body_text = " ".join(sentences)
        url = f"https://bench{i % 40}.example/news/{i}-{rng.getrandbits(32):08x}"
        aid = article_id_for(url)
        signature = simhash(body_text)
        article = ArticleV1(
            article_id=aid,
            url=url,
            canonical_url=url,
            feed_url=f"https://bench{i % 40}.example/feed.xml",
            source=f"bench{i % 40}.example",
            title=f"Story {i}",
            authors=["Staff Reporter"],
            published_at=NOW - timedelta(minutes=i),
            fetched_at=NOW,
            language="en",
            text=body_text,
            text_sha256=text_sha256(body_text),
            extractor=Extractor(name="newsflow-cleaner", version="0.3.0"),
            simhash=None if signature is None else to_hex(signature),
        )
        claims, start = [], 0
        for index, sentence in enumerate(sentences):
            end = start + len(sentence)
            if index < claims_per_article:
                name = sentence.split(" said ", 1)[0]
                claims.append(
                    Claim(
                        claim_id=claim_id_for(aid, start, end, sentence),
                        text=sentence,
                        start=start,
                        end=end,
                        sentence_index=index,
                        attribution="indirect",
                        speaker=Speaker(name=name, kind="person"),
                        cue="said",
                        hedges=["would"],
                        types=["prediction"],
                        checkworthiness=0.5,
                    )
                )
            start = end + 1
        message = ClaimsV1(
            article_id=aid,
            text_sha256=article.text_sha256,
            extractor=Extractor(name="newsflow-claims", version="0.5.0"),
            extracted_at=NOW,
            claims=claims,
        )
        messages.append(Message(article, message))
    return messages


def sink_batches(messages: Sequence[Message], batch_records: int) -> list[tuple[list[ArticleV1], list[ClaimsV1]]]:
    """The messages as the sink sees them: an article record then its claims record, cut every ``batch_records``."""
    records: list[ArticleV1 | ClaimsV1] = [item for m in messages for item in (m.article, m.claims)]
    batches = []
    for start in range(0, len(records), batch_records):
        chunk = records[start : start + batch_records]
        batches.append(([r for r in chunk if isinstance(r, ArticleV1)], [r for r in chunk if isinstance(r, ClaimsV1)]))
    return batches


def write_sink(
    url: str,
    messages: Sequence[Message],
    batch_records: int,
    repeat: int = 1,
) -> list[float]:
    """Seconds per pass of writing every batch the sink's way (one transaction per batch)."""
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    batches = sink_batches(messages, batch_records)
    timings = []
    try:
        for _ in range(repeat):
            clock = time.perf_counter()
            for articles, claims in batches:
                with sessions.begin() as session:
                    store_batch(session, articles, claims, utcnow())
            timings.append(time.perf_counter() - clock)
    finally:
        engine.dispose()
    return timings


def write_naive(url: str, messages: Sequence[Message]) -> float:
    """Seconds to write every row with ``session.add`` and a commit per row."""
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    clock = time.perf_counter()
    try:
        with sessions() as session:
            for m in messages:
                a, c = m.article, m.claims
                session.add(
                    ArticleRow(
                        article_id=a.article_id,
                        url=a.url,
                        canonical_url=a.canonical_url,
                        feed_url=a.feed_url,
                        source=a.source,
                        title=a.title,
                        authors=list(a.authors),
                        published_at=a.published_at,
                        fetched_at=a.fetched_at,
                        language=a.language,
                        text=a.text,
                        text_sha256=a.text_sha256,
                        extractor_name=a.extractor.name,
                        extractor_version=a.extractor.version,
                        simhash=a.simhash,
                    )
                )
                session.commit()
                session.add(
                    ClaimSetRow(
                        article_id=c.article_id,
                        extractor_name=c.extractor.name,
                        extractor_version=c.extractor.version,
                        text_sha256=c.text_sha256,
                        extracted_at=c.extracted_at,
                        claim_count=len(c.claims),
                    )
                )
                session.commit()
                for claim in c.claims:
                    speaker = claim.speaker
                    session.add(
                        ClaimRow(
                            article_id=c.article_id,
                            extractor_name=c.extractor.name,
                            claim_id=claim.claim_id,
                            extractor_version=c.extractor.version,
                            text=claim.text,
                            start_offset=claim.start,
                            end_offset=claim.end,
                            sentence_index=claim.sentence_index,
                            attribution=claim.attribution,
                            speaker_name=speaker.name if speaker else None,
                            speaker_role=speaker.role if speaker else None,
                            speaker_kind=speaker.kind if speaker else None,
                            cue=claim.cue,
                            hedges=list(claim.hedges),
                            quantities=[q.model_dump() for q in claim.quantities],
                            types=list(claim.types),
                            checkworthiness=claim.checkworthiness,
                        )
                    )
                    session.commit()
    finally:
        engine.dispose()
    return time.perf_counter() - clock


def measure(
    backend: str,
    admin_url: str,
    workdir: Path,
    messages: Sequence[Message],
    batch: int,
    naive_articles: int,
) -> list[Result]:
    articles = len(messages)
    claims = sum(len(m.claims.claims) for m in messages)
    rows = 2 * articles + claims
    results = []
    with fresh_database(backend, workdir, admin_url) as url:
        first, again = write_sink(url, messages, batch, repeat=2)
    results.append(Result(backend, f"sink (batches of {batch} records)", articles, claims, rows, first))
    results.append(Result(backend, "sink, same batches redelivered", articles, claims, rows, again))
    sample = messages[:naive_articles]
    sample_claims = sum(len(m.claims.claims) for m in sample)
    with fresh_database(backend, workdir, admin_url) as url:
        seconds = write_naive(url, sample)
    results.append(
        Result(
            backend,
            "naive ORM (add + commit per row)",
            len(sample),
            sample_claims,
            2 * len(sample) + sample_claims,
            seconds,
        )
    )
    return results


def table(results: Sequence[Result]) -> str:
    header = ("backend", "method", "articles", "claims", "rows", "seconds", "rows/s", "claims/s")
    lines = [
        (
            r.backend,
            r.method,
            str(r.articles),
            str(r.claims),
            str(r.rows),
            f"{r.seconds:.2f}",
            f"{r.rows_per_s:,.0f}",
            f"{r.claims_per_s:,.0f}",
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    fmt: Callable[[Sequence[str]], str] = lambda row: "  ".join(  # noqa: E731
        cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
    )
    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *(fmt(line) for line in lines)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--batch", type=int, default=500, help="records per sink batch (NEWSFLOW_BATCH_MAX_RECORDS)")
    parser.add_argument("--naive-articles", type=int, default=200, help="articles written the naive way")
    parser.add_argument("--pg-admin-url", default=PG_ADMIN_URL)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), action="append")
    args = parser.parse_args()
    messages = make_messages(args.articles, args.claims_per_article)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as workdir:
        for backend in args.backend or ["sqlite", "postgresql"]:
            results += measure(backend, args.pg_admin_url, Path(workdir), messages, args.batch, args.naive_articles)
    print(table(results))
    pg = [r for r in results if r.backend == "postgresql" and r.method.startswith("sink (")]
    naive = [r for r in results if r.backend == "postgresql" and r.method.startswith("naive")]
    if pg:
        verdict = "met" if pg[0].claims_per_s >= TARGET_CLAIMS_PER_S else "MISSED"
        print(
            f"\ntarget >= {TARGET_CLAIMS_PER_S:,} claims/s into PostgreSQL: "
            f"{pg[0].claims_per_s:,.0f} claims/s, {verdict}"
        )
        ratio = pg[0].claims_per_s / naive[0].claims_per_s if naive else None
        if ratio is not None:
            print(f"sink / naive ORM insert into PostgreSQL, same run: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
