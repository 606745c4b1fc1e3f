"""The SQLite side of consolidation: the candidate rows ``veille.consolidate`` asks for, each through
an index (see :class:`veille.consolidate.CandidateSource`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta

from veille.consolidate.actors import ActorFact, RegistryActor
from veille.consolidate.events import TOLERANCE_DAYS, EventSignature, ReportFacts, rules
from veille.consolidate.source import StoredPersonName
from veille.consolidate.stories import StoryCard, StoryMember

_CHUNK = 500


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" for _ in values)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    values = sorted(set(values))
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class SqliteCandidates:
    """:class:`veille.consolidate.CandidateSource` over an open connection (inside the save's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- people --------------------------------------------------------------------------------
    def person_names(self, buckets: Collection[str]) -> list[StoredPersonName]:
        out = []
        for part in _chunks(buckets):
            out += [StoredPersonName(k, c, a) for k, c, a in self.conn.execute(
                f"SELECT DISTINCT person_key, country, actor_id FROM article_actors"  # noqa: S608
                f" WHERE bucket IN ({_marks(part)}) AND person_key IS NOT NULL", part)]
        return out

    def registry_row(self, actor_id: str) -> RegistryActor | None:
        row = self.conn.execute(
            "SELECT id, name, kind, country, sector, igo, name_key, surname_key, first_seen, last_seen, latest,"
            " country_at, sector_at FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            return None
        return RegistryActor(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")), bool(row[5]),
                             row[6], row[7], row[8], row[9], row[10] or "", row[11], row[12])

    def actor_facts(self, actor_id: str, *, article: str | None = None) -> list[ActorFact]:
        """One fact per distinct way the articles state the actor (name, kind, country, sectors), dated
        by the latest article stating it so, plus its earliest day: what the registry row needs,
        grouped by SQLite rather than read row by row."""
        out = []
        for name, kind, country, sector, igo, latest, first in self.conn.execute(
                "SELECT aa.name, aa.kind, aa.country, aa.sector, aa.igo,"
                " MAX(COALESCE(a.published, '') || ' ' || a.text_sha256), MIN(a.published)"
                " FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE aa.actor_id = ?"
                + (" AND a.text_sha256 = ?" if article else "")
                + " GROUP BY aa.name, aa.kind, aa.country, aa.sector, aa.igo",
                (actor_id, article) if article else (actor_id,)):
            day, sha = latest.split(" ", 1)
            fact = ActorFact(name, kind or "organization", country, tuple(json.loads(sector or "[]")),
                             bool(igo), day or None, sha)
            out.append(fact)
            if first and first != fact.published:
                out.append(ActorFact(name, fact.kind, country, fact.sector, fact.igo, first, ""))
        return out

    # -- events --------------------------------------------------------------------------------
    def _signatures(self, where: str, params: Sequence[object]) -> list[EventSignature]:
        rows = self.conn.execute(
            "SELECT e.id, e.uid, e.event, e.day_start, e.day_end, e.location_country, e.cluster_id,"
            " a.text_sha256, e.article_id FROM events e JOIN articles a ON a.id = e.article_id WHERE "
            + where, params).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        keys: dict[int, dict[str, set[str]]] = {}
        types: dict[int, set[str]] = {}
        for part in range(0, len(ids), _CHUNK):
            chunk = ids[part:part + _CHUNK]
            for event_id, side, key in self.conn.execute(
                    f"SELECT event_id, side, key FROM event_keys WHERE event_id IN ({_marks(chunk)})",  # noqa: S608
                    chunk):
                keys.setdefault(event_id, {"actor": set(), "recipient": set()})[side].add(key)
        articles = sorted({r[8] for r in rows})
        for part in range(0, len(articles), _CHUNK):
            chunk = articles[part:part + _CHUNK]
            for article_id, etype in self.conn.execute(
                    f"SELECT DISTINCT article_id, event FROM events WHERE article_id IN ({_marks(chunk)})",  # noqa: S608
                    chunk):
                types.setdefault(article_id, set()).add(etype)
        out = []
        for eid, uid, etype, d0, d1, country, cluster, sha, article_id in rows:
            side = keys.get(eid, {"actor": set(), "recipient": set()})
            out.append(EventSignature(
                etype, frozenset(side["actor"]), frozenset(side["recipient"]),
                date.fromisoformat(d0) if d0 else None, date.fromisoformat(d1) if d1 else None,
                country=country, uid=uid, article=sha, article_types=frozenset(types[article_id]),
                cluster_id=cluster))
        return out

    def events(self, uids: Collection[str]) -> list[EventSignature]:
        out: list[EventSignature] = []
        for part in _chunks(uids):
            out += self._signatures(f"e.uid IN ({_marks(part)}) ORDER BY e.uid", part)  # noqa: S608
        return out

    def cluster_members(self, cluster_ids: Collection[str]) -> list[EventSignature]:
        out: list[EventSignature] = []
        for part in _chunks(cluster_ids):
            out += self._signatures(f"e.cluster_id IN ({_marks(part)}) ORDER BY e.uid", part)  # noqa: S608
        return out

    def cluster_reports(self, cluster_id: str) -> list[ReportFacts]:
        rows = self.conn.execute(
            "SELECT e.id, e.uid, a.text_sha256, e.event, e.date, e.enddate, e.day_start, e.day_end,"
            " e.location_name, e.location_country, e.geonameid, e.confidence FROM events e"
            " JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.uid", (cluster_id,)).fetchall()
        sides: dict[int, dict[str, list[str]]] = {}
        ids = [r[0] for r in rows]
        for part in range(0, len(ids), _CHUNK):
            chunk = ids[part:part + _CHUNK]
            for event_id, side, code in self.conn.execute(
                    f"SELECT event_id, side, code FROM event_actors WHERE event_id IN ({_marks(chunk)})"  # noqa: S608
                    " AND code IS NOT NULL ORDER BY rowid", chunk):
                sides.setdefault(event_id, {"actor": [], "recipient": []})[side].append(code)
        out = []
        for eid, uid, sha, etype, value, endvalue, d0, d1, place, country, geonameid, confidence in rows:
            side = sides.get(eid, {"actor": [], "recipient": []})
            out.append(ReportFacts(
                uid, sha, etype, value, endvalue, date.fromisoformat(d0) if d0 else None,
                date.fromisoformat(d1) if d1 else None, place, country, geonameid,
                tuple(dict.fromkeys(side["actor"])), tuple(dict.fromkeys(side["recipient"])), confidence))
        return out

    def event_candidates(self, sig: EventSignature) -> list[EventSignature]:
        keys = sorted(sig.keys)
        if not keys or sig.start is None:
            return []
        types = sorted(rules().types_for(sig.event))
        low_end = (sig.start - timedelta(days=TOLERANCE_DAYS)).isoformat()
        ids: set[int] = set()
        for wide, first, last in sig.windows():
            ids |= {r[0] for r in self.conn.execute(
                f"SELECT DISTINCT event_id FROM event_keys WHERE key IN ({_marks(keys)})"  # noqa: S608
                f" AND event IN ({_marks(types)}) AND wide = ? AND day_start BETWEEN ? AND ? AND day_end >= ?",
                (*keys, *types, int(wide), first, last, low_end))}
        out: list[EventSignature] = []
        ordered = sorted(ids)
        for part in range(0, len(ordered), _CHUNK):
            chunk = ordered[part:part + _CHUNK]
            out += [s for s in self._signatures(f"e.id IN ({_marks(chunk)}) ORDER BY e.uid", chunk)  # noqa: S608
                    if s.article != sig.article]
        return out

    # -- stories -------------------------------------------------------------------------------
    def _cards(self, where: str, params: Sequence[object]) -> list[StoryCard]:
        rows = self.conn.execute(
            "SELECT id, text_sha256, story_day, story_id FROM articles WHERE " + where, params).fetchall()
        feats: dict[int, set[str]] = {}
        ids = [r[0] for r in rows]
        for part in range(0, len(ids), _CHUNK):
            chunk = ids[part:part + _CHUNK]
            for article_id, key in self.conn.execute(
                    f"SELECT article_id, key FROM story_keys WHERE article_id IN ({_marks(chunk)})", chunk):  # noqa: S608
                feats.setdefault(article_id, set()).add(key)
        return [StoryCard(article=sha, day=day, features=frozenset(feats.get(article_id, ())), story_id=story or "")
                for article_id, sha, day, story in rows]

    def story_cards(self, articles: Collection[str]) -> list[StoryCard]:
        out: list[StoryCard] = []
        for part in _chunks(articles):
            out += self._cards(f"text_sha256 IN ({_marks(part)}) ORDER BY text_sha256", part)  # noqa: S608
        return out

    def story_candidates(self, card: StoryCard) -> list[StoryCard]:
        keys = sorted(card.anchors)
        if card.day is None or not keys:
            return []
        ids: set[int] = set()
        for part in _chunks(keys):
            ids |= {r[0] for r in self.conn.execute(
                f"SELECT DISTINCT article_id FROM story_keys WHERE day = ? AND key IN ({_marks(part)})",  # noqa: S608
                (card.day, *part))}
        out: list[StoryCard] = []
        ordered = sorted(ids)
        for i in range(0, len(ordered), _CHUNK):
            chunk = ordered[i:i + _CHUNK]
            out += [c for c in self._cards(f"id IN ({_marks(chunk)}) ORDER BY text_sha256", chunk)  # noqa: S608
                    if c.article != card.article]
        return out

    def story_articles(self, story_ids: Collection[str]) -> list[StoryCard]:
        out: list[StoryCard] = []
        for part in _chunks(story_ids):
            out += self._cards(f"story_id IN ({_marks(part)}) ORDER BY text_sha256", part)  # noqa: S608
        return out

    def story_members(self, story_id: str) -> list[StoryMember]:
        return [StoryMember(*row) for row in self.conn.execute(
            "SELECT text_sha256, title, published, story_day, language, source, url FROM articles"
            " WHERE story_id = ?", (story_id,))]
