"""``veille articles|events|actors|quotes|places|facets|summary|export``: a thin layer over ``veille.store``
and ``veille.query``.

Output: ``--format table`` (fits the terminal: the long column is cut to what is left of the line, or goes
on a second line), ``json`` (one JSON list) or ``csv`` (one layout per record kind, see docs/cli.md).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from veille.cli import _views as views
from veille.cli._render import emit, terminal_width
from veille.consolidate.dates import bound_range
from veille.errors import OutputError, QueryError, StoreError
from veille.export import FORMATS as EXPORT_FORMATS
from veille.export import ExportOptions, export
from veille.query import PRECISIONS, ontology, select
from veille.query.layouts import LAYOUTS
from veille.store import Filters, SchemaTooNew, Store, StoreNotFound
from veille.store._pg import database_errors
from veille.store.location import ENV_VAR, default_location

TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise


# -- opening the store -----------------------------------------------------------------------------
@contextmanager
def open_store(db: str) -> Iterator[Store]:
    """The existing store at ``db``, or one clear error line and a non-zero exit. A filter value that
    names nothing known is one ``error:`` line (with the closest names) and exit status 2."""
    unreadable: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, SchemaTooNew, *database_errors())
    try:
        store = Store.open(db, create=False, readonly=True)
    except StoreNotFound:
        click.echo(f"error: no veille database at {db} (run `veille analyze` first, or pass --db FILE)",
                   err=True)
        raise click.exceptions.Exit(1) from None
    except unreadable as exc:  # SchemaTooNew, a StoreError, before StoreError
        click.echo(f"error: cannot open {db}: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    try:
        yield store
    except QueryError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(2) from None
    finally:
        store.close()


# -- options ---------------------------------------------------------------------------------------
def _options(*decorators: Callable) -> Callable:
    def apply(f: Callable) -> Callable:
        for d in reversed(decorators):
            f = d(f)
        return f
    return apply


_DB = click.option("--db", default=default_location, show_default=f"${ENV_VAR} or veille.db", metavar="FILE|URL",
                   help="the veille database: a SQLite file or postgresql://user@host/dbname")
_DATES = _options(
    click.option("--since", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    click.option("--until", metavar="DATE", help="up to this date, its whole period included"),
)
_ARTICLE_SCOPE = _options(
    click.option("--lang", metavar="LANG", help="articles in this language (fr, en; comma-separated)"),
    click.option("--story", metavar="ID", help="articles of this story"),
    click.option("--search", metavar="WORDS",
                 help="full text, every word; place names match in any language (Syrie = Syria)"),
)
_TYPE = click.option("--type", "type_", metavar="TYPE",
                     help="PLOVER event type(s), comma-separated (see `veille events --help`)")
_EVENT_FILTERS = _options(
    _DATES,
    click.option("--overlap", is_flag=True,
                 help="also events whose date range only overlaps the period (a month, a year)"),
    click.option("--precision", metavar="P", help=f"date precision(s): {', '.join(PRECISIONS)}"),
    _TYPE,
    click.option("--mode", metavar="MODE", help="PLOVER mode(s), comma-separated"),
    click.option("--status", metavar="S",
                 help=f"{', '.join(ontology().statuses)} (comma-separated; default: all)"),
    click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="X", help="confidence at least X"),
    click.option("--actor", metavar="WHO", help="on the actor side: code, country name (fr/en), acronym, "
                 "person's name or registry id"),
    click.option("--recipient", metavar="WHO", help="on the recipient side (same values as --actor)"),
    click.option("--party", metavar="WHO", help="on either side (same values as --actor)"),
    click.option("--country", metavar="WHO", help="a country or organisation on either side, as the article "
                 "coded it"),
    click.option("--sector", metavar="CODE", help="an actor of this PLOVER sector on either side (GOV, MIL...;"
                 " see `veille events --help`)"),
    click.option("--place", metavar="WHERE", help="located there: a place in any language, a GeoNames id, or "
                 "a country (every place inside it)"),
    _ARTICLE_SCOPE,
)


def _sqlite_int(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """More rows than SQLite can count means all of them (SQLite integers are 64-bit)."""
    return None if value is None else min(value, 2**63 - 1)


def _output(kind: str, facets: tuple[str, ...] = ()) -> Callable:
    names = ", ".join(f.name for f in LAYOUTS[kind])
    extra = [click.option("--count-by", "count_by", type=click.Choice(facets), metavar="KEY",
                          help=f"counts per value instead of rows: {', '.join(facets)}")] if facets else []
    return _options(
        click.option("--limit", type=click.IntRange(min=0), default=None, callback=_sqlite_int,
                     help=f"at most N rows (0: all; a table shows {TABLE_LIMIT} by default)"),
        click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                     show_default=True, help="csv: one layout per record kind (docs/cli.md)"),
        click.option("--columns", metavar="A,B", help=f"these columns in this order: {names}"),
        click.option("--full", is_flag=True, help="tables: long texts whole, wrapped (default: cut to the width)"),
        click.option("--compact", is_flag=True, help="tables: one line per row"),
        click.option("--excel", is_flag=True, help="csv: start with a UTF-8 byte-order mark for spreadsheets"),
        *extra,
    )


_FILTER_NAMES = frozenset(f for f in Filters.__dataclass_fields__ if not f.startswith("_"))


def _filters(kw: dict[str, Any], **extra: Any) -> Filters:
    """The Filters from a command's options (those it has)."""
    try:
        bound_range(kw.get("since"), kw.get("until"))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from None
    values = {k: v for k, v in kw.items() if k in _FILTER_NAMES and v not in (None, False)}
    if "type_" in kw and kw["type_"]:
        values["type"] = kw["type_"]
    return Filters(**values, **extra)


