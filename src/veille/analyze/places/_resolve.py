"""Choosing the place a name refers to: gazetteer candidates scored by kind, size and document context."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from veille.analyze.places._gazetteer import (
    ADM1,
    ADM2,
    ALIAS,
    ALTERNATE,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    Entry,
    Gazetteer,
    distance_km,
)
from veille.analyze.places._names import fold, key, variants

# words that wrap a toponym without changing what it refers to (tried when the whole name is unknown)
_TRAILING = {
    "state", "city", "province", "district", "region", "municipality", "municipal", "oblast",
    "governorate", "prefecture", "department", "borough", "township", "town", "area", "metropolitan", "metro",
    "island", "islands", "territory", "valley", "mdc", "council", "ville", "departement", "commune", "gouvernorat",
}
_LEADING = {
    "northern", "southern", "eastern", "western", "north", "south", "east", "west", "central", "greater",
    "downtown", "upstate", "rural", "northeastern", "northwestern", "southeastern", "southwestern", "nord",
    "sud", "est", "ouest", "centre", "province", "city", "state", "region", "ville", "province de", "region de",
}
_BASE = {COUNTRY: 10.0, CONTINENT: 9.0, ADM1: 6.5}
_REGION_BASE = 9.0  # curated regions, seas, territories
_ADM2_BASE = 4.0  # counties: below the curated regions, above their smaller namesakes' towns
# a town or county of the document's home state: Paris, Texas in a Texas paper over Paris, France (a capital of
# two million), unless the document names France too; Lexington, Nebraska in Nebraska news over Kentucky's
_HOME_STATE = 4.0
# ... but a namesake of a million people and over 200 times bigger stays what the bare name means (London,
# England in California news, not London, California of 2,000 people; not Bristol, England of 480,000 for
# Bristol, Florida), and so does one of the same country over 30 times bigger and a big city (Nashville,
# Tennessee in an Indiana paper, not Nashville, Indiana; Portland, Oregon in Texas sports news)
_FAMOUS_RATIO = 200
WORLD_CITY = 1_000_000
_BIG_CITY = 500_000
_DWARF_RATIO = 30  # a namesake this many times bigger in the same country dwarfs a town
_HOME_DIVISION = 2.0  # the home state itself over a country of its name, not over its own big city (New York)
# a town of the country the article's language is written in, over a namesake abroad (Brest, France of 145,000
# over Brest, Belarus of 347,000 in French copy): less than the other's country named (2.5) and its size
_LANGUAGE_HOME = 2.0
_ORIGIN_PENALTY = {0: 0.0, ALIAS: 0.0}


@dataclass(slots=True)
class DocHints:
    """What the document tells about where it is: countries and US states named, and the first-level
    divisions of the towns it names for sure elsewhere, with counts."""

    countries: Counter = field(default_factory=Counter)
    states: Counter = field(default_factory=Counter)  # US postal codes
    divisions: Counter = field(default_factory=Counter)  # (ISO3, GeoNames admin1 code) of other countries' towns
    home: str | None = None  # the US state the document is about (see _local.home_state)
    # the country outside the US the document is about, named (itself or by its sure places, each name once)
    # the same way: its towns of the long tail are candidates (Keswick, Cumbria in a story of Carlisle), and its
    # towns weigh as a home state's do
    country: str | None = None
    # the countries of the people and groups it names ("President Obama"): weaker than places named, since
    # foreign news names the officials of other countries ("GENEVA - ... Obama said" is still Switzerland)
    people: Counter = field(default_factory=Counter)
    # the countries whose towns the article's language means by a shared name (« Brest » in French copy)
    language_countries: frozenset[str] = frozenset()
    # the countries of the first-level divisions the first reading found, sure or not: a French story that names
    # Quebec is told there (« Laval » is Quebec's), whatever its language
    divisions_read: set[str] = field(default_factory=set)


_ACRONYM = 5  # letters of the longest acronym a name in capitals may be ("NASA", "COVID")


def candidates(gaz: Gazetteer, text: str) -> list[tuple[Entry, int]]:
    """Gazetteer entries bearing ``text`` as a name (trying its key variants, then trimming wrapper words)."""
    merged: dict[int, tuple[Entry, int]] = {}
    upper = text.replace(".", "").isupper()
    for v in variants(text):
        if not upper and gaz.acronym_only(v):
            continue
        for entry, origin in gaz.lookup(v):
            if upper and len(v.replace(".", "")) <= 4 and entry.feature in (CITY, CAPITAL) \
                    and (origin == ALTERNATE or entry.population < 100_000):
                continue  # "EU", "NATO", "MOD" are no towns; "ROME" in a dateline is
            prev = merged.get(id(entry))
            if prev is None or origin < prev[1]:
                merged[id(entry)] = (entry, origin)
    if merged:
        return list(merged.values())
    # the long tail: towns of 1,000 people and more, only for names nothing bigger bears; in capitals only a
    # name longer than an acronym ("APALACHICOLA, Fla." in a dateline; not "FEMA")
    if not upper or sum(ch.isalpha() for ch in text) > _ACRONYM:
        for v in variants(text):
            towns = [(e, o) for e, o in gaz.lookup_towns(v) if o != ALTERNATE and fold(e.name) == fold(text)]
            if towns:
                return towns
    words = key(text).replace(".", " ").split()
    if len(words) < 2:
        return []
    # "Nenagh Municipal District" -> "Nenagh"; "Northern Syria" -> "Syria"
    trimmed = list(words)
    while len(trimmed) > 1 and trimmed[-1] in _TRAILING:
        trimmed.pop()
        found = [(e, o) for e, o in gaz.lookup(" ".join(trimmed)) if o != ALTERNATE]
        if found:
            return found
    trimmed = list(words)
    while len(trimmed) > 1 and trimmed[0] in _LEADING:
        trimmed.pop(0)
        found = [(e, o) for e, o in gaz.lookup(" ".join(trimmed)) if o != ALTERNATE]
        if found:
            return found
    return []


def towns_in_context(gaz: Gazetteer, text: str, cands: list[tuple[Entry, int]], states: set[str],
                     country: str | None = None, home_country: str | None = None) -> list[tuple[Entry, int]]:
    """Smaller towns (the on-disk long tail) bearing ``text`` as their own name in one of the US ``states``
    the document names, or in the ``country`` named beside the mention, that no candidate already stands
    for: "Edmonton" in an article about Kentucky may be Edmonton, Kentucky, though Alberta's is bigger. The
    ``home_country`` a document is about counts as named beside a name that only towns bear, none of a
    million people (Keswick, Cumbria in a Cumbrian story; not "Washington", "Victoria", "London")."""
    if text.replace(".", "").isupper() and len(text) <= 4:
        return []
    if country is None and home_country and all(
            e.feature == CITY and e.population < WORLD_CITY for e, _o in cands):
        country = home_country
    # a state is covered by a town bearing the name as its own, not as one of its other names (Dayton, Kentucky
    # was once called Jamestown: Jamestown, Kentucky is still a candidate)
    covered = {e.admin1 for e, o in cands if e.country == "USA" and e.feature in (CITY, CAPITAL) and o != ALTERNATE}
    wanted = states - covered
    countries = {country} - {e.country for e, _o in cands if e.feature in (CITY, CAPITAL)} if country else set()
    if not wanted and not countries:
        return []
    out: dict[int, tuple[Entry, int]] = {}
    for v in variants(text):
        found = gaz.lookup_towns(v) if countries else []
        for state in sorted(wanted):  # within each state: a common name's bigger bearers crowd out no state's own
            found += gaz.lookup_towns(v, ("US", state))
        for e, o in found:
            if o == ALTERNATE or fold(e.name) != fold(text):
                continue
            if (e.country == "USA" and e.admin1 in wanted) or e.country in countries:
                out.setdefault(id(e), (e, o))
    return list(out.values())


def prior(entry: Entry, origin: int) -> float:
    """Context-free score: kind of place, then size; names only known as GeoNames alternates weigh less."""
    if entry.feature in _BASE:
        base = _BASE[entry.feature]
    elif entry.feature in (CITY, CAPITAL):
        base = math.log10(entry.population + 10) + (2.0 if entry.feature == CAPITAL else 0.0)
    elif entry.feature == ADM2 and entry.population:  # a division of admin2.tsv, sized by its count of towns
        base = _ADM2_BASE + math.log10(entry.population + 1)
    else:
        base = _REGION_BASE
    if origin != ALTERNATE:
        return base
    # GeoNames alternate names: reliable for big cities (exonyms: "Pékin"), noisy for small towns
    return base - (1.5 if entry.population >= 1_000_000 else 2.0)


def score(entry: Entry, origin: int, hints: DocHints | None, hint_state: str | None = None,
          hint_country: str | None = None, dwarfed: bool = False, famous: bool = False,
          among_towns: bool = False) -> float:
    """``dwarfed``: a namesake in the same country is over 30 times bigger (Louisville, Ohio vs Kentucky);
    ``famous``: a namesake is over ``_FAMOUS_RATIO`` times bigger, or the same country's is a big city;
    ``among_towns``: every candidate is a town (the language's prior tells towns apart, not a town from a
    building or a region: « la Maison Blanche »)."""
    s = prior(entry, origin)
    if hint_country and entry.country == hint_country and entry.feature != COUNTRY:
        s += 6.0
    if hint_state and entry.admin1 == hint_state and entry.country == "USA" and entry.feature != ADM1:
        s += 8.0
    if hints is not None:
        if entry.country and entry.feature != ADM1 and hints.countries.get(entry.country):
            s += 2.5
        elif entry.country and entry.feature != ADM1 and hints.people.get(entry.country):
            s += 0.75
        named = hints.states.get(entry.admin1 or "") if entry.country == "USA" else 0
        home = hints.home is not None and entry.admin1 == hints.home and entry.country == "USA" \
            and origin != ALTERNATE
        if (named or home) and entry.feature == ADM1:
            s += 2.0 + (_HOME_DIVISION if home else 0.0)  # Georgia the state in Georgia news, not the country
        elif (home or (hints.country is not None and entry.country == hints.country)) \
                and entry.feature in (CITY, CAPITAL, ADM2) and not famous:
            s += _HOME_STATE  # a town of the home state, or of the home country outside the US
        elif named:  # the state the document names most is its focus; one named in passing weighs half
            s += (1.25 if dwarfed else 2.5) * (0.5 + 0.5 * named / max(hints.states.values()))
        within = hints.divisions.get((entry.country, entry.admin1)) if entry.feature in (CITY, CAPITAL) else 0
        if within:  # the division the document's sure towns lie in is its focus, weighed as the US states are
            s += (1.25 if dwarfed else 2.5) * (0.5 + 0.5 * within / max(hints.divisions.values()))
        if entry.feature == ADM1 and entry.country and hints.countries.get(entry.country):
            s += 1.5
        if among_towns and entry.country in hints.language_countries and not famous and hints.country is None \
                and hints.home is None and not hints.divisions_read - hints.language_countries:
            s += _LANGUAGE_HOME  # « Brest » in French copy: Finistère's, unless Belarus is named
    return s


def shadows(big: Entry, small: Entry) -> bool:
    """Whether the town ``big`` is what a name both bear means wherever the story is told, over ``small``: a
    city of a million people over ``_FAMOUS_RATIO`` times bigger, or a big city of the same country over
    ``_DWARF_RATIO`` times bigger (the test ``choose`` makes of a candidate's namesakes: Nashville, Tennessee,
    not Nashville, Indiana)."""
    ratio = big.population / max(small.population, 1)
    return (big.population >= WORLD_CITY and ratio > _FAMOUS_RATIO) \
        or (big.country == small.country and big.population >= _BIG_CITY and ratio > _DWARF_RATIO)


def choose(cands: list[tuple[Entry, int]], hints: DocHints | None = None, hint_state: str | None = None,
           hint_country: str | None = None) -> tuple[Entry | None, float]:
    """The best candidate and its margin over the runner-up."""
    best: Entry | None = None
    best_s = second = -1e9
    biggest: dict[str | None, int] = {}
    for entry, _origin in cands:
        if entry.feature in (CITY, CAPITAL):  # people, not a county's count of towns
            biggest[entry.country] = max(biggest.get(entry.country, 0), entry.population)
    largest = max(biggest.values(), default=0)
    among_towns = all(entry.feature in (CITY, CAPITAL) for entry, _origin in cands)
    for entry, origin in cands:
        town = entry.feature in (CITY, CAPITAL)
        dwarfed = town and biggest.get(entry.country, 0) > _DWARF_RATIO * max(entry.population, 1)
        famous = town and ((largest > _FAMOUS_RATIO * max(entry.population, 1) and largest >= WORLD_CITY)
                           or (dwarfed and biggest.get(entry.country, 0) >= _BIG_CITY))
        s = score(entry, origin, hints, hint_state, hint_country, dwarfed, famous, among_towns)
        if s > best_s:
            best, best_s, second = entry, s, best_s
        elif s > second:
            second = s
    return best, (best_s - second if second > -1e9 else 99.0)


_PARENTHESES = re.compile(r"^\s*\(\s*([^()\n]{2,40}?)\s*\)")
_DEPARTMENT_KM = 120.0  # a town of a department lies this close to the department's point


def department_in_parentheses(gaz: Gazetteer, text_after: str) -> Entry | None:
    """The French department written in parentheses right after a town (« Givors (Rhône) », « Mauriac
    (Cantal) »), regional papers' way of placing their communes; its name may be a river's too."""
    m = _PARENTHESES.match(text_after)
    idx = gaz.departments.get(key(m.group(1))) if m else None
    return gaz.entries[idx] if idx is not None else None


def in_department(cands: list[tuple[Entry, int]], department: Entry) -> list[tuple[Entry, int]]:
    """The towns among ``cands`` that may lie in ``department``: of its country, near its point."""
    if department.lat is None or department.lon is None:
        return []
    return [(e, o) for e, o in cands if e.feature in (CITY, CAPITAL) and e.country == department.country
            and e.lat is not None and e.lon is not None
            and distance_km(e.lat, e.lon, department.lat, department.lon) <= _DEPARTMENT_KM]


_STATE_AFTER = re.compile(r"^\s*,\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")


_LEAD_WORD = re.compile(r"^\s*,?\s*([^\W\d_]+['’]?)\s*", re.UNICODE)


def following_region(gaz: Gazetteer, text_after: str, prepositions: frozenset[str] = frozenset(),
                     articles: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """For "Paris, Texas" / "RALEIGH, N.C." / "Hamilton, Ontario": the (US state, country ISO3) named after a comma;
    one of the language's locative ``prepositions`` may open the region's name, then one of its ``articles``
    (« London, en Ontario », « Springfield, dans l'Illinois »; not "Police, the Kentucky Department")."""
    readings, _end = region_readings(gaz, text_after, prepositions, articles)
    return (readings[0].state, readings[0].country) if readings else (None, None)


def region_readings(gaz: Gazetteer, text_after: str, prepositions: frozenset[str] = frozenset(),
                    articles: frozenset[str] = frozenset()) -> tuple[list[Region], int]:
    """Every reading, as (US state, country ISO3), of the region named after a comma (see ``following_region``),
    the first being the one ``following_region`` gives ("Georgia" is the US state and the country), and where
    its name ends in ``text_after``."""
    offset = 0
    word = _LEAD_WORD.match(text_after)
    if word is not None and word.group(1).lower() in prepositions and text_after.lstrip().startswith(","):
        offset += word.end() - 2
        text_after = ", " + text_after[word.end():]
        word = _LEAD_WORD.match(text_after)
        if word is not None and word.group(1).lower() in articles:
            offset += word.end() - 2
            text_after = ", " + text_after[word.end():]
    m = _STATE_AFTER.match(text_after)
    if not m:
        return [], 0
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        k = key(phrase)
        for variant in (k, k.rstrip(".")):
            readings = _phrase_readings(gaz, phrase, variant)
            if readings:
                return readings, offset + m.start(1) + text_after[m.start(1):].index(words[n - 1]) \
                    + len(words[n - 1])
    return [], 0


_WORD = re.compile(r"[^\W\d_]+")


def region_in_list(gaz: Gazetteer, text_after_region: str, coordinators: frozenset[str]) -> bool:
    """Whether the region written after a town goes on as a list of regions ("Saipan, Guam, Alaska, Hawaii": Guam
    is no region of Saipan, but a name of the list); "Paris, Texas, late on Sunday" and "Lagos, Nigeria, Accra,
    Ghana" are no such lists. A list goes on after a comma or one of the language's ``coordinators``."""
    rest = text_after_region.lstrip()
    if rest.startswith(","):
        rest = rest[1:]
    else:
        word = _WORD.match(rest)
        if word is None or word.group().casefold() not in coordinators:
            return False
        rest = rest[word.end():]
    readings, _end = region_readings(gaz, ", " + rest.lstrip(" ,"))
    return bool(readings)


class Region(NamedTuple):
    """One reading of a region written after a town: its US state (postal code) or None, its country, its entry."""

    state: str | None
    country: str
    entry: Entry


def _phrase_readings(gaz: Gazetteer, phrase: str, variant: str) -> list[Region]:
    """The regions one written form names, the US state first."""
    out: list[Region] = []
    code = gaz.state_names.get(variant)
    if not code and len(variant) == 2 and variant.upper() in gaz.us_states and phrase.isupper():
        code = variant.upper()
    if code:
        out.append(Region(code, "USA", gaz.entries[gaz.us_states[code]]))
    for entry, origin in gaz.lookup(variant):
        if origin != ALTERNATE and entry.feature in (COUNTRY, ADM1) and entry.country:
            state = entry.admin1 if entry.country == "USA" else None
            if all((r.state, r.country) != (state, entry.country) for r in out):
                out.append(Region(state, entry.country, entry))
    return out


def in_region(entry: Entry, readings: list[Region]) -> bool:
    """Whether the place ``entry`` may lie in one of the region ``readings`` written beside it (a US state by its
    code; elsewhere, lacking the division's code, its country)."""
    return any(entry.country == r.country and (r.state is None or entry.admin1 == r.state) for r in readings)
