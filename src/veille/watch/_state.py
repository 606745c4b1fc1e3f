"""Sources and items in the database (tables of migration 0003): what was polled, seen, analysed.

Every change is its own short transaction, committed before the next step, so that a process
killed at any point leaves a state the next run continues from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

from veille.errors import InputError
from veille.store._dialect import SQLITE, Dialect
from veille.watch._config import KINDS, SourceSpec
from veille.watch._http import Validators
from veille.watch._parse import Entry
from veille.watch._robots import RobotsEntry


class SourceError(InputError):
    """A source that cannot be added, found or changed (names the source)."""


def now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@dataclass(slots=True)
class SourceRow:
    id: int
    url: str
    kind: str
    name: str | None
    language: str | None
    interval_s: int | None
    enabled: bool
    parent_id: int | None
    etag: str | None
    last_modified: str | None
    next_due: str | None
    last_checked: str | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    failures: int
    added_at: str

    @property
    def validators(self) -> Validators:
        return Validators(self.etag, self.last_modified)


@dataclass(slots=True)
class SourceStats:
    """A source with its counts, for `veille sources list`."""

    source: SourceRow
    articles: int  # stored from this source
    duplicates: int
    pending: int
    failed: int


@dataclass(slots=True)
class ItemRow:
    id: int
    url: str
    source_id: int | None
    state: str
    canonical_url: str | None
    title: str | None
    published: str | None
    updated: str | None
    refresh: bool
    author: str | None
    etag: str | None
    last_modified: str | None
    text_sha256: str | None
    article_id: int | None
    attempts: int

    @property
    def validators(self) -> Validators | None:
        """Conditional GET only when the item's article is stored (an update check)."""
        if self.article_id is None:
            return None
        return Validators(self.etag, self.last_modified)


_SOURCE_COLUMNS = ", ".join(f.name for f in fields(SourceRow))
_ITEM_COLUMNS = ", ".join(f.name for f in fields(ItemRow))


def _source(row: tuple) -> SourceRow:
    s = SourceRow(*row)
    s.enabled = bool(s.enabled)
    return s


def _item(row: tuple) -> ItemRow:
    i = ItemRow(*row)
    i.refresh = bool(i.refresh)
    return i


