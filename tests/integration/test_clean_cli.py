"""``newsflow clean``: one saved page or a batch, cleaned exactly as the poller cleans it, printed as JSON."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from ingest.article import article_from_page
from ingest.clean import clean
from newsflow.cli import main
from newsflow.contracts import Extractor

FIELDS = {
    "title",
    "authors",
    "published_at",
    "published_source",
    "language",
    "canonical_url",
    "site_name",
    "description",
    "image",
    "text",
}
BODY = [
    "The regional transport authority confirmed on Monday that the new bridge would open to traffic in June, "
    "three months later than planned, after engineers found corrosion in two of its steel supports.",
    "Officials said the repairs had added about 4.5 million pounds to the cost of the project, which is now "
    "expected to reach 62 million pounds, and that contractors would work through the spring to finish it.",
    "Local businesses on both banks of the river said the delay had already cost them trade, and several "
    "owners told a public meeting that they had been given no warning before the original date was dropped.",
]
PROMO = "Sign up to our newsletter for the latest bridge news."


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)


def _write_page(tmp_path: Path, name: str = "bridge.html", head: str = "") -> Path:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY, PROMO])
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Bridge opening delayed</title>{head}"
        "<meta property='og:site_name' content='Bridge Times'><link rel='canonical' href='/news/bridge/'>"
        f"</head><body><article><h1>Bridge opening delayed</h1>{paragraphs}</article></body></html>",
        "utf-8",
    )
    return path


def _demo_pages() -> list[dict[str, Any]]:
    manifest: list[dict[str, Any]] = json.loads(
        resources.files("newsflow.demo_content").joinpath("manifest.json").read_text("utf-8")
    )
    return manifest


def test_one_page_prints_the_article_as_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = "<meta property='article:published_time' content='2024-03-05T09:30:00+01:00'>"
    path = _write_page(tmp_path, head=head)
    assert main(["clean", str(path), "--url", "https://bridge.example/amp/news/bridge/?utm_source=x"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == FIELDS
    assert out["text"].split("\n\n") == BODY
    assert out["canonical_url"] == "https://bridge.example/news/bridge/"
    assert out["site_name"] == "Bridge Times"
    assert out["language"] == "en"
    assert out["published_at"] == "2024-03-05T09:30:00+01:00"
    assert out["published_source"] == "page"


def test_date_in_the_url_is_used_when_the_page_has_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_page(tmp_path)
    assert main(["clean", str(path), "--url", "https://bridge.example/2024/05/17/bridge/"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["published_source"] == "url"
    assert out["published_at"].startswith("2024-05-17")


@pytest.mark.parametrize("entry", _demo_pages(), ids=lambda e: str(e["file"]))
def test_demo_page_matches_the_poller_path(entry: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    page = resources.files("newsflow.demo_content").joinpath(entry["file"])
    url = "https://demo.newsflow.example" + entry["path"]
    with resources.as_file(page) as path:
        assert main(["clean", str(path), "--url", url]) == 0
        html = path.read_text("utf-8")
    out = json.loads(capsys.readouterr().out)
    cleaned = clean(html, url)
    article = article_from_page(
        cleaned, url=url, final_url=url, extractor=Extractor(name="x", version="1"), fetched_at=datetime.now(UTC)
    )
    assert out["text"] == article.text
    assert out["canonical_url"] == article.canonical_url == entry["canonical"]
    assert out["title"] == article.title
    assert out["authors"] == article.authors


def test_batch_writes_one_line_per_input_in_order_with_errors_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write_page(tmp_path, "good.html")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    lines = [
        {"path": str(good), "url": "https://bridge.example/a"},
        {"path": str(tmp_path / "missing.html"), "url": "https://bridge.example/b"},
        {"path": str(empty), "url": "https://bridge.example/c"},
        {"path": str(good), "url": "ftp://bridge.example/d"},
        {"path": str(good), "url": "https://bridge.example/e"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["clean", "--batch"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 6
    assert [o["url"] for o in out[:5]] == [line["url"] for line in lines]
    assert out[0]["text"].split("\n\n") == BODY
    assert "error" not in out[0]
    assert "error" not in out[4]
    assert "cannot read" in out[1]["error"]
    assert "no article text" in out[2]["error"]
    assert "error" in out[3]
    assert "not JSON" in out[5]["error"]


def test_wrong_arguments_exit_2_and_a_failing_page_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean"]) == 2
    assert main(["clean", str(_write_page(tmp_path))]) == 2
    assert main(["clean", str(tmp_path / "nope.html"), "--url", "https://bridge.example/a"]) == 1
    assert "cannot read" in capsys.readouterr().err
