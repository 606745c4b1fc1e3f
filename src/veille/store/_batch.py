"""The writes of a save that none of its later reads depends on (its actors' aliases and roles, its
times and places, its search rows, the merged events, stories and registry rows consolidation decided),
sent together at the end of the save.

SQLite runs each at once, as it is asked. PostgreSQL makes them one statement, each table's rows in a
``WITH`` clause (``PgConnection.execute_together``): a statement costs the client (psycopg) and the
server their own work whatever its rows, and a save made a dozen of these.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from veille.store._dialect import Dialect, search_computed

_NONE: Mapping[str, str] = MappingProxyType({})


@dataclass(slots=True)
class _Insert:
    """Rows waiting to be inserted into one table by one kind of statement (PostgreSQL)."""

    table: str
    columns: tuple[str, ...]
    computed: tuple[tuple[str, str], ...]
    tail: str
    hidden: tuple[tuple[str, str], ...]
    rows: list[Sequence[object]] = field(default_factory=list)


class WriteBatch:
    """Writes of one save, or of several (the rows of one kind of insert added to one statement), sent
    as one statement (``flush`` sends them with the save's last read; ``start`` forgets any left by a
    failed save)."""

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect = dialect
        self._parts: list[_Insert | tuple[str, list[object]]] = []  # inserts and other statements, in order
        self._inserts: dict[tuple[object, ...], _Insert] = {}

    def start(self) -> None:
        self._parts = []
        self._inserts = {}

    def _statements(self) -> list[tuple[str, list[object]]]:
        """The waiting writes as statements (each kind of insert one statement, rows in the order they
        came), forgotten here. An insert whose rows JSON cannot hold (a NaN) runs now, as values, after the
        statements before it (its rows' foreign keys may name theirs)."""
        parts, self._parts, self._inserts = self._parts, [], {}
        out: list[tuple[str, list[object]]] = []
        for part in parts:
            if not isinstance(part, _Insert):
                out.append(part)
                continue
            hidden = dict(part.hidden)
            statement = self.conn.insert_statement(part.table, part.columns, part.rows, computed=part.computed,
                                                   tail=part.tail, hidden=hidden)
            if statement is None:  # a value JSON cannot hold: the statements before it, then its rows as values
                _send(self.conn, out)
                out = []
                self.conn.insert_rows(part.table, part.columns, part.rows, computed=part.computed, tail=part.tail,
                                      hidden=hidden)
            else:
                out.append(statement)
        return out

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                    ignore: bool = False, tail: str = "", computed: Sequence[tuple[str, str]] = (),
                    hidden: Mapping[str, str] = _NONE) -> None:
        """As ``Dialect.insert_rows``; ``computed``, ``hidden`` (PostgreSQL only): as
        ``PgConnection.insert_statement``."""
        if not self.dialect.postgresql:
            self.dialect.insert_rows(self.conn, table, columns, rows, ignore=ignore, tail=tail)
        else:
            self._insert(table, columns, rows, tail=(" ON CONFLICT DO NOTHING" if ignore else "") + tail,
                         computed=computed, hidden=hidden)

    def upsert_rows(self, table: str, columns: Sequence[str], key: str, rows: Sequence[Sequence[object]], *,
                    replace: bool = False) -> None:
        """As ``Dialect.upsert_rows``."""
        if not self.dialect.postgresql:
            self.dialect.upsert_rows(self.conn, table, columns, key, rows, replace=replace)
        else:
            sets = ", ".join(f"{c}=excluded.{c}" for c in columns if c != key)
            self._insert(table, columns, rows, tail=f" ON CONFLICT ({key}) DO UPDATE SET {sets}")

    def write(self, sql: str, params: Sequence[object]) -> None:
        """PostgreSQL: one more data-changing statement, sent with the others (first the ones given first;
        foreign keys are checked at the end of the one statement they make)."""
        self._parts.append((sql, list(params)))

    def delete(self, table: str, key: str, values: Sequence[str]) -> None:
        """Delete the rows of ``table`` whose ``key`` (a text column) is one of ``values``."""
        if not self.dialect.postgresql:
            self.conn.executemany(f"DELETE FROM {table} WHERE {key}=?", [(v,) for v in values])  # noqa: S608
        elif values:
            # = ANY(an array computed once): the key's index looked up per value (IN (SELECT ...) is
            # planned as a semi-join over the whole index)
            self._parts.append((f"DELETE FROM {table} WHERE {key} = ANY(ARRAY("  # noqa: S608
                                "SELECT json_array_elements_text(CAST(? AS json))))", [_json_list(values)]))

    def search_insert(self, rows: Sequence[tuple[int, str, str, int]], language: str | None) -> None:
        """As ``Dialect.search_insert``."""
        if not self.dialect.postgresql:
            self.dialect.search_insert(self.conn, rows, language)
        else:
            self._insert("search_index", ("rowid", "body", "kind", "article_id"), rows,
                         computed=search_computed(language))

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                computed: Sequence[tuple[str, str]] = (), tail: str = "", hidden: Mapping[str, str] = _NONE) -> None:
        # tables without rows are left out: each part costs the server its start-up (relations and indexes
        # opened) even without rows; the few combinations are each prepared once. The rows of a later
        # insert of the same kind join the earlier's (an ON CONFLICT update must then meet one row once)
        if not rows:
            return
        key = (table, tuple(columns), tuple(computed), tail, tuple(sorted(hidden.items())))
        waiting = self._inserts.get(key)
        if waiting is None:
            waiting = self._inserts[key] = _Insert(*key)
            self._parts.append(waiting)
        waiting.rows.extend(rows)

    def send(self) -> None:
        """Send the writes (PostgreSQL: one statement)."""
        _send(self.conn, self._statements())

    def send_with_ids(self, table: str, columns: Sequence[str],
                      rows: Sequence[Sequence[object]]) -> Callable[[], list[int]]:
        """PostgreSQL: send the writes with the insertion of ``rows`` into ``table`` (with an ``id`` key) as
        one statement; the function giving the new rows' ids, in order (read with a later answer)."""
        statement = self.conn.insert_statement(table, columns, rows)
        if statement is None:  # a value JSON cannot hold: the writes, then the rows as values
            self.send()
            return self.conn.insert_rows_later(table, columns, rows)
        sql, params = statement
        cursor = self.conn.execute_together(self._statements(), (sql + " RETURNING id", params))
        return lambda: sorted(int(r[0]) for r in cursor.fetchall())

    def flush(self, query: str, params: Sequence[object]) -> Any:
        """Send the writes, and ``query`` (which must not read the tables written: PostgreSQL runs it
        in the same statement, on the snapshot of before them); its cursor."""
        if not self.dialect.postgresql:
            return self.conn.execute(query, params)
        return self.conn.execute_together(self._statements(), (query, params))


def _send(conn: Any, statements: Sequence[tuple[str, list[object]]]) -> None:
    """Run ``statements`` (PostgreSQL) as one statement."""
    if len(statements) == 1:
        conn.execute(*statements[0])
    elif statements:
        conn.execute_together(statements)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
