"""Local news: the document's home state, the bare names of its towns, and divisions named in the plural.

A local paper names its state a few times and then its towns bare, many of them too small for the NER to know
("visitors came from Elkhart, Nappanee and Fort Wayne", "A Prattville woman", "west of Shawnee"). The home
state is the US state the document names most: at least twice and in half of its state mentions, the towns it
names for sure counting for their state. A bare name that a town of that state bears as its own name is that
town where a frame of the language places it (``local_towns`` in ``places/words.yaml``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from veille.analyze.places._gazetteer import ADM2, ALTERNATE, CAPITAL, CITY, Entry, Gazetteer
from veille.analyze.places._lexicon import LocalTownWords
from veille.analyze.places._names import fold, variants
from veille.analyze.places._person_or_place import HYPHENS, PersonOrPlace

_LONGEST = 3  # words of a town's name
# a home state no name states: the names of at least this many places of the document bear towns or counties
# there, and their votes (each name 1/k for the k states bearing it) reach this total and twice another state's
_CLUSTER_NAMES, _CLUSTER_VOTES = 3, 1.0
_TOWNS = frozenset({CITY, CAPITAL})
_VOTERS = _TOWNS | {ADM2}  # the places whose names vote for a state: towns and counties


def _own_us_names(found: Iterable[tuple[Entry, int]], name: str, variant: str,
                  features: frozenset[str]) -> Iterator[tuple[Entry, int]]:
    """The US places of ``features`` among ``found`` (looked up by ``variant`` of the folded ``name``) that
    bear the name as their own, not as one of their other names."""
    for entry, origin in found:
        if origin != ALTERNATE and entry.country == "USA" and entry.feature in features \
                and fold(entry.name) in (name, fold(variant)):
            yield entry, origin


def home_state(states: Counter) -> str | None:
    """The US state (postal code) a document is about: named (itself or by its sure towns, each name once) at
    least twice, in at least half of the document's state mentions and more than any other state; else None.
    The same reading gives the country (ISO3) a document outside the US is about, from its countries."""
    if not states:
        return None
    ranked = states.most_common(2)
    code, top = ranked[0]
    tied = len(ranked) > 1 and ranked[1][1] == top
    return code if top >= 2 and 2 * top >= sum(states.values()) and not tied else None


def clustered_state(gaz: Gazetteer, names: Iterable[str]) -> str | None:
    """The US state where the document's place names cluster, for a local paper that never names its own state
    ("Gorham", "Lancaster", "Coos County": New Hampshire). Each distinct name votes 1/k for each of
    the k states with a town or county bearing it as its own name (in memory or in the long tail): a name
    borne in many states ("Paris", "Berlin") says little, "Coos County" much."""
    votes: dict[str, float] = {}
    support: Counter[str] = Counter()
    for name in {fold(n) for n in names}:
        states = set()
        for v in variants(name):
            for entry, _origin in _own_us_names([*gaz.lookup(v), *gaz.lookup_towns(v)], name, v, _VOTERS):
                if entry.admin1:
                    states.add(entry.admin1)
        for state in states:
            votes[state] = votes.get(state, 0.0) + 1.0 / len(states)
            support[state] += 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])[:2]
    if not ranked:
        return None
    state, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if support[state] >= _CLUSTER_NAMES and top >= _CLUSTER_VOTES and top >= 2 * runner_up:
        return state
    return None


def home_towns(gaz: Gazetteer, text: str, state: str) -> list[tuple[Entry, int]]:
    """The populated places of the US ``state`` bearing ``text`` as their own name (in memory or in the on-disk
    long tail), biggest first."""
    out: dict[int, tuple[Entry, int]] = {}
    want = fold(text)
    for v in variants(text):
        for entry, origin in _own_us_names([*gaz.lookup(v), *gaz.lookup_towns(v, ("US", state))], want, v, _TOWNS):
            if entry.admin1 == state:
                out.setdefault(id(entry), (entry, origin))
    return sorted(out.values(), key=lambda c: -c[0].population)


def local_frame(words: Sequence[str], i: int, j: int, ends: set[int], local: LocalTownWords,
                locatives: frozenset[str], rule: PersonOrPlace) -> bool:
    """Whether the text places the name ``words[i:j]`` as a local paper places its towns: after a locative or
    one of ``local.before`` ("west of Shawnee", "as far as Nampa"), directly or as a name of the list they
    open, in a list right after a place found (``ends``: where found places end: "Hattiesburg and Meridian",
    "Waukon, Cresco"), or between a determiner and a noun of people or business ("a Prattville woman")."""
    if i == 0 or (j < len(words) and words[j].casefold() in rule.owner_marks):
        return False  # "Pandora's box" owns, no place
    prev = words[i - 1].casefold()
    frames = locatives | local.before
    if prev in frames or rule.locative_before(words, i, frames, comma_lists=True) is not None:
        return True
    if prev in rule.coordinators or prev == ",":
        if i - 1 in ends or (i > 1 and words[i - 2] == "," and i - 2 in ends):
            return True
    # "a Prattville woman", "the Racine health department"
    after = [w.casefold() for w in words[j:j + 2]]
    return prev in local.determiners and bool(after) and (
        after[0] in local.nouns or (len(after) == 2 and after[0].isalpha() and words[j].islower()
                                    and after[1] in local.nouns))


def name_word(word: str, periods: bool = True) -> bool:
    """A word of a place's name: a capitalised word, perhaps with an apostrophe inside ("O'Fallon", "D'ALENE")
    or (with ``periods``) a period after it ("St."), or a word after an elided particle ("d'Alene")."""
    bare = word.replace("'", "").replace("’", "")
    if periods:
        bare = bare.rstrip(".")
    if not bare.isalpha():
        return False
    return word[:1].isupper() or (len(word) > 2 and word[1] in "'’" and word[2:3].isupper())


def capitalised_run(words: Sequence[str], i: int, covered: bytearray, spaced: Sequence[bool],
                    longest: int = _LONGEST, periods: bool = True) -> int:
    """The end of the run of name words starting at ``i`` (up to ``longest`` words), hyphens without spaces
    joining two of them ("Wilkes-Barre", "Winston-Salem"); ``spaced[k]``: whitespace follows token k; without
    ``periods`` no word with a period ("Paris Jan. 5" is Paris)."""
    if not (words[i][:1].isupper() and name_word(words[i], periods)):
        return i
    j, count = i, 0
    while j < len(words) and count < longest and not covered[j]:
        if name_word(words[j], periods):
            j += 1
            count += 1
        elif words[j] in HYPHENS and j > i and not spaced[j - 1] and not spaced[j] and j + 1 < len(words) \
                and words[j + 1][:1].isupper() and name_word(words[j + 1], periods) and not covered[j + 1]:
            j += 1
        else:
            break
    return j


def plural_division_names(words: Sequence[str], plurals: dict[str, str],
                          coordinators: frozenset[str]) -> list[tuple[int, int, str]]:
    """Names of a list closed by a plural kind of division ("Pottawatomie and Seminole counties"): token
    ranges and the division's full name ("Pottawatomie County")."""
    out: list[tuple[int, int, str]] = []
    for t, w in enumerate(words):
        kind = plurals.get(w.casefold())
        if kind is None:
            continue
        k = t
        names: list[tuple[int, int, str]] = []
        while k > 0:
            p = k
            while p > 0 and k - p < _LONGEST and words[p - 1][:1].isupper() and words[p - 1].isalpha():
                p -= 1
            if p == k:
                break
            names.append((p, k, " ".join(words[p:k]) + " " + kind))
            k = p
            if k > 0 and (words[k - 1].casefold() in coordinators or words[k - 1] == ","):
                k -= 1
                if k > 0 and words[k - 1] == ",":
                    k -= 1
                continue
            break
        if len(names) >= 2:  # one name before a plural is something else ("the Dallas counties")
            out.extend(names)
    return out