class _Output:
    """The output options of a listing command, and the limit logic (one more row tells "more")."""

    def __init__(self, kind: str, kw: dict[str, Any]) -> None:
        self.kind = kind
        self.fmt: str = kw.pop("fmt", "table")
        self.limit: int | None = kw.pop("limit", None)
        self.full: bool = kw.pop("full", False)
        self.compact: bool = kw.pop("compact", False)
        self.excel: bool = kw.pop("excel", False)
        columns = kw.pop("columns", None)
        self.count_by: str | None = kw.pop("count_by", None)
        try:
            self.layout = select("facets" if self.count_by else kind,
                                 [c.strip() for c in columns.split(",") if c.strip()] if columns else None)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--columns") from None
        self.chosen = bool(columns)
        self.table_default = self.limit is None and self.fmt == "table"

    @property
    def fetch_limit(self) -> int | None:
        if self.table_default:
            return TABLE_LIMIT + 1
        return self.limit or None

    def print(self, rows: list[Any], view: views.View, title: str) -> None:
        note = None
        if self.table_default and len(rows) > TABLE_LIMIT:
            rows = rows[:TABLE_LIMIT]
            note = f"(first {TABLE_LIMIT} rows; use --limit N for more, --limit 0 for all)"
        emit(rows, self.fmt, view, self.layout, title=title, note=note, full=self.full,
             compact_view=self.compact, excel=self.excel, chosen=self.chosen)

    def facets(self, store: Store, kind: str, f: Filters, min_languages: int = 0) -> None:
        rows = store.facets(kind, self.count_by or "", f, min_languages=min_languages)
        self.print(rows, views.FACETS, f"{kind} by {self.count_by}")


# -- commands --------------------------------------------------------------------------------------
@click.command("articles")
@_DB
@_DATES
@_TYPE
@click.option("--actor", metavar="WHO", help="articles naming this actor (name, alias, registry id, country)")
@click.option("--country", metavar="WHO", help="articles naming an actor of this country or organisation")
@_ARTICLE_SCOPE
@_output("articles", ("day", "week", "month", "year", "lang", "story", "source", "type", "actor", "country",
                      "place", "speaker"))
def articles_cmd(db: str, **kw: Any) -> None:
    """Stored articles, newest first."""
    out = _Output("articles", kw)
    f = _filters(kw, limit=out.fetch_limit)
    with open_store(db) as store:
        if out.count_by:
            out.facets(store, "articles", f)
            return
        rows = store.articles(f)
    out.print(rows, views.ARTICLES, "articles")


