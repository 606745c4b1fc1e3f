"""Queries over the store, returning typed rows. Filters combine with AND; every one is optional."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from veille.consolidate.actors import name_key
from veille.consolidate.dates import bound_range
from veille.consolidate.events import SYMMETRIC_TYPES
from veille.store.rows import (
    ActorRow,
    ArticleRow,
    EventClusterRow,
    EventRow,
    EventSide,
    QuoteRow,
    RoleRow,
    Summary,
)


@dataclass(slots=True)
class Filters:
    """What a query keeps. Dates: YYYY, YYYY-MM or YYYY-MM-DD (``until`` includes its whole period)."""

    since: str | None = None
    until: str | None = None
    type: str | None = None  # PLOVER event type(s), comma-separated
    actor: str | None = None  # name or alias substring, registry id, or actor code
    country: str | None = None  # a code on either side (events), the actor's country (actors...)
    search: str | None = None  # full text: event evidence, quote text, article title
    speaker: str | None = None  # quotes: speaker name substring or registry id
    name: str | None = None  # actors: name or alias substring, or registry id
    limit: int | None = None


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear (no FTS syntax errors possible)."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'


class _Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[object] = []

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _in(values: list[str] | set[str]) -> str:
    return ",".join("?" for _ in values) or "NULL"


class Reader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- helpers -------------------------------------------------------------------------------
    def matching_actor_ids(self, text: str) -> list[str]:
        """Registry ids whose id, name or any alias matches ``text`` (substring, accents ignored)."""
        key = name_key(text)
        if not key:
            return [r[0] for r in self.conn.execute("SELECT id FROM actors WHERE id = ?", (text,))]
        like = f"%{key}%"
        rows = self.conn.execute(
            "SELECT id FROM actors WHERE id = ? OR name_key LIKE ?"
            " UNION SELECT actor_id FROM actor_aliases WHERE alias_key LIKE ?",
            (text, like, like)).fetchall()
        return [r[0] for r in rows]

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
        w = self._published_within(f)
        if f.search:
            w.add("a.id IN (SELECT article_id FROM search_index WHERE search_index MATCH ?)",
                  fts_query(f.search))
        if f.actor:
            ids = self.matching_actor_ids(f.actor)
            w.add(f"a.id IN (SELECT article_id FROM article_actors WHERE actor_id IN ({_in(ids)}))", *ids)
        if f.country:
            w.add("a.id IN (SELECT article_id FROM article_actors WHERE country = ?)", f.country.upper())
        if f.type:
            types = _types(f.type)
            w.add(f"a.id IN (SELECT article_id FROM events WHERE event IN ({_in(types)}))", *types)
        tail = w.sql() + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC" + _limit(f, w)
        return self._article_rows(tail, w.params)

    def _article_rows(self, tail: str, params: list[object]) -> list[ArticleRow]:
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
    def _event_where(self, f: Filters) -> _Where:
        w = _Where()
        lo, hi = self._range(f)
        if lo:
            w.add("e.day_end >= ?", lo)
        if hi:
            w.add("e.day_start <= ?", hi)
        if f.type:
            types = _types(f.type)
            w.add(f"e.event IN ({_in(types)})", *types)
        if f.actor:
            ids = self.matching_actor_ids(f.actor)
            w.add(f"e.id IN (SELECT event_id FROM event_actors WHERE code = ? OR actor_id IN ({_in(ids)}))",
                  f.actor.upper(), *ids)
        if f.country:
            code = f.country.upper()
            # the code as the article gave it (Rutte was NLD in 2023, NATO in 2024)
            w.add("e.id IN (SELECT event_id FROM event_actors WHERE code = ?)", code)
        if f.search:
            q = fts_query(f.search)
            w.add("(e.id IN (SELECT rowid / 4 FROM search_index WHERE search_index MATCH ? AND kind = 'event')"
                  " OR e.article_id IN (SELECT article_id FROM search_index"
                  " WHERE search_index MATCH ? AND kind = 'title'))", q, q)
        return w

    _EVENT_COLUMNS = (
        "e.id, e.uid, a.doc_id, a.text_sha256, e.event, e.mode, e.context, e.status, e.date, e.enddate,"
        " e.date_precision, e.location_name, e.location_country, e.lat, e.lon, e.geonameid,"
        " e.evidence, e.start, e.\"end\", e.confidence, e.cluster_id, a.published, a.title, a.url")

    def _event_rows(self, sql: str, params: list[object]) -> list[EventRow]:
        rows = self.conn.execute(sql, params).fetchall()
        sides: dict[int, dict[str, list[EventSide]]] = defaultdict(lambda: {"actor": [], "recipient": []})
        ids = [r[0] for r in rows]
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            for event_id, side, actor_id, code, sector, text in self.conn.execute(
                    f"SELECT event_id, side, actor_id, code, sector, text FROM event_actors"  # noqa: S608
                    f" WHERE event_id IN ({_in(chunk)}) ORDER BY rowid", chunk):
                sides[event_id][side].append(EventSide(actor_id, code, json.loads(sector), text))
        return [EventRow(id=r[1], article_id=r[2], article_sha256=r[3], event=r[4], mode=r[5],
                         context=json.loads(r[6]), status=r[7], actor=sides[r[0]]["actor"],
                         recipient=sides[r[0]]["recipient"], date=r[8], enddate=r[9],
                         date_precision=r[10], location=r[11], location_country=r[12], lat=r[13],
                         lon=r[14], geonameid=r[15], evidence=r[16], start=r[17], end=r[18],
                         confidence=r[19], cluster_id=r[20], published=r[21], title=r[22], url=r[23])
                for r in rows]

    def events(self, f: Filters) -> list[EventRow]:
        """Every report of every event (one row per article's event)."""
        w = self._event_where(f)
        sql = (f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               + w.sql() + " ORDER BY e.day_start IS NULL, e.day_start DESC, e.id" + _limit(f, w))
        return self._event_rows(sql, w.params)

    def iter_events(self, f: Filters, batch: int = 1000) -> Iterator[EventRow]:
        """Like ``events`` (without its limit) but streamed in batches, for exports of large stores."""
        last = 0
        while True:
            w = self._event_where(f)
            w.add("e.id > ?", last)
            ids = [r[0] for r in self.conn.execute(
                "SELECT e.id FROM events e" + w.sql() + f" ORDER BY e.id LIMIT {int(batch)}", w.params)]
            if not ids:
                return
            last = ids[-1]
            yield from self._event_rows(
                f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
                f" WHERE e.id IN ({_in(ids)}) ORDER BY e.id", list(ids))

    def events_by_id(self, uids: list[str]) -> list[EventRow]:
        if not uids:
            return []
        return self._event_rows(
            f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE e.uid IN ({_in(uids)}) ORDER BY e.id", list(uids))

    def event_clusters(self, f: Filters) -> list[EventClusterRow]:
        """One row per real-world event: the clusters with at least one report matching ``f``."""
        w = self._event_where(f)
        sql = ("SELECT e.cluster_id, MAX(COALESCE(e.day_start, '')) AS d FROM events e" + w.sql()
               + " GROUP BY e.cluster_id ORDER BY d DESC, MIN(e.id)" + _limit(f, w))
        cluster_ids = [r[0] for r in self.conn.execute(sql, w.params)]
        if not cluster_ids:
            return []
        members = self._event_rows(
            f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE e.cluster_id IN ({_in(cluster_ids)}) ORDER BY e.id", list(cluster_ids))
        by_cluster: dict[str, list[EventRow]] = defaultdict(list)
        for m in members:
            by_cluster[m.cluster_id].append(m)
        return [_cluster_row(cid, by_cluster[cid]) for cid in cluster_ids if by_cluster[cid]]

    # -- actors --------------------------------------------------------------------------------
    def actors(self, f: Filters) -> list[ActorRow]:
        w = _Where()
        needle = f.name or f.actor
        if needle:
            ids = self.matching_actor_ids(needle)
            w.add(f"r.id IN ({_in(ids)})", *ids)
        if f.country:
            # now, or as any article coded it (actors --country NLD lists Rutte)
            w.add("(r.country = ? OR r.id IN (SELECT actor_id FROM article_actors WHERE country = ?))",
                  f.country.upper(), f.country.upper())
        lo, hi = self._range(f)
        if lo or hi:
            w.add("r.id IN (SELECT aa.actor_id FROM article_actors aa JOIN articles a ON a.id = aa.article_id"
                  " WHERE a.published >= ? AND a.published <= ?)", lo or "0000", hi or "9999")
        if f.search:
            w.add("r.id IN (SELECT aa.actor_id FROM article_actors aa WHERE aa.article_id IN"
                  " (SELECT article_id FROM search_index WHERE search_index MATCH ?))", fts_query(f.search))
        sql = ("SELECT r.id, r.name, r.kind, r.country, r.sector, r.first_seen, r.last_seen,"
               " COALESCE(SUM(aa.mentions), 0), COUNT(DISTINCT aa.article_id)"
               " FROM actors r LEFT JOIN article_actors aa ON aa.actor_id = r.id" + w.sql()
               + " GROUP BY r.id ORDER BY 8 DESC, r.name" + _limit(f, w))
        out = [ActorRow(id=r[0], name=r[1], kind=r[2], country=r[3], sector=json.loads(r[4]),
                        first_seen=r[5], last_seen=r[6], mentions=r[7], articles=r[8])
               for r in self.conn.execute(sql, w.params)]
        for row in out:
            row.aliases = [a for (a,) in self.conn.execute(
                "SELECT alias FROM actor_aliases WHERE actor_id=? GROUP BY alias_key"
                " ORDER BY SUM(count) DESC, alias LIMIT 20", (row.id,))]
            row.roles = self.roles(row.id)
        return out

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
    def quotes(self, f: Filters) -> list[QuoteRow]:
        w = self._published_within(f)
        who = f.speaker or f.actor
        if who:
            ids = self.matching_actor_ids(who)
            w.add(f"(q.speaker_id IN ({_in(ids)}) OR q.speaker_name LIKE ? OR q.speaker_text LIKE ?)",
                  *ids, f"%{who}%", f"%{who}%")
        if f.country:
            w.add("EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article_id = q.article_id"
                  " AND aa.actor_id = q.speaker_id AND aa.country = ?)", f.country.upper())
        if f.search:
            w.add("q.id IN (SELECT rowid / 4 FROM search_index WHERE search_index MATCH ? AND kind = 'quote')",
                  fts_query(f.search))
        sql = ("SELECT a.doc_id, q.text, q.start, q.\"end\", q.direct, COALESCE(r.name, q.speaker_name),"
               " q.speaker_id, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
               " LEFT JOIN actors r ON r.id = q.speaker_id" + w.sql()
               + " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.start" + _limit(f, w))
        return [QuoteRow(article_id=r[0], text=r[1], start=r[2], end=r[3], direct=bool(r[4]),
                         speaker=r[5], speaker_id=r[6], published=r[7], title=r[8])
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
        return self._article_rows(" WHERE a.id = ?", [row[0]])[0]


def _types(value: str) -> list[str]:
    return [t.strip().upper() for t in value.split(",") if t.strip()]


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
    dates = [m.date for m in members if m.date]
    precise = [d for d in dates if len(d) >= 10] or dates
    article_ids: list[str] = []
    for m in members:
        if m.article_id not in article_ids:
            article_ids.append(m.article_id)
    published = [m.published for m in members if m.published]
    located = next((m for m in members if m.location), None)
    return EventClusterRow(
        cluster_id=cluster_id, event=best.event, mode=best.mode,
        date=max(set(precise), key=precise.count) if precise else None,
        enddate=best.enddate, actor=actor, recipient=recipient,
        location=located.location if located else None,
        location_country=located.location_country if located else None,
        evidence=best.evidence, reports=len(members), articles=len(article_ids),
        first_published=min(published) if published else None,
        event_ids=[m.id for m in members], article_ids=article_ids)
