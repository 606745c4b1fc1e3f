"""Export the store's events: PLOVER JSON lines, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any

from veille.export.plover import FLAT_FIELDS, LIST_FIELDS, flat_record, plover_record
from veille.store import Filters, Store

FORMATS = ("plover-jsonl", "csv", "parquet")
LIST_SEPARATOR = ";"


@dataclass(slots=True)
class ExportOptions:
    filters: Filters
    dedup: bool = False  # one record per event cluster (its most confident report)
    with_text: bool = True  # PLOVER ``text``: the article's full text


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


def write_csv(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_FIELDS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        flat = flat_record(record)
        writer.writerow({k: _csv_value(k, flat[k]) for k in FLAT_FIELDS})
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


def export(store: Store, fmt: str, options: ExportOptions, out: IO[str] | None = None,
           path: str | None = None) -> int:
    """Write the events in ``fmt`` to ``path`` (or the text stream ``out``); return the record count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    records = plover_records(store, options)
    if fmt == "parquet":
        if not path:
            raise ValueError("parquet export needs an output file (--output FILE)")
        return write_parquet(records, path)
    writer = write_plover_jsonl if fmt == "plover-jsonl" else write_csv
    if path:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            return writer(records, fh)
    return writer(records, out if out is not None else io.StringIO())
