"""The ``veille_places`` spaCy component: toponyms of the document, resolved offline."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from veille.analyze.extensions import register_extensions
from veille.analyze.places._finder import PlaceFinder
from veille.analyze.places._gazetteer import CONTINENT, load_gazetteer
from veille.analyze.places._lexicon import continent_demonyms, demonyms, place_words, region_demonyms
from veille.analyze.places._names import key
from veille.analyze.places._person_or_place import PLACE_OVER_PERSON, person_or_place
from veille.analyze.places._spotter import Spotter

register_extensions()

_REGION_FEATURES = ("RGN", "PEN")  # regions and peninsulas of regions.tsv that an adjective may name


class PlacesComponent:
    def __init__(self, nlp: Language, name: str, min_population: int, spot_population: int,
                 embedded_as_metonym: bool):
        self.name = name
        self.lang = nlp.lang
        gaz = load_gazetteer(min_population)
        self.finder = PlaceFinder(gaz, _spotter(min_population, spot_population), place_words(nlp.lang),
                                  embedded_as_metonym=embedded_as_metonym, person_or_place=person_or_place(nlp.lang),
                                  demonyms=demonyms(), continent_adjectives=_continent_adjectives(min_population))

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_places = self.finder.find(doc, doc._.veille_actors)
        return doc


@lru_cache(maxsize=2)
def _spotter(min_population: int, spot_population: int) -> Spotter:
    """Shared by the French and English components of one process (read-only)."""
    return Spotter.build(load_gazetteer(min_population), city_population=spot_population)


@lru_cache(maxsize=2)
def _continent_adjectives(min_population: int) -> dict[str, int]:
    """Folded adjective of a continent or a region -> the gazetteer entry# of that place ("african" -> Africa,
    "arab" -> the Arabian Peninsula): the continent, or the region or peninsula of ``regions.tsv``, of that
    name."""
    gaz = load_gazetteer(min_population)
    out: dict[str, int] = {}
    for forms, wanted in ((continent_demonyms(), (CONTINENT,)), (region_demonyms(), _REGION_FEATURES)):
        for form, name in forms.items():
            idx = next((i for i, _origin in gaz.names.get(key(name), ()) if gaz.entries[i].feature in wanted), None)
            if idx is not None:
                out[form] = idx
    return out


@Language.factory(
    "veille_places",
    default_config={"min_population": 5000, "spot_population": PLACE_OVER_PERSON, "embedded_as_metonym": True},
)
def make_places(nlp: Language, name: str, min_population: int, spot_population: int,
                embedded_as_metonym: bool) -> PlacesComponent:
    return PlacesComponent(nlp, name, min_population, spot_population, embedded_as_metonym)
