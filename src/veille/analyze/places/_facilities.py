"""Facilities: streets, buildings and grounds named by their kind noun ("Kestrel Park Stadium", "Harlow Avenue West",
« rue Kessler », « le stade Vélodrome »), which no gazetteer holds. Each is placed at the place that contains
it: the place written right after it ("in Leeds", ", Leeds", « à Lyon »), its owner ("Leeds's Kestrel Road"),
else the town the document names most when all the towns it names lie within 161 km of it (one area), else
for an airport, a hospital, a bridge, a stadium or a prison the town of the document's dateline ("NAIROBI
(Reuters) - ... Wilson Airport": wire copy names them without their town), and for a stream, a lake or an
island the dateline's town or the town it names most (twice at least); with none, it is left out. Its
point is that place's point, its feature the GeoNames code of its kind (``facilities`` in
``data/lang/<code>/places/words.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from veille.analyze.extensions import doc_ents
from veille.analyze.places._gazetteer import ADM1, ADM2, CAPITAL, CITY, Entry, distance_km
from veille.analyze.places._lexicon import FacilityWords
from veille.analyze.places._person_or_place import HYPHENS, NUMBER_LABELS, PERSON_LABELS

# what may contain a facility: towns, counties, first-level divisions (a country is too coarse a point)
_CONTAINERS = frozenset({CITY, CAPITAL, ADM2, ADM1})
_TOWNS = frozenset({CITY, CAPITAL})
LOCAL_KM = 161.0  # one area: 100 miles, the tolerance of geoparsing evaluations
_LONGEST = 4  # capitalised words of the name besides the kind noun
_GROUPS = frozenset({"NORP"})  # nationalities, religions, political groups
# streams, lakes and islands, which a local story names where it is told from even when it names towns
# farther away ("SPRINGFIELD, Ill. — The Sangamon River rose ... officials in Chicago said"): at its area town
_NATURAL_KINDS = frozenset({"STM", "LK", "ISL"})


@dataclass(frozen=True, slots=True)
class Facility:
    start: int  # token range of the name, kind noun included
    end: int
    feature: str  # GeoNames feature code of its kind


@dataclass(frozen=True, slots=True)
class Located:
    """A mention the finder resolved, as the facilities see it."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True, slots=True)
class Containers:
    """What may contain the facilities of one document, worked out once: the places it names, by their first
    token and by their end, and the town it is about (``focus_town``)."""

    by_start: dict[int, Located]
    by_end: dict[int, Located]
    focus: Entry | None
    dateline: Entry | None = None  # the town of the document's dateline (``dateline_town``)
    area: Entry | None = None  # the town its streams and lakes lie by (``area_town``)

    @classmethod
    def of(cls, located: Sequence[Located], words: Sequence[str] = ()) -> Containers:
        dateline = dateline_town(located, words)
        return cls({m.start: m for m in located}, {m.end: m for m in located}, focus_town(located), dateline,
                   dateline or most_named_town(located))


