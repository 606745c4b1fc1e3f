"""Query filters over a real store, through the library."""

from __future__ import annotations

import docfactory as f
import pytest

from veille.store import EventRow, Filters, Store


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "v.db"
    f.populate(path)
    with Store.open(path, create=False) as s:
        yield s


def test_articles_by_date_actor_country_search(store):
    assert [a.id for a in store.articles()] == ["fr-1", "en-1", "en-2023"]  # newest first
    assert [a.id for a in store.articles(since="2024")] == ["fr-1", "en-1"]
    assert [a.id for a in store.articles(until="2024-10-17")] == ["en-1", "en-2023"]
    assert [a.id for a in store.articles(actor="OTAN")] == ["fr-1", "en-1"]  # alias of NATO
    assert [a.id for a in store.articles(country="NLD")] == ["en-2023"]
    assert [a.id for a in store.articles(type="retreat")] == ["en-2023"]
    assert [a.id for a in store.articles(search="cooperation")] == ["fr-1", "en-1"]  # accents ignored
    assert [a.id for a in store.articles(limit=1)] == ["fr-1"]
    en = store.articles(search="Brussels", translate=False)[0]
    # a place's name finds its other names too: Brussels = Bruxelles
    assert {a.id for a in store.articles(search="Brussels")} == {"fr-1", "en-1"}
    assert (en.actors, en.events, en.quotes, en.language) == (4, 2, 1, "en")


def test_events_filters(store):
    assert all(isinstance(e, EventRow) for e in store.events())
    assert len(store.events()) == 5
    assert {e.event for e in store.events(type="AGREE,CONSULT")} == {"AGREE", "CONSULT"}
    assert [e.event for e in store.events(country="NLD")] == ["RETREAT"]
    assert len(store.events(country="nato")) == 4
    # a person's name finds the events where the person is on either side
    assert {e.id.split(":")[1] for e in store.events(actor="Nakatani")} == {"E1"}
    assert [e.article_id for e in store.events(actor="Nakatani", actor_side=True)] == ["en-1"]
    assert [e.article_id for e in store.events(recipient="Nakatani")] == ["fr-1"]
    assert store.events(since="2024-10-18") == []  # the meeting was on the 17th
    assert len(store.events(since="2024-10-17", until="2024-10-17")) == 4
    assert [e.event for e in store.events(until="2023")] == ["RETREAT"]
    assert [e.article_id for e in store.events(search="resignation")] == ["en-2023"]
    assert len(store.events(limit=2)) == 2
    e = store.events(type="CONSULT", search="Rutte met")[0]
    assert (e.location, e.location_country, e.date) == ("Brussels", "BEL", "2024-10-17")
    assert e.actor[0].actor_id == "person:gen-nakatani" and e.actor[0].code == "JPN"


def test_event_date_falls_back_to_publication_for_date_filters(tmp_path):
    text = "Protesters marched through the capital against the new pension law, police said."
    doc, article = f.build(text, published="2024-05-02", doc_id="p", actors=[
        f.A("g", "Protesters", "group", "FRA", ["Protesters"], ["CVL"])],
        events=[f.E("E1", "PROTEST", ["g"], [], "Protesters marched", "marched")])
    with Store.open(tmp_path / "v.db") as store:
        store.save(doc, article)
        assert len(store.events(since="2024-05", until="2024-05")) == 1
        assert store.events(since="2024-06") == []
        assert store.events()[0].date is None


def test_quotes_by_speaker_and_search(store):
    [q] = store.quotes(speaker="rutte")
    assert q.speaker == "Mark Rutte" and q.speaker_id == "person:mark-rutte"
    assert q.text.startswith("We stand together")
    assert store.quotes(search="indo pacific")[0].article_id == "en-1"
    assert store.quotes(speaker="Nakatani") == []
    assert store.quotes(country="NATO") == [q]


def test_actor_queries(store):
    assert [a.id for a in store.actors(country="JPN")] == ["country:JPN", "person:gen-nakatani"] or \
        {a.id for a in store.actors(country="JPN")} == {"country:JPN", "person:gen-nakatani"}
    assert {a.id for a in store.actors(until="2023")} == {"person:mark-rutte", "country:NLD"}
    assert store.actors(name="igo:NATO")[0].name == "NATO"
    assert len(store.actors(limit=2)) == 2
    mentions = [a.mentions for a in store.actors()]
    assert mentions == sorted(mentions, reverse=True)


def test_filters_object_and_bad_dates(store):
    assert len(store.events(Filters(type="AGREE"))) == 2
    with pytest.raises(ValueError):
        store.events(since="last week")


def test_full_text_search_never_raises_on_syntax(store):
    for text in ('"unbalanced', "AND OR", "*", "NEAR(", "l'OTAN"):
        store.events(search=text)
        store.articles(search=text)
        store.quotes(search=text)
    assert [a.id for a in store.articles(search="l'OTAN")] == ["fr-1"]


def test_summary(store):
    s = store.summary()
    assert (s.articles, s.actors, s.events, s.event_clusters, s.quotes) == (3, 5, 5, 3, 1)
    assert s.languages == {"en": 2, "fr": 1}
