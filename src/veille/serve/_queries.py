"""The queries the web app needs and ``veille.store`` does not have: keyset pages of events and stories,
counts for charts and the map, an actor's timeline and partners, a story's articles.

Every value is a bound parameter. Event filters are the store reader's own (``Filters``, through the
reader's WHERE builder, so that new reader filters apply here too) plus the few the app adds
(:class:`EventQuery`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from veille.consolidate.dates import bound_range
from veille.query.search import fts_query
from veille.serve._keyset import Groups, Order
from veille.store import EventClusterRow, EventRow, Filters, Store
from veille.store._reader import Reader

# a search matching at most this many index rows is turned into the list of its events (read first,
# then the page in date order); a commoner one is checked row by row as the page is read in date
# order (each check one seek into the full-text index), so neither reads every match of a common word
SMALL_MATCH = 5000

# events newest first by their reports' (day, id); a country's events by its actor rows' (day, event)
EVENT_ORDER = Order("e.day_start", (("e.id", True),))
COUNTRY_ORDER = Order("ea.day_start", (("ea.event_id", True),))
STORY_ORDER = Order("a.published", (("a.id", True),))


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


class Queries:
    """The app's read queries over one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: Any = store.conn
        self.dialect = store.dialect
        self.reader = Reader(store.conn, store.dialect)

    @property
    def like(self) -> str:
        """Case-insensitive LIKE (SQLite's LIKE is, for ASCII; PostgreSQL's is not)."""
        return "ILIKE" if self.dialect.postgresql else "LIKE"

    # -- events ---------------------------------------------------------------------------------
    def _event_where(self, q: EventQuery) -> tuple[list[str], list[object]]:
        f = q.filters
        w = self.reader.event_where(replace(f, search=None))
        clauses, params = list(w.clauses), list(w.params)
        _, hi = bound_range(f.since, f.until)
        if hi and not f.overlap:
            # implied by day_end <= hi (day_start <= day_end): lets the date-ordered scan start at hi
            clauses.append("e.day_start <= ?")
            params.append(hi)
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
            clause, more = self._place(q.place)
            clauses.append(clause)
            params.extend(more)
        if q.lang:
            clauses.append("EXISTS (SELECT 1 FROM articles l WHERE l.id = e.article_id AND l.language = ?)")
            params.append(q.lang)
        if f.search:
            clause, more = self._search(f)
            clauses.append(clause)
            params.extend(more)
        return clauses, params

    def _common(self, cond: str, params: list[object]) -> bool:
        """Whether a search surely matches more than SMALL_MATCH index rows, without reading them.
        PostgreSQL reads every match of a GIN index before any LIMIT applies, so its planner's estimate
        (from the lexeme statistics) decides; SQLite's full-text index stops at the LIMIT: always read."""
        if not self.dialect.postgresql:
            return False
        plan = self.conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_index WHERE {cond}", params).fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        return float(plan[0]["Plan"]["Plan Rows"]) > SMALL_MATCH

    def _place(self, text: str) -> tuple[str, list[object]]:
        """Events located in the country of that ISO alpha-3 code, or at a place whose name holds
        ``text``: the names are looked up first, so that the page is read off an index on each."""
        needle = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # the distinct names by a skip scan of the name index (one seek per name, not a read of every event)
        names = [n for (n,) in self.conn.execute(
            "WITH RECURSIVE names(n) AS (SELECT MIN(location_name) FROM events UNION ALL"
            " SELECT (SELECT MIN(location_name) FROM events WHERE location_name > n) FROM names"
            f" WHERE n IS NOT NULL) SELECT n FROM names WHERE n {self.like} ? ESCAPE '\\'",
            (f"%{needle}%",))]
        if not names:
            return "e.location_country = ?", [text.strip().upper()]
        marks = ",".join("?" for _ in names)
        return f"(e.location_country = ? OR e.location_name IN ({marks}))", [text.strip().upper(), *names]

    def matches(self, f: Filters) -> tuple[list[int] | None, str, list[object]]:
        """The full-text condition of ``f.search`` (as the store's reader reads it) and its parameters,
        with the rowids of its index rows when they are at most SMALL_MATCH (else None: a common word,
        to be checked row by row with :meth:`probe`, not read whole). Rowids only: SQLite's full-text
        index gives them without reading its rows."""
        cond, params = self.dialect.match(fts_query(f.search or "", translate=f.translate))
        if self._common(cond, params):
            return None, cond, params
        rows = self.conn.execute(f"SELECT search_index.rowid FROM search_index WHERE {cond} LIMIT ?",
                                 [*params, SMALL_MATCH + 1]).fetchall()
        if len(rows) > SMALL_MATCH:
            return None, cond, params
        return [int(r) for (r,) in rows], cond, params

    def owners(self, table: str, ids: list[int], column: str = "article_id") -> set:
        """``column`` of the rows of ``table`` whose id is in ``ids``; ``column="id"``: the ids of its rows
        whose article_id is in ``ids`` (read 500 at a time)."""
        out: set = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out.update(v for (v,) in self.conn.execute(
                f"SELECT {column} FROM {table} WHERE {'article_id' if column == 'id' else 'id'} IN"
                f" ({','.join('?' for _ in chunk)})", chunk))
        return out

    @property
    def fence(self) -> str:
        """PostgreSQL: keeps a correlated EXISTS a per-row look-up (not a hash of every row it could see)."""
        return " OFFSET 0" if self.dialect.postgresql else ""

    def probe(self, cond: str, params: list[object], rowid: str) -> tuple[str, list[object]]:
        """Whether the index row ``rowid`` (SQL) matches: one seek. PostgreSQL: OFFSET 0 keeps the probe a
        probe (not turned into a hash of every match)."""
        return (f"EXISTS (SELECT 1 FROM search_index WHERE {cond} AND search_index.rowid = {rowid}{self.fence})",
                list(params))

    def _search(self, f: Filters) -> tuple[str, list[object]]:
        """Events whose evidence or article title holds the words of ``f.search``, as a condition bounded
        by the page rather than by the number of matches."""
        rows, cond, params = self.matches(f)
        if rows is not None:  # rowid: event id * 4, quote * 4 + 1, article * 4 + 2 (its title)
            events = {r // 4 for r in rows if r % 4 == 0}
            events |= self.owners("events", sorted({r // 4 for r in rows if r % 4 == 2}), column="id")
            if not events:
                return "1 = 0", []
            if len(events) <= 4 * SMALL_MATCH:  # titles of articles with many events: bound parameters stay few
                return f"e.id IN ({','.join('?' for _ in events)})", list(sorted(events))
        evidence, more = self.probe(cond, params, "e.id * 4")
        title, most = self.probe(cond, params, "e.article_id * 4 + 2")
        return f"({evidence} OR {title})", [*more, *most]

    def event_page(self, q: EventQuery, limit: int, cursor: str | None = None,
                   ascending: bool = False) -> Page:
        """One page of real-world events (clusters with a report matching ``q``), newest first.

        A cluster sits where its latest matching report sits in the order (day, report id); the page is
        read off the ``events_day`` index in that order, stopping at ``limit`` clusters, so its cost
        follows the page, not the store. The cursor is the position of the page's last report; clusters
        with a matching report at or before it were on earlier pages and are skipped.
        """
        if q.filters.country:
            return self._country_page(q, limit, cursor, ascending)
        clauses, params = self._event_where(q)
        order = EVENT_ORDER.reversed() if ascending else EVENT_ORDER
        found, next_cursor = Groups("events e", "e.cluster_id", clauses, params, order).page(self.conn, limit, cursor)
        return Page(self.clusters(found), next_cursor)

    def _country_page(self, q: EventQuery, limit: int, cursor: str | None, ascending: bool) -> Page:
        """An event page with a country filter: read off the actors' (code, day) index in date order (the
        actor rows carry their event's days), so that a code's page costs a page, however many events
        the code has."""
        code = self.reader.resolver.country(q.filters.country or "")
        f = q.filters
        clauses, params = self._event_where(replace(q, filters=replace(f, country=None)))
        clauses.insert(0, "ea.code = ?")
        params.insert(0, code)
        lo, hi = bound_range(f.since, f.until)
        for bound, value in (("ea.day_start >= ?", lo), ("ea.day_start <= ?", hi)):
            if value:  # the events' own date bounds, on the index's column
                clauses.append(bound)
                params.append(value)
        join = "JOIN" if self.dialect.postgresql else "CROSS JOIN"  # SQLite: the actor rows first
        order = COUNTRY_ORDER.reversed() if ascending else COUNTRY_ORDER
        found, next_cursor = Groups(f"event_actors ea {join} events e ON e.id = ea.event_id", "e.cluster_id",
                                    clauses, params, order,
                                    seen_source="event_actors ea JOIN events e ON e.id = ea.event_id",
                                    ).page(self.conn, limit, cursor)
        return Page(self.clusters(found), next_cursor)

    def clusters(self, cluster_ids: list[str]) -> list[EventClusterRow]:
        return self.reader.clusters(cluster_ids)

    def reports(self, cluster_ids: list[str]) -> list[EventRow]:
        """Every report of these clusters, in storage order."""
        return self.reader.cluster_reports(cluster_ids)

    def _starting_within(self, q: EventQuery) -> tuple[list[str], list[object]]:
        """The event filters, with events counted on their first day: one starting before ``since``
        is left out (the overview's chart and rankings count events where they start)."""
        clauses, params = self._event_where(q)
        lo, _ = bound_range(q.filters.since, q.filters.until)
        if lo:
            clauses.append("e.day_start >= ?")
            params.append(lo)
        return clauses, params

    def counts_by_day_and_type(self, q: EventQuery) -> list[tuple[str, str, int]]:
        """(day, PLOVER type, distinct events) for the events matching ``q`` that start within its dates."""
        clauses, params = self._starting_within(q)
        clauses.append("e.day_start IS NOT NULL")
        return [tuple(r) for r in self.conn.execute(
            "SELECT e.day_start, e.event, COUNT(DISTINCT e.cluster_id) FROM events e WHERE "
            + " AND ".join(clauses) + " GROUP BY 1, 2 ORDER BY 1, 2", params)]

    def date_bounds(self) -> tuple[str | None, str | None]:
        # two queries: SQLite answers a lone MIN or MAX from the index, not the pair
        first = self.conn.execute("SELECT MIN(day_start) FROM events").fetchone()[0]
        last = self.conn.execute("SELECT MAX(day_start) FROM events").fetchone()[0]
        return first, last

    def top_actors(self, q: EventQuery, limit: int = 10) -> list[tuple[str, str, int]]:
        """(registry id, name, event reports) of the actors most often on either side of the events
        matching ``q`` that start within its dates."""
        clauses, params = self._starting_within(q)
        clauses.append("ea.actor_id IS NOT NULL")
        # SQLite's CROSS JOIN: read the events first (by date), then their actors
        join = "JOIN" if self.dialect.postgresql else "CROSS JOIN"
        top = self.conn.execute(
            f"SELECT ea.actor_id, COUNT(*) FROM events e {join} event_actors ea ON ea.event_id = e.id WHERE "
            + " AND ".join(clauses) + " GROUP BY ea.actor_id ORDER BY 2 DESC, 1 LIMIT ?", [*params, limit]).fetchall()
        names = self.actor_names([r[0] for r in top])
        return [(actor_id, names.get(actor_id, actor_id), n) for actor_id, n in top]

    def places(self, q: EventQuery, limit: int = 500) -> list[tuple[str, str | None, float | None,
                                                                    float | None, int]]:
        """(place, country, lat, lon, distinct events) of the located events matching ``q``."""
        clauses, params = self._event_where(q)
        clauses.append("e.location_name IS NOT NULL")
        return [tuple(r) for r in self.conn.execute(
            "SELECT e.location_name, e.location_country, AVG(e.lat), AVG(e.lon),"
            " COUNT(DISTINCT e.cluster_id) FROM events e WHERE " + " AND ".join(clauses)
            + " GROUP BY 1, 2 ORDER BY 5 DESC, 1, 2 LIMIT ?", [*params, limit])]

    # -- stories --------------------------------------------------------------------------------
    def story_page(self, limit: int, cursor: str | None = None, search: str | None = None) -> Page:
        """Stories (same-story article clusters), the one with the latest article first."""
        clauses: list[str] = ["a.story_id IS NOT NULL"]
        params: list[object] = []
        if search:
            clauses.append(f"a.story_id IN (SELECT story_id FROM articles WHERE title {self.like} ?)")
            params.append(f"%{search}%")
        found, next_cursor = Groups("articles a", "a.story_id", clauses, params, STORY_ORDER).page(
            self.conn, limit, cursor)
        return Page(self.stories(found), next_cursor)

    def stories(self, story_ids: list[str]) -> list[StorySummary]:
        if not story_ids:
            return []
        marks = ",".join("?" for _ in story_ids)
        concat = "string_agg(DISTINCT {}, ',')" if self.dialect.postgresql else "GROUP_CONCAT(DISTINCT {})"
        rows = {r[0]: r for r in self.conn.execute(
            "SELECT a.story_id, MAX(a.published), MIN(a.published), COUNT(*),"
            f" {concat.format('a.language')}, {concat.format('a.source')},"
            " (SELECT title FROM articles t WHERE t.story_id = a.story_id ORDER BY t.published, t.id LIMIT 1)"
            f" FROM articles a WHERE a.story_id IN ({marks}) GROUP BY a.story_id", story_ids)}
        return [StorySummary(id=r[0], last_published=r[1], first_published=r[2], articles=r[3],
                             languages=sorted(r[4].split(",")) if r[4] else [],
                             sources=sorted(r[5].split(",")) if r[5] else [], title=r[6])
                for r in (rows[i] for i in story_ids)]

    def story_articles(self, story_id: str) -> list[str]:
        """The text_sha256 of each article of a story, by publication date."""
        return [r[0] for r in self.conn.execute(
            "SELECT text_sha256 FROM articles WHERE story_id = ? ORDER BY published, id", (story_id,))]

    def shared_clusters(self, story_id: str) -> list[str]:
        """Events reported by at least two articles of the story."""
        return [r[0] for r in self.conn.execute(
            "SELECT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id WHERE a.story_id = ?"
            " GROUP BY e.cluster_id HAVING COUNT(DISTINCT e.article_id) >= 2 ORDER BY MIN(e.day_start), e.cluster_id",
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
            "SELECT o.actor_id, MIN(COALESCE(r.name, o.actor_id)), COUNT(DISTINCT e.cluster_id)"
            " FROM event_actors me JOIN event_actors o ON o.event_id = me.event_id"
            " JOIN events e ON e.id = me.event_id LEFT JOIN actors r ON r.id = o.actor_id"
            " WHERE me.actor_id = ? AND o.actor_id IS NOT NULL AND o.actor_id != me.actor_id"
            " GROUP BY o.actor_id ORDER BY 3 DESC, 1 LIMIT ?", (actor_id, limit))]

    def actor_clusters(self, actor_id: str, limit: int = 50) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT e.cluster_id FROM event_actors ea JOIN events e ON e.id = ea.event_id"
            " WHERE ea.actor_id = ? GROUP BY e.cluster_id ORDER BY MAX(e.day_start) DESC, e.cluster_id LIMIT ?",
            (actor_id, limit))]

    def actor_names(self, actor_ids: list[str]) -> dict[str, str]:
        if not actor_ids:
            return {}
        marks = ",".join("?" for _ in actor_ids)
        return dict(self.conn.execute(
            f"SELECT id, name FROM actors WHERE id IN ({marks})", actor_ids).fetchall())


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
