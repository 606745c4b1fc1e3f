"""Export the store's events: PLOVER JSON lines, CSV, Parquet.

A file output is written to a temporary file beside it and renamed into place on success: a failed export
leaves nothing behind, and an existing file is replaced only with ``force`` (never the database itself, nor
its ``-wal``/``-shm`` companions, compared by resolved path and inode).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any

from veille.csvsafe import guard_formula
from veille.errors import OutputError
from veille.export.plover import FLAT_FIELDS, LIST_FIELDS, flat_record, plover_record
from veille.store import Filters, Store

# csv: the events layout of `veille events --format csv` (docs/cli.md); plover-csv: PLOVER's flat fields
FORMATS = ("plover-jsonl", "csv", "plover-csv", "parquet")
LIST_SEPARATOR = ";"
# a spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection")


@dataclass(slots=True)
class ExportOptions:
    filters: Filters
    dedup: bool = False  # one record per event cluster (its most confident report)
    with_text: bool = True  # PLOVER ``text``: the article's full text
    formula_guard: bool = True  # CSV: a text cell that a spreadsheet would run gets a leading '
    force: bool = False  # replace an existing output file


def plover_records(store: Store, options: ExportOptions) -> Iterator[dict[str, Any]]:
    """The PLOVER records of the events that pass the filters, streamed."""
    article = lru_cache(maxsize=256)(store.article)
    text = lru_cache(maxsize=64)(store.article_text)
    if options.dedup:
        for cluster in store.event_clusters(options.filters):
            rows = store.events_by_id(cluster.event_ids)
            best = max(rows, key=lambda r: r.confidence or 0.0)
            yield plover_record(best, article(best.article_sha256),
                                text(best.article_sha256) if options.with_text else None,
                                reports=cluster.reports)
        return
    for row in store.iter_events(options.filters):
        yield plover_record(row, article(row.article_sha256),
                            text(row.article_sha256) if options.with_text else None)


def write_plover_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_value(name: str, value: Any) -> Any:
    if name in LIST_FIELDS:
        return LIST_SEPARATOR.join(value or [])
    return "" if value is None else value


def write_csv(records: Iterator[dict[str, Any]], out: IO[str], formula_guard: bool = True) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_FIELDS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        flat = flat_record(record)
        row = {k: _csv_value(k, flat[k]) for k in FLAT_FIELDS}
        writer.writerow({k: guard_formula(v) for k, v in row.items()} if formula_guard else row)
        n += 1
    return n


def parquet_schema():
    import pyarrow as pa

    types = {
        "confidence": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
        "geonameid": pa.int64(), "reports": pa.int64(),
    }
    return pa.schema([
        pa.field(name, pa.list_(pa.string()) if name in LIST_FIELDS else types.get(name, pa.string()))
        for name in FLAT_FIELDS
    ])


def write_parquet(records: Iterator[dict[str, Any]], path: str, batch_size: int = 5000) -> int:
    """Parquet needs a seekable file: ``path`` (never stdout)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(flat_record(record))
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def check_output(path: str, database: str | None, force: bool = False) -> None:
    """Raise OutputError if ``path`` must not be written: the database (or its WAL files), a folder,
    or an existing file without ``force``."""
    target = os.path.realpath(path)
    if database and database != ":memory:":
        base = os.path.realpath(database)
        for protected in (base, base + "-wal", base + "-shm", base + "-journal"):
            if target == protected or _same_file(path, protected):
                raise OutputError(f"{path} is the database {database} (or its journal): not overwritten")
    if os.path.isdir(path):
        raise OutputError(f"{path} is a folder")
    if os.path.lexists(path) and not force:
        raise OutputError(f"{path} exists: not overwritten (--force replaces it)")


def _same_file(a: str, b: str) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def write_atomic(path: str, write: Callable[[str], int]) -> int:
    """``write(temporary_path)`` then rename onto ``path``; on any failure the temporary file goes."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; the export gets the usual mode
        n = write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


def _write_events_layout(store: Store, options: ExportOptions, out: IO[str]) -> int:
    """The analyst's events CSV: the one layout of `veille events --format csv`, one row per report
    (``--dedup``: per real-world event)."""
    from veille.query.layouts import LAYOUTS
    from veille.query.layouts import write_csv as write_layout

    rows = store.event_clusters(options.filters) if options.dedup else store.iter_events(options.filters)
    return write_layout(rows, LAYOUTS["events"], out, formula_guard=options.formula_guard)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def export(store: Store, fmt: str, options: ExportOptions, out: IO[str] | None = None,
           path: str | None = None) -> int:
    """Write the events in ``fmt`` to ``path`` (or the text stream ``out``); return the record count.

    ``path`` is checked first (:func:`check_output`) and written atomically (:func:`write_atomic`).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet" and not path:
        raise ValueError("parquet export needs an output file (--output FILE)")
    if path:
        check_output(path, store.path, options.force)
    records = plover_records(store, options)
    if fmt == "parquet":
        assert path  # a parquet export without a path was refused above
        return write_atomic(path, lambda tmp: write_parquet(records, tmp))

    def write_text(out_: IO[str]) -> int:
        if fmt == "csv":
            return _write_events_layout(store, options, out_)
        if fmt == "plover-csv":
            return write_csv(records, out_, options.formula_guard)
        return write_plover_jsonl(records, out_)

    if path:
        def to_file(tmp: str) -> int:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                return write_text(fh)

        return write_atomic(path, to_file)
    return write_text(out if out is not None else io.StringIO())
