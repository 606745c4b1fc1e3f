"""One pass of `veille watch`: poll the due sources, fetch new items, analyse and store them.

Worker threads (``concurrency`` of them) fetch and extract; each takes work only for a host no other
worker is talking to, the one whose politeness delay ends first. The calling thread does all the
database work and the analysis, in batches, as fetched articles arrive.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from veille.errors import FetchError, VeilleError
from veille.watch._config import SourceSpec, WatchConfig
from veille.watch._http import Fetched, Fetcher, Stopped, host_key
from veille.watch._parse import Listing, Page, kind_of, listing, page
from veille.watch._robots import RobotsCache
from veille.watch._state import ItemRow, SourceRow, WatchState, now

if TYPE_CHECKING:
    from veille.store import Store

log = logging.getLogger(__name__)

DUE_GRACE = 60.0  # a source due within this many seconds is polled now (cron jitter)


@dataclass(slots=True)
class PassCounts:
    """What a pass did. ``fetched``: article pages downloaded; ``unchanged``: update checks that
    found the same text (or 304); ``requests``: every HTTP request, robots.txt included."""

    due: int = 0
    polled: int = 0
    not_modified: int = 0
    new: int = 0
    fetched: int = 0
    analysed: int = 0
    duplicates: int = 0
    unchanged: int = 0
    errors: int = 0
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False


@dataclass(slots=True)
class SourceReport:
    """One source in one pass: the structured log line."""

    source_id: int
    url: str
    kind: str
    status: str = "pending"  # ok | not_modified | error
    http: int | None = None
    listed: int = 0
    new: int = 0
    analysed: int = 0
    duplicates: int = 0
    errors: int = 0
    error: str | None = None
    seconds: float = 0.0


@dataclass(slots=True)
class PassReport:
    counts: PassCounts
    sources: list[SourceReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "URL: reason", one per failure


# -- work handed to the fetch threads, and what comes back ------------------------------------------
@dataclass(slots=True)
class _Poll:
    source: SourceRow


@dataclass(slots=True)
class _Get:
    item: ItemRow
    source: SourceRow | None


@dataclass(slots=True)
class _Polled:
    source: SourceRow
    seconds: float
    fetched: Fetched | None = None
    kind: str | None = None
    listing: Listing | None = None
    page: Page | None = None
    error: FetchError | None = None


@dataclass(slots=True)
class _Got:
    item: ItemRow
    source: SourceRow | None
    fetched: Fetched | None = None
    page: Page | None = None
    error: FetchError | None = None


_Task = _Poll | _Get
_Result = _Polled | _Got


class _Frontier:
    """Tasks per host; a worker gets a task of a host that is idle, the one ready first."""

    def __init__(self, ready_at: Callable[[str], float]) -> None:
        self._ready_at = ready_at
        self._queues: dict[str, deque[_Task]] = {}
        self._busy: set[str] = set()
        self._cond = threading.Condition()
        self._closed = False

    def put(self, url: str, task: _Task) -> None:
        key = host_key(url)
        with self._cond:
            self._queues.setdefault(key, deque()).append(task)
            self._cond.notify()

    def get(self) -> tuple[str, _Task] | None:
        """The next task; None once closed (the calling thread closes when the pass is over)."""
        with self._cond:
            while True:
                if self._closed:
                    return None
                idle = [k for k, q in self._queues.items() if q and k not in self._busy]
                if not idle:
                    self._cond.wait(0.5)
                    continue
                key = min(idle, key=self._ready_at)
                wait = self._ready_at(key) - time.monotonic()
                if wait > 0:
                    self._cond.wait(min(wait, 0.5))
                    continue
                self._busy.add(key)
                return key, self._queues[key].popleft()

    def done(self, key: str) -> None:
        with self._cond:
            self._busy.discard(key)
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def finished(self) -> bool:
        """Nothing running, and nothing queued (or closed): the workers have nothing left to do."""
        with self._cond:
            return not self._busy and (self._closed or not any(self._queues.values()))


class Watcher:
    """Runs passes over the sources of one store. ``stop()`` (from a signal handler) ends the pass
    after the articles under analysis are stored; ``analyzer`` is created on first need."""

    def __init__(self, store: Store, config: WatchConfig, *, analyzer_factory: Callable[[], object] | None = None,
                 progress: Callable[[PassCounts], None] | None = None) -> None:
        self.store = store
        self.config = config
        self.state = WatchState(store.conn, store.dialect)
        self._analyzer_factory = analyzer_factory
        self._analyzer = None
        self._progress = progress
        self._stop = threading.Event()

    # -- control ---------------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def sleep(self, seconds: float) -> bool:
        """Wait ``seconds``; True when stopped meanwhile."""
        return self._stop.wait(seconds)

    def run(self, *, once: bool = False, force: bool = False) -> Iterator[PassReport]:
        """Passes, each when a source is due (at least every ``config.every``), until stopped."""
        while True:
            yield self.run_pass(force=force)
            force = False
            if once or self.stopping:
                return
            due = self.state.next_due()
            wait = (due - now()).total_seconds() if due is not None else self.config.every
            if self.sleep(min(max(wait, 1.0), self.config.every)):
                return

    def interval(self, source: SourceRow | None) -> float:
        return float(source.interval_s) if source and source.interval_s else self.config.every

    # -- one pass --------------------------------------------------------------------------------
    def run_pass(self, *, force: bool = False) -> PassReport:
        started = time.monotonic()
        report = PassReport(PassCounts())
        counts = report.counts
        recovered = self.state.recover()
        if recovered:
            log.info("%d item(s) stored before an interruption marked analysed", recovered)
        robots = RobotsCache(self.config.robots_ttl, self.state.robots())
        fetcher = Fetcher(self.config, robots=robots, sleep=self.sleep)
        frontier = _Frontier(fetcher.ready_at)
        run = _Run(self, fetcher, frontier, report)
        due = self.state.due_sources(now(), force=force, grace=min(DUE_GRACE, self.config.every / 10))
        counts.due = len(due)
        for source in due:
            run.reports[source.id] = SourceReport(source.id, source.url, source.kind)
            frontier.put(source.url, _Poll(source))
        for item in self.state.pending():
            run.queue_item(item)
        results: queue.Queue[_Result] = queue.Queue(maxsize=max(8, 2 * self.config.batch_size))
        workers = [threading.Thread(target=self._work, args=(fetcher, frontier, results), daemon=True,
                                    name=f"veille-fetch-{i}") for i in range(self.config.concurrency)]
        for worker in workers:
            worker.start()
        try:
            run.loop(results)
        finally:
            frontier.close()
            for worker in workers:
                while worker.is_alive():  # a worker may wait to hand in its result: keep draining
                    run.drain(results)
                    worker.join(0.05)
            run.drain(results)
            run.reset_unanalysed()
            self.state.save_robots(robots.fetched)
            counts.requests = fetcher.requests
            fetcher.close()
        counts.stopped = self.stopping
        counts.seconds = time.monotonic() - started
        for entry in run.reports.values():
            if entry.status != "pending":
                report.sources.append(entry)
        self.notify(counts)
        return report

    def notify(self, counts: PassCounts) -> None:
        """Tell the progress display (if any) the counts so far."""
        if self._progress is not None:
            self._progress(counts)

    # -- fetch threads ---------------------------------------------------------------------------
    def _work(self, fetcher: Fetcher, frontier: _Frontier, results: queue.Queue[_Result]) -> None:
        while (got := frontier.get()) is not None:
            key, task = got
            try:
                result = self._poll(fetcher, task) if isinstance(task, _Poll) else self._get(fetcher, task)
                results.put(result)
            finally:
                frontier.done(key)

    def _poll(self, fetcher: Fetcher, task: _Poll) -> _Polled:
        source = task.source
        started = time.monotonic()
        result = _Polled(source, 0.0)
        try:
            result.fetched = fetcher.get(source.url, source.validators)
            if not result.fetched.not_modified:
                result.kind = source.kind if source.kind != "auto" else kind_of(result.fetched)
                if result.kind == "page":
                    result.page = page(result.fetched, language=source.language, source=source.name,
                                       tracking=self.config.tracking_params)
                else:
                    result.listing = listing(result.fetched, result.kind)
        except FetchError as exc:
            result.error = exc
        result.seconds = time.monotonic() - started
        return result

    def _get(self, fetcher: Fetcher, task: _Get) -> _Got:
        item, source = task.item, task.source
        result = _Got(item, source)
        try:
            result.fetched = fetcher.get(item.url, item.validators)
            if not result.fetched.not_modified:
                result.page = page(result.fetched, language=source.language if source else None,
                                   published=item.published, source=source.name if source else None,
                                   tracking=self.config.tracking_params)
        except FetchError as exc:
            result.error = exc
        return result

    # -- analysis --------------------------------------------------------------------------------
    def analyzer(self):
        if self._analyzer is None:
            if self._analyzer_factory is not None:
                self._analyzer = self._analyzer_factory()
            else:
                from veille.analyze.pipeline import Analyzer

                self._analyzer = Analyzer(batch_size=self.config.batch_size)
        return self._analyzer


class _Run:
    """The calling thread's side of one pass: results in, database and analysis out."""

    def __init__(self, watcher: Watcher, fetcher: Fetcher, frontier: _Frontier, report: PassReport) -> None:
        self.w = watcher
        self.state = watcher.state
        self.config = watcher.config
        self.fetcher = fetcher
        self.frontier = frontier
        self.report = report
        self.counts = report.counts
        self.reports: dict[int, SourceReport] = {}
        self.sources: dict[int, SourceRow | None] = {}
        self.queued: set[int] = set()
        self.batch: list[tuple[ItemRow, Page, Fetched]] = []
        self.keys: set[str] = set()  # canonical URLs and text hashes in the batch
        self.deferred: list[_Got] = []  # same story as an article of the batch: decided after it

    # -- queueing --------------------------------------------------------------------------------
    def source_of(self, item: ItemRow) -> SourceRow | None:
        if item.source_id is None:
            return None
        if item.source_id not in self.sources:
            self.sources[item.source_id] = self.state.source(item.source_id)
        return self.sources[item.source_id]

    def queue_item(self, item: ItemRow) -> None:
        if item.id in self.queued:
            return
        self.queued.add(item.id)
        self.frontier.put(item.url, _Get(item, self.source_of(item)))

    # -- main loop -------------------------------------------------------------------------------
    def loop(self, results: queue.Queue[_Result]) -> None:
        while True:
            if self.w.stopping:
                self.frontier.close()
            try:
                result = results.get(timeout=0.05 if not self.batch else 0)
            except queue.Empty:
                result = None
            if result is not None:
                self.handle(result, analyse=not self.w.stopping)
            stopping = self.w.stopping
            if self.batch and not stopping and (result is None or len(self.batch) >= self.config.batch_size):
                self.analyse()
            if result is None and (stopping or not self.batch) and self.frontier.finished() \
                    and results.empty():
                if self.deferred and not stopping:
                    for got in self._take_deferred():
                        self.handle(got, analyse=True)
                    continue
                return

    def drain(self, results: queue.Queue[_Result]) -> None:
        """Record what the answers still queued say (listings, failures), analysing nothing."""
        while True:
            try:
                self.handle(results.get_nowait(), analyse=False)
            except queue.Empty:
                return

    def handle(self, result: _Result, *, analyse: bool) -> None:
        if isinstance(result, _Polled):
            self._polled(result, queue_items=analyse)
        else:
            self._got(result, analyse=analyse)
        self.w.notify(self.counts)

    def _error(self, what: str, exc: FetchError, note: str = "") -> None:
        if isinstance(exc, Stopped):  # not the source's fault: nothing recorded
            return
        self.counts.errors += 1
        self.report.errors.append(f"{exc}{note}")
        log.debug("%s failed: %s", what, exc)

    def _polled(self, result: _Polled, *, queue_items: bool) -> None:
        source, entry = result.source, self.reports[result.source.id]
        self.sources[source.id] = source
        entry.seconds = result.seconds
        interval = self.w.interval(source)
        if isinstance(result.error, Stopped):
            entry.status = "stopped"
            return
        if result.error is not None:
            exc = result.error
            delay = min(self.config.max_backoff, interval * 2 ** source.failures)
            if exc.retry_after is not None:
                delay = max(delay, exc.retry_after)
            self.state.source_failed(source, exc.reason, delay)
            entry.status, entry.error, entry.errors = "error", exc.reason, entry.errors + 1
            self._error(source.url, exc, f" (source polled again in {_human(delay)})")
            return
        self.counts.polled += 1
        fetched = result.fetched
        assert fetched is not None
        entry.http = fetched.status
        if fetched.not_modified:
            self.counts.not_modified += 1
            entry.status = "not_modified"
            self.state.source_unchanged(source, fetched.validators, interval)
            return
        entry.status = "ok"
        entry.kind = result.kind or source.kind
        if result.page is not None:  # a page source: its own single item, already fetched
            self.state.source_listed(source, "page", fetched.validators, (), interval)
            item = self.state.page_item(source)
            entry.listed = 1
            self._got(_Got(item, source, fetched, result.page), analyse=queue_items)
            return
        listed = result.listing
        assert listed is not None and result.kind is not None
        items, new = self.state.source_listed(source, result.kind, fetched.validators, listed.entries, interval)
        entry.listed, entry.new = len(listed.entries), new
        self.counts.new += new
        for child in listed.sitemaps[: self.config.sitemap_children]:
            self._child_sitemap(source, child, queue_items)
        if queue_items:
            for item in items:
                self.queue_item(item)

    def _child_sitemap(self, parent: SourceRow, url: str, queue_now: bool) -> None:
        child = self.state.source(url)
        if child is None:
            child = self.state.add_source(
                SourceSpec(url, "sitemap", parent.name, parent.language, parent.interval_s), parent_id=parent.id)
            if queue_now and child.id not in self.reports:
                self.reports[child.id] = SourceReport(child.id, child.url, child.kind)
                self.frontier.put(child.url, _Poll(child))

    def _got(self, got: _Got, *, analyse: bool) -> None:
        item = got.item
        entry = self.reports.get(item.source_id or -1)
        if isinstance(got.error, Stopped):
            return
        if got.error is not None:
            retry_in = self.config.backoff * 2 ** (item.attempts + 1)
            if got.error.retry_after is not None:
                retry_in = max(retry_in, got.error.retry_after)
            gave_up = self.state.item_failed(item, got.error.reason, transient=got.error.transient,
                                             attempts=self.config.item_attempts, retry_in=retry_in)
            if entry:
                entry.errors += 1
            self._error(item.url, got.error, "" if gave_up else " (tried again on a later pass)")
            return
        fetched = got.fetched
        assert fetched is not None
        if fetched.not_modified:
            self.state.item_unchanged(item, fetched.validators)
            self.counts.unchanged += 1
            return
        self.counts.fetched += 1
        if not analyse:
            return
        pg = got.page
        assert pg is not None
        sha = pg.article.sha256
        if item.article_id is not None and sha == item.text_sha256:
            self.state.item_unchanged(item, fetched.validators)
            self.counts.unchanged += 1
            return
        if pg.canonical in self.keys or sha in self.keys:
            self.deferred.append(got)
            return
        owner = self.state.owner(item, pg.canonical, sha)
        if owner is not None:
            article_id, why = owner
            if why == "own":
                self.state.item_stored(item, article_id, sha, fetched.validators, pg.canonical)
                self.counts.unchanged += 1
            else:
                self.state.item_duplicate(item, article_id, pg.canonical, why)
                self.counts.duplicates += 1
                if entry:
                    entry.duplicates += 1
            return
        self.state.item_fetched(item, pg.canonical, sha, pg.author)
        self.batch.append((item, pg, fetched))
        self.keys.update((pg.canonical, sha))

    def _take_deferred(self) -> list[_Got]:
        taken, self.deferred = self.deferred, []
        return taken

    def analyse(self) -> None:
        batch, self.batch = self.batch, []
        self.keys.clear()
        analyzer = self.w.analyzer()
        documents = analyzer.analyze_many([pg.article for _, pg, _ in batch])
        for (item, pg, fetched), document in zip(batch, documents):
            entry = self.reports.get(item.source_id or -1)
            refusals: tuple[type[BaseException], ...] = (VeilleError, *self.w.store.database_errors)
            try:
                self.w.store.save(document, pg.article)
            except refusals as exc:  # this article only; the pass goes on
                self.counts.errors += 1
                self.report.errors.append(f"{item.url}: not stored: {exc}")
                self.state.item_reset(item)
                continue
            article_id = self.state.article_id(pg.article.sha256)
            assert article_id is not None
            self.state.item_stored(item, article_id, pg.article.sha256, fetched.validators, pg.canonical)
            self.counts.analysed += 1
            if entry:
                entry.analysed += 1
            self.w.notify(self.counts)
        if self.deferred and not self.w.stopping:
            for got in self._take_deferred():
                self._got(got, analyse=True)

    def reset_unanalysed(self) -> None:
        """Stopped: items fetched but not analysed are fetched again next time."""
        for item, _pg, _f in self.batch:
            self.state.item_reset(item)
        self.batch = []


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:.0f}s"
