"""What a pipeline component knows about the document besides its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True, frozen=True)
class DocContext:
    language: str  # a code of the language registry (veille.languages)
    published: date | None  # the anchor for relative dates; None when unknown
    title_end: int | None = None  # offset in doc.text where the headline ends, None without one
