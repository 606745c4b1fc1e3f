"""Keyset pages of the store's lists (articles, quotes, actors), with the store reader's filters.

A cursor is the sort key of the page's last row, so a page costs the same wherever it is, and rows
added meanwhile neither shift nor repeat later pages. Articles and quotes are newest first (rows
without a date last), actors most mentioned first; each order ends with a unique key, so that no two
rows tie.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from veille.serve._queries import BadCursor, Page, Queries, decode_cursor, encode_cursor
from veille.store import ActorRow, Filters, QuoteRow
from veille.store._reader import _in

DATED, UNDATED = 0, 1


@dataclass(frozen=True, slots=True)
class Order:
    """Rows with a ``day`` by (day DESC, *keys), then rows without one by keys (``day=None``: no day,
    one phase); ``keys`` are (SQL, descending) pairs, the last one unique."""

    day: str | None
    keys: tuple[tuple[str, bool], ...]

    def phases(self) -> list[int]:
        return [DATED, UNDATED] if self.day else [DATED]

    def where(self, phase: int) -> str:
        if not self.day:
            return "1 = 1"
        return f"{self.day} IS NOT NULL" if phase == DATED else f"{self.day} IS NULL"

    def columns(self, phase: int) -> list[tuple[str, bool]]:
        return [(self.day, True), *self.keys] if phase == DATED and self.day else list(self.keys)

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


def _start(cursor: str | None, order: Order, kinds: tuple[type, ...]) -> tuple[int, list[Any]] | None:
    """(phase, sort key) of the previous page's last row; BadCursor for anything else.
    A cursor is [phase, day ("" when none), *keys]."""
    if cursor is None:
        return None
    values = decode_cursor(cursor, 2 + len(order.keys))
    phase, day, keys = values[0], values[1], values[2:]
    if phase not in order.phases() or isinstance(phase, bool) or not isinstance(day, str) or any(
            not isinstance(v, k) or isinstance(v, bool) for v, k in zip(keys, kinds, strict=True)):
        raise BadCursor(f"invalid cursor: {cursor!r}")
    return phase, [day, *keys] if phase == DATED and order.day else keys


def keyset(q: Queries, select: str, where: Sequence[str], params: Sequence[object], order: Order,
           kinds: tuple[type, ...], limit: int, cursor: str | None) -> tuple[list[tuple], str | None]:
    """The first ``limit`` rows of ``select`` after the cursor, and the next cursor. ``select`` has a
    ``{where}`` for the filters and may have an ``{outer}`` for the order's conditions (when the order is
    on a grouped query's aggregates); its first columns are the day (when the order has one) and the
    keys, of the types ``kinds``."""
    start = _start(cursor, order, kinds)
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
        rows += [tuple(r) for r in q.conn.execute(sql + order.sql(phase) + " LIMIT ?",
                                                  [*params, *extra, limit + 1 - len(rows)])]
        if len(rows) > limit:
            break
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    if not order.day:
        return rows[:limit], encode_cursor([DATED, "", *last[:len(order.keys)]])
    phase = DATED if last[0] is not None else UNDATED
    return rows[:limit], encode_cursor([phase, last[0] or "", *last[1:1 + len(order.keys)]])


# -- articles ------------------------------------------------------------------------------------------
ARTICLE_ORDER = Order("a.published", (("a.id", True),))


def article_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """Articles newest first (by publication date, then the latest stored)."""
    w = q.reader._article_where(replace(f, search=None))
    where, params = list(w.clauses), list(w.params)
    if f.search:  # any of its index rows: title, an event's evidence, a quote
        hits, cond, more = q.matches(f)
        if hits is not None:  # rowid: event id * 4, quote * 4 + 1, article * 4 + 2 (its title)
            ids = sorted({r // 4 for r in hits if r % 4 == 2} | q.owners("events", [r // 4 for r in hits if r % 4 == 0])
                         | q.owners("quotes", [r // 4 for r in hits if r % 4 == 1]))
            where.append(f"a.id IN ({_in(ids)})")
            params += ids
        else:
            title, p1 = q.probe(cond, more, "a.id * 4 + 2")
            event, p2 = q.probe(cond, more, "x.id * 4")
            quote, p3 = q.probe(cond, more, "y.id * 4 + 1")
            where.append(f"({title} OR EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.id AND {event}{q.fence})"
                         f" OR EXISTS (SELECT 1 FROM quotes y WHERE y.article_id = a.id AND {quote}{q.fence}))")
            params += [*p1, *p2, *p3]
    rows, next_cursor = keyset(q, "SELECT a.published, a.id FROM articles a WHERE {where}", where, params,
                               ARTICLE_ORDER, (int,), limit, cursor)
    ids = [r[1] for r in rows]
    if not ids:
        return Page([], next_cursor)
    found = q.reader._article_rows(f" WHERE a.id IN ({_in(ids)})", list(ids))
    keys = dict(q.conn.execute(f"SELECT text_sha256, id FROM articles WHERE id IN ({_in(ids)})", ids).fetchall())
    found.sort(key=lambda a: ids.index(keys[a.text_sha256]))
    return Page(found, next_cursor)


# -- quotes --------------------------------------------------------------------------------------------
QUOTE_ORDER = Order("a.published", (("a.id", True), ("q.id", False)))


def quote_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """Quotes newest first (by their article's date), an article's quotes in the order of its text."""
    w = q.reader._quote_where(replace(f, search=None))
    where, params = list(w.clauses), list(w.params)
    if f.search:
        hits, cond, more = q.matches(f)
        if hits is not None:
            ids = sorted({r // 4 for r in hits if r % 4 == 1})
            where.append(f"q.id IN ({_in(ids)})")
            params += ids
        else:
            clause, more = q.probe(cond, more, "q.id * 4 + 1")
            where.append(clause)
            params += more
    # SQLite's CROSS JOIN: articles first, in date order, then each one's quotes (no sort of every quote)
    join = "JOIN" if q.dialect.postgresql else "CROSS JOIN"
    select = ("SELECT a.published, a.id, q.id, a.doc_id, q.text, q.start, q.\"end\", q.direct,"
              f" COALESCE(r.name, q.speaker_name), q.speaker_id, a.title FROM articles a {join} quotes q"
              " ON a.id = q.article_id LEFT JOIN actors r ON r.id = q.speaker_id WHERE {where}")
    rows, next_cursor = keyset(q, select, where, params, QUOTE_ORDER, (int, int), limit, cursor)
    return Page([QuoteRow(article_id=r[3], text=r[4], start=r[5], end=r[6], direct=bool(r[7]), speaker=r[8],
                          speaker_id=r[9], published=r[0], title=r[10]) for r in rows], next_cursor)


# -- actors --------------------------------------------------------------------------------------------
ACTOR_ORDER = Order(None, (("t.mentions", True), ("t.name", False), ("t.id", False)))


def actor_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """The registry, most mentioned first (then by name), with the reader's actor filters."""
    w = q.reader._actor_where(f)
    where, params = list(w.clauses), list(w.params)
    select = ("SELECT * FROM (SELECT COALESCE(SUM(aa.mentions), 0) AS mentions, r.name,"
              " r.id, r.kind, r.country, r.sector, r.first_seen, r.last_seen, COUNT(DISTINCT aa.article_id)"
              " FROM actors r LEFT JOIN article_actors aa ON aa.actor_id = r.id WHERE {where}"
              " GROUP BY r.id) t WHERE {outer}")
    rows, next_cursor = keyset(q, select, where, params, ACTOR_ORDER, (int, str, str), limit, cursor)
    out = []
    for r in rows:
        row = ActorRow(id=r[2], name=r[1], kind=r[3], country=r[4], sector=json.loads(r[5]), first_seen=r[6],
                       last_seen=r[7], mentions=int(r[0]), articles=int(r[8]))
        q.reader._fill_actor(row)
        out.append(row)
    return Page(out, next_cursor)
