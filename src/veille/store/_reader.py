"""Queries over the store, returning typed rows. Filters combine with AND; every one is optional."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import KW_ONLY, dataclass, replace
from datetime import date
from functools import cached_property

from veille.consolidate.actors import name_key
from veille.consolidate.dates import bound_range
from veille.consolidate.events import SYMMETRIC_TYPES
from veille.errors import QueryError
from veille.query._ontology import (
    check_modes,
    check_precisions,
    check_sectors,
    check_statuses,
    check_types,
    split_values,
)
from veille.query.resolver import ActorMatch, Resolver
from veille.query.search import fts_query as _translated_query
from veille.store._dialect import SQLITE, Dialect
from veille.store.rows import (
    ActorRow,
    ArticleRow,
    EventClusterRow,
    EventRow,
    EventSide,
    FacetRow,
    PlaceRow,
    QuoteRow,
    RoleRow,
    Summary,
)


@dataclass(slots=True)
class Filters:
    """What a query keeps. Dates: YYYY, YYYY-MM or YYYY-MM-DD (``until`` includes its whole period); an
    event is kept when all the days it may fall in are inside (``overlap=True``: any of them).

    The first nine fields keep their place and meaning; the others are keyword-only."""

    since: str | None = None
    until: str | None = None
    type: str | None = None  # PLOVER event type(s), comma-separated
    actor: str | None = None  # code, country name, acronym, person's name or registry id (events: either side)
    country: str | None = None  # a code on either side (events), the actor's country (actors...)
    search: str | None = None  # full text: event evidence, quote text, article title
    speaker: str | None = None  # quotes: speaker name substring or registry id
    name: str | None = None  # actors: name or alias substring, or registry id
    limit: int | None = None
    _: KW_ONLY
    # ``actor`` names the actor side only (the CLI's --actor); False: either side, as before
    actor_side: bool = False
    recipient: str | None = None  # events: on the recipient side (code, country name, acronym, person)
    party: str | None = None  # events: on either side
    mode: str | None = None  # PLOVER mode(s), comma-separated
    status: str | None = None  # actual, future, hypothetical, negated (comma-separated)
    min_confidence: float | None = None
    lang: str | None = None  # the article's language(s), comma-separated
    place: str | None = None  # a place name in any language, a GeoNames id, or a country (all inside)
    story: str | None = None  # a story id
    sector: str | None = None  # events: an actor of this PLOVER sector (GOV, MIL...) on either side
    precision: str | None = None  # events' date precision(s): day, week, month, quarter, year
    event_id: str | None = None  # an event (cluster) id, or one report's id
    overlap: bool = False  # dates: also events that may only partly fall in the period
    translate: bool = True  # search: a place's name also finds its other names (Syrie = Syria)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear (no FTS syntax errors possible)."""
    return _translated_query(text, translate=False)


class _Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[object] = []

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def qmarks(values: Collection[str] | Collection[int]) -> str:
    return ",".join("?" for _ in values) or "NULL"


