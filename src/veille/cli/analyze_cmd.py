"""`veille analyze`: the main job, a thin layer over ingest, analyze and store."""

from __future__ import annotations

import json
import logging
import re
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import click

from veille.analyze.batch import BatchCounts, Outcome
from veille.cli._params import language_code
from veille.contract.models import Document
from veille.errors import InputError, StoreError, VeilleError
from veille.ingest.article import Article
from veille.ingest.dates import check_published
from veille.ingest.limits import limits
from veille.ingest.readers import read_inputs
from veille.store.location import ENV_VAR, default_location

if TYPE_CHECKING:
    from veille.analyze.parallel import ParallelAnalyzer
    from veille.analyze.pipeline import Analyzer
    from veille.scale import ParquetSink
    from veille.store import Store

log = logging.getLogger("veille.cli.analyze")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def _error(message: str) -> None:
    click.echo(f"veille: {message}", err=True)


class SizeType(click.ParamType):
    """A size in bytes: ``5000000``, ``5MB``, ``500kB`` (decimal units)."""

    name = "size"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = _SIZE.match(str(value))
        if not m or float(m[1]) <= 0:
            self.fail(f"{value!r} is not a size (e.g. 5MB, 500kB, 2000000)", param, ctx)
        return int(float(m[1]) * _UNITS[m[2].lower()])


def _verbosity(ctx: click.Context, param: click.Parameter, value: int) -> None:
    """``-v``/``-vv`` after the sub-command too: lower the log level the ``veille`` group set."""
    if value:
        root = logging.getLogger()
        root.setLevel(min(root.getEffectiveLevel(), logging.WARNING - 10 * min(value, 2)))


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default=default_location, show_default=f"${ENV_VAR} or veille.db", metavar="FILE|URL",
              help="The database to store into: a SQLite file or postgresql://user@host/dbname.")
@click.option("--no-store", is_flag=True, help="Analyse and print, store nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
              help="Output: table (default on a terminal), json (one list) or jsonl (one document a line).")
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that do not carry one.")
@click.option("--lang", callback=language_code, metavar="CODE",
              help="Language of the inputs that do not declare one (else detected): a code of the language "
                   "registry (fr, en; docs/languages.md).")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(min=1),
              help="Documents per nlp.pipe batch; also stored per transaction (docs/storage.md).")
@click.option("--jobs", default=None, type=click.IntRange(min=0), metavar="N",
              help="Worker processes for the analysis; one process stores, in order. Default (or 0): one "
                   "per core, no more than there are batches of articles, none for a single batch "
                   "(docs/scaling.md).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Keep events at or above this confidence (default: the events stage's, chosen on dev data).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the analysis on the workers of this Dask cluster (tcp://HOST:8786).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Write partitioned Parquet (documents, events, actors, quotes) here instead of a "
                   "database; a rerun skips the partitions already written.")
@click.option("--max-size", type=SizeType(), default=None, metavar="SIZE",
              help=f"Refuse an article bigger than this (default {limits().max_bytes // 1_000_000}MB).")
@click.option("--progress-every", default=100, show_default=True, type=click.IntRange(min=0), metavar="N",
              help="Off a terminal: a progress line on stderr every N articles (0: none).")
@click.option("--allow-private", is_flag=True, help="URLs may resolve to loopback or private addresses.")
@click.option("-v", "--verbose", count=True, expose_value=False, callback=_verbosity,
              help="More log output on stderr (-vv for debug), as before the sub-command.")
def analyze_command(paths: tuple[str, ...], db_path: str, no_store: bool, fmt: str | None,
                    published: str | None, lang: str | None, batch_size: int, min_confidence: float | None,
                    jobs: int | None,
                    scheduler: str | None, out_dir: Path | None, max_size: int | None, progress_every: int,
                    allow_private: bool) -> None:
    """Analyse articles (files, folders, http(s) URLs, - for stdin) into events, actors, quotes, times,
    places."""
    if published is not None:
        checked, wrong = check_published(published)
        if checked != published:
            raise click.BadParameter(wrong or "expected YYYY-MM-DD", param_hint="--published")
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    store = None if no_store or out_dir is not None else _open_store(db_path)
    counts = BatchCounts()
    try:
        articles: list[Article] = []
        for item in read_inputs(paths, published=published, language=lang, max_bytes=max_size,
                                allow_private=allow_private):
            if isinstance(item, InputError):
                _error(f"error: {item}")
                counts.unreadable += 1
            else:
                articles.append(item)
        run = Run(batch_size, min_confidence, jobs, scheduler, out_dir, fmt, counts, progress_every)
        collected = run.all(articles, store)
    except KeyboardInterrupt:
        if store is None:
            _error(f"interrupted: {counts.analysed} article(s) analysed, nothing stored (--no-store)")
        else:
            _error(f"interrupted: {counts.stored} article(s) stored in {db_path}; "
                   "run the same command again to finish")
        sys.exit(130)
    finally:
        if store is not None:
            store.close()
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in collected], ensure_ascii=False, indent=2))
    elif fmt == "table":
        _print_table(collected, None if no_store else db_path)
    if counts.problems:
        stored = "" if no_store else f", {counts.stored} stored"
        _error(f"{counts.problems} input(s) failed: {counts.unreadable} unreadable, "
               f"{counts.failed} not analysed or not stored; {counts.analysed} analysed{stored}")
        sys.exit(1)


