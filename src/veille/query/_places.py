"""The gazetteer of the places stage seen from queries: every place a name may stand for, and every
name of a place (its French, English and GeoNames alternate names). Loading it takes a few seconds: it
is only loaded for ``--place`` and ``--search``.
"""

from __future__ import annotations

from veille.analyze.places import load_gazetteer
from veille.analyze.places._gazetteer import ALTERNATE, CAPITAL, CITY, Entry
from veille.analyze.places._names import key as place_key
from veille.analyze.places._names import variants

# a name known only as a GeoNames alternate (Odessa for Odesa) counts for towns at least this big
_ALTERNATE_MIN_POPULATION = 100_000
# names a text search adds: no acronyms ("US" is also a pronoun), none shorter than this, at most this many
_MIN_NAME, _MAX_NAMES = 4, 40


def _prominent(entry: Entry, origin: int) -> bool:
    if entry.feature not in (CITY, CAPITAL):
        return True  # countries, continents, states, curated regions
    return origin != ALTERNATE or entry.population >= _ALTERNATE_MIN_POPULATION


def _indexes(text: str) -> list[int]:
    gaz = load_gazetteer()
    upper = text.replace(".", "").isupper()
    out: list[int] = []
    for v in variants(text):
        if not upper and gaz.acronym_only(v):
            continue
        for idx, origin in gaz.names.get(v, ()):
            if _prominent(gaz.entries[idx], origin) and idx not in out:
                out.append(idx)
    return out


def gazetteer_places(text: str) -> list[Entry]:
    """The gazetteer places bearing ``text`` as a name (Odessa: the Texan town and Odesa, Ukraine)."""
    gaz = load_gazetteer()
    return [gaz.entries[i] for i in _indexes(text)]


def alternate_names(text: str) -> list[str]:
    """Every name (folded) of the places ``text`` names, ``text``'s own key first; [] if none."""
    indexes = set(_indexes(text))
    if not indexes:
        return []
    gaz = load_gazetteer()
    out = [place_key(text)]
    for name, bucket in gaz.names.items():  # one pass, no index of every entry's names to build
        if len(name) >= _MIN_NAME and name not in out and name not in gaz.acronyms \
                and any(idx in indexes for idx, _origin in bucket):
            out.append(name)
    return out[:_MAX_NAMES]
