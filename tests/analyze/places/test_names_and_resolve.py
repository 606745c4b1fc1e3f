"""Name keys and the offline resolver (no spaCy model needed)."""

from __future__ import annotations

import pytest

from veille.analyze.places import distance_km, places_in, resolve
from veille.analyze.places._names import fold, key, variants
from veille.contract.models import Place


def test_fold_and_key_ignore_accents_case_articles_and_punctuation():
    assert fold("PÉKIN") == "pekin"
    assert key("l’Ukraine") == key("Ukraine") == "ukraine"
    assert key("la Chine") == "chine"
    assert key("the United States") == "united states"
    assert key("Russia's") == "russia"
    assert key("Indo-Pacifique") == "indo pacifique"
    assert key("Durban") == "durban"  # "du" is an article only as a separate word
    assert "saint petersburg" in variants("St. Petersburg")
    assert "us" in variants("U.S.")


def test_fold_of_a_word_pair_starts_with_the_first_words_fold():
    # the finder looks a pair ("South Korean") up only when the first word's fold starts a listed pair
    for first, second in [("South", "Korean"), ("Sud-", "Coréens"), ("ÉTATS", "Unis"), ("Nord’s", "é"),
                          ("Straße", "Ost"), ("R&D", "x"), ("Cuban", "\n   "), ("Ελλάδα", "Νότια"),
                          ("a\u0301", "\u0301b")]:
        pair = fold(first + " " + second).split(" ")
        assert pair[: len(fold(first).split(" "))] == fold(first).split(" ")
    assert fold("Cuban" + " " + "\n   ") == fold("Cuban")  # a line break's token folds to nothing


@pytest.mark.parametrize(
    "name, country, feature",
    [
        ("Pékin", "CHN", "PPLC"),
        ("Beijing", "CHN", "PPLC"),
        ("Bruxelles", "BEL", "PPLC"),
        ("Brussels", "BEL", "PPLC"),
        ("WASHINGTON", "USA", "PPLC"),
        ("Moscou", "RUS", "PPLC"),
        ("Londres", "GBR", "PPLC"),
        ("Belgique", "BEL", "PCLI"),
        ("Italie", "ITA", "PCLI"),
        ("Taïwan", "TWN", "PCLI"),
        ("Corée du Sud", "KOR", "PCLI"),
        ("Nouvelle-Zélande", "NZL", "PCLI"),
        ("États-Unis", "USA", "PCLI"),
        ("U.S.", "USA", "PCLI"),
        ("Royaume-Uni", "GBR", "PCLI"),
        ("Texas", "USA", "ADM1"),
        ("Gaza", "PSE", "TERR"),
        ("West Bank", "PSE", "TERR"),
        ("Cisjordanie", "PSE", "TERR"),
        ("Crimée", "UKR", "PEN"),
        ("Donbas", "UKR", "RGN"),
        ("Darfour", "SDN", "RGN"),
        ("Ghouta", "SYR", "RGN"),
    ],
)
def test_resolve_french_and_english_names(name, country, feature):
    place = resolve(name)
    assert place is not None, name
    assert (place.country, place.feature) == (country, feature)
    assert place.lat is not None and place.lon is not None
    assert place.text == name and (place.start, place.end) == (0, len(name))


def test_kiev_and_kyiv_are_one_place_with_its_geonameid():
    kiev, kyiv = resolve("Kiev", "fr"), resolve("Kyiv", "en")
    assert kiev is not None and kyiv is not None
    assert kiev.geonameid == kyiv.geonameid == 703448
    assert distance_km(kiev.lat, kiev.lon, 50.45, 30.52) < 10


def test_regions_without_country():
    for name in ("Indo-Pacifique", "Asie de l'Est", "Middle East", "Moyen-Orient"):
        place = resolve(name)
        assert place is not None and place.country is None and place.feature == "RGN", name


def test_countries_have_a_central_point_not_the_capital():
    usa = resolve("United States")
    assert usa is not None and distance_km(usa.lat, usa.lon, 38.9, -77.04) > 1000  # not Washington
    assert resolve("Belgique").geonameid == 2802361


def test_demonyms_are_not_places():
    assert resolve("Russian") is None
    assert resolve("japonais") is None


def test_country_hint_picks_the_namesake():
    assert resolve("Paris").country == "FRA"
    assert resolve("Paris", country_hint="USA").country == "USA"


