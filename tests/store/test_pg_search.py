"""PostgreSQL only: full-text search with each article indexed in its language's configuration (French or
English stemming, accents ignored as SQLite's remove_diacritics does); search words are never syntax; an
article PostgreSQL refuses is one StoreError."""

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


def test_an_article_postgresql_refuses_is_a_store_error_and_the_store_goes_on(pg_url):
    from dataclasses import replace

    import pytest

    from veille.errors import StoreError

    with Store.open(pg_url) as store:
        store.save(*f.report_2023())
        doc, article = f.report_en()
        with pytest.raises(StoreError, match="en-1: the database refused this article"):
            store.save(replace(doc, title="NUL\x00byte"), article)  # PostgreSQL text holds no NUL
        store.save(*f.report_fr())
        assert sorted(a.id for a in store.articles()) == ["en-2023", "fr-1"]
