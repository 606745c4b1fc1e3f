"""Keyset pagination, the one way every list of the app pages: by rows (articles, quotes, actors) or by
the groups the rows belong to (events by their clusters, stories by their articles).

A cursor is the sort key of the previous page's last row, so a page costs the same wherever it is, and
rows added meanwhile neither shift nor repeat later pages. An :class:`Order` puts the rows with a day
first (newest first), then those without one; each order ends with a unique key, so no two rows tie.
A cursor is ``[phase, day ("" when none), *keys]``, base64 JSON.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

DATED, UNDATED = 0, 1


class BadCursor(ValueError):
    """A ``cursor`` parameter that this server did not hand out."""


def encode_cursor(values: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadCursor(f"invalid cursor: {cursor!r}") from exc
    if not isinstance(values, list) or len(values) != size:
        raise BadCursor(f"invalid cursor: {cursor!r}")
    return values


@dataclass(frozen=True, slots=True)
class Order:
    """Rows with a ``day`` by (day, *keys), then rows without one by keys (``day=None``: no day, one
    phase); ``keys`` are (SQL, descending) pairs, the last one unique; ``day_descending`` is the day's
    direction. :meth:`reversed` is the same order read from its end."""

    day: str | None
    keys: tuple[tuple[str, bool], ...]
    day_descending: bool = True
    undated_first: bool = False

    def reversed(self) -> Order:
        return Order(self.day, tuple((k, not desc) for k, desc in self.keys), not self.day_descending,
                     not self.undated_first)

    def phases(self) -> list[int]:
        if not self.day:
            return [DATED]
        return [UNDATED, DATED] if self.undated_first else [DATED, UNDATED]

    def where(self, phase: int) -> str:
        if not self.day:
            return "1 = 1"
        return f"{self.day} IS NOT NULL" if phase == DATED else f"{self.day} IS NULL"

    def columns(self, phase: int) -> list[tuple[str, bool]]:
        return [(self.day, self.day_descending), *self.keys] if phase == DATED and self.day else list(self.keys)

    def sql(self, phase: int) -> str:
        return " ORDER BY " + ", ".join(f"{k} {'DESC' if desc else 'ASC'}" for k, desc in self.columns(phase))

    def after(self, phase: int, values: Sequence[Any]) -> tuple[str, list[object]]:
        """Rows of ``phase`` after the row whose sort key is ``values``."""
        cols = self.columns(phase)
        parts: list[str] = []
        params: list[object] = []
        for i, (col, desc) in enumerate(cols):
            parts.append("(" + " AND ".join([*(f"{c} = ?" for c, _ in cols[:i]),
                                             f"{col} {'<' if desc else '>'} ?"]) + ")")
            params += [*values[:i], values[i]]
        # the leading bound keeps one index range (not an OR of ranges, then a sort of them all)
        first, desc = cols[0]
        return f"{first} {'<' if desc else '>'}= ? AND (" + " OR ".join(parts) + ")", [values[0], *params]

    def at_or_before(self, phase: int, values: Sequence[Any]) -> tuple[str, list[object]]:
        """Rows up to and including the row whose sort key is ``values`` (the earlier pages)."""
        earlier = [self.where(p) for p in self.phases()[:self.phases().index(phase)]]
        clause, params = self.after(phase, values)
        return "(" + " OR ".join([*earlier, f"({self.where(phase)} AND NOT ({clause}))"]) + ")", params

    def start(self, cursor: str | None, kinds: tuple[type, ...]) -> tuple[int, list[Any]] | None:
        """(phase, sort key) of the previous page's last row, from its cursor; BadCursor for anything
        else. ``kinds``: the Python types of the keys."""
        if cursor is None:
            return None
        values = decode_cursor(cursor, 2 + len(self.keys))
        phase, day, keys = values[0], values[1], values[2:]
        if phase not in self.phases() or isinstance(phase, bool) or not isinstance(day, str) or any(
                not isinstance(v, k) or isinstance(v, bool) for v, k in zip(keys, kinds, strict=True)):
            raise BadCursor(f"invalid cursor: {cursor!r}")
        return phase, self.key(phase, day, keys)

    def key(self, phase: int, day: str | None, keys: Sequence[Any]) -> list[Any]:
        return [day or "", *keys] if phase == DATED and self.day else list(keys)

    def cursor(self, row: Sequence[Any]) -> str:
        """The cursor after ``row``, whose first columns are the day (when the order has one) and keys."""
        if not self.day:
            return encode_cursor([DATED, "", *row[:len(self.keys)]])
        phase = DATED if row[0] is not None else UNDATED
        return encode_cursor([phase, row[0] or "", *row[1:1 + len(self.keys)]])


def row_page(conn: Any, select: str, where: Sequence[str], params: Sequence[object], order: Order,
             kinds: tuple[type, ...], limit: int, cursor: str | None) -> tuple[list[tuple], str | None]:
    """The first ``limit`` rows of ``select`` after the cursor, and the next cursor. ``select`` has a
    ``{where}`` for the filters and may have an ``{outer}`` for the order's conditions (when the order is
    on a grouped query's aggregates); its first columns are the day (when the order has one) and the
    keys, of the types ``kinds``."""
    start = order.start(cursor, kinds)
    phases = order.phases()
    if start is not None:
        phases = phases[phases.index(start[0]):]
    outer = "{outer}" in select
    rows: list[tuple] = []
    for phase in phases:
        cond = [order.where(phase)]
        extra: list[object] = []
        if start is not None and start[0] == phase:
            clause, extra = order.after(phase, start[1])
            cond.append(clause)
        if outer:
            sql = select.format(where=" AND ".join(where) or "1 = 1", outer=" AND ".join(cond))
        else:
            sql = select.format(where=" AND ".join([*where, *cond]))
        rows += [tuple(r) for r in conn.execute(sql + order.sql(phase) + " LIMIT ?",
                                                [*params, *extra, limit + 1 - len(rows)])]
        if len(rows) > limit:
            break
    if len(rows) <= limit:
        return rows, None
    return rows[:limit], order.cursor(rows[limit - 1])


@dataclass(frozen=True, slots=True)
class Groups:
    """The rows of ``source`` (a FROM clause) matching ``clauses``, read in a one-key ``order`` and
    gathered by ``group`` (SQL): a group sits where its first row sits in the order. ``seen_source``: the
    FROM of the look-back at earlier pages, when it differs from the scan's."""

    source: str
    group: str
    clauses: Sequence[str]
    params: Sequence[object]
    order: Order
    seen_source: str | None = None

    def page(self, conn: Any, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
        """The first ``limit`` groups after the cursor (the position of the previous page's last row;
        groups with a row at or before it were on earlier pages), and the next page's cursor."""
        start = self.order.start(cursor, (int,))
        found: list[str] = []
        positions: list[tuple[Any, ...]] = []
        for rows in self._batches(conn, start, batch=2 * limit + 16):
            fresh = [r for r in rows if r[2] not in found]
            earlier = self._seen_before(conn, start, {r[2] for r in fresh})
            for day, row_id, key in fresh:
                if key in earlier or key in found:
                    continue
                found.append(key)
                positions.append((day, row_id))
            if len(found) > limit:
                break
        if len(found) > limit:
            return found[:limit], self.order.cursor(positions[limit - 1])
        return found, None

    def _batches(self, conn: Any, start: tuple[int, list[Any]] | None, batch: int) -> Iterator[list[tuple]]:
        """Matching rows as (day, id, group), in page order from ``start``, in growing batches."""
        phases = self.order.phases()
        if start is not None:
            phases = phases[phases.index(start[0]):]
        for phase in phases:
            after = self.order.after(phase, start[1]) if start is not None and start[0] == phase else ("", [])
            while True:
                where = [*self.clauses, self.order.where(phase)] + ([after[0]] if after[0] else [])
                rows = conn.execute(
                    f"SELECT {self.order.day}, {self.order.keys[0][0]}, {self.group} FROM {self.source} WHERE "
                    + " AND ".join(where) + self.order.sql(phase) + " LIMIT ?",
                    [*self.params, *after[1], batch]).fetchall()
                if not rows:
                    break
                yield [tuple(r) for r in rows]
                after = self.order.after(phase, self.order.key(phase, rows[-1][0], [rows[-1][1]]))
                batch = min(batch * 4, 20_000)  # a selective filter: read further each time

    def _seen_before(self, conn: Any, start: tuple[int, list[Any]] | None, keys: set[str]) -> set[str]:
        """The groups among ``keys`` with a matching row at or before ``start`` (earlier pages)."""
        if start is None or not keys:
            return set()
        condition, extra = self.order.at_or_before(*start)
        marks = ",".join("?" for _ in keys)
        return {r[0] for r in conn.execute(
            f"SELECT DISTINCT {self.group} FROM {self.seen_source or self.source} WHERE " + " AND ".join(
                [*self.clauses, f"{self.group} IN ({marks})", condition]),
            [*self.params, *keys, *extra])}
