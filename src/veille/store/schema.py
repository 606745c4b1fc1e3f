"""Schema migrations: numbered ``migrations/NNNN_name.sql`` files applied in order.

The database's ``PRAGMA user_version`` is the number of the last migration applied; opening a store
applies the missing ones, each in its own transaction, so running them again changes nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

from veille.errors import SchemaTooNew

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """The packaged migrations, in order; their numbers must run 1, 2, 3... without gaps."""
    found = []
    for entry in resources.files("veille.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:
            raise RuntimeError(f"migration {mig.name}: expected number {expected:04d}")
    return found


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the missing migrations; return the schema version now in place.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    migrations = available()
    version = current_version(conn)
    if version > len(migrations):
        raise SchemaTooNew(
            f"database schema version {version} is newer than this veille ({len(migrations)})")
    for mig in migrations[version:]:
        log.info("applying migration %s", mig.name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # the version is re-read inside the write lock: another process may have migrated
            if current_version(conn) >= mig.version:
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(mig.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {mig.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current_version(conn)


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out, buf = [], []
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
