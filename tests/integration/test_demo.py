"""End to end: `newsflow demo` as a user runs it, twice on one database, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from newsflow.demo_site import sample_pages
from tests.integration.helpers import counts


def run_demo(database_url: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    env["NEWSFLOW_DATABASE_URL"] = database_url
    if "NEWSFLOW_KAFKA_BOOTSTRAP" in os.environ:
        env["NEWSFLOW_KAFKA_BOOTSTRAP"] = os.environ["NEWSFLOW_KAFKA_BOOTSTRAP"]
    done = subprocess.run(
        [sys.executable, "-m", "newsflow", "demo", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


def test_demo_stores_every_sample_article_and_a_second_run_adds_no_rows(database_url: str) -> None:
    first = run_demo(database_url)
    pages = sample_pages()
    assert first["articles"] == len(pages) >= 4
    assert isinstance(first["claims"], int)
    assert first["claims"] > 0
    assert {item["title"] for item in first["article_list"]} == {p.title for p in pages}
    johnson = [s for s in first["speakers"] if s["name"] == "Boris Johnson"]
    assert johnson
    assert johnson[0]["claims"] >= 1
    assert first["database_url"].split("://")[0] in ("sqlite", "postgresql+psycopg")
    rows = counts(database_url)
    assert rows == (len(pages), len(pages), first["claims"])

    second = run_demo(database_url)
    assert counts(database_url) == rows
    assert (second["articles"], second["claims"]) == (first["articles"], first["claims"])
