"""A PostgreSQL connection (psycopg 3) that runs the store's queries as they are written for SQLite:
``?`` placeholders become ``%s``; everything else that differs goes through the dialect."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from veille.errors import StoreError


@lru_cache(maxsize=2048)
def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """The part of ``sqlite3.Connection`` the store uses, over an autocommit psycopg connection
    (transactions are opened and closed by the store, as on SQLite)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] | None = None) -> Any:
        cur = self.raw.cursor()
        if params:
            cur.execute(_placeholders(sql), params)
        else:
            cur.execute(sql)
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Any:
        cur = self.raw.cursor()
        rows = list(rows)
        if rows:
            cur.executemany(_placeholders(sql), rows)
        return cur

    def returning_many(self, sql: str, rows: Sequence[Sequence[object]]) -> list[tuple[Any, ...]]:
        """Run ``sql`` (with ``RETURNING``) once per row; the first returned row of each, in order.
        In pipeline mode every row is sent before the first answer is read."""
        if not rows:
            return []
        cur = self.raw.cursor()
        cur.executemany(_placeholders(sql), rows, returning=True)
        out = []
        while True:
            out.append(cur.fetchone())
            if not cur.nextset():
                break
        return out

    def close(self) -> None:
        self.raw.close()


def connect(url: str, *, create: bool = True) -> PgConnection:
    """Connect to ``url``; StoreNotFound when the server or database cannot be reached."""
    import psycopg

    target = url.replace("postgresql+psycopg://", "postgresql://", 1).replace("postgres://", "postgresql://", 1)
    try:
        raw = psycopg.connect(target, autocommit=True)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{url}: cannot connect to PostgreSQL ({first})") from exc
    return PgConnection(raw)


def database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a PostgreSQL query may raise (for the commands' one-line error messages)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return (StoreError,)
    return (psycopg.Error,)
