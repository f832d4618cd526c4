"""docs/schema.md is what the generator makes of the code, and every example query in it answers on both backends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Base
from newsflow.db.reference import DOC, EXAMPLES, Example, main, render
from newsflow.db.views import VIEWS
from tests.readside import write_sample


def test_the_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "run: python -m newsflow.db.reference"
    assert main(["--check"]) == 0


def test_the_reference_describes_every_table_and_view_and_shows_every_example() -> None:
    doc = DOC.read_text(encoding="utf-8")
    headings = set(re.findall(r"^### `(\w+)`$", doc, re.M))
    assert headings == set(Base.metadata.tables) | set(VIEWS.tables)
    blocks = re.findall(r"```sql\n(.*?)\n```", doc, re.S)
    for example in EXAMPLES:
        for dialect in ("sqlite", "postgresql"):
            assert example.for_dialect(dialect) in blocks


def test_check_fails_on_a_stale_reference(tmp_path: Path) -> None:
    stale = tmp_path / "schema.md"
    stale.write_text(render().replace("## Views", "## Old views"), encoding="utf-8")
    assert main(["--check", "--output", str(stale)]) == 1
    assert main(["--output", str(stale)]) == 0
    assert main(["--check", "--output", str(stale)]) == 0


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.title[:40] for e in EXAMPLES])
def test_every_example_query_answers(migrated_url: str, example: Example) -> None:
    engine = make_engine(migrated_url)
    with make_sessionmaker(engine).begin() as session:
        write_sample(session)
    with engine.connect() as connection:
        sql = example.for_dialect(engine.dialect.name)
        rows = connection.execute(text(sql)).all()
    engine.dispose()
    assert rows, sql  # the sample has an answer for every example
