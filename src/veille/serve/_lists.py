"""Keyset pages of the store's lists (articles, quotes, actors), with the store reader's filters.

Articles and quotes are newest first (rows without a date last), actors most mentioned first.
"""

from __future__ import annotations

import json
from dataclasses import replace

from veille.serve._keyset import Order, row_page
from veille.serve._queries import Page, Queries
from veille.store import ActorRow, Filters, QuoteRow
from veille.store._reader import qmarks

# -- articles ------------------------------------------------------------------------------------------
ARTICLE_ORDER = Order("a.published", (("a.id", True),))


def article_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """Articles newest first (by publication date, then the latest stored)."""
    w = q.reader.article_where(replace(f, search=None))
    where, params = list(w.clauses), list(w.params)
    if f.search:  # any of its index rows: title, an event's evidence, a quote
        hits, cond, more = q.matches(f)
        if hits is not None:  # rowid: event id * 4, quote * 4 + 1, article * 4 + 2 (its title)
            ids = sorted({r // 4 for r in hits if r % 4 == 2} | q.owners("events", [r // 4 for r in hits if r % 4 == 0])
                         | q.owners("quotes", [r // 4 for r in hits if r % 4 == 1]))
            where.append(f"a.id IN ({qmarks(ids)})")
            params += ids
        else:
            title, p1 = q.probe(cond, more, "a.id * 4 + 2")
            event, p2 = q.probe(cond, more, "x.id * 4")
            quote, p3 = q.probe(cond, more, "y.id * 4 + 1")
            where.append(f"({title} OR EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.id AND {event}{q.fence})"
                         f" OR EXISTS (SELECT 1 FROM quotes y WHERE y.article_id = a.id AND {quote}{q.fence}))")
            params += [*p1, *p2, *p3]
    rows, next_cursor = row_page(q.conn, "SELECT a.published, a.id FROM articles a WHERE {where}", where, params,
                               ARTICLE_ORDER, (int,), limit, cursor)
    ids = [r[1] for r in rows]
    if not ids:
        return Page([], next_cursor)
    found = q.reader.article_rows(f" WHERE a.id IN ({qmarks(ids)})", list(ids))
    keys = dict(q.conn.execute(f"SELECT text_sha256, id FROM articles WHERE id IN ({qmarks(ids)})", ids).fetchall())
    found.sort(key=lambda a: ids.index(keys[a.text_sha256]))
    return Page(found, next_cursor)


# -- quotes --------------------------------------------------------------------------------------------
QUOTE_ORDER = Order("a.published", (("a.id", True), ("q.id", False)))


def quote_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """Quotes newest first (by their article's date), an article's quotes in the order of its text."""
    w = q.reader.quote_where(replace(f, search=None))
    where, params = list(w.clauses), list(w.params)
    if f.search:
        hits, cond, more = q.matches(f)
        if hits is not None:
            ids = sorted({r // 4 for r in hits if r % 4 == 1})
            where.append(f"q.id IN ({qmarks(ids)})")
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
    rows, next_cursor = row_page(q.conn, select, where, params, QUOTE_ORDER, (int, int), limit, cursor)
    return Page([QuoteRow(article_id=r[3], text=r[4], start=r[5], end=r[6], direct=bool(r[7]), speaker=r[8],
                          speaker_id=r[9], published=r[0], title=r[10]) for r in rows], next_cursor)


# -- actors --------------------------------------------------------------------------------------------
ACTOR_ORDER = Order(None, (("t.mentions", True), ("t.name", False), ("t.id", False)))


def actor_page(q: Queries, f: Filters, limit: int, cursor: str | None = None) -> Page:
    """The registry, most mentioned first (then by name), with the reader's actor filters."""
    w = q.reader.actor_where(f)
    where, params = list(w.clauses), list(w.params)
    select = ("SELECT * FROM (SELECT COALESCE(SUM(aa.mentions), 0) AS mentions, r.name,"
              " r.id, r.kind, r.country, r.sector, r.first_seen, r.last_seen, COUNT(DISTINCT aa.article_id)"
              " FROM actors r LEFT JOIN article_actors aa ON aa.actor_id = r.id WHERE {where}"
              " GROUP BY r.id) t WHERE {outer}")
    rows, next_cursor = row_page(q.conn, select, where, params, ACTOR_ORDER, (int, str, str), limit, cursor)
    out = []
    for r in rows:
        row = ActorRow(id=r[2], name=r[1], kind=r[3], country=r[4], sector=json.loads(r[5]), first_seen=r[6],
                       last_seen=r[7], mentions=int(r[0]), articles=int(r[8]))
        q.reader.fill_actor(row)
        out.append(row)
    return Page(out, next_cursor)
