"""The command line, in process: migrations, the feed registry, and clear errors for missing settings."""

from __future__ import annotations

import json

import pytest

from newsflow.cli import main


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
    assert "at revision 0001" in capsys.readouterr().out
    assert main(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--interval", "600"]) == 0
    assert main(["feeds", "add", "http://127.0.0.1:9/feed.xml"]) == 1
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