class Reader:
    def __init__(self, conn: sqlite3.Connection, dialect: Dialect = SQLITE) -> None:
        self.conn = conn
        self.dialect = dialect

    # -- helpers -------------------------------------------------------------------------------
    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.conn)

    def matching_actor_ids(self, text: str) -> list[str]:
        """Registry ids whose id, name or any alias matches ``text`` (substring, accents ignored)."""
        return self.resolver.registry_ids(text)

    def _search(self, f: Filters, kind: str | None = None) -> tuple[str, list[object]]:
        """``search_index`` rows matching the search filter (of one ``kind``): (condition, params)."""
        clause, params = self.dialect.match(_translated_query(f.search or "", translate=f.translate))
        if kind:
            clause += f" AND kind = '{kind}'"
        return clause, params

    def _sides(self, w: _Where, match: ActorMatch, side: str | None) -> None:
        """Events with ``match`` on ``side`` (None: either side)."""
        clause = f"(code IN ({qmarks(match.codes)}) OR actor_id IN ({qmarks(match.actor_ids)}))"
        params: list[object] = [*match.codes, *match.actor_ids]
        if side:
            clause = f"side = ? AND {clause}"
            params.insert(0, side)
        w.add(f"e.id IN (SELECT event_id FROM event_actors WHERE {clause})", *params)

    def _article_filters(self, w: _Where, f: Filters, article: str) -> None:
        """Language and story: conditions on the article whose id is the SQL ``article``."""
        if f.lang:
            langs = [v.lower() for v in split_values(f.lang)]
            stored = [lang for (lang,) in self.conn.execute(
                "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1")]
            for lang in langs:
                if lang not in stored:
                    raise QueryError(f"--lang {lang!r}: no article in that language (stored: "
                                     f"{', '.join(stored) or 'none'})")
            w.add(f"{article} IN (SELECT id FROM articles WHERE language IN ({qmarks(langs)}))", *langs)
        if f.story:
            if self.conn.execute("SELECT 1 FROM articles WHERE story_id = ? LIMIT 1", (f.story,)).fetchone() is None:
                raise QueryError(f"--story {f.story!r}: no story with that id (`veille articles` shows them)")
            w.add(f"{article} IN (SELECT id FROM articles WHERE story_id = ?)", f.story)

    def _range(self, f: Filters) -> tuple[str | None, str | None]:
        return bound_range(f.since, f.until)

    def _published_within(self, f: Filters) -> _Where:
        """Conditions keeping articles published within the filters' dates."""
        w = _Where()
        lo, hi = self._range(f)
        if lo:
            w.add("a.published >= ?", lo)
        if hi:
            w.add("a.published <= ?", hi)
        return w

    # -- articles ------------------------------------------------------------------------------
    def articles(self, f: Filters) -> list[ArticleRow]:
        w = self.article_where(f)
        tail = w.sql() + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC" + _limit(f, w)
        return self.article_rows(tail, w.params)

    def article_where(self, f: Filters) -> _Where:
        w = self._published_within(f)
        if f.search:
            clause, params = self._search(f)
            w.add(f"a.id IN (SELECT article_id FROM search_index WHERE {clause})", *params)
        if f.actor:
            ids = list(self.resolver.actor(f.actor).actor_ids)
            w.add(f"a.id IN (SELECT article_id FROM article_actors WHERE actor_id IN ({qmarks(ids)}))", *ids)
        if f.country:
            w.add("a.id IN (SELECT article_id FROM article_actors WHERE country = ?)",
                  self.resolver.country(f.country))
        if f.type:
            types = check_types(f.type)
            w.add(f"a.id IN (SELECT article_id FROM events WHERE event IN ({qmarks(types)}))", *types)
        self._article_filters(w, f, "a.id")
        return w

    def article_rows(self, tail: str, params: list[object]) -> list[ArticleRow]:
        sql = ("SELECT a.doc_id, a.text_sha256, a.title, a.published, a.language, a.source, a.url,"
               " a.status, a.story_id, a.analysed_at,"
               " (SELECT COUNT(*) FROM article_actors x WHERE x.article_id = a.id),"
               " (SELECT COUNT(*) FROM events x WHERE x.article_id = a.id),"
               " (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id)"
               " FROM articles a" + tail)
        return [ArticleRow(id=r[0], text_sha256=r[1], title=r[2], published=r[3], language=r[4],
                           source=r[5], url=r[6], status=r[7], story_id=r[8], analysed_at=r[9],
                           actors=r[10], events=r[11], quotes=r[12])
                for r in self.conn.execute(sql, params)]

    # -- events --------------------------------------------------------------------------------
    def event_where(self, f: Filters) -> _Where:
        w = _Where()
        lo, hi = self._range(f)
        # an event is in a period when all the days it may fall in are (--overlap: any of them)
        if lo:
            w.add("e.day_end >= ?" if f.overlap else "e.day_start >= ?", lo)
        if hi:
            w.add("e.day_start <= ?" if f.overlap else "e.day_end <= ?", hi)
        for column, values in (("e.event", check_types(f.type)), ("e.mode", check_modes(f.mode)),
                               ("e.status", check_statuses(f.status)),
                               ("e.date_precision", check_precisions(f.precision))):
            if values:
                w.add(f"{column} IN ({qmarks(values)})", *values)
        if f.actor:
            self._sides(w, self.resolver.actor(f.actor), "actor" if f.actor_side else None)
        if f.recipient:
            self._sides(w, self.resolver.actor(f.recipient, "--recipient"), "recipient")
        if f.party:
            self._sides(w, self.resolver.actor(f.party, "--party"), None)
        if f.country:
            # the code as the article gave it (Rutte was NLD in 2023, NATO in 2024)
            w.add("e.id IN (SELECT event_id FROM event_actors WHERE code = ?)", self.resolver.country(f.country))
        if f.min_confidence is not None:
            w.add("e.confidence >= ?", f.min_confidence)
        for sector in check_sectors(f.sector):
            w.add("e.id IN (SELECT event_id FROM event_actors WHERE sector LIKE ?)", f'%"{sector}"%')
        if f.place:
            self._place(w, f.place)
        if f.event_id:
            w.add("(e.cluster_id = ? OR e.uid = ?)", f.event_id, f.event_id)
        self._article_filters(w, f, "e.article_id")
        if f.search:
            events, params = self._search(f, "event")
            titles, more = self._search(f, "title")
            w.add(f"(e.id IN (SELECT rowid / 4 FROM search_index WHERE {events})"
                  f" OR e.article_id IN (SELECT article_id FROM search_index WHERE {titles}))", *params, *more)
        return w

    def _place(self, w: _Where, text: str) -> None:
        match = self.resolver.place(text)
        names = [n for (n,) in self.conn.execute(
            "SELECT DISTINCT location_name FROM events WHERE location_name IS NOT NULL")
            if name_key(n) in match.name_keys]
        w.add(f"(e.location_country IN ({qmarks(match.countries)}) OR e.geonameid IN ({qmarks(match.geonameids)})"
              f" OR e.location_name IN ({qmarks(names)}))", *match.countries, *match.geonameids, *names)

    _EVENT_COLUMNS = (
        "e.id, e.uid, a.doc_id, a.text_sha256, e.event, e.mode, e.context, e.status, e.date, e.enddate,"
        " e.date_precision, e.location_name, e.location_country, e.lat, e.lon, e.geonameid,"
        " e.evidence, e.start, e.\"end\", e.confidence, e.cluster_id, a.published, a.title, a.url,"
        " e.day_start, e.day_end, a.language")

    def _event_rows(self, sql: str, params: list[object]) -> list[EventRow]:
        rows = self.conn.execute(sql, params).fetchall()
        sides: dict[int, dict[str, list[EventSide]]] = defaultdict(lambda: {"actor": [], "recipient": []})
        ids = [r[0] for r in rows]
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            for event_id, side, actor_id, code, sector, text in self.conn.execute(
                    f"SELECT event_id, side, actor_id, code, sector, text FROM event_actors"  # noqa: S608
                    f" WHERE event_id IN ({qmarks(chunk)}) ORDER BY rowid", chunk):
                sides[event_id][side].append(EventSide(actor_id, code, json.loads(sector), text,
                                                       self.resolver.label(code, actor_id)))
        return [EventRow(id=r[1], article_id=r[2], article_sha256=r[3], event=r[4], mode=r[5],
                         context=json.loads(r[6]), status=r[7], actor=sides[r[0]]["actor"],
                         recipient=sides[r[0]]["recipient"], date=r[8], enddate=r[9],
                         date_precision=r[10], location=r[11], location_country=r[12], lat=r[13],
                         lon=r[14], geonameid=r[15], evidence=r[16], start=r[17], end=r[18],
                         confidence=r[19], cluster_id=r[20], published=r[21], title=r[22], url=r[23],
                         day_start=r[24], day_end=r[25], language=r[26])
                for r in rows]

    def events(self, f: Filters) -> list[EventRow]:
        """Every report of every event (one row per article's event)."""
        w = self.event_where(f)
        sql = (f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               + w.sql() + " ORDER BY e.day_start IS NULL, e.day_start DESC, e.id" + _limit(f, w))
        return self._event_rows(sql, w.params)

    def iter_events(self, f: Filters, batch: int = 1000) -> Iterator[EventRow]:
        """Like ``events`` (without its limit) but streamed in batches, for exports of large stores."""
        last = 0
        while True:
            w = self.event_where(f)
            w.add("e.id > ?", last)
            ids = [r[0] for r in self.conn.execute(
                "SELECT e.id FROM events e" + w.sql() + f" ORDER BY e.id LIMIT {int(batch)}", w.params)]
            if not ids:
                return
            last = ids[-1]
            yield from self._event_rows(
                f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
                f" WHERE e.id IN ({qmarks(ids)}) ORDER BY e.id", list(ids))

    def events_by_id(self, uids: list[str]) -> list[EventRow]:
        if not uids:
            return []
        return self._event_rows(
            f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE e.uid IN ({qmarks(uids)}) ORDER BY e.id", list(uids))

    def event_clusters(self, f: Filters) -> list[EventClusterRow]:
        """One row per real-world event: the clusters with at least one report matching ``f``."""
        w = self.event_where(f)
        sql = ("SELECT e.cluster_id, MAX(COALESCE(e.day_start, '')) AS d FROM events e" + w.sql()
               + " GROUP BY e.cluster_id ORDER BY d DESC, MIN(e.id)" + _limit(f, w))
        return self.clusters([r[0] for r in self.conn.execute(sql, w.params)])

    def clusters(self, cluster_ids: list[str]) -> list[EventClusterRow]:
        """These real-world events, in this order, each with every report of it."""
        members = self.cluster_reports(cluster_ids)
        by_cluster: dict[str, list[EventRow]] = defaultdict(list)
        for m in members:
            by_cluster[m.cluster_id].append(m)
        return [_cluster_row(cid, by_cluster[cid]) for cid in cluster_ids if by_cluster[cid]]

    def cluster_reports(self, cluster_ids: list[str]) -> list[EventRow]:
        """Every report of these real-world events, in storage order."""
        if not cluster_ids:
            return []
        return self._event_rows(
            f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE e.cluster_id IN ({qmarks(cluster_ids)}) ORDER BY e.id", list(cluster_ids))

    # -- actors --------------------------------------------------------------------------------
    def actors(self, f: Filters) -> list[ActorRow]:
        w = self.actor_where(f)
        sql = ("SELECT r.id, r.name, r.kind, r.country, r.sector, r.first_seen, r.last_seen,"
               " COALESCE(SUM(aa.mentions), 0), COUNT(DISTINCT aa.article_id)"
               " FROM actors r LEFT JOIN article_actors aa ON aa.actor_id = r.id" + w.sql()
               + " GROUP BY r.id ORDER BY 8 DESC, r.name" + _limit(f, w))
        out = [ActorRow(id=r[0], name=r[1], kind=r[2], country=r[3], sector=json.loads(r[4]),
                        first_seen=r[5], last_seen=r[6], mentions=r[7], articles=r[8])
               for r in self.conn.execute(sql, w.params)]
        for row in out:
            self.fill_actor(row)
        return out

    def actor_where(self, f: Filters) -> _Where:
        """The actor filters (``r`` is the actors table): name or alias, country now or as any article
        coded it, the dates of the articles naming it, words of those articles."""
        w = _Where()
        needle = f.name or f.actor
        if needle:
            ids = list(self.resolver.actor(needle, "--name").actor_ids)
            w.add(f"r.id IN ({qmarks(ids)})", *ids)
        if f.country:
            # now, or as any article coded it (actors --country NLD lists Rutte)
            code = self.resolver.country(f.country)
            w.add("(r.country = ? OR r.id IN (SELECT actor_id FROM article_actors WHERE country = ?))", code, code)
        lo, hi = self._range(f)
        if lo or hi:
            w.add("r.id IN (SELECT aa.actor_id FROM article_actors aa JOIN articles a ON a.id = aa.article_id"
                  " WHERE a.published >= ? AND a.published <= ?)", lo or "0000", hi or "9999")
        if f.search:
            clause, params = self._search(f)
            w.add("r.id IN (SELECT aa.actor_id FROM article_actors aa WHERE aa.article_id IN"
                  f" (SELECT article_id FROM search_index WHERE {clause}))", *params)
        return w

    def fill_actor(self, row: ActorRow) -> None:
        """An actor row's most used aliases and its dated roles."""
        row.aliases = [a for (a,) in self.conn.execute(
            f"SELECT {self.dialect.bare('alias')} FROM actor_aliases WHERE actor_id=? GROUP BY alias_key"
            " ORDER BY SUM(count) DESC, 1 LIMIT 20", (row.id,))]
        row.roles = self.roles(row.id)

    def roles(self, actor_id: str) -> list[RoleRow]:
        """The actor's roles, one row per distinct role, dated by the articles stating it."""
        groups: dict[tuple[str, str | None, str], RoleRow] = {}
        for role, country, affiliation, sector, published, doc_id, evidence in self.conn.execute(
                "SELECT r.role, r.country, r.affiliation, r.sector, r.published, a.doc_id, r.evidence"
                " FROM actor_roles r JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ?"
                " ORDER BY r.published IS NULL, r.published, r.id", (actor_id,)):
            key = (name_key(role), country, name_key(affiliation or ""))
            row = groups.get(key)
            if row is None:
                groups[key] = RoleRow(role=role, country=country, affiliation=affiliation,
                                      sector=json.loads(sector), first_seen=published,
                                      last_seen=published, reports=1, article_id=doc_id,
                                      evidence=evidence)
            else:
                row.reports += 1
                if published and (row.last_seen is None or published > row.last_seen):
                    row.last_seen = published
        return sorted(groups.values(), key=lambda r: (r.first_seen is None, r.first_seen or ""))

    # -- quotes --------------------------------------------------------------------------------
    def _speaker_ids(self, who: str) -> list[str]:
        """Registry ids for a speaker filter; a name only some quote's unregistered speaker bears is
        kept (no ids); a name nobody bears raises QueryError with the closest names."""
        try:
            return list(self.resolver.actor(who, "--speaker").actor_ids)
        except QueryError:
            if self.conn.execute("SELECT 1 FROM quotes WHERE speaker_name LIKE ? OR speaker_text LIKE ? LIMIT 1",
                                 (f"%{who}%", f"%{who}%")).fetchone():
                return []
            raise

    def quotes(self, f: Filters) -> list[QuoteRow]:
        w = self.quote_where(f)
        sql = ("SELECT a.doc_id, q.text, q.start, q.\"end\", q.direct, COALESCE(r.name, q.speaker_name),"
               " q.speaker_id, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
               " LEFT JOIN actors r ON r.id = q.speaker_id" + w.sql()
               + " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.start" + _limit(f, w))
        return [QuoteRow(article_id=r[0], text=r[1], start=r[2], end=r[3], direct=bool(r[4]),
                         speaker=r[5], speaker_id=r[6], published=r[7], title=r[8])
                for r in self.conn.execute(sql, w.params)]

    def quote_where(self, f: Filters) -> _Where:
        w = self._published_within(f)
        who = f.speaker or f.actor
        if who:
            ids = self._speaker_ids(who)
            w.add(f"(q.speaker_id IN ({qmarks(ids)}) OR q.speaker_name LIKE ? OR q.speaker_text LIKE ?)",
                  *ids, f"%{who}%", f"%{who}%")
        if f.country:
            w.add("EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article_id = q.article_id"
                  " AND aa.actor_id = q.speaker_id AND aa.country = ?)", self.resolver.country(f.country))
        self._article_filters(w, f, "q.article_id")
        if f.search:
            clause, params = self._search(f, "quote")
            w.add(f"q.id IN (SELECT rowid / 4 FROM search_index WHERE {clause})", *params)
        return w

    # -- facets --------------------------------------------------------------------------------
    def facets(self, kind: str, by: str, f: Filters, *, min_languages: int = 0) -> list[FacetRow]:
        """Counts of the ``kind`` records (events, quotes, articles) passing ``f``, per value of ``by``
        (``FACETS[kind]``): distinct events (clusters), quotes or articles; biggest first."""
        keys = FACETS.get(kind)
        if keys is None:
            raise QueryError(f"facets: no record kind {kind!r} (one of {', '.join(FACETS)})")
        if by not in keys:
            raise QueryError(f"--by {by!r}: {kind} have no such facet (one of {', '.join(keys)})")
        value, join = keys[by]
        limit, f = f.limit, replace(f, limit=None)
        if kind == "events":
            w = self.event_where(f)
            sql = (f"SELECT {value}, e.cluster_id, e.id, a.id, a.language FROM events e"
                   f" JOIN articles a ON a.id = e.article_id{join}")
        elif kind == "quotes":
            w = self.quote_where(f)
            sql = (f"SELECT {value}, q.id, q.id, a.id, a.language FROM quotes q"
                   f" JOIN articles a ON a.id = q.article_id{join}")
        else:
            w = self.article_where(f)
            sql = f"SELECT {value}, a.id, a.id, a.id, a.language FROM articles a{join}"
        groups: dict[str | None, tuple[set, set, set, set]] = {}
        for key, unit, report, article, lang in self.conn.execute(sql + w.sql(), w.params):
            if by == "week":
                key = _week(key)
            g = groups.setdefault(None if key is None else str(key), (set(), set(), set(), set()))
            g[0].add(unit)
            g[1].add(report)
            g[2].add(article)
            if lang:
                g[3].add(lang)
        out = [FacetRow(value=k, label=self._facet_label(by, k), count=len(g[0]), reports=len(g[1]),
                        articles=len(g[2]), languages=sorted(g[3]))
               for k, g in groups.items() if len(g[3]) >= min_languages]
        if by in ("day", "week", "month", "year"):
            out.sort(key=lambda r: (r.value is None, r.value or ""))
        else:
            out.sort(key=lambda r: (-r.count, r.value is None, r.value or ""))
        return out[:limit] if limit else out

    def _facet_label(self, by: str, value: str | None) -> str:
        if value is None:
            return "(none)"
        if by in ("actor", "recipient", "party", "speaker"):
            return self.resolver.label(value, value if ":" in value else None)
        if by == "country":
            return self.resolver.label(value)
        if by == "story":
            row = self.conn.execute("SELECT title FROM articles WHERE story_id = ? ORDER BY published, id"
                                    " LIMIT 1", (value,)).fetchone()
            return (row[0] if row and row[0] else value)
        return value

    # -- places --------------------------------------------------------------------------------
    def places(self, f: Filters) -> list[PlaceRow]:
        """Places named in the stored articles (metonyms aside), with mentions, articles and the
        distinct events located there; most mentioned first."""
        w = self._published_within(f)
        w.add("p.metonym = 0")
        self._article_filters(w, f, "p.article_id")
        if f.country:
            w.add("p.country = ?", self.resolver.country(f.country))
        if f.place:
            match = self.resolver.place(f.place)
            names = [n for (n,) in self.conn.execute("SELECT DISTINCT name FROM places WHERE name IS NOT NULL")
                     if name_key(n) in match.name_keys]
            w.add(f"(p.country IN ({qmarks(match.countries)}) OR p.geonameid IN ({qmarks(match.geonameids)})"
                  f" OR p.name IN ({qmarks(names)}))", *match.countries, *match.geonameids, *names)
        bare = self.dialect.bare
        country, geonameid, name = bare("p.country"), bare("p.geonameid"), bare("p.name")
        sql = (f"SELECT {bare('COALESCE(p.name, p.text)')}, {country}, {geonameid}, MAX(p.lat), MAX(p.lon),"
               " MAX(p.feature), COUNT(*), COUNT(DISTINCT p.article_id), MIN(a.published), MAX(a.published),"
               # a country contains the events located anywhere inside it
               " (SELECT COUNT(DISTINCT e.cluster_id) FROM events e WHERE (MAX(p.feature) = 'PCLI'"
               f"  AND e.location_country = {country}) OR ({geonameid} IS NOT NULL AND e.geonameid = {geonameid})"
               f"  OR ({geonameid} IS NULL AND e.location_name = {name}))"
               " FROM places p JOIN articles a ON a.id = p.article_id" + w.sql()
               + f" GROUP BY {self.dialect.place_group} ORDER BY 7 DESC, 1, 3" + _limit(f, w))
        return [PlaceRow(name=r[0], country=r[1], country_name=self.resolver.label(r[1]) if r[1] else None,
                         geonameid=r[2], lat=r[3], lon=r[4], feature=r[5], mentions=r[6], articles=r[7],
                         events=r[10], first_seen=r[8], last_seen=r[9])
                for r in self.conn.execute(sql, w.params)]

    # -- the rest ------------------------------------------------------------------------------
    def summary(self) -> Summary:
        def one(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        languages = {str(lang): n for lang, n in self.conn.execute(
            "SELECT COALESCE(language, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")}
        return Summary(
            articles=one("SELECT COUNT(*) FROM articles"),
            stories=one("SELECT COUNT(DISTINCT story_id) FROM articles"),
            actors=one("SELECT COUNT(*) FROM actors"),
            events=one("SELECT COUNT(*) FROM events"),
            event_clusters=one("SELECT COUNT(DISTINCT cluster_id) FROM events"),
            quotes=one("SELECT COUNT(*) FROM quotes"),
            languages=languages,
        )

    def document(self, doc_id: str) -> dict | None:
        """The stored document JSON of the latest article with that id (or text_sha256)."""
        row = self.conn.execute(
            "SELECT document_json FROM articles WHERE doc_id = ? OR text_sha256 = ? ORDER BY id DESC LIMIT 1",
            (doc_id, doc_id)).fetchone()
        return json.loads(row[0]) if row else None

    def article_text(self, doc_id: str) -> str | None:
        """The stored input text of the article with that text_sha256 (or the latest with that id)."""
        row = self.conn.execute(
            "SELECT text FROM articles WHERE text_sha256 = ? OR doc_id = ? ORDER BY text_sha256 = ? DESC,"
            " id DESC LIMIT 1", (doc_id, doc_id, doc_id)).fetchone()
        return row[0] if row else None

    def article(self, doc_id: str) -> ArticleRow | None:
        """One article by text_sha256 (or the latest with that document id)."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE text_sha256 = ? OR doc_id = ? ORDER BY text_sha256 = ? DESC,"
            " id DESC LIMIT 1", (doc_id, doc_id, doc_id)).fetchone()
        if row is None:
            return None
        return self.article_rows(" WHERE a.id = ?", [row[0]])[0]


def _limit(f: Filters, w: _Where) -> str:
    if f.limit is None:
        return ""
    w.params.append(int(f.limit))
    return " LIMIT ?"


def _cluster_row(cluster_id: str, members: list[EventRow]) -> EventClusterRow:
    best = max(members, key=lambda m: (m.confidence or 0.0, -members.index(m)))

    def codes(side: list[EventSide]) -> list[str]:
        return [c for c in (s.code or s.actor_id for s in side) if c]

    best_actor, best_recipient = set(codes(best.actor)), set(codes(best.recipient))
    actor: list[str] = []
    recipient: list[str] = []
    for m in members:
        m_actor, m_recipient = codes(m.actor), codes(m.recipient)
        if m.event in SYMMETRIC_TYPES and (len(best_actor & set(m_recipient)) + len(best_recipient & set(m_actor))
                                           > len(best_actor & set(m_actor)) + len(best_recipient & set(m_recipient))):
            m_actor, m_recipient = m_recipient, m_actor  # a report that saw it the other way round
        for side, out in ((m_actor, actor), (m_recipient, recipient)):
            for code in side:
                if code not in out:
                    out.append(code)
    names: dict[str, str] = {}
    for s in (s for m in members for s in m.actor + m.recipient):
        key = s.code or s.actor_id
        if key is not None:
            names[key] = s.name or key
    dates = [m.date for m in members if m.date]
    precise = [d for d in dates if len(d) >= 10] or dates
    chosen = max(set(precise), key=precise.count) if precise else None
    dated = next((m for m in members if m.date == chosen), best)
    article_ids: list[str] = []
    for m in members:
        if m.article_id not in article_ids:
            article_ids.append(m.article_id)
    published = [m.published for m in members if m.published]
    located = next((m for m in members if m.location), None)
    return EventClusterRow(
        cluster_id=cluster_id, event=best.event, mode=best.mode, date=chosen,
        enddate=best.enddate, actor=actor, recipient=recipient,
        location=located.location if located else None,
        location_country=located.location_country if located else None,
        evidence=best.evidence, reports=len(members), articles=len(article_ids),
        first_published=min(published) if published else None,
        event_ids=[m.id for m in members], article_ids=article_ids,
        actor_names=[names.get(c, c) for c in actor], recipient_names=[names.get(c, c) for c in recipient],
        status=best.status, confidence=best.confidence, date_precision=dated.date_precision,
        day_start=dated.day_start, day_end=dated.day_end,
        lat=located.lat if located else None, lon=located.lon if located else None,
        geonameid=located.geonameid if located else None,
        languages=sorted({m.language for m in members if m.language}))


def _week(day: str | None) -> str | None:
    if not day:
        return None
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


# facet keys of each record kind: (SQL of the value, SQL of the join it needs)
_DAY = "CASE WHEN {start} = {end} THEN {start} END"
_MONTH = "CASE WHEN substr({start}, 1, 7) = substr({end}, 1, 7) THEN substr({start}, 1, 7) END"
# what quotes and articles are counted by through their article: publication period, language, story
_ARTICLE_FACETS: dict[str, tuple[str, str]] = {
    "day": ("a.published", ""),
    "week": ("a.published", ""),
    "month": ("substr(a.published, 1, 7)", ""),
    "year": ("substr(a.published, 1, 4)", ""),
    "lang": ("a.language", ""),
    "story": ("a.story_id", ""),
}
FACETS: dict[str, dict[str, tuple[str, str]]] = {
    "events": {
        "type": ("e.event", ""),
        "mode": ("e.mode", ""),
        "status": ("e.status", ""),
        "precision": ("e.date_precision", ""),
        "day": (_DAY.format(start="e.day_start", end="e.day_end"), ""),
        "week": (_DAY.format(start="e.day_start", end="e.day_end"), ""),  # folded into ISO weeks
        "month": (_MONTH.format(start="e.day_start", end="e.day_end"), ""),
        "year": ("CASE WHEN substr(e.day_start, 1, 4) = substr(e.day_end, 1, 4) THEN substr(e.day_start, 1, 4) END",
                 ""),
        "actor": ("COALESCE(x.code, x.actor_id)", " JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'"),
        "recipient": ("COALESCE(x.code, x.actor_id)",
                      " JOIN event_actors x ON x.event_id = e.id AND x.side = 'recipient'"),
        "party": ("COALESCE(x.code, x.actor_id)", " JOIN event_actors x ON x.event_id = e.id"),
        "country": ("e.location_country", ""),
        "place": ("e.location_name", ""),
        "speaker": ("e.said_by", ""),
        "lang": ("a.language", ""),
        "story": ("a.story_id", ""),
    },
    "quotes": {
        "speaker": ("COALESCE(q.speaker_id, q.speaker_name)", ""),
        **_ARTICLE_FACETS,
        "direct": ("CASE WHEN q.direct <> 0 THEN 'direct' ELSE 'indirect' END", ""),
    },
    "articles": {
        **_ARTICLE_FACETS,
        "source": ("a.source", ""),
        "type": ("x.event", " JOIN events x ON x.article_id = a.id"),
        "actor": ("x.actor_id", " JOIN article_actors x ON x.article_id = a.id"),
        "country": ("x.country", " JOIN article_actors x ON x.article_id = a.id"),
        "place": ("x.name", " JOIN places x ON x.article_id = a.id AND x.metonym = 0"),
        "speaker": ("COALESCE(x.speaker_id, x.speaker_name)", " JOIN quotes x ON x.article_id = a.id"),
    },
}
