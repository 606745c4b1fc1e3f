"""What the API and the pages share: the open store of a request, the filter parameters, errors."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Query, Request

from veille.consolidate.dates import bound_range
from veille.serve._config import ServeConfig
from veille.serve._queries import EventQuery, Queries
from veille.store import Filters, Store
from veille.store.location import parse_location

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


class StorePool:
    """The open stores of one app. PostgreSQL: connections kept between requests (a new one costs the
    server a process and the store several round trips), at most ``keep`` idle, a broken one dropped.
    SQLite: a store per request (opening a file is cheap, and a connection stays in its thread)."""

    def __init__(self, db: str, keep: int = 8) -> None:
        self.db = db
        self.keep = keep
        self.postgresql = parse_location(db).kind == "postgresql"
        self._idle: queue.SimpleQueue[Store] = queue.SimpleQueue()

    def acquire(self) -> Store:
        while self.postgresql:
            try:
                store = self._idle.get_nowait()
            except queue.Empty:
                break
            if _usable(store):
                return store
            store.close()
        store = Store.open(self.db, create=False)
        if not store.dialect.postgresql:
            store.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES:d}")  # reads straight from the OS page cache
        return store

    def release(self, store: Store) -> None:
        if self.postgresql and self._idle.qsize() < self.keep and _usable(store):
            self._idle.put(store)
        else:
            store.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def _usable(store: Store) -> bool:
    """A PostgreSQL connection open, not broken, and outside any transaction."""
    from psycopg.pq import TransactionStatus

    raw = store.conn.raw
    return not raw.closed and not raw.broken and raw.info.transaction_status == TransactionStatus.IDLE


@contextmanager
def open_queries(request: Request) -> Iterator[Queries]:
    """The store for one request, used by the thread that took it and given back after."""
    pool: StorePool = request.app.state.stores
    store = pool.acquire()
    try:
        yield Queries(store)
    finally:
        pool.release(store)  # kept when its connection came out of the request usable (an error or not)


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
