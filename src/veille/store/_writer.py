"""Writing one analysed article: its row and children, then what consolidation decided.

The writer only inserts and updates; every decision across articles (person ids, event clusters,
stories, registry rows) comes from :class:`veille.consolidate.Consolidator`, which reads its candidates
through :class:`veille.store._candidates.SqliteCandidates`. Everything runs inside the one transaction
``Store.save`` opens; nothing commits on its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

from veille.consolidate import Consolidator, Regrouping, SearchKind, search_rowid, sentence_around
from veille.consolidate.actors import (
    PersonName,
    RegistryActor,
    is_proper_name,
    name_key,
    person_bucket,
    person_key,
    registry_id,
)
from veille.consolidate.dates import event_range, iso_day
from veille.consolidate.events import MAX_RANGE_DAYS, EventSignature, MergedEvent, day_keys, own_cluster_id
from veille.consolidate.stories import Story, StoryCard, own_story_id, story_card
from veille.contract.models import Actor, ActorRef, Document
from veille.ingest.article import Article
from veille.store._batch import WriteBatch
from veille.store._candidates import SqliteCandidates
from veille.store._dialect import SQLITE, Dialect
from veille.store.rows import SaveResult

_EVENT_COLUMNS = ("uid", "article_id", "doc_event_id", "event", "mode", "context", "status", "date", "enddate",
                  "date_precision", "date_source", "day_start", "day_end", "location_name", "location_country",
                  "lat", "lon", "geonameid", "evidence", "start", "end", "trigger", "confidence", "said_by",
                  "cluster_id")
_ARTICLE_COLUMNS = ("language", "published", "title", "source", "url", "origin", "status", "contract",
                    "document_json", "analysed_at", "doc_id", "text", "text_sha256", "story_id", "story_day")
_CLUSTER_COLUMNS = ("id", "event", "date", "enddate", "date_from", "place", "place_country", "geonameid",
                    "place_from", "actor", "recipient", "reports", "articles")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fields(obj: object) -> dict[str, object]:
    fields = getattr(obj, "__dataclass_fields__", None)
    if fields is None:
        raise TypeError(f"cannot store {type(obj).__name__} in the document JSON")
    return {name: getattr(obj, name) for name in fields}


def document_json(doc: Document) -> str:
    """``json.dumps(doc.to_dict())`` without asdict's deep copies (a few ms per article)."""
    return json.dumps(doc, ensure_ascii=False, default=_fields)


def _mentions_added(linked: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """article_actors rows with one row per (article, document actor): the first, its mentions (index 6)
    the sum of all (what inserting them one by one, each adding its mentions to the row, stores)."""
    first: dict[tuple[object, object], list[object]] = {}
    for row in linked:
        kept = first.get((row[0], row[1]))
        if kept is None:
            first[(row[0], row[1])] = list(row)
        else:
            kept[6] = cast(int, kept[6]) + cast(int, row[6])
    return [tuple(row) for row in first.values()]


def _as_stored(card: StoryCard, story_id: str) -> StoryCard:
    """An article's story card as the store reads it back, in the story ``story_id`` (no keys are written
    for a card without a lede day)."""
    return replace(card, features=card.features if card.day is not None else frozenset(), story_id=story_id)


@dataclass(frozen=True, slots=True)
class _ChildIds:
    """The row ids a new article's events and quotes take (``ArticleWriter._new_batch``), in order."""

    events: list[int]
    quotes: list[int]


def _next_ids(table: str) -> str:
    """An array of the next ``?`` values of ``table``'s id sequence, taken where the ``new`` row (of a
    ``WITH`` clause) says ``yes``."""
    return (f"ARRAY(SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, ?)"
            " WHERE (SELECT yes FROM new))")


@dataclass(slots=True)
class _BatchWork:
    """The rows decided once at the end of articles saved together (``ArticleWriter.decided_once``): the
    merged events of the clusters and the stories any of them touched, and the registry: the actors an
    article left, re-pointed or had before (recomputed from every article), and the ones articles only
    added (their stored rows merged with the facts of those articles)."""

    clusters: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    recompute: set[str] = field(default_factory=set)
    added: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # text sha256s
    # the clusters and stories decisions not taken yet (``ArticleWriter._decide_pending``): the reports
    # written or changed, the clusters they left, the articles written, the stories they left
    uids: set[str] = field(default_factory=set)
    # the answers naming stored reports whose keys a re-point changed (``ArticleWriter._repoint``): read
    # at the next decision, not at each re-point (a round trip each)
    dirty: list[Callable[[], set[str]]] = field(default_factory=list)
    new_uids: set[str] = field(default_factory=set)  # the articles' own reports (their own clusters touched)
    broken_clusters: set[str] = field(default_factory=set)
    written: list[str] = field(default_factory=list)  # text sha256s, in order
    broken_stories: set[str] = field(default_factory=set)
    # PostgreSQL: the search rows of the articles' events, once their ids are read: (rows, language)
    event_search: list[tuple[Callable[[], list[tuple[SearchKind, int, str]]], str | None, int]] = field(
        default_factory=list)
    saved: list[int] = field(default_factory=list)  # the articles' row ids, in order
    # PostgreSQL, a batch of articles none of which is stored (nor twice in it): their row ids (text sha256
    # -> id), taken from the sequence at once in their order
    new_ids: dict[str, int] = field(default_factory=dict)
    # and their children's (text sha256 -> its events' and quotes' row ids, in the document's order)
    new_children: dict[str, _ChildIds] = field(default_factory=dict)
    # and the reports and story cards they wrote, as consolidation reads them (``SqliteCandidates.hold_written``)
    held_reports: list[EventSignature] = field(default_factory=list)
    held_cards: list[StoryCard] = field(default_factory=list)
    # PostgreSQL: the old registry ids of the people re-pointed (``ArticleWriter._repoint_name``), read at the
    # next decision: they join ``recompute``
    repointed: list[Callable[[], set[str]]] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)  # the cursor of their SaveResults' reads (at the end)


