"""Claim-extraction throughput on one core, pure Python and mypyc-compiled: ``python bench/claims_speed.py [--runs 7]``.

Builds 800-word articles from the gold texts (headlines dropped; paragraphs concatenated, cycling through the gold
set, until an article has 800 words). Then compiles ``processors/claims`` with mypyc into a temporary directory,
exactly as the production image does (``setup.py`` with ``NEWSFLOW_MYPYC=1``; nothing is written into the
repository), and starts two single-process workers: the pure-Python source tree (what a dev install runs) and the
compiled copy (that directory first on ``sys.path``). Each worker first checks which build it imported (every
``processors.claims`` module a ``.py`` file, or an extension module from the build directory) and extracts every
article once; the bench stops unless both produce identical claims. The timed runs then alternate between the two
workers, so load on a shared machine hits both alike; each run extracts every article ``--passes`` times. Printed
per build, as the median of the runs: articles/s and ms/article in CPU time of the worker (``time.process_time``)
and in wall time, then the speed-up and the check of the target (>= 300 articles/s on one core, in CPU time, for
the compiled build that production runs). ``--pure`` skips the compiled build; without mypy or a C compiler it is
skipped with a note.

``--against REV`` also compiles the extractor of git revision ``REV`` (a temporary worktree, built by that
revision's own bench) and times it in the same alternation, on the same articles: the speed-up of this tree over
``REV`` is then a ratio measured side by side, which a shared machine's drifting speed cannot fake. Whether the two
extractors give identical claims is printed; they need not (the extractor may have changed on purpose).

``--instructions`` also counts the machine instructions each build executes per article, with valgrind's
cachegrind (when ``valgrind`` is on PATH): one pass and three passes over the articles, the difference divided by
two passes, so imports and warm-up drop out. Unlike time, the count hardly moves with the machine's load, so it is
the figure to compare builds by on a shared machine; CPU time per article is roughly proportional to it.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import pkgutil
import re
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "tests" / "data" / "claims_gold"
TEXTS = [ROOT / "tests" / "data" / "seed" / "article.txt", *sorted(GOLD_DIR.glob("*.txt"))]
WORDS = 800
TARGET = 300.0  # articles/s on one core
ARTICLE_ID = "0" * 32


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


# --- the compiled build (a subprocess: setuptools and mypyc keep global state) ---


def load_setup_module() -> ModuleType:
    """The repository's ``setup.py`` as a module (its ``setup()`` call runs only as ``__main__``)."""
    spec = importlib.util.spec_from_file_location("newsflow_setup", ROOT / "setup.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {ROOT / 'setup.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_here(out: Path) -> None:
    """Compile processors/claims into ``out/lib`` with setup.py's mypyc arguments (run with ``out`` as cwd)."""
    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped, unused-ignore]  # older setuptools ship no types

    extensions = mypycify(load_setup_module().mypyc_args(ROOT), target_dir=str(out / "c"))
    args = ["build_ext", "--build-lib", str(out / "lib"), "--build-temp", str(out / "tmp")]
    setup(name="newsflow-claims-bench", script_name="setup.py", script_args=args, ext_modules=extensions)
    # The compiled package needs its parent package beside it, or ``processors`` would resolve to the source tree.
    shutil.copy(ROOT / "processors" / "__init__.py", out / "lib" / "processors" / "__init__.py")


def compiler_missing() -> str | None:
    """Why the compiled build cannot be made here, or None."""
    for package, role in (("mypyc", "mypy (mypyc)"), ("setuptools", "setuptools")):
        if importlib.util.find_spec(package) is None:
            return f"{role} is not installed"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


@dataclass(frozen=True)
class BuildTime:
    wall: float
    cpu: float  # the build process and its compiler children


