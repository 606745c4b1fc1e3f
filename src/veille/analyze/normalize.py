"""Text normalisation that keeps every offset pointing into the original text.

spaCy sees a cleaned copy of the article (typographic apostrophes made plain, exotic spaces made plain,
invisible characters dropped, a full stop after a headline line that has none, the line break of a
hard-wrapped sentence made a space); every span found in that copy is mapped back to the original through
:class:`OffsetMap`.
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from dataclasses import dataclass
from functools import cache
from typing import Any

# one character in, one character out
_REPLACE = {
    "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
    "\u02bc": "'",
    "\u00b4": "'",
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French typography before ; : ! ? »)
    "\u2009": " ",
    "\u2007": " ",
    "\u200a": " ",
    "\t": " ",
    "\u2010": "-",
    "\u2011": "-",
}
# dropped
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\r"}
_TABLE = str.maketrans({**_REPLACE, **dict.fromkeys(_DROP)})
_DROPPED = re.compile("[" + "".join(sorted(_DROP)) + "]")
_SPECIAL = re.compile("[" + "".join(sorted(set(_REPLACE) | _DROP)) + "]")
_HEADLINE_MAX = 200
_TERMINAL = ".!?…:;»\"”"


@dataclass(slots=True)
class Normalized:
    text: str
    map: OffsetMap
    title_end: int | None  # end of the headline line in the normalised text


class OffsetMap:
    """Maps spans of the normalised text back to the original.

    ``starts[i]`` / ``ends[i]`` are the original offsets where normalised character ``i`` begins and
    ends; an inserted character has ``starts[i] == ends[i]``.
    """

    __slots__ = ("_starts", "_ends", "_identity", "_orig_len")

    def __init__(self, starts: array | None, ends: array | None, orig_len: int) -> None:
        self._starts = starts
        self._ends = ends
        self._identity = starts is None
        self._orig_len = orig_len

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(None, None, length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of normalised ``[start, end)``."""
        if self._identity:
            return start, end
        assert self._starts is not None and self._ends is not None
        n = len(self._starts)
        if start >= n:
            return self._orig_len, self._orig_len
        if end <= start:
            pos = self._starts[start]
            return pos, pos
        # skip inserted characters at either edge
        while start < end - 1 and self._starts[start] == self._ends[start]:
            start += 1
        while end - 1 > start and self._starts[end - 1] == self._ends[end - 1]:
            end -= 1
        return self._starts[start], self._ends[min(end, n) - 1]


# a line break inside a sentence: the line before does not end it, the next one goes on in lower case
_LINE_BREAK = re.compile(r"(\S)[ \t]*\r?(\n)[ \t]*(\w)")


def _hard_wraps(text: str) -> set[int]:
    """Offsets of the line breaks that cut a sentence ("criticized\\nthe agreement")."""
    return {m.start(2) for m in _LINE_BREAK.finditer(text)
            if m.group(1) not in _TERMINAL and m.group(3).islower()}


def normalize(text: str) -> Normalized:
    """Clean ``text`` for the parser and keep the way back to it."""
    title_end = _headline_end(text)
    wraps = _hard_wraps(text) if "\n" in text else set()
    needs = title_end is not None or bool(wraps) or _SPECIAL.search(text) is not None
    if not needs:
        return Normalized(text, OffsetMap.identity(len(text)), None)
    # characters are replaced one for one (str.translate) or dropped; only the dropped ones and the
    # inserted full stop move offsets, so the map is built a run of kept characters at a time
    chars = list(text)
    for i in wraps:
        chars[i] = " "
    cleaned = "".join(chars).translate(_TABLE)
    starts = array("l")
    ends = array("l")
    insert_at = title_end if title_end is not None and title_end < len(text) else None
    norm_title_end = len(cleaned) if title_end is not None and insert_at is None else None
    prev = 0
    for cut in [m.start() for m in _DROPPED.finditer(text)] + [len(text)]:
        if insert_at is not None and norm_title_end is None and prev <= insert_at <= cut:
            # a headline without final punctuation: give the parser a sentence end
            starts.extend(range(prev, insert_at))
            ends.extend(range(prev + 1, insert_at + 1))
            norm_title_end = len(starts)
            starts.append(insert_at)
            ends.append(insert_at)
            prev = insert_at
        starts.extend(range(prev, cut))
        ends.extend(range(prev + 1, cut + 1))
        prev = cut + 1
    if insert_at is not None and norm_title_end is not None:
        cleaned = cleaned[:norm_title_end] + "." + cleaned[norm_title_end:]
    return Normalized(cleaned, OffsetMap(starts, ends, len(text)), norm_title_end)


_FIRST_LINE = re.compile(r"\s*([^\n]+?)[ \t]*\r?\n")


def _headline_end(text: str) -> int | None:
    """End offset of a first line that reads as a headline (short, no final punctuation), else None."""
    m = _FIRST_LINE.match(text)
    if not m:
        return None
    line = m.group(1).strip()
    if not line or len(line) > _HEADLINE_MAX or line[-1] in _TERMINAL:
        return None
    rest = text[m.end():].lstrip()
    if not rest or rest[0].islower():  # nothing after, or the sentence goes on: not a headline
        return None
    return m.end(1)


def remap(obj: Any, offsets: OffsetMap, original: str) -> None:
    """Rewrite, in place, every ``start``/``end``/``text`` inside ``obj`` into original-text terms.

    Walks dataclasses and lists; any dataclass with ``start``, ``end`` and ``text`` fields is a span.
    An object reachable twice (a span shared by two records) is rewritten once.
    """
    seen: set[int] = set()
    todo = [obj]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
            continue
        cls: Any = type(item)  # (typeshed's lru_cache wants a Hashable: a class is one)
        layout = _layout(cls)
        if layout is None or id(item) in seen:
            continue
        seen.add(id(item))
        is_span, others = layout
        if is_span:
            start, end = offsets.span(item.start, item.end)
            item.start, item.end, item.text = start, end, original[start:end]
        for name in others:
            value = getattr(item, name)
            kind: Any = type(value)
            if kind not in _PLAIN and (isinstance(value, list) or _layout(kind) is not None):
                todo.append(value)


_PLAIN = frozenset({str, int, float, bool, type(None)})  # field values that hold no span


@cache
def _layout(cls: type) -> tuple[bool, tuple[str, ...]] | None:
    """For a dataclass: whether its instances are spans, and their other fields; None for any other class."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = [f.name for f in dataclasses.fields(cls)]
    return {"start", "end", "text"} <= set(names), tuple(n for n in names if n not in ("start", "end", "text"))
