"""Partitioned Parquet for the data lake: one file per batch and table, written atomically.

``<out>/<table>/part-<key>.parquet`` where ``key`` hashes the batch's article ids and texts, so a
rerun over the same inputs finds the batches already written and skips them (a run cut short, or a
lost worker, costs only the batches not yet written). Nested fields are JSON strings.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

from veille.contract.models import Document
from veille.ingest.article import Article

TABLES = ("documents", "events", "actors", "quotes")
PARTITION_SIZE = 200  # articles a partition holds (the unit a rerun skips)


def partitions(articles: list[Article], size: int = PARTITION_SIZE) -> list[list[Article]]:
    """``articles`` cut into partitions of ``size``, in input order (the same inputs, the same cuts)."""
    if size < 1:
        raise ValueError("partition size must be >= 1")
    return [articles[i:i + size] for i in range(0, len(articles), size)]
_DOCUMENT_COLUMNS = ("id", "language", "published", "title", "text_sha256", "source", "url", "status")


@dataclass(frozen=True, slots=True)
class ParquetSink:
    """Writes analysed batches under ``out`` (created on first use)."""

    out: Path

    def key(self, chunk: list[Article]) -> str:
        digest = hashlib.sha256()
        for article in chunk:
            digest.update(article.doc_id.encode("utf-8") + b"\x00" + article.sha256.encode("ascii"))
        return digest.hexdigest()[:24]

    def done(self, chunk: list[Article]) -> bool:
        """True when every table of this batch is already written (a rerun skips it)."""
        key = self.key(chunk)
        return all((self.out / table / f"part-{key}.parquet").is_file() for table in TABLES)

    def write(self, chunk: list[Article], documents: list[Document]) -> int:
        """Write the batch's tables; return the number of documents written."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        key = self.key(chunk)
        for table, rows in _tables(documents).items():
            folder = self.out / table
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"part-{key}.parquet"
            partial = folder / f".part-{key}.parquet.tmp"
            pq.write_table(pa.Table.from_pylist(rows, schema=_schema(table, rows)), partial)
            os.replace(partial, target)
        return len(documents)


def _tables(documents: list[Document]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for doc in documents:
        row = {name: getattr(doc, name) for name in _DOCUMENT_COLUMNS}
        row["warnings"] = json.dumps(doc.warnings, ensure_ascii=False)
        tables["documents"].append(row)
        for table, records in (("events", doc.events), ("actors", doc.actors), ("quotes", doc.quotes)):
            tables[table].extend(_flat(record, doc.id) for record in records)
    return tables


def _flat(record: object, doc_id: str) -> dict[str, Any]:
    """A record's scalar fields as columns, nested ones as JSON, with the document's id first."""
    row: dict[str, Any] = {"document_id": doc_id}
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        row[f.name] = value if _scalar(value) else json.dumps(_plain(value), ensure_ascii=False)
    return row


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _schema(table: str, rows: list[dict[str, Any]]) -> Any:
    """Every column as a nullable string/number, stable across batches (an empty batch too)."""
    import pyarrow as pa

    from veille.contract import models

    record_type = {"events": models.Event, "actors": models.Actor, "quotes": models.Quote}.get(table)
    if record_type is None:
        names = [*_DOCUMENT_COLUMNS, "warnings"]
        return pa.schema([(name, pa.string()) for name in names])
    columns = [("document_id", pa.string())]
    for f in fields(record_type):
        columns.append((f.name, _arrow_type(str(f.type))))
    return pa.schema(columns)


def _arrow_type(annotation: str) -> Any:
    import pyarrow as pa

    base = annotation.replace(" | None", "").strip()
    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}.get(base, pa.string())


def read_table(out: Path, table: str) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` under ``out``, partition by partition in name order."""
    import pyarrow.parquet as pq

    for part in sorted((out / table).glob("part-*.parquet")):
        yield from pq.read_table(part).to_pylist()
