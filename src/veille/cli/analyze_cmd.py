"""`veille analyze`: the main job, a thin layer over ingest, analyze and store."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator

import click

from veille.contract.models import Document
from veille.errors import InputError, VeilleError
from veille.ingest.article import Article
from veille.ingest.dates import iso_date
from veille.ingest.readers import read_inputs


def _error(message: str) -> None:
    click.echo(f"veille: {message}", err=True)


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default="veille.db", show_default=True, help="SQLite file to store into.")
@click.option("--no-store", is_flag=True, help="Analyse and print, store nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
              help="Output: table (default on a terminal), json (one list) or jsonl (one document a line).")
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that do not carry one.")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the inputs (else detected).")
@click.option("--batch-size", default=16, show_default=True, help="Documents per nlp.pipe batch.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Keep events at or above this confidence (default: the events stage's, chosen on dev data).")
def analyze_command(paths: tuple[str, ...], db_path: str, no_store: bool, fmt: str | None,
                    published: str | None, lang: str | None, batch_size: int,
                    min_confidence: float | None) -> None:
    """Analyse articles (files, folders, - for stdin) into events, actors, quotes, times, places."""
    from veille.analyze.pipeline import Analyzer

    if published is not None and iso_date(published) != published:
        raise click.BadParameter("expected YYYY-MM-DD", param_hint="--published")
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    failures = 0
    articles: list[Article] = []
    for item in read_inputs(paths, published=published, language=lang):
        if isinstance(item, InputError):
            _error(f"error: {item}")
            failures += 1
        else:
            articles.append(item)

    store = None
    if not no_store:
        from veille.store import Store

        store = Store.open(db_path)
    analyzer = Analyzer(batch_size=batch_size, min_confidence=min_confidence)
    collected: list[Document] = []
    try:
        for article, document in _with_progress(articles, analyzer):
            for warning in document.warnings:
                _error(f"{'error' if document.status != 'ok' else 'warning'}: {article.origin}: {warning}")
            if document.status != "ok":
                failures += 1
            if store is not None:
                try:
                    store.save(document, article)
                except (sqlite3.Error, VeilleError) as exc:  # this article only; the batch goes on
                    _error(f"error: {article.origin}: not stored: {exc}")
                    failures += 1
            if fmt == "jsonl":
                click.echo(json.dumps(document.to_dict(), ensure_ascii=False))
            else:
                collected.append(document)
    finally:
        if store is not None:
            store.close()
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in collected], ensure_ascii=False, indent=2))
    elif fmt == "table":
        _print_table(collected, None if no_store else db_path)
    if failures:
        _error(f"{failures} input(s) failed; the others were analysed"
               + ("" if no_store else " and stored"))
        sys.exit(1)


def _with_progress(articles: list[Article], analyzer) -> Iterator[tuple[Article, Document]]:
    pairs = zip(articles, analyzer.analyze_many(articles))
    if len(articles) < 2 or not sys.stderr.isatty():
        yield from pairs
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} art/s"), TimeRemainingColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("analyse", total=len(articles), rate=0.0)
        for pair in pairs:
            speed = progress.tasks[0].speed or 0.0
            progress.update(task, advance=1, rate=speed)
            yield pair


def _print_table(documents: list[Document], db_path: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="veille analyze")
    table.add_column("document", no_wrap=True, overflow="ellipsis", max_width=48)
    for column in ("lang", "published", "actors", "events", "quotes", "times", "places"):
        table.add_column(column, justify="right" if column not in ("lang", "published") else "left")
    for d in documents:
        table.add_row((d.title or d.id)[:50], d.language or "?", d.published or "-", str(len(d.actors)),
                      str(len(d.events)), str(len(d.quotes)), str(len(d.times)), str(len(d.places)))
    console = Console()
    console.print(table)
    for d in documents:
        for e in d.events:
            sides = "{} -> {}".format(",".join(a.code or "?" for a in e.actor),
                                      ",".join(a.code or "?" for a in e.recipient))
            status = "" if e.status == "actual" else f" ({e.status})"
            console.print(f"  [bold]{e.event}[/bold]{status} {sides} {e.date or ''} "
                          f"{e.location.name if e.location else ''}  [dim]{e.trigger.text}[/dim]")
    if db_path:
        console.print(f"stored in {db_path}")
