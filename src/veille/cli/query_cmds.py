"""``veille articles|events|actors|quotes|summary|export``: a thin command layer over ``veille.store``.

The lead's ``veille`` group adds them with ``register(group)`` (or ``group.add_command`` on each of
``COMMANDS``). Output: ``--format table`` (rich on a terminal, plain aligned text otherwise), ``json``
(one JSON list) or ``csv``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import click

from veille.consolidate.dates import bound_range
from veille.errors import OutputError, StoreError
from veille.export import FORMATS as EXPORT_FORMATS
from veille.export import ExportOptions, export
from veille.store import (
    DEFAULT_DB,
    ActorRow,
    EventClusterRow,
    EventRow,
    Filters,
    SchemaTooNew,
    Store,
    StoreNotFound,
)

TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise
CELL_MAX = 70  # characters of a plain-table cell


# -- opening the store -----------------------------------------------------------------------------
@contextmanager
def open_store(db: str) -> Iterator[Store]:
    """The existing store at ``db``, or one clear error line and a non-zero exit."""
    try:
        store = Store.open(db, create=False, readonly=True)
    except StoreNotFound:
        click.echo(f"error: no veille database at {db} (run `veille analyze` first, or pass --db FILE)",
                   err=True)
        raise click.exceptions.Exit(1) from None
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    except (sqlite3.DatabaseError, SchemaTooNew) as exc:
        click.echo(f"error: cannot open {db}: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    try:
        yield store
    finally:
        store.close()


# -- rendering -------------------------------------------------------------------------------------
@dataclass(slots=True)
class Column:
    title: str
    get: Callable[[Any], Any]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _cut(text: str, width: int = CELL_MAX) -> str:
    text = " | ".join(line.strip() for line in text.splitlines() if line.strip())
    return text if len(text) <= width else text[:width - 1] + "…"


def render_table(rows: Sequence[Any], columns: Sequence[Column], title: str | None = None,
                 note: str | None = None) -> None:
    cells = [[_text(col.get(row)) for col in columns] for row in rows]
    out = sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=any("\n" in c for r in cells for c in r))
        for col in columns:
            table.add_column(col.title, overflow="fold")
        for r in cells:
            table.add_row(*r)
        console = Console()
        console.print(table)
        if note:
            console.print(note, style="dim")
        return
    last = len(columns) - 1  # the last column may run long: it wraps harmlessly at the line end
    flat = [[_cut(c, 10**6 if i == last else CELL_MAX) for i, c in enumerate(r)] for r in cells]
    widths = [max([len(col.title)] + [len(r[i]) for r in flat]) for i, col in enumerate(columns)]
    if title:
        click.echo(title)
    click.echo("  ".join(col.title.ljust(w) for col, w in zip(columns, widths)).rstrip())
    for r in flat:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    if note:
        click.echo(note)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ";".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def emit(rows: Sequence[Any], fmt: str, columns: Sequence[Column], title: str,
         truncated: bool = False) -> None:
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        dicts = [r.to_dict() for r in rows]
        fields = list(dicts[0]) if dicts else [c.title for c in columns]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for d in dicts:
            writer.writerow({k: _csv_cell(v) for k, v in d.items()})
    else:
        note = f"(first {len(rows)} rows; use --limit N for more, --limit 0 for all)" if truncated else None
        if not rows:
            note = "(nothing matches)"
        render_table(rows, columns, title=f"{title}: {len(rows)}", note=note)


# -- common options --------------------------------------------------------------------------------
def _db_option(f: Callable) -> Callable:
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                        help="the veille SQLite database")(f)


def _format_option(f: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="json prints one JSON list")(f)


def _sqlite_int(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """More rows than SQLite can count means all of them (SQLite integers are 64-bit)."""
    return None if value is None else min(value, 2**63 - 1)


def _limit_option(f: Callable) -> Callable:
    return click.option("--limit", type=click.IntRange(min=0), default=None, callback=_sqlite_int,
                        help=f"at most N rows (0: all; a table shows {TABLE_LIMIT} by default)")(f)


def _dates_options(f: Callable) -> Callable:
    f = click.option("--until", metavar="DATE", help="up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")(f)
    return click.option("--since", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")(f)


def _filters(limit: int | None, fmt: str, **kwargs: Any) -> tuple[Filters, bool]:
    """The Filters, and whether the table limit applies (one more row is fetched to know)."""
    try:
        bound_range(kwargs.get("since"), kwargs.get("until"))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from None
    table_default = limit is None and fmt == "table"
    if table_default:
        limit = TABLE_LIMIT + 1
    elif limit == 0:
        limit = None
    return Filters(limit=limit, **kwargs), table_default


def _trim(rows: list[Any], table_default: bool) -> tuple[list[Any], bool]:
    if table_default and len(rows) > TABLE_LIMIT:
        return rows[:TABLE_LIMIT], True
    return rows, False


def _sides(side: list[Any]) -> str:
    return "+".join(s.code or s.actor_id or s.text or "?" for s in side)


# -- commands --------------------------------------------------------------------------------------
ARTICLE_COLUMNS = (
    Column("published", lambda r: r.published), Column("id", lambda r: r.id),
    Column("lang", lambda r: r.language), Column("title", lambda r: r.title),
    Column("actors", lambda r: r.actors), Column("events", lambda r: r.events),
    Column("quotes", lambda r: r.quotes), Column("story", lambda r: r.story_id),
)


@click.command("articles")
@_db_option
@_dates_options
@click.option("--type", "type_", metavar="EVENT", help="articles reporting this PLOVER event type")
@click.option("--actor", help="articles naming this actor (name, alias, registry id)")
@click.option("--country", help="articles naming an actor of this country code (JPN, NATO...)")
@click.option("--search", help="full text: titles, event evidence, quotes")
@_limit_option
@_format_option
def articles_cmd(db: str, since: str | None, until: str | None, type_: str | None, actor: str | None,
                 country: str | None, search: str | None, limit: int | None, fmt: str) -> None:
    """Stored articles, newest first."""
    f, table_default = _filters(limit, fmt, since=since, until=until, type=type_, actor=actor,
                                country=country, search=search)
    with open_store(db) as store:
        rows, cut = _trim(store.articles(f), table_default)
    emit(rows, fmt, ARTICLE_COLUMNS, "articles", cut)


CLUSTER_COLUMNS = (
    Column("date", lambda r: r.date), Column("event", lambda r: r.event), Column("mode", lambda r: r.mode),
    Column("actor", lambda r: "+".join(r.actor)), Column("recipient", lambda r: "+".join(r.recipient)),
    Column("where", lambda r: r.location), Column("reports", lambda r: r.reports),
    Column("articles", lambda r: r.articles), Column("cluster", lambda r: r.cluster_id),
    Column("evidence", lambda r: r.evidence),
)
MENTION_COLUMNS = (
    Column("date", lambda r: r.date), Column("event", lambda r: r.event), Column("mode", lambda r: r.mode),
    Column("actor", lambda r: _sides(r.actor)), Column("recipient", lambda r: _sides(r.recipient)),
    Column("where", lambda r: r.location), Column("article", lambda r: r.article_id),
    Column("cluster", lambda r: r.cluster_id), Column("evidence", lambda r: r.evidence),
)


@click.command("events")
@_db_option
@_dates_options
@click.option("--type", "type_", metavar="EVENT", help="PLOVER event type(s), comma-separated")
@click.option("--actor", help="an actor on either side (code, name, alias, registry id)")
@click.option("--country", help="a country or organisation code on either side (JPN, NATO...)")
@click.option("--search", help="full text: event evidence and article titles")
@click.option("--all-mentions", is_flag=True, help="one row per article's report, not per event")
@_limit_option
@_format_option
def events_cmd(db: str, since: str | None, until: str | None, type_: str | None, actor: str | None,
               country: str | None, search: str | None, all_mentions: bool, limit: int | None,
               fmt: str) -> None:
    """Events, one row per real-world event (reports from several articles merged)."""
    f, table_default = _filters(limit, fmt, since=since, until=until, type=type_, actor=actor,
                                country=country, search=search)
    with open_store(db) as store:
        if all_mentions:
            mentions: list[EventRow] = store.events(f)
            rows, cut = _trim(mentions, table_default)
            emit(rows, fmt, MENTION_COLUMNS, "event reports", cut)
        else:
            clusters: list[EventClusterRow] = store.event_clusters(f)
            rows, cut = _trim(clusters, table_default)
            emit(rows, fmt, CLUSTER_COLUMNS, "events", cut)


def _roles_cell(row: ActorRow) -> str:
    lines = []
    for role in row.roles:
        where = ", ".join(x for x in (role.country, role.affiliation) if x)
        when = role.first_seen or "?"
        if role.last_seen and role.last_seen != role.first_seen:
            when += f"..{role.last_seen}"
        lines.append(f"{role.role} ({where}) {when} [{role.article_id}]: {role.evidence or ''}")
    return "\n".join(lines)


ACTOR_COLUMNS = (
    Column("id", lambda r: r.id), Column("name", lambda r: r.name), Column("kind", lambda r: r.kind),
    Column("country", lambda r: r.country), Column("sector", lambda r: r.sector),
    Column("mentions", lambda r: r.mentions), Column("articles", lambda r: r.articles),
    Column("roles", _roles_cell),
)


@click.command("actors")
@_db_option
@click.option("--name", help="name or alias substring, or registry id (country:JPN, igo:NATO...)")
@click.option("--country", help="the actor's country or organisation code")
@_dates_options
@click.option("--search", help="actors of the articles matching this full-text search")
@_limit_option
@_format_option
def actors_cmd(db: str, name: str | None, country: str | None, since: str | None, until: str | None,
               search: str | None, limit: int | None, fmt: str) -> None:
    """The actor registry: who, with mention counts and dated roles (each with its evidence)."""
    f, table_default = _filters(limit, fmt, name=name, country=country, since=since, until=until,
                                search=search)
    with open_store(db) as store:
        rows, cut = _trim(store.actors(f), table_default)
    emit(rows, fmt, ACTOR_COLUMNS, "actors", cut)


QUOTE_COLUMNS = (
    Column("published", lambda r: r.published), Column("speaker", lambda r: r.speaker),
    Column("quote", lambda r: r.text), Column("direct", lambda r: "yes" if r.direct else "no"),
    Column("article", lambda r: r.article_id),
)


@click.command("quotes")
@_db_option
@click.option("--speaker", help="speaker name or alias substring, or registry id")
@click.option("--country", help="the speaker's country or organisation code")
@_dates_options
@click.option("--search", help="full text over the quotes")
@_limit_option
@_format_option
def quotes_cmd(db: str, speaker: str | None, country: str | None, since: str | None, until: str | None,
               search: str | None, limit: int | None, fmt: str) -> None:
    """Quotes with their speakers."""
    f, table_default = _filters(limit, fmt, speaker=speaker, country=country, since=since, until=until,
                                search=search)
    with open_store(db) as store:
        rows, cut = _trim(store.quotes(f), table_default)
    emit(rows, fmt, QUOTE_COLUMNS, "quotes", cut)


@click.command("summary")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def summary_cmd(db: str, fmt: str) -> None:
    """Counts: articles, stories, actors, events (and distinct real-world events), quotes."""
    with open_store(db) as store:
        s = store.summary()
    if fmt == "json":
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False))
        return
    langs = ", ".join(f"{k}: {v}" for k, v in s.languages.items()) or "-"
    click.echo(f"{db}: {s.articles} articles ({langs}) in {s.stories} stories; {s.actors} actors; "
               f"{s.events} event reports = {s.event_clusters} distinct events; {s.quotes} quotes")


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="plover-jsonl",
              show_default=True)
@click.option("--output", "-o", metavar="FILE", help="write here (stdout when absent; parquet needs a file)")
@_dates_options
@click.option("--type", "type_", metavar="EVENT", help="PLOVER event type(s), comma-separated")
@click.option("--actor", help="an actor on either side")
@click.option("--country", help="a code on either side")
@click.option("--search", help="full text: event evidence and article titles")
@click.option("--dedup", is_flag=True, help="one record per real-world event (its most confident report)")
@click.option("--no-text", is_flag=True, help="leave out the article text (PLOVER `text`)")
@click.option("--force", is_flag=True, help="replace an existing --output file (never the database)")
@click.option("--csv-raw", is_flag=True,
              help="CSV: write cells starting with = + - @ as they are (default: prefixed with ')")
def export_cmd(db: str, fmt: str, output: str | None, since: str | None, until: str | None,
               type_: str | None, actor: str | None, country: str | None, search: str | None,
               dedup: bool, no_text: bool, force: bool, csv_raw: bool) -> None:
    """Export events as PLOVER JSON lines, CSV or Parquet (to a new file unless --force)."""
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    f, _ = _filters(0, "json", since=since, until=until, type=type_, actor=actor, country=country,
                    search=search)
    options = ExportOptions(filters=f, dedup=dedup, with_text=not no_text, formula_guard=not csv_raw,
                            force=force)
    with open_store(db) as store:
        try:
            n = export(store, fmt, options, out=sys.stdout, path=output)
        except (OutputError, OSError) as exc:
            click.echo(f"error: {exc}", err=True)
            raise click.exceptions.Exit(1) from None
    if output:
        click.echo(f"{n} records written to {output}", err=True)


COMMANDS: tuple[click.Command, ...] = (articles_cmd, events_cmd, actors_cmd, quotes_cmd, summary_cmd,
                                      export_cmd)


def register(group: click.Group) -> None:
    """Add the query commands to the ``veille`` group."""
    for command in COMMANDS:
        group.add_command(command)


@click.group()
def query_group() -> None:
    """The query commands alone (tests, or ``python -m veille.cli.query_cmds``)."""


register(query_group)

if __name__ == "__main__":  # pragma: no cover
    query_group(prog_name="veille", args=sys.argv[1:])
