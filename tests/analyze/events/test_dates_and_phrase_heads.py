"""A time inside another event's prepositional phrase dates that event ("demanded his extradition for the massacre
in 1995"); a noun that only opens a phrase of the lexicon ("state" of "state of emergency", « état » of « état
d'urgence ») is that event's word only with the rest of the phrase, so "recognised Kosovo as an independent state
on Monday" is dated by Monday. Sentences written before the rule; published Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language"), [
    ("Ghana recognised South Sudan as an independent state on Tuesday.", "en"),
    ("Le Ghana a reconnu le Soudan du Sud comme un État indépendant mardi.", "fr"),
])
def test_a_phrase_head_alone_is_no_event_noun_that_keeps_the_time(runs, text, language):
    ev = event_of(runs(text, language), "SUPPORT")
    assert ev.date == "2024-03-12"


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Chile condemned Argentina for the state of emergency of March 1985.", "en", "ACCUSE"),
    ("Le Chili a condamné l'Argentine pour la prise d'otages de mars 1985.", "fr", "ACCUSE"),
])
def test_a_time_in_a_whole_phrase_still_dates_that_event(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert not (ev.date or "").startswith("1985")