def build_compiled(out: Path, bench: Path | None = None) -> BuildTime:
    """Run :func:`build_here` of ``bench`` (this file, or another revision's) in a subprocess.

    Raises ``CalledProcessError`` (with its output) on failure.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(bench or Path(__file__).resolve()), "--build", str(out)],
        cwd=out,  # setuptools reads no pyproject.toml and mypy writes its cache here, never in the repository
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise subprocess.CalledProcessError(result.returncode, result.args, result.stdout, result.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return BuildTime(wall=wall, cpu=cpu)


# --- workers: one process per build, timed one run at a time ---


def claims_modules() -> list[ModuleType]:
    """Import and return ``processors.claims`` and every module in it."""
    import processors.claims

    names = [info.name for info in pkgutil.iter_modules(processors.claims.__path__, "processors.claims.")]
    return [processors.claims, *(importlib.import_module(name) for name in sorted(names))]


def build_kind(modules: list[ModuleType], build_dir: str | None) -> str:
    """ "pure" or "compiled" when every module is one or the other (compiled ones from ``build_dir``), else "mixed"."""
    files = [str(module.__file__) for module in modules]
    if all(f.endswith(".py") for f in files):
        return "pure"
    inside = build_dir is None or all(Path(f).is_relative_to(build_dir) for f in files)
    if inside and all(f.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) for f in files):
        return "compiled"
    return "mixed"


def worker(build_dir: str | None) -> int:
    """Report the build and per-article claim digests, then time one run per ``run <passes>`` line on stdin."""
    if build_dir is not None:
        sys.path.insert(0, build_dir)
    modules = claims_modules()
    extract = modules[0].extract_claims
    articles = build_articles()
    digests = []
    claims = 0
    for article in articles:  # also the warm-up: imports, compiled patterns, caches
        found = extract(article, ARTICLE_ID)
        claims += len(found)
        dumped = json.dumps([claim.model_dump(mode="json") for claim in found], sort_keys=True)
        digests.append(hashlib.sha256(dumped.encode()).hexdigest())
    hello = {"kind": build_kind(modules, build_dir), "file": modules[0].__file__, "digests": digests, "claims": claims}
    print(json.dumps(hello), flush=True)
    for line in sys.stdin:
        passes = int(line.split()[1])
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(passes):
            for article in articles:
                extract(article, ARTICLE_ID)
        print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}), flush=True)
    return 0


def count_run(build_dir: str | None, passes: int) -> int:
    """Extract every article ``passes`` times with the build in ``build_dir`` (or the source tree); for cachegrind."""
    if build_dir is not None:
        sys.path.insert(0, build_dir)
    extract = claims_modules()[0].extract_claims
    articles = build_articles()
    for _ in range(passes):
        for article in articles:
            extract(article, ARTICLE_ID)
    return 0


_INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions_per_article(build_dir: Path | None, articles: int) -> float | None:
    """Instructions per article of one build, from cachegrind runs of one and three passes; None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts = []
    for passes in (1, 3):
        command = [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        command += [sys.executable, str(Path(__file__).resolve()), "--count", str(passes)]
        command += [] if build_dir is None else [str(build_dir)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        found = _INSTRUCTIONS.search(result.stderr)
        if found is None:
            raise SystemExit(f"no instruction count in cachegrind's output:\n{result.stderr[-2000:]}")
        counts.append(int(found.group(1).replace(",", "")))
    return (counts[1] - counts[0]) / (2 * articles)


class Worker:
    """A worker subprocess for one build."""

    def __init__(self, name: str, build_dir: Path | None) -> None:
        self.name = name
        self.build_dir = build_dir
        command = [sys.executable, str(Path(__file__).resolve()), "--worker"]
        if build_dir is not None:
            command.append(str(build_dir))
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.hello: dict[str, Any] = self._read()
        self.cpu: list[float] = []
        self.wall: list[float] = []

    def _read(self) -> dict[str, Any]:
        line = self._stream(self.process.stdout).readline()
        if not line:
            raise SystemExit(f"the {self.name} worker died (exit {self.process.wait()})")
        data: dict[str, Any] = json.loads(line)
        return data

    @staticmethod
    def _stream(stream: IO[str] | None) -> IO[str]:
        assert stream is not None
        return stream

    def run(self, passes: int) -> None:
        stdin = self._stream(self.process.stdin)
        stdin.write(f"run {passes}\n")
        stdin.flush()
        timing = self._read()
        self.cpu.append(timing["cpu"])
        self.wall.append(timing["wall"])

    def close(self) -> None:
        self._stream(self.process.stdin).close()
        self.process.wait()


def rates(seconds: list[float], done: int) -> tuple[float, float]:
    """(articles/s, ms/article) at the median run."""
    median = statistics.median(seconds)
    return done / median, 1000 * median / done


def report(workers: list[Worker], articles: int, passes: int) -> None:
    done = articles * passes
    for w in workers:
        cpu_rate, cpu_ms = rates(w.cpu, done)
        wall_rate, wall_ms = rates(w.wall, done)
        label = f"{w.name} ({w.hello['kind']})"
        print(f"{label:<20} CPU: {cpu_rate:6.1f} articles/s {cpu_ms:6.2f} ms/article | ", end="")
        print(f"wall: {wall_rate:6.1f} articles/s {wall_ms:6.2f} ms/article")
    if len(workers) >= 2:
        pure, compiled = workers[:2]
        cpu_speedup = statistics.median(pure.cpu) / statistics.median(compiled.cpu)
        wall_speedup = statistics.median(pure.wall) / statistics.median(compiled.wall)
        print(f"speed-up compiled/pure: {cpu_speedup:.2f}x CPU, {wall_speedup:.2f}x wall")
    for other in workers[2:]:
        # Per run, as the runs alternate: both builds of one run met the same machine.
        ratios = [theirs / ours for ours, theirs in zip(workers[1].cpu, other.cpu, strict=True)]
        print(f"speed-up compiled/{other.name}: {statistics.median(ratios):.2f}x CPU (median of {len(ratios)} runs)")
    production = workers[1] if len(workers) > 1 else workers[0]
    rate = rates(production.cpu, done)[0]
    verdict = "met" if rate >= TARGET else "NOT met"
    print(f"target >= {TARGET:.0f} articles/s on one core ({production.name}, CPU time): {rate:.1f} -> {verdict}")


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        print("Options: --runs N (7), --passes N (3), --pure, --against REV, --instructions.")
        return 0
    if "--build" in argv:
        build_here(Path(argv[argv.index("--build") + 1]))
        return 0
    if "--worker" in argv:
        rest = argv[argv.index("--worker") + 1 :]
        return worker(rest[0] if rest else None)
    if "--count" in argv:
        rest = argv[argv.index("--count") + 1 :]
        return count_run(rest[1] if len(rest) > 1 else None, int(rest[0]))
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    passes = int(argv[argv.index("--passes") + 1]) if "--passes" in argv else 3
    articles = build_articles()
    words = statistics.mean(len(a.split()) for a in articles)
    print(f"{len(articles)} articles of ~{words:.0f} words; {runs} runs of {passes} passes per build, alternating")
    with tempfile.TemporaryDirectory(prefix="newsflow-mypyc-") as tmp:
        lib: Path | None = None
        skipped = "--pure given" if "--pure" in argv else compiler_missing()
        if skipped is None:
            try:
                took = build_compiled(Path(tmp))
            except subprocess.CalledProcessError as exc:
                print(exc.stdout[-3000:], exc.stderr[-3000:], sep="\n", file=sys.stderr)
                print("the mypyc build of processors/claims failed (as the image build would)", file=sys.stderr)
                return 1
            modules = len(load_setup_module().claims_sources(ROOT))
            print(f"mypyc build of processors/claims ({modules} modules): {took.wall:.1f} s wall, {took.cpu:.1f} s CPU")
            lib = Path(tmp) / "lib"
        else:
            print(f"compiled build skipped: {skipped}; pure Python only")
        workers = [Worker("pure", None)]
        if lib is not None:
            workers.append(Worker("compiled", lib))
        against = argv[argv.index("--against") + 1] if "--against" in argv else None
        try:
            if against is not None and lib is not None:
                workers.append(Worker(f"compiled {against}", build_revision(against, Path(tmp) / "against")))
            code = measure(workers, runs, passes, len(articles))
            if code == 0 and "--instructions" in argv:
                count_instructions(workers, len(articles), passes)
            return code
        finally:
            for w in workers:
                w.close()


def count_instructions(workers: list[Worker], articles: int, passes: int) -> None:
    """Print each build's instructions per article (cachegrind), each other build's ratio to the compiled one, and
    the rate at which this machine ran the compiled build's instructions, which tells how the articles/s figure
    would move on another machine (the target needs that count times 300 instructions per CPU second)."""
    counted = {w.name: instructions_per_article(w.build_dir, articles) for w in workers}
    counts = {name: count for name, count in counted.items() if count is not None}
    if len(counts) < len(counted):
        print("instruction counts skipped: valgrind is not on PATH")
        return
    for name, count in counts.items():
        print(f"{name:<20} instructions: {count / 1e6:6.2f} M per article (cachegrind)")
    compiled = counts.get("compiled")
    for name, count in counts.items():
        if compiled and count and name not in ("pure", "compiled"):
            print(f"instructions {name}/compiled: {count / compiled:.2f}x")
    production = next((w for w in workers if w.name == "compiled"), None)
    if compiled and production is not None:
        seconds = rates(production.cpu, articles * passes)[1] / 1000
        print(
            f"this machine ran {compiled / seconds / 1e9:.1f} G instructions per CPU second in the compiled build; "
            f"{TARGET:.0f} articles/s needs {compiled * TARGET / 1e9:.1f} G"
        )


def build_revision(revision: str, out: Path) -> Path:
    """The compiled extractor of git ``revision``, built in a temporary worktree by that revision's bench."""
    tree = out / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), revision], check=True)
    try:
        took = build_compiled(out, tree / "bench" / "claims_speed.py")
        print(f"mypyc build of {revision}: {took.wall:.1f} s wall")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return out / "lib"


