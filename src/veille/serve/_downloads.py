"""Lists as files: CSV, Parquet and (events) PLOVER JSON lines, built with ``veille.export``'s writers."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

from veille.csvsafe import guard_formula
from veille.export import plover_record, write_parquet, write_plover_jsonl
from veille.serve._queries import Queries
from veille.store import EventClusterRow

MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "plover-jsonl": "application/x-ndjson; charset=utf-8",
}
SUFFIX = {"csv": "csv", "parquet": "parquet", "plover-jsonl": "jsonl"}


def _file(body: bytes, fmt: str, name: str) -> Response:
    return Response(body, media_type=MEDIA[fmt],
                    headers={"content-disposition": f'attachment; filename="{name}.{SUFFIX[fmt]}"'})


def event_records(q: Queries, clusters: Iterable[EventClusterRow]) -> list[dict[str, Any]]:
    """One PLOVER record per real-world event: its most confident report, with the report count."""
    out = []
    articles: dict[str, Any] = {}
    for cluster in clusters:
        reports = q.store.events_by_id(cluster.event_ids)
        best = max(reports, key=lambda r: r.confidence or 0.0)
        if best.article_sha256 not in articles:
            articles[best.article_sha256] = q.store.article(best.article_sha256)
        out.append(plover_record(best, articles[best.article_sha256], None, reports=cluster.reports))
    return out


def events_file(records: list[dict[str, Any]], fmt: str) -> Response:
    if fmt == "parquet":
        return _file(_parquet_bytes(lambda path: write_parquet(iter(records), path)), fmt, "events")
    out = io.StringIO()
    write_plover_jsonl(iter(records), out)
    return _file(out.getvalue().encode("utf-8"), fmt, "events")


def events_csv(clusters: list[EventClusterRow]) -> Response:
    """Events as CSV in the one events layout of `veille events --format csv` (docs/cli.md)."""
    from veille.query.layouts import LAYOUTS
    from veille.query.layouts import write_csv as write_layout

    out = io.StringIO()
    write_layout(clusters, LAYOUTS["events"], out)
    return _file(out.getvalue().encode("utf-8"), "csv", "events")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ";".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows_file(rows: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """Any list of flat-ish dicts as CSV or Parquet (nested values as JSON text)."""
    flat = [{k: _cell(v) if isinstance(v, (list, dict)) else v for k, v in r.items()} for r in rows]
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        return _file(_parquet_bytes(lambda path: pq.write_table(pa.Table.from_pylist(flat), path)), fmt, name)
    out = io.StringIO()
    if flat:
        writer = csv.DictWriter(out, fieldnames=list(flat[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: guard_formula(_cell(v)) for k, v in r.items()} for r in flat)
    return _file(out.getvalue().encode("utf-8"), fmt, name)


def _parquet_bytes(write) -> bytes:
    fd, path = tempfile.mkstemp(suffix=".parquet")
    os.close(fd)
    try:
        write(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)
