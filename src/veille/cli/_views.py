"""How each record kind looks in a table and in the compact one-line view: readable names beside codes,
the long text (evidence, title, quote) last so that it takes what is left of the line."""

from __future__ import annotations

import textwrap
from typing import Any

from veille.cli._render import View, cut, text
from veille.query.layouts import Field, role_text
from veille.store.rows import EventClusterRow, EventRow, EventSide


def _named(name: str | None, code: str | None) -> str:
    if name and code and name != code:
        return f"{name} ({code})"
    return name or code or ""


def _side(row: Any, side: str) -> str:
    if isinstance(row, EventClusterRow):
        codes, names = getattr(row, side), getattr(row, f"{side}_names")
        return " + ".join(_named(n, c) for c, n in zip(codes, names + codes[len(names):]))
    sides: list[EventSide] = getattr(row, side)
    return " + ".join(dict.fromkeys(_named(s.name, s.code or s.actor_id) or (s.text or "?") for s in sides))


def _type(row: Any) -> str:
    """The type, with its mode, and the status when the event did not (yet) happen."""
    out = row.event + (f"/{row.mode}" if row.mode else "")
    return out + (f" ({row.status})" if row.status and row.status != "actual" else "")


def _event_head(row: Any) -> str:
    place = f" @{row.location}" if row.location else ""
    recipient = _side(row, "recipient")
    reports = f" [{row.reports} reports]" if isinstance(row, EventClusterRow) and row.reports > 1 else ""
    return (f"{row.date or '?'}  {_type(row)}  {_side(row, 'actor') or '?'}"
            f"{' -> ' + recipient if recipient else ''}{place}{reports}")


_DATE = Field("date", lambda r: r.date)
_TYPE = Field("type", _type)
_ACTOR = Field("actor", lambda r: _side(r, "actor"))
_RECIPIENT = Field("recipient", lambda r: _side(r, "recipient"))
_PLACE = Field("place", lambda r: r.location)
_EVIDENCE = Field("evidence", lambda r: r.evidence)

EVENTS = View((_DATE, _TYPE, _ACTOR, _RECIPIENT, _PLACE, Field("reports", lambda r: r.reports), _EVIDENCE),
              "evidence", _event_head)
REPORTS = View((_DATE, _TYPE, _ACTOR, _RECIPIENT, _PLACE, Field("article", lambda r: r.article_id),
                _EVIDENCE), "evidence", _event_head)
ARTICLES = View((Field("published", lambda r: r.published), Field("lang", lambda r: r.language),
                 Field("events", lambda r: r.events), Field("quotes", lambda r: r.quotes),
                 Field("id", lambda r: r.id), Field("title", lambda r: r.title)), "title",
                lambda r: f"{r.published or '?'}  {r.language or '?'}  {r.id}")
ACTORS = View((Field("name", lambda r: r.name), Field("id", lambda r: r.id), Field("kind", lambda r: r.kind),
               Field("country", lambda r: r.country), Field("mentions", lambda r: r.mentions),
               Field("roles", lambda r: "; ".join(role_text(r)))), "roles",
              lambda r: f"{r.name} ({r.id}, {r.kind}, {r.country or '-'}): {r.mentions} mentions")

def _roles_with_evidence(row: Any) -> str:
    return " | ".join(f"{label} [{role.article_id}]: {text(role.evidence)}" if role.evidence else label
                      for label, role in zip(role_text(row), row.roles))


ACTORS_FULL = View(ACTORS.columns[:-1] + (Field("roles", _roles_with_evidence),), "roles", ACTORS.head)
QUOTES = View((Field("published", lambda r: r.published), Field("speaker", lambda r: r.speaker),
               Field("article", lambda r: r.article_id), Field("quote", lambda r: r.text)), "quote",
              lambda r: f"{r.published or '?'}  {r.speaker or '?'} ({'direct' if r.direct else 'reported'},"
                        f" {r.article_id})")
PLACES = View((Field("name", lambda r: r.name), Field("country", lambda r: _named(r.country_name, r.country)),
               Field("mentions", lambda r: r.mentions), Field("articles", lambda r: r.articles),
               Field("events", lambda r: r.events), Field("geonameid", lambda r: r.geonameid)), None)
FACETS = View((Field("value", lambda r: r.value if r.value is not None else "(none)"),
               Field("count", lambda r: r.count), Field("reports", lambda r: r.reports),
               Field("articles", lambda r: r.articles), Field("languages", lambda r: r.languages),
               Field("label", lambda r: r.label if r.label != r.value else "")), "label",
              lambda r: f"{r.value if r.value is not None else '(none)'}: {r.count}")


def event_detail(cluster: EventClusterRow, reports: list[EventRow], width: int) -> list[str]:
    """One event and every report behind it, each with its article and its whole evidence."""
    lines = [cut(_event_head(cluster), width),
             cut(f"  event {cluster.cluster_id}: {cluster.reports} report(s) in {cluster.articles} article(s)"
                 f" ({', '.join(cluster.languages) or '?'}); days {cluster.day_start or '?'}.."
                 f"{cluster.day_end or '?'} ({cluster.date_precision or '?'})", width)]
    for r in reports:
        conf = f", confidence {r.confidence:.2f}" if r.confidence is not None else ""
        lines.append("")
        lines.append(cut(f"- {r.id}  {r.article_id} ({r.language or '?'}, {r.published or 'undated'}): "
                         f"{r.title or ''}", width))
        lines.append(cut(f"  {_event_head(r)}  [{r.status}{conf}]", width))
        lines.extend(textwrap.wrap(text(r.evidence), width, initial_indent="  > ", subsequent_indent="    "))
    return lines
