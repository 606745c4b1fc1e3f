"""From a parsed Doc to its places: mentions (NER + gazetteer spotting), resolution in context, metonymy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from veille.analyze.extensions import doc_ents, doc_text, doc_words
from veille.analyze.places._facilities import Containers, Located, container, facility_spans
from veille.analyze.places._gazetteer import (
    ADM1,
    ADM2,
    ALTERNATE,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    NATURAL,
    PRIMARY,
    Entry,
    Gazetteer,
    distance_km,
)
from veille.analyze.places._lexicon import PlaceWords
from veille.analyze.places._local import (
    capitalised_run,
    clustered_state,
    home_state,
    home_towns,
    local_frame,
    plural_division_names,
)
from veille.analyze.places._names import fold, key, variants
from veille.analyze.places._person_or_place import HYPHENS, NUMBER_LABELS, PERSON_LABELS, PersonOrPlace
from veille.analyze.places._resolve import (
    WORLD_CITY,
    DocHints,
    Region,
    candidates,
    choose,
    department_in_parentheses,
    following_region,
    in_department,
    in_region,
    region_in_list,
    region_readings,
    shadows,
    towns_in_context,
)
from veille.analyze.places._spotter import COMMON_WORD_TAGS, Spotter
from veille.analyze.sentences import DATELINE_DASHES, MAX_DATELINE, dateline_end, in_capitals
from veille.contract.models import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = PERSON_LABELS | {"NORP"}  # a place name inside these is no place
_TIME_LABELS = frozenset({"DATE", "TIME"})
_LONGEST_SEAT, _SEAT_GAP = 3, 2  # words of a seat's name; words between it and the institution noun
_NOT_PLACE_LABELS = NUMBER_LABELS | {"LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT_NONE"}
# GeoNames feature codes of the facilities whose names often take a place's ("Riverside Drive", "Kentucky River",
# "the New Jersey Turnpike", "Clear Lake"): streets, roads, streams and lakes (``facilities`` in places/words.yaml)
_NAMED_AFTER = frozenset({"ST", "RD", "STM", "LK"})
_METONYM_FEATURES = frozenset({COUNTRY, CAPITAL, CITY, ADM1, "BLDG"})
_AGENT_FEATURES = frozenset({COUNTRY, CAPITAL, "BLDG"})  # subjects of any action verb stand for a government


# a namesake of the long tail this share of a town's size or more makes it unsure (see ``_unsure_towns``)
_NAMESAKE_SHARE = 10
# a town this close to another town or county the document names lies beside it (see ``_towns_beside_others``)
_BESIDE_KM = 50.0
_SURE_MARGIN = 2.0  # a reading this far ahead of the next is sure: its place counts as evidence elsewhere
_NEIGHBOURS = frozenset({CITY, CAPITAL, ADM2})

@dataclass(slots=True)
class _Mention:
    start: int  # token index
    end: int
    text: str
    cands: list
    embedded: bool = False  # inside the name of an organisation, an event, a work...
    labelled: bool = False  # the NER itself called this span a place
    demonym: bool = False  # "Russian", "japonais": the country, as an adjective or a nationality noun
    entry: Entry | None = None
    margin: float = 0.0
    local: bool = False  # a town of the document's home state, named bare where a local paper names its towns
    by_kind: bool = False  # a division a plural kind noun names ("Potter" in "Moore, Potter and Hartley counties")


# parts of speech a demonym takes ("Russian forces", "the Russians", "les Japonais"; taggers often call
# "Russian" PROPN); not a verb or an auxiliary that happens to share the spelling
_DEMONYM_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "flat:name"})


# the dash of French regional datelines (« BESANÇON. _ Le saxophoniste... »), besides the sentences' dashes
_DATELINE_UNDERSCORE = frozenset({"_"})


def _capitals_word(word: str) -> bool:
    """A word of a name in capitals ("BAR-LE-DUC", "CAPE", "L'ISLE"): letters, hyphens and apostrophes."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and letters.isupper()


