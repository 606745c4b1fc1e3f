"""Issues 12 and 17, event dates that let one event link across articles, from sentences written for these
tests before the rules (published Thursday 2024-03-14): a pluperfect clause told under a dated clause ("said
on Tuesday that its missiles had destroyed") happened before that day, so the day of the saying does not
date it; it takes an earlier day the narrative fixed, else no date (precision first). A call to protest on a
day (« a appelé le soir même à une journée de grève le 31 janvier ») is the protest called for, on the day its
noun's phrase names."""

from __future__ import annotations

import pytest
from events_helpers import event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,lang,event_type,saying_day", [
    ("Russia said on Tuesday that its missiles had destroyed a Ukrainian warship.", "en", "ASSAULT", "2024-03-12"),
    ("The Congolese army announced on Wednesday that rebels had attacked a convoy near Goma.", "en", "ASSAULT",
     "2024-03-13"),
    ("Kenyan police said on Monday that they had arrested three Somali suspects.", "en", "COERCE", "2024-03-11"),
    ("L'armée russe a indiqué mardi que ses missiles avaient détruit un navire ukrainien.", "fr", "ASSAULT",
     "2024-03-12"),
    ("La police kényane a annoncé lundi qu'elle avait arrêté trois suspects somaliens.", "fr", "COERCE",
     "2024-03-11"),
    ("L'armée congolaise a affirmé mercredi que les rebelles avaient attaqué un convoi près de Goma.", "fr",
     "ASSAULT", "2024-03-13"),
])
def test_a_pluperfect_under_a_dated_clause_is_not_on_its_day(run, text, lang, event_type, saying_day):
    ev = event_of(run(text, lang), event_type)
    assert ev.date != saying_day, (ev.date, ev.date_source)
    assert ev.date is None and ev.date_source == "none", (ev.date, ev.date_source)


@pytest.mark.parametrize("text,lang,event_type,day", [
    # an earlier day the narrative fixed is where the pluperfect stands
    ("Russian troops entered Kharkiv on Monday. Ukraine said on Wednesday that Russian missiles had destroyed a "
     "Ukrainian warship.", "en", "ASSAULT", "2024-03-11"),
    ("Les rebelles sont entrés lundi dans Goma. L'armée a affirmé mercredi que les rebelles avaient attaqué un "
     "convoi.", "fr", "ASSAULT", "2024-03-11"),
    # its own date stays
    ("The army said on Wednesday that rebels had attacked a convoy near Goma on Monday.", "en", "ASSAULT",
     "2024-03-11"),
    ("L'armée a affirmé mercredi que les rebelles avaient attaqué lundi un convoi près de Goma.", "fr", "ASSAULT",
     "2024-03-11"),
])
def test_a_pluperfect_takes_an_earlier_day_of_its_own_or_of_the_narrative(run, text, lang, event_type, day):
    ev = event_of(run(text, lang), event_type)
    assert ev.date == day, (ev.date, ev.date_source)


@pytest.mark.parametrize("text,lang,event_type,day", [
    # not a pluperfect: the saying's day still dates the clause it governs
    ("The army said on Wednesday that rebels attacked a convoy near Goma.", "en", "ASSAULT", "2024-03-13"),
    ("L'armée a affirmé mercredi que des rebelles ont attaqué un convoi près de Goma.", "fr", "ASSAULT",
     "2024-03-13"),
])
def test_other_tenses_keep_the_governing_day(run, text, lang, event_type, day):
    ev = event_of(run(text, lang), event_type)
    assert ev.date == day, (ev.date, ev.date_source)


@pytest.mark.parametrize("text,lang,day", [
    # a call to protest on a day: the protest called for is the event, on its own day, not the call's
    ("Les syndicats ont manifesté mardi à Paris. Le soir même, l'intersyndicale a appelé à une nouvelle journée de "
     "grève le 21 mars.", "fr", "2024-03-21"),
    ("Mardi soir, les syndicats français ont appelé à une journée de grève nationale le 21 mars.", "fr",
     "2024-03-21"),
])
def test_the_protest_called_for_takes_its_own_day(run, text, lang, day):
    ev = event_of(run(text, lang), "PROTEST")
    assert ev.date == day, (ev.date, ev.date_source)


# Written with the tests above and failing the same way, not fixed: the parser hangs the day on the call verb
# (« ont appelé à une grève générale le 21 mars »: obl:mod of « appelé »), or the call is a REQUEST of its own,
# dated by the call ("called for a general strike on March 21").
@pytest.mark.xfail(reason="the day hangs on the call verb in the parse", strict=True)
def test_the_protest_called_for_with_the_day_on_the_verb(run):
    ev = event_of(run("Mardi soir, les syndicats français ont appelé à une grève générale le 21 mars.", "fr"),
                  "PROTEST")
    assert ev.date == "2024-03-21", (ev.date, ev.date_source)


def test_a_call_told_as_a_request_keeps_the_calls_day(run):
    ev = event_of(run("French unions marched in Paris on Tuesday. That same evening, they called for a general "
                      "strike on March 21.", "en"), "REQUEST")
    assert ev.date == "2024-03-12", (ev.date, ev.date_source)
