"""The narrative's year carries on (TempEval's reference time): a day or month that took the year of the
narrative is itself the reference of a date opening the next sentence, and quarters and seasons without a year
take the framing year as months do. Sentences written for the rules (issue 12), published Thursday 17 October
2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "En 2003, les troupes sont entrées en Irak le 20 mars. Le 9 avril, Bagdad est tombée. Le 1er mai, "
           "le président a proclamé la fin des combats.", "Le 1er mai", "2003-05-01"),
    ("en", "In 2003, troops entered Iraq on March 20. On April 9, Baghdad fell. On May 1, the president "
           "declared the end of major combat.", "May 1", "2003-05-01"),
    ("fr", "En 2019, la croissance a atteint 3 %. Au premier trimestre, elle avait ralenti.", "premier trimestre",
     "2019-Q1"),
    ("en", "In 2019, growth reached 3 percent. In the first quarter, it had slowed.", "the first quarter",
     "2019-Q1"),
    ("fr", "En 2015, la sécheresse a frappé le pays. Au printemps, les récoltes avaient déjà souffert.",
     "printemps", "2015-SP"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_narrative_year(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


def test_last_summer_keeps_its_own_year(comps):
    got = found(comps, "en", "In 2015, drought hit the country. Last summer, the harvest was good.")
    assert got.get("Last summer") == "2024-SU", got
