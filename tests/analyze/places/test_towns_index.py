"""The on-disk index of smaller towns (GeoNames populated places of 1,000 people and more, and seats)."""

from __future__ import annotations

import json

from veille.analyze.places._gazetteer import Gazetteer
from veille.analyze.places._resolve import candidates
from veille.analyze.places._towns import TownIndex, build, open_index

ROWS = [
    {"geonameid": 1, "name": "Kafr Nabl", "countrycode": "SY", "latitude": 35.61, "longitude": 36.56,
     "population": 4000, "admin1code": "07", "alternatenames": ["Kafranbel", "كفرنبل"]},
    {"geonameid": 2, "name": "Paris", "countrycode": "US", "latitude": 35.29, "longitude": -93.73,
     "population": 3443, "admin1code": "AR", "alternatenames": []},
    {"geonameid": 3, "name": "Bigtown", "countrycode": "FR", "latitude": 45.0, "longitude": 2.0,
     "population": 90000, "alternatenames": []},  # at or above the threshold: in memory, not here
    {"geonameid": 4, "name": "Hamlet", "countrycode": "FR", "latitude": 45.0, "longitude": 2.0,
     "population": 300, "alternatenames": []},  # below 1,000 people: in the file as a division's seat
]


def test_build_keeps_the_band_and_latin_alternate_names(tmp_path):
    path = tmp_path / "towns.sqlite"
    assert build(ROWS, path, below=5000) == 3
    index = TownIndex(path)
    assert len(index) == 3
    (row, origin), = index.lookup("kafranbel")
    assert row[1] == 1 and row[2] == "Kafr Nabl" and origin == 2
    assert index.lookup("kafr nabl")[0][1] == 0
    assert index.lookup("bigtown") == [] and index.lookup("hamlet")[0][0][2] == "Hamlet"
    assert index.lookup_in("paris", "US", "AR")[0][0][1] == 2 and index.lookup_in("paris", "US", "TX") == []
    assert not list(tmp_path.glob("*.tmp"))


def test_towns_answer_only_names_nothing_bigger_bears(tmp_path):
    source = tmp_path / "cities1000.json"
    source.write_text(json.dumps({str(r["geonameid"]): r for r in ROWS}), encoding="utf-8")
    index = open_index(5000, source=source, folder=tmp_path / "cache")
    assert index is not None and len(index) == 3
    assert open_index(5000, source=source, folder=tmp_path / "cache").path == index.path  # built once
    gaz = Gazetteer(iso2_to_iso3={"SY": "SYR", "US": "USA", "FR": "FRA"}, towns=index)
    (entry, _origin), = candidates(gaz, "Kafr Nabl")
    assert (entry.country, entry.geonameid, entry.population) == ("SYR", 1, 4000)
    assert candidates(gaz, "Kafr Nabl")[0][0] is entry  # one Entry per town
    assert candidates(gaz, "KAFR") == []
