"""Places: toponyms found in the text and resolved offline to GeoNames-style places.

Public surface:
- the spaCy factory ``veille_places`` (import ``veille.analyze.places.component`` to register it), which sets
  ``doc._.veille_places`` to a list of ``Place`` in text order;
- ``resolve(name, lang, country_hint)``: one name to a ``Place`` (or None), for other stages;
- ``population_of(name, lang)``: the population of the largest place of that name (0 for none);
- ``person_or_place(lang)``: the one rule for names the NER called people that are places ("near Goma"),
  which the actors stage applies before it makes a person and the places stage after;
- ``places_in(places, start, end)``: the places of a character range (an event's clause), literal ones only
  unless asked otherwise.
"""

from __future__ import annotations

from veille.analyze.places._api import places_in, population_of, resolve
from veille.analyze.places._gazetteer import distance_km, load_gazetteer
from veille.analyze.places._person_or_place import PersonOrPlace, person_or_place

__all__ = ["PersonOrPlace", "distance_km", "load_gazetteer", "person_or_place", "places_in", "population_of",
           "resolve"]
