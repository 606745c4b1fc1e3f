"""Publication dates: validation and the ``YYYY-MM-DD`` found in a file name."""

from __future__ import annotations

import re
from datetime import date

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


def date_from_name(name: str) -> str | None:
    """The first valid ``YYYY-MM-DD`` in a file name."""
    for m in _ISO_IN_NAME.finditer(name):
        found = iso_date(m.group(0))
        if found:
            return found
    return None
