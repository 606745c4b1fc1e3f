"""Pairs of DATE expressions that bound a range ("entre mai 2023 et mars 2024", "from 2019 to 2021")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc

from veille.analyze.extensions import doc_text
from veille.contract.models import Time

_OPENERS = {"entre", "du", "de", "d'", "depuis", "dès", "des", "between", "from", "since"}
_JOINERS = {"et", "au", "à", "a", "jusqu'au", "jusqu'à", "-", "–", "and", "to", "until", "till",
            "through", "thru"}
_WORD = re.compile(r"[\w']+$")


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").lower().split())


def ranges(times: list[Time], doc: Doc | str) -> list[tuple[Time, Time]]:
    """(start, end) pairs of DATE items joined as a range, in text order.

    "entre X et Y", "du X au Y", "de X à Y", "between X and Y", "from X to Y", "X-Y".
    Each item takes part in at most one pair; lists ("les 6 et 13 avril") are not ranges.
    """
    text = doc if isinstance(doc, str) else doc_text(doc)
    dates = sorted((t for t in times if t.type == "DATE" and not t.value.endswith("_REF")), key=lambda t: t.start)
    out: list[tuple[Time, Time]] = []
    used: set[int] = set()
    for a, b in zip(dates, dates[1:]):
        if id(a) in used or b.start < a.end:
            continue
        gap = _norm(text[a.end:b.start])
        if gap not in _JOINERS:
            continue
        before = _norm(text[max(0, a.start - 20):a.start])
        m = _WORD.search(before)
        opener = m.group(0) if m else ""
        if gap not in ("-", "–") and opener not in _OPENERS and not before.endswith("d'"):
            continue  # "X et Y" without "entre"/"du"/"between" is a list, not a range
        out.append((a, b))
        used.update((id(a), id(b)))
    return out


def forward_weekday_ranges(times: list[Time], text: str, weekday: Callable[[str], int | None]) -> None:
    """The end of a range of two bare weekdays is the first such day after the range's start (« du
    vendredi au dimanche », "from Friday to Sunday"): each weekday placed alone may have gone the other way.
    ``weekday``: the ISO weekday a word names, or None. Changes the end items in place."""
    for a, b in ranges(times, text):
        wd = weekday(b.text.strip())
        if wd is None or weekday(a.text.strip()) is None or len(a.value) != 10 or len(b.value) != 10:
            continue  # two weekdays; "from Sept. 14 to Thursday" ends on the Thursday its clause means
        try:
            first, last = date.fromisoformat(a.value), date.fromisoformat(b.value)
        except ValueError:
            continue
        ahead = first + timedelta(days=(wd - first.isoweekday()) % 7 or 7)
        if ahead != last:
            b.value = ahead.isoformat()