EVENT_FACETS = ("type", "mode", "status", "precision", "day", "week", "month", "year", "actor", "recipient",
                "party", "country", "place", "speaker", "lang", "story")


@click.command("events", epilog=f"PLOVER types: {', '.join(ontology().types)}. Sectors: "
               + ", ".join(f"{k} ({v})" for k, v in ontology().sectors.items()) + ".")
@_DB
@click.option("--id", "event_id", metavar="ID",
              help="one event (or report) with every report behind it and its evidence")
@_EVENT_FILTERS
@click.option("--all-mentions", is_flag=True, help="one row per article's report, not per event")
@_output("events", EVENT_FACETS)
def events_cmd(db: str, event_id: str | None, all_mentions: bool, **kw: Any) -> None:
    """Events, one row per real-world event (reports from several articles merged), newest first.

    Dates: an event is in --since/--until when all the days it may fall in are (an event dated only
    "2023" is not in July 2023; --overlap keeps it)."""
    out = _Output("events", kw)
    f = _filters(kw, limit=out.fetch_limit, actor_side=True)
    with open_store(db) as store:
        if event_id:
            _event_detail(store, event_id, out.fmt)
            return
        if out.count_by:
            out.facets(store, "events", f)
            return
        if all_mentions:
            out.print(store.events(f), views.REPORTS, "event reports")
        else:
            out.print(store.event_clusters(f), views.EVENTS, "events")


