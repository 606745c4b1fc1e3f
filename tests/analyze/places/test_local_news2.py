"""Local news beyond the US, class by class (issue 12, written before the rules): a small town of the
country the document is about over a bigger namesake abroad, streams and lakes of a local document whose towns
range wider than one area, a river named kind first in British style ("the River Wear"), a French town
written with its department in parentheses (« Givors (Rhône) »: the department, though a river bears its
name); and the pinned own toponym set ``tests/gold/places_own.jsonl`` (in ``tests/eval/test_own_places.py``)."""

from __future__ import annotations

import pytest
from places_helpers import by_text


def _near(place, lat: float, lon: float, km: float = 60.0) -> bool:
    from veille.eval.toponyms import haversine_km

    return place.lat is not None and haversine_km(lat, lon, place.lat, place.lon) <= km


# --- a small town of the document's country, over a bigger namesake abroad -------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "name", "country", "point"), [
    # Topsham, Devon (3,600 people), not Topsham, Maine
    ("en", "Residents of Topsham were told to leave their homes on Sunday as the tide rose. Devon County Council "
     "opened a rest centre in Exmouth, and schools in Exmouth and Dawlish closed.", "Topsham", "GBR",
     (50.68, -3.46)),
    # Tavistock, Ontario (3,000), not Tavistock, Devon, in a story whose towns carry "Ont."
    ("en", "KINGSTON, Ont. — Police charged a driver after a crash near Tavistock on Sunday. The driver, from "
     "Stratford, Ont., was taken to hospital in London, Ont., police said.", "Tavistock", "CAN", (43.32, -80.83)),
    # Lent, Ain (1,250), not Lent in the Netherlands
    ("fr", "Un hangar agricole a brûlé dans la nuit de samedi à dimanche à Lent. Les pompiers de "
     "Bourg-en-Bresse et d'Oyonnax sont intervenus, a indiqué la préfecture de l'Ain.", "Lent", "FRA",
     (46.12, 5.19)),
])
def test_a_small_town_of_the_documents_country(request, lang, text, name, country, point):
    places = by_text(request.getfixturevalue(lang)(text))
    assert places[name].country == country
    assert _near(places[name], *point)


@pytest.mark.model
def test_no_country_named_no_small_town_abroad(en):
    # nothing says England: the small English town of the name is not chosen
    places = by_text(en("Police in Topsham said a man was arrested after a break-in on Main Street."))
    assert "Topsham" not in places or places["Topsham"].country != "GBR"


# --- streams and lakes of a local document whose towns range wider than one area ----------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "point"), [
    # the dateline's town holds them, though Chicago lies 300 km away
    ("SPRINGFIELD, Ill. (AP) — The Sangamon River rose above flood stage on Monday, and crews watched the "
     "levees north of town. State officials in Chicago said more rain was due.", "Sangamon River", (39.8, -89.6)),
    ("JACKSON, Miss. (AP) — Water levels at Ross Barnett Reservoir fell two feet in a month, and anglers "
     "headed north instead. Marinas in Memphis, Tenn., reported more visitors.", "Ross Barnett Reservoir",
     (32.3, -90.2)),
    # named kind first, British style
    ("Flood barriers went up along the River Wear in Durham on Tuesday, and Sunderland council warned "
     "residents near the coast.", "River Wear", (54.8, -1.6)),
])
def test_streams_and_lakes_at_the_town_of_a_local_document(en, text, name, point):
    places = by_text(en(text))
    assert places[name].feature in ("STM", "LK")
    assert _near(places[name], *point, km=161.0)


@pytest.mark.model
def test_a_street_beside_a_river_word_stays_a_street(en):
    # "River Street": another kind noun follows, so no stream
    places = by_text(en("DURHAM, N.C. — A tree fell across River Street on Monday, and crews from Durham and "
                        "Raleigh cleared it."))
    assert "River Street" not in places or places["River Street"].feature == "ST"


# --- a French department in parentheses after its town ------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "town", "department", "point"), [
    # the Rhône department, not the river's mouth in the Camargue
    ("L'usine de Givors (Rhône) fermera en juin, a annoncé la direction jeudi.", "Givors", "Rhône",
     (45.8, 4.7)),
    # the Lot department, not Lota in Chile; Figeac in it
    ("Un accident a fait deux blessés dimanche à Figeac (Lot), sur la route de Cahors.", "Figeac", "Lot",
     (44.6, 1.6)),
    # a commune of the long tail (Mauriac, 3,900 people) placed by its department alone
    ("La maternité de Riom-ès-Montagnes et celle de Mauriac (Cantal) pourraient fermer, selon l'agence "
     "régionale de santé.", "Mauriac", "Cantal", (45.1, 2.5)),
])
def test_a_french_department_in_parentheses(fr, text, town, department, point):
    places = by_text(fr(text))
    assert places[department].country == "FRA" and places[department].feature == "ADM2"
    assert _near(places[department], *point, km=80.0)
    assert places[town].country == "FRA" and _near(places[town], *point, km=80.0)

