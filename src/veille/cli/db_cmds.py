"""``veille migrate`` and ``veille copy``: a thin layer over ``veille.store.admin``."""

from __future__ import annotations

import click

from veille.errors import StoreError
from veille.store.location import ENV_VAR, default_location


def _fail(message: str) -> click.exceptions.Exit:
    click.echo(f"error: {message}", err=True)
    return click.exceptions.Exit(1)


def _database_errors() -> tuple[type[BaseException], ...]:
    import sqlite3

    from veille.store._pg import database_errors

    return (sqlite3.Error, StoreError, *database_errors())


@click.command("migrate")
@click.option("--db", default=default_location, show_default=f"${ENV_VAR} or veille.db", metavar="FILE|URL",
              help="the veille database: a SQLite file or postgresql://user@host/dbname")
@click.option("--dry-run", is_flag=True, help="show the schema version and the pending migrations only")
def migrate_command(db: str, dry_run: bool) -> None:
    """Show the schema version of a database and apply the migrations it lacks."""
    from veille.store.admin import schema_status

    try:
        before = schema_status(db)
        after = before if dry_run else schema_status(db, apply=True)
    except _database_errors() as exc:
        raise _fail(f"cannot migrate {db}: {exc}") from None
    click.echo(f"{before.location} ({before.kind}): schema version {before.version} of {before.latest}")
    for mig in before.pending:
        click.echo(f"  {'pending' if dry_run else 'applied'}: {mig.name}")
    if not before.pending:
        click.echo("  up to date")
    elif not dry_run:
        click.echo(f"now at schema version {after.version}")


@click.command("copy")
@click.option("--from", "source", required=True, metavar="FILE", help="the SQLite veille database to copy")
@click.option("--to", "target", required=True, metavar="URL",
              help="the PostgreSQL database to copy into (postgresql://user@host/dbname), empty")
def copy_command(source: str, target: str) -> None:
    """Copy a SQLite veille database into PostgreSQL (same rows and ids, search index rebuilt)."""
    from veille.store.admin import copy_store

    try:
        result = copy_store(source, target, progress=lambda table, n: click.echo(f"  {table}: {n} rows", err=True))
    except _database_errors() as exc:
        raise _fail(f"cannot copy {source} into {target}: {exc}") from None
    click.echo(f"copied {result.rows.get('articles', 0)} articles, {result.rows.get('events', 0)} events,"
               f" {result.rows.get('actors', 0)} actors into {target}")


COMMANDS = [migrate_command, copy_command]
