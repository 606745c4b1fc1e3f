"""Classes of real English news copy nobody here wrote (issue 11), the 12 TR-News articles of
``tests/gold/realnews_trnews2.jsonl``. Concern about a danger nobody causes (the weather, a disease, a shortage: the
hazards a warning of which is no threat) disapproves of no side (CAMEO 111 is disapproval of a side's act): "farmers
are concerned about the drought" and "officials voiced concern over the floods" are no ACCUSE, where concern about an
arrest or a shelling stays one. Sentences written before the rule, none taken from the articles.

The batch's first run read 5 events, 1 right, and found 1 of 2 required ones. False events by cause: concern about
a disease's impact read as an accusation (1: told through "the impact of", which this rule does not reach); a
forecast's warning of weather read as a threat because the parser took "freezing" for a verb over the hazard (1);
an appeal to would-be blood donors read as a request between sides (1: "donors" are also the international donors a
government appeals to); a road closed for a collision inquiry in a town named Paris read as a French restriction
(1). The miss: a vigil pressing for treatment not read as a protest."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


# (text, the type it must not be read as)
NOT_READ = [
    ("Farmers in Kenya are concerned about the drought.", "ACCUSE"),
    ("Thai officials expressed concern about the flooding in Bangkok.", "ACCUSE"),
    ("Chilean officials voiced concern over the wildfire outbreak near Valparaiso.", "ACCUSE"),
    ("Peruvian health officials are deeply concerned about the epidemic in Loreto.", "ACCUSE"),
    ("Indian ministers are concerned about the shortage of onions.", "ACCUSE"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


# (text, type, mode, a code the actor holds, codes both sides hold together; None: not asserted)
READ = [
    # concern about a side's act stays disapproval
    ("Germany said it was deeply concerned about the arrest of the journalist in Turkey.", "ACCUSE", "disapprove",
     "DEU", {"DEU", "TUR"}),
    ("France expressed concern over the shelling of Aleppo by Syrian forces.", "ACCUSE", "disapprove", "FRA",
     {"FRA", "SYR"}),
]


@pytest.mark.parametrize("text, kind, mode, actor, sides", READ)
def test_read_as_that_event(en_events, text, kind, mode, actor, sides):
    assert_read(en_events(text, "en"), kind, mode, actor, sides)
