"""`veille sources add|list|remove|enable|disable` and `veille watch`: thin layers over veille.watch."""

from __future__ import annotations

import json
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict

import click

from veille.cli._params import language_code
from veille.errors import InputError, VeilleError
from veille.store.location import ENV_VAR, default_location

_DB = click.option("--db", "db_path", default=default_location, show_default=f"${ENV_VAR} or veille.db",
                   metavar="FILE|URL", help="the veille database: a SQLite file or postgresql://user@host/dbname")
_CONFIG = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                       help="TOML configuration file (docs/watch.md).")


def _fail(message: str) -> None:
    click.echo(f"veille: error: {message}", err=True)
    sys.exit(1)


def _duration(value: str | None, name: str) -> float | None:
    from veille.watch import parse_duration

    if value is None:
        return None
    try:
        return parse_duration(value, name)
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint=name) from exc


def _open(db_path: str):
    from veille.store import Store

    try:
        return Store.open(db_path)
    except (OSError, RuntimeError, VeilleError) as exc:
        _fail(f"{db_path}: cannot open the database: {exc}")
        raise  # unreachable: _fail exits


def _config(config_path: str | None):
    from veille.watch import load_config

    try:
        return load_config(config_path)
    except InputError as exc:
        _fail(str(exc))
        raise


# -- veille sources ----------------------------------------------------------------------------------
@click.group("sources")
def sources_group() -> None:
    """The sources `veille watch` polls: RSS/Atom feeds, sitemaps, single pages."""


@sources_group.command("add")
@click.argument("urls", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(["auto", "feed", "sitemap", "page"]), default="auto", show_default=True,
              help="What the URL is (auto: decided on the first fetch).")
@click.option("--lang", "language", callback=language_code, metavar="CODE",
              help="Language of its articles (else detected): a code of the language registry (docs/languages.md).")
@click.option("--every", help="Poll interval of this source (15m, 1h...); default: the watch interval.")
@click.option("--name", help="A name for the source (stored as the articles' source).")
@_DB
def sources_add(urls: tuple[str, ...], kind: str, language: str | None, every: str | None, name: str | None,
                db_path: str) -> None:
    """Add sources by URL."""
    from veille.watch import SourceSpec, WatchState
    from veille.watch._safety import check_scheme

    interval = _duration(every, "--every")
    failures = 0
    with _open(db_path) as store:
        state = WatchState(store.conn, store.dialect)
        for url in urls:
            try:
                check_scheme(url)
                row = state.add_source(SourceSpec(url, kind, name, language, interval))
            except InputError as exc:
                click.echo(f"veille: error: {exc}", err=True)
                failures += 1
                continue
            click.echo(f"added source {row.id}: {row.url} ({row.kind})")
    if failures:
        sys.exit(1)


