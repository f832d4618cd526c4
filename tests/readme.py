"""Pieces of the README that tests check or run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def readme_sql() -> list[str]:
    """Every ```sql block of the README."""
    return re.findall(r"```sql\n(.*?)```", README, re.S)
