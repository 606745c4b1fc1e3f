"""Workers walking out strike; people sent back to a country are deported; force answered with force
(« ont répliqué par des gaz lacrymogènes ») is a reprisal whose agent a relative pronoun takes from the name
it hangs on, and whose means phrase is no passive agent; a noun undone by the word governing it is not an
actual event whatever that word's tag. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


def _found(events, event_type):
    return [(e.mode, codes(e.actor), codes(e.recipient)) for e in events if e.event == event_type]


@pytest.mark.parametrize("text", [
    "Thousands of Greek dock workers walked out on Tuesday over pay cuts.",
    "Nurses across Ireland walked out for 24 hours on Monday.",
])
def test_walking_out_is_a_strike(run, text):
    assert any(mode == "strike" for mode, _s, _t in _found(run(text, "en"), "PROTEST"))


def test_walking_out_of_a_room_is_no_strike(run):
    assert not any(mode == "strike" for mode, _s, _t in
                   _found(run("The Syrian delegation walked out of the meeting in Geneva.", "en"), "PROTEST"))


@pytest.mark.parametrize("text", [
    "L'Italie a renvoyé mardi 120 migrants vers la Tunisie.",
    "La Belgique a renvoyé vers le Maroc une cinquantaine de ressortissants marocains.",
])
def test_sending_people_back_to_a_country_is_deporting(run, text):
    assert any(mode == "deport" for mode, _s, _t in _found(run(text, "fr"), "COERCE"))


def test_sending_a_decision_back_is_nothing(run):
    assert not _found(run("Le gouvernement a renvoyé sa décision à la semaine prochaine.", "fr"), "COERCE")


def test_force_answered_by_a_relative_clause(run):
    events = run("À Bordeaux, des manifestants ont lancé des pierres sur les forces de l'ordre, qui ont répliqué "
                 "par des gaz lacrymogènes.", "fr")
    assert _found(events, "ASSAULT"), [(e.event, codes(e.actor)) for e in events]
    assert all(e.status == "actual" for e in events if e.event == "ASSAULT")


@pytest.mark.parametrize(("text", "language"), [
    ("La Russie a déclaré que l'Ukraine avait violé le cessez-le-feu.", "fr"),
    ("Moscow said Kiev had violated the ceasefire.", "en"),
])
def test_a_violated_truce_is_no_truce(run, text, language):
    assert not any(e.event == "RETREAT" and e.status == "actual" for e in run(text, language))
