"""Where a store lives: a SQLite file path, or a database URL (``--db``, ``VEILLE_DB``).

``veille.db``, ``./data/team.db`` and ``sqlite:///abs/path.db`` are SQLite files;
``postgresql://user@host/dbname`` names a PostgreSQL database. Anything else written as a URL
(``mysql://...``, ``http://...``) is refused with a clear error instead of becoming a folder
named ``mysql:``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from veille.errors import StoreError

DEFAULT_DB = "veille.db"
ENV_VAR = "VEILLE_DB"
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<rest>.*)$")
_POSTGRES = {"postgresql", "postgres"}


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    kind: Literal["sqlite", "postgresql"]
    target: str  # the SQLite path (or ":memory:"), or the PostgreSQL URL

    def __str__(self) -> str:
        return self.target


def default_location() -> str:
    """``$VEILLE_DB`` when set, else ``veille.db`` in the working folder."""
    return os.environ.get(ENV_VAR) or DEFAULT_DB


def parse_location(value: str | Path) -> DatabaseLocation:
    """Classify ``value``; :class:`StoreError` for a URL scheme veille does not store into."""
    text = str(value)
    match = _URL.match(text)
    if match is None:
        return DatabaseLocation("sqlite", text)
    scheme = match["scheme"].lower()
    if scheme == "sqlite":
        path = match["rest"]
        return DatabaseLocation("sqlite", path[1:] if path.startswith("/") else path or ":memory:")
    if scheme in _POSTGRES or scheme.startswith("postgresql+"):
        return DatabaseLocation("postgresql", text)
    raise StoreError(f"{text}: unsupported database URL scheme {scheme!r} "
                     "(use a file path, sqlite:///path or postgresql://user@host/dbname)")
