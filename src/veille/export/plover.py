"""Events as PLOVER records (field names of the PLOVER 2.0 data format).

PLOVER fields: id, date, time, enddate, endtime, actor, recipient, event, mode, context, event_loc,
event_text, text, text_info, link, coder, coded_date. Compound actors are lists of codes, as PLOVER
asks; veille adds ``actor_detail``/``recipient_detail`` (registry id, sectors, text), ``status``,
``confidence``, ``date_precision``, ``cluster_id`` and ``reports``.
"""

from __future__ import annotations

import re
from typing import Any

from veille.store.rows import ArticleRow, EventRow, EventSide

CODER = "veille"
_TIME = re.compile(r"T(\d{2}:\d{2}(?::\d{2})?)")


def _split(value: str | None) -> tuple[str | None, str | None]:
    """TIMEX ``2024-10-17T14:30`` -> ("2024-10-17", "14:30")."""
    if not value:
        return None, None
    m = _TIME.search(value)
    if m:
        return value[:m.start()], m[1]
    return value, None


def _codes(side: list[EventSide]) -> list[str]:
    out: list[str] = []
    for s in side:
        code = s.code or s.actor_id
        if code and code not in out:
            out.append(code)
    return out


def _detail(side: list[EventSide]) -> list[dict[str, Any]]:
    return [{"code": s.code, "actor_id": s.actor_id, "sector": s.sector, "text": s.text} for s in side]


def plover_record(row: EventRow, article: ArticleRow | None = None, text: str | None = None,
                  reports: int | None = None) -> dict[str, Any]:
    """One PLOVER record for one stored event report."""
    date, time = _split(row.date)
    enddate, endtime = _split(row.enddate)
    event_loc = None
    if row.location:
        event_loc = {
            "extracted_place": row.location,
            "resolved_place": row.location,
            "geonameid": row.geonameid,
            "lat": row.lat,
            "lon": row.lon,
            "country_code": row.location_country,
        }
    record: dict[str, Any] = {
        "id": row.id,
        "date": date,
        "time": time,
        "enddate": enddate,
        "endtime": endtime,
        "actor": _codes(row.actor),
        "recipient": _codes(row.recipient),
        "event": row.event,
        "mode": row.mode,
        "context": row.context,
        "event_loc": event_loc,
        "event_text": row.evidence,
        "text": text,
        "text_info": {
            "article_id": row.article_id,
            "text_sha256": row.article_sha256,
            "title": row.title,
            "published": row.published,
            "language": article.language if article else None,
            "source": article.source if article else None,
            "evidence_start": row.start,
            "evidence_end": row.end,
        },
        "link": row.url,
        "coder": CODER,
        "coded_date": article.analysed_at[:10] if article else None,
        # veille's additions
        "actor_detail": _detail(row.actor),
        "recipient_detail": _detail(row.recipient),
        "status": row.status,
        "confidence": row.confidence,
        "date_precision": row.date_precision,
        "cluster_id": row.cluster_id,
    }
    if reports is not None:
        record["reports"] = reports
    return record


# flat columns for CSV and Parquet, in order
FLAT_FIELDS = (
    "id", "date", "time", "enddate", "endtime", "actor", "recipient", "actor_sector",
    "recipient_sector", "event", "mode", "context", "status", "confidence", "date_precision",
    "location", "location_country", "geonameid", "lat", "lon", "event_text", "article_id",
    "title", "published", "language", "link", "cluster_id", "reports",
)
LIST_FIELDS = frozenset({"actor", "recipient", "actor_sector", "recipient_sector", "context"})


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER record as one flat row (lists stay lists; the writer decides how to encode them)."""
    loc = record["event_loc"] or {}
    info = record["text_info"]

    def sectors(detail: list[dict[str, Any]]) -> list[str]:
        out: list[str] = []
        for d in detail:
            for s in d["sector"]:
                if s not in out:
                    out.append(s)
        return out

    return {
        "id": record["id"], "date": record["date"], "time": record["time"],
        "enddate": record["enddate"], "endtime": record["endtime"],
        "actor": record["actor"], "recipient": record["recipient"],
        "actor_sector": sectors(record["actor_detail"]),
        "recipient_sector": sectors(record["recipient_detail"]),
        "event": record["event"], "mode": record["mode"], "context": record["context"],
        "status": record["status"], "confidence": record["confidence"],
        "date_precision": record["date_precision"],
        "location": loc.get("resolved_place"), "location_country": loc.get("country_code"),
        "geonameid": loc.get("geonameid"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "event_text": record["event_text"], "article_id": info["article_id"], "title": info["title"],
        "published": info["published"], "language": info["language"], "link": record["link"],
        "cluster_id": record["cluster_id"], "reports": record.get("reports"),
    }