def _trim(span: Span, articles: frozenset[str]) -> Span:
    """Without leading determiners and prepositions ("la Chine" -> "Chine") or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and doc[start].lower_ in articles:
        start += 1
    while end - start > 1 and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _spaced(words: list[str], starts: list[int], text: str) -> list[bool]:
    """Whether whitespace follows each token (read from the offsets: no Token objects made)."""
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    return [e < len(text) and text[e].isspace() for e in ends]


def _entity_at(ents: Iterable[Span]) -> dict[int, Span]:
    """The entity of the NER each token lies in (the last one given, should two overlap)."""
    return {t: ent for ent in ents for t in range(ent.start, ent.end)}


def _beside(entry: Entry, others: list[Entry]) -> bool:
    """Whether ``entry`` lies within ``_BESIDE_KM`` of one of ``others``."""
    return entry.lat is not None and entry.lon is not None and any(
        o.lat is not None and o.lon is not None and distance_km(entry.lat, entry.lon, o.lat, o.lon) <= _BESIDE_KM
        for o in others)


def _world_city(entry: Entry, cands: list[tuple[Entry, int]]) -> bool:
    """A city of a million people named by its own name (not "Petersburg" for Saint Petersburg)."""
    return entry.population >= WORLD_CITY and any(c is entry and origin != ALTERNATE for c, origin in cands)


def _same_region(place: Entry, town: Entry) -> bool:
    """Whether ``place`` lies in the region of ``town``: its US state, else its country."""
    if town.country == "USA":
        return place.country == "USA" and place.admin1 == town.admin1
    return place.country == town.country


def _contained(entry: Entry | None, readings: list[Region] | None, text: str) -> Entry | None:
    """A town written with its region ("Hinton, Iowa") where it lies in no reading of that region is not the
    namesake of another state or country (Hinton, Oklahoma): a town the gazetteer lacks (under 1,000 people), placed
    at the point of the first-level division written beside it, without a GeoNames id (as facilities are placed
    at their town); no place when the region is a country. Regions and countries themselves are kept ("Texas,
    Oklahoma and Kansas" is a list)."""
    if entry is None or not readings or entry.feature not in (CITY, CAPITAL) or in_region(entry, readings):
        return entry
    region = readings[0].entry
    if region.feature != ADM1:
        return None
    return Entry(None, text, region.country, region.lat, region.lon, CITY, admin1=region.admin1, small=True)


def _opens_dateline(words: Sequence[str], start: int) -> bool:
    """The name at word ``start`` opens a line as a wire dateline does: in capitals, closed by a dash on the same
    line ("CARACAS -", "NEW DELHI (Reuters) -", « BAMAKO, 11 janvier (AFP) - »)."""
    return (start == 0 or "\n" in words[start - 1]) and dateline_end(words, start) is not None


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _times_in(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """The tokens of an entity that are no place: all of them, but in a DATE or TIME span only those of the
    time expressions the times stage found there ("in March"), when it ran; a name it left alone is no time
    ("in Manbij" called a date, "Almelo last year" one date)."""
    times = doc._.veille_times
    if ent.label_ not in _TIME_LABELS or times is None:
        return [(ent.start, ent.end)]
    out = []
    for t in times:
        if t.start < ent.end_char and ent.start_char < t.end:
            span = doc.char_span(max(t.start, ent.start_char), min(t.end, ent.end_char), alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end))
    return out


def _same_country(person_country: str | None, entry: Entry, cands: list) -> bool:
    """A person known by a bare place name is of no other country than the place ``entry``: none is known, it
    is the place's, or it is only that of the best-known place of the name (the country came from the name
    itself: a person "Glasgow" of Scotland in Glasgow, Kentucky)."""
    if person_country in (None, entry.country):
        return True
    best, _margin = choose(cands)
    return best is not None and best.country == person_country


def _used_otherwise(names: set[tuple[str, ...]], ents: Iterable[Span], words: list[str]) -> set[tuple[str, ...]]:
    """The ``names`` (runs of words) that the NER also puts in another kind of entity in the document ("the
    Xinhua news agency", "the Olympic Games", "Sam Almelo"): they keep no one sense there. A person of
    exactly that name does not count (a place the NER took for a person)."""
    out: set[tuple[str, ...]] = set()
    for ent in ents:
        inside = tuple(words[ent.start:ent.end])
        if ent.label_ in PLACE_LABELS or (ent.label_ in PERSON_LABELS and inside in names):
            continue
        for name in names - out:
            width = len(name)
            if any(inside[k:k + width] == name for k in range(len(inside) - width + 1)):
                out.add(name)
    return out


def _inside_longer_name(doc: Doc, words: list[str], i: int, j: int, entity_at: dict[int, Span],
                        articles: frozenset[str]) -> bool:
    """Tokens ``[i, j)`` are part of a longer name: an entity of the NER reaching outside them or exactly them
    as an organisation, a group or a work (one inside them is a piece the NER cut off: "Coeur" of "Coeur
    d'Alene"), or a capitalised word right before (not opening a sentence, nor a determiner or another
    function word: "A Kestrelby councillor", "The Almelo council") or right after them."""
    for t in range(i, j):
        ent = entity_at.get(t)
        if ent is not None and (ent.start < i or ent.end > j or (
                (ent.start, ent.end) == (i, j) and ent.label_ not in PLACE_LABELS | PERSON_LABELS)):
            return True
    if j < len(words) and words[j][:1].isupper() and words[j].isalpha():
        return True
    if i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha():
        prev = doc[i - 1]
        function_word = prev.pos_ in COMMON_WORD_TAGS or prev.lower_ in articles
        return not (function_word or (doc.has_annotation("SENT_START") and doc[i].is_sent_start))
    return False


def _is_demonym(span: Span, cands: list, endings: tuple[str, ...]) -> bool:
    """ "Russian", "japonais", "Canadians": adjectives and nationality nouns are not places."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.text[:1].islower():
        return True
    if any(origin != ALTERNATE for _e, origin in cands):
        return False  # it is a real name of some place
    return tok.pos_ == "ADJ" or (bool(endings) and tok.text.lower().endswith(endings))


class PlaceFinder:
    """Holds the per-process data (gazetteer, spotter, the language's word lists); ``find`` works on one Doc."""

    def __init__(self, gaz: Gazetteer, spotter: Spotter, words: PlaceWords, *, embedded_as_metonym: bool = True,
                 person_or_place: PersonOrPlace | None = None, demonyms: dict[str, str] | None = None,
                 continent_adjectives: dict[str, int] | None = None):
        # the language's word lists (data/lang/<code>/places/words.yaml)
        self.articles = words.articles  # function words trimmed off a name
        self.spotter_articles = self.articles | frozenset(fold(a) for a in self.articles)
        self.clitics = words.clitics
        self.contractions = words.contractions  # « au » -> « le »: « au Havre » is Le Havre
        self.facilities = words.facilities  # kind nouns of streets and buildings ("Kestrel Road")
        self.institutions = words.institutions  # "police": "the Almelo Police Department" is named after its seat
        self.division_roles = words.division_roles  # "Gov.": "New York Gov." is the state
        self.links = words.place_links | words.genitives  # "of", « de »: "the governor of Washington"
        self.compass_words = words.compass_words  # "the North's ally": no place alone
        self.local_towns = words.local_towns  # frames of the home state's towns ("a Prattville woman")
        self.division_plurals = words.division_plurals  # "counties": "Pottawatomie and Seminole counties"
        self.natural_after = words.natural_after  # "river": "the Niger river" is the river
        self.natural_before = words.natural_before  # "lake": "Lake Kariba" is not Kariba
        self.name_links = words.name_links  # "del": "San Antonio del Tachira" is not San Antonio
        self.demonym_endings = words.demonym_endings
        self.demonyms = demonyms or {}
        self.continent_adjectives = continent_adjectives or {}  # folded "african" -> the continent's entry#
        # first words of the adjectives of more than one word ("south" of "south korean"): a word pair is looked up
        # only after one of them
        self._pair_starts = frozenset(k.split(" ", 1)[0] for k in (*self.demonyms, *self.continent_adjectives)
                                      if " " in k)
        self.gaz = gaz
        self.locatives = words.locatives  # prepositions after which a capitalised known name is taken as a place
        # names the NER called people that are places, and the cue that places a name ("near X", "the town
        # of X"): the rule the actors stage applies too
        self.person_or_place = person_or_place or PersonOrPlace(frozenset(), frozenset(), frozenset(), frozenset())
        self.strong_locatives = self.person_or_place.strong_locatives  # ... even when the NER calls it a person
        self.spotter = spotter
        self.verbs = words.metonymy_verbs
        self.stems = words.verb_stems  # catch verbs the tagger got wrong ("revendique" tagged ADJ, lemma "revendiqu")
        self.embedded_as_metonym = embedded_as_metonym
        self.party_initials = words.party_initials  # "R" in "(R-TX)": the state follows
        self.home_countries = words.home_countries  # FRA for French: « Brest » is the French town

    # --- mentions -------------------------------------------------------------------------------------------
    def mentions(self, doc: Doc, words: list[str], starts: list[int], text: str, tags: list[str]) -> list[_Mention]:
        ents = list(doc_ents(doc))
        blocked = [(e.start, e.end) for e in ents if e.label_ in BLOCK_LABELS and not self._town_called_group(e)]
        others = [(e.start, e.end) for e in ents if e.label_ not in PLACE_LABELS and e.label_ not in BLOCK_LABELS]
        spotted = self.spotter.spans(doc, words, starts, text, tags, self.spotter_articles)
        out: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        for ent in ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            ent = _trim(ent, self.articles)
            cands = candidates(self.gaz, ent.text)
            if cands and not _is_demonym(ent, cands, self.demonym_endings):
                out.append(_Mention(ent.start, ent.end, ent.text, cands, labelled=True))
                taken.append((ent.start, ent.end))
                continue
            if cands:
                continue  # a demonym
            # unknown as a whole ("Tokyo Bay area"): keep the known names inside it, unless the whole names a
            # natural feature of its own by its kind ("Lake Kariba", "the Kariba Canal")
            if self._named_by_kind(ent):
                continue
            for s, e in spotted:
                if ent.start <= s and e <= ent.end:
                    span = doc[s:e]
                    out.append(_Mention(s, e, span.text, candidates(self.gaz, span.text)))
                    taken.append((s, e))
        person_words = {t.lower_ for e in self._full_person_names(ents) for t in e}
        for s, e in spotted:
            if any(_overlaps(s, e, a, b) for a, b in taken):
                continue
            # "Paris Hilton", "Georgia Smith" are people; a lone "Tamil Nadu" mislabelled PERSON is still a place
            if any(_overlaps(s, e, a, b) and (b - a > e - s or doc[s].lower_ in person_words) for a, b in blocked):
                continue
            span = doc[s:e]
            cands = candidates(self.gaz, span.text)
            if not cands or _is_demonym(span, cands, self.demonym_endings):
                continue
            embedded = any(a <= s and e <= b and (a, b) != (s, e) for a, b in others)
            if embedded and not self.embedded_as_metonym:
                continue
            out.append(_Mention(s, e, span.text, cands, embedded=embedded))
            taken.append((s, e))
        no_place = blocked + [span for e in ents if e.label_ in _NOT_PLACE_LABELS for span in _times_in(doc, e)]
        out.extend(self._after_locatives(doc, words, starts, text, taken, blocked, no_place))
        out.extend(self._regions_after_commas(doc, words, out, taken))
        out.extend(self._party_label_states(doc, words, out, taken))
        out.extend(self._dateline_towns(doc, words, taken))
        out.extend(self._plural_divisions(doc, words, out, taken))
        out.extend(self._same_names(doc, words, ents, out, taken))
        if self.embedded_as_metonym:
            out.extend(self._seats(doc, ents, out, taken))
        out.extend(self._demonyms(doc, words, taken))
        self._fused_articles(words, out)
        self._longer_names(doc, words, out)
        out = [m for m in out if m.demonym or self._kind_after(words, m)]
        out = [m for m in out if m.demonym or (self._a_name(m.text) and not self._names_a_street(words, m.end))]
        out.sort(key=lambda m: m.start)
        return out

    def _longer_names(self, doc: Doc, words: list[str], mentions: list[_Mention]) -> None:
        """A name followed by one or two link words and capitalised words ("San Antonio del Tachira", "Cox's
        Bazar") is the longer name where the gazetteer holds a place of that very name."""
        n = len(words)
        for m in mentions:
            k = m.end
            while k < n and k - m.end < 2 and words[k].casefold() in self.name_links:
                k += 1
            if k == m.end or m.demonym:
                continue
            run = k
            while run < n and run - k < 3 and words[run][:1].isupper() and words[run].isalpha():
                run += 1
            for j in range(run, k, -1):
                longer = doc[m.start:j].text
                cands = [(e, o) for e, o in candidates(self.gaz, longer)
                         if o != ALTERNATE and key(e.name) == key(longer)]
                if cands:
                    m.end, m.text, m.cands = j, longer, cands
                    break

    def _town_called_group(self, ent: Span) -> bool:
        """A nationality or group label (NORP) on the name of a town of 5,000 people or more that is no
        adjective of a country, a continent or a region ("Smoke drifted to Ballarat" with "Ballarat" called
        NORP): the NER's slip, which keeps no place out."""
        if ent.label_ != "NORP" or fold(ent.text) in self.demonyms or fold(ent.text) in self.continent_adjectives:
            return False
        return any(o != ALTERNATE and e.feature in (CITY, CAPITAL) and not e.small
                   for v in variants(ent.text) for e, o in self.gaz.lookup(v))  # in memory: no long-tail query

    def _named_by_kind(self, ent: Span) -> bool:
        """An NER name opening with a kind of natural feature ("Lake Kariba", "Mount Lebanon") or ending with
        one ("Kariba Canal"): a feature of its own, not the place whose name it holds."""
        return len(ent) > 1 and (ent[0].lower_ in self.natural_before or ent[-1].lower_ in self.natural_after)

    def _kind_after(self, words: list[str], m: _Mention) -> bool:
        """Whether a mention stays a place given the word after it. Before a kind of natural feature in lower
        case ("the Niger river") it is the feature of that name and kind when the gazetteer knows one (its
        candidates become those), else it stays only if it names a natural feature itself ("the Mekong
        delta"): the country or the town of that name is the wrong sense."""
        if m.end >= len(words) or not words[m.end].islower():
            return True
        kind = self.natural_after.get(words[m.end])
        if kind is None:
            return True
        full = [c for c in candidates(self.gaz, f"{m.text} {kind}") if c[0].feature in NATURAL]
        if full:
            m.cands = full
            return True
        return any(c.feature in NATURAL for c, _o in m.cands)

    def _names_a_street(self, words: list[str], end: int) -> bool:
        """A capitalised noun of a street, a stream or a lake follows the name: "Riverside Drive", "Michigan
        Avenue", "the Kentucky River" name a facility of their own, not the place."""
        if end >= len(words) or not words[end][:1].isupper():
            return False
        noun = words[end].casefold()
        return self.facilities.nouns.get(noun, self.facilities.nouns.get(noun.rstrip("."))) in _NAMED_AFTER

    def _a_name(self, text: str) -> bool:
        """Whether the words of a mention other than a demonym can name a place: not all in lower case (the
        NER's "its east coast" is a common noun phrase), not a point of the compass alone ("the North's only
        ally")."""
        return any(ch.isupper() for ch in text) and text.casefold() not in self.compass_words

    def _seats(self, doc: Doc, ents: list[Span], found: list[_Mention], taken: list[tuple[int, int]]) -> list[_Mention]:
        """A place name opening an organisation named after its seat ("the Almelo Police Department",
        "Harlow Public Schools"): an institution noun of the language among the next few words, and the
        document names that place elsewhere (so "Federal" in "the Federal Court" is none). The place is
        embedded in the name (a metonym); a company's or a university's name says no seat."""
        out: list[_Mention] = []
        named = {key(m.text): m.cands for m in found if not m.demonym and not m.embedded}
        if not self.institutions or not named:
            return out
        for ent in ents:
            if ent.label_ != "ORG" or any(_overlaps(ent.start, ent.end, a, b) for a, b in taken):
                continue
            for start, end in self._seat_spans(doc, ent, _LONGEST_SEAT):
                span = doc[start:end]
                cands = named.get(key(span.text))
                if cands:
                    out.append(_Mention(start, end, span.text, cands, embedded=True))
                    taken.append((start, end))
                    break
        return out

    def _seat_spans(self, doc: Doc, ent: Span, longest: int) -> Iterator[tuple[int, int]]:
        """The token ranges that may be the seat the organisation ``ent`` is named after, longest first: its
        first words (up to ``longest`` tokens, after its article), an institution noun among the next
        ``_SEAT_GAP`` + 1 tokens of the organisation's name."""
        start = ent.start + (1 if doc[ent.start].lower_ in self.articles else 0)
        for end in range(min(ent.end - 1, start + longest), start, -1):
            after = {t.lower_ for t in doc[end:min(ent.end, end + _SEAT_GAP + 1)]}
            if after & self.institutions:
                yield start, end

    def _same_names(self, doc: Doc, words: list[str], ents: list[Span], found: list[_Mention],
                    taken: list[tuple[int, int]]) -> list[_Mention]:
        """One sense per name in a document: a name found as a place (labelled so by the NER, even by a
        spelling GeoNames lists only among another name's: "Douma"; after a locative or spotted, by a place's
        own name) is a place where it recurs alone, though the NER called it a person there or
        nothing ("Douma is surrounded ... in Douma"); not as a word of a longer name (a person, an
        organisation, capitalised words around it: "Sam Almelo", "the Almelo Rowing Club"), and not at all when the
        NER puts the name in another kind of entity somewhere ("the Xinhua news agency", "Olympic Games")."""
        folded = [w.casefold() for w in words]  # "COEUR D'ALENE" in the dateline, "Coeur d'Alene" below
        names = {tuple(folded[m.start:m.end]): m for m in found if not m.demonym and not m.embedded
                 and (m.labelled or any(o != ALTERNATE for _c, o in m.cands))}
        for name in _used_otherwise(set(names), ents, folded):
            del names[name]
        if not names:
            return []
        longest = max(len(n) for n in names)
        n = len(words)
        entity_at = _entity_at(ents)
        out: list[_Mention] = []
        covered = bytearray(n)
        for a, b in taken:
            covered[a:b] = b"\x01" * (b - a)
        for i in range(n):
            if covered[i] or not words[i][:1].isupper():
                continue
            for width in range(min(longest, n - i), 0, -1):
                seed = names.get(tuple(folded[i:i + width]))
                if seed is None:
                    continue
                j = i + width
                if any(covered[i:j]) or (width == 1 and doc[i].pos_ in COMMON_WORD_TAGS) \
                        or _inside_longer_name(doc, words, i, j, entity_at, self.articles):
                    break  # "Nice to see you" (an adjective) ... "left for Nice"
                out.append(_Mention(i, j, seed.text, seed.cands))
                taken.append((i, j))
                covered[i:j] = b"\x01" * width
                break
        return out

    def _fused_articles(self, words: list[str], mentions: list[_Mention]) -> None:
        """A name after a preposition fused with its article is the name with that article, where the
        gazetteer has it (« au Havre »: Le Havre, not Havre, Montana; « du Mans »: Le Mans)."""
        for m in mentions:
            article = self.contractions.get(words[m.start - 1].casefold()) if m.start else None
            if article is None or m.demonym:
                continue
            cands = candidates(self.gaz, f"{article} {m.text}")
            if any(o != ALTERNATE for _c, o in cands):
                m.cands = cands

    def _demonyms(self, doc: Doc, words: list[str], taken: list[tuple[int, int]]) -> list[_Mention]:
        """Adjectives of a country or a continent modifying a noun ("Russian troops", "le ministre japonais",
        "African leaders"), capitalised or not, as mentions of that place (GeoWebNews counts them as
        toponyms); a nationality noun ("the Canadians", "les Japonais") names people, a language noun ("in
        English") no place, and a continent's adjective before a country's one ethnic group ("African American";
        two countries' are two places: "Turkish-Russian relations")."""
        out: list[_Mention] = []
        i, n = 0, len(doc)
        while i < n:
            word = words[i]  # the token's text (a Token is made only for a word that names a place)
            width = 0
            idx = None
            if i + 1 < n and word[:1].isupper() and self._may_start_pair(word, words[i + 1]):
                idx = self._adjective_place(fold(word + " " + words[i + 1]))  # "South Korean"
                width = 2
            if idx is None and word.isalpha():  # spaCy's is_alpha
                idx = self._adjective_place(fold(word))
                width = 1
            if idx is None:
                i += 1
                continue
            tok = doc[i]
            if self.gaz.entries[idx].feature != COUNTRY:
                after = self._adjective_after(doc, i + width)
                if after:
                    i = after  # "African American", "Asian-American": one ethnic group, no place
                    continue
            last = doc[i + width - 1]
            # an adjective on a noun ("Russian troops"), not a nationality noun ("the Canadians", "a Dane":
            # people) nor a language ("speaks English")
            modifier = last.dep_ in _MODIFIER_DEPS and last.head.pos_ in ("NOUN", "PROPN") and last.head.i != last.i
            if last.dep_ == "conj" and last.head.i != last.i:  # "South Korean and Russian troops"
                first = last.head
                modifier = first.dep_ in _MODIFIER_DEPS and first.head.pos_ in ("NOUN", "PROPN") \
                    and first.head.i != first.i and first.head.i > last.i
            if modifier and not any(_overlaps(i, i + width, a, b) for a, b in taken) and tok.pos_ in _DEMONYM_POS:
                out.append(_Mention(i, i + width, doc[i:i + width].text, [(self.gaz.entries[idx], 0)],
                                    demonym=True))
                i += width
                continue
            i += 1
        return out

    def _full_person_names(self, ents: Iterable[Span]) -> list[Span]:
        """The NER's people named by more than one word, none of them a known place as a whole ("Georgia
        Stevens", "Paris Hilton"; not "Tamil Nadu" mislabelled)."""
        return [e for e in ents if e.label_ in PERSON_LABELS and len(e) > 1 and key(e.text) not in self.spotter.keys]

    def _adjective_after(self, doc: Doc, j: int) -> int:
        """The end of an adjective of place right after token ``j`` (or after a hyphen there), else 0."""
        if j < len(doc) and doc[j].text in HYPHENS and not doc[j - 1].whitespace_:
            j += 1
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return 0
        if j + 1 < len(doc) and self._adjective_place(fold(doc[j].text + " " + doc[j + 1].text)) is not None:
            return j + 2
        return j + 1 if self._adjective_place(fold(doc[j].text)) is not None else 0

    def _may_start_pair(self, word: str, following: str) -> bool:
        """Whether ``fold(word + " " + following)`` may be a demonym or continent adjective: ``fold`` works character
        by character, so that is ``fold(word)`` when ``following`` folds to nothing (a line break's token), else a
        key of several words whose first is ``fold(word)``'s. Spares folding a new pair string for nearly every
        word of a document."""
        head = fold(word)
        return not head or not fold(following) or head.split(" ", 1)[0] in self._pair_starts

    def _adjective_place(self, form: str) -> int | None:
        """The entry# of the country ("russian") or continent ("african") a folded adjective names."""
        code = self.demonyms.get(form)
        return self.gaz.countries.get(code) if code else self.continent_adjectives.get(form)

    def _after_locatives(self, doc: Doc, words: list[str], starts: list[int], text: str,
                         taken: list[tuple[int, int]], blocked: list[tuple[int, int]],
                         no_place: list[tuple[int, int]]) -> list[_Mention]:
        """Smaller places the NER missed, in a locative frame: "in Colchester", "à Kestrelby", "Red Oak, Iowa", "the
        Chelsea neighborhood"."""
        out: list[_Mention] = []
        n = len(words)
        covered = bytearray(n)
        for a, b in taken:
            covered[a:b] = b"\x01" * (b - a)
        person = bytearray(n)
        for a, b in blocked:
            person[a:b] = b"\x01" * (b - a)
        spaced = _spaced(words, starts, text)
        unlikely = bytearray(n)  # "in March", "in May": dates, numbers...
        for a, b in no_place:
            if (a, b) not in blocked:
                unlikely[a:b] = b"\x01" * (b - a)
        i = 0
        while i < n:
            j = capitalised_run(words, i, covered, spaced, 4, periods=False) if not covered[i] else i
            if j == i:
                i += 1
                continue
            # "in Almelo", "stops in Hilversum and Almelo"; a name the NER called a person only in a list that
            # a coordinator joins ("In Paris, Hollande said")
            prev = self.person_or_place.locative_before(words, i, self.locatives, comma_lists=not person[i]) or ""
            # "the town of Manbij" frames a place as strongly as a preposition does, and so does a suffix
            # that makes it a modifier of origin ("a Colchester-based company", "a Kestrelby-born singer")
            # ... and so does a kind of place after it ("the Chelsea neighborhood"), but not after an owner, whose
            # part it names ("Giza's Haram district"), nor after an adjective of place ("Canadian cities")
            rule = self.person_or_place
            framed = rule.framed(words, i) or (
                rule.kinded(words, j) and not (i > 0 and words[i - 1] in rule.owner_marks)
                and self._adjective_place(fold(doc[i:j].text)) is None)
            if self.person_or_place.suffixed(words, j):
                framed = True
                i = next((k for k in range(i, j - 1) if words[k].lower() not in self.articles
                          and any(o != ALTERNATE for _c, o in candidates(self.gaz, doc[k:j].text))), j - 1)
            located = bool(prev) or framed
            anchored = False  # a town of the region written after it ("Sherman, TX"), whatever the NER said
            end_char = starts[j - 1] + len(words[j - 1])
            after = text[end_char:end_char + 40]
            if after.lstrip().startswith(","):
                state, country = following_region(self.gaz, after, self.locatives, self.articles)
                anchored = self._town_of_region(doc[i:j].text, state, country)
                located = located or bool(state or country)
            if located and any(unlikely[i:j]):
                located = False
            if located and not (person[i] and prev not in self.strong_locatives and not framed and not anchored):
                span = doc[i:j]
                # found only by a place bearing it as its own name; then every bearer is a candidate, so that
                # the document's country may choose one that has it among its other names (Karak, Jordan)
                cands = candidates(self.gaz, span.text)
                if any(o != ALTERNATE for _c, o in cands) and not _is_demonym(span, cands, self.demonym_endings):
                    out.append(_Mention(i, j, span.text, cands))
                    taken.append((i, j))
            i = j
        return out

    def _town_of_region(self, name: str, state: str | None, country: str | None) -> bool:
        """Whether a town of ``state`` (US) or of ``country`` bears ``name`` as its own name: the address
        "Sherman, TX" places a name the NER called a person, which "Smith, Texas Republican" does not."""
        if state is None and country is None:
            return False
        region = ("US", state) if state else None
        for v in variants(name):
            for entry, origin in [*self.gaz.lookup(v), *self.gaz.lookup_towns(v, region)]:
                if origin != ALTERNATE and entry.feature in (CITY, CAPITAL) and (
                        entry.admin1 == state if state else entry.country == country) \
                        and fold(entry.name) == fold(name):
                    return True
        return False

    def _regions_after_commas(self, doc: Doc, words: list[str], found: list[_Mention],
                              taken: list[tuple[int, int]]) -> list[_Mention]:
        """The region or country written after a place and a comma ("Barrie, Ont.", "Moose Jaw, Sask.",
        "Raleigh, N.C."): a place of its own, whatever label the NER gave its abbreviation."""
        out: list[_Mention] = []
        n = len(words)
        for m in list(found):
            i = m.end + 1
            if i >= n or words[m.end] != "," or not words[i][:1].isupper():
                continue
            j = i + 1
            if j < n and words[j] == "." and doc[i].whitespace_ == "":
                j += 1  # the tokenizer split the abbreviation's period ("Sask" ".")
            stem = next((o for o in found if (o.start, o.end) == (i, j - 1) and j - i == 2), None)
            if any(_overlaps(i, j, a, b) for a, b in taken if stem is None or (a, b) != (i, j - 1)):
                continue
            span = doc[i:j]
            cands = [(e, o) for e, o in candidates(self.gaz, span.text)
                     if o != ALTERNATE and e.feature in (ADM1, COUNTRY)]
            if cands:
                if stem is not None:  # "Man" (a town of Côte d'Ivoire) was only the abbreviation "Man."
                    found.remove(stem)
                    taken.remove((stem.start, stem.end))
                out.append(_Mention(i, j, span.text, cands))
                taken.append((i, j))
        return out

    def _party_label_states(self, doc: Doc, words: list[str], found: list[_Mention],
                            taken: list[tuple[int, int]]) -> list[_Mention]:
        """The state of a lawmaker's party label ("Sen. Ted Cruz (R-TX)", "Rep. Jo Hale, D-Calif.,", "(I-Vt.)"):
        after a bracket or a comma, a party's initial, a hyphen with no space around it, then a US state's
        postal code, AP abbreviation or name closed by a bracket or a comma: the state, whatever the NER
        called it."""
        out: list[_Mention] = []
        if not self.party_initials:
            return out
        n = len(words)
        for i in range(1, n - 3):
            if words[i] not in self.party_initials or words[i - 1] not in ("(", ",") or words[i + 1] not in HYPHENS \
                    or doc[i].whitespace_ or doc[i + 1].whitespace_:
                continue
            j = end = i + 2
            if end + 1 < n and words[end + 1] == "." and not doc[end].whitespace_:
                end += 1  # the tokenizer split the abbreviation's period ("Vt" ".")
            end += 1
            if end >= n or words[end] not in (")", ","):
                continue
            label = doc[j:end].text
            code = label if label in self.gaz.us_states else self.gaz.state_names.get(key(label))
            if code is None:
                continue
            cands = [(self.gaz.entries[self.gaz.us_states[code]], PRIMARY)]
            same = next((m for m in found if (m.start, m.end) == (j, end)), None)
            if same is not None:
                same.cands = cands
            elif not any(_overlaps(j, end, a, b) for a, b in taken):
                out.append(_Mention(j, end, label, cands))
                taken.append((j, end))
        return out

    def _dateline_towns(self, doc: Doc, words: list[str], taken: list[tuple[int, int]]) -> list[_Mention]:
        """The town of a wire dateline in capitals, whatever its size: a line opened by a name in capitals
        closed by a dash or by a full stop and a dash ("TULLE -", « BAR-LE-DUC. _ », « BESANÇON._ »: French
        regional copy writes the dash as "_"); the NER leaves such lines unlabelled, and the spotter takes only
        big towns by themselves. Towns of the spotter's size, and datelines with an agency or a region before
        the dash, are left to the spotter, the NER and the rules of regions after a comma (the events stage
        reads those datelines as it always did). The biggest town of the name, unless the document says
        otherwise (``_standalone_dateline``)."""
        out: list[_Mention] = []
        n = len(words)
        marks = DATELINE_DASHES | _DATELINE_UNDERSCORE
        for k in range(n):
            if k > 0 and "\n" not in words[k - 1]:
                continue  # (a line break is a token of its own: spaCy's whitespace after a word is one space at most)
            end = k
            while end < n and end - k < 3 and _capitals_word(words[end]):
                end += 1
            if end == k or end >= n or not in_capitals(doc[k:end].text):
                continue
            closed = words[end] in marks or (words[end] == "." and end + 1 < n and words[end + 1] in marks)
            if not closed or key(doc[k:end].text) in self.spotter.keys \
                    or any(_overlaps(k, end, a, b) for a, b in taken):
                continue
            towns = [(e, o) for e, o in candidates(self.gaz, doc[k:end].text) if e.feature in (CITY, CAPITAL)]
            if towns:
                out.append(_Mention(k, end, doc[k:end].text, towns))
                taken.append((k, end))
        return out

    def _plural_divisions(self, doc: Doc, words: list[str], found: list[_Mention],
                          taken: list[tuple[int, int]]) -> list[_Mention]:
        """The names of a list closed by a plural kind of division are divisions of that kind
        ("Pottawatomie and Seminole counties": Pottawatomie County, Seminole County), whatever else they
        were found as (Seminole, the town)."""
        out: list[_Mention] = []
        if not self.division_plurals:
            return out
        by_span = {(m.start, m.end): m for m in found}
        for i, j, full in plural_division_names(words, self.division_plurals, self.person_or_place.coordinators):
            cands = [(e, o) for e, o in candidates(self.gaz, full) if e.feature == ADM2]
            if not cands:
                continue
            if (i, j) in by_span:
                by_span[(i, j)].cands = cands
                by_span[(i, j)].by_kind = True
            elif not any(_overlaps(i, j, a, b) for a, b in taken):
                out.append(_Mention(i, j, doc[i:j].text, cands, by_kind=True))
                taken.append((i, j))
        return out

    def _home_towns(self, doc: Doc, words: list[str], spaced: list[bool], mentions: list[_Mention],
                    home: str) -> list[_Mention]:
        """Bare names of towns of the document's home state where a local paper names them (see ``_local``),
        whatever the NER called them: not inside a longer entity, a time or a number."""
        n = len(words)
        covered = bytearray(n)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        ents = list(doc_ents(doc))
        entity_at = _entity_at(ents)
        ends = {m.end for m in mentions if m.entry is not None and not m.demonym}
        locatives = self.locatives | self.strong_locatives
        for m in mentions:  # found already, but perhaps as a person's name too ("as far as Fort Wayne")
            e = m.entry
            if e is not None and e.country == "USA" and e.admin1 == home and e.feature in (CITY, CAPITAL) \
                    and local_frame(words, m.start, m.end, ends, self.local_towns, locatives, self.person_or_place):
                m.local = True
        out = self._home_seats(doc, ents, home, covered)
        i = 0
        while i < n:
            if covered[i] or not words[i][:1].isupper() or words[i].casefold() in self.articles \
                    or words[i].casefold() in self.local_towns.determiners:
                i += 1
                continue
            j = capitalised_run(words, i, covered, spaced)
            if j == i:
                i += 1
                continue
            for k in range(j, i, -1):  # the longest name of a home town the run begins with ("Wilkes-Barre City")
                if words[k - 1] in HYPHENS:
                    continue
                towns = self._home_town_at(doc, words, i, k, entity_at, ends, locatives, home)
                if towns:
                    out.append(_Mention(i, k, doc[i:k].text, towns, entry=towns[0][0], local=True))
                    ends.add(k)
                    j = k
                    break
            i = j
        return out

    def _home_town_at(self, doc: Doc, words: list[str], i: int, j: int, entity_at: dict[int, Span], ends: set[int],
                      locatives: frozenset[str], home: str) -> list[tuple[Entry, int]]:
        """The home state's towns named by tokens ``[i, j)`` where a local frame places them and no entity of
        the NER reaches outside them (but for its article: "the Muscle Shoals" called an organisation) or
        calls them a time or a number; else none."""
        for t in range(i, j):
            e = entity_at.get(t)
            if e is not None and (e.end > j or e.label_ in _NOT_PLACE_LABELS or (
                    e.start < i and not (e.start == i - 1 and words[i - 1].casefold() in self.articles))):
                return []
        if not local_frame(words, i, j, ends, self.local_towns, locatives, self.person_or_place):
            return []
        return home_towns(self.gaz, doc[i:j].text, home)

    def _home_seats(self, doc: Doc, ents: list[Span], home: str, covered: bytearray) -> list[_Mention]:
        """A town of the home state opening an organisation named after its seat ("The Wilkes-Barre City
        Council", "the Springfield Board of Education"): an institution noun among the next few words, as in
        ``_seats``, but without the town named elsewhere. Embedded in the name, so a metonym."""
        out: list[_Mention] = []
        for ent in ents:
            if ent.label_ != "ORG" or any(covered[ent.start:ent.end]):
                continue
            # + 2: room for the hyphens of a name ("Wilkes-Barre")
            for start, end in self._seat_spans(doc, ent, _LONGEST_SEAT + 2):
                towns = home_towns(self.gaz, doc[start:end].text, home)
                if towns:
                    out.append(_Mention(start, end, doc[start:end].text, towns, embedded=True, entry=towns[0][0],
                                        local=True))
                    covered[start:end] = b"\x01" * (end - start)
                    break
        return out

    # --- resolution -----------------------------------------------------------------------------------------
    def resolve(self, doc: Doc, mentions: list[_Mention], actor_countries: list[str],
                words: list[str] | None = None) -> tuple[set[str], str | None]:
        """Choose each mention's place, twice: alone, then with what the other mentions say of the document.
        Returns the keys of the names the text anchors with a region ("Paris, Texas") and the document's home
        state (see ``_local``)."""
        hints = DocHints(language_countries=self.home_countries)
        for actor_country in actor_countries:
            hints.people[actor_country] += 1
        if self.demonyms and words:
            for i, w in enumerate(words):
                code = self.demonyms.get(fold(w))
                if code is None and i + 1 < len(words) and self._may_start_pair(w, words[i + 1]):
                    code = self.demonyms.get(fold(w + " " + words[i + 1]))
                if code:
                    hints.countries[code] += 1
        explicit: dict[int, tuple[str | None, str | None]] = {}
        departments: dict[int, Entry] = {}  # mentions followed by their department in parentheses
        own: dict[str, DocHints] = {}  # what the mentions of one name added: not evidence for themselves
        regions: dict[int, list[Region]] = {}  # every reading of the region written after a name
        text = doc_text(doc)
        for i, m in enumerate(mentions):
            end_char = doc[m.end - 1].idx + len(doc[m.end - 1].text)
            readings, region_end = region_readings(self.gaz, text[end_char:end_char + 40], self.locatives,
                                                   self.articles)
            if readings and region_in_list(self.gaz, text[end_char + region_end:end_char + region_end + 40],
                                           self.person_or_place.coordinators):
                readings = []  # "Saipan, Guam, Alaska and Hawaii": a list, no town and its region
            state, country = (readings[0].state, readings[0].country) if readings else (None, None)
            department = department_in_parentheses(self.gaz, text[end_char:end_char + 48])
            if department is not None and not (state or country):
                country, departments[i] = department.country, department
            if state or country:
                explicit[i] = (state, country)
            if readings:
                regions[i] = readings
            entry, margin = choose(m.cands, None, state, country)
            entry = _contained(entry, regions.get(i), m.text)
            m.entry, m.margin = entry, margin
            if entry is None:
                continue
            if entry.feature == ADM1 and entry.country:
                hints.divisions_read.add(entry.country)
            if entry.feature == COUNTRY or (margin >= 2.0 and entry.feature != CONTINENT):
                mine = own.setdefault(key(m.text), DocHints())
                if entry.country:
                    hints.countries[entry.country] += 1
                    mine.countries[entry.country] += 1
                if entry.country == "USA" and entry.admin1:
                    hints.states[entry.admin1] += 1
                    mine.states[entry.admin1] += 1
                elif entry.country and entry.admin1 and entry.feature in (CITY, CAPITAL):
                    hints.divisions[(entry.country, entry.admin1)] += 1
                    mine.divisions[(entry.country, entry.admin1)] += 1
        # an AP dateline's state ("JACKSON, Miss. (AP)") counts twice: the story is told from there
        dateline = explicit.get(0, (None, None))[0] if mentions and mentions[0].start == 0 else None
        extra = Counter([dateline] if dateline else []) + self._states_read_as_countries(mentions)
        hints.home = home_state(Counter(state for mine in own.values() for state in mine.states) + extra)
        self._unsure_towns(mentions, hints, own, explicit)
        country = home_state(Counter(code for mine in own.values() for code in mine.countries))
        hints.country = country if country != "USA" else None  # the US: its home state says more
        self._people_of_the_home_state(mentions, hints)
        fixed = self._choose_all(mentions, hints, own, explicit, regions)
        # the home state again from what the document's names now resolve to (a "Paris" first read as France
        # counts for Texas once "PARIS, Texas" and "Lamar County" weigh in)
        settled = {(key(m.text), m.entry.admin1) for i, m in enumerate(mentions)
                   if m.entry is not None and not m.demonym and m.entry.country == "USA" and m.entry.admin1
                   and (i in explicit or m.margin >= 2.0 or m.entry.feature == ADM1)}
        home = home_state(Counter(state for _name, state in settled) + extra)  # names, not mentions
        if home is None and hints.home is None:
            home = self._only_state_named(mentions)
        if home is None and hints.home is None and not any(
                m.entry is not None and m.entry.feature in (ADM1, COUNTRY) and m.entry.country != "USA"
                or (m.entry is not None and m.entry.feature == ADM1) for m in mentions):
            # a local paper that never names its state, nor any other state or country: by the names of
            # towns and counties alone (not "Indiana", "England", "Washington", which name more)
            home = clustered_state(self.gaz, [m.text for m in mentions if not m.demonym and m.cands and all(
                e.feature in (CITY, CAPITAL, ADM2) for e, o in m.cands if o != ALTERNATE)])
        if home is not None and home != hints.home:
            hints.home = home
            self._people_of_the_home_state(mentions, hints)
            fixed = self._choose_all(mentions, hints, own, explicit, regions)
        self._towns_in_departments(mentions, departments, fixed)
        for m in mentions:  # one sense per document for a name anchored once ("Paris, Texas" ... "Paris")
            k = key(m.text)
            if k in fixed and any(e is fixed[k] for e, _o in m.cands):
                m.entry = fixed[k]
        self._standalone_dateline(doc, mentions, explicit, hints.home)
        if words:
            unanchored = [m for i, m in enumerate(mentions) if i not in explicit]
            self._lists_share_their_kind(unanchored, words)
            self._divisions_by_their_roles(unanchored, words)
        self._regions_as_anchors(mentions, explicit)
        self._counties_by_bare_name(mentions, fixed)
        self._drop_unsupported_towns(doc, mentions, hints, own, fixed)
        self._towns_beside_others(mentions, explicit, fixed, hints.home)
        return set(fixed), hints.home

    def _towns_beside_others(self, mentions: list[_Mention], explicit: dict[int, tuple[str | None, str | None]],
                             fixed: dict[str, Entry], home: str | None) -> None:
        """A town whose name others bear, read without a sure reading and lying near none of the towns and
        counties the document names, is the namesake that lies beside one of them (within ``_BESIDE_KM``):
        "Chelsea" in a story told from New York is the neighbourhood there (GeoNames' Chelsea, N.Y.), not Chelsea,
        London; "Cambridge" beside "Boston" and "Somerville" is Massachusetts'. The namesakes are the name's
        candidates and the towns of the long tail in the states of those towns. A name anchored with its region
        keeps it; so does a capital, a city of a million people named by its own name (Paris in a Kentucky
        paper's world news) or a city that ``shadows`` the namesake (Nashville, Tennessee beside Bloomington,
        Indiana), and a town of a region the document names for sure otherwise (its home state, a state or
        country named, a sure town there: Huntington, West Virginia in West Virginia news)."""
        chosen = [(key(m.text), m.entry) for m in mentions
                  if m.entry is not None and not m.demonym and m.entry.feature in _NEIGHBOURS
                  and m.entry.lat is not None and m.entry.lon is not None]
        sure = [(key(m.text), m.entry) for i, m in enumerate(mentions)
                if m.entry is not None and not m.demonym
                and (m.entry.feature in (ADM1, COUNTRY) or m.margin >= _SURE_MARGIN or i in explicit)]
        for i, m in enumerate(mentions):
            e, name = m.entry, key(m.text)
            if e is None or m.demonym or i in explicit or name in fixed or m.margin >= _SURE_MARGIN \
                    or e.feature != CITY or _world_city(e, m.cands):
                continue
            others = [o for k, o in chosen if k != name]
            if not others or _beside(e, others) or (e.country == "USA" and e.admin1 == home) \
                    or any(k != name and _same_region(o, e) for k, o in sure):
                continue
            states = {o.admin1 for o in others if o.country == "USA" and o.admin1}
            namesakes = [c for c, origin in m.cands + towns_in_context(self.gaz, m.text, m.cands, states)
                         if origin != ALTERNATE and c.feature in (CITY, CAPITAL) and fold(c.name) == fold(m.text)
                         and _beside(c, others) and not shadows(e, c)]
            if namesakes:
                m.entry = max(namesakes, key=lambda c: c.population)

    def _unsure_towns(self, mentions: list[_Mention], hints: DocHints, own: dict[str, DocHints],
                      explicit: dict[int, tuple[str | None, str | None]]) -> None:
        """A town outside the US read for sure only because its namesakes are too small for the in-memory
        gazetteer, though not much smaller (Keswick, Ontario of 21,000 people over Keswick, Cumbria of 4,700,
        a tenth of its size or more), and not anchored by its region, is no evidence of the country the
        document is about: what it added to ``hints`` is taken back (not Sunderland, England over Sunderland,
        Massachusetts)."""
        anchored = {key(mentions[i].text) for i in explicit}
        for m in mentions:
            name, e = key(m.text), m.entry
            mine = own.get(name)
            if mine is None or e is None or e.feature not in (CITY, CAPITAL) or e.country == "USA" \
                    or name in anchored:
                continue
            if any(t.country != e.country and o != ALTERNATE and fold(t.name) == fold(m.text)
                   and t.population * _NAMESAKE_SHARE >= e.population
                   for v in variants(m.text) for t, o in self.gaz.lookup_towns(v)):
                hints.countries -= mine.countries
                hints.divisions -= mine.divisions
                del own[name]

    @staticmethod
    def _towns_in_departments(mentions: list[_Mention], departments: dict[int, Entry],
                              fixed: dict[str, Entry]) -> None:
        """« Givors (Rhône) »: the town is the one of that name in the department (anchored, like "Paris,
        Texas"), and the name in parentheses the department, though a river bears it too."""
        by_start = {m.start: m for m in mentions}
        for i, department in departments.items():
            m = mentions[i]
            near = in_department(m.cands, department)
            if near:
                m.entry = choose(near)[0]
                if m.entry is not None:
                    fixed[key(m.text)] = m.entry
            inside = by_start.get(m.end + 1)  # the mention after the opening parenthesis
            if inside is not None and key(inside.text) == key(department.name):
                inside.cands = [*inside.cands, (department, PRIMARY)]
                inside.entry, inside.margin = department, 99.0

    @staticmethod
    def _only_state_named(mentions: list[_Mention]) -> str | None:
        """A short local story may name its state once ("Florida officials warned towns like Clewiston"): the
        one US state the document names is its home when it names no other state, no district, and no place
        abroad (a national or world story names more)."""
        states = set()
        for m in mentions:
            e = m.entry
            if e is None or m.demonym:
                continue
            if e.country not in ("USA", None) or (e.country == "USA" and e.feature == ADM1 and not e.admin1):
                return None
            if e.feature == ADM1 or e.admin1 == "DC":
                states.add(e.admin1)
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _people_of_the_home_state(mentions: list[_Mention], hints: DocHints) -> None:
        """The people the actors stage gave the country that bears the home state's name ("Georgia fans" in
        Georgia news) are the state's: no evidence for that country."""
        if hints.home is None:
            return
        for m in mentions:
            if any(e.feature == ADM1 and e.country == "USA" and e.admin1 == hints.home for e, _o in m.cands):
                for e, _o in m.cands:
                    if e.feature == COUNTRY and e.country:
                        hints.people.pop(e.country, None)

    @staticmethod
    def _states_read_as_countries(mentions: list[_Mention]) -> Counter:
        """US states first read as the country of their name ("Georgia"), each counted once as named when at
        least two other names of the document are towns or counties that state has ("Athens", "Clarke
        County"), and counted twice (the state, and its places): containment, which a story of the Caucasus
        naming "Tbilisi" and "Batumi" lacks."""
        out: Counter = Counter()
        for name in {key(m.text) for m in mentions if m.entry is not None and m.entry.feature == COUNTRY}:
            states = {e.admin1 for m in mentions if key(m.text) == name for e, o in m.cands
                      if e.feature == ADM1 and e.country == "USA" and o != ALTERNATE and e.admin1}
            for state in states:
                inside = {key(m.text) for m in mentions if key(m.text) != name and not m.demonym and any(
                    e.country == "USA" and e.admin1 == state and e.feature in (CITY, CAPITAL, ADM2)
                    and o != ALTERNATE for e, o in m.cands)}
                if len(inside) >= 2:
                    out[state] += 2  # the state named, and named again by its own places
        return out

    @staticmethod
    def _standalone_dateline(doc: Doc, mentions: list[_Mention], explicit: dict[int, tuple[str | None, str | None]],
                             home: str | None) -> None:
        """A wire dateline town named alone ("GENEVA (Reuters) -", "PARIS -"): wire style writes a town alone
        only when it is the one every reader knows (AP's stand-alone datelines; others carry their state or
        country, "JACKSON, Miss."), so the biggest town of that name, here and wherever the text repeats it.
        Not in a local paper with a home state, whose own town may open its stories alone, nor where the story
        names a first-level division of a country with a town of that name."""
        if not mentions or 0 in explicit or home is not None:
            return
        first = mentions[0]
        if not in_capitals(first.text):
            return
        line = 0 if first.start == 0 else first.start if "\n" in doc[first.start - 1].text else None
        words = [t.text for t in doc[:first.start + MAX_DATELINE + 1]]
        if line is None or dateline_end(words, line) is None:
            return
        towns = [e for e, o in first.cands if e.feature in (CITY, CAPITAL) and o != ALTERNATE]
        divided = {m.entry.country for m in mentions if m.entry is not None and m.entry.feature == ADM1}
        if not towns or any(e.country in divided for e in towns):
            return  # ("VICTORIA - ... under British Columbia's Act": a town of a country whose division is named)
        biggest = max(towns, key=lambda e: e.population)
        for m in mentions:
            if key(m.text) == key(first.text) and any(e is biggest for e, _o in m.cands):
                m.entry = biggest

    def _choose_all(self, mentions: list[_Mention], hints: DocHints, own: dict[str, DocHints],
                    explicit: dict[int, tuple[str | None, str | None]],
                    regions: dict[int, list[Region]]) -> dict[str, Entry]:
        """Each mention's place with what the other mentions say of the document (not what the mentions of
        its own name added); towns of the long tail in the states named or the home state become candidates.
        A town written with its region lies in one of that region's ``regions`` readings, or is no place.
        Returns the places of the names anchored with a region, by name key."""
        fixed: dict[str, Entry] = {}
        states = set(hints.states) | ({hints.home} if hints.home else set())
        for i, m in enumerate(mentions):
            state, country = explicit.get(i, (None, None))
            if not m.demonym:  # towns of the long tail where the document or the name's region points at them
                m.cands = m.cands + towns_in_context(self.gaz, m.text, m.cands, {state} if state else states,
                                                     country, None if state else hints.country)
            added = own.get(key(m.text))
            if added is None:
                m.entry, m.margin = choose(m.cands, hints, state, country)
            else:
                others = DocHints(hints.countries - added.countries, hints.states - added.states,
                                  hints.divisions - added.divisions, hints.home, hints.country, hints.people,
                                  language_countries=hints.language_countries, divisions_read=hints.divisions_read)
                m.entry, m.margin = choose(m.cands, others, state, country)
            m.entry = _contained(m.entry, regions.get(i), m.text)
            if i in explicit and m.entry is not None:
                fixed[key(m.text)] = m.entry
        return fixed

    def _divisions_by_their_roles(self, mentions: list[_Mention], words: list[str]) -> None:
        """A name with a role of a first-level division beside it is that division, where it has that sense:
        the role right after the name ("New York Gov.") or before it with a link ("the governor of
        Washington", « le gouverneur de New York »)."""
        if not self.division_roles:
            return
        for m in mentions:
            if m.entry is None or m.entry.feature == ADM1 or m.demonym:
                continue
            after = m.end < len(words) and words[m.end].casefold() in self.division_roles
            before = m.start > 1 and words[m.start - 1].casefold() in self.links \
                and words[m.start - 2].casefold() in self.division_roles
            division = [(e, o) for e, o in m.cands if e.feature == ADM1]
            if (after or before) and division:
                m.entry = choose(division)[0]

    def _lists_share_their_kind(self, mentions: list[_Mention], words: list[str]) -> None:
        """The names of a list share their kind: a name among first-level divisions is the division of their
        country bearing it ("Alabama and Georgia": the US state), among countries the country ("Georgia and
        Armenia"), when it has such a sense and the list's other names are mostly of that kind. A list: names
        joined by commas, articles and the language's coordinators, one coordinator at least ("California,
        Oregon or Washington"); a comma alone anchors a town in its region ("Athens, Georgia"), and a name
        anchored so, or carrying its region ("Washington, D.C."), keeps its sense."""
        coordinators = self.person_or_place.coordinators
        joiners = coordinators | self.articles | {","}
        named = sorted((m for m in mentions if m.entry is not None and not m.demonym and not m.embedded),
                       key=lambda m: m.start)
        lists: list[list[_Mention]] = []
        linked = False
        for prev, m in zip([None, *named], named, strict=False):
            gap = words[prev.end:m.start] if prev is not None else []
            if prev is None or not gap or any(w.casefold() not in joiners for w in gap):
                if lists and not linked:
                    lists.pop()  # no coordinator: no list
                lists.append([m])
                linked = False
                continue
            lists[-1].append(m)
            linked = linked or any(w.casefold() in coordinators for w in gap)
        if lists and not linked:
            lists.pop()
        for members in lists:
            kinds = Counter((m.entry.feature, m.entry.country if m.entry.feature == ADM1 else None)
                            for m in members if m.entry is not None and m.entry.feature in (ADM1, COUNTRY))
            for m in members:
                assert m.entry is not None
                if "," in m.text:
                    continue  # a name that carries its region ("Washington, D.C.") keeps it
                own = (m.entry.feature, m.entry.country if m.entry.feature == ADM1 else None)
                others = kinds - Counter([own])  # the kinds of the list's other names
                for (feature, country), votes in others.most_common():
                    if votes <= others[own]:
                        break
                    same = [e for e, _o in m.cands if e.feature == feature and country in (None, e.country)]
                    if same:
                        m.entry = same[0]
                        break

    @staticmethod
    def _regions_as_anchors(mentions: list[_Mention], explicit: dict[int, tuple[str | None, str | None]]) -> None:
        """The region that anchors a town ("Athens, Georgia", "Paris, Texas") is the region the town was
        placed in, not another sense of its name (Georgia the country)."""
        by_start = {m.start: m for m in mentions}
        for i, (state, country) in explicit.items():
            region = by_start.get(mentions[i].end + 1)
            if region is None or state is None:
                continue
            anchored = [(e, o) for e, o in region.cands if e.feature == ADM1 and e.country == country
                        and e.admin1 == state]
            if anchored:
                region.entry = anchored[0][0]

    @staticmethod
    def _counties_by_bare_name(mentions: list[_Mention], fixed: dict[str, Entry]) -> None:
        """A second-level division named in full ("Suffolk County") is what its bare name ("Suffolk") means
        later in the document, unless a town of that name lies in the division's state (then that town) or
        the name's own sense is a capital, a country, a state or a continent ("Washington")."""
        counties: dict[str, Entry] = {}
        for m in mentions:
            e = m.entry
            if e is not None and e.feature == ADM2 and e.population and key(m.text) == key(e.name):
                words = key(e.name).split()
                for bare in (words[1:], words[:-1]):
                    if bare:
                        counties.setdefault(" ".join(bare), e)
        if not counties:
            return
        for m in mentions:
            k = key(m.text)
            county = counties.get(k)
            if county is None or k in fixed or m.entry is county or m.demonym or (
                    m.entry is not None and m.entry.feature in (CAPITAL, COUNTRY, ADM1, CONTINENT)):
                continue
            same_state = [(e, o) for e, o in m.cands if e.feature in (CITY, CAPITAL)
                          and e.country == county.country and e.admin1 == county.admin1]
            m.entry = choose(same_state)[0] if same_state else county

    @staticmethod
    def _drop_unsupported_towns(doc: Doc, mentions: list[_Mention], hints: DocHints,
                                own: dict[str, DocHints], fixed: dict[str, Entry]) -> None:
        """A small town (the on-disk long tail) is a place only where the text contains it: named with
        its region ("Red Oak, Iowa"), in a document that names its US state, in a sentence that names its
        country, or in a document about its country (``DocHints.country``); otherwise the name is more likely
        a word, a person or a business."""
        split = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")

        def sentence(token: int) -> int:
            return doc[token].sent.start if split else 0

        country_sents: dict[str, set[int]] = {}
        for m in mentions:
            if m.entry is not None and m.entry.feature == COUNTRY and m.entry.country:
                country_sents.setdefault(m.entry.country, set()).add(sentence(m.start))
        for m in mentions:
            e = m.entry
            if e is None or not e.small or fixed.get(key(m.text)) is e:
                continue
            mine = own.get(key(m.text), DocHints())
            state_named = e.country == "USA" and e.admin1 and (
                hints.states[e.admin1] - mine.states[e.admin1] > 0 or e.admin1 == hints.home)
            country_near = e.country != "USA" and (
                sentence(m.start) in country_sents.get(e.country or "", ()) or e.country == hints.country)
            if not (state_named or country_near):
                m.entry = None

    # --- metonymy -------------------------------------------------------------------------------------------
    def is_metonym(self, span: Span, feature: str = "") -> bool:
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        dep = tok.dep_.lower()
        head = tok.head
        if dep in ("nsubj", "nsubj:outer") and head.lemma_.casefold() in self.verbs:
            return True
        if dep in ("nsubj", "nsubj:outer") and head.pos_ == "VERB" and feature in _AGENT_FEATURES \
                and not any(c.dep_ in ("auxpass", "aux:pass", "cop") for c in head.children):
            return True  # a state or capital that acts ("Russia expelled...", "Le Japon a envoyé...") is an actor
        if head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if any(child.lower_ in ("selon", "d'après", "d’après") for child in tok.children) \
                or head.lower_ == "selon":
            return True
        # the parse may miss it ("l'île que Pékin revendique"): a bare name right before such a verb
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
            return False
        if any(child.dep_ == "case" for child in tok.children):
            return False
        for nxt in doc[span.end: span.end + 6]:
            if nxt.pos_ == "VERB" or (self.stems and nxt.lower_.startswith(self.stems)):
                return nxt.lemma_.casefold() in self.verbs or bool(self.stems and nxt.lower_.startswith(self.stems))
            if nxt.pos_ in ("CCONJ", "PROPN") or nxt.text == ",":
                continue  # "Paris et Berlin ont signé"
            if nxt.pos_ not in ("AUX", "ADV", "PART", "PRON") and nxt.lower_ not in self.clitics:
                return False
        return False

    def find(self, doc: Doc, actors=None) -> list[Place]:
        text = doc_text(doc)  # Doc.text and Token objects are rebuilt on each access: read them once
        # the tokens' texts, offsets and coarse tags from one array (a Token object per word costs more)
        pos_names = POS_NAMES
        columns = doc.to_array([IDX, POS]).tolist() if len(doc) else []
        words = doc_words(doc)
        starts = [idx for idx, _pos in columns]
        tags = [pos_names[pos] for _idx, pos in columns]
        mentions = self.mentions(doc, words, starts, text, tags)
        if not mentions:
            return []
        actor_countries: list[str] = []
        org_spans: list[tuple[int, int]] = []  # organisations and people, by character offsets
        bare_persons: dict[tuple[int, int], str | None] = {}  # "people" known by a bare name, no role: country
        sole_names: set[tuple[int, int]] = set()  # ... and named by that name alone ("Aleppo", not "Sam Aleppo")
        gov_spans: dict[tuple[int, int], str | None] = {}  # a government named by its seat: its country
        if actors is not None:
            for actor in getattr(actors, "actors", ()):
                if actor.country and not actor.igo and len(actor.country) == 3:
                    actor_countries.append(actor.country)
                for mention in actor.mentions:
                    if actor.kind in ("organization", "person"):
                        org_spans.append((mention.start, mention.end))
                        if actor.kind == "person" and actor.role is None:
                            bare_persons[(mention.start, mention.end)] = actor.country
                            if key(actor.name) == key(mention.text):
                                sole_names.add((mention.start, mention.end))  # never named in full
                    elif actor.kind in ("country", "group") and "GOV" in (actor.sector or ()):
                        gov_spans[(mention.start, mention.end)] = actor.country
        anchored, home = self.resolve(doc, mentions, actor_countries, words)
        if home is not None:
            mentions = [m for m in mentions if not self._foreign_town_of_a_kind(words, m)]
            mentions = mentions + self._home_towns(doc, words, _spaced(words, starts, text), mentions, home)
        # names the text itself places somewhere: after a strong locative ("in Aleppo", "near Edmonton") or a
        # kind of place ("the city of Douma"), as its object ("at Zara's headquarters" places the headquarters)
        rule = self.person_or_place
        placed = {key(m.text) for m in mentions
                  if m.entry is not None and not m.demonym and rule.placed(words, m.start, m.end)}
        called_place: set[str] = set()  # read for the bare persons only: worked out when there are some
        if bare_persons:
            # ... or that the NER itself calls a place somewhere: one sense per name in a document
            labelled = {tuple(words[m.start:m.end]): key(m.text) for m in mentions
                        if m.labelled and m.entry is not None and not m.demonym}
            other_senses = _used_otherwise(set(labelled), doc_ents(doc), words)
            called_place = placed | {k for n, k in labelled.items() if n not in other_senses}
            # ... or after any locative ("to Edmonton", « pour Edmonton ») when a place of that name is as big
            # as those that overrule a person on one cue
            called_place |= {key(m.text) for m in mentions if m.entry is not None and not m.demonym
                             and rule.located(words, m.start, m.end, self.locatives)
                             and max(c.population for c, _o in m.cands) >= rule.min_population}
        # the words of the people named in full ("Georgia Stevens", "Brooke Henderson")
        person_parts = {key(t.text) for e in self._full_person_names(doc_ents(doc)) for t in e if t.text.istitle()}
        places: list[Place] = []
        kept: list[Located] = []  # the names kept as places, for the facilities they contain
        for m in mentions:
            e = m.entry
            if e is None:
                continue
            span = doc[m.start:m.end]
            start, end = span.start_char, span.end_char
            if not m.demonym and m.end - m.start == 1 and not (m.end < len(words) and words[m.end].istitle()) \
                    and rule.part_of_a_person(key(m.text), person_parts, placed | anchored):
                continue  # "Georgia Stevens ... Georgia said": the person (not "Harlow" in "Harlow Fire")
            # a town of the home state named where a local paper names its towns, unless a person of another country
            # ... or a town written with its region after a comma ("Sherman, TX": a person "Sherman" would be
            # named so only in full)
            local = (m.local or m.by_kind or (key(m.text) in anchored and e.feature in (CITY, CAPITAL))) \
                and bare_persons.get((start, end), e.country) in (None, e.country)
            if (start, end) in org_spans and not local and not ((start, end) in bare_persons and rule.bare_person(
                    e.feature, _same_country(bare_persons[(start, end)], e, m.cands), (start, end) in sole_names,
                    key(m.text) in called_place, m.start > 0 and words[m.start - 1].casefold() in self.articles)):
                continue  # the actors stage says this very span is an organisation or a person
            # (a wire dateline's town, "LIMA - Nurses marched on Friday", is where the story is told from,
            # whatever the parse or the tagger's longer entity makes of it: never a government)
            metonym = not _opens_dateline(words, m.start) and (
                m.embedded
                or (e.feature in _METONYM_FEATURES and self.is_metonym(span, e.feature))
                or ((start, end) in gov_spans and e.feature in (CAPITAL, CITY) and not (
                    key(m.text) in anchored and gov_spans[(start, end)] not in (None, e.country))))
            # (a town the text anchors in another country than the government's, "London, en Ontario", is a town)
            places.append(Place(start=start, end=end, text=span.text, name=e.name, country=e.country, lat=e.lat,
                                lon=e.lon, geonameid=e.geonameid, feature=e.feature, metonym=metonym or m.demonym,
                                kind="demonym" if m.demonym else None))
            if not m.demonym:
                kept.append(Located(m.start, m.end, e))
        places += self._facilities(doc, words, mentions, kept)
        places.sort(key=lambda p: p.start)
        return places

    def _foreign_town_of_a_kind(self, words: list[str], m: _Mention) -> bool:
        """In US local news, a name ending with a kind noun of a facility ("the White River", "Silver Lake") that
        only a town abroad bears (White River, South Africa) is that facility, found as such (see ``_facilities``)."""
        e = m.entry
        return e is not None and not m.demonym and m.end - m.start > 1 and e.feature in (CITY, CAPITAL) \
            and e.country != "USA" and words[m.end - 1][:1].isupper() \
            and words[m.end - 1].casefold() in self.facilities.nouns \
            and not any(c.country == "USA" for c, _o in m.cands)

    def _facilities(self, doc: Doc, words: list[str], mentions: list[_Mention], kept: list[Located]) -> list[Place]:
        """Streets, buildings and grounds named by their kind noun, at the place that contains them (see
        ``_facilities``); whatever the actors stage made of the name, it is also a place."""
        out: list[Place] = []
        taken = [(m.start, m.end) for m in mentions]
        facilities = facility_spans(doc, words, self.facilities, self.articles, taken)
        if not facilities:
            return out
        places = Containers.of(kept, words)  # once per document, for all its facilities
        for fac in facilities:
            entry = container(fac, words, places, self.locatives, self.person_or_place.owner_marks)
            if entry is None or entry.lat is None:
                continue
            span = doc[fac.start:fac.end]
            out.append(Place(start=span.start_char, end=span.end_char, text=span.text, name=span.text,
                             country=entry.country, lat=entry.lat, lon=entry.lon, geonameid=None, feature=fac.feature,
                             metonym=self.is_metonym(span, fac.feature)))
        return out
