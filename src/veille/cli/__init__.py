"""The `veille` command: a thin layer over the library."""

from __future__ import annotations

import importlib
import logging

import click

from veille import __version__

# (module, attribute) of every sub-command; each module is small and imports its heavy parts lazily
_COMMANDS = (
    ("veille.cli.analyze_cmd", "analyze_command"),
    ("veille.cli.bench_cmd", "bench_command"),
    ("veille.cli.db_cmds", "COMMANDS"),
    ("veille.cli.eval_cmd", "eval_command"),
    ("veille.cli.query_cmds", "COMMANDS"),
    ("veille.cli.stories_cmd", "stories_command"),
    ("veille.cli.serve_cmd", "serve_command"),
    ("veille.cli.watch_cmd", "COMMANDS"),
)


@click.group()
@click.version_option(__version__, prog_name="veille")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """veille: French and English news into a database of political events (PLOVER 2.0)."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="veille: %(levelname)s: %(message)s")


for _module, _attribute in _COMMANDS:
    _found = getattr(importlib.import_module(_module), _attribute)
    for _command in _found if isinstance(_found, (list, tuple)) else [_found]:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="veille")
