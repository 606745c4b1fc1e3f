"""Text helpers shared by the scorers: comparison-folding, name matching, spans that overlap."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Case-, accent- and typography-insensitive form for comparing short strings."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip().casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted person/speaker name designates the gold one.

    Equal after folding, or the gold surname (last word) is one of the predicted words, or the
    predicted name is a single surname that is one of the gold words ("Nakatani" for "Gen Nakatani").
    """
    if not gold or not predicted:
        return False
    g, p = words(gold), words(predicted)
    if not g or not p:
        return False
    if g == p or g[-1] in p:
        return True
    return len(p[-1]) > 2 and p[-1] in g


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by two spans (0 when disjoint)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))
