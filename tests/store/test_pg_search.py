"""PostgreSQL's full-text search: each article indexed with its language's configuration (French or
English stemming, accents ignored as SQLite's remove_diacritics does); search words are never syntax."""

from __future__ import annotations

import docfactory as f

from veille.store import Store


def test_each_language_is_indexed_with_its_own_configuration(pg_url):
    f.populate(pg_url)
    with Store.open(pg_url) as store:
        configs = dict(store.conn.execute(
            "SELECT a.language, MIN(s.config) FROM search_index s JOIN articles a ON a.id = s.article_id"
            " GROUP BY a.language"))
        assert configs == {"fr": "veille_french", "en": "veille_english"}
        # stems: "Japons" finds the French title's "Japon" (SQLite's FTS5 would not)
        assert [a.id for a in store.articles(search="Japons")] == ["fr-1"]
        # both stemmers, accents ignored: "cooperations" finds the French "coopération" and the English
        # "cooperation"
        assert [a.id for a in store.articles(search="cooperations")] == ["fr-1", "en-1"]
        # English stems: "meetings" finds the title's "meet"
        assert [a.id for a in store.articles(search="meetings")] == ["en-1"]
        # every word must appear, as on SQLite
        assert store.articles(search="Japon Vilnius") == []


def test_query_syntax_in_the_words_is_only_words(pg_url):
    f.populate(pg_url)
    with Store.open(pg_url) as store:
        for text in ("NATO & | ! (", "' OR 1=1 --", "NOT", '"unbalanced', ":*"):
            store.articles(search=text)  # no error from PostgreSQL's tsquery parser
        assert [a.id for a in store.articles(search="NATO & Japan")] == ["en-1"]
