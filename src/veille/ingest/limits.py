"""Input limits from ``veille/data/limits/limits.yaml``: size cap, plausible publication dates, chunk size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int
    published_earliest: date
    published_future_days: int
    chunk_chars: int

    def published_latest(self, today: date | None = None) -> date:
        return (today or date.today()) + timedelta(days=self.published_future_days)


@cache
def limits() -> Limits:
    """The packaged limits (read once)."""
    text = resources.files("veille.data").joinpath("limits", "limits.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    earliest = raw["published_earliest"]
    return Limits(
        max_bytes=int(raw["max_bytes"]),
        published_earliest=earliest if isinstance(earliest, date) else date.fromisoformat(str(earliest)),
        published_future_days=int(raw["published_future_days"]),
        chunk_chars=int(raw["chunk_chars"]),
    )
