"""Build hook: with ``NEWSFLOW_MYPYC=1`` the claims extractor (``processors/claims``) is compiled with mypyc.

All metadata lives in ``pyproject.toml`` (PEP 621); this file only adds ``ext_modules``. Without the variable (the
default, and every editable dev install) the package is pure Python, so an edit is never shadowed by a stale ``.so``.
The production image (``deploy/Dockerfile``) builds its wheel with the variable set: the compiled extractor is ~1.5x
faster on one core (``bench/claims_speed.py`` measures both). The compiled modules need no mypy at run time.

``bench/claims_speed.py`` and ``tests/unit/test_claims_compiled.py`` import this file (``setup()`` runs only as
``__main__``), so the bench compiles exactly what the image compiles.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
CLAIMS = Path("processors") / "claims"
FLAG = "NEWSFLOW_MYPYC"
# mypyc type-checks what it compiles. Not with the project's mypy config (its pydantic plugin is not in the isolated
# build environment, which holds only setuptools and mypy), and never looking into site-packages: newsflow.contracts
# is read from the tree, pydantic is Any. So a build here types everything exactly as in the image build.
MYPY_ARGS = ("--config-file=", "--no-site-packages", "--ignore-missing-imports", "--follow-imports=silent")
# Commands that install the source tree in place: compiled modules there would shadow later edits.
IN_PLACE_COMMANDS = ("editable_wheel", "develop")


class BuildConfigError(SystemExit):
    """``NEWSFLOW_MYPYC`` has a value this build cannot honour."""


def claims_sources(root: Path = ROOT) -> list[str]:
    """Every module file of ``processors/claims``: the whole package is compiled, as one mypyc group."""
    return sorted(str(path) for path in (root / CLAIMS).glob("*.py"))


def mypyc_args(root: Path = ROOT) -> list[str]:
    """mypycify's first argument: the mypy options, then the files to compile."""
    return [*MYPY_ARGS, *claims_sources(root)]


def compile_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """True when ``NEWSFLOW_MYPYC=1``; unset, empty or ``0`` means pure Python; anything else is an error."""
    value = environ.get(FLAG, "").strip()
    if value not in ("", "0", "1"):
        raise BuildConfigError(f"{FLAG} must be 1 (compile processors/claims with mypyc) or 0/unset, not {value!r}")
    return value == "1"


def ext_modules(argv: list[str], environ: Mapping[str, str] = os.environ) -> list[Any]:  # setuptools Extensions
    """The extension modules for this build: none unless compiling was requested for a non-editable build."""
    if not compile_requested(environ):
        return []
    if any(command in argv for command in IN_PLACE_COMMANDS):
        raise BuildConfigError(
            f"{FLAG}=1 is for wheel builds only: an editable install would put compiled modules beside the sources "
            "and shadow every later edit. Unset it for `pip install -e`."
        )
    from mypyc.build import mypycify  # the build requirement mypy, pinned in pyproject.toml

    return mypycify(mypyc_args(), target_dir=str(Path("build") / "mypyc"))


if __name__ == "__main__":
    from setuptools import setup  # type: ignore[import-untyped, unused-ignore]  # older setuptools ship no types

    setup(ext_modules=ext_modules(sys.argv))
