"""A bare weekday the parser hung on a noun of a past clause is the past day ("ont imposé des sanctions à
l'Iran vendredi", published on a Thursday: the Friday before, not the one after). A weekday that truly
modifies a noun, through a preposition or as a compound ("la réunion de vendredi", "the Friday meeting"),
keeps its own reading: the nearest day. Sentences written before the rule; published Thursday 2024-03-14."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

PUB = date(2024, 3, 14)

CASES = [
    ("fr", "Les États-Unis ont imposé de nouvelles sanctions à l'Iran vendredi.", "vendredi", "2024-03-08"),
    ("fr", "Des milliers de manifestants ont défilé dans les rues de Tunis samedi.", "samedi", "2024-03-09"),
    ("fr", "La police a arrêté trois militants de l'opposition à Dakar vendredi soir.", "vendredi soir",
     "2024-03-08TEV"),
    ("en", "The United States imposed new sanctions on Iran Friday.", "Friday", "2024-03-08"),
    ("fr", "Le ministre a confirmé la réunion de vendredi.", "vendredi", "2024-03-15"),
    ("en", "The minister confirmed the Friday meeting.", "Friday", "2024-03-15"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_a_weekday_on_a_noun_of_a_past_clause(comps, lang, text, span, value):
    nlp, comp = comps[lang]
    assert (span, value) in values(run(nlp, comp, text, PUB, lang))