@lru_cache(maxsize=8)
def _ordinal(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A street's number or ordinal ("14th", "22nd", "30"): digits, then one of the language's ordinal endings
    (``ordinal_suffixes`` of ``facilities`` in ``places/words.yaml``) or none."""
    endings = "|".join(re.escape(s) for s in suffixes)
    return re.compile(rf"\d+(?:{endings})?" if endings else r"\d+")


def _is_name_word(word: str, ordinal: re.Pattern[str]) -> bool:
    """A capitalised word ("Kestrel") or an ordinal or number of a street ("14th", "22nd": ``ordinal``)."""
    return (word[:1].isupper() and word.replace("'", "").replace("’", "").isalpha()) or \
        (word[:1].isdigit() and ordinal.fullmatch(word) is not None)


def facility_spans(doc: Doc, words: Sequence[str], lex: FacilityWords, articles: frozenset[str],
                   taken: Sequence[tuple[int, int]]) -> list[Facility]:
    """The facilities named in ``doc`` that overlap no place already found (``taken``) nor a nationality or
    religion (NORP: "the Russian Orthodox Cathedral" is an institution), whose kind noun is no word of a
    person's name (a person's name may name one: « rue Victor-Hugo »; and a stream or a lake named after a
    person ends a name of three words or more the NER calls a person: "Sam Rayburn Reservoir"), each with at
    least one capitalised word of its own beside the kind noun ("The Station" is none)."""
    if not lex.nouns:
        return []
    n = len(words)
    blocked = bytearray(n)
    for a, b in taken:
        blocked[a:b] = b"\x01" * (b - a)
    person = bytearray(n)  # a kind noun inside a person's name ("Mr Street") names no facility
    no_name = bytearray(n)  # dates and numbers: no name before a kind noun in lower case
    for ent in doc_ents(doc):
        if ent.label_ in PERSON_LABELS:
            end = ent.end
            if end - ent.start >= 3 and _kind(words[end - 1], lex) in _NATURAL_KINDS:
                end -= 1  # "Sam Rayburn Reservoir" called a person: a lake named after one
            person[ent.start:end] = b"\x01" * (end - ent.start)
        elif ent.label_ in _GROUPS:  # "the Catholic Church", "the Russian Orthodox Church": an institution
            blocked[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        elif ent.label_ in NUMBER_LABELS:  # no name before a kind noun in lower case ("on Monday hospital staff")
            no_name[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    tagged = doc.has_annotation("POS")
    out: list[Facility] = []
    i = 0
    while i < n:
        feature = _kind(words[i], lex)
        span = None
        if feature is not None and not lex.head_first:
            i = _last_kind_noun(words, i, lex)  # "Kestrel Park Stadium": the stadium
            feature = _kind(words[i], lex)
            span = _name_before(doc, words, i, lex, articles)
            if span is None and words[i].casefold() in lex.first and words[i][:1].isupper():
                span = _name_after(words, i, lex, articles)  # "Lake Texoma"
                if span is not None and any(_kind(w, lex) is not None for w in words[i + 1:span[1]]):
                    span = None  # "Lake Shore Drive": the street's
        elif feature is not None:
            span = _name_after(words, i, lex, articles)
        if span is not None and words[i][:1].islower() and any(no_name[span[0]:span[1]]):
            span = None
        if span is not None and not any(blocked[span[0]:span[1]]) and not person[i] and (
                not tagged or any(t.pos_ in ("PROPN", "NUM") for t in doc[span[0]:span[1]] if t.i != i)):
            out.append(Facility(span[0], span[1], feature or ""))
            i = span[1]
            continue
        i += 1
    return out


def _kind(word: str, lex: FacilityWords) -> str | None:
    """The feature code of a kind noun ("Street", "St.", "St", « Hôpital »), None for another word."""
    lower = word.casefold()
    return lex.nouns.get(lower) or (lex.nouns.get(lower[:-1]) if lower[-1:] == "." else None)


def _last_kind_noun(words: Sequence[str], i: int, lex: FacilityWords) -> int:
    """The last kind noun of the run of capitalised words from token ``i`` on."""
    ordinal = _ordinal(lex.ordinal_suffixes)
    last = i
    for j in range(i + 1, min(len(words), i + _LONGEST + 1)):
        if not _is_name_word(words[j], ordinal):
            break
        if _kind(words[j], lex) is not None:
            last = j
    return last


def _name_before(doc: Doc, words: Sequence[str], i: int, lex: FacilityWords,
                 articles: frozenset[str]) -> tuple[int, int] | None:
    """English order: the name's words, then the kind noun ("Kestrel Park Stadium", "14th St. North")."""
    if not words[i][:1].isupper() and words[i] not in lex.lower_case:
        return None
    ordinal = _ordinal(lex.ordinal_suffixes)
    k = i
    while k > 0 and i - k < _LONGEST:
        prev = words[k - 1]
        if prev in HYPHENS and k > 1 and not doc[k - 2].whitespace_ and _is_name_word(words[k - 2], ordinal):
            k -= 2  # "Harlow-Kestrel"
        elif _is_name_word(prev, ordinal) and prev.casefold() not in articles:
            k -= 1
        else:
            break
    if k == i:
        return None
    j = i + 1
    if j < len(words) and words[j] == "." and not doc[i].whitespace_ and words[i].casefold() + "." in lex.nouns:
        j += 1  # the tokenizer split the abbreviation's period ("St" ".")
    if j < len(words) and words[j][:1].isupper() and words[j].casefold() in lex.after:
        j += 1  # "Harlow Avenue West"
    if j < len(words) and _is_name_word(words[j], ordinal) and not words[j][:1].isdigit():
        return None  # the name goes on: "Port St. Kestrel" (Saint), "Union Station Road" ends later
    return k, j


