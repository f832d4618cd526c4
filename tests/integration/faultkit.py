"""What the fault tests share: a site of cheap unique articles with feeds, and service processes to kill.

The generated articles have no paragraph in common (so the site-learned boilerplate layer removes nothing and the
clean text of an article does not depend on the order articles arrive in), each carries a few attributed
statements for the claims extractor, and ``feeds`` feeds list them in disjoint slices.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsflow.settings import Settings
from tests.httpserver import Page, Route

NAMES = ("Maria Keller", "Tom Ashworth", "Ade Okafor", "Lena Brandt", "Sam Patel", "Ines Moreau", "Raj Mehta")
TOPICS = ("bridge repairs", "school meals", "bus routes", "flood barriers", "library hours", "park lighting")


def article_html(i: int) -> bytes:
    """Article ``i``: a title, a canonical link and five paragraphs, every one unique to ``i``."""
    speaker = NAMES[i % len(NAMES)]
    topic = TOPICS[i % len(TOPICS)]
    surname = speaker.split()[-1]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>District {i} votes on {topic}</title>
<link rel="canonical" href="https://gazette.test.example/district-{i}/{topic.replace(" ", "-")}/">
<meta property="article:published_time" content="2026-10-{(i % 28) + 1:02d}T08:00:00+00:00">
</head><body><article>
<h1>District {i} votes on {topic}</h1>
<p>The assembly of district {i} voted {i % 40 + 11} to {i % 7 + 3} on Monday to fund {topic} for {i % 9 + 2} years.</p>
<p>Committee chair {speaker} said the district {i} plan would cost £{i + 3} million over the period.</p>
<p>"District {i} cannot wait another winter for {topic}," {surname} told reporters after vote {i}.</p>
<p>Critics of proposal {i} claimed that the estimate of £{i + 3} million was about {i % 13 + 4}% too low.</p>
<p>Officials expect work on item {i} of the {topic} programme to begin within {i % 11 + 2} weeks.</p>
</article></body></html>""".encode()


def feed_xml(base: str, numbers: range) -> bytes:
    """An RSS feed listing the articles ``numbers`` served at ``base``."""
    items = "".join(
        f"<item><title>District {i}</title><link>{base}/a/{i}</link><guid>district-{i}</guid></item>" for i in numbers
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{items}</channel></rss>'.encode()


def site_routes(base: str, articles: int, feeds: int) -> dict[str, Route]:
    """``/a/<i>`` for every article and ``/feed/<k>.xml`` for every feed (the articles split evenly)."""
    routes: dict[str, Route] = {f"/a/{i}": Page(body=article_html(i)) for i in range(articles)}
    per_feed = -(-articles // feeds)
    for k in range(feeds):
        numbers = range(k * per_feed, min(articles, (k + 1) * per_feed))
        routes[f"/feed/{k}.xml"] = Page(body=feed_xml(base, numbers), headers={"Content-Type": "application/rss+xml"})
    return routes


def free_port() -> int:
    """A TCP port nothing listens on right now, on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_get(port: int, path: str, timeout_s: float = 5.0) -> tuple[int, str]:
    """(status, body) of a GET on 127.0.0.1:port; status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout_s) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except OSError:
        return 0, ""


def metric(text: str, name: str, **labels: str) -> float:
    """The sum of the series ``name`` with ``labels`` in Prometheus text (0 when absent)."""
    total = 0.0
    for line in text.splitlines():
        match = re.fullmatch(rf"{name}(?:\{{(.*)\}})? (\S+)", line)
        if match and all(f'{key}="{value}"' in (match.group(1) or "") for key, value in labels.items()):
            total += float(match.group(2))
    return total


class ServiceProcess:
    """One service as its own process (``python -m newsflow STAGE``), with its health port and a log file."""

    def __init__(self, stage: str, settings: Settings, log_dir: Path) -> None:
        self.stage = stage
        self.health_port = free_port()
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSFLOW_")}
        self.env.update(settings.child_environment())
        self.env.update(
            NEWSFLOW_HEALTH_PORT=str(self.health_port), NEWSFLOW_HEALTH_HOST="127.0.0.1", PYTHONUNBUFFERED="1"
        )
        self.log_path = log_dir / f"{stage}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0  # wall clock, to tell this process's database rows from an earlier one's
        self.starts = 0

    def start(self) -> None:
        with open(self.log_path, "ab") as log_file:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newsflow", self.stage],
                env=self.env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self.started_at = time.time()
        self.starts += 1

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def signal(self, sig: signal.Signals) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    def kill(self) -> None:
        """SIGKILL: no flush, no commit, no goodbye to the group."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self, timeout_s: float = 40.0) -> int | None:
        """SIGTERM and wait (SIGKILL after ``timeout_s``); the exit code, None if it was killed for it."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None

    def metrics(self) -> str:
        return http_get(self.health_port, "/metrics")[1]

    def ready(self) -> int:
        """The status of /readyz (0 when the process does not answer)."""
        return http_get(self.health_port, "/readyz")[0]

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


@contextmanager
def service_processes(settings: Settings, log_dir: Path, *stages: str) -> Iterator[dict[str, ServiceProcess]]:
    """Start each stage as a process; on exit stop those still running (SIGTERM, then SIGKILL)."""
    services = {stage: ServiceProcess(stage, settings, log_dir) for stage in stages}
    try:
        for service in services.values():
            service.start()
        yield services
    finally:
        for service in services.values():
            service.stop()
