"""Classes of issue 12 still missed on unseen text, each with sentences written for it (made up, French and
English) before its rule; published on Wednesday 10 June 2015."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(2015, 6, 10)  # a Wednesday, ISO week 24

# "at the time", « à l'époque », « à cette époque-là » closing their phrase: the past the narrative speaks of
# (PAST_REF, English leaving the signal "at" out as TimeML does); opening a complement or a clause they name
# the time of what follows, no time of their own
PAST_REFS = [
    ("en", "At the time, the company employed 300 people.", "the time"),
    ("en", "The mayor, who was a teacher at the time, opposed the plan.", "the time"),
    ("en", "Nobody knew the risks at the time.", "the time"),
    ("fr", "À l'époque, l'usine employait 300 ouvriers.", "À l'époque"),
    ("fr", "À cette époque-là, le village comptait deux écoles.", "À cette époque-là"),
    ("fr", "Le maire, enseignant à l'époque, s'opposait au projet.", "à l'époque"),
]
NOT_PAST_REFS = [
    ("en", "At the time of the flood, the bridge was closed.", "At the time"),
    ("en", "At the time the soldiers were captured, the border was open.", "At the time"),
    ("en", "She was abroad at the time when the law passed.", "at the time"),
    ("fr", "À l'époque de la guerre froide, la frontière était fermée.", "À l'époque"),
    ("fr", "À l'époque où le mur est tombé, il vivait à Berlin.", "À l'époque"),
    ("fr", "À cette époque de l'année, les routes sont enneigées.", "cette époque"),
]


@pytest.mark.parametrize(("lang", "text", "expr"), PAST_REFS)
def test_past_reference_closing_its_phrase(comps, lang, text, expr):
    assert found(comps, lang, text, PUB).get(expr) == "PAST_REF"


@pytest.mark.parametrize(("lang", "text", "expr"), NOT_PAST_REFS)
def test_past_reference_opening_a_complement_is_no_time(comps, lang, text, expr):
    assert "PAST_REF" not in found(comps, lang, text, PUB).values()


# a weekday in a sentence whose future verb the tagger read as a noun or an adjective (no verb left in the
# parse): the written future still points it ahead; a past or a parsed future unchanged
WEEKDAY_TENSES = [
    ("fr", "Mardi, le préfet visitera l'usine.", "Mardi", "2015-06-16"),
    ("fr", "Lundi, le préfet visitera l'usine.", "Lundi", "2015-06-15"),
    ("fr", "Le préfet visitera l'usine mardi.", "mardi", "2015-06-16"),
    ("fr", "Mardi, le maire inaugurera la nouvelle école.", "Mardi", "2015-06-16"),
    ("fr", "Lundi, la ministre présentera son projet de loi devant les députés.", "Lundi", "2015-06-15"),
    ("fr", "Mardi, la foule a envahi la place.", "Mardi", "2015-06-09"),
    ("fr", "Lundi, les syndicats ont manifesté devant la préfecture.", "Lundi", "2015-06-08"),
    ("en", "On Tuesday, the governor will visit the plant.", "Tuesday", "2015-06-16"),
]


@pytest.mark.parametrize(("lang", "text", "expr", "value"), WEEKDAY_TENSES)
def test_weekday_of_a_written_future(comps, lang, text, expr, value):
    assert found(comps, lang, text, PUB).get(expr) == value
