"""The mypyc build hook (setup.py): what it compiles, when, and with which mypy.

Compiling takes about a minute of CPU, so it is not done here: ``bench/claims_speed.py`` (run by CI) compiles with
the same hook, checks the compiled copy gives identical claims, and times both builds.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import pkgutil
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import processors.claims

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("newsflow", "ingest", "processors", "sinks")


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsflow_setup", ROOT / "setup.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # as a module, setup.py only defines; setup() runs as __main__
    return module


def module_name(path: str) -> str:
    parts = Path(path).resolve().relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def claims_modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(processors.claims.__path__, "processors.claims.")]
    return [processors.claims, *(importlib.import_module(name) for name in names)]


def test_hook_compiles_exactly_the_modules_of_processors_claims(hook: ModuleType) -> None:
    compiled = {module_name(path) for path in hook.claims_sources()}
    assert compiled == {module.__name__ for module in claims_modules()}
    assert set(hook.claims_sources()) < set(hook.mypyc_args())


@pytest.mark.parametrize("environ", [{}, {"NEWSFLOW_MYPYC": ""}, {"NEWSFLOW_MYPYC": "0"}])
def test_without_the_flag_the_build_is_pure_python(hook: ModuleType, environ: dict[str, str]) -> None:
    assert hook.ext_modules(["setup.py", "bdist_wheel"], environ) == []
    assert hook.ext_modules(["setup.py", "editable_wheel"], environ) == []


def test_an_unknown_flag_value_stops_the_build(hook: ModuleType) -> None:
    with pytest.raises(SystemExit, match="NEWSFLOW_MYPYC must be 1"):
        hook.ext_modules(["setup.py", "bdist_wheel"], {"NEWSFLOW_MYPYC": "yes"})


@pytest.mark.parametrize("command", ["editable_wheel", "develop"])
def test_editable_installs_refuse_to_compile(hook: ModuleType, command: str) -> None:
    with pytest.raises(SystemExit, match="wheel builds only"):
        hook.ext_modules(["setup.py", command, "--dist-dir", "x"], {"NEWSFLOW_MYPYC": "1"})


def test_build_requirement_is_the_locked_mypy() -> None:
    locked = re.search(r"^mypy==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M)
    assert locked, "mypy is not in constraints.txt"
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert f"mypy=={locked.group(1)}" in requires


def test_image_copies_the_hook_and_compiles() -> None:
    text = (ROOT / "deploy" / "Dockerfile").read_text().replace("\\\n", " ")
    copies = [line.split()[1:-1] for line in text.splitlines() if line.startswith("COPY ") and "--from" not in line]
    assert any("setup.py" in files for files in copies)
    installs = [line for line in text.splitlines() if line.startswith("RUN ") and "pip install" in line]
    assert installs
    assert all("NEWSFLOW_MYPYC=1" in line and "-c constraints.txt" in line for line in installs)


def test_no_compiled_module_shadows_the_sources() -> None:
    """.so files are git-ignored, so a stray in-place build (``mypyc processors/claims/*.py``) would go unseen."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    strays = [path for package in PACKAGES for path in (ROOT / package).rglob("*") if path.name.endswith(suffixes)]
    assert strays == [], "delete these: they shadow the .py sources beside them"
    assert all(module.__file__ and module.__file__.endswith(".py") for module in claims_modules())
