"""Ids built from names: the one home of name folding, slugs and ``person:``/``org:`` ids.

Analysis (an article's own actor ids), the quote fallback and the cross-article registry all build ids
here, so that the same name gives the same id wherever it is seen.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """Accent-free, case-folded, punctuation-free form of a name: 'Zelensky' == 'zélensky'."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", text).strip()


def slug(name: str) -> str:
    """``name_key`` with hyphens: 'Gen Nakatani' -> 'gen-nakatani'; 'unnamed' when nothing is left."""
    return name_key(name).replace(" ", "-") or "unnamed"


def person_id(name: str) -> str:
    return "person:" + slug(name)


def org_id(name: str, country: str | None = None) -> str:
    return f"org:{country}:{slug(name)}" if country else f"org:{slug(name)}"
