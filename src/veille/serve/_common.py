"""What the API and the pages share: the open store of a request, the filter parameters, errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Query, Request

from veille.consolidate.dates import bound_range
from veille.serve._config import ServeConfig
from veille.serve._queries import EventQuery, Queries
from veille.store import Filters, Store

MMAP_BYTES = 1 << 30


class ApiError(Exception):
    """An error answered as ``{"error": {"status", "code", "message"}}`` (an HTML page for pages)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def config_of(request: Request) -> ServeConfig:
    return request.app.state.config


@contextmanager
def open_queries(request: Request) -> Iterator[Queries]:
    """The store for one request, opened in the thread that uses it and closed after."""
    store = Store.open(config_of(request).db, create=False)
    if not store.dialect.postgresql:
        store.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES:d}")  # reads straight from the OS page cache
    try:
        yield Queries(store)
    finally:
        store.close()


def check_dates(since: str | None, until: str | None) -> None:
    try:
        bound_range(since, until)
    except ValueError as exc:
        raise ApiError(400, "invalid_parameter", f"since/until: {exc}") from None


@dataclass(slots=True)
class EventParams:
    """The event filters of a request (query string), as the CLI's options name them."""

    since: str | None
    until: str | None
    type: str | None
    mode: str | None
    actor: str | None
    country: str | None
    place: str | None
    lang: str | None
    q: str | None
    status: str | None
    min_confidence: float | None

    def query(self) -> EventQuery:
        check_dates(self.since, self.until)
        return EventQuery(Filters(since=self.since, until=self.until, type=self.type, actor=self.actor,
                                  country=self.country, search=self.q),
                          mode=self.mode, place=self.place, lang=self.lang, status=self.status,
                          min_confidence=self.min_confidence)

    def items(self) -> list[tuple[str, str]]:
        """The filters that are set, as query-string pairs (links that keep the view)."""
        return [(k, str(getattr(self, k))) for k in self.__slots__ if getattr(self, k) not in (None, "")]


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def event_params(
    since: str | None = Query(None, description="from this date: YYYY, YYYY-MM or YYYY-MM-DD"),
    until: str | None = Query(None, description="up to this date (its whole period)"),
    type: str | None = Query(None, description="PLOVER event type(s), comma-separated"),
    mode: str | None = Query(None, description="PLOVER mode of the event"),
    actor: str | None = Query(None, description="an actor on either side: code, name, alias or registry id"),
    country: str | None = Query(None, description="a country or organisation code on either side"),
    place: str | None = Query(None, description="the event's place: name substring or ISO alpha-3 code"),
    lang: str | None = Query(None, description="language of a reporting article (fr, en)"),
    q: str | None = Query(None, description="full text: event evidence and article titles"),
    status: str | None = Query(None, description="actual, threatened, denied..."),
    min_confidence: str | None = Query(None, description="lowest confidence of a report, 0 to 1"),
) -> EventParams:
    confidence = None
    if _blank(min_confidence) is not None:
        try:
            confidence = float(min_confidence)  # type: ignore[arg-type]
        except ValueError:
            raise ApiError(400, "invalid_parameter", f"min_confidence: not a number: {min_confidence!r}") from None
        if not 0.0 <= confidence <= 1.0:
            raise ApiError(400, "invalid_parameter", "min_confidence: must lie between 0 and 1")
    return EventParams(since=_blank(since), until=_blank(until), type=_blank(type), mode=_blank(mode),
                       actor=_blank(actor), country=_blank(country), place=_blank(place), lang=_blank(lang),
                       q=_blank(q), status=_blank(status), min_confidence=confidence)
