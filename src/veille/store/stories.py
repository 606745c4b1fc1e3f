"""Queries behind ``veille stories`` and ``veille eval stories``: stories with their articles side by
side and the events they share, and every event report with its cluster.

Functions over an open :class:`veille.store.Store` (kept apart from the general reader).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.store.store import Store


@dataclass(slots=True)
class StoryRow:
    id: str
    title: str | None
    first_day: str | None
    last_day: str | None
    languages: list[str]
    outlets: list[str]
    articles: int
    events: int  # distinct events (clusters) reported by its articles

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(slots=True)
class StoryArticle:
    id: str  # document id (the first it was stored under)
    title: str | None
    published: str | None
    language: str | None
    outlet: str | None
    lede_day: str | None
    events: list[str] = field(default_factory=list)  # cluster ids
    also_known_as: list[str] = field(default_factory=list)  # other ids it was stored under


@dataclass(slots=True)
class SharedEvent:
    cluster_id: str
    event: str
    day: str | None  # the merged event's best date (TIMEX3), else its first report's day
    reports: dict[str, str]  # document id -> that article's evidence
    place: str | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(slots=True)
class StoryDetail:
    story: StoryRow
    articles: list[StoryArticle]
    shared: list[SharedEvent]  # events reported by two articles of the story or more

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class EventReport:
    """One stored event report, as the stories scorer reads it."""

    article: str  # document id
    uid: str
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    start: int
    end: int
    cluster_id: str


_STORY = ("SELECT s.id, s.title, s.first_day, s.last_day, s.languages, s.outlets, s.articles,"
          " (SELECT COUNT(DISTINCT e.cluster_id) FROM events e JOIN articles a ON a.id = e.article_id"
          "  WHERE a.story_id = s.id) FROM stories s")


def _story(row: tuple) -> StoryRow:
    return StoryRow(row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]), row[6], row[7])


def list_stories(store: Store, *, since: str | None = None, until: str | None = None,
                 min_articles: int = 1, limit: int | None = None) -> list[StoryRow]:
    """Stories, the latest first."""
    sql = _STORY + " WHERE s.articles >= ?"
    params: list[object] = [min_articles]
    if since:
        sql += " AND s.last_day >= ?"
        params.append(since)
    if until:
        sql += " AND s.first_day <= ?"
        params.append(until)
    sql += " ORDER BY s.last_day IS NULL, s.last_day DESC, s.articles DESC, s.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_story(r) for r in store.conn.execute(sql, params)]


def story_detail(store: Store, story_id: str) -> StoryDetail | None:
    row = store.conn.execute(_STORY + " WHERE s.id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    articles: list[StoryArticle] = []
    by_cluster: dict[str, SharedEvent] = {}
    for art_id, doc_id, title, published, language, source, url, day in store.conn.execute(
            "SELECT id, doc_id, title, published, language, source, url, story_day FROM articles"
            " WHERE story_id = ? ORDER BY published, id", (story_id,)).fetchall():
        art = StoryArticle(doc_id, title, published, language, source or url, day)
        art.also_known_as = [i for (i,) in store.conn.execute(
            "SELECT doc_id FROM article_ids WHERE article_id = ? AND doc_id != ? ORDER BY doc_id",
            (art_id, doc_id))]
        for cluster, etype, d0, evidence in store.conn.execute(
                "SELECT cluster_id, event, day_start, evidence FROM events WHERE article_id = ? ORDER BY id",
                (art_id,)):
            art.events.append(cluster)
            shared = by_cluster.setdefault(cluster, SharedEvent(cluster, etype, d0, {}))
            shared.reports.setdefault(doc_id, evidence)
        articles.append(art)
    common = [s for s in by_cluster.values() if len(s.reports) > 1]
    for s in common:
        merged = store.conn.execute("SELECT event, date, place FROM event_clusters WHERE id = ?",
                                    (s.cluster_id,)).fetchone()
        if merged is not None:
            s.event, s.day, s.place = merged[0], merged[1] or s.day, merged[2]
    return StoryDetail(_story(row), articles, sorted(common, key=lambda s: (s.day or "", s.cluster_id)))


def story_of(store: Store, doc_id: str) -> str | None:
    """The story of an article, by any id it was stored under or its text sha256."""
    row = store.conn.execute(
        "SELECT a.story_id FROM article_ids i JOIN articles a ON a.id = i.article_id WHERE i.doc_id = ?"
        " UNION ALL SELECT story_id FROM articles WHERE text_sha256 = ? LIMIT 1", (doc_id, doc_id)).fetchone()
    return row[0] if row else None


def article_stories(store: Store) -> dict[str, str]:
    """Document id -> story id, for every stored article (and every id it was stored under)."""
    out = {doc: story for doc, story in store.conn.execute(
        "SELECT i.doc_id, a.story_id FROM article_ids i JOIN articles a ON a.id = i.article_id")}
    return out


def event_reports(store: Store) -> list[EventReport]:
    sides: dict[int, dict[str, set[str]]] = {}
    for event_id, side, code in store.conn.execute(
            "SELECT event_id, side, code FROM event_actors WHERE code IS NOT NULL"):
        sides.setdefault(event_id, {"actor": set(), "recipient": set()})[side].add(code)
    out = []
    for eid, doc_id, uid, etype, start, end, cluster in store.conn.execute(
            "SELECT e.id, a.doc_id, e.uid, e.event, e.start, e.\"end\", e.cluster_id FROM events e"
            " JOIN articles a ON a.id = e.article_id ORDER BY e.uid"):
        side = sides.get(eid, {"actor": set(), "recipient": set()})
        out.append(EventReport(doc_id, uid, etype, frozenset(side["actor"]), frozenset(side["recipient"]),
                               start, end, cluster))
    return out
