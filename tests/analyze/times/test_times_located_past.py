"""A past verb whose event a preposition places at a day or month without a year: that day or month lies
behind the text, however near ahead it falls (issue 12: past months put in the current year). A time
aimed at ("elections for Nov. 3", « a fixé au 10 novembre ») may still lie just ahead. Sentences written for
the rule; published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "Le sommet s'est tenu le 12 décembre.", "le 12 décembre", "2023-12-12"),
    ("fr", "Les élections ont eu lieu en novembre.", "novembre", "2023-11"),
    ("fr", "Les pluies sont tombées en décembre.", "décembre", "2023-12"),
    ("en", "The summit was held on Dec. 12.", "Dec. 12", "2023-12-12"),
    ("en", "Elections were held in November.", "November", "2023-11"),
    ("en", "The rebels seized the town during November.", "November", "2023-11"),
    # a time aimed at, not the event's own
    ("en", "The president announced elections for Nov. 3.", "Nov. 3", "2024-11-03"),
    ("fr", "Le président a annoncé des élections pour le 3 novembre.", "le 3 novembre", "2024-11-03"),
    # what a decision puts in its infinitive lies ahead of it
    ("en", "The council decided to hold the vote in November.", "November", "2024-11"),
    ("fr", "Le conseil a décidé de voter en novembre.", "novembre", "2024-11"),
    # future and present clauses are unchanged
    ("fr", "Le sommet se tiendra le 12 décembre.", "le 12 décembre", "2024-12-12"),
    ("en", "Elections will be held in November.", "November", "2024-11"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_located_past(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
