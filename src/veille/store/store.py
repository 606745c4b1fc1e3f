"""The Store: one SQLite file (WAL mode) or one PostgreSQL database holding analysed articles, the
actor registry and events."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from veille.contract.models import Document
from veille.errors import StoreError, StoreNotFound
from veille.ingest.article import Article
from veille.store._dialect import POSTGRESQL, SQLITE, WRITE_LOCK, Dialect
from veille.store._reader import Filters, Reader
from veille.store._writer import ArticleWriter
from veille.store.location import DatabaseLocation, parse_location
from veille.store.rows import (
    ActorRow,
    ArticleRow,
    EventClusterRow,
    EventRow,
    FacetRow,
    PlaceRow,
    QuoteRow,
    RoleRow,
    SaveResult,
    Summary,
)
from veille.store.schema import SchemaTooNew, available, current_version, migrate

log = logging.getLogger(__name__)

DEFAULT_DB = "veille.db"


def connect(location: DatabaseLocation) -> tuple[Any, Dialect]:
    """A connection to the database (in autocommit mode; no migration applied) and its dialect."""
    if location.kind == "postgresql":
        from veille.store import _pg

        return _pg.connect(location.target), POSTGRESQL
    path = location.target
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn, SQLITE


class Store:
    """``with Store.open("veille.db") as store: store.save(doc, article); store.events(type="AGREE")``

    Each ``save`` is one transaction: an exception inside it leaves the store as it was before that
    article, and every article saved earlier stays committed.
    """

    def __init__(self, conn: Any, path: str, dialect: Dialect = SQLITE) -> None:
        self.conn = conn
        self.path = path
        self.dialect = dialect
        self._reader = Reader(conn, dialect)
        self._writer = ArticleWriter(conn, dialect=dialect)
        # PostgreSQL refusing an article (a NUL byte in a text...) is a StoreError, as callers catch
        # VeilleError per article; SQLite's own errors stay what they were
        self._refusals: tuple[type[BaseException], ...] = ()
        if dialect.postgresql:
            from veille.store._pg import database_errors

            self._refusals = database_errors()

    @property
    def database_errors(self) -> tuple[type[BaseException], ...]:
        """The exceptions this store's database driver raises (sqlite3's or psycopg's)."""
        return self._refusals or (sqlite3.Error,)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, create: bool = True, readonly: bool = False) -> Store:
        """Open (or create) the store and bring its schema up to date.

        ``path`` is a SQLite file, ``sqlite:///path`` or ``postgresql://user@host/dbname`` (the
        database must exist; its tables are created). ``create=False`` raises StoreNotFound instead of
        creating a missing file or schema (query commands). ``readonly=True`` (commands that only read)
        opens a SQLite file read-only, so that a database in a read-only folder can be queried; a schema
        that needs upgrading is then opened for writing once. A path that is not a veille database (a
        folder, a non-SQLite file, an unwritable place) raises StoreError; a schema newer than this
        veille raises SchemaTooNew.
        """
        location = parse_location(path)
        if location.kind == "sqlite" and location.target != ":memory:":
            _check_path(Path(location.target), create)
            if readonly:
                ro = _open_readonly(location.target)
                if ro is not None:
                    return cls(ro, location.target, SQLITE)
        try:
            conn, dialect = connect(location)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open {location.target}: {_reason(exc)}") from None
        try:
            if not create and dialect.postgresql and current_version(conn, dialect) == 0:
                raise StoreNotFound(f"no veille database at {location.target} (no veille tables:"
                                    " `veille migrate --db URL` creates them)")
            migrate(conn, dialect)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc) or "unable to open" in str(exc):
                raise StoreError(f"cannot open {location.target}: {_reason(exc)}") from None
            raise  # a failing migration: its own error
        except BaseException:
            conn.close()
            raise
        return cls(conn, location.target, dialect)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, pipeline: bool = True) -> Iterator[Any]:
        """One write transaction. PostgreSQL: under the writers' advisory lock, so that consolidation
        (which decides across rows: clusters, stories, people) sees every earlier save and no other
        writer's half-done one; several processes may write into one database at once.
        ``pipeline=False``: without psycopg's pipeline mode (COPY needs that)."""
        if not self.dialect.postgresql:
            self.conn.execute(self.dialect.begin)
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return
        raw = self.conn.raw
        if not pipeline:
            with raw.transaction():
                self.conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK:d})")
                yield self.conn
            return
        # pipeline mode: writes are sent without waiting for their answers (a read waits for the
        # answers of everything sent before it); BEGIN, the lock and COMMIT are queued the same way and
        # the pipeline's one Sync at its end reads the COMMIT's answer, so a save costs one round trip
        # to the server plus one per read consolidation makes. (psycopg's ``transaction()`` inside a
        # pipeline syncs on entering and leaving it: four more round trips.)
        try:
            with raw.pipeline():
                _command(raw, "BEGIN")
                self.conn.execute(_SAVE_START)
                yield self.conn
                _command(raw, "COMMIT")
        except BaseException:
            _rollback(raw)
            raise

    # -- writing -------------------------------------------------------------------------------
    def save(self, doc: Document, article: Article | None = None) -> SaveResult:
        """Store one analysed article in one transaction. The same text saved again replaces it."""
        return self._write([(doc, article)], nullcontext(),
                           lambda first: f"{doc.id}: the database refused this article ({first})")[0]

    def save_all(self, items: Iterable[tuple[Document, Article | None]]) -> list[SaveResult]:
        """Save each (document, article) pair in its own transaction, in order."""
        return [self.save(doc, article) for doc, article in items]

    def save_many(self, items: Iterable[tuple[Document, Article | None]]) -> list[SaveResult]:
        """Save several (document, article) pairs, in order, in one transaction: the rows, ids, clusters,
        stories and registry are those of ``save`` called for each in turn (each article's person ids are
        decided in its turn, seeing the ones before it; its clusters and story are decided with the
        batch's others, once, and so are the rows no later decision reads, merged events, stories' rows
        and registry rows), but the batch commits or rolls back as one. Each SaveResult says the
        article's story and clustered reports as the whole batch leaves them. An article the database
        refuses rolls back the whole batch (StoreError): save the articles one by one then to keep the
        others (``veille analyze`` does).

        On PostgreSQL the batch is one pipeline under one advisory lock: the transaction's start and
        commit are paid once, and each article's first reads go out with the previous article's last
        writes (one round trip for both)."""
        pairs = list(items)
        if not pairs:
            return []
        if len(pairs) == 1:
            return [self.save(*pairs[0])]
        return self._write(pairs, self._writer.decided_once([doc for doc, _article in pairs]),
                           lambda first: f"the database refused one of {len(pairs)} articles ({first}): none of"
                           " them stored")

    def _write(self, pairs: list[tuple[Document, Article | None]], around: AbstractContextManager[object],
               refused: Callable[[str], str]) -> list[SaveResult]:
        """Write ``pairs`` in order in one transaction, inside ``around`` (entered within it); their
        SaveResults. A refusal of the database is a StoreError whose message is ``refused`` of the first
        line of the database's."""
        finishes: list[Callable[[], SaveResult]] = []
        results: list[SaveResult] = []
        try:
            with self.transaction(), around:
                for doc, article in pairs:
                    finish = self._writer.write(doc, article)
                    # PostgreSQL: its last reads are answered with the COMMIT's; in a batch, they are
                    # made once at its end
                    if self.dialect.postgresql or len(pairs) > 1:
                        finishes.append(finish)
                    else:
                        results.append(finish())
            results += [finish() for finish in finishes]
        except self._refusals as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(refused(first)) from exc
        for result in results:
            log.debug("saved %s (%d events, %d clustered)", result.article_id, result.events, result.clustered)
        return results

    # -- reading -------------------------------------------------------------------------------
    @staticmethod
    def _filters(filters: Filters | None, kwargs: dict) -> Filters:
        base = filters or Filters()
        return replace(base, **kwargs) if kwargs else base

    def articles(self, filters: Filters | None = None, **kwargs: object) -> list[ArticleRow]:
        return self._reader.articles(self._filters(filters, kwargs))

    def events(self, filters: Filters | None = None, **kwargs: object) -> list[EventRow]:
        """Every report: one row per event per article (``veille events --all-mentions``)."""
        return self._reader.events(self._filters(filters, kwargs))

    def iter_events(self, filters: Filters | None = None, **kwargs: object) -> Iterator[EventRow]:
        return self._reader.iter_events(self._filters(filters, kwargs))

    def events_by_id(self, event_ids: list[str]) -> list[EventRow]:
        """Event reports by their ids (``EventRow.id``, ``EventClusterRow.event_ids``)."""
        return self._reader.events_by_id(event_ids)

    def event_clusters(self, filters: Filters | None = None, **kwargs: object) -> list[EventClusterRow]:
        """One row per real-world event with the number of reports and articles."""
        return self._reader.event_clusters(self._filters(filters, kwargs))

    def actors(self, filters: Filters | None = None, **kwargs: object) -> list[ActorRow]:
        return self._reader.actors(self._filters(filters, kwargs))

    def roles(self, actor_id: str) -> list[RoleRow]:
        return self._reader.roles(actor_id)

    def quotes(self, filters: Filters | None = None, **kwargs: object) -> list[QuoteRow]:
        return self._reader.quotes(self._filters(filters, kwargs))

    def summary(self) -> Summary:
        return self._reader.summary()

    def facets(self, kind: str, by: str, filters: Filters | None = None, *, min_languages: int = 0,
               **kwargs: object) -> list[FacetRow]:
        """Counts per value of ``by`` over the ``kind`` records (events, quotes, articles) passing the
        filters; ``min_languages`` keeps values reported in at least that many languages."""
        return self._reader.facets(kind, by, self._filters(filters, kwargs), min_languages=min_languages)

    def places(self, filters: Filters | None = None, **kwargs: object) -> list[PlaceRow]:
        """Places named in the articles, with mentions and the events located there."""
        return self._reader.places(self._filters(filters, kwargs))

    @property
    def resolver(self):  # -> veille.query.Resolver (imported lazily by the reader)
        """Resolves filter values (countries in French or English, acronyms, people, places)."""
        return self._reader.resolver

    def document(self, doc_id: str) -> dict | None:
        """The full stored document JSON (by document id or text sha256)."""
        return self._reader.document(self._known_as(doc_id))

    def article_text(self, doc_id: str) -> str | None:
        """The stored input text, by text_sha256 or document id."""
        return self._reader.article_text(self._known_as(doc_id))

    def article(self, doc_id: str) -> ArticleRow | None:
        """One article, by text_sha256 or document id."""
        return self._reader.article(self._known_as(doc_id))

    def _known_as(self, doc_id: str) -> str:
        """Any id an article was stored under finds it: the text sha256 behind a recorded id."""
        row = self.conn.execute(
            "SELECT a.text_sha256 FROM article_ids i JOIN articles a ON a.id = i.article_id"
            " WHERE i.doc_id = ? ORDER BY a.id DESC LIMIT 1", (doc_id,)).fetchone()
        return row[0] if row else doc_id
        return self._reader.article(doc_id)


