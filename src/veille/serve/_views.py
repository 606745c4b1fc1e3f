"""What one page or one API object shows: an event with its reports, an actor, a story.

Built from the store's rows and the app's queries; both the JSON API and the HTML pages use them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from veille.errors import QueryError
from veille.serve._common import EventParams
from veille.serve._queries import Queries, StorySummary
from veille.store import (
    ActorRow,
    ArticleRow,
    EventClusterRow,
    EventRow,
    QuoteRow,
    RoleRow,
)


@dataclass(slots=True)
class Passage:
    """The paragraph holding a report's evidence, cut in three around it (text stays text)."""

    before: str
    evidence: str
    after: str


@dataclass(slots=True)
class SideActor:
    code: str | None
    actor_id: str | None
    name: str | None
    text: str | None
    roles: list[RoleRow]  # the roles articles stated for this actor around the event's date


@dataclass(slots=True)
class Report:
    event: EventRow
    article: ArticleRow | None
    passage: Passage | None
    actor: list[SideActor]
    recipient: list[SideActor]


@dataclass(slots=True)
class EventDetail:
    cluster: EventClusterRow
    reports: list[Report]
    date_precision: str | None
    status: str
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ActorDetail:
    actor: ActorRow
    timeline: list[dict[str, Any]]  # {"month", "as_actor", "as_recipient"}
    partners: list[dict[str, Any]]  # {"id", "name", "events"}
    events: list[EventClusterRow]
    quotes: list[QuoteRow]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class StoryDetail:
    story: StorySummary
    articles: list[ArticleRow]
    events_by_article: dict[str, list[EventRow]]  # text_sha256 -> its reports
    shared: list[EventClusterRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story.to_dict(), "articles": [a.to_dict() for a in self.articles],
                "events_by_article": {k: [e.to_dict() for e in v] for k, v in self.events_by_article.items()},
                "shared": [c.to_dict() for c in self.shared]}


def passage(text: str | None, start: int, end: int) -> Passage | None:
    """The paragraph (text between blank lines, else between line breaks) around ``text[start:end]``."""
    if text is None or not (0 <= start < end <= len(text)):
        return None
    separator = "\n\n" if "\n\n" in text else "\n"
    lo = text.rfind(separator, 0, start)
    lo = 0 if lo < 0 else lo + len(separator)
    hi = text.find(separator, end)
    hi = len(text) if hi < 0 else hi
    return Passage(text[lo:start], text[start:end], text[end:hi])


def roles_on(roles: list[RoleRow], day: str | None) -> list[RoleRow]:
    """The roles stated around ``day``: those whose dated span holds it, else the latest one before it."""
    if not day:
        return roles[-1:]
    holding = [r for r in roles if (r.first_seen or "") <= day <= (r.last_seen or r.first_seen or "")]
    if holding:
        return holding
    before = [r for r in roles if r.first_seen and r.first_seen <= day]
    return before[-1:] or roles[:1]


def event_detail(q: Queries, cluster_id: str) -> EventDetail | None:
    reports = q.reports([cluster_id])
    if not reports:
        return None
    cluster = q.clusters([cluster_id])[0]
    ids = sorted({s.actor_id for r in reports for s in r.actor + r.recipient if s.actor_id})
    names = q.actor_names(ids)
    roles = {i: q.store.roles(i) for i in ids}
    articles: dict[str, ArticleRow | None] = {}
    texts: dict[str, str | None] = {}
    out = []
    for r in reports:
        if r.article_sha256 not in articles:
            articles[r.article_sha256] = q.store.article(r.article_sha256)
            texts[r.article_sha256] = q.store.article_text(r.article_sha256)
        day = (r.date or r.published or "")[:10] or None

        def side(entries: list, day: str | None) -> list[SideActor]:
            return [SideActor(s.code, s.actor_id, names.get(s.actor_id or ""), s.text,
                              roles_on(roles.get(s.actor_id or "", []), day)) for s in entries]

        out.append(Report(r, articles[r.article_sha256], passage(texts[r.article_sha256], r.start, r.end),
                          side(r.actor, day), side(r.recipient, day)))
    best = max(reports, key=lambda r: r.confidence or 0.0)
    located = next((r for r in reports if r.lat is not None), None)
    return EventDetail(cluster, out, best.date_precision, best.status,
                       located.lat if located else None, located.lon if located else None)


def actor_detail(q: Queries, actor_id: str) -> ActorDetail | None:
    try:
        found = [a for a in q.store.actors(name=actor_id) if a.id == actor_id]
    except QueryError:  # an id no record has
        found = []
    if not found:
        return None
    months: dict[str, dict[str, int]] = defaultdict(lambda: {"as_actor": 0, "as_recipient": 0})
    for month, side, n in q.actor_timeline(actor_id):
        months[month]["as_actor" if side == "actor" else "as_recipient"] += n
    timeline = [{"month": m, **v} for m, v in sorted(months.items())]
    partners = [{"id": i, "name": name, "events": n} for i, name, n in q.actor_partners(actor_id)]
    quotes = [x for x in q.store.quotes(speaker=actor_id, limit=200) if x.speaker_id == actor_id]
    return ActorDetail(found[0], timeline, partners, q.clusters(q.actor_clusters(actor_id)), quotes)


def story_detail(q: Queries, story_id: str) -> StoryDetail | None:
    shas = q.story_articles(story_id)
    if not shas:
        return None
    articles = [a for a in (q.store.article(s) for s in shas) if a is not None]
    reports = q.reports(sorted({r for r in _clusters_of(q, shas)}))
    by_article: dict[str, list[EventRow]] = {s: [] for s in shas}
    for r in reports:
        if r.article_sha256 in by_article:
            by_article[r.article_sha256].append(r)
    langs = sorted({a.language for a in articles if a.language})
    sources = sorted({a.source for a in articles if a.source})
    dates = [a.published for a in articles if a.published]
    summary = StorySummary(id=story_id, title=articles[0].title if articles else None, articles=len(articles),
                           languages=langs, sources=sources, first_published=min(dates) if dates else None,
                           last_published=max(dates) if dates else None)
    return StoryDetail(summary, articles, by_article, q.clusters(q.shared_clusters(story_id)))


def _clusters_of(q: Queries, shas: list[str]) -> list[str]:
    marks = ",".join("?" for _ in shas)
    return [r[0] for r in q.conn.execute(
        "SELECT DISTINCT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"
        f" WHERE a.text_sha256 IN ({marks})", shas)]


DEFAULT_PERIOD_DAYS = 90  # the overview's period when no dates are given (daily bars stay readable)


def overview_data(q: Queries, params: EventParams) -> dict[str, Any]:
    """Counts by day and by PLOVER type over the period, top actors and latest stories."""
    if not params.since and not params.until:
        _, latest = q.date_bounds()
        if latest:
            params = replace(params, since=(date.fromisoformat(latest)
                                            - timedelta(days=DEFAULT_PERIOD_DAYS - 1)).isoformat(),
                             until=latest)
    query = params.query()
    by_day: dict[str, dict[str, int]] = defaultdict(dict)
    by_type: dict[str, int] = defaultdict(int)
    for day, kind, n in q.counts_by_day_and_type(query):
        by_day[day][kind] = n
        by_type[kind] += n
    return {
        "since": params.since, "until": params.until,
        "by_day": [{"day": d, "total": sum(v.values()), "types": v} for d, v in sorted(by_day.items())],
        "by_type": [{"type": k, "events": n} for k, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))],
        "top_actors": [{"id": i, "name": name, "reports": n} for i, name, n in q.top_actors(query)],
        "stories": [s.to_dict() for s in q.story_page(10).items],
    }
