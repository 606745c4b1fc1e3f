"""The unit of input: one news article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(slots=True)
class Article:
    """One article as read from its input, before analysis.

    ``text`` is kept exactly as given: every offset veille prints points into it.
    ``origin`` names where it came from (a path, "path:line", "<stdin>", a URL) for error messages.
    """

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str = "<input>"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_id(self) -> str:
        """The input's id, else a stable content hash."""
        return self.id or "sha256:" + self.sha256[:16]
