"""Publication dates: validation (a plausible range) and the ``YYYY-MM-DD`` found in a file name."""

from __future__ import annotations

import re
from datetime import date

from veille.ingest.limits import limits

_ISO_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a date-like value (ISO date or datetime string), else None."""
    if value is None:
        return None
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def check_published(value: object, today: date | None = None) -> tuple[str | None, str | None]:
    """A publication date checked: ``(YYYY-MM-DD, None)`` when plausible, ``(None, reason)`` when not,
    ``(None, None)`` when there is no value.

    Plausible means from ``published_earliest`` to today + ``published_future_days`` (data/limits):
    a year-1 or year-9999 date is a broken record, and would overflow date arithmetic downstream.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    found = iso_date(value)
    if found is None:
        return None, f"{value!r} is not a YYYY-MM-DD date"
    lim = limits()
    earliest, latest = lim.published_earliest, lim.published_latest(today)
    if not earliest <= date.fromisoformat(found) <= latest:
        return None, f"{found} is outside the plausible range {earliest}..{latest}"
    return found, None


def plausible_published(value: object) -> str | None:
    """The date of :func:`check_published`, None when absent or implausible."""
    return check_published(value)[0]


def date_from_name(name: str) -> str | None:
    """The first valid and plausible ``YYYY-MM-DD`` in a file name."""
    for m in _ISO_IN_NAME.finditer(name):
        found = plausible_published(m.group(0))
        if found:
            return found
    return None
