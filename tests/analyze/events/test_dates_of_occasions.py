"""Two rules for the day an event's clause gives it, written before the code that follows them (made-up
sentences, published Thursday 2024-03-14):

- an act done at or during an occasion ("pledged aid at a donors' conference on Tuesday", « ont signé un accord
  lors d'un sommet lundi ») happens inside that occasion, so the occasion's time is the act's, even where the
  parser hangs it on the occasion's noun. Another event's noun after a preposition that is no occasion ("for the
  massacre in 1995", "after clashes on Monday") keeps its time to itself;
- an event in « la nuit de mercredi à jeudi » ("the night of Wednesday to Thursday") is dated the second day:
  the night's events fall in its small hours, after midnight, as news tells them on the morning after (the time
  expression itself stays TimeML's night of the first day)."""

from __future__ import annotations

import pytest
from events_helpers import event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language", "event", "day"), [
    ("Japan pledged 500 million dollars to Pakistan at a donors' conference in Geneva on Tuesday.", "en", "AGREE",
     "2024-03-12"),
    ("Vietnam and China signed a trade agreement during talks in Hanoi on Monday.", "en", "AGREE", "2024-03-11"),
    ("Le Japon a promis 500 millions de dollars au Pakistan lors d'une conférence des donateurs à Genève mardi.",
     "fr", "AGREE", "2024-03-12"),
    ("Le Vietnam et la Chine ont signé un accord commercial pendant des pourparlers à Hanoï lundi.", "fr", "AGREE",
     "2024-03-11"),
])
def test_an_act_at_an_occasion_takes_the_occasions_day(runs, text, language, event, day):
    ev = event_of(runs(text, language), event)
    assert ev.date == day


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Serbia arrested a former general for the massacre in Srebrenica in 1995.", "en", "COERCE"),
])
def test_another_events_time_after_no_occasion_stays_its_own(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-14"


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Des hommes armés ont attaqué un poste de police dans la nuit de mercredi à jeudi à Gao.", "fr", "ASSAULT"),
    ("La police a arrêté trois opposants dans la nuit de mercredi à jeudi à Minsk.", "fr", "COERCE"),
    ("Gunmen attacked a police post in Gao in the night of Wednesday to Thursday.", "en", "ASSAULT"),
])
def test_an_event_of_a_night_between_two_days_is_dated_the_second_day(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-14"


@pytest.mark.parametrize(("text", "language", "event", "day"), [
    ("Des hommes armés ont attaqué un poste de police mardi soir à Gao.", "fr", "ASSAULT", "2024-03-12"),
    ("Gunmen attacked a police post in Gao on Tuesday night.", "en", "ASSAULT", "2024-03-12"),
])
def test_an_event_of_a_days_night_stays_on_that_day(runs, text, language, event, day):
    ev = event_of(runs(text, language), event)
    assert ev.date == day


@pytest.mark.parametrize(("text", "language", "event", "day"), [
    # a verb coordinated under one subject with a dated one: that act's day, even where it came from the ordered
    # infinitive ("told the envoy to leave the country on Tuesday")
    ("Russia told the Georgian envoy to leave the country on Tuesday and expelled two Georgian diplomats.", "en",
     "SANCTION", "2024-03-12"),
    # a clause counted from a governing act: that act's day, moved by the count
    ("Israel ordered Palestinian workers to leave on Wednesday and closed the crossing, a day after Hamas militants "
     "attacked an Israeli patrol.", "en", "ASSAULT", "2024-03-12"),
    ("Israeli troops shelled Gaza on Wednesday and closed the crossing, a day after Hamas militants attacked an "
     "Israeli patrol.", "en", "ASSAULT", "2024-03-12"),
])
def test_an_act_without_its_own_time_takes_the_day_of_the_act_it_goes_with(runs, text, language, event, day):
    ev = next(e for e in runs(text, language) if e.event == event and e.trigger.text != "shelled")
    assert ev.date == day


@pytest.mark.parametrize(("text", "language", "event"), [
    # a date after "of" / « de » on the proper name of an organisation is part of the name, never the act's day
    ("Mali signed a peace accord with the Democratic Alliance of 23 May for Change in Algiers on Tuesday.", "en",
     "AGREE"),
    ("Le Mali et les rebelles du Front démocratique du 12 juin pour la liberté ont signé mardi à Alger un accord de "
     "paix.", "fr", "AGREE"),
])
def test_a_date_inside_a_name_does_not_date_the_act(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-12"


@pytest.mark.parametrize(("text", "language", "event"), [
    # the partner's day, not the year of the event noun its object names, nearer to the trigger
    ("The Croatian parliament adopted a declaration on Tuesday condemning the 1991 shelling of Vukovar and "
     "apologising to the families of the victims.", "en", "SUPPORT"),
])
def test_a_coordinated_act_takes_its_partners_day_not_the_nearest_time(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-12"
