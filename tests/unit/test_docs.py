"""The README and deploy files agree with the code: commands, settings, CLI."""

from __future__ import annotations

import re
import shlex
import tomllib

import pytest

from newsflow.cli import _parser
from newsflow.settings import Settings
from tests.readme import README, ROOT, readme_sql


def quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "no command block in the quick start"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_two_commands_and_ci_runs_the_test_one() -> None:
    demo, tests = quick_start()
    assert demo.endswith("newsflow demo")
    assert tests.endswith("python -m pytest")
    assert tests in (ROOT / ".ci" / "run").read_text()


def test_settings_table_lists_every_setting_with_its_default() -> None:
    rows = re.findall(r"^\| `(NEWSFLOW_[A-Z0-9_]+)` \| `([^`]*)` \|", README, re.M)
    documented = dict(rows)
    expected = {
        f"NEWSFLOW_{name.upper()}": "" if field.default is None else str(field.default)
        for name, field in Settings.model_fields.items()
    }
    assert documented == expected


def test_console_script_points_at_the_cli() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["newsflow"] == "newsflow.cli:entrypoint"
    assert "embedded" in project["optional-dependencies"]
    assert "dev" in project["optional-dependencies"]


def dockerfile() -> list[tuple[str, str]]:
    text = (ROOT / "deploy" / "Dockerfile").read_text().replace("\\\n", " ")
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def test_dockerfile_runs_a_real_cli_command_as_non_root_with_the_lock_file() -> None:
    instructions = dockerfile()
    values = dict(instructions)
    assert values["ENTRYPOINT"] == '["newsflow"]'
    command = shlex.split(values["CMD"].strip("[]").replace(",", " "))
    _parser().parse_args(command)  # exits with an error if the CLI has no such command
    assert values["USER"] not in ("root", "0")
    assert any(k == "RUN" and "-c constraints.txt" in v for k, v in instructions)
    for key, value in instructions:
        if key == "ENV":
            for name in re.findall(r"(NEWSFLOW_[A-Z0-9_]+)=", value):
                assert name.removeprefix("NEWSFLOW_").lower() in Settings.model_fields


@pytest.mark.parametrize("package", ["newsflow", "ingest", "processors", "sinks"])
def test_every_package_is_copied_into_the_image(package: str) -> None:
    assert any(k == "COPY" and v.startswith(f"{package} ") for k, v in dockerfile())


def test_readme_has_example_queries() -> None:
    assert readme_sql()
