"""How place names are normalised into look-up keys (accent-, case- and punctuation-insensitive)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "&": " and "})
_COMBINING = re.compile("[\u0300-\u036f]")
_EDGE_PUNCT = " ,;:!?\"'«»()[]{}"
# determiners that may open an entity span: "the United States", "la Chine", "l'Ukraine"
_LEADING = re.compile(r"^(?:(?:the|le|la|les|du|des|de la|de|en|au|aux)\s+|(?:l|d)'\s*)(?=\w)", re.IGNORECASE)
_ARTICLE_INITIALS = frozenset("tldea")
_POSSESSIVE = re.compile(r"(?:'s|')$")


@lru_cache(maxsize=1 << 16)  # pure: the same few thousand names recur across documents
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes and dashes unified, spaces collapsed."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


def key(text: str, strip_article: bool = True) -> str:
    """The look-up key of a name: folded, without edge punctuation, possessive and (by default) leading article."""
    full, short = key_pair(text)
    return short if strip_article else full


def key_pair(text: str) -> tuple[str, str]:
    """(key with a leading article kept, key without it): "La Paz" -> ("la paz", "paz")."""
    k = fold(text).strip(_EDGE_PUNCT)
    if k.endswith("'") or k.endswith("'s"):
        k = _POSSESSIVE.sub("", k).strip(_EDGE_PUNCT)
    if k[:1] in _ARTICLE_INITIALS:
        stripped = _LEADING.sub("", k, count=1)
        return k, (stripped or k)
    return k, k


def variants(text: str) -> list[str]:
    """The keys to try for a mention, most specific first ("The Hague" then "hague"; "U.S." then "us";
    "St. Louis" then "saint louis")."""
    out: list[str] = []
    for k in (key(text, strip_article=False), key(text)):
        out.append(k)
        if "." in k:
            out.append(k.replace(".", "").strip())
        words = k.replace(".", " ").split()
        if words and words[0] in ("st", "ste", "mt", "ft"):
            full = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}[words[0]]
            out.append(" ".join([full, *words[1:]]))
    return [v for i, v in enumerate(out) if v and v not in out[:i]]


def is_latin_name(name: str) -> bool:
    """True for a name written in Latin script that starts with a capital (filters GeoNames' transliterations)."""
    if not name or not name[0].isupper():
        return False
    return name.isascii() or _COMBINING.sub("", unicodedata.normalize("NFKD", name)).isascii()