# what a save's transaction starts with (PostgreSQL): the writers' lock, and plans that read the tables
# through their indexes. Every query of a save is an indexed look-up of a few rows; psycopg prepares a
# statement on its fifth use and the server keeps the plan it then makes for the session (until the
# table's statistics change, which autovacuum does at most once a minute): a plan made while a table
# held a few rows scans the whole table, however large it has grown since.
# Hash and merge joins off too: a join with the rows of a JSON parameter (counted as 100 rows whatever
# they are) was planned as a hash join over a whole index (2.6 ms instead of 0.2 per statement).
_SAVE_START = (f"SELECT pg_advisory_xact_lock({WRITE_LOCK:d}), set_config('enable_seqscan', 'off', true),"
               " set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)")


def _command(raw: Any, sql: str) -> None:
    """A transaction command on a psycopg connection (never prepared: it has no plan)."""
    raw.cursor().execute(sql, prepare=False)


def _rollback(raw: Any) -> None:
    """End the failed save's transaction, if the connection still has one (an error inside the pipeline
    left it open and aborted; a failed COMMIT already ended it)."""
    from psycopg import pq

    if raw.closed or raw.pgconn.status != pq.ConnStatus.OK:
        return
    if raw.info.transaction_status != pq.TransactionStatus.IDLE:
        _command(raw, "ROLLBACK")


