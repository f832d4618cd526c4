"""The command line, in process: migrations, the feed registry, and clear errors for missing settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsflow.cli import main
from newsflow.db import migrate


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> str:
    import os

    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", sqlite_url)
    return sqlite_url


def test_db_upgrade_downgrade_and_feeds(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", "list"]) == 1  # not migrated yet: refused with a hint
    assert "newsflow db upgrade" in capsys.readouterr().err
    assert main(["db", "upgrade"]) == 0
    assert f"at revision {migrate.head_revision()}" in capsys.readouterr().out
    assert main(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--interval", "600", "--no-discover"]) == 0
    assert main(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--no-discover"]) == 1
    assert main(["feeds", "add", "ftp://example.com/feed"]) == 2
    capsys.readouterr()
    assert main(["feeds", "list", "--format", "json"]) == 0
    (feed,) = json.loads(capsys.readouterr().out)
    assert feed["url"] == "http://127.0.0.1:9/feed.xml"
    assert feed["interval_s"] == 600
    assert main(["feeds", "list"]) == 0
    assert "http://127.0.0.1:9/feed.xml" in capsys.readouterr().out
    assert main(["db", "downgrade", "base"]) == 0
    assert "at revision base" in capsys.readouterr().out


def test_a_single_service_without_a_broker_names_the_variable(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sink"]) == 2
    assert "NEWSFLOW_KAFKA_BOOTSTRAP" in capsys.readouterr().err


def test_an_invalid_setting_fails_at_start(
    env: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSFLOW_TOPIC_PARTITIONS", "-3")
    assert main(["db", "upgrade"]) == 2
    assert "NEWSFLOW_TOPIC_PARTITIONS" in capsys.readouterr().err


ILL_FORMED_OPML = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>News & Views</title></head><body>
<outline text="World">
  <outline text="Good & Co" type="rss" xmlUrl="http://127.0.0.1:9/a.xml?utm_source=x"/>
  <outline text="No url here" type="rss"/>
  <outline text="Same again" type="rss" xmlUrl="http://127.0.0.1:9/a.xml"/>
  <outline text="Mail" type="rss" xmlUrl="mailto:x@example.com"/>
</outline>
<outline text="B" type="rss" xmlUrl="http://127.0.0.1:9/b.xml"/>
</body></opml>
"""


def test_opml_import_reports_every_skip_and_export_round_trips(
    env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    opml = tmp_path / "list.opml"
    opml.write_bytes(ILL_FORMED_OPML)
    capsys.readouterr()
    assert main(["feeds", "import", str(opml)]) == 0
    out = capsys.readouterr().out
    assert "imported 2 feed(s)" in out
    assert "3 skipped" in out
    assert "line 5: no xmlUrl" in out
    assert "line 6: duplicate of line 4" in out
    assert "line 7: xmlUrl is not http(s)" in out
    assert main(["feeds", "import", str(opml)]) == 0
    assert "imported 0 feed(s)" in capsys.readouterr().out
    assert main(["feeds", "export"]) == 0
    exported = capsys.readouterr().out
    assert 'xmlUrl="http://127.0.0.1:9/b.xml"' in exported
    assert main(["feeds", "disable", "http://127.0.0.1:9/b.xml"]) == 0
    assert main(["feeds", "list", "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--format", "json"]) == 0
    states = {f["url"]: f["enabled"] for f in json.loads(capsys.readouterr().out)}
    assert states["http://127.0.0.1:9/b.xml"] is False
    assert main(["feeds", "enable", "http://127.0.0.1:9/b.xml"]) == 0
    assert main(["feeds", "remove", "1"]) == 0
    assert main(["feeds", "remove", "1"]) == 1
    capsys.readouterr()
    assert main(["feeds", "list", "--format", "json"]) == 0
    assert [f["url"] for f in json.loads(capsys.readouterr().out)] == ["http://127.0.0.1:9/b.xml"]


def test_feeds_add_discovers_the_feed_of_an_html_page(
    env: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.httpserver import Page, serve

    monkeypatch.setenv("NEWSFLOW_HTTP_ALLOW_PRIVATE", "127.0.0.1/32")
    assert main(["db", "upgrade"]) == 0
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>Hi</body></html>'
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    routes = {"/": Page(body=page), "/rss.xml": Page(body=rss, headers={"Content-Type": "application/rss+xml"})}
    with serve(routes) as server:
        assert main(["feeds", "add", server.url("/")]) == 0
        assert main(["feeds", "add", server.url("/rss.xml")]) == 1  # the same feed, found directly: already there
    capsys.readouterr()
    assert main(["feeds", "list", "--format", "json"]) == 0
    (feed,) = json.loads(capsys.readouterr().out)
    assert feed["url"] == server.url("/rss.xml")