@sources_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_DB
def sources_list(fmt: str, db_path: str) -> None:
    """Sources with their last success, last error and count of articles."""
    from veille.watch import WatchState

    with _open(db_path) as store:
        stats = WatchState(store.conn, store.dialect).sources()
    if fmt == "json":
        click.echo(json.dumps([{**asdict(s.source), "articles": s.articles, "duplicates": s.duplicates,
                                "pending": s.pending, "failed": s.failed} for s in stats],
                              ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"veille sources ({db_path})")
    for column in ("id", "kind", "url", "lang", "every", "on", "last success", "last error", "articles",
                   "dup", "pending", "failed"):
        table.add_column(column, overflow="fold", no_wrap=column == "url")
    for s in stats:
        src = s.source
        error = f"{src.last_error_at} {src.last_error}" if src.last_error else "-"
        table.add_row(str(src.id), src.kind, src.url, src.language or "-",
                      f"{src.interval_s}s" if src.interval_s else "default", "yes" if src.enabled else "no",
                      src.last_success or "-", error, str(s.articles), str(s.duplicates), str(s.pending),
                      str(s.failed))
    Console(width=None if sys.stdout.isatty() else 240).print(table)


def _change(refs: tuple[str, ...], db_path: str, action: Callable, verb: str) -> None:
    from veille.watch import WatchState

    failures = 0
    with _open(db_path) as store:
        state = WatchState(store.conn, store.dialect)
        for ref in refs:
            try:
                row = action(state, ref)
            except InputError as exc:
                click.echo(f"veille: error: {exc}", err=True)
                failures += 1
                continue
            click.echo(f"{verb} source {row.id}: {row.url}")
    if failures:
        sys.exit(1)


@sources_group.command("remove")
@click.argument("refs", nargs=-1, required=True)
@_DB
def sources_remove(refs: tuple[str, ...], db_path: str) -> None:
    """Remove sources (by id or URL); the articles stored from them stay."""
    _change(refs, db_path, lambda state, ref: state.remove_source(ref), "removed")


@sources_group.command("enable")
@click.argument("refs", nargs=-1, required=True)
@_DB
def sources_enable(refs: tuple[str, ...], db_path: str) -> None:
    """Poll these sources again (from the next pass)."""
    _change(refs, db_path, lambda state, ref: state.set_enabled(ref, True), "enabled")


@sources_group.command("disable")
@click.argument("refs", nargs=-1, required=True)
@_DB
def sources_disable(refs: tuple[str, ...], db_path: str) -> None:
    """Stop polling these sources (they and their articles stay)."""
    _change(refs, db_path, lambda state, ref: state.set_enabled(ref, False), "disabled")


# -- veille watch ------------------------------------------------------------------------------------
@click.command("watch")
@_DB
@_CONFIG
@click.option("--once", is_flag=True, help="One pass, then exit (for cron or a systemd timer).")
@click.option("--every", help="Default interval between polls of a source (default 15m).")
@click.option("--force", is_flag=True, help="Poll every enabled source now, due or not.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow loopback, private, link-local and multicast addresses.")
@click.option("--concurrency", type=click.IntRange(1, 64), help="Hosts fetched at the same time.")
@click.option("--min-delay", help="Minimum delay between two requests to one host (1s).")
@click.option("--contact", help="Contact (URL or e-mail) put in the User-Agent.")
@click.option("--batch-size", type=click.IntRange(1, 256), help="Articles per analysis batch.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default=None,
              help="One log line per source and pass on stderr (default: text; a progress display on a terminal).")
def watch_command(db_path: str, config_path: str | None, once: bool, every: str | None, force: bool,
                  allow_private: bool | None, concurrency: int | None, min_delay: str | None,
                  contact: str | None, batch_size: int | None, log_format: str | None) -> None:
    """Poll the sources when due, fetch new items, analyse and store them."""
    from veille.watch import SourceSpec, Watcher, WatchState

    config = _config(config_path).with_overrides(
        every=_duration(every, "--every"), allow_private=allow_private, concurrency=concurrency,
        min_delay=_duration(min_delay, "--min-delay"), contact=contact, batch_size=batch_size)
    if not config.contact:
        click.echo("veille: warning: no contact in the User-Agent: set contact in the config or --contact",
                   err=True)
    live = log_format is None and sys.stderr.isatty()
    out = _Output("json" if log_format == "json" else "text")
    had_errors = False
    with _open(db_path) as store:
        state = WatchState(store.conn, store.dialect)
        for spec in config.sources:
            state.add_source(SourceSpec(spec.url, spec.kind, spec.name, spec.language, spec.every), update=True)
        with _progress(live) as progress:
            watcher = Watcher(store, config, progress=progress)
            with _signals(watcher):
                try:
                    for report in watcher.run(once=once, force=force):
                        had_errors |= bool(report.errors)
                        out.report(report, per_source=not live)
                except VeilleError as exc:  # a missing model, an unwritable database...
                    _fail(str(exc))
    if had_errors:
        sys.exit(1)


class _Output:
    """Log lines on stderr: text (key=value) or JSON, one per source and one per pass."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt

    def line(self, kind: str, fields: dict) -> None:
        if self.fmt == "json":
            click.echo(json.dumps({"event": kind, **fields}, ensure_ascii=False), err=True)
        else:
            click.echo(f"veille watch: {kind} " + " ".join(f"{k}={_text(v)}" for k, v in fields.items()),
                       err=True)

    def report(self, report, *, per_source: bool) -> None:
        for message in report.errors:
            if self.fmt == "json":
                self.line("error", {"message": message})
            else:
                click.echo(f"veille: error: {message}", err=True)
        if per_source:
            for entry in report.sources:
                self.line("source", asdict(entry))
        counts = asdict(report.counts)
        counts["seconds"] = round(counts["seconds"], 3)
        self.line("pass", counts)


def _text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    text = "-" if value is None else str(value)
    return json.dumps(text, ensure_ascii=False) if any(c.isspace() for c in text) or not text else text


@contextmanager
def _progress(live: bool) -> Iterator[Callable | None]:
    if not live:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    template = ("watch: {task.fields[due]} due, {task.fields[new]} new, {task.fields[fetched]} fetched, "
                "{task.fields[analysed]} analysed, {task.fields[duplicates]} duplicates, "
                "{task.fields[errors]} errors")
    with Progress(SpinnerColumn(), TextColumn(template), transient=True) as progress:
        task = progress.add_task("watch", total=None, due=0, new=0, fetched=0, analysed=0, duplicates=0,
                                 errors=0)

        def update(counts) -> None:
            progress.update(task, due=counts.due, new=counts.new, fetched=counts.fetched,
                            analysed=counts.analysed, duplicates=counts.duplicates, errors=counts.errors)

        yield update


@contextmanager
def _signals(watcher) -> Iterator[None]:
    """SIGTERM and the first Ctrl-C stop the watcher gracefully; a second Ctrl-C interrupts at once."""

    def graceful(signum: int, _frame: object) -> None:
        logging.getLogger("veille.watch").warning(
            "%s: finishing the articles under analysis, then saving and exiting",
            signal.Signals(signum).name)
        watcher.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = {sig: signal.signal(sig, graceful) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


COMMANDS = [sources_group, watch_command]
