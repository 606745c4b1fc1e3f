"""Printing query results: tables that fit the terminal, a compact one-line view, CSV and JSON."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import click

from veille.query.layouts import Field, as_dict, write_csv

FALLBACK_WIDTH = 100  # when the output is no terminal and COLUMNS is unset
MIN_INLINE = 30  # the long column stays on the row when it gets at least this much room
MIN_INLINE_FULL = 60  # the same when the long column is wrapped whole (--full)
CELL_CAP = 32  # widest a table cell other than the long one
INDENT = "    "


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first), else FALLBACK_WIDTH."""
    return max(40, shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns)


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    return " ".join(str(value).split())  # one line


def cut(value: str, width: int) -> str:
    if width <= 0:
        return ""
    return value if len(value) <= width else value[:max(width - 1, 0)] + "…"


@dataclass(frozen=True, slots=True)
class View:
    """How one kind of record prints: table columns (the long one last), and its one-line form."""

    columns: tuple[Field, ...]
    long: str | None  # the column truncated to what is left of the width (evidence, title...)
    head: Callable[[Any], str] | None = None  # the record in a few words, without the long column

    def long_text(self, row: Any) -> str:
        field = next((c for c in self.columns if c.name == self.long), None)
        return text(field.get(row)) if field else ""


def _fit(widths: list[int], budget: int) -> list[int]:
    """Shrink the widest columns until the sum fits ``budget`` (no column under 6)."""
    widths = list(widths)
    while sum(widths) > budget and max(widths) > 6:
        i = widths.index(max(widths))
        widths[i] -= 1
    return widths


def table(rows: Sequence[Any], view: View, *, full: bool = False, width: int | None = None) -> list[str]:
    """Lines never wider than ``width``. When the columns fit with room for the long one, an aligned
    table whose long column takes what is left of each line; otherwise (a narrow terminal) two lines
    per record: its head, then the long text indented. ``full`` wraps long texts instead of cutting."""
    width = width or terminal_width()
    fixed = [c for c in view.columns if c.name != view.long]
    cells = [[text(c.get(r)) for c in fixed] for r in rows]
    widths = [min(CELL_CAP, max([len(c.name)] + [len(r[i]) for r in cells])) for i, c in enumerate(fixed)]
    gaps = 2 * len(fixed)
    room = width - sum(widths) - gaps
    if view.long is None:
        widths = _fit(widths, width - max(gaps - 2, 0))
    elif (room < MIN_INLINE or (full and room < MIN_INLINE_FULL)) and view.head is not None:
        return _two_lines(rows, view, full, width)
    elif room < MIN_INLINE:
        widths = _fit(widths, width - gaps - MIN_INLINE)
        room = width - sum(widths) - gaps

    def join(parts: list[str]) -> str:
        return "  ".join(cut(p, w).ljust(w) for p, w in zip(parts, widths)).rstrip()

    pad = sum(widths) + gaps
    header = join([c.name for c in fixed])
    lines = [header.ljust(pad) + view.long if view.long else header]
    for row, raw in zip(cells, rows):
        head = join(row)
        if view.long is None:
            lines.append(head)
            continue
        body = view.long_text(raw)
        parts = (textwrap.wrap(body, room) or [""]) if full else [cut(body, room)]
        lines.append((head.ljust(pad) + parts[0]).rstrip())
        lines.extend(" " * pad + part for part in parts[1:])
    return lines


def _two_lines(rows: Sequence[Any], view: View, full: bool, width: int) -> list[str]:
    assert view.head is not None
    lines = []
    for row in rows:
        lines.append(cut(view.head(row), width))
        body = view.long_text(row)
        if body:
            if full:
                lines.extend(textwrap.wrap(body, width, initial_indent=INDENT, subsequent_indent=INDENT))
            else:
                lines.append(INDENT + cut(body, width - len(INDENT)))
    return lines


def compact(rows: Sequence[Any], view: View, *, width: int | None = None) -> list[str]:
    """One line per record, cut to the width: its head, then the long text."""
    width = width or terminal_width()
    out = []
    for r in rows:
        if view.head is not None:
            line = f"{view.head(r)}  | {view.long_text(r)}" if view.long else view.head(r)
        else:
            line = "  ".join(t for t in (text(c.get(r)) for c in view.columns) if t)
        out.append(cut(line, width))
    return out


def emit(rows: Sequence[Any], fmt: str, view: View, layout: Sequence[Field], *, title: str,
         note: str | None = None, full: bool = False, compact_view: bool = False, excel: bool = False,
         chosen: bool = False) -> None:
    """Print ``rows``: ``table`` (``view``'s columns, or ``layout`` when the user chose them),
    ``csv`` (the kind's one layout), ``json`` (the full records, or the chosen columns)."""
    if fmt == "json":
        data = [as_dict(r, layout) for r in rows] if chosen else [r.to_dict() for r in rows]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        write_csv(rows, layout, sys.stdout, excel=excel)
        return
    if chosen:
        view = View(tuple(layout), view.long if any(f.name == view.long for f in layout) else None)
    click.echo(f"{title}: {len(rows)}")
    for line in (compact(rows, view) if compact_view else table(rows, view, full=full)) if rows else ():
        click.echo(line)
    if not rows:
        note = "(nothing matches)"
    if note:
        click.echo(note)
