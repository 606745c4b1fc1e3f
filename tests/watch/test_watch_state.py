"""The watch tables on a real SQLite store: recording listings, updates, crash recovery, failures."""

from __future__ import annotations

import pytest

from veille.contract.models import Document
from veille.ingest.article import Article
from veille.store import Store
from veille.watch import SourceSpec, Validators, WatchState
from veille.watch._parse import Entry
from veille.watch._state import SourceError, now


@pytest.fixture
def state(tmp_path):
    store = Store.open(tmp_path / "v.db")
    yield WatchState(store.conn), store
    store.close()


def stored(store: Store, url: str, text: str) -> int:
    article = Article(text=text, id=url, url=url)
    store.save(Document(id=url, language="fr", published=None, title=None, text_sha256=article.sha256, url=url),
               article)
    return store.conn.execute("SELECT id FROM articles WHERE text_sha256=?", (article.sha256,)).fetchone()[0]


def test_listing_records_items_once_and_flags_updates_only(state):
    watch, _store = state
    source = watch.add_source(SourceSpec("https://example.org/rss", language="fr"))
    entries = [Entry("https://example.org/a", updated="2024-10-17T08:00:00Z"), Entry("https://example.org/b")]
    items, new = watch.source_listed(source, "feed", Validators('"v1"', None), entries, 900)
    assert new == 2 and [i.url for i in items] == ["https://example.org/a", "https://example.org/b"]
    assert watch.source(source.id).etag == '"v1"' and watch.source(source.id).kind == "feed"
    _items, new = watch.source_listed(source, "feed", Validators('"v2"', None), entries[::-1], 900)
    assert new == 0  # listed again in another order: nothing new
    assert not watch.due_sources(now())
    watch.set_enabled("https://example.org/rss", False)
    assert watch.pending() == []  # a disabled source's items wait
    watch.set_enabled("https://example.org/rss", True)
    assert len(watch.pending()) == 2
    with pytest.raises(SourceError, match="already a source"):
        watch.add_source(SourceSpec("https://example.org/rss"))


def test_crash_between_store_and_item_update_is_recovered_without_fetching(state):
    watch, store = state
    source = watch.add_source(SourceSpec("https://example.org/rss"))
    [item], _ = watch.source_listed(source, "feed", Validators(), [Entry("https://example.org/a")], 900)
    text = "Le président a rencontré son homologue à Paris jeudi."
    sha = Article(text=text).sha256
    watch.item_fetched(item, "https://example.org/a", sha, None)
    article_id = stored(store, "https://example.org/a", text)  # ... then the process dies
    assert [i.state for i in watch.pending()] == ["fetched"]
    assert watch.recover() == 1
    assert watch.pending() == []
    row = store.conn.execute("SELECT state, article_id FROM watch_items").fetchone()
    assert row == ("analysed", article_id)


def test_updated_item_is_pending_again_and_keeps_its_article(state):
    watch, store = state
    source = watch.add_source(SourceSpec("https://example.org/rss"))
    entry = Entry("https://example.org/a", updated="2024-10-17T08:00:00Z")
    [item], _ = watch.source_listed(source, "feed", Validators(), [entry], 900)
    article_id = stored(store, "https://example.org/a", "Premier texte de l'article.")
    watch.item_stored(item, article_id, "x" * 64, Validators('"e1"', None))
    assert watch.pending() == []
    watch.source_listed(source, "feed", Validators(), [entry], 900)  # same date: nothing to do
    assert watch.pending() == []
    watch.source_listed(source, "feed", Validators(),
                        [Entry("https://example.org/a", updated="2024-10-17T10:00:00Z")], 900)
    [again] = watch.pending()
    assert again.refresh and again.article_id == article_id and again.validators.etag == '"e1"'


def test_failures_retry_transient_errors_then_give_up(state):
    watch, _store = state
    source = watch.add_source(SourceSpec("https://example.org/rss"))
    [item], _ = watch.source_listed(source, "feed", Validators(), [Entry("https://example.org/a")], 900)
    assert not watch.item_failed(item, "HTTP 503", transient=True, attempts=2, retry_in=0)
    [item] = watch.pending()
    assert item.attempts == 1
    assert watch.item_failed(item, "HTTP 503", transient=True, attempts=2, retry_in=0)
    assert watch.pending() == []
    [other], _ = watch.source_listed(source, "feed", Validators(), [Entry("https://example.org/b")], 900)
    assert watch.item_failed(other, "HTTP 404 Not Found", transient=False, attempts=3, retry_in=0)
    stats = watch.sources()[0]
    assert stats.failed == 2 and stats.pending == 0


def test_source_failures_back_off(state):
    watch, _store = state
    source = watch.add_source(SourceSpec("https://example.org/rss"))
    watch.source_failed(source, "HTTP 500", 3600)
    row = watch.source(source.id)
    assert row.failures == 1 and row.last_error == "HTTP 500" and row.next_due > row.last_checked
    assert watch.due_sources(now()) == [] and len(watch.due_sources(now(), force=True)) == 1
    watch.set_enabled(str(source.id), True)  # enabling makes it due at once
    assert len(watch.due_sources(now())) == 1
