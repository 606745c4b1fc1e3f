"""What the store's queries return: one typed row per article, event, event cluster, actor, quote."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class _Row:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class ArticleRow(_Row):
    id: str  # the document id
    text_sha256: str
    title: str | None
    published: str | None
    language: str | None
    source: str | None
    url: str | None
    status: str
    story_id: str | None
    actors: int
    events: int
    quotes: int
    analysed_at: str


@dataclass(slots=True)
class EventSide(_Row):
    actor_id: str | None  # registry id
    code: str | None
    sector: list[str]
    text: str | None
    name: str | None = None  # readable: the registry's name for a person or group, else the code's name


@dataclass(slots=True)
class EventRow(_Row):
    """One event as one article reported it."""

    id: str  # <text_sha256[:16]>:<document event id>
    article_id: str
    article_sha256: str
    event: str
    mode: str | None
    context: list[str]
    status: str
    actor: list[EventSide]
    recipient: list[EventSide]
    date: str | None
    enddate: str | None
    date_precision: str | None
    location: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    evidence: str
    start: int
    end: int
    confidence: float | None
    cluster_id: str
    published: str | None
    title: str | None
    url: str | None
    day_start: str | None = None  # YYYY-MM-DD: the days the event may fall in
    day_end: str | None = None
    language: str | None = None  # the article's


@dataclass(slots=True)
class EventClusterRow(_Row):
    """One real-world event, however many articles reported it."""

    cluster_id: str
    event: str
    mode: str | None
    date: str | None
    enddate: str | None
    actor: list[str]  # codes, union over the reports
    recipient: list[str]
    location: str | None
    location_country: str | None
    evidence: str  # the most confident report's evidence
    reports: int
    articles: int
    first_published: str | None
    event_ids: list[str]
    article_ids: list[str]
    # readable names beside the codes (same order as actor/recipient)
    actor_names: list[str] = field(default_factory=list)
    recipient_names: list[str] = field(default_factory=list)
    status: str | None = None  # the most confident report's
    confidence: float | None = None
    date_precision: str | None = None
    day_start: str | None = None  # the day range of the chosen date
    day_end: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    languages: list[str] = field(default_factory=list)  # of the reporting articles


@dataclass(slots=True)
class RoleRow(_Row):
    """A role articles stated for an actor, dated by those articles (first and last publication),
    with the evidence sentence of the earliest one."""

    role: str
    country: str | None
    affiliation: str | None
    sector: list[str]
    first_seen: str | None
    last_seen: str | None
    reports: int
    article_id: str  # the earliest article stating it
    evidence: str | None


@dataclass(slots=True)
class ActorRow(_Row):
    id: str  # registry id
    name: str
    kind: str
    country: str | None
    sector: list[str]
    mentions: int
    articles: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleRow] = field(default_factory=list)


@dataclass(slots=True)
class QuoteRow(_Row):
    article_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    speaker_id: str | None  # registry id
    published: str | None
    title: str | None


@dataclass(slots=True)
class Summary(_Row):
    articles: int
    stories: int
    actors: int
    events: int
    event_clusters: int
    quotes: int
    languages: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class FacetRow(_Row):
    """One value of a facet (a type, a day, an actor...) and how many records have it."""

    value: str | None  # None: records without one (no date, no place...)
    label: str  # readable ("United States (USA)", a story's title)
    count: int  # distinct events (clusters), quotes or articles
    reports: int  # event reports (events), else the same as count
    articles: int
    languages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PlaceRow(_Row):
    """A place named in the stored articles, with how often and how many events happened there."""

    name: str
    country: str | None  # ISO3
    country_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    feature: str | None
    mentions: int
    articles: int
    events: int  # distinct events located there
    first_seen: str | None  # publication dates
    last_seen: str | None


@dataclass(slots=True)
class SaveResult(_Row):
    article_id: str
    replaced: bool  # the same text was stored before: its rows were replaced
    story_id: str | None
    events: int
    clustered: int  # events that joined a cluster reported by another article