def measure(workers: list[Worker], runs: int, passes: int, articles: int) -> int:
    for w in workers:
        print(f"{w.name}: {w.hello['kind']} build, {w.hello['file']}")
    if len(workers) >= 2:
        pure, compiled = workers[:2]
        if (pure.hello["kind"], compiled.hello["kind"]) != ("pure", "compiled"):
            print("a worker did not import the build it was meant to measure", file=sys.stderr)
            return 1
        differ = [
            i for i, (a, b) in enumerate(zip(pure.hello["digests"], compiled.hello["digests"], strict=True)) if a != b
        ]
        if differ:
            print(f"compiled and pure builds disagree on articles (indices) {differ}", file=sys.stderr)
            return 1
        print(f"identical claims from both builds on all {articles} articles ({pure.hello['claims']} claims)")
    for other in workers[2:]:
        if other.hello["kind"] != "compiled":
            print(f"the {other.name} worker did not import its compiled build", file=sys.stderr)
            return 1
        same = other.hello["digests"] == workers[1].hello["digests"]
        print(f"{other.name}: {'identical' if same else 'different'} claims ({other.hello['claims']} claims)")
    for i in range(runs):
        for w in workers if i % 2 == 0 else workers[::-1]:
            w.run(passes)
    report(workers, articles, passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
