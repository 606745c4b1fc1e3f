"""Issue 16: several articles saved in one transaction (``Store.save_many``, what ``veille analyze`` does
per ``--batch-size``) give the database of saving them one by one: the same rows, the same row ids, the
same clusters, stories and registry, on both backends (PostgreSQL: a real server). A batch the database
refuses stores none of its articles, and ``analyze_batch`` then stores the others one by one."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import docfactory as f
import pytest
from orderfree import dump_store
from test_order_independence import generated_corpus

from veille.analyze.batch import BatchCounts, analyze_batch
from veille.consolidate.events import own_cluster_id
from veille.consolidate.stories import own_story_id
from veille.contract.models import Document
from veille.errors import AnalysisError, StoreError
from veille.ingest.article import Article
from veille.store import SaveResult, Store


def _corpus() -> list[tuple[Document, Article | None]]:
    """Articles sharing people, events and stories; one saved twice inside a batch (re-analysis), edits
    (a new text under ids already stored: an earlier seed's ids), articles with quotes, times, places."""
    corpus = generated_corpus()
    edits = generated_corpus(n=4, seed=8)  # ids gen-0 .. gen-3, other texts
    return [*corpus[:30], corpus[28], f.report_2023(), f.report_en(), *corpus[30:50], *edits, f.report_fr(),
            *corpus[50:], corpus[52], f.report_en()]


def _ids(location: str) -> dict[str, list[tuple]]:
    """The internal row ids, which the dumps replace by public keys: they must be the same too."""
    with Store.open(location) as store:
        return {table: [tuple(r) for r in store.conn.execute(f"SELECT {columns} FROM {table} ORDER BY id")]
                for table, columns in (("articles", "id, text_sha256"), ("events", "id, uid"),
                                       ("quotes", "id, article_id, start"))}


_AS_LEFT = ("SELECT a.story_id, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND EXISTS"
            " (SELECT 1 FROM events o WHERE o.cluster_id = e.cluster_id AND o.article_id != e.article_id))"
            " FROM articles a WHERE a.id = ?")


def _saved_one_by_one(store: Store, items: list, size: int) -> list[SaveResult]:
    """``save`` of each article in turn, each SaveResult's story and clustered reports those its article's
    row has once the last article of its batch of ``size`` is saved (what ``save_many`` says)."""
    out: list[SaveResult] = []
    for start in range(0, len(items), size):
        rows = []
        for doc, article in items[start:start + size]:
            out.append(store.save(doc, article))
            rows.append(store.conn.execute("SELECT id FROM articles WHERE text_sha256 = ?",
                                           (doc.text_sha256,)).fetchone()[0])
        for k, row in enumerate(rows, start):
            story_id, clustered = store.conn.execute(_AS_LEFT, (row,)).fetchone()
            out[k] = replace(out[k], story_id=story_id, clustered=clustered)
    return out


def _locations(backend: str, tmp_path, pg_server) -> tuple[str, str]:
    if backend == "sqlite":
        return str(tmp_path / "one.db"), str(tmp_path / "batched.db")
    return pg_server.create_database("save_one"), pg_server.create_database("save_batched")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("size", [2, 7])
def test_a_batched_save_gives_the_database_of_saving_one_by_one(backend, size, tmp_path, request):
    pg_server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    one, batched = _locations(backend, tmp_path, pg_server)
    items = _corpus()
    with Store.open(one) as store:
        expected = _saved_one_by_one(store, items, size)
    with Store.open(batched) as store:
        results = [r for i in range(0, len(items), size) for r in store.save_many(items[i:i + size])]
    assert [r.replaced for r in expected].count(True) == 7  # the re-saves and edits were exercised
    assert results == expected
    reference, other = dump_store(one), dump_store(batched)
    assert reference["articles"] and reference["event_clusters"] and reference["quotes"]
    for table in reference:
        assert other[table] == reference[table], f"table {table} differs when saved in batches of {size}"
    assert _ids(batched) == _ids(one)


def test_a_refused_article_rolls_its_batch_back(pg_url):
    refused = replace(f.report_en()[0], title="NUL\x00byte")  # PostgreSQL text holds no NUL
    with Store.open(pg_url) as store:
        store.save(*f.report_2023())
        with pytest.raises(StoreError, match="refused one of 3 articles"):
            store.save_many([f.report_fr(), (refused, f.report_en()[1]), generated_corpus(n=1)[0]])
        assert [a.id for a in store.articles()] == ["en-2023"]  # none of the batch
        store.save_many([f.report_fr(), f.report_en()])  # the connection goes on
        assert sorted(a.id for a in store.articles()) == ["en-1", "en-2023", "fr-1"]


class _Given:
    """Stands for the analysis: each article's document (or AnalysisError) as given, in order."""

    def __init__(self, results: dict[str, Document | AnalysisError]) -> None:
        self.results = results

    def analyze_each(self, articles: Sequence[Article]) -> Iterator[Document | AnalysisError]:
        for article in articles:
            yield self.results[article.origin]


def _batch(items: list[tuple[Document, Article]], failing: int | None = None
           ) -> tuple[list[Article], _Given]:
    articles = [replace(article, origin=f"in/{i}") for i, (_doc, article) in enumerate(items)]
    results: dict[str, Document | AnalysisError] = {a.origin: doc for a, (doc, _a) in zip(articles, items)}
    if failing is not None:
        results[f"in/{failing}"] = AnalysisError(f"in/{failing}", "RuntimeError: stage bug")
    return articles, _Given(results)


def test_analyze_batch_stores_the_others_of_a_refused_batch_one_by_one(pg_url):
    refused = replace(f.report_en()[0], title="NUL\x00byte")
    articles, analysis = _batch([f.report_fr(), (refused, f.report_en()[1]), f.report_2023()])
    with Store.open(pg_url) as store:
        outcomes = list(analyze_batch(articles, analysis, store, save_batch=3))
        assert [o.stored for o in outcomes] == [True, False, True]
        assert outcomes[1].error is not None and "refused this article" in str(outcomes[1].error)
        assert sorted(a.id for a in store.articles()) == ["en-2023", "fr-1"]


def test_outcomes_come_once_their_batch_is_stored_and_the_last_ends_it(tmp_path):
    items = generated_corpus(n=7)
    articles, analysis = _batch(items, failing=4)
    seen = []
    with Store.open(tmp_path / "v.db") as store:
        counts = BatchCounts()
        for outcome in analyze_batch(articles, analysis, store, save_batch=3):
            counts.count(outcome)
            seen.append((outcome.article.origin, outcome.stored, outcome.batch_end, len(store.articles())))
    # batches of three outcomes (the failed analysis takes its place in its batch), stored before any
    # of them comes; an interruption is taken only at a batch's end
    assert seen == [("in/0", True, False, 3), ("in/1", True, False, 3), ("in/2", True, True, 3),
                    ("in/3", True, False, 5), ("in/4", False, False, 5), ("in/5", True, True, 5),
                    ("in/6", True, True, 6)]
    assert (counts.analysed, counts.stored, counts.failed) == (6, 6, 1)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_batches_of_new_articles_with_re_pointed_people_give_the_database_of_saving_one_by_one(backend, tmp_path,
                                                                                             request):
    """New articles only (PostgreSQL: their row ids taken at once, the stored people of their buckets read
    once and kept as the batch re-points them), then a batch holding a stored one (looked up one by one),
    then new ones again: the ids continue as saving one by one gives them."""
    pg_server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    one, batched = _locations(backend, tmp_path, pg_server)
    corpus = generated_corpus(n=48, seed=11)  # short and long names of the same people: re-points
    batches = [corpus[:16], corpus[16:24], [*corpus[24:30], corpus[3], *corpus[30:36]], corpus[36:]]
    with Store.open(one) as store:
        for batch in batches:
            for doc, article in batch:
                store.save(doc, article)
    with Store.open(batched) as store:
        for batch in batches:
            store.save_many(batch)
    reference, other = dump_store(one), dump_store(batched)
    assert len({r for r in reference["actors"] if r[0].startswith("person:")}) >= 4
    for table in reference:
        assert other[table] == reference[table], f"table {table} differs when saved in batches"
    assert _ids(batched) == _ids(one)


def test_a_batch_of_new_articles_looks_none_of_them_up(pg_url, monkeypatch):
    """PostgreSQL: a batch none of whose articles is stored is written without the look-up of each (its
    ids taken at once); a batch holding a stored article looks each up."""
    corpus = generated_corpus(n=12, seed=5)
    with Store.open(pg_url) as store:
        sent: list[str] = []
        execute = store.conn.execute
        monkeypatch.setattr(store.conn, "execute", lambda sql, params=None: sent.append(sql) or execute(sql, params))
        store.save_many(corpus[:6])
        assert not [sql for sql in sent if sql.startswith("WITH ins AS (INSERT INTO articles")]
        # their rows (with their children) join the batch's writes: one insert for several articles
        assert 1 <= len([sql for sql in sent if 'INSERT INTO articles ("id",' in sql]) < 6
        assert not [sql for sql in sent if "INSERT INTO events" in sql and "RETURNING id" in sql]  # ids taken
        assert len(store.articles()) == 6
        sent.clear()
        store.save_many([*corpus[6:], corpus[0]])
        assert len([sql for sql in sent if sql.startswith("WITH ins AS (INSERT INTO articles")]) == 7
        assert len(store.articles()) == 12


def _people_of_one_batch() -> list[tuple[Document, Article | None]]:
    """Made-up articles whose people only articles of the same batch name: a surname alone, then the full
    name (the first article's row re-pointed), then a longer one (both re-pointed), and an event between
    two of them (its keys re-pointed too)."""
    def one(k: int, name: str, other: str) -> tuple[Document, Article | None]:
        text = f"Note {k}\n{name} met {other} on 2024-05-0{k}. {name} spoke after the talks."
        return f.build(text, published=f"2024-05-0{k}", doc_id=f"people-{k}", title=f"Note {k}",
                       actors=[f.A("p1", name, "person", "NOR", [name]), f.A("p2", other, "person", "ISL", [other])],
                       events=[f.E("E1", "CONSULT", ["p1"], ["p2"], f"{name} met {other}", "met",
                                   date=f"2024-05-0{k}")])
    return [one(1, "Haugland", "Gudrun Olafsdottir"), one(2, "Ingrid Haugland", "Olafsdottir"),
            one(3, "Ingrid Marie Haugland", "Gudrun Olafsdottir")]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_people_re_pointed_inside_one_batch_get_the_ids_of_saving_one_by_one(backend, tmp_path, request):
    pg_server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    one, batched = _locations(backend, tmp_path, pg_server)
    items = _people_of_one_batch()
    with Store.open(one) as store:
        for doc, article in items:
            store.save(doc, article)
        assert {a.id for a in store.actors()} == {"person:ingrid-marie-haugland", "person:gudrun-olafsdottir"}
    with Store.open(batched) as store:
        store.save_many(items)
    reference, other = dump_store(one), dump_store(batched)
    for table in reference:
        assert other[table] == reference[table], f"table {table} differs when saved in one batch"
    assert _ids(batched) == _ids(one)


def _new_with_quotes(k: int, lat: float) -> tuple[Document, Article | None]:
    """A made-up new article with a quote, and an event placed at latitude ``lat``."""
    place = f.Location("Harbour", "NOR", lat, 10.7, None, "P")
    text = (f"Talks {k}\nThe Norwegian minister met the Icelandic envoy on 2024-06-0{k}."
            f' "We agreed on fishing quotas {k}", the minister said.')
    return f.build(text, published=f"2024-06-0{k}", doc_id=f"quotes-{k}", title=f"Talks {k}",
                   actors=[f.A("m", "Norway", "organization", "NOR", ["The Norwegian minister", "the minister"]),
                           f.A("e", "Iceland", "organization", "ISL", ["the Icelandic envoy"])],
                   events=[f.E("E1", "CONSULT", ["m"], ["e"], "The Norwegian minister met the Icelandic envoy",
                               "met", date=f"2024-06-0{k}", location=place)],
                   quotes=[(f"We agreed on fishing quotas {k}", "m")])


def test_new_articles_quotes_and_events_take_the_ids_of_saving_one_by_one(pg_server):
    """PostgreSQL: a batch of new articles takes its articles', events' and quotes' row ids at once and
    writes them with the batch's other rows; a value JSON cannot hold (a NaN latitude) is still written
    after the rows its foreign keys name. The same rows and ids as saving one by one."""
    one, batched = pg_server.create_database("quotes_one"), pg_server.create_database("quotes_batched")
    first = [_new_with_quotes(1, 59.9), _new_with_quotes(2, 60.1)]
    second = [_new_with_quotes(3, float("nan")), _new_with_quotes(4, 60.3), _new_with_quotes(5, 60.4)]
    with Store.open(one) as store:
        for doc, article in [*first, *second]:
            store.save(doc, article)
    with Store.open(batched) as store:
        store.save_many(first)
        store.save_many(second)
        assert len(store.quotes()) == 5 and len(store.events()) == 5
    reference, other = dump_store(one), dump_store(batched)
    for table in reference:  # repr: NaN equals itself
        assert repr(other[table]) == repr(reference[table]), f"table {table} differs when saved in batches"
    assert _ids(batched) == _ids(one)


def _talks(k: int, name: str) -> tuple[Document, Article | None]:
    """A made-up note: ``name`` (a person of no country) meets Gudrun Olafsdottir on 2024-07-0k."""
    text = f"Note {k}\n{name} met Gudrun Olafsdottir on 2024-07-0{k} in Bergen."
    return f.build(text, published=f"2024-07-0{k}", doc_id=f"talks-{k}", title=f"Note {k}",
                   actors=[f.A("p1", name, "person", None, [name]),
                           f.A("p2", "Gudrun Olafsdottir", "person", None, ["Gudrun Olafsdottir"])],
                   events=[f.E("E1", "CONSULT", ["p1"], ["p2"], f"{name} met Gudrun Olafsdottir", "met",
                               date=f"2024-07-0{k}")])


def test_a_stored_report_re_keyed_by_a_batch_is_clustered_again(store_location, monkeypatch):
    """A report stored by an earlier batch whose keys a later batch's re-point changes ("Haugland" becomes
    "Ingrid Haugland") is one of the reports that batch's clusters decision takes, as a single save takes
    it (its keys' answer is read at the decision, not at the re-point)."""
    first = _talks(1, "Haugland")
    with Store.open(store_location) as store:
        store.save_many([first, _talks(2, "Sigrid Dahl")])
        stored = f"{first[0].text_sha256[:16]}:E1"
        decided: list[set[str]] = []
        clusters = store._writer.consolidator.clusters
        monkeypatch.setattr(store._writer.consolidator, "clusters",
                            lambda uids, broken, source: decided.append(set(uids)) or clusters(uids, broken, source))
        store.save_many([_talks(3, "Ingrid Haugland"), _talks(4, "Tove Lie")])
        assert {a.id for a in store.actors()} >= {"person:ingrid-haugland"}
        assert "person:haugland" not in {a.id for a in store.actors()}
    assert any(stored in uids for uids in decided)


def test_a_batch_of_new_articles_reads_none_of_its_own_reports_or_cards_back(pg_server, monkeypatch):
    """PostgreSQL: the clusters and stories decisions of a batch of new articles take the batch's own
    reports and story cards (each in its own cluster and story) from what the writer wrote, and ask the
    server only for the stored candidates; the database is that of saving one by one."""
    one, batched = pg_server.create_database("held_one"), pg_server.create_database("held_batched")
    first = [_new_with_quotes(1, 59.9), _new_with_quotes(2, 60.1)]
    second = [_new_with_quotes(3, 60.2), _new_with_quotes(4, 60.3), _new_with_quotes(5, 60.4)]
    with Store.open(one) as store:
        for doc, article in [*first, *second]:
            store.save(doc, article)
    with Store.open(batched) as store:
        store.save_many(first)
        sent: list[tuple[str, list]] = []
        execute = store.conn.execute
        monkeypatch.setattr(store.conn, "execute",
                            lambda sql, params=None: sent.append((sql, list(params or []))) or execute(sql, params))
        store.save_many(second)
    own_uids = {f"{doc.text_sha256[:16]}:E1" for doc, _article in second}
    own_groups = {own_cluster_id(uid) for uid in own_uids} | {own_story_id(doc.text_sha256) for doc, _a in second}
    shas = {doc.text_sha256 for doc, _article in second}
    reads = [(sql, params) for sql, params in sent if sql.startswith("SELECT")]
    signatures = [(sql, p) for sql, p in reads if sql.startswith("SELECT e.id, e.uid, e.event,")]
    assert not [p for sql, p in signatures if "WHERE e.uid IN" in sql and own_uids & set(p)]
    assert not [p for sql, p in signatures if "WHERE e.cluster_id IN" in sql and own_groups & set(p)]
    assert not [p for sql, p in reads if "FROM articles WHERE" in sql and "story_keys" in sql
                and (shas | own_groups) & set(p)]
    reference, other = dump_store(one), dump_store(batched)
    for table in reference:
        assert other[table] == reference[table], f"table {table} differs when saved in batches"
    assert _ids(batched) == _ids(one)


def test_people_re_pointed_inside_a_batch_need_no_look_up_of_their_rows(pg_url, monkeypatch):
    """PostgreSQL: a re-point inside a batch of new articles is one statement that finds the rows it
    moves itself (no look-up waited for); the ids are those of saving one by one (see above)."""
    with Store.open(pg_url) as store:
        sent: list[str] = []
        execute = store.conn.execute
        monkeypatch.setattr(store.conn, "execute", lambda sql, params=None: sent.append(sql) or execute(sql, params))
        store.save_many(_people_of_one_batch())
        assert {a.id for a in store.actors()} == {"person:ingrid-marie-haugland", "person:gudrun-olafsdottir"}
    assert not [sql for sql in sent if sql.startswith("SELECT article_id, doc_actor_id, actor_id FROM article_actors")]
    assert len([sql for sql in sent if "FROM article_actors WHERE person_key = ?" in sql]) >= 2
