"""An act told in a clause of "until" or "before" in the present tense has not happened when the text is written
("the crisis will last until the president hands power to his rival", "will visit Cuba before he leaves office",
« avant qu'il ne quitte ses fonctions »): it is awaited, not told as done. In the past tense it happened ("fought
until the rebels surrendered"). Power handed (over) to another is given up (PLOVER CONCEDE, CAMEO 08), as
« remettre le pouvoir »; a leader handing over a cheque hands over no power. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language", "event"), [
    ("The standoff in Abidjan will go on until Gbagbo hands power to Ouattara.", "en", "CONCEDE"),
    ("Sanctions on Niger will stay until the junta releases President Bazoum.", "en", "RETREAT"),
    ("Obama will visit Havana before he leaves office in January.", "en", "CONSULT"),
    ("The talks must end before Russia attacks the port of Odessa.", "en", "ASSAULT"),
    ("Les sanctions resteront en place avant que la junte ne libère le président Bazoum.", "fr", "RETREAT"),
])
def test_an_act_awaited_in_the_present_is_not_told_as_done(run, text, language, event):
    assert not [e for e in run(text, language) if e.event == event and e.status == "actual"], text


@pytest.mark.parametrize(("text", "language", "event"), [
    ("The army of Mali fought on until the rebels surrendered to the Malian army in Kidal.", "en", "RETREAT"),
    ("Before he left office, Obama visited Havana and met Raul Castro.", "en", "CONSULT"),
    ("The Gambian president handed power to Adama Barrow on Thursday.", "en", "CONCEDE"),
    ("Sudan's military council handed over power to a civilian government.", "en", "CONCEDE"),
])
def test_an_act_done_stays_actual(run, text, language, event):
    assert [e for e in run(text, language) if e.event == event and e.status == "actual"], text


def test_a_cheque_handed_over_is_no_power_given_up(run):
    text = "The Japanese ambassador handed over a cheque to the Kenyan minister of health."
    assert not [e for e in run(text, "en") if e.event == "CONCEDE"]
