"""Veille's own word lists for places: per language in ``data/lang/<code>/places/words.yaml`` (read through
``veille.languages``), and the demonyms of ``data/places/demonyms.tsv``; loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from veille import languages


@dataclass(frozen=True, slots=True)
class FacilityWords:
    """Kind nouns of streets, buildings and grounds (``facilities`` in ``places/words.yaml``)."""

    nouns: dict[str, str] = field(default_factory=dict)  # lower-case kind noun -> GeoNames feature code
    head_first: bool = False  # « rue Kessler » (French) rather than "Kessler Road" (English)
    after: frozenset[str] = frozenset()  # words that may follow the kind noun inside the name ("Street West")
    links: frozenset[str] = frozenset()  # words that may join the kind noun to the name (« rue de la Paix »)
    ordinal_suffixes: tuple[str, ...] = ()  # endings of a street's ordinal after its digits ("14th", "22nd")
    lower_case: frozenset[str] = frozenset()  # kind nouns that name one in lower case too ("Mitiga airport")
    first: frozenset[str] = frozenset()  # kind nouns that open the name in a head-last language ("Lake Texoma")


@dataclass(frozen=True, slots=True)
class LocalTownWords:
    """Frames that make a bare name a town of the document's home state (``local_towns`` in
    ``places/words.yaml``): words before it ("west of Shawnee"), or a determiner before it and a noun after it
    ("a Prattville woman")."""

    before: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """One language's word lists for places (``data/lang/<code>/places/words.yaml``)."""

    locatives: frozenset[str]  # prepositions that introduce a place
    strong_locatives: frozenset[str]  # the subset strong enough to overrule a PERSON label
    metonymy_verbs: frozenset[str]  # lemmas of speech/claim verbs whose subject place is its government
    verb_stems: tuple[str, ...]  # stems of those verbs, for verbs the tagger got wrong
    articles: frozenset[str] = frozenset()  # leading function words trimmed off a name ("la Chine")
    clitics: frozenset[str] = frozenset()  # words between a subject place and its verb ("Pékin a déjà dit")
    demonym_endings: tuple[str, ...] = ()  # endings of demonyms ("Russian", "japonais")
    place_links: frozenset[str] = frozenset()  # "of" in "the town of Manbij"...
    place_nouns: frozenset[str] = frozenset()  # ... after one of these kinds of place
    owner_marks: frozenset[str] = frozenset()  # "'s": the name before owns what follows
    coordinators: frozenset[str] = frozenset()  # "and", "or": the names of a list share its locative
    place_suffixes: frozenset[str] = frozenset()  # "based" in "a Colchester-based company"
    # a preposition fused with an article, and that article: « au Havre » names « Le Havre »
    contractions: dict[str, str] = field(default_factory=dict)
    facilities: FacilityWords = field(default_factory=FacilityWords)
    institutions: frozenset[str] = frozenset()  # "police" in "the Almelo Police Department": named after its seat
    division_roles: frozenset[str] = frozenset()  # "Gov." in "New York Gov.": the name is a first-level division
    genitives: frozenset[str] = frozenset()  # the genitive locatives (« de »): « le gouverneur de New York »
    compass_words: frozenset[str] = frozenset()  # "north": a part of a place the context gives, never one alone
    place_modifiers: frozenset[str] = frozenset()  # "northern" in "across northern Arkansas": the locative's still
    local_towns: LocalTownWords = field(default_factory=LocalTownWords)
    division_plurals: dict[str, str] = field(default_factory=dict)  # "counties" -> "County"
    natural_after: dict[str, str] = field(default_factory=dict)  # "river" -> "River": "the Niger river"
    natural_before: frozenset[str] = frozenset()  # "lake": "Lake Kariba" is no Kariba
    name_links: frozenset[str] = frozenset()  # "del" in "San Antonio del Tachira": the name goes on
    party_initials: frozenset[str] = frozenset()  # "R" in "Sen. Ted Cruz (R-TX)": the state follows (as written)
    # the country (ISO3) whose towns an article of the language means by a name they share with towns abroad
    # (« Brest », « Lille » in French copy), unless the text names the other's country
    home_countries: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def place_words(lang: str) -> PlaceWords:
    """The places word lists of language ``lang`` (empty lists for a language without that file)."""
    spec = languages.get(lang)
    data = spec.yaml("places", "words.yaml") if spec.has("places", "words.yaml") else {}
    data = data or {}
    loc = data.get("locatives") or {}
    strong = _casefolded(loc.get("strong"))
    verbs = frozenset(str(v).casefold() for v in data.get("metonymy_verbs", ()))
    endings = tuple(str(e) for e in data.get("verb_stem_endings") or ())
    stems = {v[:-len(end)] for v in verbs for end in endings
             if " " not in v and len(v) >= 7 and v.endswith(end)}
    # the places stage takes a known name after any locative, the genitive ones too ("de Kestrelby")
    genitives = _casefolded(loc.get("genitive"))
    locatives = strong | _casefolded(loc.get("weak")) | genitives
    place_of = data.get("place_of") or {}
    local = data.get("local_towns") or {}
    natural = data.get("natural_kinds") or {}
    return PlaceWords(
        locatives=locatives,
        strong_locatives=strong,
        metonymy_verbs=verbs,
        verb_stems=tuple(sorted(stems)),
        articles=_casefolded(data.get("articles")),
        clitics=_casefolded(data.get("clitics")),
        demonym_endings=tuple(str(e).casefold() for e in data.get("demonym_endings") or ()),
        place_links=_casefolded(place_of.get("links")),
        place_nouns=_casefolded(place_of.get("nouns")),
        owner_marks=_casefolded(data.get("owner_marks")),
        coordinators=_casefolded(data.get("coordinators")),
        place_suffixes=_casefolded(data.get("place_suffixes")),
        contractions={str(k).casefold(): str(v) for k, v in (data.get("contractions") or {}).items()},
        facilities=_facility_words(data.get("facilities") or {}),
        institutions=_casefolded(data.get("institutions")),
        division_roles=_casefolded(data.get("division_roles")),
        genitives=genitives,
        compass_words=_casefolded(data.get("compass_words")),
        place_modifiers=_casefolded(data.get("place_modifiers")),
        local_towns=LocalTownWords(_casefolded(local.get("before")), _casefolded(local.get("determiners")),
                                   _casefolded(local.get("nouns"))),
        division_plurals={str(k).casefold(): str(v) for k, v in (data.get("division_plurals") or {}).items()},
        natural_after={str(k).casefold(): str(v) for k, v in (natural.get("after") or {}).items()},
        natural_before=_casefolded(natural.get("before")),
        name_links=_casefolded(data.get("name_links")),
        party_initials=frozenset(str(w) for w in data.get("party_initials") or ()),
        home_countries=frozenset(str(c).upper() for c in data.get("home_countries") or ()),
    )


