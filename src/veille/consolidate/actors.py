"""Stable registry ids for a document's actors, so that the same actor is one row across articles.

- states: ``country:JPN``; international organisations: ``igo:NATO``
- people: ``person:mark-rutte`` (a surname alone or a variant spelling joins a known person: see
  :func:`person_ids`)
- unnamed groups: ``group:RUS:MIL`` (country and sectors: "l'armée russe", "Russian troops")
- other organisations: ``org:JPN:ministere-de-la-defense`` or ``org:hamas``
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from veille.consolidate._graph import components
from veille.contract.models import Actor
from veille.ids import name_key, org_id, person_id

# particles that do not make a surname on their own ("de Gaulle", "van der Leyen" keep them)
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "al", "el", "bin",
                        "ben"})
# honorifics only: a rank or a title may be a given name ("Gen Nakatani" is Gen, not a general)
_HONORIFICS = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr"})


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
        return person_id(" ".join(name_tokens(actor.name)) or actor.name)
    if kind == "group":
        sectors = "+".join(sorted(s.upper() for s in actor.sector)) or "UNK"
        return f"group:{actor.country or 'UNK'}:{sectors}"
    return org_id(actor.name, actor.country)


# -- order-free person ids -------------------------------------------------------------------------
# A person's id does not depend on which article came first: the names met so far that may be one
# person (one "bucket": the first letters of the surname) are grouped by a rule on the set of names,
# and each group is named after its longest full name. A later, longer name re-points the earlier rows.

BUCKET_LETTERS = 4
FUZZY_NAME_MIN = 88  # rapidfuzz ratio for two spellings of one person's full name


def person_bucket(name: str) -> str | None:
    """The candidates' key of a person's name: the first letters of the surname."""
    sk = surname_key(name)
    return sk[:BUCKET_LETTERS] if sk else None


def person_key(name: str) -> str:
    """The name a person is grouped by: folded, honorifics dropped ("M. Rutte" -> "rutte")."""
    return " ".join(name_tokens(name))


@dataclass(frozen=True, slots=True)
class PersonName:
    """One distinct person name met in the store (or in the article being saved), with the
    countries the articles gave it."""

    key: str  # person_key
    countries: frozenset[str] = frozenset()


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full names (two tokens or more) of one person."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short[-1] == long_[-1]:
        if short[0] == long_[0]:
            return True  # "Musaed Al-Aiban" / "Musaed bin Mohammed Al-Aiban"
        if (len(short[0]) == 1 or len(long_[0]) == 1) and short[0][0] == long_[0][0]:
            return True  # "M. Rutte" / "Mark Rutte"
        it = iter(long_)
        if all(tok in it for tok in short):  # "Tayyip Erdogan" / "Recep Tayyip Erdogan"
            return True
    return fuzz.ratio(" ".join(a), " ".join(b)) >= FUZZY_NAME_MIN


def _preferred_key(key: str) -> tuple[int, int, str]:
    return -len(key.split()), -len(key), key


def _preferred(keys: Iterable[str]) -> str:
    """The longest name (most words, then most letters), ties broken alphabetically."""
    return min(keys, key=_preferred_key)


def person_ids(names: Iterable[PersonName]) -> dict[str, str]:
    """Registry id of every name of one bucket, chosen from the set of names alone (order-free).

    Full names are grouped (same surname and compatible first names, or a close spelling) and every
    group takes the id of its longest name. A surname alone joins the one group with that surname
    (among several, the one of its country); otherwise it stays a person of its own.
    """
    by_key: dict[str, set[str]] = {}
    for n in names:
        by_key.setdefault(n.key, set()).update(n.countries)
    keys = sorted(by_key)
    full = [k for k in keys if len(k.split()) > 1]
    edges = [(a, b) for i, a in enumerate(full) for b in full[i + 1:] if _same_person(a.split(), b.split())]
    groups = components(full, edges)
    out: dict[str, str] = {}
    by_surname: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for members in groups:
        rid = person_id(_preferred(members))
        countries = frozenset().union(*(by_key[m] for m in members))
        for m in members:
            out[m] = rid
        for sk in {surname_key(m) for m in members}:
            if sk:
                by_surname.setdefault(sk, []).append((rid, countries))
    for k in keys:
        if k in out:
            continue
        found = by_surname.get(k, [])
        if len(found) > 1 and by_key[k]:
            found = [g for g in found if g[1] & by_key[k]]
        out[k] = found[0][0] if len(found) == 1 else person_id(k)
    return out


# -- the registry row of an actor, from every article that names it --------------------------------

@dataclass(frozen=True, slots=True)
class ActorFact:
    """What one article says of a registry actor."""

    name: str
    kind: str
    country: str | None
    sector: tuple[str, ...]
    igo: bool
    published: str | None
    article: str  # the article's text sha256: breaks ties between articles of one day


@dataclass(frozen=True, slots=True)
class RegistryActor:
    """One row of the actor registry."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: tuple[str, ...]
    igo: bool
    name_key: str
    surname_key: str | None
    first_seen: str | None
    last_seen: str | None
    # when each field was last stated ("<published> <article sha256>"): what an incremental update
    # compares a new article with
    latest: str = ""
    country_at: str | None = None
    sector_at: str | None = None


def _at(fact: ActorFact) -> str:
    return f"{fact.published or ''} {fact.article}"


def registry_actor(actor_id: str, facts: Iterable[ActorFact]) -> RegistryActor | None:
    """The registry row from what the articles say (None when no article names the actor): the
    preferred name, the kind of the latest article, the country and sectors of the latest article
    stating them, the first and last publication. Every field is a choice over the set of facts
    (a minimum or maximum by a total order), so the row does not depend on the order of the articles,
    and a row merged with new facts (:func:`as_facts`) is the row of all the facts."""
    facts = list(facts)
    if not facts:
        return None
    name = min((f.name for f in facts), key=lambda n: (_preferred_key(name_key(n)), n))
    latest = max(facts, key=_at)
    with_country = max((f for f in facts if f.country), key=_at, default=None)
    with_sector = max((f for f in facts if f.sector), key=_at, default=None)
    days = sorted(f.published for f in facts if f.published)
    person = latest.kind == "person" and "@" not in actor_id
    return RegistryActor(
        id=actor_id, name=name, kind=latest.kind, country=with_country.country if with_country else None,
        sector=tuple(with_sector.sector) if with_sector else (), igo=any(f.igo for f in facts),
        name_key=name_key(name), surname_key=surname_key(name) if person else None,
        first_seen=days[0] if days else None, last_seen=days[-1] if days else None,
        latest=_at(latest), country_at=_at(with_country) if with_country else None,
        sector_at=_at(with_sector) if with_sector else None)


def as_facts(row: RegistryActor) -> list[ActorFact]:
    """A stored registry row as the few facts that give it back (for an incremental update)."""
    def split(at: str) -> tuple[str | None, str]:
        day, _, article = at.partition(" ")
        return day or None, article

    latest_day, latest_article = split(row.latest)
    facts = [ActorFact(row.name, row.kind, None, (), row.igo, latest_day, latest_article),
             ActorFact(row.name, row.kind, None, (), row.igo, row.first_seen, "")]
    if row.country and row.country_at:
        facts.append(ActorFact(row.name, row.kind, row.country, (), row.igo, *split(row.country_at)))
    if row.sector and row.sector_at:
        facts.append(ActorFact(row.name, row.kind, None, row.sector, row.igo, *split(row.sector_at)))
    return facts
