"""Veille's own word lists for places (src/veille/data/places/*.yaml), loaded once per component."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=4)
def metonymy_verbs(lang: str) -> frozenset[str]:
    """Lemmas of the speech/claim verbs whose subject, when a place, stands for its government."""
    path = resources.files("veille") / "data" / "places" / "metonymy.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(str(v).casefold() for v in data.get(lang, ()))


@lru_cache(maxsize=4)
def locatives(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions that introduce a place, the subset strong enough to overrule a PERSON label)."""
    path = resources.files("veille") / "data" / "places" / "locatives.yaml"
    data = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get(lang, {})
    strong = frozenset(str(w).casefold() for w in data.get("strong", ()))
    return strong | frozenset(str(w).casefold() for w in data.get("weak", ())), strong


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym or adjective of nationality (English and French) -> ISO3 ("japonais" -> "JPN")."""
    from veille.analyze.places._names import fold

    path = resources.files("veille") / "data" / "places" / "demonyms.tsv"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, _tab, forms = line.partition("\t")
        for form in forms.split("|"):
            if form.strip():
                out[fold(form)] = iso3.strip()
    return out
