"""The store's side of consolidation (SQLite and PostgreSQL): the candidate rows
``veille.consolidate`` asks for, each through an index (see :class:`veille.consolidate.CandidateSource`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from veille.consolidate.actors import ActorFact, RegistryActor
from veille.consolidate.events import TOLERANCE_DAYS, EventSignature, ReportFacts, rules
from veille.consolidate.source import StoredPersonName
from veille.consolidate.stories import StoryCard, StoryMember

_CHUNK = 500
_V = TypeVar("_V", str, int)


def _chunks(values: Iterable[_V]) -> Iterable[list[_V]]:
    values = sorted(set(values))
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _among(column: str, values: Sequence[object]) -> tuple[str, list[object]]:
    """``column IN (?,?,...)`` and its parameters. One placeholder per value, on PostgreSQL too: one array
    parameter (``= ANY(?)``) would give one statement text whatever the length, but the generic plan
    PostgreSQL keeps for a prepared statement cannot see the array's length, and on a young database
    (small statistics) it scanned whole tables (seen with EXPLAIN)."""
    return f"{column} IN ({','.join('?' for _ in values)})", list(values)


class SqliteCandidates:
    """:class:`veille.consolidate.CandidateSource` over an open connection (inside the save's transaction).

    One query serves both backends (``?`` placeholders: see ``veille.store._pg``).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _read(self, parent: str, params: Sequence[object],
              children: Sequence[tuple[str, str, int]]) -> tuple[list[Any], list[list[Any]]]:
        """The rows of the ``parent`` query, and the rows of each child query about them. A child is
        (its SELECT, with ``{}`` where its condition goes; the column naming a parent row; the index of
        that value in a parent row). The children name the parent rows by their values, not by a
        sub-query repeating the parent's condition: PostgreSQL plans such a sub-query as a hash join
        over the whole child table while its statistics are those of a new, small database."""
        rows = self.conn.execute(parent, list(params)).fetchall()
        found: list[list[Any]] = []
        for select, column, index in children:
            found.append([])
            for part in _chunks(r[index] for r in rows):
                among, values = _among(column, part)
                found[-1] += self.conn.execute(select.format(among), values).fetchall()
        return rows, found

    # -- people --------------------------------------------------------------------------------
    def person_names(self, buckets: Collection[str]) -> list[StoredPersonName]:
        out = []
        for part in _chunks(buckets):
            among, params = _among("bucket", part)
            out += [StoredPersonName(k, c, a) for k, c, a in self.conn.execute(
                "SELECT DISTINCT person_key, country, actor_id FROM article_actors"  # noqa: S608
                f" WHERE {among} AND person_key IS NOT NULL", params)]
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
        """The signatures of the events ``e`` meeting ``where`` (a condition on ``events e`` alone)."""
        rows, (key_rows, type_rows) = self._read(
            "SELECT e.id, e.uid, e.event, e.day_start, e.day_end, e.location_country, e.cluster_id,"
            " a.text_sha256, e.article_id FROM events e JOIN articles a ON a.id = e.article_id WHERE "
            + where + " ORDER BY e.uid", params,
            [("SELECT event_id, side, key FROM event_keys WHERE {}", "event_id", 0),
             ("SELECT DISTINCT article_id, event FROM events WHERE {}", "article_id", 8)])
        keys: dict[int, dict[str, set[str]]] = {}
        for event_id, side, key in key_rows:
            keys.setdefault(event_id, {"actor": set(), "recipient": set()})[side].add(key)
        types: dict[int, set[str]] = {}
        for article_id, etype in type_rows:
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
            out += self._signatures(*_among("e.uid", part))
        return out

    def cluster_members(self, cluster_ids: Collection[str]) -> list[EventSignature]:
        out: list[EventSignature] = []
        for part in _chunks(cluster_ids):
            out += self._signatures(*_among("e.cluster_id", part))
        return out

    def cluster_reports(self, cluster_id: str) -> list[ReportFacts]:
        rows, (side_rows,) = self._read(
            "SELECT e.id, e.uid, a.text_sha256, e.event, e.date, e.enddate, e.day_start, e.day_end,"
            " e.location_name, e.location_country, e.geonameid, e.confidence FROM events e"
            " JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.uid", (cluster_id,),
            [("SELECT event_id, side, code FROM event_actors WHERE {} AND code IS NOT NULL ORDER BY rowid",
              "event_id", 0)])
        sides: dict[int, dict[str, list[str]]] = {}
        for event_id, side, code in side_rows:
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
        windows = sig.windows()
        if not keys or sig.start is None or not windows:
            return []
        types = sorted(rules().types_for(sig.event))
        low_end = (sig.start - timedelta(days=TOLERANCE_DAYS)).isoformat()
        key_among, key_params = _among("key", keys)
        type_among, type_params = _among("event", types)
        selects = []
        params: list[object] = []
        for wide, first, last in windows:
            selects.append(f"SELECT event_id FROM event_keys WHERE {key_among} AND {type_among}"
                           " AND wide = ? AND day_start BETWEEN ? AND ? AND day_end >= ?")
            params += [*key_params, *type_params, int(wide), first, last, low_end]
        return [s for s in self._signatures(f"e.id IN ({' UNION '.join(selects)})", params)
                if s.article != sig.article]

    # -- stories -------------------------------------------------------------------------------
    def _cards(self, where: str, params: Sequence[object]) -> list[StoryCard]:
        """The story cards of the articles meeting ``where`` (a condition on ``articles``)."""
        rows, (feat_rows,) = self._read(
            "SELECT id, text_sha256, story_day, story_id FROM articles WHERE " + where + " ORDER BY text_sha256",
            params, [("SELECT article_id, key FROM story_keys WHERE {}", "article_id", 0)])
        feats: dict[int, set[str]] = {}
        for article_id, key in feat_rows:
            feats.setdefault(article_id, set()).add(key)
        return [StoryCard(article=sha, day=day, features=frozenset(feats.get(article_id, ())), story_id=story or "")
                for article_id, sha, day, story in rows]

    def story_cards(self, articles: Collection[str]) -> list[StoryCard]:
        out: list[StoryCard] = []
        for part in _chunks(articles):
            out += self._cards(*_among("text_sha256", part))
        return out

    def story_candidates(self, card: StoryCard) -> list[StoryCard]:
        keys = sorted(card.anchors)
        if card.day is None or not keys:
            return []
        among, params = _among("key", keys)  # one article's anchors: a few dozen at most
        return [c for c in self._cards(f"id IN (SELECT article_id FROM story_keys WHERE day = ? AND {among})",
                                       [card.day, *params])
                if c.article != card.article]

    def story_articles(self, story_ids: Collection[str]) -> list[StoryCard]:
        out: list[StoryCard] = []
        for part in _chunks(story_ids):
            out += self._cards(*_among("story_id", part))
        return out

    def story_members(self, story_id: str) -> list[StoryMember]:
        return [StoryMember(*row) for row in self.conn.execute(
            "SELECT text_sha256, title, published, story_day, language, source, url FROM articles"
            " WHERE story_id = ?", (story_id,))]
