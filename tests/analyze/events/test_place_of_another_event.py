"""A place named inside the phrase of another kind of event is that event's, not the reported act's: a guard
"convicted for his role in murders committed in Poland", « condamné pour complicité dans des meurtres commis en
Pologne », was not tried there. Not so for the act's own complement, whose place is often the act's too ("withdrew
from the talks in Geneva"), which leaves "protested against the war in Iraq" placed in Iraq (a strict xfail). The
place stays the act's when the other event is only its circumstance ("killed during clashes in Homs", « lors
d'affrontements à Homs ») or the same kind of event ("met for talks in Geneva"), and what the act is done on keeps
its place ("the release of engineers kidnapped in Nigeria": PLOVER codes the place's country as whom the demand is
aimed at when no captor is named). Sentences written before the rule; the last two after its first version lost
such cases on our own PLOVER sets."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def _located(events, kind):
    return [e for e in events if e.event == kind]


@pytest.mark.parametrize("text, language, kind, elsewhere, country", [
    pytest.param("Thousands of Britons protested against the war in Iraq on Saturday.", "en", "PROTEST", "Iraq", "IRQ",
                 marks=pytest.mark.xfail(strict=True, reason="the act's own complement keeps its place (\"withdrew "
                                         "from the talks in Geneva\"), and \"against the war\" is one")),
    ("A German court convicted a former guard on Tuesday for his role in murders committed in Poland.", "en",
     "SANCTION", "Poland", "POL"),
    pytest.param("Des milliers de Britanniques ont manifesté samedi contre la guerre en Irak.", "fr", "PROTEST", "Iraq",
                 "IRQ", marks=pytest.mark.xfail(strict=True, reason="« contre la guerre en Irak »: the arguments stage "
                                                "takes the place of the « contre » phrase as the recipient, and "
                                                "« guerre » is not read as an event there")),
    ("Un tribunal allemand a condamné mardi un ancien gardien pour complicité dans des meurtres commis en Pologne.",
     "fr", "SANCTION", "Poland", "POL"),
])
def test_the_place_of_another_event_is_not_the_acts(run, text, language, kind, elsewhere, country):
    # (nor its country the act's recipient: a guard of no named country is no Pole)
    events = _located(run(text, language), kind)
    assert all(e.location is None or e.location.name != elsewhere for e in events), described(events)
    assert all(country not in codes(e.recipient) for e in events), described(events)


@pytest.mark.parametrize("text, language, kind, place", [
    ("Three soldiers were killed during clashes with rebels in Homs on Sunday.", "en", "FIGHT", "Homs"),
    ("The French and German foreign ministers met on Monday for talks in Geneva.", "en", "CONSULT", "Geneva"),
    ("Trois soldats ont été tués dimanche lors d'affrontements avec des rebelles à Homs.", "fr", "FIGHT", "Homs"),
])
def test_a_circumstance_or_the_same_event_keeps_its_place(run, text, language, kind, place):
    events = [e for e in run(text, language) if e.location is not None]
    assert any(e.location.name == place for e in events), described(run(text, language))


@pytest.mark.parametrize("text, language, actor, recipient", [
    ("Japan demanded on Monday the release of two engineers kidnapped in Nigeria.", "en", "JPN", "NGA"),
    ("La France a exigé lundi la libération de trois humanitaires enlevés au Mali.", "fr", "FRA", "MLI"),
])
def test_what_the_act_is_done_on_keeps_its_place(run, text, language, actor, recipient):
    events = [e for e in run(text, language) if e.event == "REQUEST"]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(
        run(text, language))
