"""Floors of the places stage on our own toponym set (``tests/gold/places_own.jsonl``, built from
``places_own.src.txt`` by ``scripts/build_local_news_gold.py``).

26 local news articles written for veille (2026-12-06) the way LGL measures geoparsing (issue 12), gold written
before veille ran on them: 20 English (small US papers and AP state wires with datelines and "Ga.", "Calif.",
counties, rivers, reservoirs, "the Twin Cities"; British, Canadian, Australian and Indian local papers) and 6
French regional ones (Ouest-France, La Dépêche, Le Progrès: communes with their department in parentheses,
valleys, « le golfe du Morbihan »); 253 toponyms, points from GeoNames data shipped with veille, three
provinces without a point (scored for "found" only).

First run: found 0.837 (210/251), within 161 km 0.919 (193/210); with the gold corrected (two names it had left
out, « Pologne » and "U.S."; three provinces a thousand kilometres across without a checked point) 0.838
(212/253), 0.942 (195/207). After the classes of ``tests/analyze/places/test_local_news2.py`` (the country a
document outside the US is about, streams and lakes at the document's town, "the River Wear", a French department
in parentheses): 0.905 (229/253), 0.969 (217/224).
Left: villages under 1,000 people (Zavalla, Vitrac, St. Andrews), towns named only as the seat of an
organisation ("Covington police", "Clovis Unified", "North Bay MPP") or as the subject of a list without a
locative ("Waterloo and Cedar Falls closed"), regions no data here holds (the Black Belt, the Lockyer Valley,
the Beaujolais, the Périgord noir), a state named by its people's government ("ask New York for money"), a
town of the long tail whose namesake in the same country is bigger (Brampton, Cumbria).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.eval.evaluate import evaluate

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "gold" / "places_own.jsonl"
FLOORS = {"places.all.recall": 0.89, "places.all.within_161km": 0.95, "places.all.precision": 0.96}


def test_own_toponyms_hold_their_floors():
    result = evaluate("places", GOLD).result
    assert result.documents == 26
    for figure, floor in FLOORS.items():
        assert result.value(figure) >= floor, (figure, result.figure(figure).detail)