# up to this many new group ids (one article's): one UPDATE each; more (a batch's): one per kind
_FEW_UPDATES = 3

# more articles than this in one batch: the registry rows of the actors they add are recomputed (a look-up
# naming every article of the batch would be one parameter per article)
_MERGED_ARTICLES = 500


@dataclass(slots=True)
class _Before:
    """What an article had before it was written again (its links are re-done, only its own)."""

    actor_ids: set[str] = field(default_factory=set)
    clusters: set[str] = field(default_factory=set)
    story: str | None = None


class ArticleWriter:
    """Writes one Document (and its Article) through an open connection, inside a transaction."""

    def __init__(self, conn: sqlite3.Connection, consolidator: Consolidator | None = None, *,
                 dialect: Dialect = SQLITE) -> None:
        self.conn = conn
        self.dialect = dialect
        self.consolidator = consolidator or Consolidator()
        self.source = SqliteCandidates(conn, postgresql=dialect.postgresql)
        self.batch = WriteBatch(conn, dialect)  # the writes no later read of the save depends on
        self.step = WriteBatch(conn, dialect)  # PostgreSQL: writes sent as one statement with the next
        # where the article's row and children go: ``step``, or ``batch`` for a new article of a batch
        # (``_new_batch``: its ids known, nothing read before the batch's next decision needs them)
        self._rows = self.step
        self._children: _ChildIds | None = None  # a new article's events' and quotes' row ids, taken with its own
        self._search_rows: list[tuple[int, str, str, int]] = []  # the article's, sent in one batch
        self._written_events: list[EventSignature] = []  # the article's reports as just written
        # PostgreSQL: the search rows of the article's events, once their ids are read (_events_searched)
        self._event_search: Callable[[], list[tuple[SearchKind, int, str]]] | None = None
        self._work: _BatchWork | None = None  # inside ``decided_once``

    @contextmanager
    def decided_once(self, docs: Sequence[Document] = ()) -> Iterator[None]:
        """Articles written inside (one transaction) leave the rows nothing consolidation decides reads to
        its end, decided once for all of them: the merged events (``event_clusters``), the stories
        (``stories``) and the registry (``actors``). The same rows as deciding after each article: a merged
        event is a function of its cluster's reports and a story's row of its articles, and these change
        only in the clusters and stories an article touches; a registry row merged with new facts is the
        row of all the facts (``Consolidator.registry``). One set of look-ups and one write instead of
        one per article.

        PostgreSQL, ``docs`` (the articles to be written, in order) all new: their row ids are taken at
        once and the stored people of their name buckets read once (``_new_batch``), so that writing them
        waits for no answer of the server."""
        self._work = work = _BatchWork()
        self.batch.start()
        if self.dialect.postgresql and docs:
            self._new_batch(work, docs)
        try:
            yield
            self._decide_pending(work)
            self.source.clear(kept=True)
            self.batch.start()
            ids = work.recompute | work.added
            added = work.added - work.recompute
            articles = tuple(sorted(work.articles)) if len(work.articles) <= _MERGED_ARTICLES else ()
            self.source.read_ahead_cluster_reports(work.clusters)
            self.source.read_ahead_story_members(work.stories)
            self.source.read_ahead_registry(ids, added, articles)
            self._merged(*self.consolidator.merged_events(work.clusters, self.source))
            self._stories(*self.consolidator.story_rows(work.stories, self.source))
            self._registry(*self.consolidator.registry(ids, self.source, added=added, articles=articles))
            self.source.clear(kept=True)
            saved = sorted(set(work.saved))
            work.results.append(self.batch.flush(
                "SELECT a.id, a.story_id, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND EXISTS"
                " (SELECT 1 FROM events o WHERE o.cluster_id = e.cluster_id AND o.article_id != e.article_id))"
                f" FROM articles a WHERE a.id IN ({','.join('?' for _ in saved)})", saved))
        finally:
            self._work = None
            self.source.known_people = None
            self.source.forget_written()

    def _new_batch(self, work: _BatchWork, docs: Sequence[Document]) -> None:
        """Where none of ``docs`` is stored (by its text, or an id an edit would be found by) nor twice among
        them: their row ids, the next values of the articles' sequence in their order (what inserting them
        one by one gives), and the stored people of their buckets (``KnownPeople``), in one round trip. Else
        nothing: each article is looked up as it is written (and no value of the sequence is taken)."""
        shas = [d.text_sha256 for d in docs]
        ids = [d.id for d in docs]
        if len(set(shas)) < len(shas) or len(set(ids)) < len(ids) or len(docs) > _MERGED_ARTICLES:
            return
        people = self.source.read_people({b for doc in docs for _k, b in self._people(doc).values()})
        events, quotes = [len(doc.events) for doc in docs], [len(doc.quotes) for doc in docs]
        marks = ",".join("?" for _ in docs)
        cursor = self.conn.execute(
            f"WITH new AS (SELECT NOT EXISTS (SELECT 1 FROM articles WHERE text_sha256 IN ({marks}))"
            f" AND NOT EXISTS (SELECT 1 FROM article_ids WHERE doc_id IN ({marks})) AS yes)"
            f" SELECT {_next_ids('articles')}, {_next_ids('events')}, {_next_ids('quotes')}",
            [*shas, *ids, len(docs), sum(events), sum(quotes)])
        articles, event_ids, quote_ids = (iter(sorted(int(i) for i in taken)) for taken in cursor.fetchone())
        work.new_ids = dict(zip(shas, articles, strict=False))
        if work.new_ids:
            work.new_children = {
                sha: _ChildIds([next(event_ids) for _ in range(n)], [next(quote_ids) for _ in range(m)])
                for sha, n, m in zip(shas, events, quotes, strict=True)}
            self.source.known_people = people()

    def _decide_pending(self, work: _BatchWork) -> None:
        """The clusters and stories decisions of the articles written since the last one, taken once for
        all of them: consolidation is a function of the set of stored reports and articles (clusters and
        stories are connected components named after their smallest member), so deciding over the union
        of what several articles wrote gives the ids of deciding after each. Taken before an article of
        the batch is written again (what it was linked to is read then) and at the batch's end."""
        self.source.clear(kept=True)
        self.batch.send()  # the writes of the articles since the last decision
        by_language: dict[str | None, list[tuple[int, str, str, int]]] = {}
        for read, language, article_id in work.event_search:
            by_language.setdefault(language, []).extend(
                (search_rowid(kind, event_id), body, kind.name.lower(), article_id) for kind, event_id, body in read())
        for language, rows in by_language.items():  # one statement per language
            self.dialect.search_insert(self.conn, rows, language)
        work.event_search = []
        if work.held_reports or work.held_cards:
            # the new articles' reports and cards need no read: the candidates of all are sent after
            # the writes, answered with the re-points' answers below (one round trip)
            self.source.hold_written(work.held_reports, work.held_cards)
            work.held_reports, work.held_cards = [], []
        for olds in work.repointed:
            work.recompute |= olds()
        work.repointed = []
        for dirty in work.dirty:
            changed = dirty()
            self.source.forget_reports(changed)  # a later article of the batch re-pointed their keys
            work.uids |= changed
        work.dirty = []
        if work.uids or work.broken_clusters:
            regrouping = self.consolidator.clusters(work.uids, work.broken_clusters, self.source)
            self.source.forget_written(cards=False)
            self.source.clear()
            self._apply(regrouping, "events", "uid", "cluster_id")
            work.clusters |= (regrouping.touched | work.broken_clusters
                              | {own_cluster_id(u) for u in work.new_uids})
        if work.written:
            regrouping = self.consolidator.stories(work.written, work.broken_stories, self.source)
            self.source.clear()
            self._apply(regrouping, "articles", "text_sha256", "story_id")
            work.stories |= (regrouping.touched | work.broken_stories
                             | {own_story_id(sha) for sha in work.written})
        self.source.forget_written()
        work.uids, work.new_uids, work.broken_clusters = set(), set(), set()
        work.written, work.broken_stories = [], set()
        self.source.clear(kept=True)

    # -- article -------------------------------------------------------------------------------
    def _existing(self, doc: Document, url: str | None, source: str | None,
                  insert: tuple[str, Sequence[object]] | None = None) -> tuple[tuple[int, str | None, bool] | None,
                                                                             int | None]:
        """(row id, stored text, same text) of the article this document writes again, if any: the
        same text (under any id), else an edited text under an id already stored (with the same
        URL and source where both articles have one). ``insert`` (PostgreSQL: the article's columns
        and values): the new article's row inserted where there is none, sent with the look-ups (one
        round trip for both); then, second, its id (None when it was not inserted)."""
        same_sql, same_params = "SELECT id, text FROM articles WHERE text_sha256 = ?", [doc.text_sha256]
        edited_sql, edited_first, edited_params = "", "", []  # no look-up of an edit (edited_sql empty)
        if doc.id and not doc.id.startswith("sha256:"):  # ids made from the text say nothing of edits
            # the same id, and no other outlet or address: an edit of that article
            edited_sql = "SELECT a.id FROM article_ids i JOIN articles a ON a.id = i.article_id WHERE i.doc_id = ?"
            edited_params = [doc.id]
            for column, value in (("url", url), ("source", source)):
                if value is not None:
                    edited_sql += f" AND (a.{column} IS NULL OR a.{column} = ?)"
                    edited_params.append(value)
            edited_first = edited_sql + " ORDER BY a.doc_id = i.doc_id DESC, a.id LIMIT 1"
        if insert is not None:
            # one statement: the row inserted exactly when neither look-up finds one, and the look-ups
            # (a statement costs the client and the server their own work whatever it does)
            columns, values = insert
            condition = f"NOT EXISTS ({same_sql})" + (f" AND NOT EXISTS ({edited_sql})" if edited_sql else "")
            edited_id = f"({edited_first})" if edited_sql else "NULL"
            found = self.conn.execute(
                f"WITH ins AS (INSERT INTO articles ({columns}) SELECT {','.join('?' for _ in values)}"
                f" WHERE {condition} RETURNING id) SELECT s.id, s.text, {edited_id},"
                " (SELECT id FROM ins) FROM (SELECT 1) AS one LEFT JOIN articles s ON s.text_sha256 = ?",
                [*values, *same_params, *edited_params, *edited_params, *same_params]).fetchone()
            same_row = None if found[0] is None else (found[0], found[1])
            edited_row = None if found[2] is None else (found[2],)
            new_id = None if found[3] is None else int(found[3])
        else:
            same = self.conn.execute(same_sql, same_params)
            edited = self.conn.execute(edited_first, edited_params) if edited_sql else None
            same_row = same.fetchone()
            edited_row = edited.fetchone() if edited is not None else None
            new_id = None
        if same_row is not None:
            return (same_row[0], same_row[1], True), None
        if edited_row is not None:
            return (edited_row[0], None, False), None
        return None, new_id

    def write(self, doc: Document, article: Article | None) -> Callable[[], SaveResult]:
        """Write the article; the function giving its SaveResult from the save's last two reads (called
        inside the transaction on SQLite; on PostgreSQL after it, their answers come with the COMMIT's)."""
        published = iso_day(doc.published) or iso_day(article.published if article else None)
        text = article.text if article is not None else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        title = doc.title or (article.title if article else None)
        source = doc.source or (article.source if article else None)
        url = doc.url or (article.url if article else None)
        values = (
            doc.language, published, title, source, url, article.origin if article else None,
            doc.status, doc.contract, document_json(doc), now,
        )
        before = _Before()
        self._search_rows = []
        self._event_search = None
        self.source.clear(kept=True)
        if self._work is None:  # in a batch, the writes no read of the batch depends on wait for its end
            self.batch.start()
        self.step.start()
        people = self._people(doc)
        own_story = own_story_id(doc.text_sha256)  # the article's story on its own, written with its row
        card = story_card(doc, text)
        columns = ", ".join(_ARTICLE_COLUMNS)
        new_row = (*values, doc.id, text, doc.text_sha256, own_story, card.day)
        inserted = None
        known = self._work.new_ids.get(doc.text_sha256) if self._work is not None else None
        self._rows, self._children = self.step, None
        if known is not None:
            # new (decided_once): its row and children, with their ids, join the batch's writes (one insert
            # per table for the articles written before the batch's next decision); nothing read
            existing, inserted = None, known
            self._rows = self.batch
            self._children = cast(_BatchWork, self._work).new_children[doc.text_sha256]
            self.batch.insert_rows("articles", ("id", *_ARTICLE_COLUMNS), [(known, *new_row)])
        elif self.dialect.postgresql:
            # the stored names of its people's buckets and its row (where it is new), sent with the look-ups
            # of the article it may write again: one round trip for the three
            self.source.read_ahead_person_names({b for _k, b in people.values()})
            existing, inserted = self._existing(doc, url, source, insert=(columns, new_row))
        else:
            existing, _none = self._existing(doc, url, source)
        if existing is None:
            article_id = inserted if inserted is not None else self.dialect.insert_id(
                self.conn, f"INSERT INTO articles ({columns}) VALUES ({','.join('?' for _ in new_row)})", new_row)
        else:
            article_id, stored_text, same_text = existing
            if same_text and text is None:
                text = stored_text
                card = story_card(doc, text)
            self.source.clear(kept=True)  # the people read ahead: read again once its own are deleted
            if self._work is not None:  # what it is linked to as saving the batch one by one leaves it
                self._decide_pending(self._work)
            before = self._clear(article_id)
            # an id change of identical text keeps the first id (article_ids records both)
            self.conn.execute(
                "UPDATE articles SET language=?, published=?, title=?, source=?, url=?,"
                " origin=COALESCE(?, origin), status=?, contract=?, document_json=?, analysed_at=?,"
                " text=?, text_sha256=?, story_id=?, story_day=? WHERE id=?",
                (*values, text, doc.text_sha256, own_story, card.day, article_id))
        # with its actors and events (a later article of a batch looks it up to find an edit)
        self._rows.insert_rows("article_ids", ("doc_id", "article_id"), [(doc.id, article_id)], ignore=True)
        if title:
            self._search(SearchKind.TITLE, article_id, title, article_id)

        actor_map, repointed, dirty = self._actors(article_id, doc, published, text, people)
        self._story_keys(article_id, card)
        uids = self._events(article_id, doc, actor_map)  # PostgreSQL: with the actors and story keys
        # what the last two consolidation steps (stories, registry) will read is known now and no write
        # before them changes it: sent with the events' reads (kept until asked), no round trip of its own
        added = set(actor_map.values()) - before.actor_ids - repointed
        registry_actors = before.actor_ids | repointed | added  # the registry rows this save may change
        work = self._work
        if work is not None:  # decided at the end of the batch (decided_once)
            work.recompute |= before.actor_ids | repointed
            work.added |= added
            work.articles.add(doc.text_sha256)
            work.dirty += dirty
            if known is not None:  # its reports and card as written: no read of them (hold_written)
                work.held_reports += self._written_events
                work.held_cards.append(_as_stored(card, own_story))
            return self._written_later(work, doc, article_id, actor_map, uids, before, existing is not None)
        self.source.read_ahead_stories(_as_stored(card, own_story), {before.story} if before.story else set())
        self.source.read_ahead_registry(registry_actors, added, (doc.text_sha256,))
        self.source.read_ahead_events(self._written_events, before.clusters)
        regrouping = self.consolidator.clusters(set(uids).union(*(read() for read in dirty)), before.clusters,
                                                self.source)
        self._events_searched(article_id)
        self.source.clear()
        self._apply(regrouping, "events", "uid", "cluster_id")
        touched_clusters = regrouping.touched | before.clusters | {own_cluster_id(u) for u in uids}
        # the reports of the clusters it touched, and the members of the stories it touched (the story
        # step's first reads were answered with the events'): both read in one round trip
        self.source.read_ahead_cluster_reports(touched_clusters)
        stories = self._story(doc, before.story)
        self._merged(*self.consolidator.merged_events(touched_clusters, self.source))
        self._stories(*self.consolidator.story_rows(stories, self.source))
        self.source.clear()
        self._quotes(article_id, doc, actor_map)
        self._times_places(article_id, doc)
        self._registry(*self.consolidator.registry(registry_actors, self.source, added=added,
                                                   articles=(doc.text_sha256,)))
        self.source.clear(kept=True)
        self.batch.search_insert(self._search_rows, doc.language)
        last = self.batch.flush(
            "SELECT (SELECT story_id FROM articles WHERE id = ?), (SELECT COUNT(*) FROM events e"
            " WHERE e.article_id = ? AND EXISTS (SELECT 1 FROM events o WHERE o.cluster_id = e.cluster_id"
            " AND o.article_id != e.article_id))", (article_id, article_id))

        def finish() -> SaveResult:
            story_id, clustered = last.fetchone()
            return SaveResult(article_id=doc.id, replaced=existing is not None, story_id=story_id,
                              events=len(doc.events), clustered=clustered)

        return finish

    def _written_later(self, work: _BatchWork, doc: Document, article_id: int, actor_map: dict[str, str],
                       uids: list[str], before: _Before, replaced: bool) -> Callable[[], SaveResult]:
        """The rest of an article's save inside ``decided_once``: its clusters and story decided with the
        batch's others (``_decide_pending``), its quotes, times, places and search rows written; the
        function giving its SaveResult as the batch leaves it (read once at the batch's end). ``uids``: its
        reports'."""
        work.uids.update(uids)
        work.new_uids.update(uids)
        work.broken_clusters |= before.clusters
        work.written.append(doc.text_sha256)
        if before.story:
            work.broken_stories.add(before.story)
        if self._event_search is not None:
            work.event_search.append((self._event_search, doc.language, article_id))
            self._event_search = None
        work.saved.append(article_id)
        self.source.clear(kept=True)
        self._quotes(article_id, doc, actor_map)
        self._times_places(article_id, doc)
        self.batch.search_insert(self._search_rows, doc.language)  # sent with the batch's next read
        results = work.results

        def finish() -> SaveResult:
            if len(results) == 1:  # the rows read once, at the end
                results.append({int(row[0]): (row[1], row[2]) for row in results[0].fetchall()})
            story_id, clustered = results[1][article_id]
            return SaveResult(article_id=doc.id, replaced=replaced, story_id=story_id, events=len(doc.events),
                              clustered=clustered)

        return finish

    def _search(self, kind: SearchKind, row_id: int, body: str, article_id: int) -> None:
        self._search_rows.append((search_rowid(kind, row_id), body, kind.name.lower(), article_id))

    def _clear(self, article_id: int) -> _Before:
        """Delete an article's children before it is written again; say what it was linked to."""
        c = self.conn
        before = _Before(
            actor_ids={r[0] for r in c.execute(
                "SELECT DISTINCT actor_id FROM article_actors WHERE article_id=?", (article_id,))},
            clusters={r[0] for r in c.execute(
                "SELECT DISTINCT cluster_id FROM events WHERE article_id=?", (article_id,))},
            story=c.execute("SELECT story_id FROM articles WHERE id=?", (article_id,)).fetchone()[0])
        rowids = [search_rowid(SearchKind.EVENT, r[0]) for r in c.execute(
            "SELECT id FROM events WHERE article_id=?", (article_id,))]
        rowids += [search_rowid(SearchKind.QUOTE, r[0]) for r in c.execute(
            "SELECT id FROM quotes WHERE article_id=?", (article_id,))]
        rowids.append(search_rowid(SearchKind.TITLE, article_id))
        c.executemany("DELETE FROM search_index WHERE rowid = ?", [(r,) for r in rowids])
        for table in ("events", "quotes", "times", "places", "actor_aliases", "article_actors",
                      "actor_roles", "story_keys"):
            c.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))  # noqa: S608
        return before

    def _apply(self, regrouping: Regrouping, table: str, key: str, column: str) -> None:
        """Write new group ids: whole groups first (by old id), then single members (by key). PostgreSQL:
        one statement for each, the pairs in one JSON parameter (no new id is another group's old id: a
        group whose smallest member moves is broken, its members moved one by one)."""
        if self.dialect.postgresql and len(regrouping.groups) + len(regrouping.members) > _FEW_UPDATES:
            for where, pairs in ((column, regrouping.groups), (key, regrouping.members)):
                if pairs:
                    self.conn.execute(
                        f"UPDATE {table} t SET {column} = v.new FROM jsonb_to_recordset(CAST(? AS jsonb))"  # noqa: S608
                        f" AS v(old text, new text) WHERE t.{where} = v.old",
                        [_json([{"old": old, "new": new} for old, new in sorted(pairs.items())])])
            return
        for old, new in sorted(regrouping.groups.items()):
            self.conn.execute(f"UPDATE {table} SET {column}=? WHERE {column}=?", (new, old))  # noqa: S608
        for member, new in sorted(regrouping.members.items()):
            self.conn.execute(f"UPDATE {table} SET {column}=? WHERE {key}=?", (new, member))  # noqa: S608

    def _merged(self, rows: list[MergedEvent], gone: list[str]) -> None:
        self.batch.delete("event_clusters", "id", gone)
        self.batch.upsert_rows(
            "event_clusters", _CLUSTER_COLUMNS, "id",
            [(m.id, m.event, m.date, m.enddate, m.date_from, m.place, m.place_country, m.geonameid, m.place_from,
              _json(m.actor), _json(m.recipient), m.reports, m.articles) for m in rows], replace=True)

    # -- same story ----------------------------------------------------------------------------
    def _story_keys(self, article_id: int, card: StoryCard) -> None:
        """The article's story keys (``card``: its story card; its row has its own story id and the card's
        day)."""
        if card.day is not None:
            self._rows.insert_rows("story_keys", ("day", "key", "article_id"),
                                  [(card.day, k, article_id) for k in sorted(card.features)], ignore=True)

    def _story(self, doc: Document, old_story: str | None) -> set[str]:
        """The article's story id (its story keys written, ``_story_keys``); the stories it joined or left
        (their members read ahead, for ``Consolidator.story_rows``)."""
        own = own_story_id(doc.text_sha256)
        broken = {old_story} if old_story else set()
        regrouping = self.consolidator.stories([doc.text_sha256], broken, self.source)
        self._apply(regrouping, "articles", "text_sha256", "story_id")
        touched = regrouping.touched | broken | {own}
        self.source.read_ahead_story_members(touched)
        return touched

    def _stories(self, rows: list[Story], gone: list[str]) -> None:
        self.batch.delete("stories", "id", gone)
        self.batch.upsert_rows(
            "stories", ("id", "title", "first_day", "last_day", "languages", "outlets", "articles"), "id",
            [(s.id, s.title, s.first_day, s.last_day, _json(list(s.languages)), _json(list(s.outlets)),
              s.articles) for s in rows])

    # -- actors --------------------------------------------------------------------------------
    @staticmethod
    def _people(doc: Document) -> dict[str, tuple[str, str]]:
        """The document's proper-named people: document actor id -> (person key, bucket)."""
        return {a.id: (person_key(a.name), bucket) for a in doc.actors
                if (a.kind or "").lower() == "person" and is_proper_name(a.name) and (bucket := person_bucket(a.name))}

    def _actors(self, article_id: int, doc: Document, published: str | None, text: str | None,
                people: dict[str, tuple[str, str]]) -> tuple[dict[str, str], set[str], list[Callable[[], set[str]]]]:
        """Register the document's actors (``people``: see ``_people``): (document actor id -> registry id,
        registry ids of re-pointed people (old and new), the functions giving the uids of stored events
        whose keys a re-point changed)."""
        buckets = {b for _k, b in people.values() if b}
        new = [PersonName(k, frozenset({a.country} if a.country else ())) for a in doc.actors
               if a.id in people for k in [people[a.id][0]]]
        ids, repoint = self.consolidator.person_ids(new, buckets, self.source) if buckets else ({}, {})
        repointed: set[str] = set()
        dirty: list[Callable[[], set[str]]] = []
        if repoint and self._work is not None:
            self.batch.send()  # the batch's earlier articles' rows, re-pointed below
        for key, new_id in sorted(repoint.items()):
            repointed.add(new_id)
            if self.dialect.postgresql and self._work is not None:
                # one statement, its answer read at the batch's next decision (no round trip of its own)
                olds, keyed = self._repoint_name(key, new_id)
                self._work.repointed.append(olds)
                dirty.append(keyed)
            else:
                for art, doc_actor, old in self.conn.execute(
                        "SELECT article_id, doc_actor_id, actor_id FROM article_actors WHERE person_key=?"
                        " AND actor_id != ?", (key, new_id)).fetchall():
                    repointed.add(old)
                    dirty.append(self._repoint(art, doc_actor, old, new_id))
            if self.source.known_people is not None:
                self.source.known_people.repoint(key, new_id)
        mapping: dict[str, str] = {}
        linked: list[tuple[object, ...]] = []
        aliased: list[tuple[object, ...]] = []
        roles: list[tuple[object, ...]] = []
        for actor in doc.actors:
            kind = (actor.kind or "organization").lower()
            if actor.id in people:
                rid = ids[people[actor.id][0]]
            elif kind == "person":  # "le ministre", "a spokesman": this article's person only
                rid = f"{registry_id(actor)}@{doc.text_sha256[:12]}"
            else:
                rid = registry_id(actor)
            mapping[actor.id] = rid
            pkey, bucket = people.get(actor.id, (None, None))
            sectors = _json(sorted({s.upper() for s in actor.sector}))
            linked.append((article_id, actor.id, rid, actor.name, actor.role, actor.country, len(actor.mentions),
                           pkey, bucket, kind, sectors, int(bool(actor.igo))))
            aliases = Counter(m.text for m in actor.mentions if m.text.strip())
            aliases.setdefault(actor.name, 0)
            aliased += [(rid, alias, name_key(alias), article_id, n) for alias, n in sorted(aliases.items())]
            if actor.role:
                start, end, evidence = self._role_evidence(actor, text)
                roles.append((rid, actor.role, actor.country, actor.affiliation, sectors, article_id, published,
                              evidence, start, end))
        # one batch per table (rows in the order they were before: each table's own order is kept)
        columns = ("article_id", "doc_actor_id", "actor_id", "name", "role", "country", "mentions", "person_key",
                   "bucket", "kind", "sector", "igo")
        again = (" ON CONFLICT(article_id, doc_actor_id)"
                 " DO UPDATE SET mentions = article_actors.mentions + excluded.mentions")
        if self.dialect.postgresql:  # one statement: an actor id twice in the document is one row already
            stored = _mentions_added(linked)
            self._rows.insert_rows("article_actors", columns, stored, tail=again)
            if self.source.known_people is not None:  # (bucket, person key, country, registry id)
                self.source.known_people.add((cast(str, r[8]), cast(str, r[7]), cast("str | None", r[5]),
                                              cast(str, r[2])) for r in stored if r[7] is not None)
        else:
            self.conn.executemany(f"INSERT INTO article_actors ({', '.join(columns)})"
                                  f" VALUES ({','.join('?' for _ in columns)}){again}", linked)
        self.batch.insert_rows("actor_aliases", ("actor_id", "alias", "alias_key", "article_id", "count"), aliased)
        self.batch.insert_rows("actor_roles", ("actor_id", "role", "country", "affiliation", "sector", "article_id",
                                               "published", "evidence", "start", "end"), roles)
        return mapping, repointed, dirty

    def _repoint(self, article_id: int, doc_actor: str, old: str, new: str) -> Callable[[], set[str]]:
        """Give one stored document actor its new registry id everywhere; the function giving the uids
        of the article's events whose keys changed (PostgreSQL: their answer read when it is called)."""
        events = "SELECT id FROM events WHERE article_id=?"
        updates: list[tuple[str, list[object]]] = [
            ("UPDATE article_actors SET actor_id=? WHERE article_id=? AND doc_actor_id=?",
             [new, article_id, doc_actor]),
            *((f"UPDATE {table} SET {column}=? WHERE article_id=? AND {column}=?", [new, article_id, old])  # noqa: S608
              for table, column in (("actor_aliases", "actor_id"), ("actor_roles", "actor_id"),
                                    ("quotes", "speaker_id"), ("events", "said_by"))),
            ("UPDATE event_actors SET match_key = CASE WHEN match_key = ? THEN ? ELSE match_key END,"
             f" actor_id = ? WHERE actor_id = ? AND event_id IN ({events})", [old, new, new, old, article_id])]
        # the events whose keys change: read before their keys are
        dirty = (f"SELECT DISTINCT e.uid FROM event_keys k JOIN events e ON e.id = k.event_id WHERE k.key = ?"
                 f" AND k.event_id IN ({events})", [old, article_id])
        keys = (f"{self.dialect.update_ignore} event_keys SET key=? WHERE key=? AND event_id IN ({events})",
                [new, old, article_id])
        if self.dialect.postgresql:
            # one statement (each update in a WITH clause, none changing a row another changes; the read
            # sees the rows as they were before all of them, as it does below): a statement costs the
            # client and the server their own work whatever it changes
            pg: Any = self.conn  # veille.store._pg.PgConnection
            cursor = pg.execute_together([*updates, keys], dirty)
            return lambda: {r[0] for r in cursor.fetchall()}
        for sql, params in updates:
            self.conn.execute(sql, params)
        uids = {r[0] for r in self.conn.execute(*dirty)}
        self.conn.execute(*keys)
        return lambda: uids

    def _repoint_name(self, key: str, new: str) -> tuple[Callable[[], set[str]], Callable[[], set[str]]]:
        """PostgreSQL: ``_repoint`` of every stored document actor of the person name ``key`` whose registry id
        is not ``new``, as one statement (each row's article and old id read by the statement itself);
        the functions giving the old ids, and the uids of the events whose keys changed (read when called)."""
        moved = "m AS (SELECT article_id, doc_actor_id, actor_id AS old FROM article_actors WHERE person_key = ?" \
                " AND actor_id != ?)"
        of_article = "t.article_id = m.article_id"
        of_events = "e.article_id = m.article_id AND t.event_id = e.id"
        updates = [
            f"UPDATE article_actors t SET actor_id = ? FROM m WHERE {of_article} AND t.doc_actor_id = m.doc_actor_id",
            *(f"UPDATE {table} t SET {column} = ? FROM m WHERE {of_article} AND t.{column} = m.old"
              for table, column in (("actor_aliases", "actor_id"), ("actor_roles", "actor_id"),
                                    ("quotes", "speaker_id"), ("events", "said_by"))),
            "UPDATE event_actors t SET match_key = CASE WHEN t.match_key = m.old THEN ? ELSE t.match_key END,"
            f" actor_id = ? FROM m, events e WHERE t.actor_id = m.old AND {of_events}",
            f"UPDATE event_keys t SET key = ? FROM m, events e WHERE t.key = m.old AND {of_events}"]
        # the keys' events read as they were before the updates (one snapshot), as ``_repoint`` reads them
        cursor = self.conn.execute(
            f"WITH {moved}, " + ", ".join(f"w{i} AS ({sql})" for i, sql in enumerate(updates))
            + " SELECT DISTINCT m.old, NULL FROM m UNION ALL SELECT DISTINCT NULL, e.uid FROM m"
            " JOIN events e ON e.article_id = m.article_id JOIN event_keys t ON t.event_id = e.id AND t.key = m.old",
            [key, new, *[new] * 5, new, new, new])
        rows = cache(cursor.fetchall)
        return (lambda: {r[0] for r in rows() if r[0] is not None},
                lambda: {r[1] for r in rows() if r[1] is not None})

    @staticmethod
    def _role_evidence(actor: Actor, text: str | None) -> tuple[int | None, int | None, str | None]:
        """The sentence that states the role: the first mention whose sentence names it."""
        if not actor.mentions:
            return None, None, None
        role_words = [w for w in name_key(actor.role or "").split() if len(w) > 3]
        chosen = actor.mentions[0]
        for mention in sorted(actor.mentions, key=lambda m: m.start):
            sentence = sentence_around(text, mention.start, mention.end, mention.text)
            if role_words and any(w in name_key(sentence) for w in role_words):
                chosen = mention
                break
        return chosen.start, chosen.end, sentence_around(text, chosen.start, chosen.end, chosen.text)

    def _registry(self, rows: list[RegistryActor], gone: list[str]) -> None:
        self.batch.delete("actors", "id", gone)
        self.batch.upsert_rows(
            "actors", ("id", "name", "kind", "country", "sector", "igo", "name_key", "surname_key",
                                  "first_seen", "last_seen", "latest", "country_at", "sector_at"), "id",
            [(r.id, r.name, r.kind, r.country, _json(list(r.sector)), int(r.igo), r.name_key, r.surname_key,
              r.first_seen, r.last_seen, r.latest, r.country_at, r.sector_at) for r in rows])

    # -- events --------------------------------------------------------------------------------
    @staticmethod
    def _keys(refs: list[ActorRef], actor_map: dict[str, str], actors: dict[str, Actor]) -> set[str]:
        """What coreference compares of one side: codes, the country or organisation a person
        represents (as this article says), registry ids."""
        out: set[str] = set()
        for ref in refs:
            if ref.code:
                out.add(ref.code.upper())
            actor = actors.get(ref.actor_id or "")
            if actor is not None and actor.country:
                out.add(actor.country.upper())
            if ref.actor_id and ref.actor_id in actor_map:
                out.add(actor_map[ref.actor_id])
        return out

    def _events(self, article_id: int, doc: Document, actor_map: dict[str, str]) -> list[str]:
        """Insert the document's events (all at once: one round trip to a PostgreSQL server for their
        ids), then their actors, keys and search rows; the events' uids."""
        actors = {a.id: a for a in doc.actors}
        rows = []
        facts = []
        for event in doc.events:
            etype = event.event.upper()
            rng = event_range(event.date, event.enddate, doc.published)
            day_start, day_end = (rng[0].isoformat(), rng[1].isoformat()) if rng else (None, None)
            uid = f"{doc.text_sha256[:16]}:{event.id}"
            wide = int(rng is not None and (rng[1] - rng[0]).days > MAX_RANGE_DAYS)
            loc = event.location
            rows.append((uid, article_id, event.id, etype, event.mode, _json(list(event.context)), event.status,
                         event.date, event.enddate, event.date_precision, event.date_source, day_start, day_end,
                         loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
                         loc.lon if loc else None, loc.geonameid if loc else None, event.evidence.text,
                         event.evidence.start, event.evidence.end, event.trigger.text if event.trigger else None,
                         event.confidence, actor_map.get(event.said_by or ""), own_cluster_id(uid)))
            sides_keys = {side: frozenset(self._keys(refs, actor_map, actors))
                          for side, refs in (("actor", event.actor), ("recipient", event.recipient))}
            facts.append((event, etype, day_start, day_end, wide, sides_keys))
        if self.dialect.postgresql:  # the reports as consolidation will read them (read_ahead_events)
            types = frozenset(f[1] for f in facts)
            days = frozenset(day for event, etype, d0, d1, _wide, sides_keys in facts
                             for day in day_keys(etype, date.fromisoformat(d0) if d0 else None,
                                                 date.fromisoformat(d1) if d1 else None, event.date_source,
                                                 sides_keys["actor"] | sides_keys["recipient"]))
            self._written_events = [
                EventSignature(etype, sides_keys["actor"], sides_keys["recipient"],
                               date.fromisoformat(day_start) if day_start else None,
                               date.fromisoformat(day_end) if day_end else None, country=row[14], uid=row[0],
                               article=doc.text_sha256, article_types=types, cluster_id=row[-1],
                               article_days=days)
                for row, (_event, etype, day_start, day_end, _wide, sides_keys) in zip(rows, facts, strict=True)]
        event_refs: list[int] | list[str]
        by_uid = self.dialect.postgresql and self._children is None  # PostgreSQL, ids not known yet
        if self._children is not None:  # a new article of a batch: its events' ids taken with its own
            event_refs = self._children.events
            self.batch.insert_rows("events", ("id", *_EVENT_COLUMNS),
                                   [(event_id, *row) for event_id, row in zip(event_refs, rows, strict=True)])
        elif self.dialect.postgresql:
            # the new ids are read with consolidation's first read (no round trip of their own); the
            # events' actors and keys name each event by its uid, its id looked up by the server
            pending = self.step.send_with_ids("events", _EVENT_COLUMNS, rows)
            self._event_search = lambda: [(SearchKind.EVENT, event_id, event.evidence.text) for event_id, event
                                          in zip(pending(), doc.events, strict=True)]
            event_refs = [row[0] for row in rows]
        else:
            event_refs = self.dialect.insert_ids(self.conn, "events", _EVENT_COLUMNS, rows)
        sides: list[tuple[object, ...]] = []
        keys: list[tuple[object, ...]] = []
        for event_id, (event, etype, day_start, day_end, wide, sides_keys) in zip(event_refs, facts, strict=True):
            for side, refs in (("actor", event.actor), ("recipient", event.recipient)):
                for ref in refs:
                    registry = actor_map.get(ref.actor_id or "")
                    code = ref.code.upper() if ref.code else None
                    sides.append((event_id, side, registry, code, _json(list(ref.sector)), ref.text,
                                  code or registry, etype, day_start, day_end))
            keys += [(key, etype, wide, day_start, day_end, event_id, side)
                     for side in ("actor", "recipient") for key in sorted(sides_keys[side])]
            if not by_uid:
                self._search(SearchKind.EVENT, cast(int, event_id), event.evidence.text, article_id)
        side_columns = ("event_id", "side", "actor_id", "code", "sector", "text", "match_key", "event", "day_start",
                        "day_end")
        key_columns = ("key", "event", "wide", "day_start", "day_end", "event_id", "side")
        if by_uid:
            uid_column = {"uid": "text"}
            looked_up = (("event_id", '(SELECT id FROM events WHERE uid = u."uid")'),)
            # in a batch, with its other writes no read of the batch depends on before the next decision
            # (``_decide_pending``) or re-point (``_actors``)
            writes = self.step if self._work is None else self.batch
            writes.insert_rows("event_actors", ("uid", *side_columns[1:]), sides, hidden=uid_column, computed=looked_up)
            writes.insert_rows("event_keys", (*key_columns[:5], "uid", key_columns[6]), keys, hidden=uid_column,
                               computed=looked_up)
            self.step.send()
        elif self.dialect.postgresql:  # with the batch's other writes (event ids known)
            self.batch.insert_rows("event_actors", side_columns, sides)
            self.batch.insert_rows("event_keys", key_columns, keys)
        else:
            self.dialect.insert_rows(self.conn, "event_actors", side_columns, sides)
            self.dialect.insert_rows(self.conn, "event_keys", key_columns, keys)
        return [row[0] for row in rows]

    def _events_searched(self, article_id: int) -> None:
        """PostgreSQL: the search rows of the article's events, their ids now read (``_events``)."""
        if self._event_search is not None:
            for kind, event_id, body in self._event_search():
                self._search(kind, event_id, body, article_id)
            self._event_search = None

    # -- quotes, times, places -----------------------------------------------------------------
    def _quotes(self, article_id: int, doc: Document, actor_map: dict[str, str]) -> None:
        rows = []
        for quote in doc.quotes:
            speaker = quote.speaker
            rows.append((article_id, quote.text, quote.start, quote.end, int(quote.direct),
                         speaker.name if speaker else None, speaker.text if speaker else None,
                         actor_map.get(speaker.actor_id or "") if speaker else None))
        columns = ("article_id", "text", "start", "end", "direct", "speaker_name", "speaker_text", "speaker_id")
        if self._children is not None:  # a new article of a batch: with the batch's writes, its ids known
            quote_ids = self._children.quotes
            self.batch.insert_rows("quotes", ("id", *columns),
                                   [(quote_id, *row) for quote_id, row in zip(quote_ids, rows, strict=True)])
        else:
            quote_ids = self.dialect.insert_ids(self.conn, "quotes", columns, rows)
        for quote_id, quote in zip(quote_ids, doc.quotes, strict=True):
            self._search(SearchKind.QUOTE, quote_id, quote.text, article_id)

    def _times_places(self, article_id: int, doc: Document) -> None:
        self.batch.insert_rows(
            "times", ("article_id", "text", "start", "end", "type", "value", "resolved"),
            [(article_id, t.text, t.start, t.end, t.type, t.value, int(t.resolved)) for t in doc.times])
        self.batch.insert_rows(
            "places", ("article_id", "text", "start", "end", "name", "country", "lat", "lon", "geonameid",
                                  "feature", "metonym"),
            [(article_id, p.text, p.start, p.end, p.name, p.country, p.lat, p.lon, p.geonameid,
              p.feature, int(p.metonym)) for p in doc.places])