def _event_detail(store: Store, event_id: str, fmt: str) -> None:
    found = store.event_clusters(event_id=event_id)
    if not found:
        raise QueryError(f"--id {event_id!r}: no event or report with that id (ids: `veille events`)")
    [cluster] = found
    reports = store.events_by_id(cluster.event_ids)
    if fmt == "json":
        click.echo(json.dumps({"event": cluster.to_dict(), "reports": [r.to_dict() for r in reports]},
                              ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        emit(reports, "csv", views.REPORTS, LAYOUTS["events"], title="")
        return
    for line in views.event_detail(cluster, reports, terminal_width()):
        click.echo(line)


@click.command("actors")
@_DB
@click.option("--name", metavar="WHO", help="name or alias substring, registry id, country or acronym")
@click.option("--country", metavar="WHO", help="the actor's country or organisation (code or name)")
@_DATES
@click.option("--search", metavar="WORDS", help="actors of the articles matching this full-text search")
@_output("actors")
def actors_cmd(db: str, **kw: Any) -> None:
    """The actor registry: who, with mention counts and dated roles."""
    out = _Output("actors", kw)
    f = _filters(kw, limit=out.fetch_limit)
    with open_store(db) as store:
        rows = store.actors(f)
    out.print(rows, views.ACTORS_FULL if out.full else views.ACTORS, "actors")


@click.command("quotes")
@_DB
@click.option("--speaker", metavar="WHO", help="speaker's name (or part), registry id")
@click.option("--country", metavar="WHO", help="the speaker's country or organisation (code or name)")
@_DATES
@click.option("--lang", metavar="LANG", help="articles in this language")
@click.option("--story", metavar="ID", help="articles of this story")
@click.option("--search", metavar="WORDS", help="full text over the quotes")
@_output("quotes", ("speaker", "day", "week", "month", "year", "lang", "story", "direct"))
def quotes_cmd(db: str, **kw: Any) -> None:
    """Quotes with their speakers, newest first."""
    out = _Output("quotes", kw)
    f = _filters(kw, limit=out.fetch_limit)
    with open_store(db) as store:
        if out.count_by:
            out.facets(store, "quotes", f)
            return
        rows = store.quotes(f)
    out.print(rows, views.QUOTES, "quotes")


@click.command("places")
@_DB
@click.option("--place", metavar="WHERE", help="this place (any language, GeoNames id) or a country's places")
@click.option("--country", metavar="WHO", help="places in this country (code or name)")
@_DATES
@click.option("--lang", metavar="LANG", help="articles in this language")
@click.option("--story", metavar="ID", help="articles of this story")
@_output("places")
def places_cmd(db: str, **kw: Any) -> None:
    """Places named in the articles: mentions, articles, and events located there (a country counts the
    events anywhere inside it). `veille events --place NAME` lists those events."""
    out = _Output("places", kw)
    f = _filters(kw, limit=out.fetch_limit)
    with open_store(db) as store:
        rows = store.places(f)
    out.print(rows, views.PLACES, "places")


@click.group("facets")
def facets_group() -> None:
    """Counts per value (type, day, week, month, actor, country, place, speaker, lang...) of events,
    quotes or articles, after the same filters as their listing commands."""


def _facet_command(kind: str, keys: tuple[str, ...], filters: Callable) -> click.Command:
    @click.command(kind)
    @_DB
    @click.option("--by", "count_by", type=click.Choice(keys), required=True, help="the value to count by")
    @click.option("--min-languages", type=click.IntRange(min=0), default=0,
                  help="only values reported in at least N languages (2: covered in French and English)")
    @filters
    @_output("facets")
    def command(db: str, min_languages: int, **kw: Any) -> None:
        out = _Output("facets", kw)
        f = _filters(kw, limit=out.limit or None, actor_side=True)
        with open_store(db) as store:
            out.facets(store, kind, f, min_languages)

    command.help = f"Counts of {kind} per value of --by."
    return command


_QUOTE_FILTERS = _options(
    click.option("--speaker", metavar="WHO", help="speaker's name (or part), registry id"),
    click.option("--country", metavar="WHO", help="the speaker's country or organisation"), _DATES, _ARTICLE_SCOPE)
_ARTICLE_FILTERS = _options(
    _DATES, _TYPE, click.option("--actor", metavar="WHO", help="articles naming this actor"),
    click.option("--country", metavar="WHO", help="articles naming an actor of this country"), _ARTICLE_SCOPE)
for _kind, _keys, _filters_of in (
        ("events", EVENT_FACETS, _EVENT_FILTERS),
        ("quotes", ("speaker", "day", "week", "month", "year", "lang", "story", "direct"), _QUOTE_FILTERS),
        ("articles", ("day", "week", "month", "year", "lang", "story", "source", "type", "actor", "country",
                      "place", "speaker"), _ARTICLE_FILTERS)):
    facets_group.add_command(_facet_command(_kind, _keys, _filters_of))


@click.command("summary")
@_DB
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
@_DB
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="plover-jsonl",
              show_default=True)
@click.option("--output", "-o", metavar="FILE", help="write here (stdout when absent; parquet needs a file)")
@_EVENT_FILTERS
@click.option("--dedup", is_flag=True, help="one record per real-world event (its most confident report)")
@click.option("--no-text", is_flag=True, help="leave out the article text (PLOVER `text`)")
@click.option("--force", is_flag=True, help="replace an existing --output file (never the database)")
@click.option("--csv-raw", is_flag=True,
              help="CSV: write cells starting with = + - @ as they are (default: prefixed with ')")
def export_cmd(db: str, fmt: str, output: str | None, dedup: bool, no_text: bool, force: bool,
               csv_raw: bool, **kw: Any) -> None:
    """Export events as PLOVER records: JSON lines, or PLOVER's flat fields in CSV or Parquet (to a new
    file unless --force). For the analyst's event table in a spreadsheet, `veille events --format csv
    --excel`."""
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    f = _filters(kw, actor_side=True)
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


COMMANDS: tuple[click.Command, ...] = (articles_cmd, events_cmd, actors_cmd, quotes_cmd, places_cmd,
                                      facets_group, summary_cmd, export_cmd)


def register(group: click.Group) -> None:
    """Add the query commands to the ``veille`` group."""
    for command in COMMANDS:
        group.add_command(command)


@click.group()
def query_group() -> None:
    """The query commands alone (tests, or ``python -m veille.cli.query_cmds``)."""


register(query_group)

__all__ = ["COMMANDS", "TABLE_LIMIT", "open_store", "query_group", "register"]

if __name__ == "__main__":  # pragma: no cover
    query_group(prog_name="veille", args=sys.argv[1:])
