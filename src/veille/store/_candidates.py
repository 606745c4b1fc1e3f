"""The store's side of consolidation (SQLite and PostgreSQL): the candidate rows
``veille.consolidate`` asks for, each through an index (see :class:`veille.consolidate.CandidateSource`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from veille.consolidate.actors import ActorFact, RegistryActor
from veille.consolidate.events import TOLERANCE_DAYS, EventSignature, ReportFacts, day_precise, rules, same_event
from veille.consolidate.source import StoredPersonName
from veille.consolidate.stories import StoryCard, StoryMember, lede_days
from veille.store._known import WrittenRows, written_cards, written_reports
from veille.store._people import KnownPeople

_CHUNK = 500
# up to this many candidate look-ups (one article's reports): one statement each; more (a batch's): one
# statement for all (the server's work per statement against the joined statement's own)
_FEW = 4
_V = TypeVar("_V", str, int)
_Asker = TypeVar("_Asker", EventSignature, StoryCard)  # a report or story card whose candidates are read
_Found = TypeVar("_Found", EventSignature, StoryCard)


def _chunks(values: Iterable[_V]) -> Iterable[list[_V]]:
    values = sorted(set(values))
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


_PROBE_FIELDS = ("i", "key", "event", "wide", "first", "last", "low")


def probes_as_objects(probes: Iterable[Sequence[object]]) -> list[dict[str, object]]:
    """Rows as JSON objects for ``jsonb_to_recordset`` (the fields of an event candidates probe)."""
    return [dict(zip(_PROBE_FIELDS, probe, strict=True)) for probe in probes]


def _among(column: str, values: Sequence[object]) -> tuple[str, list[object]]:
    """``column IN (?,?,...)`` and its parameters. One placeholder per value, on PostgreSQL too: one array
    parameter (``= ANY(?)``) would give one statement text whatever the length, but the generic plan
    PostgreSQL keeps for a prepared statement cannot see the array's length, and on a young database
    (small statistics) it scanned whole tables (seen with EXPLAIN)."""
    return f"{column} IN ({','.join('?' for _ in values)})", list(values)


# the reports ``o`` (keys ``k``) that tell their article's days apart (``veille.consolidate.events.day_keys``)
_TELLING = ("k.day_start = k.day_end AND o.date_source IN ("
            + (",".join(f"'{source}'" for source in sorted(rules().telling_date_sources)) or "NULL") + ")")


class SqliteCandidates:
    """:class:`veille.consolidate.CandidateSource` over an open connection (inside the save's transaction).

    One query serves both backends (``?`` placeholders: see ``veille.store._pg``), except where a
    PostgreSQL server is sent one query instead of several: each query there is a round trip to the
    server (SQLite answers in-process), so the rows a parent row's children (an event's keys, a card's
    features) come back with it, as arrays read by correlated sub-queries (``ARRAY(SELECT ...
    WHERE child.parent_id = parent.id)``: one indexed look-up per parent row, never a join over the
    whole child table).
    """

    def __init__(self, conn: sqlite3.Connection, *, postgresql: bool = False) -> None:
        self.conn = conn
        self.postgresql = postgresql
        # PostgreSQL: queries sent ahead, (method, argument) -> (how to parse its answer, its cursor);
        # each is used once (popped), and the writer clears them after each consolidation step, so
        # none outlives the rows it read
        self._ahead: dict[tuple[str, object], tuple[Callable[[Any, Any], Any], Any]] = {}
        # the facts of an actor the articles add, sent before its registry row was read: actor id ->
        # (the articles, the cursor); which ``actor_facts`` call they answer depends on that row
        self._fresh_facts: dict[str, tuple[tuple[str, ...], Callable[[], list[ActorFact]]]] = {}
        self._kept: set[str] = set()  # methods whose answers outlive ``clear()``
        # the people rows of a batch of new articles' buckets, kept by the writer as it writes (or None)
        self.known_people: KnownPeople | None = None
        # the reports and story cards of a batch of new articles, as written (``hold_written``)
        self.written_reports: WrittenRows[EventSignature] = written_reports(())
        self.written_cards: WrittenRows[StoryCard] = written_cards(())

    # -- reading ahead (PostgreSQL) ------------------------------------------------------------
    # Consolidation asks for one actor's facts, one cluster's reports, one story's members at a time.
    # In psycopg's pipeline mode a query is sent without waiting and its answer is waited for when
    # read, so sending every query of a step first and reading the answers after costs one round
    # trip to the server instead of one per query. The writer says which rows a step will ask for;
    # an answer is parsed when it is asked for, so queries sent ahead of a write (the write's own
    # answer waited for) share its round trip.
    def clear(self, *, kept: bool = False) -> None:
        """Forget what was read ahead (the writer calls this between consolidation steps); ``kept``: what
        was read ahead for a later step too (``keep``)."""
        if kept:
            self._ahead.clear()
            self._fresh_facts.clear()
            self._kept.clear()
        else:
            self._ahead = {k: v for k, v in self._ahead.items() if k[0] in self._kept}

    def _keep(self, *methods: str) -> None:
        """Keep the answers read ahead for these methods over ``clear()`` (a later step's, sent early:
        the writer makes sure no write in between changes them)."""
        self._kept.update(methods)

    def _ahead_of(self, method: str, key: object, *, again: bool = False) -> tuple[bool, Any]:
        """Whether ``method(key)`` was read ahead, and its answer. ``again``: the answer stays for the
        same question asked again before ``clear()`` (no write in between changes it)."""
        if not self._ahead:
            return False, None
        entry = self._ahead.pop((method, key), None)
        if entry is None:
            return False, None
        parse, cursor = entry
        answer = parse(key, cursor)
        if again:
            self._ahead[(method, key)] = (lambda _key, _cursor: list(answer), None)
        return True, answer

    def read_ahead(self, method: str, keys: Iterable[object],
                   send: Callable[[Any], Any], parse: Callable[[Any, Any], Any]) -> None:
        """Send ``send(key)`` for every key; ``parse(key, answer)`` is then ``method(key)``'s answer."""
        for key in dict.fromkeys(keys):  # in the order given (no two the same)
            self._ahead[(method, key)] = (parse, send(key))

    def read_ahead_together(self, method: str, keys: Iterable[_V], send: Callable[[list[_V]], list[Any]],
                            rows_of: Callable[[list[Any]], dict[_V, Any]], default: Callable[[], Any], *,
                            asked_as: Callable[[_V], object] = lambda key: key) -> None:
        """One query for every key (``send(keys)``: its cursors, one per chunk of keys), instead of one
        per key: ``rows_of(cursors)`` gives each key's answer (``default()`` for a key without one), the
        answer of ``method(asked_as(key))``."""
        ordered = sorted(set(keys))
        if not ordered:
            return
        cursors = send(ordered)
        answers: list[dict[_V, Any]] = []

        def answer_of(key: _V) -> Callable[[object, object], Any]:
            def answer(_asked: object, _cursor: object) -> Any:
                if not answers:
                    answers.append(rows_of(cursors))
                return answers[0][key] if key in answers[0] else default()
            return answer

        for key in ordered:
            self._ahead[(method, asked_as(key))] = (answer_of(key), None)

    def read_ahead_registry(self, actor_ids: Collection[str], added: Collection[str],
                            articles: tuple[str, ...]) -> None:
        """What ``Consolidator.registry`` will ask, in one round trip: the stored rows of the ``added``
        actors, the facts of the others, and the facts of the added ones: only ``articles``' where
        their row has them merged (``latest``), else all (one query says which, on the server)."""
        if not self.postgresql:
            return
        self._keep("registry_row", "actor_facts")
        rest = [rid for rid in actor_ids if rid not in added or not articles]
        fresh = [rid for rid in actor_ids if rid in added and articles]
        self.read_ahead_together("registry_row", fresh, self._registry_rows_send, self._registry_rows_parse,
                                 lambda: None)
        self.read_ahead_together("actor_facts", rest, self._all_facts_send, self._all_facts_parse, list,
                                 asked_as=lambda rid: (rid, ()))
        if articles and fresh:
            cursors = self._all_fresh_facts_send(sorted(set(fresh)), articles)
            answers = cache(lambda: self._all_facts_parse(cursors))  # read once, when the first is asked

            def facts_of(rid: str) -> Callable[[], list[ActorFact]]:
                return lambda: answers().get(rid, [])

            for rid in sorted(set(fresh)):
                self._fresh_facts[rid] = (articles, facts_of(rid))

    def hold_written(self, reports: Iterable[EventSignature], cards: Iterable[StoryCard]) -> None:
        """PostgreSQL: the reports and story cards a batch of new articles wrote (each in its own cluster
        and story), as ``events``, ``cluster_members``, ``story_cards`` and ``story_articles`` would read
        them; those answer from them until ``forget_written``. The candidates of all, reports' and cards',
        are sent now, one statement per kind, so that one round trip answers both decisions' (the stories'
        read nothing the clusters' writes). The caller makes sure no write changes the rows held in
        between (``forget_reports``)."""
        self.written_reports, self.written_cards = written_reports(reports), written_cards(cards)
        self._keep("event_candidates", "story_candidates")
        self._read_ahead_candidates(self.written_reports.rows())
        self._read_ahead_story_candidates(self.written_cards.rows())

    def forget_reports(self, uids: Collection[str]) -> None:
        """The reports ``uids`` changed since ``hold_written`` (their keys re-pointed): read from the server."""
        if uids and self.written_reports:
            self.written_reports = written_reports(sig for sig in self.written_reports.rows() if sig.uid not in uids)

    def forget_written(self, *, reports: bool = True, cards: bool = True) -> None:
        """Read ``reports`` (clusters about to change) and ``cards`` (stories) from the server again."""
        if reports:
            self.written_reports = written_reports(())
        if cards:
            self.written_cards = written_cards(())

    def read_ahead_person_names(self, buckets: Collection[str]) -> None:
        if self.postgresql and buckets:
            self.read_ahead("person_names", [frozenset(buckets)], self._person_names_send,
                            lambda _k, cursors: self._person_names_parse(cursors))

    def read_ahead_cluster_reports(self, cluster_ids: Collection[str]) -> None:
        if self.postgresql:
            self.read_ahead_together("cluster_reports", cluster_ids, self._all_reports_send,
                                     self._all_reports_parse, list)

    def read_ahead_story_members(self, story_ids: Collection[str]) -> None:
        if self.postgresql:
            self.read_ahead_together("story_members", story_ids, self._all_members_send,
                                     self._all_members_parse, list)

    def _read(self, parent: str, params: Sequence[object],
              children: Sequence[tuple[str, str, int]]) -> tuple[list[Any], list[list[Any]]]:
        """The rows of the ``parent`` query, and the rows of each child query about them. A child is
        (its SELECT, with ``{}`` where its condition goes; the column naming a parent row; the index of
        that value in a parent row). The children name the parent rows by their values, not by a
        sub-query repeating the parent's condition: PostgreSQL plans such a sub-query as a hash join
        over the whole child table while its statistics are those of a new, small database."""
        rows = self.conn.execute(parent, list(params)).fetchall()
        found: list[list[Any]] = []
        for select, column, index in children:
            found.append([])
            for part in _chunks(r[index] for r in rows):
                among, values = _among(column, part)
                found[-1] += self.conn.execute(select.format(among), values).fetchall()
        return rows, found

    # -- people --------------------------------------------------------------------------------
    def read_people(self, buckets: Collection[str]) -> Callable[[], KnownPeople]:
        """PostgreSQL: send the read of the people rows of ``buckets``; the function giving them (read with
        a later answer)."""
        cursors = self._person_names_send(buckets, "bucket, person_key, country, actor_id")
        return lambda: KnownPeople(buckets, (tuple(row) for cursor in cursors for row in cursor))

    def person_names(self, buckets: Collection[str]) -> list[StoredPersonName]:
        if self.known_people is not None and self.known_people.covers(buckets):
            return self.known_people.names(buckets)
        found, ahead = self._ahead_of("person_names", frozenset(buckets))
        if found:
            return ahead
        return self._person_names_parse(self._person_names_send(buckets))

    def _person_names_send(self, buckets: Collection[str],
                           columns: str = "person_key, country, actor_id") -> list[Any]:
        """The distinct ``columns`` of the people rows of ``buckets`` (one query per chunk); their cursors."""
        out = []
        for part in _chunks(buckets):
            among, params = _among("bucket", part)
            out.append(self.conn.execute(
                f"SELECT DISTINCT {columns} FROM article_actors"  # noqa: S608
                f" WHERE {among} AND person_key IS NOT NULL", params))
        return out

    @staticmethod
    def _person_names_parse(cursors: list[Any]) -> list[StoredPersonName]:
        return [StoredPersonName(k, c, a) for cursor in cursors for k, c, a in cursor]

    def registry_row(self, actor_id: str) -> RegistryActor | None:
        found, row = self._ahead_of("registry_row", actor_id)
        if not found:
            row = self._registry_parse(self._registry_send(actor_id))
        fresh = self._fresh_facts.pop(actor_id, None)
        if fresh is not None:  # the facts sent with the row: the call they answer (see Consolidator.registry)
            articles, facts = fresh
            key = (actor_id, articles if row is not None and row.latest else ())
            self._ahead[("actor_facts", key)] = (lambda _k, _cursor: facts(), None)
        return row

    def _registry_send(self, actor_id: str) -> Any:
        return self.conn.execute(
            "SELECT id, name, kind, country, sector, igo, name_key, surname_key, first_seen, last_seen, latest,"
            " country_at, sector_at FROM actors WHERE id = ?", (actor_id,))

    @staticmethod
    def _registry_parse(cursor: Any) -> RegistryActor | None:
        row = cursor.fetchone()
        return None if row is None else SqliteCandidates._registry_actor(row)

    @staticmethod
    def _registry_actor(row: Any) -> RegistryActor:
        return RegistryActor(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")), bool(row[5]),
                             row[6], row[7], row[8], row[9], row[10] or "", row[11], row[12])

    def _registry_rows_send(self, actor_ids: list[str]) -> list[Any]:
        return [self.conn.execute(
            "SELECT id, name, kind, country, sector, igo, name_key, surname_key, first_seen, last_seen, latest,"
            " country_at, sector_at FROM actors WHERE " + among, values)  # noqa: S608
            for part in _chunks(actor_ids) for among, values in [_among("id", part)]]

    def _registry_rows_parse(self, cursors: list[Any]) -> dict[str, RegistryActor]:
        return {row[0]: self._registry_actor(row) for cursor in cursors for row in cursor}

    def actor_facts(self, actor_id: str, *, articles: tuple[str, ...] = ()) -> list[ActorFact]:
        """One fact per distinct way the articles state the actor (name, kind, country, sectors), dated
        by the latest article stating it so, plus its earliest day: what the registry row needs,
        grouped by SQLite rather than read row by row."""
        found, ahead = self._ahead_of("actor_facts", (actor_id, articles))
        if found:
            return ahead
        return self._facts_parse(self._facts_send(actor_id, articles))

    def _facts_send(self, actor_id: str, articles: tuple[str, ...]) -> Any:
        among, values = _among("a.text_sha256", articles)
        return self.conn.execute(
            "SELECT aa.name, aa.kind, aa.country, aa.sector, aa.igo,"
            " MAX(COALESCE(a.published, '') || ' ' || a.text_sha256), MIN(a.published)"
            " FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE aa.actor_id = ?"
            + (f" AND {among}" if articles else "")
            + " GROUP BY aa.name, aa.kind, aa.country, aa.sector, aa.igo", [actor_id, *values])

    def _all_fresh_facts_send(self, actor_ids: list[str], articles: tuple[str, ...]) -> list[Any]:
        """The facts ``Consolidator.registry`` asks of actors ``articles`` add, whichever they are, grouped
        by actor too (for ``_all_facts_parse``): ``articles``' alone for an actor whose stored row has
        them merged (``latest`` set), else every article's. One query for the actors (per chunk)."""
        facts = ("SELECT aa.actor_id, aa.name, aa.kind, aa.country, aa.sector, aa.igo,"
                 " MAX(COALESCE(a.published, '') || ' ' || a.text_sha256), MIN(a.published)"
                 " FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE {} AND ")
        merged = "EXISTS (SELECT 1 FROM actors r WHERE r.id = aa.actor_id AND r.latest <> '')"
        group = " GROUP BY aa.actor_id, aa.name, aa.kind, aa.country, aa.sector, aa.igo"
        article_among, article_values = _among("a.text_sha256", articles)
        out = []
        for part in _chunks(actor_ids):
            among, values = _among("aa.actor_id", part)
            out.append(self.conn.execute(
                f"{facts.format(among)}{article_among} AND {merged}{group}"
                f" UNION ALL {facts.format(among)}NOT {merged}{group}", [*values, *article_values, *values]))
        return out

    def _all_facts_send(self, actor_ids: list[str]) -> list[Any]:
        """The query of ``_facts_send`` (no article) for several actors at once, grouped by actor too."""
        return [self.conn.execute(
            "SELECT aa.actor_id, aa.name, aa.kind, aa.country, aa.sector, aa.igo,"
            " MAX(COALESCE(a.published, '') || ' ' || a.text_sha256), MIN(a.published)"
            " FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE " + among  # noqa: S608
            + " GROUP BY aa.actor_id, aa.name, aa.kind, aa.country, aa.sector, aa.igo", values)
            for part in _chunks(actor_ids) for among, values in [_among("aa.actor_id", part)]]

    def _all_facts_parse(self, cursors: list[Any]) -> dict[str, list[ActorFact]]:
        rows: dict[str, list[Any]] = {}
        for cursor in cursors:
            for row in cursor:
                rows.setdefault(row[0], []).append(row[1:])
        return {actor_id: self._facts_parse(found) for actor_id, found in rows.items()}

    @staticmethod
    def _facts_parse(cursor: Iterable[Any]) -> list[ActorFact]:
        out = []
        for name, kind, country, sector, igo, latest, first in cursor:
            day, sha = latest.split(" ", 1)
            fact = ActorFact(name, kind or "organization", country, tuple(json.loads(sector or "[]")),
                             bool(igo), day or None, sha)
            out.append(fact)
            if first and first != fact.published:
                out.append(ActorFact(name, fact.kind, country, fact.sector, fact.igo, first, ""))
        return out

    # -- events --------------------------------------------------------------------------------
    _SIGNATURE = ("SELECT e.id, e.uid, e.event, e.day_start, e.day_end, e.location_country, e.cluster_id,"
                  " a.text_sha256, e.article_id")
    # PostgreSQL: the children of a signature row as arrays (columns 9, 10, 11: its keys, its article's
    # types, its article's day-precise keys), read by ``_array_rows``
    _CHILD_ARRAYS = (", ARRAY(SELECT ARRAY[k.side, k.key] FROM event_keys k WHERE k.event_id = e.id),"
                     " ARRAY(SELECT DISTINCT o.event FROM events o WHERE o.article_id = e.article_id),"
                     " ARRAY(SELECT ARRAY[k.event, k.day_start, k.key] FROM events o JOIN event_keys k"
                     " ON k.event_id = o.id WHERE o.article_id = e.article_id AND " + _TELLING + ")")

    def _signatures_send(self, where: str, params: Sequence[object]) -> Any:
        """PostgreSQL: the query of ``_signatures``, sent (its answer for ``_signatures_parse``)."""
        return self.conn.execute(
            self._SIGNATURE + self._CHILD_ARRAYS
            + " FROM events e JOIN articles a ON a.id = e.article_id WHERE " + where + " ORDER BY e.uid", list(params))

    def _signatures_parse(self, cursor: Any) -> list[EventSignature]:
        return self._array_rows(cursor.fetchall())

    @classmethod
    def _array_rows(cls, rows: list[Any]) -> list[EventSignature]:
        """Signatures from rows of ``_SIGNATURE`` followed by ``_CHILD_ARRAYS``."""
        return cls._signature_rows(rows, [(r[0], side, key) for r in rows for side, key in r[9]],
                                   [(r[8], etype) for r in rows for etype in r[10]],
                                   [(r[8], *day_key) for r in rows for day_key in r[11]])

    def _signatures(self, where: str, params: Sequence[object]) -> list[EventSignature]:
        """The signatures of the events ``e`` meeting ``where`` (a condition on ``events e`` alone)."""
        if self.postgresql:
            return self._signatures_parse(self._signatures_send(where, params))
        rows, (key_rows, type_rows, day_rows) = self._read(
            self._SIGNATURE + " FROM events e JOIN articles a ON a.id = e.article_id WHERE " + where
            + " ORDER BY e.uid", params,
            [("SELECT event_id, side, key FROM event_keys WHERE {}", "event_id", 0),
             ("SELECT DISTINCT article_id, event FROM events WHERE {}", "article_id", 8),
             ("SELECT DISTINCT o.article_id, k.event, k.day_start, k.key FROM events o JOIN event_keys k"
              " ON k.event_id = o.id WHERE " + _TELLING + " AND {}", "o.article_id", 8)])
        return self._signature_rows(rows, key_rows, type_rows, day_rows)

    @staticmethod
    def _signature_rows(rows: list[Any], key_rows: list[Any], type_rows: list[Any],
                        day_rows: list[Any]) -> list[EventSignature]:
        """Signatures from the event rows, their keys (event id, side, key), their articles' types
        (article id, type) and their articles' day-precise keys (article id, type, day, key)."""
        keys: dict[int, dict[str, set[str]]] = {}
        for event_id, side, key in key_rows:
            keys.setdefault(event_id, {"actor": set(), "recipient": set()})[side].add(key)
        types: dict[int, set[str]] = {}
        for article_id, etype in type_rows:
            types.setdefault(article_id, set()).add(etype)
        days: dict[int, set[tuple[str, date, str]]] = {}
        for article_id, etype, day, key in day_rows:
            days.setdefault(article_id, set()).add((etype, date.fromisoformat(day), key))
        out = []
        for eid, uid, etype, d0, d1, country, cluster, sha, article_id, *_arrays in rows:
            side = keys.get(eid, {"actor": set(), "recipient": set()})
            out.append(EventSignature(
                etype, frozenset(side["actor"]), frozenset(side["recipient"]),
                date.fromisoformat(d0) if d0 else None, date.fromisoformat(d1) if d1 else None,
                country=country, uid=uid, article=sha, article_types=frozenset(types[article_id]),
                cluster_id=cluster, article_days=frozenset(days.get(article_id, ()))))
        return out

    def _by_uid_send(self, uids: Collection[str]) -> list[Any]:
        return [self._signatures_send(*_among("e.uid", part)) for part in _chunks(uids)]

    def _by_cluster_send(self, cluster_ids: Collection[str]) -> list[Any]:
        return [self._signatures_send(*_among("e.cluster_id", part)) for part in _chunks(cluster_ids)]

    def _all_signatures(self, cursors: list[Any]) -> list[EventSignature]:
        return [sig for cursor in cursors for sig in self._signatures_parse(cursor)]

    def _read_ahead_candidates(self, sigs: Iterable[EventSignature]) -> None:
        """Send the candidates query of the signatures (those not sent yet), one query for all of them:
        each signature's index ranges as rows of one JSON parameter (``_candidate_probes``), each looked
        up in ``event_keys_candidates``; the answer says which signature a candidate is for."""
        wanted = [sig for sig in dict.fromkeys(sigs) if ("event_candidates", sig) not in self._ahead]
        if len(wanted) <= _FEW:  # one article's: a prepared statement each, cheaper than the joined one
            queries = {sig: query for sig in wanted if (query := self._candidates_query(sig)) is not None}
            self.read_ahead("event_candidates", queries, lambda sig: self._signatures_send(*queries[sig]),
                            lambda sig, cur: [s for s in self._signatures_parse(cur) if s.article != sig.article])
            return
        probes = [probe for i, sig in enumerate(wanted) for probe in self._candidate_probes(i, sig)]
        if not probes:
            return
        cursor = self.conn.execute(
            "WITH hit AS (SELECT DISTINCT p.i, k.event_id FROM jsonb_to_recordset(CAST(? AS jsonb))"
            " AS p(i int, key text, event text, wide int, first text, last text, low text)"
            " JOIN event_keys k ON k.key = p.key AND k.event = p.event AND k.wide = p.wide"
            " AND k.day_start BETWEEN p.first AND p.last AND k.day_end >= p.low) "
            + self._SIGNATURE + self._CHILD_ARRAYS + ", hit.i"
            " FROM hit JOIN events e ON e.id = hit.event_id JOIN articles a ON a.id = e.article_id"
            " ORDER BY hit.i, e.uid", [json.dumps(probes_as_objects(probes))])
        self._read_ahead_tagged("event_candidates", wanted, cursor, 12, self._array_rows,
                                then=self._read_ahead_containers)

    def _read_ahead_containers(self, found: dict[EventSignature, list[EventSignature]]) -> None:
        """Send the candidates query of the containers (reports not precise to the day) among the
        candidates ``found`` of each report that are the same event as it: linking them asks for their
        day-precise matches (``veille.consolidate.events.linked``), one container after the other. A
        guess, as ``read_ahead_events``."""
        self._read_ahead_candidates(c for sig, candidates in found.items() for c in candidates
                                    if not day_precise(c) and same_event(sig, c))

    def _read_ahead_tagged(self, method: str, wanted: Sequence[_Asker], cursor: Any, tag: int,
                           parse: Callable[[list[Any]], list[_Found]],
                           then: Callable[[dict[_Asker, list[_Found]]], None] | None = None) -> None:
        """``method``'s answer for each of ``wanted`` from one cursor, whose rows say in column ``tag`` the
        index of the one they answer: ``parse`` of its rows, without those of its own article (read
        once, when the first is asked; ``then``: called with every answer once they are read)."""
        @cache
        def answers() -> dict[int, list[_Found]]:
            rows: dict[int, list[Any]] = {}
            for row in cursor.fetchall():
                rows.setdefault(row[tag], []).append(row)
            parsed = {k: parse(found) for k, found in rows.items()}
            if then is not None:
                then({asker: [x for x in parsed.get(i, []) if x.article != asker.article]
                      for i, asker in enumerate(wanted)})
            return parsed

        def answer_of(i: int, asker: _Asker) -> Callable[[object, object], list[_Found]]:
            return lambda _asked, _cursor: [x for x in answers().get(i, []) if x.article != asker.article]

        for i, asker in enumerate(wanted):
            self._ahead[(method, asker)] = (answer_of(i, asker), None)

    @staticmethod
    def _candidate_probes(i: int, sig: EventSignature) -> list[tuple[object, ...]]:
        """The index ranges of ``event_keys`` where the candidates of ``sig`` are (``_candidates_query``'s
        condition, one row per key, type and window), each tagged ``i``."""
        keys = sorted(sig.keys)
        windows = sig.windows()
        if not keys or sig.start is None or not windows:
            return []
        low_end = (sig.start - timedelta(days=TOLERANCE_DAYS)).isoformat()
        return [(i, key, etype, int(wide), first, last, low_end) for wide, first, last in windows for key in keys
                for etype in sorted(rules().types_for(sig.event))]

    def read_ahead_events(self, written: Collection[EventSignature], broken: Collection[str]) -> None:
        """What ``Consolidator.clusters`` will ask after an article's reports were written (``written``: their
        signatures as stored, each in its own cluster) and it left the clusters ``broken``, in one round
        trip: the reports, the candidates of each, the members of these clusters. A guess (the
        consolidator's own questions are the keys; another question is asked then)."""
        if not self.postgresql or not written:
            return
        self.read_ahead("events", [frozenset(s.uid for s in written)], self._by_uid_send,
                        lambda _k, cursors: self._all_signatures(cursors))
        self._read_ahead_candidates(written)
        self.read_ahead("cluster_members", [frozenset(broken) | {s.cluster_id for s in written}],
                        self._by_cluster_send, lambda _k, cursors: self._all_signatures(cursors))

    def events(self, uids: Collection[str]) -> list[EventSignature]:
        """Stored reports by uid. PostgreSQL: the candidates of each are read ahead (in one round trip),
        as consolidation asks for them next."""
        held, uids = self.written_reports.by_keys(uids)
        found, out = self._ahead_of("events", frozenset(uids))
        if not found:
            out = []
            for part in _chunks(uids):
                out += self._signatures(*_among("e.uid", part))
        out = self.written_reports.merged(held, out)
        if self.postgresql:
            self._read_ahead_candidates(out)
        return out

    def cluster_members(self, cluster_ids: Collection[str]) -> list[EventSignature]:
        held, cluster_ids = self.written_reports.by_groups(cluster_ids)
        found, out = self._ahead_of("cluster_members", frozenset(cluster_ids))
        if not found:
            out = []
            for part in _chunks(cluster_ids):
                out += self._signatures(*_among("e.cluster_id", part))
        return self.written_reports.merged(held, out)

    _REPORT = ("SELECT e.id, e.uid, a.text_sha256, e.event, e.date, e.enddate, e.day_start, e.day_end,"
               " e.location_name, e.location_country, e.geonameid, e.confidence")
    _REPORT_WHERE = " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.uid"

    def cluster_reports(self, cluster_id: str) -> list[ReportFacts]:
        found, ahead = self._ahead_of("cluster_reports", cluster_id)
        if found:
            return ahead
        if self.postgresql:
            return self._reports_parse(self._reports_send(cluster_id).fetchall())
        rows, (side_rows,) = self._read(self._REPORT + self._REPORT_WHERE, (cluster_id,), [
            ("SELECT event_id, side, code FROM event_actors WHERE {} AND code IS NOT NULL ORDER BY rowid",
             "event_id", 0)])
        return self._reports_parse(rows, side_rows)

    def _reports_send(self, cluster_id: str) -> Any:
        """PostgreSQL: one query, each report's actor codes in an array."""
        return self.conn.execute(
            self._REPORT + ", ARRAY(SELECT ARRAY[x.side, x.code] FROM event_actors x WHERE x.event_id = e.id"
            " AND x.code IS NOT NULL ORDER BY x.rowid)" + self._REPORT_WHERE, (cluster_id,))

    def _all_reports_send(self, cluster_ids: list[str]) -> list[Any]:
        """The query of ``_reports_send`` for several clusters at once (each report's cluster last)."""
        return [self.conn.execute(
            self._REPORT + ", ARRAY(SELECT ARRAY[x.side, x.code] FROM event_actors x WHERE x.event_id = e.id"
            " AND x.code IS NOT NULL ORDER BY x.rowid), e.cluster_id FROM events e JOIN articles a"
            " ON a.id = e.article_id WHERE " + among + " ORDER BY e.cluster_id, e.uid", values)
            for part in _chunks(cluster_ids) for among, values in [_among("e.cluster_id", part)]]

    def _all_reports_parse(self, cursors: list[Any]) -> dict[str, list[ReportFacts]]:
        rows: dict[str, list[Any]] = {}
        for cursor in cursors:
            for row in cursor:
                rows.setdefault(row[13], []).append(row)
        return {cluster_id: self._reports_parse(found) for cluster_id, found in rows.items()}

    @staticmethod
    def _reports_parse(rows: list[Any], side_rows: list[Any] | None = None) -> list[ReportFacts]:
        if side_rows is None:  # PostgreSQL's rows, with their codes
            side_rows = [(r[0], side, code) for r in rows for side, code in r[12]]
        sides: dict[int, dict[str, list[str]]] = {}
        for event_id, side, code in side_rows:
            sides.setdefault(event_id, {"actor": [], "recipient": []})[side].append(code)
        out = []
        for eid, uid, sha, etype, value, endvalue, d0, d1, place, country, geonameid, confidence, *_sides in rows:
            side = sides.get(eid, {"actor": [], "recipient": []})
            out.append(ReportFacts(
                uid, sha, etype, value, endvalue, date.fromisoformat(d0) if d0 else None,
                date.fromisoformat(d1) if d1 else None, place, country, geonameid,
                tuple(dict.fromkeys(side["actor"])), tuple(dict.fromkeys(side["recipient"])), confidence))
        return out

    def event_candidates(self, sig: EventSignature) -> list[EventSignature]:
        # asked again of a container whose day-precise matches decide its links (``linked``)
        found, ahead = self._ahead_of("event_candidates", sig, again=True)
        if found:
            return ahead
        query = self._candidates_query(sig)
        if query is None:
            return []
        return [s for s in self._signatures(*query) if s.article != sig.article]

    @staticmethod
    def _candidates_query(sig: EventSignature) -> tuple[str, list[object]] | None:
        """The condition on ``events e`` (and its parameters) of the candidates of ``sig``, or None
        when it can have none."""
        keys = sorted(sig.keys)
        windows = sig.windows()
        if not keys or sig.start is None or not windows:
            return None
        types = sorted(rules().types_for(sig.event))
        low_end = (sig.start - timedelta(days=TOLERANCE_DAYS)).isoformat()
        key_among, key_params = _among("key", keys)
        type_among, type_params = _among("event", types)
        selects = []
        params: list[object] = []
        for wide, first, last in windows:
            selects.append(f"SELECT event_id FROM event_keys WHERE {key_among} AND {type_among}"
                           " AND wide = ? AND day_start BETWEEN ? AND ? AND day_end >= ?")
            params += [*key_params, *type_params, int(wide), first, last, low_end]
        return f"e.id IN ({' UNION '.join(selects)})", params

    # -- stories -------------------------------------------------------------------------------
    def _cards_send(self, where: str, params: Sequence[object]) -> Any:
        """PostgreSQL: the query of ``_cards``, sent (its answer for ``_cards_parse``)."""
        return self.conn.execute(
            "SELECT id, text_sha256, story_day, story_id, ARRAY(SELECT k.key FROM story_keys k"
            " WHERE k.article_id = articles.id) FROM articles WHERE " + where + " ORDER BY text_sha256", list(params))

    def _cards_parse(self, cursor: Any) -> list[StoryCard]:
        rows = cursor.fetchall()
        return self._card_rows(rows, [(r[0], key) for r in rows for key in r[4]])

    def _cards(self, where: str, params: Sequence[object]) -> list[StoryCard]:
        """The story cards of the articles meeting ``where`` (a condition on ``articles``)."""
        if self.postgresql:
            return self._cards_parse(self._cards_send(where, params))
        rows, (feat_rows,) = self._read(
            "SELECT id, text_sha256, story_day, story_id FROM articles WHERE " + where + " ORDER BY text_sha256",
            params, [("SELECT article_id, key FROM story_keys WHERE {}", "article_id", 0)])
        return self._card_rows(rows, feat_rows)

    @staticmethod
    def _card_rows(rows: list[Any], feat_rows: list[Any]) -> list[StoryCard]:
        feats: dict[int, set[str]] = {}
        for article_id, key in feat_rows:
            feats.setdefault(article_id, set()).add(key)
        return [StoryCard(article=sha, day=day, features=frozenset(feats.get(article_id, ())), story_id=story or "")
                for article_id, sha, day, story, *_keys in rows]

    def _cards_among_send(self, column: str, values: Collection[str]) -> list[Any]:
        return [self._cards_send(*_among(column, part)) for part in _chunks(values)]

    def _all_cards(self, cursors: list[Any]) -> list[StoryCard]:
        return [card for cursor in cursors for card in self._cards_parse(cursor)]

    def read_ahead_stories(self, card: StoryCard, broken: Collection[str]) -> None:
        """What ``Consolidator.stories`` will ask after one article was written (``card``: its card as
        stored) and it left the story ``broken``, in one round trip: its card, its candidates, the
        articles of these stories. A guess, as ``read_ahead_events``."""
        if not self.postgresql:
            return
        self._keep("story_cards", "story_candidates", "story_articles")
        self.read_ahead("story_cards", [frozenset({card.article})],
                        lambda key: self._cards_among_send("text_sha256", key),
                        lambda _k, cursors: self._all_cards(cursors))
        query = self._story_candidates_query(card)
        if query is not None:
            self.read_ahead("story_candidates", [card], lambda _c: self._cards_send(*query),
                            lambda c, cursor: [x for x in self._cards_parse(cursor) if x.article != c.article])
        self.read_ahead("story_articles", [frozenset(broken) | {card.story_id}],
                        lambda key: self._cards_among_send("story_id", key),
                        lambda _k, cursors: self._all_cards(cursors))

    def story_cards(self, articles: Collection[str]) -> list[StoryCard]:
        """Stored story cards by article. PostgreSQL: the candidates of each are read ahead (in one round
        trip), as consolidation asks for them next."""
        held, articles = self.written_cards.by_keys(articles)
        found, out = self._ahead_of("story_cards", frozenset(articles))
        if found:
            return self.written_cards.merged(held, out)
        out = []
        for part in _chunks(articles):
            out += self._cards(*_among("text_sha256", part))
        out = self.written_cards.merged(held, out)
        if self.postgresql:
            self._read_ahead_story_candidates(out)
        return out

    def _read_ahead_story_candidates(self, cards: Iterable[StoryCard]) -> None:
        """Send the candidates query of the cards (those not sent yet), one query for all of them: each
        card's (lede day, anchor) pairs as rows of one JSON parameter, each looked up in ``story_keys``'s
        key; the answer says which card a candidate is for."""
        wanted = [card for card in dict.fromkeys(cards) if ("story_candidates", card) not in self._ahead
                  and card.day is not None and card.anchors]
        if not wanted:
            return
        probes = [{"i": i, "day": day, "key": key} for i, card in enumerate(wanted) if card.day is not None
                  for day in lede_days(card.day) for key in sorted(card.anchors)]
        cursor = self.conn.execute(
            "WITH hit AS (SELECT DISTINCT p.i, k.article_id FROM jsonb_to_recordset(CAST(? AS jsonb))"
            " AS p(i int, day text, key text) JOIN story_keys k ON k.day = p.day AND k.key = p.key)"
            " SELECT a.id, a.text_sha256, a.story_day, a.story_id, ARRAY(SELECT k.key FROM story_keys k"
            " WHERE k.article_id = a.id), hit.i FROM hit JOIN articles a ON a.id = hit.article_id"
            " ORDER BY hit.i, a.text_sha256", [json.dumps(probes)])
        self._read_ahead_tagged("story_candidates", wanted, cursor, 5,
                                lambda rows: self._card_rows(rows, [(r[0], key) for r in rows for key in r[4]]))

    @staticmethod
    def _story_candidates_query(card: StoryCard) -> tuple[str, list[object]] | None:
        """The condition on ``articles`` (and its parameters) of the candidates of ``card``, or None when
        it can have none."""
        keys = sorted(card.anchors)
        if card.day is None or not keys:
            return None
        among, params = _among("key", keys)  # one article's anchors: a few dozen at most
        return (f"id IN (SELECT article_id FROM story_keys WHERE day IN (?, ?, ?) AND {among})",
                [*lede_days(card.day), *params])

    def story_candidates(self, card: StoryCard) -> list[StoryCard]:
        found, out = self._ahead_of("story_candidates", card)
        if found:
            return out
        query = self._story_candidates_query(card)
        if query is None:
            return []
        return [c for c in self._cards(*query) if c.article != card.article]

    def story_articles(self, story_ids: Collection[str]) -> list[StoryCard]:
        held, story_ids = self.written_cards.by_groups(story_ids)
        found, out = self._ahead_of("story_articles", frozenset(story_ids))
        if not found:
            out = []
            for part in _chunks(story_ids):
                out += self._cards(*_among("story_id", part))
        return self.written_cards.merged(held, out)

    def story_members(self, story_id: str) -> list[StoryMember]:
        found, ahead = self._ahead_of("story_members", story_id)
        if found:
            return ahead
        return [StoryMember(*row) for row in self._members_send(story_id)]

    def _all_members_send(self, story_ids: list[str]) -> list[Any]:
        return [self.conn.execute(
            "SELECT text_sha256, title, published, story_day, language, source, url, story_id FROM articles"
            " WHERE " + among + " ORDER BY story_id, id", values)  # noqa: S608
            for part in _chunks(story_ids) for among, values in [_among("story_id", part)]]

    @staticmethod
    def _all_members_parse(cursors: list[Any]) -> dict[str, list[StoryMember]]:
        out: dict[str, list[StoryMember]] = {}
        for cursor in cursors:
            for row in cursor:
                out.setdefault(row[7], []).append(StoryMember(*row[:7]))
        return out

    def _members_send(self, story_id: str) -> Any:
        return self.conn.execute(
            "SELECT text_sha256, title, published, story_day, language, source, url FROM articles"
            " WHERE story_id = ?", (story_id,))
