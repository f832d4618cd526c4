"""extract-claims, reextract and the extractor plug-in point."""

from __future__ import annotations

import io
import json
import os

import pytest
from sqlalchemy import select

from newsflow.cli import main
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import ClaimSet
from newsflow.errors import SettingsError
from newsflow.plugins import load_extractors
from sinks.writes import upsert_articles
from tests.conftest import SEED, SettingsFactory
from tests.factories import NOW, make_article
from tests.integration.helpers import counts, running, wait_for

EXAMPLE = SEED.joinpath("article.txt").read_text().split("\n", 1)[1]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)


def test_extract_claims_prints_what_the_service_extracts(
    clean_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(EXAMPLE))
    assert main(["extract-claims", "-"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    johnson = [c for c in claims if c["speaker"] and c["speaker"]["name"] == "Boris Johnson"]
    assert {c["attribution"] for c in johnson} == {"direct", "indirect"}
    assert all(EXAMPLE[c["start"] : c["end"]] == c["text"] for c in claims)
    lines = [json.dumps({"id": 1, "text": EXAMPLE}), "not json", json.dumps({"id": "b", "text": "Nothing here."})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["extract-claims", "--batch"]) == 1  # one line failed, and said so in its place
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("id") for o in out] == [1, None, "b"]
    assert len(out[0]["claims"]) == len(claims)
    assert "error" in out[1]
    assert out[1]["line"] == 2


def test_an_unknown_extractor_is_a_settings_error() -> None:
    assert [loaded.entry_point for loaded in load_extractors()] == ["claims"]
    with pytest.raises(SettingsError, match="NEWSFLOW_EXTRACTORS"):
        load_extractors(["no-such-extractor"])


def test_reextract_requeues_stored_articles_and_claims_come_back(
    migrated_url: str, make_settings: SettingsFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(migrated_url)
    engine = make_engine(migrated_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        upsert_articles(
            session,
            [
                make_article(EXAMPLE, "https://a.example/1"),
                make_article("Officials said it rained.", "https://b.example/2"),
            ],
            NOW,
        )
    assert counts(migrated_url) == (2, 0, 0)
    env = settings.child_environment()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        assert main(["reextract", "--source", "elsewhere.example"]) == 0
        assert "re-queued 0 article(s)" in capsys.readouterr().out
        assert main(["reextract", "--since", "2099-01-01"]) == 0
        assert "re-queued 0 article(s)" in capsys.readouterr().out
        assert main(["reextract", "--source", "www.example.com", "--since", "2026-11-01"]) == 0
        assert "re-queued 2 article(s)" in capsys.readouterr().out
    with running(settings, "claims", "sink"):
        wait_for(lambda: counts(migrated_url)[1] == 2, 60, "the re-extracted claims")
    with sessions() as session:
        claim_counts = sorted(row.claim_count for row in session.execute(select(ClaimSet)).scalars())
    assert claim_counts[-1] > 5
    engine.dispose()
