"""Quotation marks: pair openers with closers inside one paragraph, tolerating broken marks.

Scraped and machine-translated news often closes a quotation with a second *opening* mark
("« ... « , a déclaré X"). The rule: inside an open quotation, another opening mark of the same kind
that is followed by a speech cue (", a déclaré", "said X", "selon X") or by the end of the paragraph
acts as the closing mark. Otherwise it opens a nested quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# opening mark -> closing marks it accepts
PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”\"",
    "„": "“”",
    "‹": "›",
    '"': '"',
}
OPENERS = frozenset(PAIRS)
TYPEWRITER = "''"  # two apostrophes for a double quotation mark, opening and closing (news wires, NYT)
_BEFORE_STRAIGHT_OPEN = " \n([{—–-:/«“"
_MARK = re.compile(re.escape(TYPEWRITER) + "|[" + re.escape("".join(PAIRS)) + "]")


@dataclass(slots=True, frozen=True)
class Marked:
    """A span between quotation marks: ``open``/``close`` are the offsets of the marks themselves.

    ``close`` is the offset just past the content when the quotation is unclosed (``closed`` False).
    """

    open: int
    close: int
    mark: str
    closed: bool
    width: int = 1  # characters of the mark (2 for '')

    @property
    def content(self) -> tuple[int, int]:
        return self.open + self.width, self.close


def find_marked(
    text: str, start: int, end: int, acts_as_closer: Callable[[int], bool], elisions: str = ""
) -> list[Marked]:
    """Top-level quotations in ``text[start:end]`` (one paragraph).

    ``acts_as_closer(pos)`` says whether the opening mark at ``pos`` inside an open quotation is
    followed by a speech cue, which makes it a closing mark. ``elisions``: the apostrophes after which a
    straight mark may open a quotation (« d'"inacceptable" »).
    """
    out: list[Marked] = []
    i = start
    while i < end:
        nxt = _MARK.search(text, i, end)  # the characters between marks are skipped at once
        if nxt is None:
            break
        i = nxt.start()
        ch = text[i]
        if text.startswith(TYPEWRITER, i):
            close = text.find(TYPEWRITER, i + 2, end) if _straight_opens(text, i + 1, start, end, i) else -1
            if close > i + 2:
                out.append(Marked(i, close, TYPEWRITER, True, 2))
                i = close + 2
            else:
                i += 2
            continue
        if ch not in OPENERS or (ch == '"' and not _straight_opens(text, i, start, end, elisions=elisions)):
            i += 1
            continue
        found = _close(text, i, end, acts_as_closer)
        if found is None:
            # unclosed up to the paragraph end: keep it, the caller decides
            stop = end
            while stop > i + 1 and text[stop - 1].isspace():
                stop -= 1
            out.append(Marked(i, stop, ch, False))
            break
        out.append(Marked(i, found, ch, True))
        i = found + 1
    return out


def _straight_opens(text: str, i: int, start: int, end: int, first: int | None = None, elisions: str = "") -> bool:
    """A straight mark at ``i`` (whose first character is at ``first``) opening a quotation."""
    first = i if first is None else first
    before_ok = first == start or text[first - 1] in _BEFORE_STRAIGHT_OPEN or text[first - 1] in elisions
    after_ok = i + 1 < end and not text[i + 1].isspace()
    return before_ok and after_ok


def _close(text: str, i: int, end: int, acts_as_closer: Callable[[int], bool]) -> int | None:
    """Offset of the mark closing the quotation opened at ``i``, or None."""
    opener = text[i]
    closers = PAIRS[opener]
    depth = 0
    j = i + 1
    while j < end:
        ch = text[j]
        if opener == '"':
            if ch == '"':
                return j
        elif ch in closers and not (ch == opener and _looks_opening(text, j, end)):
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener:
            if depth == 0 and (acts_as_closer(j) or _rest_is_blank(text, j + 1, end)):
                return j
            depth += 1
        j += 1
    return None


def _looks_opening(text: str, j: int, end: int) -> bool:
    """A mark that is both an opener and a closer ("“" after "„") read as opening here."""
    return j + 1 < end and not text[j + 1].isspace() and (j == 0 or text[j - 1].isspace())


def _rest_is_blank(text: str, j: int, end: int) -> bool:
    for k in range(j, end):
        if not (text[k].isspace() or text[k] in ".,;"):
            return False
    return True
