"""Country names and points shared by the actors and places stages: one loader for one file of aliases.

- ``data/places/country_names.tsv``: names of states beyond CLDR, pycountry and GeoNames, by language
  (``*`` for every language) and kind (``name``: the state itself; ``former``: an earlier state its
  successor stands for; ``part``: a part whose mention codes the state as an actor).
- ``data/places/countries.tsv``: a representative point of each country.
- ``data/places/regions.tsv`` (rows of no single country) and ``data/places/continent_names.tsv``: names of
  areas larger than a state, some holding a state's short name ("Central America", "South America").
- ``data/places/sources.yaml``: the language of the names the sources give untagged (GeoNames,
  pycountry) and the language of actors' display names.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

NAME, FORMER, PART = "name", "former", "part"
ANY_LANGUAGE = "*"


@dataclass(frozen=True, slots=True)
class CountryName:
    iso3: str
    lang: str  # a registry code, or "*" (the same in every language)
    kind: str  # NAME, FORMER or PART
    name: str

    def in_language(self, code: str) -> bool:
        return self.lang in (ANY_LANGUAGE, code)


def data_file(name: str) -> Traversable:
    """A file of ``veille/data/places`` this module reads."""
    return resources.files("veille").joinpath("data", "places", name)


def _text(name: str) -> str:
    return data_file(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    return [[c.strip() for c in row] for row in csv.reader(_text(name).splitlines(), delimiter="\t",
                                                             quoting=csv.QUOTE_NONE)
            if row and row[0].strip() and not row[0].startswith("#")]


@cache
def country_names() -> tuple[CountryName, ...]:
    """Every row of ``country_names.tsv``, one record per name (read once per process)."""
    out: list[CountryName] = []
    for row in _rows("country_names.tsv"):
        iso3, lang, kind, names = (row + [""] * 4)[:4]
        if kind not in (NAME, FORMER, PART):
            raise ValueError(f"country_names.tsv: unknown kind {kind!r} for {iso3}")
        out.extend(CountryName(iso3, lang, kind, n.strip()) for n in names.split(",") if n.strip())
    return tuple(out)


@cache
def supranational_names() -> frozenset[str]:
    """Names of regions of several countries and of continents ("Latin America", "Amérique du Sud"): a state's
    short name inside one of them ("America") names no state."""
    names = {n.strip() for row in _rows("regions.tsv") if len(row) > 3 and not row[3]
             for n in row[0].split("|")}
    names |= {n.strip() for row in _rows("continent_names.tsv") if len(row) > 1 for n in row[1].split("|")}
    return frozenset(n for n in names if n)


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) of a representative point of the country."""
    return {row[0]: (float(row[1]), float(row[2])) for row in _rows("countries.tsv") if len(row) >= 3}


@cache
def _sources() -> dict[str, Any]:
    return dict(yaml.safe_load(_text("sources.yaml")) or {})


def untagged_names_language() -> str:
    """The language of the names GeoNames and pycountry give without a language tag."""
    return str(_sources()["untagged_names"])


def display_language() -> str:
    """The language of actors' display names (an explicit choice, see ``sources.yaml``)."""
    return str(_sources()["display_language"])


def source_files() -> list[str]:
    """The data files this module reads (for the on-disk caches' invalidation)."""
    return ["country_names.tsv", "countries.tsv", "regions.tsv", "continent_names.tsv", "sources.yaml"]
