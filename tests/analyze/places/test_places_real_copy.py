"""Places on real copy nobody here coded for places (issue 12), class by class, written before the rules: the
classes of the first run of ``tests/gold/places_real.jsonl`` (10 PolNeAR US political articles of 2016, 5 TBAQ
wire articles of 1998; the set is pinned in ``tests/eval/test_own_places_real.py``). Made-up sentences of the
same kinds, not the set's.

- A town whose name is shared, resolved without a sure reading, is the namesake that lies beside the other towns
  the document names (a neighbourhood of the city the story happens in, a suburb of the big town it names):
  "Chelsea" in a story told from New York is not Chelsea, London.
- A name before a kind of place ("the Chelsea neighborhood", "the Dorchester neighborhood") is that place, though
  the NER calls it an organisation or a person there.
- The adjective of any country modifies its noun as a place of kind "demonym" ("Tanzanian police", "Rwandan
  troops"), as GeoWebNews and TR-News count them; the list held 80 countries' forms.
"""

from __future__ import annotations

import pytest
from places_helpers import by_text

from veille.eval.toponyms import haversine_km


def _near(place, lat: float, lon: float, km: float = 60.0) -> bool:
    return place.lat is not None and haversine_km(lat, lon, place.lat, place.lon) <= km


# --- a shared town name beside the towns the document names ------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "point"), [
    # a neighbourhood of the city the story is told from (GeoNames places Chelsea, N.Y. on Staten Island)
    ("Police closed streets in Chelsea on Saturday night, and the mayor of New York said more officers would "
     "patrol the area. New York police found a second device.", "Chelsea", (40.75, -74.0)),
    # suburbs of the big town named: not Cambridge, England, nor Chelsea, London
    ("Heavy rain flooded basements in Cambridge on Sunday, and Somerville and Boston opened shelters.",
     "Cambridge", (42.37, -71.1)),
    ("A fire gutted a warehouse in Chelsea on Monday, Boston fire officials said. Firefighters from Boston and "
     "Cambridge fought the blaze for hours.", "Chelsea", (42.39, -71.03)),
    # not Saint Petersburg, Russia, beside Richmond, Virginia
    ("Residents of Richmond were told to boil water on Tuesday, and crews from Petersburg and Chesterfield were "
     "sent to help.", "Petersburg", (37.23, -77.4)),
])
def test_a_shared_name_is_the_town_beside_the_documents_towns(en, text, name, point):
    places = by_text(en(text))
    assert _near(places[name], *point), (places[name].name, places[name].country)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    # a world city keeps its sense: nothing but its size says where it is, and that is enough
    ("Officials in Paris and London met on Monday to discuss the treaty.", "Paris", "FRA"),
    ("Officials in Paris and London met on Monday to discuss the treaty.", "London", "GBR"),
    # two towns far apart stay what they were: nearness decides only between close namesakes
    ("The band played in Birmingham on Friday and in Glasgow on Saturday.", "Birmingham", "GBR"),
])
def test_nearness_leaves_sure_and_distant_names_alone(en, text, name, country):
    assert by_text(en(text))[name].country == country


# --- a name before a kind of place ----------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "point"), [
    ("Shops in the densely packed Chelsea neighborhood stayed shut on Sunday after the blast, New York police "
     "said.", "Chelsea", (40.75, -74.0)),
    ("Police sealed off the Dorchester neighborhood after the shooting, Boston police said.", "Dorchester",
     (42.3, -71.06)),
    ("Flood water reached the Shakopee town hall on Monday, and Minneapolis sent pumps.", "Shakopee",
     (44.8, -93.53)),
])
def test_a_name_before_a_kind_of_place_is_that_place(en, text, name, point):
    places = by_text(en(text))
    assert _near(places[name], *point), (places[name].name, places[name].country)


@pytest.mark.model
def test_a_club_named_after_its_town_is_no_place_without_a_kind(en):
    assert "Chelsea" not in by_text(en("The Chelsea manager praised his players after the match."))


@pytest.mark.model
def test_a_kind_after_an_owner_or_an_adjective_finds_no_town(en):
    # a part of the owner ("Giza's Haram district"), not Haram, Norway; an adjective stays the country's
    places = by_text(en("Two bombs killed six police officers in Giza's Haram district on Friday. Edmonton "
                        "ranks eighth of ten Canadian cities for health."))
    assert "Haram" not in places
    assert places["Canadian"].kind == "demonym"


# --- the adjective of any country ---------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "adjective", "country"), [
    ("Tanzanian police arrested two men at the port on Friday.", "Tanzanian", "TZA"),
    ("Rwandan troops crossed the border at dawn, witnesses said.", "Rwandan", "RWA"),
    ("Ugandan officials said the talks would resume next week.", "Ugandan", "UGA"),
    ("The Zambian government raised fuel prices on Monday.", "Zambian", "ZMB"),
    ("Bolivian farmers blocked the highway for a third day.", "Bolivian", "BOL"),
])
def test_a_countrys_adjective_on_a_noun_is_a_demonym_place(en, text, adjective, country):
    place = by_text(en(text))[adjective]
    assert place.kind == "demonym"
    assert place.country == country


@pytest.mark.model
def test_a_nationality_noun_is_no_place(en):
    # people, not a place (the adjective's rule: "the Canadians" is no place either)
    assert "Tanzanians" not in by_text(en("Five Tanzanians were held at the airport on Friday."))