def _open_store(db_path: str):
    from veille.store import SchemaTooNew, Store

    try:
        return Store.open(db_path)
    except SchemaTooNew as exc:  # a StoreError: first
        _error(f"error: cannot open {db_path}: {exc}; upgrade veille")
    except StoreError as exc:
        _error(f"error: {exc}")
    except sqlite3.Error as exc:
        _error(f"error: cannot open {db_path}: {exc}")
    sys.exit(1)


@dataclass(slots=True)
class Run:
    """How the articles are analysed (here, in --jobs worker processes, or on a Dask cluster) and
    where the documents go (the store, or partitioned Parquet with --out)."""

    batch_size: int
    min_confidence: float | None
    jobs: int | None  # None or 0: veille.scale.default_jobs
    scheduler: str | None
    out_dir: Path | None
    fmt: str
    counts: BatchCounts
    progress_every: int

    def all(self, articles: list[Article], store: Store | None) -> list[Document]:
        from veille.analyze.batch import analyze_batch

        todo, sink = articles, None
        if self.out_dir is not None:
            from veille.scale import ParquetSink, partitions

            sink = ParquetSink(self.out_dir)
            parts = [part for part in partitions(articles) if not sink.done(part)]
            todo = [article for part in parts for article in part]
            if len(todo) < len(articles):
                _error(f"{len(articles) - len(todo)} article(s) already written under {self.out_dir}: skipped")
        with self._analyzer(len(todo)) as analyzer:
            outcomes: Iterable[Outcome] = analyze_batch(todo, analyzer, store, save_batch=self.batch_size)
            if sink is not None:
                outcomes = _partitioned(outcomes, parts, sink)
            with _interrupt_between_articles() as check:
                return _consume(outcomes, len(todo), self.fmt, self.counts, self.progress_every, check)

    @contextmanager
    def _analyzer(self, count: int) -> Iterator[Analyzer | ParallelAnalyzer]:
        from veille.analyze.parallel import ParallelAnalyzer
        from veille.analyze.pipeline import Analyzer

        if self.scheduler:
            from veille.scale import dask_executor

            with ExitStack() as stack:
                try:
                    executor, workers = stack.enter_context(dask_executor(self.scheduler))
                except VeilleError as exc:
                    _error(f"error: {exc}")
                    sys.exit(2)
                yield stack.enter_context(ParallelAnalyzer(workers, batch_size=self.batch_size,
                                                           min_confidence=self.min_confidence,
                                                           executor=executor))
            return
        if self.jobs:
            jobs = self.jobs
        else:
            from veille.scale import default_jobs

            jobs = default_jobs(count, self.batch_size)
        if jobs > 1 and count > 1:
            with ParallelAnalyzer(min(jobs, count), batch_size=self.batch_size,
                                  min_confidence=self.min_confidence) as analyzer:
                yield analyzer
            return
        yield Analyzer(batch_size=self.batch_size, min_confidence=self.min_confidence)


def _partitioned(outcomes: Iterable[Outcome], parts: list[list[Article]], sink: ParquetSink) -> Iterator[Outcome]:
    """The outcomes, passing through; each partition's documents are written once all its articles came."""
    stream = iter(outcomes)
    for part in parts:
        documents = []
        for outcome in islice(stream, len(part)):
            if outcome.document is not None:
                documents.append(outcome.document)
            yield outcome
        sink.write(part, documents)


@contextmanager
def _interrupt_between_articles() -> Iterator[Callable[[], None]]:
    """Ctrl-C (SIGINT) takes effect between two articles, never between storing one and counting it:
    the handler only records the request; ``check()`` raises KeyboardInterrupt at the next boundary."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    requested = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda signum, frame: requested.set())

    def check() -> None:
        if requested.is_set():
            raise KeyboardInterrupt

    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)


def _consume(outcomes: Iterable[Outcome], total: int, fmt: str, counts: BatchCounts,
             progress_every: int, check: Callable[[], None] = lambda: None) -> list[Document]:
    collected: list[Document] = []
    for outcome in _with_progress(outcomes, total, progress_every):
        counts.count(outcome)
        _report(outcome)
        document = outcome.document
        if document is not None:
            if fmt == "jsonl":
                click.echo(json.dumps(document.to_dict(), ensure_ascii=False))
            else:
                collected.append(document)
        if outcome.batch_end:  # never between an article stored (with its batch) and its counting
            check()
    return collected


def _report(outcome: Outcome) -> None:
    article, document = outcome.article, outcome.document
    if document is not None:
        for warning in document.warnings:
            _error(f"{'error' if document.status != 'ok' else 'warning'}: {article.origin}: {warning}")
        log.info("%s: %s, %s, %d events, %d quotes%s", article.origin, document.id, document.language,
                 len(document.events), len(document.quotes), ", stored" if outcome.stored else "")
    if outcome.error is not None:
        _error(f"error: {outcome.error}")


def _with_progress(outcomes: Iterable[Outcome], total: int, every: int) -> Iterator[Outcome]:
    """Progress on stderr: a rich bar on a terminal, else a line every ``every`` articles."""
    if total < 2:
        yield from outcomes
        return
    if not sys.stderr.isatty():
        start = time.perf_counter()
        for done, outcome in enumerate(outcomes, start=1):
            yield outcome
            if every and (done % every == 0 or done == total):
                rate = done / max(time.perf_counter() - start, 1e-9)
                _error(f"analysed {done}/{total} articles ({rate:.1f} articles/s)")
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} art/s"), TimeRemainingColumn())
    # on stderr: stdout carries the documents
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False) as progress:
        task = progress.add_task("analyse", total=total, rate=0.0)
        for outcome in outcomes:
            speed = progress.tasks[0].speed or 0.0
            progress.update(task, advance=1, rate=speed)
            yield outcome


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
