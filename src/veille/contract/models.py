"""The document contract: typed records that `veille analyze --format jsonl` serialises.

Every record that points into the text carries ``start``/``end`` (Python string indices into the
input text exactly as given) and ``text`` (that slice). Field names are public: add, never rename.
See docs/contract.md and contract/document.schema.json.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CONTRACT_VERSION = "1"


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    actor_id: str | None = None


@dataclass(slots=True)
class Actor:
    """One real-world actor of a document, with every mention of it.

    ``kind``: person, country, organization, group. ``country``: ISO 3166-1 alpha-3 for states and
    their people, the English acronym for international organisations (NATO, EU, UN, G7).
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    affiliation: str | None = None  # free text: "ministère de la Défense", "OTAN"
    igo: bool = False  # True for international organisations


@dataclass(slots=True)
class ActorRef:
    """An actor as one side of an event."""

    actor_id: str | None
    code: str | None
    sector: list[str]
    text: str


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None


@dataclass(slots=True)
class Amount:
    count: float
    of: str | None
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    id: str
    event: str  # PLOVER type
    mode: str | None
    context: list[str]
    status: str  # actual, future, hypothetical, negated
    actor: list[ActorRef]
    recipient: list[ActorRef]
    date: str | None  # TIMEX3 value
    enddate: str | None
    date_precision: str  # day, week, month, year, unknown ...
    # clause, governing, narrative (the day the text last fixed), report (a reported speech act: the lead's
    # day), publication, none
    date_source: str
    location: Location | None
    amount: Amount | None
    evidence: Span
    trigger: Span
    confidence: float
    mentions: list[Span] = field(default_factory=list)  # every sentence reporting it (headline, lead...)
    said_by: str | None = None  # actor_id of the speaker when the event is reported inside a quote
    cameo: str | None = None


@dataclass(slots=True)
class Speaker:
    name: str
    actor_id: str | None
    text: str


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: Speaker | None
    cue: Span | None = None  # the speech verb or "selon"
    kind: str | None = None  # what is attributed: speech, writing, belief, finding
    fragments: list[Span] = field(default_factory=list)  # the content's pieces when an incise splits it
    # the content of the attribution this quotation is part of: a quotation nested in a reported clause
    # and spoken through that clause's cue ("said the cuts “hurt families”"); None: an attribution of its own
    inside: Span | None = None


@dataclass(slots=True)
class Time:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    resolved: bool = True  # False when it needed an anchor that was unknown
    granularity: str | None = None  # day, week, month, year, ...


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None
    metonym: bool = False  # a capital standing for its government ("Pékin revendique")
    kind: str | None = None  # "demonym": an adjective or nationality noun ("Russian", "japonais"); None: a name


@dataclass(slots=True)
class Document:
    id: str
    language: str | None
    published: str | None
    title: str | None
    text_sha256: str
    contract: str = CONTRACT_VERSION
    source: str | None = None
    url: str | None = None
    status: str = "ok"  # ok, unsupported_language
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
