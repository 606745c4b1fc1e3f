"""The full-text index's row ids: one integer says what a row indexes.

``events.id * 4`` (an event's evidence), ``quotes.id * 4 + 1`` (a quote), ``articles.id * 4 + 2`` (a
title). Every backend that keeps one search table for the three kinds uses the same encoding.
"""

from __future__ import annotations

from enum import IntEnum

_KINDS = 4


class SearchKind(IntEnum):
    EVENT = 0
    QUOTE = 1
    TITLE = 2


def search_rowid(kind: SearchKind, row_id: int) -> int:
    return row_id * _KINDS + int(kind)


def search_row(rowid: int) -> tuple[SearchKind, int]:
    """The kind and the row id behind a search row id (the inverse of :func:`search_rowid`)."""
    return SearchKind(rowid % _KINDS), rowid // _KINDS
