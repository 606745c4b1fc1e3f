"""Weekdays placed by their clause where the parser hangs them elsewhere: a present verb above the noun a
weekday was hung on announces it (« le tribunal rend sa décision lundi »), a copula's tense (« le président
sera lundi à Berlin »), an adjective's verb ("results are due on Monday"), and the time a verb of
postponement moves an event to ("postponed to Monday", « reporté à lundi »), which lies ahead. Sentences
written for the rules (issue 12: weekday direction); published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "Le tribunal rend sa décision lundi.", "lundi", "2024-10-21"),
    ("fr", "Le président sera lundi à Berlin.", "lundi", "2024-10-21"),
    ("fr", "Le président était lundi à Berlin.", "lundi", "2024-10-14"),
    ("en", "Results are due on Monday.", "Monday", "2024-10-21"),
    ("en", "Thursday's vote was postponed to Monday.", "Monday", "2024-10-21"),
    ("en", "The hearing was delayed until Tuesday.", "Tuesday", "2024-10-22"),
    ("fr", "Le vote de jeudi a été reporté à lundi.", "lundi", "2024-10-21"),
    # the postponing itself stays in the past
    ("en", "The vote was postponed on Monday.", "Monday", "2024-10-14"),
    ("fr", "Le vote a été reporté lundi.", "lundi", "2024-10-14"),
    # a past verb above the noun keeps the day behind
    ("fr", "Le tribunal a rendu sa décision lundi.", "lundi", "2024-10-14"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_weekday_by_its_clause(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
