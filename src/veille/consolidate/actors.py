"""Stable registry ids for a document's actors, so that the same actor is one row across articles.

- states: ``country:JPN``; international organisations: ``igo:NATO``
- people: ``person:mark-rutte`` (the store also matches a surname alone or a variant spelling to a
  known person: see ``veille.store``)
- unnamed groups: ``group:RUS:MIL`` (country and sectors: "l'armée russe", "Russian troops")
- other organisations: ``org:JPN:ministere-de-la-defense`` or ``org:hamas``
"""

from __future__ import annotations

import re
import unicodedata

from veille.contract.models import Actor

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# particles that do not make a surname on their own ("de Gaulle", "van der Leyen" keep them)
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "al", "el", "bin", "ben"})
# honorifics only: a rank or a title may be a given name ("Gen Nakatani" is Gen, not a general)
_HONORIFICS = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr"})


def name_key(name: str) -> str:
    """Accent-free, case-folded, punctuation-free form of a name: 'Zelensky' == 'zélensky'."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", text).strip()


def slug(name: str) -> str:
    return name_key(name).replace(" ", "-") or "unnamed"


def name_tokens(name: str) -> list[str]:
    tokens = name_key(name).split()
    while tokens and tokens[0] in _HONORIFICS and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


def surname_key(name: str) -> str | None:
    """The last name of a person: 'Mark Rutte' -> 'rutte', 'Ursula von der Leyen' -> 'von der leyen'."""
    tokens = name_tokens(name)
    if not tokens:
        return None
    i = len(tokens) - 1
    while i > 0 and tokens[i - 1] in _PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


def is_proper_name(name: str) -> bool:
    """A person's name rather than a description: every word capitalised but the particles.

    "Mark Rutte", "Ursula von der Leyen", "Gen Nakatani" are; "le ministre", "a spokesman for the
    Foreign Ministry" are not (the store keeps those to their article instead of merging them).
    """
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if not words:
        return False
    for word in words:
        bare = word.strip(".,'’")
        if not bare:
            continue
        if bare.casefold() in _PARTICLES or bare.casefold() in _HONORIFICS:
            continue
        if not bare[0].isupper():
            return False
    return any(w[:1].isupper() for w in words)


def is_igo(actor: Actor) -> bool:
    return bool(actor.igo) and bool(actor.country)


def registry_id(actor: Actor) -> str:
    """The registry id an actor gets before any look-up in the store."""
    kind = (actor.kind or "").lower()
    if is_igo(actor) and kind != "person":
        return f"igo:{actor.country}"
    if kind == "country" and actor.country:
        return f"country:{actor.country}"
    if kind == "person":
        return "person:" + slug(" ".join(name_tokens(actor.name)) or actor.name)
    if kind == "group":
        sectors = "+".join(sorted(s.upper() for s in actor.sector)) or "UNK"
        return f"group:{actor.country or 'UNK'}:{sectors}"
    if actor.country:
        return f"org:{actor.country}:{slug(actor.name)}"
    return f"org:{slug(actor.name)}"
