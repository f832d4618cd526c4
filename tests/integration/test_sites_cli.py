"""``newsflow sites report|allow|deny``: an operator sees what was learned for a host and overrides it."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from ingest.sitelayer import SiteLayer
from ingest.sitelearn import paragraph_hash
from newsflow.cli import main
from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker

HOST = "courier.example"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PITCH = "Subscribe today for unlimited access to award-winning journalism from the Riverside Courier."
BIO = "Jane Roe is the Courier's transport correspondent and has covered the region for a decade."
WORDS = ["alder", "birch", "cedar", "damson", "elm", "fir", "gorse", "hazel", "ivy", "juniper"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> str:
    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("NEWSFLOW_SITE_LEARN_MIN_ARTICLES", "3")
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    layer = SiteLayer(make_sessionmaker(engine), 3)
    for i, word in enumerate(WORDS[:4]):
        extra = [BIO] if i < 2 else []
        body = f"The {word} report covers a council meeting about the {word} estate and its new library."
        layer.apply(HOST, f"{i:032x}", "\n\n".join([body, PITCH, *extra]), NOW)
    engine.dispose()
    return sqlite_url


def test_report_lists_learned_paragraphs_most_frequent_first(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites", "report", "https://www.Courier.example/news/1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{HOST}: 6 paragraph(s) stored, 2 seen on 2+ articles or decided, 1 removed (K = 3)"
    assert out[1].split()[:6] == ["hash", "articles", "decision", "state", "last", "seen"]
    first, second = out[2].split(), out[3].split()
    assert first[:4] == [paragraph_hash(PITCH)[:12], "4", "-", "removed"]
    assert first[4:6] == ["2025-03-01", "12:00"]
    assert " ".join(first[6:]) == PITCH[:79] + "\u2026"  # the 80-character preview, never the paragraph
    assert second[:4] == [paragraph_hash(BIO)[:12], "2", "-", "learning"]
    assert len(out) == 4  # paragraphs seen once are counted, not listed


def test_allow_and_deny_change_the_report(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites", "allow", HOST, "award-winning"]) == 0
    assert "allow: 1 paragraph(s) of courier.example changed, 1 match 'award-winning'" in capsys.readouterr().out
    assert main(["sites", "deny", HOST, paragraph_hash(BIO)[:8]]) == 0
    assert "deny: 1 paragraph(s)" in capsys.readouterr().out
    assert main(["sites", "report", HOST]) == 0
    rows = [line.split()[:4] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == [
        [paragraph_hash(PITCH)[:12], "4", "allow", "kept"],
        [paragraph_hash(BIO)[:12], "2", "deny", "removed"],
    ]


def test_a_pattern_that_matches_nothing_fails(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites", "deny", HOST, "no such words"]) == 1
    assert "no paragraph of courier.example matches" in capsys.readouterr().err
    assert main(["sites", "deny", HOST, "  "]) == 2
    assert main(["sites", "report", "unknown.example"]) == 0
    assert capsys.readouterr().out.startswith("unknown.example: 0 paragraph(s) stored")


def test_an_unmigrated_database_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: os.PathLike[str], capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", f"sqlite:///{tmp_path}/empty.db")
    assert main(["sites", "report", HOST]) == 1
    assert "newsflow db upgrade" in capsys.readouterr().err
