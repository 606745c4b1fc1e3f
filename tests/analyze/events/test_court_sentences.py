"""A sentence told with the conviction that preceded it: a participle describing the convicted ("convicted of
war crimes in 2010", « reconnu coupable de massacres ») is background, and the sentence the clause reports
("was sentenced on Tuesday by a Bosnian court") is the event; when both are of one type the clause's own verb
keeps the record (its date, its confidence), not the participle that comes first in the text. And « condamné
par un tribunal », « en appel », « par contumace » is a court's sentence, not a condemnation (ACCUSE), whatever
the penalty said. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes, described, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run_default(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp}, min_confidence=None)


@pytest.mark.parametrize("text, language, court, trigger, date", [
    ("A former militia commander, convicted of war crimes in 2010, was sentenced on Tuesday to life in prison by "
     "a Bosnian court.", "en", "BIH", "sentenced", "2024-03-12"),
    ("The opposition leader, convicted in absentia in 2019, was sentenced on Friday to three years in prison by a "
     "Kenyan court.", "en", "KEN", "sentenced", "2024-03-08"),
    ("Un chef rebelle, reconnu coupable de massacres commis en 2004, a été condamné mardi à la prison à vie par un "
     "tribunal congolais. Cette peine pourrait en annoncer d'autres.", "fr", "COD", "condamné", "2024-03-12"),
    ("Un ancien officier, condamné en 2015 pour trahison, a de nouveau été condamné mercredi à dix ans de prison "
     "par un tribunal militaire turc.", "fr", "TUR", "condamné", "2024-03-13"),
])
def test_the_clauses_sentence_keeps_the_record(run_default, text, language, court, trigger, date):
    events = [e for e in run_default(text, language) if e.event == "SANCTION"]
    assert len(events) == 1, described(events)
    assert court in codes(events[0].actor), described(events)
    assert events[0].trigger.text == trigger and events[0].date == date, described(events)


@pytest.mark.parametrize("text, court", [
    ("L'opposant, condamné en 2015 par contumace, a de nouveau été condamné lundi par un tribunal algérien.", "DZA"),
    ("Le journaliste a été condamné mercredi par la cour d'appel de Rabat.", "MAR"),
    ("Un ancien ministre marocain a été condamné en appel jeudi.", "MAR"),
    ("Deux militants ont été condamnés par la justice égyptienne pour manifestation non autorisée.", "EGY"),
])
def test_a_court_condemning_is_a_sentence(run, text, court):
    # (the sense, whatever the confidence: a sentence told without its court has no actor)
    events = run(text, "fr")
    assert any(e.event == "SANCTION" and court in codes(e.actor) | codes(e.recipient) for e in events), \
        described(events)
    assert not any(e.event == "ACCUSE" for e in events), described(events)


@pytest.mark.parametrize("text", [
    "Le gouvernement algérien a condamné lundi les frappes israéliennes sur Gaza.",
    "Paris a condamné par la voix de son ministre les frappes russes en Syrie.",
    "L'Union européenne a condamné en termes très durs la répression des manifestants.",
])
def test_a_government_condemning_stays_criticism(run, text):
    events = run(text, "fr")
    assert any(e.event == "ACCUSE" for e in events), described(events)
    assert not any(e.event == "SANCTION" for e in events), described(events)