def _name_after(words: Sequence[str], i: int, lex: FacilityWords, articles: frozenset[str]) -> tuple[int, int] | None:
    """French order: the kind noun, its links, then the name's words (« rue de la Paix », « stade Kessler »)."""
    ordinal = _ordinal(lex.ordinal_suffixes)
    j = i + 1
    while j < len(words) and j - i <= 2 and words[j].casefold() in lex.links:
        j += 1
    start = j
    while j < len(words) and j - start < _LONGEST and (_is_name_word(words[j], ordinal) or (
            words[j] in HYPHENS and j > start)) and words[j].casefold() not in articles:
        j += 1
    while j > start and words[j - 1] in HYPHENS:
        j -= 1
    return (i, j) if j > start else None


def container(facility: Facility, words: Sequence[str], places: Containers, locatives: frozenset[str],
              owner_marks: frozenset[str]) -> Entry | None:
    """The place that contains ``facility``: the one written right after it, after a comma or a locative ("in
    Leeds", ", Leeds", « à Lyon »); its owner ("Leeds's Kestrel Road"); else the town a local document is
    about (``focus_town``), else for an airport, a hospital, a bridge, a stadium or a prison the town of the
    dateline, for a stream, a lake or an island the area town. None when there is no such place."""
    after = facility.end
    if after < len(words) and (words[after] == "," or words[after].casefold() in locatives):
        nxt = places.by_start.get(after + 1)
        if nxt is not None and nxt.entry.feature in _CONTAINERS:
            return nxt.entry
    if facility.start > 1 and words[facility.start - 1].casefold() in owner_marks:
        owner = places.by_end.get(facility.start - 1)
        if owner is not None and owner.entry.feature in _CONTAINERS:
            return owner.entry
    if places.focus is None and facility.feature in _DATELINE_KINDS:
        return places.dateline
    if places.focus is None and facility.feature in _NATURAL_KINDS:
        return places.area
    return places.focus


_DATELINE_ENDS = frozenset({",", "(", "-", "—", "–"})
# kinds of facilities wire copy names without their town, placed at its dateline's town: airports, hospitals,
# bridges, stadiums, prisons; not streets and centres, which a story from one town names of others, nor
# the "centers" of organisations ("the Southern Poverty Law Center")
_DATELINE_KINDS = frozenset({"AIRP", "HSP", "BDG", "STDM", "PRN"})


def dateline_town(located: Sequence[Located], words: Sequence[str]) -> Entry | None:
    """The town of the document's dateline: a town opening the text, before a comma, a parenthesis or a dash
    ("NAIROBI (Reuters) -", "KYIV, June 21 -", "Tripoli —"); None when the text opens otherwise."""
    first = next((k for k, w in enumerate(words) if w.strip()), None)
    opening = next((m for m in located if m.start == first), None)
    if opening is None or opening.entry.feature not in _TOWNS or opening.entry.lat is None:
        return None
    return opening.entry if opening.end < len(words) and words[opening.end] in _DATELINE_ENDS else None


def most_named_town(located: Sequence[Located]) -> Entry | None:
    """The town a document names more than any other, at least twice; None when none stands out."""
    towns = {id(m.entry): m.entry for m in located if m.entry.feature in _TOWNS and m.entry.lat is not None}
    ranked = Counter(id(m.entry) for m in located if id(m.entry) in towns).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return towns[ranked[0][0]]


def focus_town(located: Sequence[Located]) -> Entry | None:
    """The town a local document is about: the one it names most (the first of those named as often), when
    every town it names lies within ``LOCAL_KM`` of it; None for a document that ranges wider."""
    towns = [m.entry for m in located if m.entry.feature in _TOWNS and m.entry.lat is not None]
    if not towns:
        return None
    count = Counter(id(e) for e in towns)
    most = max(count.values())
    focus = next(e for e in towns if count[id(e)] == most)
    assert focus.lat is not None and focus.lon is not None
    if any(distance_km(focus.lat, focus.lon, e.lat, e.lon) > LOCAL_KM for e in towns
           if e.lat is not None and e.lon is not None):
        return None
    return focus
