"""Database administration behind ``veille migrate`` and ``veille copy``: the schema version of a
database and the migrations it lacks; a SQLite store moved into PostgreSQL, table by table."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from veille.errors import StoreError
from veille.store._dialect import TEXT_CONFIGS
from veille.store.location import parse_location
from veille.store.schema import Migration, available, current_version, migrate, pending
from veille.store.store import Store, connect

log = logging.getLogger(__name__)

# tables whose rows others point to come first (foreign keys are checked row by row)
_FIRST = ("articles", "events")
# PostgreSQL identity columns to move past the copied ids
_IDENTITIES = (("articles", "id"), ("events", "id"), ("quotes", "id"), ("actor_roles", "id"),
               ("event_actors", "rowid"))


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    location: str
    kind: str  # sqlite, postgresql
    version: int  # the last migration applied (0: an empty database)
    latest: int  # the last migration this veille ships
    pending: list[Migration] = field(default_factory=list)


def schema_status(db: str | Path, *, apply: bool = False) -> SchemaStatus:
    """The schema version of ``db`` and the migrations it lacks; ``apply=True`` applies them first
    (the status returned is then the one after)."""
    location = parse_location(db)
    conn, dialect = connect(location)
    try:
        if apply:
            migrate(conn, dialect)
        return SchemaStatus(location.target, location.kind, current_version(conn, dialect),
                            len(available(dialect)), pending(conn, dialect))
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class CopyResult:
    rows: dict[str, int]  # table -> rows copied


def copy_store(source: str | Path, target: str, *, progress: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy the SQLite store ``source`` into the PostgreSQL database ``target`` (its tables created,
    and empty) in one transaction: the same rows and ids, the search index built in PostgreSQL's
    text search configurations. The source is brought to the current schema first."""
    if parse_location(target).kind != "postgresql":
        raise StoreError(f"{target}: `veille copy` writes into a PostgreSQL database (postgresql://...)")
    if parse_location(source).kind != "sqlite":
        raise StoreError(f"{source}: `veille copy` reads a SQLite file")
    rows: dict[str, int] = {}
    with Store.open(source, create=False) as src, Store.open(target) as dst:
        tables = [t for (t,) in src.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index%' ORDER BY name")]
        tables.sort(key=lambda t: (t not in _FIRST, _FIRST.index(t) if t in _FIRST else 0, t))
        raw = dst.conn.raw
        with dst.transaction(pipeline=False):
            if dst.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None:
                raise StoreError(f"{target}: the database already holds articles (copy into an empty one)")
            for table in tables:
                columns = [r[1] for r in src.conn.execute(f"PRAGMA table_info({table})")]
                if table == "event_actors":
                    columns = ["rowid", *columns]  # the order sides were written in
                rows[table] = _copy(src.conn, raw, table, table, columns)
                if progress:
                    progress(table, rows[table])
            raw.execute("CREATE TEMPORARY TABLE search_import (rowid BIGINT, body TEXT, kind TEXT,"
                        " article_id BIGINT) ON COMMIT DROP")
            _copy(src.conn, raw, "search_index", "search_import", ["rowid", "body", "kind", "article_id"])
            config = " ".join(f"WHEN lower(substr(a.language, 1, 2)) = '{code}' THEN '{name}'"
                              for code, name in TEXT_CONFIGS.items() if code)
            config = f"CASE {config} ELSE '{TEXT_CONFIGS['']}' END"
            rows["search_index"] = raw.execute(
                "INSERT INTO search_index (rowid, body, kind, article_id, config, tsv)"
                f" SELECT s.rowid, s.body, s.kind, s.article_id, c.config, to_tsvector(c.config::regconfig, s.body)"
                f" FROM search_import s JOIN articles a ON a.id = s.article_id, LATERAL (SELECT {config} AS config) c"
            ).rowcount
            for table, column in _IDENTITIES:
                raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                            f" COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)")
    log.info("copied %s into %s: %s", source, target, rows)
    return CopyResult(rows)


def _copy(src, raw, table: str, into: str, columns: list[str]) -> int:
    """Stream ``columns`` of the SQLite ``table`` into PostgreSQL's ``into`` with COPY."""
    names = ", ".join(f'"{c}"' for c in columns)
    count = 0
    with raw.cursor().copy(f"COPY {into} ({names}) FROM STDIN") as copy:
        for row in src.execute(f"SELECT {names} FROM {table}"):  # noqa: S608
            copy.write_row(row)
            count += 1
    return count


__all__ = ["CopyResult", "SchemaStatus", "copy_store", "schema_status"]
