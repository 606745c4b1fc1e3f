"""Years written short and years in spans (TimeML: each year of "2001-02" is its own DATE; a year used as
a modifier, "a 2015 peace deal", is a DATE like any other)."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

PUB = date(2024, 10, 17)


FR = [
    ("Le club a été champion en 05/06.", [("05", "2005"), ("06", "2006")]),
    ("Il a joué la saison 98/99 à Lyon.", [("98", "1998"), ("99", "1999")]),
    ("La saison 2001-02 a été difficile.", [("2001", "2001"), ("02", "2002")]),
    ("L'accord de paix de 2015 a échoué.", [("2015", "2015")]),
]

EN = [
    ("The club won the title in '05.", [("'05", "2005")]),
    ("The class of '98 met again.", [("'98", "1998")]),
    ("The 1999-00 season was hard.", [("1999", "1999"), ("00", "2000")]),
    ("A 2015 peace deal collapsed.", [("2015", "2015")]),
]

NOT_YEARS = [
    ("fr", "Il a été arrêté le 05/06 à Lyon.", ("05", "2005")),  # a day and month, not a season
    ("fr", "Le score était de 05/07 en 2001.", ("05", "2005")),  # not two years in a row
    ("en", "He said 'twenty-two' and left.", ("'22", "2022")),
]


@pytest.mark.parametrize(("text", "expected"), FR)
def test_french_years(fr, text, expected):
    nlp, comp = fr
    got = values(run(nlp, comp, text, PUB, "fr"))
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_years(en, text, expected):
    nlp, comp = en
    got = values(run(nlp, comp, text, PUB, "en"))
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_YEARS)
def test_not_short_years(fr, en, lang, text, absent):
    nlp, comp = fr if lang == "fr" else en
    assert absent not in values(run(nlp, comp, text, PUB, lang))
