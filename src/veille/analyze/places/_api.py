"""Functions other stages call: resolve one name, select the places of a text range."""

from __future__ import annotations

from veille.analyze.places._gazetteer import load_gazetteer
from veille.analyze.places._lexicon import place_words
from veille.analyze.places._resolve import candidates, choose
from veille.contract.models import Place


def resolve(name: str, lang: str | None = None, country_hint: str | None = None) -> Place | None:
    """Resolve a place name ("Pékin", "Kyiv", "la Chine") to a Place; ``country_hint`` (ISO3) favours that
    country. ``lang`` (a registry code) is the language of ``name``: its leading articles ("la", "the",
    "l'") are left out, from that language's ``places/words.yaml``. Names of every language share one index.
    The returned Place's offsets cover ``name`` itself (0, len(name)).
    """
    text = _without_articles(name, place_words(lang).articles) if lang else name
    gaz = load_gazetteer()
    cands = candidates(gaz, text)
    if not cands:
        return None
    entry, _margin = choose(cands, None, None, country_hint)
    if entry is None:
        return None
    return Place(start=0, end=len(name), text=name, name=entry.name, country=entry.country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, feature=entry.feature)


def population_of(name: str, lang: str | None = None) -> int:
    """The population of the most populous place called ``name`` (0 when no place is)."""
    text = _without_articles(name, place_words(lang).articles) if lang else name
    return max((entry.population or 0 for entry, _origin in candidates(load_gazetteer(), text)), default=0)


def places_in(places: list[Place] | None, start: int, end: int, include_metonyms: bool = False) -> list[Place]:
    """The places whose mention lies inside ``[start, end)`` (e.g. "à Bruxelles" in an event's clause).

    Metonyms ("Pékin revendique") are left out unless ``include_metonyms``: they stand for a government.
    """
    return [p for p in places or () if start <= p.start and p.end <= end and (include_metonyms or not p.metonym)]


def _without_articles(name: str, articles: frozenset[str]) -> str:
    """``name`` without its leading articles: "la Chine" -> "Chine", "l'Ukraine" -> "Ukraine"."""
    text = name.strip()
    while True:
        head, _space, rest = text.partition(" ")
        if rest and head.casefold() in articles:
            text = rest.lstrip()
            continue
        elided = next((a for a in articles if a[-1:] in ("'", "’") and text.casefold().startswith(a)), None)
        if elided and len(text) > len(elided):
            text = text[len(elided):].lstrip()
            continue
        return text
