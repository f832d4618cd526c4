"""Sampling a running service with py-spy, and summarising where its CPU time went.

py-spy is not a dependency of newsflow: install it next to the interpreter that runs the bench
(``pip install py-spy``) to use ``bench/pipeline.py --profile STAGE``. It samples the live process (and, with
``subprocesses``, its children: the poller's cleaner workers) without changing it; ``--nonblocking`` keeps the
target running at full speed while it is sampled.

The summary reads py-spy's ``raw`` output (collapsed stacks, one ``frame;frame;...;frame count`` line per stack,
idle threads left out) and prints the share of samples per function (self and inclusive) and per package.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_FRAME = re.compile(r"^(?P<name>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def pyspy_binary() -> str | None:
    """py-spy on PATH or next to this interpreter, else None."""
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else shutil.which("py-spy")


class PySpy:
    """``py-spy record`` of one process until :meth:`stop`."""

    def __init__(self, pid: int, output: Path, subprocesses: bool, rate_hz: int = 100, gil: bool = False) -> None:
        binary = pyspy_binary()
        if binary is None:
            raise RuntimeError("py-spy is not installed (pip install py-spy)")
        command = [binary, "record", "--pid", str(pid), "--format", "raw", "--output", str(output)]
        command += ["--rate", str(rate_hz), "--nonblocking", "--function"]
        if subprocesses:
            command.append("--subprocesses")
        if gil:
            command.append("--gil")
        self.output = output
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self, timeout_s: float = 60.0) -> None:
        """Stop sampling (SIGINT makes py-spy write its output)."""
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGINT)
        try:
            self._process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


@dataclass(frozen=True, slots=True)
class Summary:
    samples: int
    self_by_function: list[tuple[str, int]]
    inclusive_by_function: list[tuple[str, int]]
    self_by_package: list[tuple[str, int]]


def _parse_frame(frame: str) -> tuple[str, str]:
    match = _FRAME.match(frame.strip())
    if match is None:
        return frame.strip(), ""
    return match.group("name"), match.group("file")


_STDLIB_DIRS = frozenset({"concurrent", "multiprocessing", "json", "http", "email", "urllib", "xml", "importlib"})
_PROCESS = re.compile(r"^process (?P<pid>\d+):")


def package_of(path: str) -> str:
    """The owner of a source file as py-spy names it (``sqlalchemy/orm/session.py``, ``threading.py``): the
    top-level package, ``stdlib:<module>`` for the standard library, ``ingest/clean``-style for newsflow's own."""
    parts = Path(path).parts
    if not parts:
        return "?"
    top = parts[0].removesuffix(".py")
    if top in ("newsflow", "ingest", "processors", "sinks") and len(parts) > 1:
        return f"{top}/{Path(parts[1]).stem}"
    if top in sys.stdlib_module_names or top in _STDLIB_DIRS or path.startswith("<frozen"):
        return f"stdlib:{top}"
    return top


def summarise(raw: Path, root_pid: int | None = None, top: int = 15) -> dict[str, Summary]:
    """Self and inclusive samples per function and self samples per package, from py-spy's raw output.

    With ``root_pid`` (a recording with ``--subprocesses``), the samples of that process and of its child
    processes are summarised apart, as ``"main"`` and ``"workers"``; otherwise everything is ``"main"``.
    """
    counters: dict[str, tuple[Counter[str], Counter[str], Counter[str]]] = {}
    totals: Counter[str] = Counter()
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        raw_frames = stack.split(";")
        pids = [int(m.group("pid")) for m in map(_PROCESS.match, raw_frames) if m is not None]
        group = "workers" if pids and root_pid is not None and pids[-1] != root_pid else "main"  # innermost process
        frames = [_parse_frame(f) for f in raw_frames if f.strip()]
        frames = [(name, path) for name, path in frames if path]  # drop process/thread pseudo-frames
        if not frames:
            continue
        self_fn, incl_fn, self_pkg = counters.setdefault(group, (Counter(), Counter(), Counter()))
        totals[group] += count
        labels = [f"{name} ({package_of(path)})" for name, path in frames]
        self_fn[labels[-1]] += count
        self_pkg[package_of(frames[-1][1])] += count
        for label in set(labels):
            incl_fn[label] += count
    return {
        group: Summary(totals[group], fn.most_common(top), incl.most_common(top), pkg.most_common(top))
        for group, (fn, incl, pkg) in sorted(counters.items())
    }


def render(summary: Summary, title: str) -> str:
    """The summary as plain-text tables (share of CPU samples)."""
    if not summary.samples:
        return f"{title}: no samples"
    lines = [f"{title}: {summary.samples} samples of threads not sleeping (py-spy's idle filter)"]
    for heading, rows in (
        ("self time by package", summary.self_by_package),
        ("self time by function", summary.self_by_function),
        ("inclusive time by function", summary.inclusive_by_function),
    ):
        lines.append(f"  {heading}:")
        lines.extend(f"    {100 * count / summary.samples:5.1f}%  {label}" for label, count in rows)
    return "\n".join(lines)


if __name__ == "__main__":
    root = int(sys.argv[2]) if len(sys.argv) > 2 else None
    for part, found in summarise(Path(sys.argv[1]), root).items():
        print(render(found, f"{sys.argv[1]} ({part})"))