class WatchState:
    """The watch tables through the store's connection (autocommit; explicit short transactions), on
    either backend (``dialect``: the store's)."""

    def __init__(self, conn: Any, dialect: Dialect = SQLITE) -> None:
        self.conn = conn
        self.dialect = dialect

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        self.conn.execute(self.dialect.begin)
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- sources ---------------------------------------------------------------------------------
    def add_source(self, spec: SourceSpec, *, parent_id: int | None = None, update: bool = False) -> SourceRow:
        """Add a source; with ``update``, an existing one takes the spec's kind, name, language, interval."""
        if spec.kind not in KINDS:
            raise SourceError(spec.url, f"kind must be one of {', '.join(KINDS)}")
        interval = int(spec.every) if spec.every is not None else None
        existing = self.source(spec.url)
        if existing is not None:
            if not update:
                raise SourceError(spec.url, f"already a source (id {existing.id})")
            with self._tx() as c:
                c.execute("UPDATE sources SET kind=CASE WHEN ?='auto' THEN kind ELSE ? END, name=COALESCE(?, name),"
                          " language=COALESCE(?, language), interval_s=COALESCE(?, interval_s) WHERE id=?",
                          (spec.kind, spec.kind, spec.name, spec.language, interval, existing.id))
        else:
            with self._tx() as c:
                c.execute("INSERT INTO sources (url, kind, name, language, interval_s, parent_id, added_at)"
                          " VALUES (?,?,?,?,?,?,?)",
                          (spec.url, spec.kind, spec.name, spec.language, interval, parent_id, iso(now())))
        found = self.source(spec.url)
        assert found is not None
        return found

    def source(self, ref: str | int) -> SourceRow | None:
        """A source by id or URL."""
        if isinstance(ref, int) or str(ref).isdigit():
            row = self.conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id=?", (int(ref),)).fetchone()  # noqa: S608
        else:
            row = self.conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE url=?", (ref,)).fetchone()  # noqa: S608
        return _source(row) if row else None

    def _existing(self, ref: str) -> SourceRow:
        found = self.source(ref)
        if found is None:
            raise SourceError(ref, "no such source (give its id or its URL as `veille sources list` shows)")
        return found

    def remove_source(self, ref: str) -> SourceRow:
        """Remove a source (and the sitemaps found through it); its items and articles stay."""
        found = self._existing(ref)
        with self._tx() as c:
            c.execute("DELETE FROM sources WHERE id=?", (found.id,))
        return found

    def set_enabled(self, ref: str, enabled: bool) -> SourceRow:
        found = self._existing(ref)
        with self._tx() as c:
            c.execute("UPDATE sources SET enabled=? WHERE id=? OR parent_id=?", (int(enabled), found.id, found.id))
            if enabled:  # polled on the next pass
                c.execute("UPDATE sources SET next_due=NULL WHERE id=? OR parent_id=?", (found.id, found.id))
        found.enabled = enabled
        return found

    def sources(self) -> list[SourceStats]:
        rows = self.conn.execute(
            f"SELECT {', '.join('s.' + f.name for f in fields(SourceRow))},"  # noqa: S608
            " COUNT(DISTINCT CASE WHEN i.state='analysed' THEN i.article_id END),"
            " SUM(CASE WHEN i.state='duplicate' THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN i.state IN ('new','fetched') OR i.refresh=1 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN i.state='failed' THEN 1 ELSE 0 END)"
            " FROM sources s LEFT JOIN watch_items i ON i.source_id = s.id GROUP BY s.id ORDER BY s.id").fetchall()
        n = len(fields(SourceRow))
        return [SourceStats(_source(r[:n]), r[n] or 0, r[n + 1] or 0, r[n + 2] or 0, r[n + 3] or 0)
                for r in rows]

    def due_sources(self, when: datetime, *, force: bool = False, grace: float = 0.0) -> list[SourceRow]:
        """Enabled sources whose next poll time has come (within ``grace`` seconds); all with ``force``."""
        rows = self.conn.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE enabled=1 AND (? = 1 OR next_due IS NULL"  # noqa: S608
            " OR next_due <= ?) ORDER BY parent_id IS NOT NULL, id",
            (int(force), iso(when + timedelta(seconds=grace)))).fetchall()
        return [_source(r) for r in rows]

    def next_due(self) -> datetime | None:
        row = self.conn.execute("SELECT MIN(COALESCE(next_due, '')) FROM sources WHERE enabled=1").fetchone()
        if row is None or row[0] is None:
            return None
        return now() if row[0] == "" else parse_iso(row[0])

    def source_listed(self, source: SourceRow, kind: str, validators: Validators, entries: Iterable[Entry],
                      interval: float) -> tuple[list[ItemRow], int]:
        """Record a fetched listing in one transaction: new items, items listed as updated, the
        source's validators and next poll. Returns (items to fetch now, how many were new)."""
        stamp = now()
        new = 0
        with self._tx() as c:
            for entry in entries:
                cur = c.execute(
                    "INSERT INTO watch_items (url, source_id, title, published, updated, first_seen)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT(url) DO NOTHING",
                    (entry.url, source.id, entry.title, entry.published, entry.updated, iso(stamp)))
                if cur.rowcount:
                    new += 1
                elif entry.updated:
                    c.execute("UPDATE watch_items SET refresh=1, updated=? WHERE url=? AND updated IS NOT NULL"
                              " AND updated != ? AND state IN ('analysed','duplicate')",
                              (entry.updated, entry.url, entry.updated))
            self._success(c, source, kind, validators, interval, stamp)
        return self.pending(source_id=source.id), new

    def source_unchanged(self, source: SourceRow, validators: Validators, interval: float) -> None:
        with self._tx() as c:
            self._success(c, source, source.kind, validators, interval, now())

    def _success(self, c: Any, source: SourceRow, kind: str, validators: Validators,
                 interval: float, stamp: datetime) -> None:
        c.execute("UPDATE sources SET kind=?, etag=COALESCE(?, etag), last_modified=COALESCE(?, last_modified),"
                  " next_due=?, last_checked=?, last_success=?, failures=0 WHERE id=?",
                  (kind, validators.etag, validators.last_modified, iso(stamp + timedelta(seconds=interval)),
                   iso(stamp), iso(stamp), source.id))

    def source_failed(self, source: SourceRow, error: str, delay: float) -> None:
        stamp = now()
        with self._tx() as c:
            c.execute("UPDATE sources SET last_error=?, last_error_at=?, last_checked=?, failures=failures+1,"
                      " next_due=? WHERE id=?",
                      (error, iso(stamp), iso(stamp), iso(stamp + timedelta(seconds=delay)), source.id))

    # -- items -----------------------------------------------------------------------------------
    def page_item(self, source: SourceRow) -> ItemRow:
        """The item of a page source (its own URL)."""
        with self._tx() as c:
            c.execute("INSERT INTO watch_items (url, source_id, first_seen) VALUES (?,?,?)"
                      " ON CONFLICT(url) DO NOTHING", (source.url, source.id, iso(now())))
        row = self.conn.execute(f"SELECT {_ITEM_COLUMNS} FROM watch_items WHERE url=?", (source.url,)).fetchone()  # noqa: S608
        return _item(row)

    def pending(self, *, source_id: int | None = None) -> list[ItemRow]:
        """Items to fetch: not analysed yet, or listed as updated, not waiting for a retry, of an enabled
        source (a disabled or removed source's items wait)."""
        sql = (f"SELECT {_ITEM_COLUMNS} FROM watch_items WHERE (state IN ('new','fetched') OR refresh=1)"  # noqa: S608
               " AND (retry_at IS NULL OR retry_at <= ?)"
               " AND source_id IN (SELECT id FROM sources WHERE enabled=1)")
        args: list[object] = [iso(now())]
        if source_id is not None:
            sql += " AND source_id=?"
            args.append(source_id)
        return [_item(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def recover(self) -> int:
        """Items whose article was committed just before a crash (state 'fetched'): mark them analysed."""
        with self._tx() as c:
            cur = c.execute(
                "UPDATE watch_items SET state='analysed', refresh=0, analysed_at=COALESCE(analysed_at, fetched_at),"
                " article_id=(SELECT a.id FROM articles a WHERE a.text_sha256=watch_items.text_sha256)"
                " WHERE state='fetched' AND text_sha256 IN (SELECT text_sha256 FROM articles)")
            return cur.rowcount

    def owner(self, item: ItemRow, canonical: str, sha: str) -> tuple[int, str] | None:
        """(article id, why) of an article already stored for this story, if any.

        why: "canonical URL" or "same text" (another URL's story), "own" (this item's own text,
        stored just before a crash or by an earlier check).
        """
        row = self.conn.execute(
            "SELECT article_id FROM watch_items WHERE canonical_url=? AND state='analysed' AND id != ?"
            " AND article_id IS NOT NULL LIMIT 1", (canonical, item.id)).fetchone()
        if row:
            return row[0], "canonical URL"
        row = self.conn.execute("SELECT id, url FROM articles WHERE text_sha256=?", (sha,)).fetchone()
        if row is None:
            return None
        return row[0], "own" if row[0] == item.article_id or row[1] == canonical else "same text"

    def article_id(self, sha: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE text_sha256=?", (sha,)).fetchone()
        return row[0] if row else None

    def item_fetched(self, item: ItemRow, canonical: str, sha: str, author: str | None) -> None:
        """Before analysis: the text's hash, so that a crash after the article commits is recovered."""
        with self._tx() as c:
            c.execute("UPDATE watch_items SET state=CASE WHEN state='new' THEN 'fetched' ELSE state END,"
                      " canonical_url=?, text_sha256=CASE WHEN state IN ('new','fetched') THEN ? ELSE text_sha256 END,"
                      " author=COALESCE(?, author), fetched_at=? WHERE id=?",
                      (canonical, sha, author, iso(now()), item.id))

    def item_stored(self, item: ItemRow, article_id: int, sha: str, validators: Validators,
                    canonical: str | None = None) -> None:
        with self._tx() as c:
            c.execute("UPDATE watch_items SET state='analysed', article_id=?, text_sha256=?, refresh=0,"
                      " attempts=0, error=NULL, retry_at=NULL, analysed_at=?, etag=?, last_modified=?,"
                      " canonical_url=COALESCE(?, canonical_url) WHERE id=?",
                      (article_id, sha, iso(now()), validators.etag, validators.last_modified, canonical,
                       item.id))

    def item_duplicate(self, item: ItemRow, article_id: int, canonical: str | None, why: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE watch_items SET state='duplicate', article_id=?,"
                      " canonical_url=COALESCE(?, canonical_url), refresh=0, error=?, retry_at=NULL,"
                      " analysed_at=? WHERE id=?",
                      (article_id, canonical, f"same story as article {article_id} ({why})", iso(now()), item.id))

    def item_unchanged(self, item: ItemRow, validators: Validators | None = None) -> None:
        """An update check that found the same text (or a 304)."""
        with self._tx() as c:
            c.execute("UPDATE watch_items SET refresh=0, etag=COALESCE(?, etag),"
                      " last_modified=COALESCE(?, last_modified), retry_at=NULL WHERE id=?",
                      (validators.etag if validators else None, validators.last_modified if validators else None,
                       item.id))

    def item_failed(self, item: ItemRow, error: str, *, transient: bool, attempts: int, retry_in: float) -> bool:
        """Record a failed fetch; return True when the item is given up (permanent or out of attempts)."""
        give_up = not transient or item.attempts + 1 >= attempts
        with self._tx() as c:
            if item.article_id is not None:  # a failed update check: the stored article stays
                c.execute("UPDATE watch_items SET refresh=?, error=?, attempts=attempts+1, retry_at=? WHERE id=?",
                          (0 if give_up else 1, error, iso(now() + timedelta(seconds=retry_in)), item.id))
            else:
                c.execute("UPDATE watch_items SET state=?, error=?, attempts=attempts+1, retry_at=? WHERE id=?",
                          ("failed" if give_up else "new", error,
                           None if give_up else iso(now() + timedelta(seconds=retry_in)), item.id))
        return give_up

    def item_reset(self, item: ItemRow) -> None:
        """Analysis did not happen (stopped): the item is fetched again next time."""
        with self._tx() as c:
            c.execute("UPDATE watch_items SET state='new' WHERE id=? AND state='fetched'", (item.id,))

    # -- robots.txt ------------------------------------------------------------------------------
    def robots(self) -> list[RobotsEntry]:
        return [RobotsEntry(host, status, body, parse_iso(at).timestamp())
                for host, body, status, at in self.conn.execute(
                    "SELECT host, robots, status, fetched_at FROM watch_hosts")]

    def save_robots(self, entries: Iterable[RobotsEntry]) -> None:
        rows = [(e.host, e.body, e.status, iso(datetime.fromtimestamp(e.fetched_at, UTC)))
                for e in entries if e.lasting]
        if rows:
            with self._tx() as c:
                c.executemany("INSERT INTO watch_hosts (host, robots, status, fetched_at) VALUES (?,?,?,?)"
                              " ON CONFLICT(host) DO UPDATE SET robots=excluded.robots, status=excluded.status,"
                              " fetched_at=excluded.fetched_at", rows)
