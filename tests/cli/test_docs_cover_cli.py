"""Every command and option of the CLI is documented in README.md or docs/ (as sqlite-utils checks)."""

import re
from pathlib import Path

import click
import pytest

from veille.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _docs() -> str:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found += _commands(command, path + " ")
    return found


COMMANDS = _commands(cli)


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS])
def test_command_is_documented(path: str):
    assert f"veille {path}" in _docs(), f"`veille {path}` is not in README.md or docs/"


@pytest.mark.parametrize(
    ("path", "option"),
    [(path, opt) for path, command in COMMANDS for param in command.params
     if isinstance(param, click.Option) for opt in param.opts if opt.startswith("--")],
)
def test_option_is_documented(path: str, option: str):
    pattern = re.compile(rf"(?<![\w-]){re.escape(option)}(?![\w-])")  # --out is not --output
    assert pattern.search(_docs()), f"option {option} of `veille {path}` is not in README.md or docs/"
