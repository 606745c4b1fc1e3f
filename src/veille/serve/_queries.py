"""The queries the web app needs and ``veille.store`` does not have: keyset pages of events and stories,
counts for charts and the map, an actor's timeline and partners, a story's articles.

Every value is a bound parameter. Event filters are the store reader's own (``Filters``, through the
reader's WHERE builder, so that new reader filters apply here too) plus the few the app adds
(:class:`EventQuery`).
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from veille.store import EventClusterRow, EventRow, Filters, Store
from veille.store._reader import Reader, _cluster_row  # the reader's own cluster summary and WHERE builder


class BadCursor(ValueError):
    """A ``cursor`` parameter that this server did not hand out."""


@dataclass(slots=True)
class EventQuery:
    """Event filters: the store's ``Filters`` and the app's additions (all optional, combined with AND)."""

    filters: Filters = field(default_factory=Filters)
    mode: str | None = None
    place: str | None = None  # location name (substring) or ISO 3166-1 alpha-3 code of the event's place
    lang: str | None = None  # language of a reporting article
    status: str | None = None  # actual, threatened, denied...
    min_confidence: float | None = None


@dataclass(slots=True)
class Page:
    items: list
    next_cursor: str | None


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


class Queries:
    """The app's read queries over one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        self.reader = Reader(store.conn)

    # -- events ---------------------------------------------------------------------------------
    def _event_where(self, q: EventQuery) -> tuple[list[str], list[object]]:
        w = self.reader._event_where(q.filters)
        clauses, params = list(w.clauses), list(w.params)
        if q.mode:
            clauses.append("e.mode = ?")
            params.append(q.mode)
        if q.status:
            clauses.append("e.status = ?")
            params.append(q.status)
        if q.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(q.min_confidence)
        if q.place:
            clauses.append("(e.location_country = ? OR e.location_name LIKE ?)")
            params.extend([q.place.upper(), f"%{q.place}%"])
        if q.lang:
            clauses.append("e.article_id IN (SELECT id FROM articles WHERE language = ?)")
            params.append(q.lang)
        return clauses, params

    def event_page(self, q: EventQuery, limit: int, cursor: str | None = None,
                   ascending: bool = False) -> Page:
        """One page of real-world events (clusters with a report matching ``q``), newest first."""
        clauses, params = self._event_where(q)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        having = ""
        if cursor:
            day, cluster = decode_cursor(cursor, 2)
            op = ">" if ascending else "<"
            having = f" HAVING (d {op} ? OR (d = ? AND e.cluster_id > ?))"
            params += [day, day, cluster]
        order = "ASC" if ascending else "DESC"
        rows = self.conn.execute(
            "SELECT e.cluster_id, MAX(COALESCE(e.day_start, '')) AS d FROM events e" + where
            + " GROUP BY e.cluster_id" + having + f" ORDER BY d {order}, e.cluster_id LIMIT ?",
            [*params, limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        items = self.clusters([r[0] for r in rows])
        return Page(items, encode_cursor([rows[-1][1], rows[-1][0]]) if more else None)

    def clusters(self, cluster_ids: list[str]) -> list[EventClusterRow]:
        members = self.reports(cluster_ids)
        by_cluster: dict[str, list[EventRow]] = defaultdict(list)
        for m in members:
            by_cluster[m.cluster_id].append(m)
        return [_cluster_row(cid, by_cluster[cid]) for cid in cluster_ids if by_cluster[cid]]

    def reports(self, cluster_ids: list[str]) -> list[EventRow]:
        """Every report of these clusters (EventRow), in storage order."""
        if not cluster_ids:
            return []
        marks = ",".join("?" for _ in cluster_ids)
        uids = [r[0] for r in self.conn.execute(
            f"SELECT uid FROM events WHERE cluster_id IN ({marks}) ORDER BY id", cluster_ids)]  # noqa: S608
        return self.store.events_by_id(uids)

    def counts_by_day_and_type(self, q: EventQuery) -> list[tuple[str, str, int]]:
        """(day, PLOVER type, distinct events) for the events matching ``q``."""
        clauses, params = self._event_where(q)
        clauses.append("e.day_start IS NOT NULL")
        return [tuple(r) for r in self.conn.execute(
            "SELECT e.day_start, e.event, COUNT(DISTINCT e.cluster_id) FROM events e WHERE "
            + " AND ".join(clauses) + " GROUP BY 1, 2 ORDER BY 1, 2", params)]

    def date_bounds(self) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT MIN(day_start), MAX(day_start) FROM events").fetchone()
        return row[0], row[1]

    def top_actors(self, q: EventQuery, limit: int = 10) -> list[tuple[str, str, int]]:
        """(registry id, name, event reports) of the actors most often on either side."""
        clauses, params = self._event_where(q)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [tuple(r) for r in self.conn.execute(
            "SELECT ea.actor_id, COALESCE(r.name, ea.actor_id), COUNT(*) FROM event_actors ea"
            " LEFT JOIN actors r ON r.id = ea.actor_id"
            " WHERE ea.actor_id IS NOT NULL AND ea.event_id IN (SELECT e.id FROM events e" + where + ")"
            " GROUP BY ea.actor_id ORDER BY 3 DESC, 1 LIMIT ?", [*params, limit])]

    def places(self, q: EventQuery, limit: int = 500) -> list[tuple[str, str | None, float | None,
                                                                    float | None, int]]:
        """(place, country, lat, lon, distinct events) of the located events matching ``q``."""
        clauses, params = self._event_where(q)
        clauses.append("e.location_name IS NOT NULL")
        return [tuple(r) for r in self.conn.execute(
            "SELECT e.location_name, e.location_country, AVG(e.lat), AVG(e.lon),"
            " COUNT(DISTINCT e.cluster_id) FROM events e WHERE " + " AND ".join(clauses)
            + " GROUP BY 1, 2 ORDER BY 5 DESC, 1 LIMIT ?", [*params, limit])]

    # -- stories --------------------------------------------------------------------------------
    def story_page(self, limit: int, cursor: str | None = None, search: str | None = None) -> Page:
        """Stories (same-story article clusters), latest publication first."""
        params: list[object] = []
        where = " WHERE a.story_id IS NOT NULL"
        if search:
            where += " AND a.story_id IN (SELECT story_id FROM articles WHERE title LIKE ?)"
            params.append(f"%{search}%")
        having = ""
        if cursor:
            last, story = decode_cursor(cursor, 2)
            having = " HAVING (p < ? OR (p = ? AND a.story_id > ?))"
            params += [last, last, story]
        rows = self.conn.execute(
            "SELECT a.story_id, MAX(COALESCE(a.published, '')) AS p, MIN(COALESCE(a.published, '')),"
            " COUNT(*), GROUP_CONCAT(DISTINCT a.language), GROUP_CONCAT(DISTINCT a.source),"
            " (SELECT title FROM articles t WHERE t.story_id = a.story_id ORDER BY t.published, t.id LIMIT 1)"
            " FROM articles a" + where + " GROUP BY a.story_id" + having + " ORDER BY p DESC, a.story_id LIMIT ?",
            [*params, limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        items = [StorySummary(id=r[0], last_published=r[1] or None, first_published=r[2] or None,
                              articles=r[3], languages=sorted((r[4] or "").split(",")) if r[4] else [],
                              sources=sorted((r[5] or "").split(",")) if r[5] else [], title=r[6])
                 for r in rows]
        return Page(items, encode_cursor([rows[-1][1], rows[-1][0]]) if more else None)

    def story_articles(self, story_id: str) -> list[str]:
        """The text_sha256 of each article of a story, by publication date."""
        return [r[0] for r in self.conn.execute(
            "SELECT text_sha256 FROM articles WHERE story_id = ? ORDER BY published, id", (story_id,))]

    def shared_clusters(self, story_id: str) -> list[str]:
        """Events reported by at least two articles of the story."""
        return [r[0] for r in self.conn.execute(
            "SELECT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id WHERE a.story_id = ?"
            " GROUP BY e.cluster_id HAVING COUNT(DISTINCT e.article_id) >= 2 ORDER BY MIN(e.day_start)",
            (story_id,))]

    # -- actors ---------------------------------------------------------------------------------
    def actor_timeline(self, actor_id: str) -> list[tuple[str, str, int]]:
        """(YYYY-MM, side, distinct events) of an actor's events, as actor and as recipient."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT substr(e.day_start, 1, 7), ea.side, COUNT(DISTINCT e.cluster_id) FROM event_actors ea"
            " JOIN events e ON e.id = ea.event_id WHERE ea.actor_id = ? AND e.day_start IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY 1, 2", (actor_id,))]

    def actor_partners(self, actor_id: str, limit: int = 15) -> list[tuple[str, str, int]]:
        """(registry id, name, shared events) of the actors met most often in this actor's events."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT o.actor_id, COALESCE(r.name, o.actor_id), COUNT(DISTINCT e.cluster_id)"
            " FROM event_actors me JOIN event_actors o ON o.event_id = me.event_id"
            " JOIN events e ON e.id = me.event_id LEFT JOIN actors r ON r.id = o.actor_id"
            " WHERE me.actor_id = ? AND o.actor_id IS NOT NULL AND o.actor_id != me.actor_id"
            " GROUP BY o.actor_id ORDER BY 3 DESC, 1 LIMIT ?", (actor_id, limit))]

    def actor_clusters(self, actor_id: str, limit: int = 50) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT e.cluster_id FROM event_actors ea JOIN events e ON e.id = ea.event_id"
            " WHERE ea.actor_id = ? GROUP BY e.cluster_id ORDER BY MAX(e.day_start) DESC LIMIT ?",
            (actor_id, limit))]

    def actor_names(self, actor_ids: list[str]) -> dict[str, str]:
        if not actor_ids:
            return {}
        marks = ",".join("?" for _ in actor_ids)
        return dict(self.conn.execute(
            f"SELECT id, name FROM actors WHERE id IN ({marks})", actor_ids).fetchall())  # noqa: S608


@dataclass(slots=True)
class StorySummary:
    id: str
    title: str | None
    articles: int
    languages: list[str]
    sources: list[str]
    first_published: str | None
    last_published: str | None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}
