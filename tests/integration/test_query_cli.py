"""``newsflow query``: claims, articles and speakers as a table, JSON or CSV, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from newsflow.cli import main
from newsflow.db.engine import make_engine, make_sessionmaker
from tests.readside import ARTICLES, write_sample

HARBOUR, COAST, NEWS = (a.article_id for a in ARTICLES)


@pytest.fixture
def query(migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``newsflow query ARGS`` on a database holding the sample; return its standard output."""
    engine = make_engine(migrated_url)
    with make_sessionmaker(engine).begin() as session:
        write_sample(session)
    engine.dispose()
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", migrated_url)

    def run(*args: str) -> str:
        capsys.readouterr()
        assert main(["query", *args]) == 0
        return capsys.readouterr().out

    return run


def as_json(output: str) -> list[dict[str, Any]]:
    rows = json.loads(output)
    assert isinstance(rows, list)
    return rows


def test_claims_of_a_speaker_by_full_name_title_or_surname(query: Any) -> None:
    for name in ("Boris Johnson", "boris JOHNSON", "Mr. Johnson", "Johnson"):
        rows = as_json(query("claims", "--speaker", name, "--format", "json"))
        assert {r["speaker"] for r in rows} == {"Boris Johnson"}, name
        assert {r["speaker_name"] for r in rows} == {"Boris Johnson", "Johnson", "Mr Johnson"}
        assert [r["published_at"][:10] for r in rows] == ["2026-11-25", "2026-11-24", "2026-11-24"]  # newest first
    assert as_json(query("claims", "--speaker", "Boris", "--format", "json")) == []


def test_claims_since_a_date_and_containing_words(query: Any) -> None:
    rows = as_json(query("claims", "--since", "2026-11-25", "--format", "json"))
    assert {r["article_id"] for r in rows} == {COAST, NEWS}
    rows = as_json(query("claims", "--search", "FLOOD defences", "--format", "json"))
    assert [r["speaker"] for r in rows] == ["the Environment Agency"]
    assert rows[0]["hedges"] == ["may"]
    rows = as_json(
        query("claims", "--speaker", "johnson", "--search", "wall", "--since", "2026-11-24", "--format", "json")
    )
    assert [r["text"] for r in rows] == ["The harbour wall will be raised by two metres"]
    assert len(as_json(query("claims", "--limit", "2", "--format", "json"))) == 2


def test_claims_whose_article_is_not_stored_yet_are_listed_last(query: Any) -> None:
    rows = as_json(query("claims", "--format", "json"))
    assert len(rows) == 8
    assert rows[-1]["speaker"] == "Rafael Ortiz"
    assert rows[-1]["title"] is None


def test_articles_by_source_date_and_words(query: Any) -> None:
    rows = as_json(query("articles", "--format", "json"))
    assert [r["article_id"] for r in rows][-1] == HARBOUR  # oldest last
    assert {r["article_id"]: r["claims"] for r in rows} == {HARBOUR: 3, COAST: 3, NEWS: 1}
    assert [r["title"] for r in as_json(query("articles", "--source", "Coastline.Example", "--format", "json"))] == [
        "Hospital waits double"
    ]
    assert {
        r["article_id"] for r in as_json(query("articles", "--since", "2026-11-25T00:00Z", "--format", "json"))
    } == {
        COAST,
        NEWS,
    }
    assert [r["article_id"] for r in as_json(query("articles", "--search", "zürich", "--format", "json"))] == [NEWS]


def test_top_speakers(query: Any) -> None:
    rows = as_json(query("speakers", "--top", "2", "--format", "json"))
    assert rows[0]["name"] == "Boris Johnson"
    assert (rows[0]["claims"], rows[0]["articles"]) == (3, 2)
    assert (rows[0]["first_claim_at"][:10], rows[0]["last_claim_at"][:10]) == ("2026-11-24", "2026-11-25")
    assert len(rows) == 2


def test_csv_has_a_header_and_every_column(query: Any) -> None:
    output = query("claims", "--speaker", "Environment Agency", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(output)))
    assert len(rows) == 1
    assert rows[0]["speaker"] == "the Environment Agency"
    assert json.loads(rows[0]["hedges"]) == ["may"]
    assert rows[0]["cue"] == "said"
    assert rows[0]["speaker_role"] == ""


def test_the_table_is_aligned_under_its_header(query: Any) -> None:
    lines = query("speakers").splitlines()
    header, rule, *body = lines
    assert header.split() == ["name", "kind", "claims", "articles", "first_claim_at", "last_claim_at"]
    assert set(rule) <= {"-", " "}
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    assert body[0].startswith("Boris Johnson")
    kind_column = starts[1]
    assert all(line[kind_column - 2 : kind_column] == "  " for line in body)
    assert {line[kind_column:].split()[0] for line in body} <= {"person", "group", "organisation", "anonymous"}
    claims_end = starts[2] + len("claims")
    assert body[0][:claims_end].endswith("3")  # numbers right-aligned under their header
    long_text = query("claims", "--search", "harbour wall")
    assert "The harbour wall will be raised by two metres" in long_text


def test_bad_arguments_are_refused_before_reading(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", migrated_url)
    for args in (["claims", "--search", " -- "], ["speakers", "--top", "0"], ["claims", "--since", "yesterday"]):
        with pytest.raises(SystemExit) as exit_:
            main(["query", *args])
        assert exit_.value.code == 2
    assert "at least one word" in capsys.readouterr().err
