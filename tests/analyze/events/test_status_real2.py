"""Status classes of real wire copy (issue 11, word sense, negation, modality), each with made-up sentences of
varied wording written before the rule, and positives that must stay actual.

1. An order that was not given: a withdrawal the leader "has not ordered" (« n'a pas ordonné le retrait »), or
   an act after "no order to" (« aucun ordre de ») is not done, and no intent of it either.
2. A meeting only hoped for or proposed is no consultation: "hopes to hold a summit with", "proposed a meeting
   with" (« espère tenir un sommet », « a proposé une rencontre »); one held is.
3. A meeting that "could take place" (« qui pourrait avoir lieu », « pourraient se tenir ») has not taken place:
   the status of the verb of occurrence whose subject the meeting is.
"""

from __future__ import annotations

import pytest
from events_helpers import described

pytestmark = pytest.mark.model


def _done(events, event_type: str) -> bool:
    """An event of the type that is output as happening or announced (actual or future)."""
    return any(e.event == event_type and e.status in ("actual", "future") for e in events)


@pytest.mark.parametrize(("text", "language"), [
    ("The Pentagon chief has not ordered a pullout of troops from Syria.", "en"),
    ("The president never ordered a withdrawal of U.S. forces from Afghanistan.", "en"),
    ("Putin has given no order to pull Russian troops out of Ukraine.", "en"),
    ("Netanyahu gave no order to withdraw Israeli soldiers from Gaza.", "en"),
    ("Le président n'a pas ordonné le retrait des troupes françaises du Mali.", "fr"),
    ("Poutine n'a donné aucun ordre de retirer les troupes russes d'Ukraine.", "fr"),
    ("Le Premier ministre n'a jamais ordonné l'évacuation des colonies de Gaza.", "fr"),
])
def test_a_withdrawal_not_ordered_is_not_done(run, text, language):
    events = run(text, language)
    assert not _done(events, "RETREAT"), described(events)
    assert not _done(events, "AGREE"), described(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Biden hopes to hold a summit with Russia in Geneva.", "en"),
    ("Japan proposed a meeting with North Korea on the abductions.", "en"),
    ("Seoul has proposed a summit with Pyongyang next month.", "en"),
    ("Macron espère tenir un sommet avec la Russie à Genève.", "fr"),
    ("Le Japon a proposé une rencontre avec la Corée du Nord.", "fr"),
    ("Séoul a proposé des pourparlers avec Pyongyang.", "fr"),
])
def test_a_meeting_hoped_for_or_proposed_is_no_consultation(run, text, language):
    events = run(text, language)
    assert not _done(events, "CONSULT"), described(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Washington and Pyongyang are preparing a U.S.-North Korea summit that could take place next month.", "en"),
    ("Officials mentioned an Israeli-Egyptian summit that might take place in Cairo.", "en"),
    ("Israeli-Egyptian talks could be held in Cairo next week, officials said.", "en"),
    ("Tokyo wants a Japanese-Chinese summit which may be held in May.", "en"),
    ("Paris et Moscou évoquent un sommet franco-russe qui pourrait avoir lieu en juin.", "fr"),
    ("Des pourparlers entre Israël et l'Égypte pourraient se tenir au Caire.", "fr"),
    ("Les diplomates préparent une rencontre franco-allemande qui pourrait se tenir à Berlin.", "fr"),
])
def test_a_meeting_that_could_take_place_has_not(run, text, language):
    events = run(text, language)
    assert not any(e.event == "CONSULT" and e.status == "actual" for e in events), described(events)


@pytest.mark.parametrize(("text", "language", "event_type"), [
    ("Trump ordered the troops to withdraw from Syria.", "en", "RETREAT"),
    ("The president ordered a pullout of troops from Syria.", "en", "RETREAT"),
    ("Putin gave an order to withdraw Russian forces from Ukraine.", "en", "RETREAT"),
    ("Macron a ordonné le retrait des troupes françaises du Mali.", "fr", "RETREAT"),
    ("Japan held a meeting with North Korea in Beijing.", "en", "CONSULT"),
    ("Japan met North Korea in Beijing on Monday.", "en", "CONSULT"),
    ("Macron a tenu un sommet avec la Russie à Genève.", "fr", "CONSULT"),
    ("Le Japon a rencontré la Corée du Nord à Pékin.", "fr", "CONSULT"),
])
def test_an_order_given_or_a_meeting_held_stays_actual(run, text, language, event_type):
    events = run(text, language)
    assert any(e.event == event_type and e.status == "actual" for e in events), described(events)
