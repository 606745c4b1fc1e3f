"""How place names are normalised into look-up keys (accent-, case- and punctuation-insensitive)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "&": " and "})
_COMBINING = re.compile("[\u0300-\u036f]")
_EDGE_PUNCT = " ,;:!?\"'«»()[]{}"
_POSSESSIVE = re.compile(r"(?:'s|')$")


@lru_cache(maxsize=1 << 16)  # pure: the same few thousand names recur across documents
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes and dashes unified, spaces collapsed."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


@lru_cache(maxsize=1 << 16)  # pure, and read for the same names many times in a document
def key(text: str, strip_article: bool = True) -> str:
    """The look-up key of a name: folded, without edge punctuation, possessive and (by default) leading article."""
    full, short = key_pair(text)
    return short if strip_article else full


def key_pair(text: str) -> tuple[str, str]:
    """(key with a leading article kept, key without it): "La Paz" -> ("la paz", "paz")."""
    k = fold(text).strip(_EDGE_PUNCT)
    if k.endswith("'") or k.endswith("'s"):
        k = _POSSESSIVE.sub("", k).strip(_EDGE_PUNCT)
    leading, initials = _articles()
    if k[:1] in initials:
        stripped = leading.sub("", k, count=1)
        return k, (stripped or k)
    return k, k


@lru_cache(maxsize=1)
def _articles() -> tuple[re.Pattern[str], frozenset[str]]:
    """The determiners that may open an entity span ("the United States", "la Chine", "l'Ukraine", "de la
    Chine"): the ``articles`` of every registered language's ``places/words.yaml`` (one index holds the
    names of every language), one or two of them; and their first letters."""
    words = sorted({fold(w) for w in article_words()}, key=len, reverse=True)
    spaced = [re.escape(w) for w in words if not w.endswith("'")]
    elided = [re.escape(w) for w in words if w.endswith("'")]
    parts = ([rf"(?:{'|'.join(spaced)})\s+"] if spaced else []) + ([rf"(?:{'|'.join(elided)})\s*"] if elided else [])
    if not parts:
        return re.compile(r"(?!)"), frozenset()
    one = f"(?:{'|'.join(parts)})"
    return re.compile(rf"^{one}{one}?(?=\w)", re.IGNORECASE), frozenset(w[0] for w in words)


def article_words() -> list[str]:
    """The ``articles`` of every registered language (``data/lang/<code>/places/words.yaml``)."""
    return [str(w) for data in _place_words() for w in data.get("articles") or ()]


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Folded abbreviation opening a place name -> the word it stands for ("st" -> "saint", "mt" ->
    "mount"): the ``abbreviations`` of every registered language's ``places/words.yaml``."""
    return {fold(str(k)): fold(str(v)) for data in _place_words() for k, v in (data.get("abbreviations") or {}).items()}


def _place_words() -> list[dict]:
    from veille import languages

    out = []
    for code in languages.registry():
        spec = languages.get(code)
        if spec.has("places", "words.yaml"):
            out.append(spec.yaml("places", "words.yaml") or {})
    return out


def variants(text: str) -> list[str]:
    """The keys to try for a mention, most specific first ("The Hague" then "hague"; "U.S." then "us";
    "St. Louis" then "saint louis")."""
    out: list[str] = []
    for k in (key(text, strip_article=False), key(text)):
        out.append(k)
        if "." in k:
            out.append(k.replace(".", "").strip())
        words = k.replace(".", " ").split()
        full = abbreviations().get(words[0]) if words else None
        if full:
            out.append(" ".join([full, *words[1:]]))
    return [v for i, v in enumerate(out) if v and v not in out[:i]]


def is_latin_name(name: str) -> bool:
    """True for a name written in Latin script that starts with a capital (filters GeoNames' transliterations)."""
    if not name or not name[0].isupper():
        return False
    return name.isascii() or _COMBINING.sub("", unicodedata.normalize("NFKD", name)).isascii()