def _facility_words(data: dict) -> FacilityWords:
    return FacilityWords(
        nouns={str(k).casefold(): str(v) for k, v in (data.get("nouns") or {}).items()},
        head_first=data.get("head") == "first",
        after=_casefolded(data.get("after")),
        links=_casefolded(data.get("links")),
        ordinal_suffixes=tuple(str(s) for s in data.get("ordinal_suffixes") or ()),
        lower_case=_casefolded(data.get("lower_case")),
        first=_casefolded(data.get("first")),
    )


def _casefolded(words: object) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in words or ()) if isinstance(words, list) else frozenset()


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym or adjective of nationality (English and French) -> ISO3 ("japonais" -> "JPN")."""
    return _forms("demonyms.tsv")


@lru_cache(maxsize=1)
def continent_demonyms() -> dict[str, str]:
    """Folded adjective of a continent (English and French) -> the continent's name ("africain" -> "Africa")."""
    return _forms("continent_demonyms.tsv")


@lru_cache(maxsize=1)
def region_demonyms() -> dict[str, str]:
    """Folded adjective of a region (English and French) -> the region's name ("arabe" -> "Arabian Peninsula")."""
    return _forms("region_demonyms.tsv")


def _forms(file: str) -> dict[str, str]:
    """``data/places/<file>``: rows of a code, a tab and its forms separated by "|"; folded form -> code."""
    from veille.analyze.places._names import fold

    path = resources.files("veille") / "data" / "places" / file
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, _tab, forms = line.partition("\t")
        for form in forms.split("|"):
            if form.strip():
                out[fold(form)] = iso3.strip()
    return out