def test_places_in_range_leaves_metonyms_out():
    lit = Place(10, 19, "Bruxelles", "Brussels", "BEL", 50.85, 4.35, 2800866, "PPLC")
    met = Place(30, 35, "Pékin", "Beijing", "CHN", 39.9, 116.4, 1816670, "PPLC", metonym=True)
    out = Place(80, 85, "Paris", "Paris", "FRA", 48.85, 2.35, 2988507, "PPLC")
    assert places_in([lit, met, out], 0, 50) == [lit]
    assert places_in([lit, met, out], 0, 50, include_metonyms=True) == [lit, met]
    assert places_in(None, 0, 50) == []


def test_resolve_reads_the_articles_of_the_language_it_is_given():
    assert resolve("la Chine", lang="fr").country == "CHN"
    assert resolve("the Netherlands", lang="en").country == "NLD"
    assert resolve("l'Ukraine", lang="fr").country == "UKR"


def test_first_level_divisions_by_names_nothing_else_bears():
    """ISO 3166-2 divisions with a point (data/places/admin1.tsv): GeoNames, pycountry and French names."""
    for name in ("Helmand", "Bavaria", "Bavière", "Bayern"):
        place = resolve(name)
        assert place is not None and place.feature == "ADM1", name
    helmand = resolve("Helmand")
    assert helmand.country == "AFG" and distance_km(helmand.lat, helmand.lon, 31.0, 64.0) < 161
    assert resolve("Bavaria").country == "DEU"
    assert resolve("Berlin").feature == "PPLC"  # a name the gazetteer knows keeps its sense


def test_country_names_are_one_list_for_both_stages():
    from veille import countries
    from veille.analyze.actors._lexicon import load_lexicon

    names = {(n.name, n.kind) for n in countries.country_names()}
    assert ("Soviet Union", "former") in names and ("Scotland", "part") in names
    assert resolve("Birmanie").country == "MMR" and load_lexicon("fr").state_names["Birmanie"] == "MMR"
    assert resolve("Soviet Union") is None  # a former state codes its successor as an actor, is no place
    assert load_lexicon("en").state_names["Soviet Union"] == "RUS"
    assert load_lexicon("en").region_names["Scotland"] == "GBR"


def test_second_level_divisions_named_with_their_kind():
    """Counties and parishes (data/places/admin2.tsv, built by scripts/build_admin2.py from GeoNames data):
    a name that carries its kind ("Cuyahoga County") is the division, with a point among its towns."""
    cuyahoga = resolve("Cuyahoga County")
    assert cuyahoga is not None and cuyahoga.feature == "ADM2" and cuyahoga.country == "USA"
    assert distance_km(cuyahoga.lat, cuyahoga.lon, 41.5, -81.7) < 60  # Cleveland's county
    assert resolve("Orleans Parish").country == "USA"
    assert resolve("Cuyahoga") is None or resolve("Cuyahoga").feature != "ADM2"  # the bare name is not the county
    assert resolve("Dallas").feature != "ADM2"  # the city keeps its name
    assert resolve("Kent").country == "GBR"  # a curated county (regions.tsv) keeps its weight


def test_a_county_named_in_several_states_takes_the_state_named_beside_it():
    from veille.analyze.places._gazetteer import load_gazetteer
    from veille.analyze.places._resolve import candidates, choose

    gaz = load_gazetteer()
    cands = candidates(gaz, "Plymouth County")
    assert {e.admin1 for e, _o in cands} >= {"IA", "MA"}
    iowa, _margin = choose(cands, None, "IA", "USA")
    massachusetts, _margin = choose(cands, None, "MA", "USA")
    assert iowa.admin1 == "IA" and massachusetts.admin1 == "MA"
    assert distance_km(iowa.lat, iowa.lon, 42.74, -96.21) < 60


def test_a_county_takes_the_state_the_document_names_most():
    """Montgomery County is in 18 states, Maryland's the biggest: an article naming Iowa means Iowa's; one
    naming Missouri four times and Indiana twice (where the family came from) means Missouri's."""
    from collections import Counter

    from veille.analyze.places._gazetteer import load_gazetteer
    from veille.analyze.places._resolve import DocHints, candidates, choose

    gaz = load_gazetteer()
    usa = Counter({"USA": 5})
    entry, _m = choose(candidates(gaz, "Montgomery County"), DocHints(usa, Counter({"IA": 3})))
    assert entry.admin1 == "IA"
    entry, _m = choose(candidates(gaz, "Monroe County"), DocHints(usa, Counter({"MO": 4, "IN": 2})))
    assert entry.admin1 == "MO"
    entry, _m = choose(candidates(gaz, "Monroe County"), DocHints(usa, Counter({"MO": 2, "IN": 4})))
    assert entry.admin1 == "IN"
