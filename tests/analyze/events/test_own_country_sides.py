"""The actor's own country as the other side (issue 11, class 3: "a country protesting against itself"), each
class with made-up sentences written before the rule: the negatives and the positives PLOVER codes X -> X.

1. A side's reaction (words of blame, rejection, demand, praise) that names nobody, told after that side has
   dealt with a foreign party in the same story, answers that party; it is not addressed to the side's own
   country: "Turkey recalled its ambassador from Israel. Ankara also demanded an apology" is no Turkish demand
   made to Turkey. In a story where the side has dealt with nobody abroad ("Opposition supporters clashed with
   police in Nairobi. President Kibaki condemned the violence"), the reaction stays addressed at home, and an
   act of force at home ("police arrested protesters in Cairo") stays the country's act on its own people.
"""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def _self_directed(events, event_type: str, country: str) -> bool:
    return any(e.event == event_type and country in codes(e.actor) and country in codes(e.recipient)
               for e in events)


@pytest.mark.parametrize(("text", "language", "event", "country"), [
    ("Turkey recalled its ambassador from Israel on Monday. Ankara also demanded an apology.", "en", "REQUEST",
     "TUR"),
    ("Washington imposed new sanctions on Moscow on Monday. Russia denounced interference in its internal affairs.",
     "en", "ACCUSE", "RUS"),
    ("Britain froze the assets of the Libyan central bank. Tripoli condemned an act of piracy.", "en", "ACCUSE",
     "LBY"),
    ("La France a expulsé deux diplomates algériens. Alger a exigé des explications.", "fr", "REQUEST", "DZA"),
    ("Le Maroc a rappelé son ambassadeur à Alger. Rabat a dénoncé une campagne hostile.", "fr", "ACCUSE", "MAR"),
    ("Le Canada a accusé l'Iran d'espionnage. Téhéran a dénoncé une campagne de diffamation.", "fr", "ACCUSE",
     "IRN"),
])
def test_a_reaction_after_dealing_abroad_is_not_addressed_home(run, text, language, event, country):
    events = run(text, language)
    assert not _self_directed(events, event, country), described(events)


@pytest.mark.parametrize(("text", "language", "event", "country"), [
    ("Opposition supporters clashed with police in Nairobi. President Kibaki condemned the violence.", "en",
     "ACCUSE", "KEN"),
    ("Riot police fired tear gas at opposition supporters in Harare. The ruling party rejected the accusations "
     "of torture.", "en", "REJECT", "ZWE"),
    ("Police arrested dozens of protesters in Cairo on Friday.", "en", "COERCE", "EGY"),
    ("Russia expelled two British diplomats on Monday. Police in Moscow arrested dozens of protesters on "
     "Tuesday.", "en", "COERCE", "RUS"),
    ("La police grecque a tiré des gaz lacrymogènes sur des manifestants à Athènes. Le Premier ministre grec a "
     "dénoncé un acte meurtrier.", "fr", "ACCUSE", "GRC"),
    ("Des partisans de l'opposition ont affronté la police à Nairobi. Le président Kibaki a condamné les "
     "violences.", "fr", "ACCUSE", "KEN"),
])
def test_a_domestic_reaction_or_act_stays_at_home(run, text, language, event, country):
    events = run(text, language)
    assert _self_directed(events, event, country), described(events)
