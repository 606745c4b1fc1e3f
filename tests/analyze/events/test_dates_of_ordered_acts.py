"""An act told through an infinitive it orders, asks or decides ("ordered the ambassador to leave the country on
Wednesday", « a ordonné à l'ambassadeur de quitter le pays mercredi »): news style puts the day of the act told at
the end of the sentence, where the parser hangs it on the infinitive. A past day there dates the act told when its
own clause has none; a day still to come is the later act's alone ("agreed to hold talks next week"). Sentences
written before the rule; published Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language", "event", "day"), [
    ("Bolivia ordered the U.S. ambassador to leave the country on Tuesday.", "en", "SANCTION", "2024-03-12"),
    ("Ecuador told two Colombian diplomats to leave Quito on Monday.", "en", "REQUEST", "2024-03-11"),
    ("Le Venezuela a ordonné à l'ambassadeur d'Espagne de quitter le pays mardi.", "fr", "SANCTION",
     "2024-03-12"),
])
def test_a_past_day_after_the_ordered_act_dates_the_order(runs, text, language, event, day):
    ev = event_of(runs(text, language), event)
    assert ev.date == day


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Iran agreed to hold talks with France next week.", "en", "AGREE"),
    ("Russia threatened to cut gas supplies to Ukraine in April.", "en", "THREATEN"),
    ("L'Iran a accepté de tenir des pourparlers avec la France la semaine prochaine.", "fr", "AGREE"),
])
def test_a_day_still_to_come_is_the_later_acts_alone(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-14"


@pytest.mark.parametrize(("text", "language"), [
    ("Russia suspended flights to Georgia on Tuesday and threatened to expel the diplomats named in the report "
     "published on Monday.", "en"),
    ("La Russie a suspendu mardi ses vols vers la Géorgie et menacé d'expulser les diplomates impliqués dans "
     "l'affaire d'espionnage révélée lundi.", "fr"),
])
def test_a_day_describing_a_noun_of_the_ordered_act_dates_that_noun(runs, text, language):
    ev = event_of(runs(text, language), "THREATEN")
    assert ev.date == "2024-03-12"
