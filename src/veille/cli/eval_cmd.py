"""`veille eval`: score veille against gold data (work in progress)."""

from __future__ import annotations

import click


@click.command("eval")
@click.argument("task")
@click.argument("gold")
def eval_command(task: str, gold: str) -> None:
    """Score veille on gold data."""
    raise click.ClickException("veille eval is not ready yet")
