"""The year of a law's name (« la loi de 1905 », "the Civil Rights Act of 1964") is part of a name, not a time
expression (TimeML: dates inside names are not markable). Sentences written for the rule (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "La loi de 1905 sépare les Églises et l'État.", "1905"),
    ("fr", "Le décret de 1962 a été abrogé.", "1962"),
    ("en", "The Civil Rights Act of 1964 was signed.", "1964"),
]


@pytest.mark.parametrize(("lang", "text", "year"), CASES)
def test_year_of_a_law_is_no_time(comps, lang, text, year):
    assert year not in found(comps, lang, text)


def test_year_of_an_event_stays(comps):
    assert found(comps, "fr", "La loi a été votée en 1905.").get("1905") == "1905"
