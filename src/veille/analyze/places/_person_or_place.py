"""Names the NER took for people that are places: the one home of that decision, for both stages.

A small model often labels a city a person ("near Goma", "Aleppo fell"). The decision has two moments, made
by the same rule on the same cue:

- the actors stage asks ``at_mention`` before it makes a person of a name: a name the text places ("near
  Goma", "the city of Douma") that a place of ``min_population`` people bears is a place on that evidence
  alone, and no person is made of it ("confidence in Obama" is no place: too small a town for one cue);
- the places stage asks ``bare_person`` of the people the actors stage made anyway: a person known by a
  bare name and no role is the place that name resolved to when that is a first-level division ("Tamil Nadu
  said") or when the text places the name somewhere in the document and never names a person in full by it
  ("Aleppo fell ... Residents in Aleppo fled").

The cue (``placed``) is a strong locative ("in", "near", « à ») or a kind of place ("the town of") before the
name or before the list it closes ("in Hilversum and Almelo"), a suffix of origin after it
("Colchester-based") or a kind of place after it ("the Chelsea neighborhood"), and no owner mark after it
("at Zara's headquarters" places the headquarters, not Zara).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from veille.analyze.places._api import population_of
from veille.analyze.places._gazetteer import ADM1, ADM2, NATURAL
from veille.analyze.places._lexicon import place_words

# people a place must have to overrule a PERSON label on one cue alone: the cities the places stage also
# spots without the NER (its ``spot_population``)
PLACE_OVER_PERSON = 200_000
HYPHENS = frozenset({"-", "‐", "–"})  # between a name and a suffix ("Colchester-based")
PERSON_LABELS = frozenset({"PERSON", "PER"})  # the NER's people (English and French models)
# the NER's dates, times, numbers and amounts: never the name of a place or a facility
NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_LONGEST_NAME = 4  # words of one name in a list
_LONGEST_LIST = 8  # names of a list


@dataclass(frozen=True, slots=True)
class PersonOrPlace:
    """One language's rule (word lists from ``data/lang/<code>/places/words.yaml``)."""

    strong_locatives: frozenset[str]
    place_links: frozenset[str]  # "of" in "the town of Manbij"...
    place_nouns: frozenset[str]  # ... after one of these kinds of place
    owner_marks: frozenset[str]  # "'s": the name owns what follows
    coordinators: frozenset[str] = frozenset()  # "and": the names of a list share its locative
    suffixes: frozenset[str] = frozenset()  # "based" in "a Colchester-based company"
    lang: str | None = None  # the language of the names (their leading articles are left out)
    modifiers: frozenset[str] = frozenset()  # "northern": "across central and northern Arkansas" is located
    min_population: int = PLACE_OVER_PERSON

    def framed(self, words: Sequence[str], i: int) -> bool:
        """A kind of place and its link stand before token ``i``: "the town of Manbij"."""
        return i > 1 and words[i - 1].lower() in self.place_links and words[i - 2].lower() in self.place_nouns

    def placed(self, words: Sequence[str], start: int, end: int) -> bool:
        """The text places the name ``words[start:end]``: "in Aleppo", "near Goma", "the city of Douma";
        not as an owner ("at Zara's headquarters")."""
        return self.located(words, start, end, self.strong_locatives)

    def located(self, words: Sequence[str], start: int, end: int, locatives: frozenset[str]) -> bool:
        """``placed`` with these ``locatives`` (a language's strong ones, or all of them)."""
        if words[end - 1].lower() in self.owner_marks or (end < len(words) and words[end].lower() in self.owner_marks):
            return False
        return self.framed(words, start) or self.suffixed(words, end) or self.kinded(words, end) \
            or self.locative_before(words, start, locatives) is not None

    def kinded(self, words: Sequence[str], end: int) -> bool:
        """A kind of place, in lower case, follows the name that ends at ``end``: "the Chelsea neighborhood",
        "the Shakopee town hall" (not "Kansas City", a name of its own)."""
        return end < len(words) and words[end].islower() and words[end] in self.place_nouns

    def suffixed(self, words: Sequence[str], end: int) -> bool:
        """A hyphen and a suffix of origin follow the name that ends at ``end``: "Colchester-based"."""
        return end + 1 < len(words) and words[end] in HYPHENS and words[end + 1].lower() in self.suffixes

    def locative_before(self, words: Sequence[str], start: int, locatives: frozenset[str],
                        comma_lists: bool = False) -> str | None:
        """The locative that introduces the name at ``start``: right before it ("in Almelo"), or before the
        list it closes ("in Hilversum and Almelo", "in Utrecht, Hilversum and Almelo"). With ``comma_lists``
        a name inside a list also takes it ("in Utrecht, Hilversum and Almelo": Hilversum) when a coordinator
        closes the list after it; without, only what a coordinator joins, since a comma also ends a fronted
        phrase ("In Paris, Hollande said")."""
        k = start - 1
        while k > 0 and (words[k].lower() in self.modifiers or (
                words[k].lower() in self.coordinators and words[k - 1].lower() in self.modifiers)):
            k -= 1  # "across central and northern Arkansas"
        if k < 0:
            return None
        if words[k].lower() in locatives:
            return words[k].lower()
        joined = False
        for _conjunct in range(_LONGEST_LIST):
            link = words[k].lower()
            if link in self.coordinators:
                joined = True
                k -= 1
                if k >= 0 and words[k] == ",":
                    k -= 1  # the serial comma: "in A, B, and C"
            elif link == ",":
                k -= 1
            else:
                return None
            p = k  # the previous name of the list: one to four capitalised words
            while p >= 0 and k - p < _LONGEST_NAME and words[p][:1].isupper() and words[p].lower() not in locatives:
                p -= 1
            if p == k or p < 0:
                return None
            if words[p].lower() in locatives:
                closed = joined or (comma_lists and self._list_closes_after(words, start))
                return words[p].lower() if closed else None
            k = p
        return None

    def _list_closes_after(self, words: Sequence[str], start: int) -> bool:
        """A coordinator and a capitalised name follow the name at ``start`` within its list."""
        k = start
        while k < len(words) and k - start < 3 * _LONGEST_LIST:
            w = words[k]
            if w.lower() in self.coordinators:
                return k + 1 < len(words) and words[k + 1][:1].isupper()
            if not (w == "," or w[:1].isupper()):
                return False
            k += 1
        return False

    def at_mention(self, words: Sequence[str], start: int, end: int, text: str) -> bool:
        """The name ``text`` at tokens ``[start, end)``, which the NER called a person, is a place on its own
        cue: the text places it and the largest place of that name has ``min_population`` people or more."""
        return self.placed(words, start, end) and population_of(text, self.lang) >= self.min_population

    @staticmethod
    def bare_person(feature: str | None, same_country: bool, sole_name: bool, placed_in_text: bool,
                    after_article: bool = False) -> bool:
        """A person known by a bare name and no role (``feature``: what the name resolved to) is that place
        when it is a first-level division or a second-level one (whose names carry their kind: "Jefferson Davis
        Parish"), a natural feature or a region named after its article (``after_article``: "the Sahel", "the
        Danube"; people take no article), or when the name alone names the person (``sole_name``) and the text
        places that name somewhere (``placed_in_text``); never against the person's own country."""
        return same_country and (feature in (ADM1, ADM2) or (after_article and feature in NATURAL)
                                 or (sole_name and placed_in_text))

    @staticmethod
    def part_of_a_person(name_key: str, person_parts: set[str], placed_names: set[str]) -> bool:
        """A one-word name that is a word of a person the document names in full ("Georgia Stevens" ...
        "Georgia said", "Brooke Henderson" ... "Henderson won") is that person, unless the text places the
        name somewhere ("in Georgia", "Henderson, Nevada"): a name keeps one sense in a document."""
        return name_key in person_parts and name_key not in placed_names


@lru_cache(maxsize=8)
def person_or_place(lang: str) -> PersonOrPlace:
    """The rule for language ``lang`` (a registry code)."""
    words = place_words(lang)
    return PersonOrPlace(words.strong_locatives, words.place_links, words.place_nouns, words.owner_marks,
                         words.coordinators, words.place_suffixes, lang, modifiers=words.place_modifiers)
