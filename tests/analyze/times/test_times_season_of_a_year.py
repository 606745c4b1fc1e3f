"""A season of a named year after a preposition keeps its article, as TimeML includes a determiner in the
expression ("the winter of 1994"): "in <the spring of 1941>"; a bare season after "in the" stays as it was
("in the <spring>", the project's convention). Sentences made up for the rule before it was written."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(2019, 3, 13)

CASES = [
    ("The war began in the spring of 1941.", "the spring of 1941", "1941-SP"),
    ("Prices peaked during the summer of 2015.", "the summer of 2015", "2015-SU"),
    ("The wall fell over the autumn of 1989.", "the autumn of 1989", "1989-FA"),
    ("The army withdrew in the summer.", "summer", "2018-SU"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES)
def test_a_season_of_a_year_keeps_its_article(comps, text, expr, value):
    assert found(comps, "en", text, PUB) == {expr: value}
