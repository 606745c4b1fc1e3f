"""Querying the store the way analysts ask: one resolver for "who" and "where" (codes, country names in
French and English, acronyms, people, places, with "did you mean"), PLOVER vocabularies checked, search
across languages, and one flat layout per record kind.

The store's reader (``veille.store``) uses these; the ``veille`` query commands print their results.
"""

from veille.query._ontology import PRECISIONS, Ontology, ontology
from veille.query.layouts import LAYOUTS, Field, as_dict, select, write_csv
from veille.query.resolver import ActorMatch, PlaceMatch, Resolver
from veille.query.search import fts_query

__all__ = [
    "LAYOUTS",
    "PRECISIONS",
    "ActorMatch",
    "Field",
    "Ontology",
    "PlaceMatch",
    "Resolver",
    "as_dict",
    "fts_query",
    "ontology",
    "select",
    "write_csv",
]
