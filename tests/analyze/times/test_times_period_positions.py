"""A position inside the last or the next period is one expression with it (TimeML 1.2.1: "early next
week" is one TIMEX3, its value the period's, the position a modifier): "early next week", "late last
year", « à <la fin de l'année prochaine> », « au <début du mois dernier> » (the French TimeBank leaves the
opening preposition out, a signal); the end of the current period in one word ("by year-end", TimeBank: a
DATE of that year). Sentences written for these tests."""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


CASES = [
    ("en", "The ruling is expected early next week.", "early next week", "2024-W43"),
    ("en", "The company was founded late last year.", "late last year", "2023"),
    ("en", "Talks stalled earlier last month.", "earlier last month", "2024-09"),
    ("en", "The company expects to finish the sale by year-end.", "year-end", "2024"),
    ("en", "Debt should fall below $1 billion by year end.", "year end", "2024"),
    ("en", "The unit will be sold by the year's end.", "year's end", "2024"),
    ("fr", "Le texte sera voté à la fin de l'année prochaine.", "la fin de l'année prochaine", "2025"),
    ("fr", "Les prix ont baissé au début du mois dernier.", "début du mois dernier", "2024-09"),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_position_in_last_or_next_period(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value
