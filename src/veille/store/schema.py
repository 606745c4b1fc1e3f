"""Schema migrations: numbered ``migrations/NNNN_name.sql`` files applied in order.

SQLite: the database's ``PRAGMA user_version`` is the number of the last migration applied.
PostgreSQL: the same migrations written in its SQL (``migrations/postgresql/NNNN_name.sql``, the same
numbers), the version kept in the one-row table ``veille_schema``. Opening a store applies the missing
ones, each in its own transaction, so running them again changes nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from typing import Any

from veille.errors import SchemaTooNew
from veille.store._dialect import SQLITE, WRITE_LOCK, Dialect

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available(dialect: Dialect = SQLITE) -> list[Migration]:
    """The packaged migrations, in order; their numbers must run 1, 2, 3... without gaps."""
    found = []
    folder = resources.files("veille.store").joinpath("migrations")
    if dialect.postgresql:
        folder = folder.joinpath("postgresql")
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:
            raise RuntimeError(f"migration {mig.name}: expected number {expected:04d}")
    return found


def current_version(conn: Any, dialect: Dialect = SQLITE) -> int:
    if not dialect.postgresql:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    if conn.execute("SELECT to_regclass('veille_schema')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT version FROM veille_schema").fetchone()
    return int(row[0]) if row else 0


def _set_version(conn: Any, dialect: Dialect, version: int) -> None:
    if not dialect.postgresql:
        conn.execute(f"PRAGMA user_version = {version:d}")
        return
    conn.execute("CREATE TABLE IF NOT EXISTS veille_schema (version INTEGER NOT NULL)")
    conn.execute("DELETE FROM veille_schema")
    conn.execute(f"INSERT INTO veille_schema (version) VALUES ({version:d})")


def pending(conn: Any, dialect: Dialect = SQLITE) -> list[Migration]:
    """The migrations not yet applied to the database (``veille migrate`` shows them)."""
    migrations = available(dialect)
    version = current_version(conn, dialect)
    if version > len(migrations):
        raise SchemaTooNew(
            f"database schema version {version} is newer than this veille ({len(migrations)})")
    return migrations[version:]


def migrate(conn: Any, dialect: Dialect = SQLITE) -> int:
    """Apply the missing migrations; return the schema version now in place.

    ``conn`` must be in autocommit mode (SQLite: ``isolation_level=None``).
    """
    for mig in pending(conn, dialect):
        log.info("applying migration %s", mig.name)
        if dialect.postgresql:
            # the writers' lock, taken before the transaction starts so that it sees the catalog
            # as the process that held the lock left it (tables it created)
            conn.execute(f"SELECT pg_advisory_lock({WRITE_LOCK:d})")
            try:
                _apply(conn, dialect, mig)
            finally:
                conn.execute(f"SELECT pg_advisory_unlock({WRITE_LOCK:d})")
        else:
            _apply(conn, dialect, mig)
    return current_version(conn, dialect)


def _apply(conn: Any, dialect: Dialect, mig: Migration) -> None:
    conn.execute(dialect.begin)
    try:
        # the version is re-read inside the write lock: another process may have migrated
        if current_version(conn, dialect) >= mig.version:
            conn.execute("ROLLBACK")
            return
        if dialect.postgresql:
            conn.execute(mig.sql)
        else:
            for statement in _statements(mig.sql):
                conn.execute(statement)
        _set_version(conn, dialect, mig.version)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") and not buf:
            continue
        buf.append(line)
        candidate = "\n".join(buf)
        if stripped.endswith(";") and sqlite3.complete_statement(candidate):
            out.append(candidate)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out
