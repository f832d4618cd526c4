"""Score the cleaner against plain trafilatura defaults on real article pages, in the same run.

Usage: ``python bench/extraction.py DATA_DIR`` where DATA_DIR holds ``fundus-dev`` and ``readability-news``
(the shared corpora; nothing is copied into the repository). Options: ``--corpus NAME`` to run one corpus,
``--show-worst N`` to list the N pages with the lowest F1 of ours, ``--show-misses`` to list the pages whose date,
author or language ours got wrong (gold and ours side by side), ``--json`` for a machine-readable summary.

Body text is scored with the word-4-gram shingle metric of the article-extraction benchmark: per page, the
true/false positive and false negative counts of 4-gram shingles (``\\w+`` tokens, multiset as there), normalised
per page; precision and recall are averaged over pages (precision only over pages with a prediction) and F1 is
taken of the averages. The gold of fundus-dev is its summary, sub-headlines and paragraphs; the gold of
readability-news is the text of ``expected.html`` (the 39 ``news_outlet`` cases).

Metadata rates count only pages whose gold has the field: date on the right day (in the gold's own offset),
at least one gold author found, language right (ISO 639-1 primary subtag), title equal to or containing the gold.
They are printed against the gold as shipped, then against the audited gold: ``bench/gold_errata.json`` lists the
gold labels the pages contradict (a byline taken from a sidebar teaser, a language label taken from ``<html lang>``
on a page written in isiXhosa), each with its evidence; language errata are re-checked on each run by detecting the
language of the corpus's own gold body text.
Speed is wall pages/s and CPU ms/page of each system over the same pages, alternating which runs first.

Promo false removals: the promo filter run on each gold page's own paragraph list, and on the paragraphs the
extractor produced (a removed one counts when it is a gold paragraph); every such paragraph is printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402

from ingest.clean import clean, extract_paragraphs  # noqa: E402
from ingest.errors import ExtractionError  # noqa: E402
from ingest.promo import PromoFilter  # noqa: E402

_TOKEN = re.compile(r"\w+")
_BLOCK_TAGS = r"p|div|h[1-6]|li|br|tr|td|th|blockquote|section|article|figure|figcaption|ul|ol|pre|table|header|footer"
_BLOCK = re.compile(rf"<(?:/?)(?:{_BLOCK_TAGS})\b[^>]*>", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:by|par|por|von|de)\s+", re.IGNORECASE)


@dataclass
class Page:
    id: str
    url: str
    html: str
    gold_text: str
    gold_paragraphs: list[str]
    title: str | None
    authors: list[str]
    published: datetime | None
    language: str | None


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: str = ""
    published: str | None = None  # ISO date or datetime
    language: str | None = None


@dataclass
class Score:
    name: str
    prf: list[tuple[float, float, float]] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0
    failures: int = 0
    meta: dict[str, list[bool]] = field(default_factory=lambda: {k: [] for k in ("date", "author", "lang", "title")})
    per_page: list[tuple[str, float, float]] = field(default_factory=list)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # page, field, gold, found
    audited: dict[str, list[bool]] = field(default_factory=lambda: {k: [] for k in ("date", "author", "lang")})


# ---------------------------------------------------------------- metric (article-extraction-benchmark)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of 4-gram shingles of one page."""
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def prf(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Averaged precision and recall over pages, and the F1 of the averages."""
    p = statistics.mean(_precision(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(_recall(*s) for s in scores if s[0] + s[2] > 0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- corpora


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip().replace(" ", "T", 1)
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text).replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def load_fundus(root: Path) -> Iterator[Page]:
    golds: dict[str, Any] = {}
    for line in (root / "manifest.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        gold_file = root / row["gold"]
        gold_all = golds.setdefault(row["gold"], json.loads(gold_file.read_text("utf-8")))
        gold = gold_all[row["gold_version"]]
        body = gold["body"]
        paragraphs = list(body.get("summary", []))
        for section in body.get("sections", []):
            paragraphs += list(section.get("headline", [])) + list(section.get("paragraphs", []))
        paragraphs = [p for p in paragraphs if p.strip()]
        yield Page(
            id=row["id"],
            url=row["url"],
            html=gzip.decompress((root / row["html"]).read_bytes()).decode("utf-8", "replace"),
            gold_text="\n\n".join(paragraphs),
            gold_paragraphs=paragraphs,
            title=row.get("title") or None,
            authors=[a for a in row.get("authors") or [] if a.strip()],
            published=_parse_dt(row.get("publishing_date")),
            language=row.get("language") or None,
        )


def _page_url(html: str, case: str) -> str:
    for pattern in (
        r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"'](https?://[^\"']+)",
        r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"'](https?://[^\"']+)",
    ):
        m = re.search(pattern, html, re.IGNORECASE)
        if m:
            return m.group(1)
    return f"https://news.example/{case}"


def _block_texts(html: str) -> list[str]:
    doc = lxml.html.fromstring(_BLOCK.sub("\n", html) or "<div></div>")
    return [" ".join(line.split()) for line in doc.text_content().splitlines() if line.strip()]


def load_readability(root: Path) -> Iterator[Page]:
    for line in (root / "manifest.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] != "news_outlet":
            continue
        folder = root / "test-pages" / row["id"]
        html = (folder / "source.html").read_text("utf-8", "replace")
        paragraphs = _block_texts((folder / "expected.html").read_text("utf-8", "replace"))
        byline = _LEAD.sub("", " ".join((row.get("byline") or "").split()))
        yield Page(
            id=row["id"],
            url=_page_url(html, row["id"]),
            html=html,
            gold_text="\n\n".join(paragraphs),
            gold_paragraphs=paragraphs,
            title=row.get("title") or None,
            authors=[byline] if byline else [],
            published=_parse_dt(row.get("publishedTime")),
            language=(row.get("lang") or "").split("-")[0].lower() or None,
        )


# ---------------------------------------------------------------- systems


def run_ours(page: Page) -> Output:
    try:
        a = clean(page.html, page.url)
    except ExtractionError:
        return Output()
    return Output(
        text=a.text,
        title=a.title,
        authors="; ".join(a.authors),
        published=a.published_at.isoformat() if a.published_at else None,
        language=a.language,
    )


def run_trafilatura(page: Page) -> Output:
    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return Output()
    return Output(
        text=doc.text or "", title=doc.title, authors=doc.author or "", published=doc.date, language=doc.language
    )


SYSTEMS: dict[str, Callable[[Page], Output]] = {"ours": run_ours, "trafilatura": run_trafilatura}


def _date_right(gold: datetime, found: str | None) -> bool:
    if not found:
        return False
    try:
        parsed = datetime.fromisoformat(found)
    except ValueError:
        return False
    if len(found) <= 10 or parsed.tzinfo is None:  # a bare day: compare as written
        return parsed.date() == gold.date()
    tz = gold.tzinfo or UTC
    return parsed.astimezone(tz).date() == (gold if gold.tzinfo else gold.replace(tzinfo=UTC)).date()


def _author_found(gold: list[str], found: str) -> bool:
    ours = [_norm(_LEAD.sub("", part)) for part in re.split(r";", found) if part.strip()]
    for g in (_norm(x) for x in gold):
        for o in ours:
            if o and (o in g or g in o):
                return True
    return False


def metadata_checks(page: Page, out: Output) -> list[tuple[str, bool, str, str]]:
    """(field, right, gold, found) for each of date, author and language that the page's gold has."""
    checks: list[tuple[str, bool, str, str]] = []
    if page.published is not None:
        checks.append(
            ("date", _date_right(page.published, out.published), page.published.isoformat(), out.published or "")
        )
    if page.authors:
        checks.append(("author", _author_found(page.authors, out.authors), "; ".join(page.authors), out.authors))
    if page.language:
        right = (out.language or "").split("-")[0].lower() == page.language.split("-")[0]
        checks.append(("lang", right, page.language, out.language or ""))
    return checks


def score_page(page: Page, out: Output, score: Score, audited: Page) -> None:
    """Score one page: body shingles, and metadata against the gold as shipped and against the audited gold."""
    s = shingle_match(page.gold_text, out.text)
    score.prf.append(s)
    score.per_page.append((page.id, _precision(*s), _recall(*s)))
    score.failures += not out.text
    for name, right, gold, found in metadata_checks(page, out):
        score.meta[name].append(right)
        if not right:
            score.misses.append((page.id, name, gold, found or ""))
    for name, right, _gold, _found in metadata_checks(audited, out):
        score.audited[name].append(right)
    if page.title:
        score.meta["title"].append(bool(out.title) and _norm(page.title) in _norm(out.title))


# ---------------------------------------------------------------- audited gold (bench/gold_errata.json)

ERRATA = Path(__file__).with_name("gold_errata.json")


def audit(corpus: str, pages: list[Page]) -> tuple[list[Page], list[str]]:
    """The pages with the errata of ``corpus`` applied, and one line per erratum saying whether it applied.

    A language correction applies only when py3langid, on the corpus's own gold body text, gives the corrected code;
    an author correction replaces the gold author (a null correction: the page names no author, so it leaves the
    count). An erratum whose recorded gold no longer matches the corpus is not applied."""
    import py3langid

    by_id = {page.id: page for page in pages}
    audited = dict(by_id)
    report: list[str] = []
    for erratum in json.loads(ERRATA.read_text("utf-8"))["errata"]:
        if erratum["corpus"] != corpus or erratum["page"] not in by_id:
            continue
        page, fixed = by_id[erratum["page"]], erratum["corrected"]
        if erratum["field"] == "lang":
            detected = str(py3langid.classify(page.gold_text)[0])
            applies = page.language == erratum["gold"] and detected == fixed
            if applies:
                audited[page.id] = replace(audited[page.id], language=fixed)
            verdict = f"gold body text detected as {detected}"
        elif erratum["field"] == "date":
            applies = page.published is not None and page.published.isoformat() == erratum["gold"]
            if applies:
                audited[page.id] = replace(audited[page.id], published=_parse_dt(fixed))
            verdict = erratum["evidence"]
        else:
            applies = "; ".join(page.authors) == erratum["gold"]
            if applies:
                audited[page.id] = replace(audited[page.id], authors=[fixed] if fixed else [])
            verdict = erratum["evidence"]
        state = "applied" if applies else "NOT applied"
        change = f"{erratum['field']}: {erratum['gold'][:24]!r} -> {fixed!r}"
        report.append(f"   {page.id:<32} {change} ({state}; {verdict})")
    return [audited[page.id] for page in pages], report


def false_removals(pages: list[Page]) -> list[tuple[str, str, str, str]]:
    """(page, where, rule, paragraph) for every gold paragraph the promo filter removes; ``rule`` is the pattern id
    (from ``newsflow/data/promo_patterns.json``) or positional rule that removed it."""
    promo = PromoFilter()
    found: list[tuple[str, str, str, str]] = []
    for page in pages:
        gold = {_norm(p) for p in page.gold_paragraphs}
        for p, rule in zip(page.gold_paragraphs, promo.removal_reasons(page.gold_paragraphs), strict=True):
            if rule is not None:
                found.append((page.id, "gold list", rule, p))
        try:
            paragraphs = extract_paragraphs(page.html, page.url)
        except ExtractionError:
            continue
        for p, rule in zip(paragraphs, promo.removal_reasons(paragraphs), strict=True):
            if rule is not None and _norm(p) in gold:
                found.append((page.id, "extracted", rule, p))
    return found


def evaluate(name: str, pages: list[Page], worst: int, misses: bool = False) -> dict[str, Any]:
    scores = {system: Score(system) for system in SYSTEMS}
    audited, errata = audit(name, pages)
    for page in pages:  # warm up outside the timing: imports, lazily built models, dateparser's regex caches
        for system in SYSTEMS.values():
            system(page)
    for i, (page, audited_page) in enumerate(zip(pages, audited, strict=True)):
        order = list(SYSTEMS.items()) if i % 2 == 0 else list(reversed(SYSTEMS.items()))
        for system_name, system in order:
            w0, c0 = time.perf_counter(), time.process_time()
            out = system(page)
            scores[system_name].wall += time.perf_counter() - w0
            scores[system_name].cpu += time.process_time() - c0
            score_page(page, out, scores[system_name], audited_page)
    summary: dict[str, Any] = {"corpus": name, "pages": len(pages)}
    print(f"\n== {name}: {len(pages)} pages")
    print(
        f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6}  {'pages/s':>7} {'CPU ms/pg':>9}  {'empty':>5}  "
        f"{'date':>11} {'author':>11} {'lang':>11} {'title':>11}"
    )
    for system_name, sc in scores.items():
        p, r, f1 = prf(sc.prf)
        rates = {k: (sum(v), len(v)) for k, v in sc.meta.items()}
        cells = " ".join(f"{a:>3}/{b:<3}{(a / b if b else 0):>4.0%}" for a, b in rates.values())
        print(
            f"{system_name:<12} {p:6.3f} {r:6.3f} {f1:6.3f}  {len(pages) / sc.wall:7.1f} "
            f"{1000 * sc.cpu / len(pages):9.1f}  {sc.failures:>5}  {cells}"
        )
        summary[system_name] = {
            "precision": p,
            "recall": r,
            "f1": f1,
            "pages_per_s": len(pages) / sc.wall,
            "cpu_ms_per_page": 1000 * sc.cpu / len(pages),
            "empty": sc.failures,
            "metadata": {k: {"right": a, "of": b} for k, (a, b) in rates.items()},
            "metadata_audited": {k: {"right": sum(v), "of": len(v)} for k, v in sc.audited.items()},
        }
    ours, traf = summary["ours"], summary["trafilatura"]
    print(
        f"F1 ours - trafilatura: {ours['f1'] - traf['f1']:+.3f};  speed ours / trafilatura: "
        f"{ours['pages_per_s'] / traf['pages_per_s']:.2f}x wall, "
        f"{traf['cpu_ms_per_page'] / ours['cpu_ms_per_page']:.2f}x CPU (CPU time is steadier on a busy machine)"
    )
    if errata:
        print(f"audited gold (bench/gold_errata.json, {len(errata)} errata):")
        print("\n".join(errata))
        for system_name, sc in scores.items():
            cells = "  ".join(f"{k} {sum(v)}/{len(v)} {sum(v) / len(v) if v else 0:.0%}" for k, v in sc.audited.items())
            print(f"   {system_name:<12} against the audited gold: {cells}")
    if worst:
        print(f"worst {worst} pages of ours (P, R):")
        for page_id, p, r in sorted(scores["ours"].per_page, key=lambda x: 2 * x[1] * x[2] / (x[1] + x[2] or 1))[
            :worst
        ]:
            print(f"   {page_id:<40} P {p:.2f} R {r:.2f}")
    if misses:
        print("metadata misses of ours (page, field: gold | ours):")
        for page_id, field_name, gold, found in scores["ours"].misses:
            print(f"   {page_id:<40} {field_name}: {gold[:60]} | {found[:60]}")
    removals = false_removals(pages)
    print(f"promo false removals (gold paragraphs removed): {len(removals)}")
    for page_id, where, rule, paragraph in removals:
        print(f"   [{page_id}, {where}, {rule}] {paragraph[:150]}")
    summary["promo_false_removals"] = len(removals)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--corpus", choices=["fundus-dev", "readability-news"], action="append")
    parser.add_argument("--show-worst", type=int, default=0)
    parser.add_argument("--show-misses", action="store_true", help="list the date, author and language misses")
    parser.add_argument("--json", action="store_true", help="also print the summary as one JSON line")
    args = parser.parse_args(argv)
    loaders = {"fundus-dev": load_fundus, "readability-news": load_readability}
    results = []
    for name in args.corpus or list(loaders):
        pages = list(loaders[name](args.data_dir / name))
        results.append(evaluate(name, pages, args.show_worst, args.show_misses))
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
