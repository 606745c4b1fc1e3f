"""Local US news: the home state, its towns named bare, divisions named in the plural, and the dev set of
local articles written for veille (``data/local_us_news.dev.jsonl``, built from ``local_us_news.src.txt``
by ``scripts/build_local_news_gold.py``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from places_helpers import by_text, own_set_figures

from veille.analyze.places._lexicon import place_words
from veille.analyze.places._local import home_state, local_frame, plural_division_names
from veille.analyze.places._person_or_place import person_or_place

DEV_SET = Path(__file__).with_name("data") / "local_us_news.dev.jsonl"
# measured on the set (50 articles: places.all.recall 401/417, within_161km 384/401), with a little room
FOUND_FLOOR, WITHIN_FLOOR = 0.95, 0.93


def test_home_state_is_named_most_and_at_least_twice():
    assert home_state(Counter({"TX": 3, "OK": 2})) == "TX"
    assert home_state(Counter({"TX": 2, "OK": 1, "AR": 1})) == "TX"  # half of the state mentions is enough
    assert home_state(Counter({"TX": 2, "OK": 2})) is None  # a tie: no home
    assert home_state(Counter({"TX": 1})) is None  # once is in passing
    assert home_state(Counter({"TX": 2, "OK": 1, "CA": 1, "NY": 1})) is None  # national news
    assert home_state(Counter()) is None


def test_plural_kind_after_a_list_of_names():
    words = "storms hit Tarrant and Denton counties on Friday".split()
    plurals = place_words("en").division_plurals
    assert plural_division_names(words, plurals, frozenset({"and", "or"})) == [
        (4, 5, "Denton County"), (2, 3, "Tarrant County")]
    words = "Caddo , Bossier and Webster parishes".split()
    assert [name for _i, _j, name in plural_division_names(words, plurals, frozenset({"and"}))] == [
        "Webster Parish", "Bossier Parish", "Caddo Parish"]
    # one name before the plural is something else ("the Dallas counties")
    assert plural_division_names("the Dallas counties".split(), plurals, frozenset({"and"})) == []


@pytest.mark.parametrize(("sentence", "name", "framed"), [
    ("A Hartselle woman was hurt", "Hartselle", True),  # determiner, name, noun of people
    ("the fire spread west of Cullman on Sunday", "Cullman", True),
    ("as far as Decatur and Athens", "Decatur", True),
    ("as far as Decatur and Athens", "Athens", True),  # in the list the locative opens
    ("buyers from Arab , Boaz and Guntersville", "Boaz", True),
    ("Hartselle said the town would appeal", "Hartselle", False),  # a subject: no frame
    ("the Hartselle Enquirer reported", "Hartselle", False),
])
def test_local_frames(sentence, name, framed):
    words = sentence.split()
    i = words.index(name)
    lexicon = place_words("en")
    frame = local_frame(words, i, i + 1, set(), lexicon.local_towns, lexicon.locatives, person_or_place("en"))
    assert frame is framed


@pytest.mark.model
@pytest.mark.parametrize(("text", "points"), [
    # towns of the home state named bare, which the NER calls people or organisations
    ("DECATUR, Ala. (AP) — A Hartselle woman was hurt Friday when a tree fell on her car on a road west of "
     "Cullman, Alabama state troopers said. Crews from Decatur and Guntersville cleared the road.",
     {"Hartselle": 34.44, "Cullman": 34.17, "Guntersville": 34.36}),
    # a town of the home state over a bigger namesake (Reno, Texas, not Nevada)
    ("The Texas Department of Transportation will repave Loop 286 this summer. Lamar County commissioners said "
     "crews from Texas and Oklahoma would work at night. Drivers between Paris and Clarksville, Texas, should "
     "expect delays, and Reno will see detours too.", {"Paris": 33.66, "Reno": 33.66}),
    # ... but not over one hundreds of times bigger (Tennessee's Nashville, not Indiana's 1,000 people)
    ("The Brown County Playhouse in Indiana reopened Friday. The Indiana cast will tour Indiana towns before a "
     "country singer from Nashville joins them in Bloomington, Indiana.", {"Nashville": 36.17}),
    # no state named: the towns and the county cluster in New Hampshire
    ("Selectmen in Gorham and Lancaster voted Monday to share a police chief. Coos County commissioners backed "
     "the plan, and officials in Littleton said they would watch it closely.",
     {"Lancaster": 44.49, "Littleton": 44.31}),
])
def test_home_state_towns(en, text, points):
    places = by_text(en(text))
    assert {name: round(places[name].lat, 1) for name in points if name in places} == \
        {name: round(lat, 1) for name, lat in points.items()}


@pytest.mark.model
def test_counties_in_the_plural_and_modifiers_before_a_state(en):
    doc = en("Storms knocked out power across central and southern Oklahoma on Friday. Schools in Pontotoc "
             "and Garvin counties closed.")
    places = by_text(doc)
    assert places["Oklahoma"].feature == "ADM1"
    assert places["Pontotoc"].name == "Pontotoc County" and places["Garvin"].name == "Garvin County"


@pytest.mark.model
def test_local_news_dev_set_floor():
    figures = own_set_figures(DEV_SET)
    assert figures["places.all.recall"] >= FOUND_FLOOR
    assert figures["places.all.within_161km"] >= WITHIN_FLOOR


@pytest.mark.model
def test_streets_and_rivers_named_after_places(en):
    doc = en("FRANKFORT, Ky. (AP) — Water from the Kentucky River covered Riverside Drive on Monday, and crews "
             "closed roads near Elkhorn Creek, Frankfort officials said.")
    places = by_text(doc)
    assert "Riverside" not in places and "Kentucky" not in places  # the street's, the river's names
    assert places["Kentucky River"].feature == "STM" and places["Elkhorn Creek"].feature == "STM"
    assert places["Kentucky River"].lat == pytest.approx(38.2, abs=0.1)  # at Frankfort, the document's town


@pytest.mark.model
def test_a_town_of_the_home_state_though_a_bigger_town_once_bore_its_name(en):
    doc = en("SOMERSET, Ky. (AP) — Marinas near Russell Springs and Jamestown reopened Friday, Kentucky "
             "officials said.")
    assert by_text(doc)["Jamestown"].lat == pytest.approx(36.98, abs=0.1)  # Kentucky's, not New York's


def test_clustered_state_of_a_paper_that_never_names_it():
    from veille.analyze.places._gazetteer import load_gazetteer
    from veille.analyze.places._local import clustered_state

    gaz = load_gazetteer()
    assert clustered_state(gaz, ["Gorham", "Lancaster", "Coos County", "Littleton"]) == "NH"
    assert clustered_state(gaz, ["Paris", "London", "Berlin", "Moscow"]) is None  # borne in many states
    assert clustered_state(gaz, ["Coos County"]) is None  # one name is no cluster


@pytest.mark.model
def test_a_home_town_the_ner_calls_an_organisation_with_its_article(en):
    doc = en("Capt. Ray Dunn spent 20 years with the Muscle Shoals department after growing up in Muscle Shoals, "
             "Ala.")
    assert [p.text for p in doc._.veille_places].count("Muscle Shoals") == 2


@pytest.mark.model
def test_regions_lakes_and_rivers_of_local_news(en):
    doc = en("Tourism in the Ozarks and on the Outer Banks rebounded, while barge traffic on the Ohio River and "
             "boating on Lake Erie slowed, the report said. Home prices in the Bay Area fell.")
    places = by_text(doc)
    assert places["Ozarks"].country == "USA" and places["Outer Banks"].feature == "ISL"
    assert places["Ohio River"].feature == "STM" and places["Lake Erie"].feature == "LK"
    assert places["Bay Area"].lat == pytest.approx(37.8, abs=0.2)  # San Francisco's, not Bay in India


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "lat"), [
    # a name with an apostrophe, in capitals in the dateline, cut short by the NER below
    ("COEUR D'ALENE, Idaho (AP) — A Boise company bought the marina on the Coeur d'Alene waterfront, Kootenai "
     "County officials said.", "Coeur d'Alene", 47.68),
    # a hyphened home town opening an organisation named after its seat
    ("SCRANTON, Pa. (AP) — The Wilkes-Barre City Council voted Tuesday to sell the old fire station, and "
     "Luzerne County officials said Hazleton might follow.", "Wilkes-Barre", 41.25),
    # a small town in capitals in its dateline (the long tail, for a name longer than an acronym)
    ("APALACHICOLA, Fla. (AP) — Oyster harvesters are back on the bay, Franklin County officials said.",
     "APALACHICOLA", 29.73),
    # a seat of a county under 1,000 people, beyond the twenty biggest Bristols
    ("TALLAHASSEE, Fla. (AP) — Deputies found the missing boater near Bristol on Monday, the Liberty County "
     "sheriff said. He was taken to a hospital in Panama City, Florida.", "Bristol", 30.43),
])
def test_names_of_home_towns(en, text, name, lat):
    found = [p for p in en(text)._.veille_places if p.text == name]
    assert found and all(p.lat == pytest.approx(lat, abs=0.1) for p in found)
