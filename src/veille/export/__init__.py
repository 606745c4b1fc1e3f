"""Exports of the store's events: ``plover-jsonl`` (PLOVER records), ``csv``, ``parquet``."""

from veille.export.plover import FLAT_FIELDS, flat_record, plover_record
from veille.export.writers import (
    FORMATS,
    ExportOptions,
    check_output,
    export,
    guard_formula,
    parquet_schema,
    plover_records,
    write_atomic,
    write_csv,
    write_parquet,
    write_plover_jsonl,
)

__all__ = [
    "FLAT_FIELDS",
    "FORMATS",
    "ExportOptions",
    "check_output",
    "export",
    "guard_formula",
    "flat_record",
    "parquet_schema",
    "plover_record",
    "plover_records",
    "write_csv",
    "write_parquet",
    "write_atomic",
    "write_plover_jsonl",
]
