"""A month of every year and every other unit are SETs (TimeML: "each July" XXXX-07, « chaque mois de
juillet », "every other week" P2W). Sentences written for the rule (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "Orangemen march each July through the town.", "each July", "XXXX-07"),
    ("en", "Every May, the town holds a fair.", "Every May", "XXXX-05"),
    ("en", "The committee meets every other week.", "every other week", "P2W"),
    ("fr", "La fête a lieu chaque mois de juillet.", "chaque mois de juillet", "XXXX-07"),
    ("fr", "La commune organise une fête tous les mois de juin.", "tous les mois de juin", "XXXX-06"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_month_set(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


def test_modal_may_is_no_month(comps):
    assert found(comps, "en", "Each may vote for one candidate.") == {}
