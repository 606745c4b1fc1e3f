"""One flat layout per record kind: the columns of ``--format csv`` (and the names ``--columns`` takes).

Every kind has one layout, printed in full (header included) even when nothing matches. Several values in
one cell (the actors of a compound side, languages) are joined with ``;``. docs/cli.md lists the columns.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from veille.csvsafe import guard_formula
from veille.store.rows import (
    ActorRow,
    EventClusterRow,
    EventRow,
    EventSide,
)

SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    get: Callable[[Any], Any]


def _join(values: Iterable[Any]) -> str:
    return SEPARATOR.join(str(v) for v in values if v not in (None, ""))


def _side_codes(side: list[EventSide]) -> str:
    return _join(dict.fromkeys(s.code or s.actor_id for s in side))


def _side_names(side: list[EventSide]) -> str:
    return _join(dict.fromkeys(s.name or s.code or s.actor_id or s.text for s in side))


def _event(get_cluster: Callable[[EventClusterRow], Any], get_report: Callable[[EventRow], Any]):
    return lambda r: get_cluster(r) if isinstance(r, EventClusterRow) else get_report(r)


def _ev(name: str, cluster: Callable[[EventClusterRow], Any], report: Callable[[EventRow], Any]) -> Field:
    return Field(name, _event(cluster, report))


# events: one row per event (cluster) or, with --all-mentions, per report (id = the report's id)
EVENT_FIELDS: tuple[Field, ...] = (
    _ev("id", lambda c: c.cluster_id, lambda r: r.id),
    _ev("date", lambda c: c.date, lambda r: r.date),
    _ev("date_start", lambda c: c.day_start, lambda r: r.day_start),
    _ev("date_end", lambda c: c.day_end, lambda r: r.day_end),
    _ev("precision", lambda c: c.date_precision, lambda r: r.date_precision),
    _ev("type", lambda c: c.event, lambda r: r.event),
    _ev("mode", lambda c: c.mode, lambda r: r.mode),
    _ev("status", lambda c: c.status, lambda r: r.status),
    _ev("confidence", lambda c: c.confidence, lambda r: r.confidence),
    _ev("actor", lambda c: _join(c.actor_names), lambda r: _side_names(r.actor)),
    _ev("actor_code", lambda c: _join(c.actor), lambda r: _side_codes(r.actor)),
    _ev("recipient", lambda c: _join(c.recipient_names), lambda r: _side_names(r.recipient)),
    _ev("recipient_code", lambda c: _join(c.recipient), lambda r: _side_codes(r.recipient)),
    _ev("place", lambda c: c.location, lambda r: r.location),
    _ev("country", lambda c: c.location_country, lambda r: r.location_country),
    _ev("lat", lambda c: c.lat, lambda r: r.lat),
    _ev("lon", lambda c: c.lon, lambda r: r.lon),
    _ev("reports", lambda c: c.reports, lambda r: 1),
    _ev("articles", lambda c: c.articles, lambda r: 1),
    _ev("languages", lambda c: _join(c.languages), lambda r: r.language),
    _ev("evidence", lambda c: c.evidence, lambda r: r.evidence),
    _ev("event_id", lambda c: c.cluster_id, lambda r: r.cluster_id),
    _ev("article_ids", lambda c: _join(c.article_ids), lambda r: r.article_id),
)

ARTICLE_FIELDS: tuple[Field, ...] = (
    Field("id", lambda r: r.id), Field("published", lambda r: r.published), Field("language", lambda r: r.language),
    Field("title", lambda r: r.title), Field("source", lambda r: r.source), Field("url", lambda r: r.url),
    Field("story", lambda r: r.story_id), Field("actors", lambda r: r.actors), Field("events", lambda r: r.events),
    Field("quotes", lambda r: r.quotes), Field("status", lambda r: r.status),
    Field("sha256", lambda r: r.text_sha256), Field("analysed_at", lambda r: r.analysed_at),
)


def role_text(row: ActorRow) -> list[str]:
    """Each role as "role (country, affiliation) first..last"."""
    out = []
    for role in row.roles:
        where = ", ".join(x for x in (role.country, role.affiliation) if x)
        when = role.first_seen or "?"
        if role.last_seen and role.last_seen != role.first_seen:
            when += f"..{role.last_seen}"
        out.append(f"{role.role}{f' ({where})' if where else ''} {when}")
    return out


ACTOR_FIELDS: tuple[Field, ...] = (
    Field("id", lambda r: r.id), Field("name", lambda r: r.name), Field("kind", lambda r: r.kind),
    Field("country", lambda r: r.country), Field("sector", lambda r: _join(r.sector)),
    Field("mentions", lambda r: r.mentions), Field("articles", lambda r: r.articles),
    Field("first_seen", lambda r: r.first_seen), Field("last_seen", lambda r: r.last_seen),
    Field("aliases", lambda r: _join(r.aliases)), Field("roles", lambda r: _join(role_text(r))),
)

QUOTE_FIELDS: tuple[Field, ...] = (
    Field("published", lambda r: r.published), Field("speaker", lambda r: r.speaker),
    Field("speaker_id", lambda r: r.speaker_id), Field("quote", lambda r: r.text),
    Field("direct", lambda r: "yes" if r.direct else "no"), Field("article_id", lambda r: r.article_id),
    Field("title", lambda r: r.title), Field("start", lambda r: r.start), Field("end", lambda r: r.end),
)

PLACE_FIELDS: tuple[Field, ...] = (
    Field("name", lambda r: r.name), Field("country", lambda r: r.country),
    Field("country_name", lambda r: r.country_name), Field("geonameid", lambda r: r.geonameid),
    Field("feature", lambda r: r.feature), Field("lat", lambda r: r.lat), Field("lon", lambda r: r.lon),
    Field("mentions", lambda r: r.mentions), Field("articles", lambda r: r.articles),
    Field("events", lambda r: r.events), Field("first_seen", lambda r: r.first_seen),
    Field("last_seen", lambda r: r.last_seen),
)

FACET_FIELDS: tuple[Field, ...] = (
    Field("value", lambda r: r.value), Field("label", lambda r: r.label), Field("count", lambda r: r.count),
    Field("reports", lambda r: r.reports), Field("articles", lambda r: r.articles),
    Field("languages", lambda r: _join(r.languages)),
)

LAYOUTS: dict[str, tuple[Field, ...]] = {
    "events": EVENT_FIELDS, "articles": ARTICLE_FIELDS, "actors": ACTOR_FIELDS, "quotes": QUOTE_FIELDS,
    "places": PLACE_FIELDS, "facets": FACET_FIELDS,
}


def select(kind: str, names: Sequence[str] | None) -> tuple[Field, ...]:
    """The layout's fields named in ``names`` (in that order), or all; ValueError names the choices."""
    layout = LAYOUTS[kind]
    if not names:
        return layout
    by_name = {f.name: f for f in layout}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ValueError(f"no column {', '.join(map(repr, unknown))} (one of {', '.join(by_name)})")
    return tuple(by_name[n] for n in names)


def cell(value: Any, formula_guard: bool = True) -> Any:
    """A CSV cell: empty for None; text a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...)
    prefixed with ``'`` unless ``formula_guard`` is off."""
    if value is None:
        return ""
    return guard_formula(value) if formula_guard else value


def write_csv(rows: Iterable[Any], fields: Sequence[Field], out: IO[str], *, excel: bool = False,
              formula_guard: bool = True) -> int:
    """Write the header (always) and one line per row; ``excel`` starts with a UTF-8 byte-order mark
    so that spreadsheets read the accents right. Returns the number of rows."""
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow([f.name for f in fields])
    n = 0
    for row in rows:
        writer.writerow([cell(f.get(row), formula_guard) for f in fields])
        n += 1
    return n


def as_dict(row: Any, fields: Sequence[Field]) -> dict[str, Any]:
    return {f.name: f.get(row) for f in fields}
