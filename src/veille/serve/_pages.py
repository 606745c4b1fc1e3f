"""The web pages: server-rendered HTML (Jinja2, every value escaped); JavaScript only draws charts and the map."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from veille.serve import _lists
from veille.serve._common import (
    ApiError,
    EventParams,
    check_dates,
    event_params,
    open_queries,
)
from veille.serve._keyset import BadCursor
from veille.serve._views import actor_detail, event_detail, overview_data, story_detail
from veille.store import Filters

PAGE_ROWS = 50
LIST_ROWS = 200

router = APIRouter(include_in_schema=False)


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["qs"] = lambda pairs: urlencode(pairs)
    return Jinja2Templates(env=env)


def _render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def _sides(codes: list[str]) -> str:
    return "+".join(codes)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, params: EventParams = Depends(event_params)) -> HTMLResponse:
    with open_queries(request) as q:
        data = overview_data(q, params)
    return _render(request, "overview.html", title="Overview", data=data, params=params)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, params: EventParams = Depends(event_params),
                cursor: str | None = None, sort: Literal["-date", "date"] = "-date") -> HTMLResponse:
    with open_queries(request) as q:
        try:
            page = q.event_page(params.query(), PAGE_ROWS, cursor, ascending=sort == "date")
        except BadCursor as exc:
            raise ApiError(400, "invalid_cursor", str(exc)) from None
    return _render(request, "events.html", title="Events", page=page, params=params, sides=_sides, sort=sort)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    with open_queries(request) as q:
        detail = event_detail(q, event_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return _render(request, "event.html", title=f"{detail.cluster.event} event {detail.cluster.date or ''}",
                   d=detail, sides=_sides)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, name: str | None = None, country: str | None = None,
                cursor: str | None = None) -> HTMLResponse:
    with open_queries(request) as q:
        try:
            page = _lists.actor_page(q, Filters(name=name or None, country=country or None), LIST_ROWS, cursor)
        except BadCursor as exc:
            raise ApiError(400, "invalid_cursor", str(exc)) from None
    keep = [(k, v) for k, v in (("name", name), ("country", country)) if v]
    return _render(request, "actors.html", title="Actors", rows=page.items, name=name or "", country=country or "",
                   next_query=keep + [("cursor", page.next_cursor)] if page.next_cursor else None)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    with open_queries(request) as q:
        detail = actor_detail(q, actor_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no actor {actor_id!r}")
    return _render(request, "actor.html", title=detail.actor.name, d=detail, sides=_sides)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, q: str | None = None, cursor: str | None = None) -> HTMLResponse:
    with open_queries(request) as queries:
        try:
            page = queries.story_page(PAGE_ROWS, cursor, q or None)
        except BadCursor as exc:
            raise ApiError(400, "invalid_cursor", str(exc)) from None
    return _render(request, "stories.html", title="Stories", page=page, q=q or "")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    with open_queries(request) as q:
        detail = story_detail(q, story_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no story {story_id!r}")
    return _render(request, "story.html", title=f"Story: {detail.story.title or story_id}", d=detail,
                   sides=_sides)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, params: EventParams = Depends(event_params)) -> HTMLResponse:
    with open_queries(request) as q:
        rows = q.places(params.query())
    places = [{"place": p, "country": c, "lat": lat, "lon": lon, "events": n} for p, c, lat, lon, n in rows]
    countries: dict[str, int] = {}
    for _place, country, _lat, _lon, events in rows:
        if country:
            countries[country] = countries.get(country, 0) + events
    return _render(request, "map.html", title="Map of events", places=places, countries=countries,
                   params=params)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: str | None = None, q: str | None = None,
                since: str | None = Query(None), until: str | None = Query(None),
                cursor: str | None = None) -> HTMLResponse:
    check_dates(since or None, until or None)
    with open_queries(request) as queries:
        try:
            page = _lists.quote_page(queries, Filters(speaker=speaker or None, search=q or None, since=since or None,
                                                      until=until or None), LIST_ROWS, cursor)
        except BadCursor as exc:
            raise ApiError(400, "invalid_cursor", str(exc)) from None
    by_speaker: dict[str, list] = {}
    for row in page.items:
        by_speaker.setdefault(row.speaker or "(unknown speaker)", []).append(row)
    keep = [(k, v) for k, v in (("speaker", speaker), ("q", q), ("since", since), ("until", until)) if v]
    return _render(request, "quotes.html", title="Quotes", by_speaker=by_speaker, speaker=speaker or "",
                   q=q or "", since=since or "", until=until or "",
                   next_query=keep + [("cursor", page.next_cursor)] if page.next_cursor else None)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    with open_queries(request) as q:
        article = q.store.article(article_id)
        if article is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        text = q.store.article_text(article.text_sha256) or ""
        clusters = sorted({e.cluster_id for e in q.store.events_by_id(
            [r[0] for r in q.conn.execute("SELECT e.uid FROM events e JOIN articles a ON a.id = e.article_id"
                                          " WHERE a.text_sha256 = ?", (article.text_sha256,))])})
        events = q.clusters(clusters)
    paragraphs = [p for p in text.split("\n\n" if "\n\n" in text else "\n") if p.strip()]
    return _render(request, "article.html", title=article.title or article.id, a=article,
                   paragraphs=paragraphs, events=events, sides=_sides)
