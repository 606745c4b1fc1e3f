"""A PostgreSQL connection (psycopg 3) that runs the store's queries as they are written for SQLite:
``?`` placeholders become ``%s``; everything else that differs goes through the dialect."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from veille.errors import StoreError

_NONE: Mapping[str, str] = MappingProxyType({})


@lru_cache(maxsize=2048)
def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """The part of ``sqlite3.Connection`` the store uses, over an autocommit psycopg connection
    (transactions are opened and closed by the store, as on SQLite)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._types: dict[str, dict[str, str]] = {}  # table -> column -> its SQL type, read once

    def column_types(self, table: str) -> dict[str, str]:
        """Each column of ``table`` and its SQL type (``format_type``), read once per connection."""
        if table not in self._types:
            self._types[table] = dict(self.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                " WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped", (table,)).fetchall())
        return self._types[table]

    def _insert_parts(self, table: str, columns: Sequence[str], computed: Sequence[tuple[str, str]],
                      hidden: Mapping[str, str]) -> tuple[dict[str, str], list[str], str, str]:
        """(each column's SQL type, its quoted name, the inserted columns, what the ``SELECT`` gives them)."""
        types = {**self.column_types(table), **hidden}
        names = [f'"{c}"' for c in columns]
        targets = [n for c, n in zip(columns, names, strict=True) if c not in hidden] + [f'"{c}"' for c, _ in computed]
        values = [f"u.{n}" for c, n in zip(columns, names, strict=True) if c not in hidden] + [e for _, e in computed]
        return types, names, ", ".join(targets), ", ".join(values)

    def insert_statement(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                         computed: Sequence[tuple[str, str]] = (), tail: str = "",
                         hidden: Mapping[str, str] = _NONE) -> tuple[str, list[object]] | None:
        """One statement inserting ``rows`` (one value per column), and its parameters: the rows go as one
        JSON array parameter (encoded by the json module's C encoder; psycopg's arrays of values are dumped
        value by value in Python), unpacked by the server in the rows' order. ``computed``: more (column,
        SQL expression over ``u."column"``) pairs; ``hidden``: columns of the rows that are not inserted,
        only read by ``computed`` (name -> SQL type). None when a value has no JSON form (a NaN, an
        infinity). The array is read as ``jsonb``: parsed once, each field of a row read in constant time
        (``->>`` on ``json`` parses the row's text again for every field)."""
        try:
            payload = json.dumps(rows, ensure_ascii=False, allow_nan=False)
        except ValueError:
            return None
        types, names, targets, values = self._insert_parts(table, columns, computed, hidden)
        fields = ", ".join(f"CAST(r.v->>{i} AS {types[c]}) AS {n}" for i, (c, n) in enumerate(zip(columns, names,
                                                                                                     strict=True)))
        return (f"INSERT INTO {table} ({targets}) SELECT {values} FROM (SELECT {fields}, r.ord"
                f" FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS r(v, ord)) u ORDER BY u.ord{tail}",
                [payload])

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                    computed: Sequence[tuple[str, str]] = (), tail: str = "", hidden: Mapping[str, str] = _NONE,
                    returning: bool = False) -> list[int]:
        """Insert ``rows`` (one value per column) in one statement instead of one statement per row
        (each costs the client and the server their per-statement work): see ``insert_statement``.
        ``returning``: the new rows' ``id``s, in the rows' order (an identity takes its values in the
        order the rows are inserted)."""
        return self.insert_rows_later(table, columns, rows, computed=computed, tail=tail, hidden=hidden,
                                      returning=returning)()

    def insert_rows_later(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                          computed: Sequence[tuple[str, str]] = (), tail: str = "",
                          hidden: Mapping[str, str] = _NONE, returning: bool = True) -> Callable[[], list[int]]:
        """``insert_rows``, its answer read when the function returned is called (in pipeline mode: with
        the answer of a later read, at no round trip of its own)."""
        statement = self.insert_statement(table, columns, rows, computed=computed, tail=tail, hidden=hidden)
        if statement is None:  # a NaN or an infinity (JSON has none): one statement per row, as values
            types, names, targets, values = self._insert_parts(table, columns, computed, hidden)
            insert = (f"INSERT INTO {table} ({targets}) SELECT {values} FROM (SELECT "
                      + ", ".join(f"CAST(? AS {types[c]}) AS {n}" for c, n in zip(columns, names, strict=True))
                      + f") u{tail}")
            if not returning:
                self.executemany(insert, rows)
                return list
            ids = [int(r[0]) for r in self.returning_many(insert + " RETURNING id", rows)]
            return lambda: ids
        sql, params = statement
        if not returning:
            self.execute(sql, params)
            return list
        cursor = self.execute(sql + " RETURNING id", params)
        return lambda: sorted(int(r[0]) for r in cursor.fetchall())

    def execute_together(self, statements: Sequence[tuple[str, Sequence[object]]],
                         query: tuple[str, Sequence[object]] = ("SELECT 1", ())) -> Any:
        """Run data-changing statements (no two changing the same row) and then ``query`` as one
        statement: each in a ``WITH`` clause of ``query``, so that they cost one statement's work of
        the client and the server. ``query`` does not see their changes (one snapshot); its cursor."""
        if not statements:
            return self.execute(*query)
        return self.execute("WITH " + ", ".join(f"w{i} AS ({sql})" for i, (sql, _) in enumerate(statements))
                            + " " + query[0], [p for _, params in [*statements, query] for p in params])

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
