"""Query filters over a real store, through the library."""

from __future__ import annotations

import docfactory as f
import pytest

from veille.store import EventRow, Filters, Store


@pytest.fixture()
def store(store_location):
    path = store_location
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


def test_event_date_falls_back_to_publication_for_date_filters(store_location):
    text = "Protesters marched through the capital against the new pension law, police said."
    doc, article = f.build(text, published="2024-05-02", doc_id="p", actors=[
        f.A("g", "Protesters", "group", "FRA", ["Protesters"], ["CVL"])],
        events=[f.E("E1", "PROTEST", ["g"], [], "Protesters marched", "marched")])
    with Store.open(store_location) as store:
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


# -- issue 19: side-aware filters, one resolver, facets, places ------------------------------------
def test_new_filters_are_keyword_only_and_old_ones_keep_their_place():
    assert Filters("2024", "2024-12", "AGREE").type == "AGREE"
    with pytest.raises(TypeError):
        Filters(None, None, None, None, None, None, None, None, None, True)  # actor_side is keyword-only


def test_one_resolver_for_codes_names_in_both_languages_and_people(store):
    from veille.errors import QueryError

    r = store.resolver
    for text in ("JPN", "jp", "Japan", "Japon", "country:JPN"):
        assert r.actor(text).codes == ("JPN",), text
    assert r.actor("OTAN").actor_ids == ("igo:NATO",)
    assert r.actor("Nakatani").actor_ids == ("person:gen-nakatani",)
    with pytest.raises(QueryError, match=r"did you mean: .*Gen Nakatani"):
        r.actor("Nakatanni")
    assert r.label("JPN") == "Japan" and r.label("NATO", "person:mark-rutte") == "Mark Rutte"


def test_sides_status_confidence_language_story(store):
    agree = store.events(type="AGREE")
    assert {e.article_id for e in store.events(actor="Japan", actor_side=True, type="AGREE")} == {"fr-1", "en-1"}
    assert {e.article_id for e in store.events(recipient="OTAN", type="AGREE")} == {"fr-1"}  # en-1: both act
    assert store.events(recipient="Japon", type="AGREE") == []
    assert len(store.events(party="JPN", type="AGREE")) == len(agree) == 2
    assert store.events(status="negated") == [] and len(store.events(status="actual")) == 5
    assert [e.article_id for e in store.events(min_confidence=0.9)] == ["en-1"]  # its AGREE: 0.9, others 0.8
    assert len(store.events(min_confidence=0.8)) == 5
    assert {e.article_id for e in store.events(lang="fr")} == {"fr-1"}
    # the French report (lede: its publication day, the morning after) and the English one of the
    # meeting day are one story; the 2023 article is another
    fr, en, older = store.articles()
    assert fr.story_id == en.story_id != older.story_id
    assert {e.article_id for e in store.events(story=fr.story_id)} == {"fr-1", "en-1"}
    assert {e.article_id for e in store.events(story=older.story_id)} == {"en-2023"}


def test_dates_are_compared_by_their_day_range(store_location):
    text = "In 2023 the government of Japan sent aid to Ukraine, the ministry said."
    doc, article = f.build(text, published="2024-01-05", doc_id="y", actors=[f.JAPAN], events=[
        f.E("E1", "AID", ["a-jpn"], [], "sent aid to Ukraine", "sent", date="2023")])
    with Store.open(store_location) as store:
        store.save(doc, article)
        assert len(store.events(since="2023", until="2023")) == 1
        assert store.events(since="2023-05", until="2023-05") == []  # not in every month of its year
        assert len(store.events(since="2023-05", until="2023-05", overlap=True)) == 1
        [row] = store.events()
        assert (row.day_start, row.day_end) == ("2023-01-01", "2023-12-31")


def test_place_filter_contains_towns_in_their_country(store):
    assert {e.location for e in store.events(place="Belgique")} == {"Brussels"}  # country -> its towns
    assert len(store.events(place="Bruxelles")) == len(store.events(place="2800866")) == 2
    assert store.events(place="Japon") == []


def test_facets_count_distinct_events_and_languages(store):
    by_type = {r.value: (r.count, r.reports, r.languages) for r in store.facets("events", "type")}
    assert by_type == {"CONSULT": (1, 2, ["en", "fr"]), "AGREE": (1, 2, ["en", "fr"]), "RETREAT": (1, 1, ["en"])}
    assert [r.value for r in store.facets("events", "type", min_languages=2)] == ["AGREE", "CONSULT"]
    days = store.facets("events", "day")
    assert [(r.value, r.count) for r in days] == [("2023-07-07", 1), ("2024-10-17", 2)]
    assert [r.value for r in store.facets("events", "week")] == ["2023-W27", "2024-W42"]
    assert {r.value: r.label for r in store.facets("events", "actor")}["JPN"] == "Japan"
    assert {r.value: r.count for r in store.facets("quotes", "speaker")} == {"person:mark-rutte": 1}
    assert {r.value: r.count for r in store.facets("articles", "lang")} == {"en": 2, "fr": 1}


def test_a_story_in_two_languages_is_a_facet_value_with_both(store_location):
    text = ("Japan and NATO agreed on Thursday in Brussels to deepen their cooperation on maritime security "
            "and to hold joint exercises in the Indo-Pacific next year, officials said after the talks.")
    with Store.open(store_location) as store:
        for lang, doc_id in (("en", "a"), ("fr", "b")):
            doc, article = f.build(text + ("" if lang == "en" else " "), published="2024-10-17", doc_id=doc_id,
                                   language=lang, title=text[:30])
            store.save(doc, article)
        # given: both articles in one story (how stories form is tests/consolidate's business; these
        # hand-built documents carry no actors or events for it to go on)
        store.conn.execute("UPDATE articles SET story_id = (SELECT MIN(story_id) FROM articles)")
        [row] = store.facets("articles", "story", min_languages=2)
        assert row.count == 2 and row.languages == ["en", "fr"] and row.label.startswith("Japan and NATO")


def test_places_with_mentions_and_events(store):
    [brussels] = [p for p in store.places() if p.name == "Brussels"]
    assert (brussels.country, brussels.country_name, brussels.mentions, brussels.articles) == \
        ("BEL", "Belgium", 2, 2)
    assert [p.name for p in store.places(country="Belgique")] == ["Brussels"]
