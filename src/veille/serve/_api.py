"""The JSON API under ``/api/v1/``: the CLI's queries over HTTP, keyset pages, downloads."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from veille.errors import VeilleError
from veille.serve import _downloads, _lists
from veille.serve._common import (
    ApiError,
    EventParams,
    check_dates,
    config_of,
    event_params,
    open_queries,
)
from veille.serve._keyset import BadCursor
from veille.serve._queries import Queries
from veille.serve._security import bearer, token_matches
from veille.serve._views import actor_detail, event_detail, overview_data, story_detail
from veille.store import EventClusterRow, Filters

router = APIRouter(prefix="/api/v1")

ListFormat = Literal["json", "csv", "parquet"]
EventFormat = Literal["json", "csv", "parquet", "plover-jsonl"]
DEFAULT_PAGE = 50


def _page_limit(request: Request, limit: int | None) -> int:
    most = config_of(request).page_max
    if limit is not None and limit > most:
        raise ApiError(400, "invalid_parameter", f"limit: at most {most} rows a page (downloads take more)")
    return limit or DEFAULT_PAGE


def _json(data: dict[str, Any]) -> JSONResponse:
    """Plain dicts straight to JSON (FastAPI's generic encoder is slow on the overview's thousands of cells)."""
    return JSONResponse(data)


def _envelope(items: list[dict[str, Any]], next_cursor: str | None, request: Request) -> JSONResponse:
    next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
    return _json({"items": items, "count": len(items), "next_cursor": next_cursor, "next": next_url})


def _flat(row: EventClusterRow) -> dict[str, Any]:
    """``row.to_dict()`` without its deep copy (an event row holds strings, numbers and lists of strings)."""
    return {f.name: getattr(row, f.name) for f in fields(row)}


def _cursor_error(exc: BadCursor) -> ApiError:
    return ApiError(400, "invalid_cursor", str(exc))


# -- events -------------------------------------------------------------------------------------------
@router.get("/events", summary="Real-world events (reports merged), newest first, filtered")
def list_events(request: Request, params: EventParams = Depends(event_params),
                limit: int | None = Query(None, ge=1, description="rows a page (json) or in the file"),
                cursor: str | None = Query(None, description="next_cursor of the previous page"),
                sort: Literal["-date", "date"] = Query("-date"),
                format: EventFormat = Query("json")) -> Any:
    query = params.query()
    with open_queries(request) as q:
        try:
            if format == "json":
                page = q.event_page(query, _page_limit(request, limit), cursor, ascending=sort == "date")
                return _envelope([_flat(c) for c in page.items], page.next_cursor, request)
            wanted = min(limit or config_of(request).download_max, config_of(request).download_max)
            clusters: list[EventClusterRow] = []
            while len(clusters) < wanted:
                page = q.event_page(query, min(1000, wanted - len(clusters)), cursor, ascending=sort == "date")
                clusters.extend(page.items)
                cursor = page.next_cursor
                if cursor is None:
                    break
            if format == "csv":  # the analyst's events layout, as `veille events --format csv` writes it
                return _downloads.events_csv(clusters)
            return _downloads.events_file(_downloads.event_records(q, clusters), format)
        except BadCursor as exc:
            raise _cursor_error(exc) from None


@router.get("/events/{event_id}", summary="One event: every report, its article and evidence passage")
def get_event(request: Request, event_id: str) -> JSONResponse:
    with open_queries(request) as q:
        detail = event_detail(q, event_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return _json(detail.to_dict())


# -- stories ------------------------------------------------------------------------------------------
@router.get("/stories", summary="Stories (the same news across articles, outlets, languages)")
def list_stories(request: Request, q: str | None = Query(None, description="words of a title"),
                 limit: int | None = Query(None, ge=1), cursor: str | None = None,
                 format: ListFormat = Query("json")) -> Any:
    with open_queries(request) as queries:
        try:
            page = queries.story_page(_page_limit(request, limit) if format == "json" else
                                      (limit or config_of(request).download_max), cursor, q)
        except BadCursor as exc:
            raise _cursor_error(exc) from None
    items = [s.to_dict() for s in page.items]
    if format != "json":
        return _downloads.rows_file(items, format, "stories")
    return _envelope(items, page.next_cursor, request)


@router.get("/stories/{story_id}", summary="One story: its articles side by side and the events they share")
def get_story(request: Request, story_id: str) -> JSONResponse:
    with open_queries(request) as q:
        detail = story_detail(q, story_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no story {story_id!r}")
    return _json(detail.to_dict())


# -- the store reader's lists (articles, actors, quotes), in keyset pages ---------------------------------
def _keyset_list(request: Request, queries: Queries, page, fetch, limit: int | None, cursor: str | None,
                 fmt: str, name: str) -> Any:
    """A JSON page of ``page(limit, cursor)``, or a download of the first rows of ``fetch(n)``."""
    if fmt != "json":
        rows = fetch(limit or config_of(request).download_max)
        return _downloads.rows_file([r.to_dict() for r in rows], fmt, name)
    try:
        found = page(_page_limit(request, limit), cursor)
    except BadCursor as exc:
        raise _cursor_error(exc) from None
    return _envelope([r.to_dict() for r in found.items], found.next_cursor, request)


@router.get("/articles", summary="Stored articles, newest first")
def list_articles(request: Request, since: str | None = None, until: str | None = None,
                  type: str | None = None, actor: str | None = None, country: str | None = None,
                  q: str | None = None, limit: int | None = Query(None, ge=1), cursor: str | None = None,
                  format: ListFormat = Query("json")) -> Any:
    check_dates(since, until)
    filters = Filters(since=since, until=until, type=type, actor=actor, country=country, search=q)
    with open_queries(request) as queries:
        return _keyset_list(request, queries, lambda n, c: _lists.article_page(queries, filters, n, c),
                            lambda n: queries.store.articles(replace(filters, limit=n)), limit, cursor, format,
                            "articles")


@router.get("/articles/{article_id}", summary="One article: its row, its text and its full document")
def get_article(request: Request, article_id: str) -> JSONResponse:
    with open_queries(request) as q:
        article = q.store.article(article_id)
        if article is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        return _json({"article": article.to_dict(), "text": q.store.article_text(article.text_sha256),
                      "document": q.store.document(article.text_sha256)})


@router.get("/actors", summary="The actor registry, most mentioned first")
def list_actors(request: Request, name: str | None = None, country: str | None = None,
                since: str | None = None, until: str | None = None, q: str | None = None,
                limit: int | None = Query(None, ge=1), cursor: str | None = None,
                format: ListFormat = Query("json")) -> Any:
    check_dates(since, until)
    filters = Filters(name=name, country=country, since=since, until=until, search=q)
    with open_queries(request) as queries:
        return _keyset_list(request, queries, lambda n, c: _lists.actor_page(queries, filters, n, c),
                            lambda n: queries.store.actors(replace(filters, limit=n)), limit, cursor, format,
                            "actors")


@router.get("/actors/{actor_id}", summary="One actor: dated roles, events over time, partners, quotes")
def get_actor(request: Request, actor_id: str) -> JSONResponse:
    with open_queries(request) as q:
        detail = actor_detail(q, actor_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no actor {actor_id!r}")
    return _json(detail.to_dict())


@router.get("/quotes", summary="Quotes with their speakers, newest first")
def list_quotes(request: Request, speaker: str | None = None, country: str | None = None,
                since: str | None = None, until: str | None = None, q: str | None = None,
                limit: int | None = Query(None, ge=1), cursor: str | None = None,
                format: ListFormat = Query("json")) -> Any:
    check_dates(since, until)
    filters = Filters(speaker=speaker, country=country, since=since, until=until, search=q)
    with open_queries(request) as queries:
        return _keyset_list(request, queries, lambda n, c: _lists.quote_page(queries, filters, n, c),
                            lambda n: queries.store.quotes(replace(filters, limit=n)), limit, cursor, format,
                            "quotes")


# -- places and counts ----------------------------------------------------------------------------------
@router.get("/places", summary="Places of the events matching the filters, with event counts")
def list_places(request: Request, params: EventParams = Depends(event_params),
                limit: int | None = Query(None, ge=1), format: ListFormat = Query("json")) -> Any:
    with open_queries(request) as q:
        rows = q.places(params.query(), limit or config_of(request).page_max)
    items = [{"place": p, "country": c, "lat": lat, "lon": lon, "events": n} for p, c, lat, lon, n in rows]
    if format != "json":
        return _downloads.rows_file(items, format, "places")
    return _envelope(items, None, request)


@router.get("/overview", summary="Counts by day and by PLOVER type, top actors, latest stories")
def get_overview(request: Request, params: EventParams = Depends(event_params)) -> JSONResponse:
    with open_queries(request) as q:
        return _json(overview_data(q, params))


@router.get("/summary", summary="How many articles, stories, actors, events, quotes")
def get_summary(request: Request) -> JSONResponse:
    with open_queries(request) as q:
        return _json(q.store.summary().to_dict())


# -- writing --------------------------------------------------------------------------------------------
class ArticleIn(BaseModel):
    """An article to analyse and store: the fields of a JSON input record, or a ``url`` alone to fetch
    (with the same safety as ``veille watch``: private addresses refused, robots.txt honoured)."""

    text: str | None = Field(None, min_length=1, description="the article's text; absent: fetch `url`")
    id: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    source: str | None = None
    url: str | None = None
    language: str | None = Field(None, description="fr or en; detected when absent")


@router.post("/articles", status_code=201, summary="Analyse and store one article (needs --allow-write)")
async def post_article(request: Request, article: ArticleIn) -> dict[str, Any]:
    config = config_of(request)
    if not config.allow_write:
        raise ApiError(403, "write_disabled", "writing is off on this server (start it with --allow-write)")
    if not token_matches(bearer(dict(request.scope["headers"])), config.write_token or ""):
        raise ApiError(401, "unauthorized", "POST /api/v1/articles needs the write token (Authorization: Bearer)")
    return await run_in_threadpool(_analyse_and_store, request, article)


def _fetched(request: Request, payload: ArticleIn) -> Any:
    """The article at ``payload.url``, the payload's own fields taking precedence over the page's."""
    from veille.errors import FetchError, UnsafeURLError
    from veille.watch import fetch, load_config

    if not payload.url:
        raise ApiError(400, "invalid_article", "give the article's text, or a url to fetch")
    config = load_config().with_overrides(allow_private=config_of(request).allow_private or None)
    try:
        article = fetch(payload.url, config)
    except UnsafeURLError as exc:
        raise ApiError(400, "unsafe_url", str(exc)) from None
    except FetchError as exc:
        raise ApiError(502, "fetch_failed", str(exc)) from None
    for name in ("id", "title", "published", "source", "language"):
        if getattr(payload, name) is not None:
            setattr(article, name, getattr(payload, name))
    return article


def _analyse_and_store(request: Request, payload: ArticleIn) -> dict[str, Any]:
    from veille.ingest.article import Article
    from veille.ingest.dates import iso_date
    from veille.store import Store

    if payload.published is not None and iso_date(payload.published) != payload.published:
        raise ApiError(400, "invalid_article", f"published: expected YYYY-MM-DD, got {payload.published!r}")
    if payload.text is None:
        article = _fetched(request, payload)
    elif not payload.text.strip():
        raise ApiError(400, "invalid_article", "the article has no text")
    else:
        article = Article(text=payload.text, id=payload.id, title=payload.title, published=payload.published,
                          source=payload.source, url=payload.url, language=payload.language,
                          origin="POST /api/v1/articles")
    document = request.app.state.analyzer.analyze(article)
    try:
        with Store.open(config_of(request).db, create=False) as store:
            saved = store.save(document, article)
    except (sqlite3.Error, VeilleError) as exc:
        raise ApiError(500, "not_stored", f"the article was analysed but not stored: {exc}") from None
    return {"stored": saved.to_dict(), "status": document.status, "warnings": list(document.warnings),
            "events": len(document.events)}
