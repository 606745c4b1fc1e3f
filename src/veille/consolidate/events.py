"""Event coreference across articles: when are two reports the same real-world event?

Two reports (from two different articles) are one event when

- their PLOVER types are the same, or compatible (``data/consolidate/coreference.yaml``: CONSULT and AGREE
  when neither article reports the other type too);
- their sides share an actor key on each side: the actor's code, or for a person the country or
  organisation the article says it represents, or its registry id (AGREE, CONSULT and COOPERATE are
  symmetric: the sides may be swapped or merged); a missing recipient does not object;
- their dates are compatible: the day ranges overlap, give or take ``tolerance_days``, so a week or a
  month contains its days; a range up to a year contains a precise date; an explicit span matches the
  same span; a bare year alone never anchors a merge;
- their places do not contradict: when both reports name the country of the event, it is the same;
- a coarse date (a week, a month, a span) never bridges two days: such a report links only when the
  day-precise reports it matches fall on one day (:func:`linked`);
- the one-day tolerance never joins two days that one of the two articles tells apart (:func:`told_apart`:
  the ministers' talks on Sunday and the presidents' meeting on Monday).

Clusters are the connected components of this relation, and a cluster's id is the smallest of its
members' own ids: whatever order the reports arrive in, the same clusters get the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class CoreferenceRules:
    compatible: frozenset[frozenset[str]]
    symmetric: frozenset[str]
    tolerance_days: int
    max_range_days: int
    max_container_days: int
    telling_date_sources: frozenset[str]

    def types_for(self, event: str) -> frozenset[str]:
        """The types a report of type ``event`` may corefer with (itself included)."""
        out = {event}
        for pair in self.compatible:
            if event in pair:
                out |= pair
        return frozenset(out)


@cache
def rules() -> CoreferenceRules:
    path = resources.files("veille") / "data" / "consolidate" / "coreference.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return CoreferenceRules(
        compatible=frozenset(frozenset(p) for p in data.get("compatible_types", [])),
        symmetric=frozenset(data.get("symmetric_types", [])),
        tolerance_days=int(data.get("tolerance_days", 1)),
        max_range_days=int(data.get("max_range_days", 31)),
        max_container_days=int(data.get("max_container_days", 366)),
        telling_date_sources=frozenset(data.get("telling_date_sources", [])))


SYMMETRIC_TYPES = rules().symmetric
TOLERANCE_DAYS = rules().tolerance_days
MAX_RANGE_DAYS = rules().max_range_days
MAX_CONTAINER_DAYS = rules().max_container_days


def own_cluster_id(uid: str) -> str:
    """The cluster id an event report has on its own (a cluster takes the smallest of its members')."""
    return "C" + hashlib.sha1(uid.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class EventSignature:
    """What coreference compares: type, actor keys of each side, the days it may fall in, its country.

    ``article`` says which article reported it (reports of one article are never compared),
    ``article_types`` every type that article reports (for compatible types) and ``article_days`` the
    (type, day, actor key) of each report of that article dated to the day by its own words, one per key
    (:func:`told_apart`).
    """

    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    start: date | None
    end: date | None
    country: str | None = None
    uid: str = ""
    article: str = ""
    article_types: frozenset[str] = frozenset()
    cluster_id: str = ""
    article_days: frozenset[tuple[str, date, str]] = frozenset()

    @property
    def datable(self) -> bool:
        return (self.start is not None and self.end is not None
                and (self.end - self.start).days <= MAX_RANGE_DAYS)

    @property
    def own_id(self) -> str:
        return own_cluster_id(self.uid)

    @property
    def keys(self) -> frozenset[str]:
        return self.actor | self.recipient

    @property
    def wide(self) -> bool:
        """A day range longer than ``max_range_days`` (stored apart in the candidates' index)."""
        return self.start is not None and self.end is not None and not self.datable

    def windows(self) -> list[tuple[bool, str, str]]:
        """The ranges of ``day_start`` a matching report may have, as (wide, first, last): precise
        reports start at most ``max_range_days`` before this one, wide ones at most a year before."""
        if self.start is None or self.end is None or (self.end - self.start).days > MAX_CONTAINER_DAYS:
            return []
        hi = shift(self.end, TOLERANCE_DAYS).isoformat()
        out = []
        for wide, span in ((False, MAX_RANGE_DAYS), (True, MAX_CONTAINER_DAYS)):
            out.append((wide, shift(self.start, -(span + TOLERANCE_DAYS)).isoformat(), hi))
        return out


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held within the calendar: no OverflowError near year 1 or 9999."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def participants(keys: frozenset[str]) -> frozenset[str]:
    """The actors of a set of keys, counted once each: their codes, else their registry ids."""
    codes = frozenset(k for k in keys if ":" not in k)
    return codes or keys


def sides_match(a: EventSignature, b: EventSignature) -> bool:
    """Actor keys overlap on each side; a missing recipient on either report does not object.

    For the symmetric types the sides may be swapped or merged ("Japan and NATO agreed" = "Japan
    agreed with NATO"), and a report without a recipient is compared by its participants: two reports
    that each name two parties or more must share two of them.
    """
    def straight(x_actor: frozenset[str], x_rec: frozenset[str], y_actor: frozenset[str],
                 y_rec: frozenset[str]) -> bool:
        return bool(x_actor & y_actor) and bool(x_rec & y_rec)

    symmetric = a.event in SYMMETRIC_TYPES and b.event in SYMMETRIC_TYPES
    if a.recipient and b.recipient:
        if straight(a.actor, a.recipient, b.actor, b.recipient):
            return True
        if not symmetric:
            return False
        if straight(a.actor, a.recipient, b.recipient, b.actor):
            return True

        def covers(x: EventSignature, y: EventSignature) -> bool:  # merged into one side
            return bool(x.keys & y.actor and x.keys & y.recipient)

        return covers(a, b) or covers(b, a)
    if not symmetric:
        return bool(a.actor & b.actor)
    pa, pb = participants(a.keys), participants(b.keys)
    shared = pa & pb
    if len(pa) >= 2 and len(pb) >= 2:
        return len(shared) >= 2
    return bool(shared)


def _whole_year(start: date, end: date) -> bool:
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year


def dates_compatible(a: EventSignature, b: EventSignature) -> bool:
    """Day ranges overlap (a week or a month contains its days), give or take the tolerance; a
    longer range (a quarter, an explicit span up to ``max_container_days``) contains a precise one,
    and an explicit span ("May 2023 to March 2024") matches the same span. A bare year never anchors
    a merge (two reports "in 2022" of one type and actors are too often two events)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    if a.datable and b.datable:
        return a.start <= shift(b.end, TOLERANCE_DAYS) and b.start <= shift(a.end, TOLERANCE_DAYS)
    for x in (a, b):
        assert x.start is not None and x.end is not None
        if (x.end - x.start).days > MAX_CONTAINER_DAYS or _whole_year(x.start, x.end):
            return False
    if a.datable or b.datable:
        inner, outer = (a, b) if a.datable else (b, a)
        assert inner.start and inner.end and outer.start and outer.end
        return outer.start <= inner.start and inner.end <= outer.end
    return a.start == b.start and a.end == b.end


def types_compatible(a: EventSignature, b: EventSignature) -> bool:
    if a.event == b.event:
        return True
    if b.event not in rules().types_for(a.event):
        return False
    # the talks and the deal of one meeting: one event unless an article tells them apart
    return b.event not in a.article_types and a.event not in b.article_types


def places_compatible(a: EventSignature, b: EventSignature) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def told_apart(a: EventSignature, b: EventSignature) -> bool:
    """Two day-precise reports of two days within the tolerance that one of their articles tells apart:
    that article dates its report to its day in its own words (``day_keys``) and also reports, so dated,
    on the other report's day an event of a compatible type sharing an actor key with it ("the ministers
    held talks on Sunday; on Monday the presidents met"). The tolerance is there for one event dated a
    day apart by two outlets (time zones, "overnight"), not for two events an outlet dates on two days."""
    if not (day_precise(a) and day_precise(b)) or a.start == b.start:
        return False

    def tells(x: EventSignature, y: EventSignature) -> bool:  # x's article dates x's day and y's day
        return (any((x.event, x.start, k) in x.article_days for k in x.keys)
                and any((t, y.start, k) in x.article_days for t in rules().types_for(y.event) for k in y.keys))

    return tells(a, b) or tells(b, a)


def day_keys(event: str, start: date | None, end: date | None, date_source: str | None,
             keys: Iterable[str]) -> set[tuple[str, date, str]]:
    """What a report adds to its article's ``article_days``: (type, day, key) when the article dates it to
    one day in its own clause or the governing one (``telling_date_sources``): a day carried from the
    narrative, or the publication day, is not the article telling two days apart."""
    if start is None or start != end or date_source not in rules().telling_date_sources:
        return set()
    return {(event, start, k) for k in keys}


def same_event(a: EventSignature, b: EventSignature) -> bool:
    if a.article and a.article == b.article:
        return False
    return (types_compatible(a, b) and dates_compatible(a, b) and places_compatible(a, b)
            and sides_match(a, b) and not told_apart(a, b))


# -- a coarse date never bridges two events of different days -------------------------------------
# A report dated by a week, a month or a span ("talks in March") contains the days of every report it
# matches: between two rounds of talks of one month it would join both into one event. So a report
# whose date is not one day (a *container*) links to the day-precise reports it matches only when all
# of those fall within ``tolerance_days`` of each other (one event), and two containers link only
# when the day-precise reports the two match together do. Each link is decided from the set of stored
# reports (a container's day-precise matches), never from the order they arrived in.

def day_precise(sig: EventSignature) -> bool:
    return sig.start is not None and sig.start == sig.end


def one_day(reports: Iterable[EventSignature]) -> bool:
    """The day-precise reports all fall within ``tolerance_days`` of each other."""
    days = [r.start for r in reports if r.start is not None]
    return not days or (max(days) - min(days)).days <= TOLERANCE_DAYS


def linked(a: EventSignature, b: EventSignature,
           precise_matches: Callable[[EventSignature], list[EventSignature]]) -> bool:
    """:func:`same_event`, and a container only links when it points at one day (see above).
    ``precise_matches`` gives the stored day-precise reports a container matches."""
    if not same_event(a, b):
        return False
    if day_precise(a) and day_precise(b):
        return True
    if day_precise(a) or day_precise(b):
        return one_day(precise_matches(b if day_precise(a) else a))
    return one_day([*precise_matches(a), *precise_matches(b)])


# -- the merged event: its best date, place and actors, with the reports each came from ------------

@dataclass(frozen=True, slots=True)
class ReportFacts:
    """What one stored report says of its event."""

    uid: str
    article: str  # text sha256
    event: str
    date: str | None  # TIMEX3 value
    enddate: str | None
    start: dt.date | None  # day range (dt.date: the field "date" above shadows the class name here)
    end: dt.date | None
    place: str | None
    place_country: str | None
    geonameid: int | None
    actor: tuple[str, ...]  # codes
    recipient: tuple[str, ...]
    confidence: float | None


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real-world event: every report, and the best date, place and actors with their sources."""

    id: str  # cluster id
    event: str  # the type most reports give (ties: alphabetical)
    date: str | None
    enddate: str | None
    date_from: str | None  # uid of the report the date comes from
    place: str | None
    place_country: str | None
    geonameid: int | None
    place_from: str | None
    actor: dict[str, list[str]]  # code -> uids of the reports naming it on that side
    recipient: dict[str, list[str]]
    reports: int
    articles: int


def merged_event(cluster_id: str, reports: Iterable[ReportFacts]) -> MergedEvent | None:
    """The best date is the most precise one (the narrowest day range; ties: the one most reports
    give, then the smallest uid); the best place the one most reports name (a GeoNames place before a
    bare name); actors are the union of the reports' codes, each with the reports it came from (a code
    on both sides of the symmetric types stays on the actor side)."""
    reports = sorted(reports, key=lambda r: r.uid)
    if not reports:
        return None
    types: dict[str, int] = {}
    for r in reports:
        types[r.event] = types.get(r.event, 0) + 1
    etype = min(types, key=lambda t: (-types[t], t))
    dated = [r for r in reports if r.start is not None and r.end is not None]
    agree = {(r.date, r.enddate): sum(1 for o in dated if (o.date, o.enddate) == (r.date, r.enddate))
             for r in dated}
    best_date = min(dated, key=lambda r: ((r.end - r.start).days, -agree[(r.date, r.enddate)], r.uid),  # type: ignore[operator]
                    default=None)
    placed = [r for r in reports if r.place]
    votes = {r.place: sum(1 for o in placed if o.place == r.place) for r in placed}
    best_place = min(placed, key=lambda r: (r.geonameid is None, -votes[r.place], r.uid), default=None)
    actor: dict[str, list[str]] = {}
    recipient: dict[str, list[str]] = {}
    for r in reports:
        for code in r.actor:
            actor.setdefault(code, []).append(r.uid)
    for r in reports:
        for code in r.recipient:
            if etype in SYMMETRIC_TYPES and code in actor:
                actor[code].append(r.uid)
            else:
                recipient.setdefault(code, []).append(r.uid)
    return MergedEvent(
        id=cluster_id, event=etype,
        date=best_date.date if best_date else None, enddate=best_date.enddate if best_date else None,
        date_from=best_date.uid if best_date else None,
        place=best_place.place if best_place else None,
        place_country=best_place.place_country if best_place else None,
        geonameid=best_place.geonameid if best_place else None,
        place_from=best_place.uid if best_place else None,
        actor={k: actor[k] for k in sorted(actor)}, recipient={k: recipient[k] for k in sorted(recipient)},
        reports=len(reports), articles=len({r.article for r in reports}))
