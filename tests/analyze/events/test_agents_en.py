"""English argument families of issue 11 (agents and objects), on sentences written before the rules:
bare state agents ("police", "the court") take the article's home country; counterparts met abroad are the
host's even in a domestic story; quantity words ("hundreds of", "dozens of") do not hide the object."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(en_nlp):
    runner = event_runner({"en": en_nlp})
    return lambda text: runner(text, "en")


_KENYA = "Kenya's opposition called for new elections in Kenya on Sunday. "


@pytest.mark.parametrize(("text", "event"), [
    (_KENYA + "Police arrested two opposition lawmakers in Nairobi.", "COERCE"),
    (_KENYA + "The police detained a student leader on Monday.", "COERCE"),
    (_KENYA + "The court sentenced the former mayor to five years in prison.", "SANCTION"),
])
def test_bare_state_agent_takes_the_home_country(run, text, event):
    ev = event_of(run(text), event)
    assert codes(ev.actor) == {"KEN"}
    assert ev.actor[0].sector


def test_meeting_abroad_in_a_domestic_story(run):
    text = ("Australia tightened its asylum rules on Monday, and Australia will review them next year. "
            "The Australian immigration minister met officials in Colombo about people smuggling.")
    ev = event_of(run(text), "CONSULT")
    assert "LKA" in codes(ev.recipient)


@pytest.mark.parametrize(("text", "event"), [
    ("Egyptian police arrested hundreds of protesters in Cairo.", "COERCE"),
    ("Syrian troops killed dozens of rebels near Homs.", "ASSAULT"),
    ("Turkish police detained a number of journalists in Ankara.", "COERCE"),
])
def test_quantity_words_do_not_hide_the_object(run, text, event):
    ev = event_of(run(text), event)
    assert ev.recipient and all(r.sector for r in ev.recipient if r.actor_id)


def test_scene_is_not_a_recipient(run):
    ev = event_of(run("Syrian troops killed dozens of rebels near Homs."), "ASSAULT")
    assert not any(r.actor_id is None and r.text == "Homs" for r in ev.recipient)


# -- "X demanded the release of Y": the addressee is who holds Y, never Y (CAMEO 1056 "demand that target
# release persons"; PLOVER REQUEST's recipient is the one asked to act) ----------------------------------
def test_release_request_is_addressed_to_the_agent_of_the_release(run):
    ev = event_of(run("France called for the release of two French journalists by the Syrian government."), "REQUEST")
    assert codes(ev.actor) == {"FRA"}
    assert "SYR" in codes(ev.recipient)


def test_release_request_is_not_addressed_to_the_prisoners(run):
    events = run("The Dutch government demanded the release of two Malian journalists.")
    for ev in events:
        if ev.event == "REQUEST":
            assert "MLI" not in codes(ev.recipient)