def _check_path(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open {path}: it is a folder, not a database file")
    if path.exists() and not path.is_file():
        raise StoreError(f"cannot open {path}: not a regular file")
    if not create and not path.is_file():
        raise StoreNotFound(f"no veille database at {path}")
    if path.is_file() and path.stat().st_size >= 16:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise StoreError(f"cannot open {path}: not a veille database (not an SQLite file)")


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in text:
        return "not a veille database (not an SQLite file)"
    if isinstance(exc, OSError):
        return exc.strerror or text
    return text


def _open_readonly(path: str) -> sqlite3.Connection | None:
    """A read-only connection with an up-to-date schema, or None when the schema needs upgrading.

    In WAL mode a reader needs the ``-shm`` file; in a read-only folder where nobody can have created
    it (no writer can run there), the file is opened as immutable.
    """
    uri = "file:" + quote(str(Path(path).resolve()))
    conn = None
    for options in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(uri + options, uri=True, isolation_level=None, timeout=30.0)
            version = current_version(conn)
            break
        except sqlite3.OperationalError as exc:
            log.debug("read-only open of %s with %s failed: %s", path, options, exc)
            if conn is not None:
                conn.close()
            conn = None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {path}: {_reason(exc)}") from None
    if conn is None:
        raise StoreError(f"cannot open {path} for reading")
    latest = len(available())
    if version > latest:
        conn.close()
        raise SchemaTooNew(f"database schema version {version} is newer than this veille ({latest})")
    if version < latest:
        conn.close()
        return None
    conn.execute("PRAGMA query_only=ON")
    return conn
