"""Classes of real English news copy nobody here wrote (issue 11), second TR-News batch (``tests/gold/
realnews_trnews.jsonl``, the 20 articles appended on 2026-12-07). What a measure, an operation or talks are aimed at
is their aim, not a deed done ("the sanctions are aimed at punishing Russia": nobody was punished yet, as "a truce to
evacuate the wounded" evacuates nobody). A ceasefire that collapses or breaks down, or the collapse of one, is the end
of a truce, not a truce declared (CAMEO 08x wants the fighting halted). A side that says claims, reports or
allegations are false denies them (REJECT, as "denied the claims"), not a side that says a passport was false.
Sitting down with a leader, or for a working dinner or lunch with one, meets him (CAMEO 040), not sitting down with
reporters, students or one's family.
Sentences written before the rules, none taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, aim", [
    ("The operation was aimed at evacuating civilians from the besieged city of Mosul.", "evacuating"),
    ("The new sanctions are aimed at punishing Russia for the annexation of Crimea.", "punishing"),
    ("The talks between Ethiopia and Egypt are aimed at resolving the dispute over the dam.", "resolving"),
    ("The Turkish offensive, aimed at pushing Kurdish fighters away from the border, entered its third day.",
     "pushing"),
    ("Washington's new measures were aimed at helping Ukraine rebuild its power grid.", "helping"),
])
def test_what_a_measure_is_aimed_at_is_not_done(en_events, text, aim):
    events = en_events(text, "en")
    assert not [e for e in events if e.trigger.text == aim], described(events)


@pytest.mark.parametrize("text, kind", [
    ("The Iraqi army evacuated civilians from the besieged city of Mosul.", "AID"),
    ("The European Union punished Russia with new sanctions for the annexation of Crimea.", None),
    ("The talks between Ethiopia and Egypt are aimed at resolving the dispute over the dam.", "CONSULT"),
])
def test_the_deed_itself_and_the_aimed_measure_stay(en_events, text, kind):
    events = en_events(text, "en")
    assert events, described(events)
    assert kind is None or any(e.event == kind for e in events), described(events)


# (text, the type it must not be read as)
NOT_READ = [
    # a ceasefire that collapses, breaks down or fails, or its collapse, is no ceasefire
    ("The ceasefire brokered by Turkey collapsed on Wednesday after heavy shelling.", "RETREAT"),
    ("The collapse of the truce brokered by Egypt left dozens of Palestinians dead.", "RETREAT"),
    ("Fighting resumed after the breakdown of the ceasefire negotiated by Russia.", "RETREAT"),
    ("The truce agreed by Sudan's army and the paramilitaries broke down within hours.", "RETREAT"),
    ("Both sides blamed each other for the failure of the ceasefire brokered by Qatar.", "RETREAT"),
    # true claims, false papers, a denial not said: no denial
    ("The Kremlin said the American claims were true.", "REJECT"),
    ("The Turkish police said the passports of the two Syrians were false.", "REJECT"),
    ("The Kremlin did not say the American claims were false.", "REJECT"),
    # sitting down with reporters, students or one's family, or in a square, meets nobody
    ("The Brazilian president sat down with reporters after the vote.", "CONSULT"),
    ("The minister sat down with students at the university.", "CONSULT"),
    ("The Kenyan president sat down with his family for dinner.", "CONSULT"),
    ("The rebels sat down in the square to protest.", "CONSULT"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


# (text, type, a code the actor holds, codes both sides hold together; None: not asserted)
READ = [
    # a ceasefire declared, announced or holding stays one
    ("Armenia and Azerbaijan declared a ceasefire on Saturday.", "RETREAT", "ARM", None),
    ("The Colombian army announced a truce with the rebels.", "RETREAT", "COL", None),
    ("The truce brokered by Qatar between Israel and Hamas held for a week.", "RETREAT", "QAT", None),
    # saying claims, reports or allegations are false denies them, and the side whose claims they are
    ("The Kremlin said the American claims were false.", "REJECT", "RUS", {"RUS", "USA"}),
    ("The Iranian government said the allegations made by Israel were unfounded.", "REJECT", "IRN", {"IRN", "ISR"}),
    ("India's army said the Pakistani accusations were bogus.", "REJECT", "IND", {"IND", "PAK"}),
    ("Beijing's foreign ministry said the reports of a naval build-up were untrue.", "REJECT", "CHN", None),
    # sitting down with a leader, or a working meal with one, meets him
    ("The Turkish president sat down with the Russian president in Sochi on Friday.", "CONSULT", "TUR",
     {"TUR", "RUS"}),
    ("The Japanese prime minister sat down with the Chinese president on the sidelines of the forum.", "CONSULT",
     "JPN", {"JPN", "CHN"}),
    ("The French president had a working lunch with the German chancellor in Berlin.", "CONSULT", "FRA",
     {"FRA", "DEU"}),
    ("Canada's finance minister sat down for a working dinner with his provincial counterparts on Sunday.",
     "CONSULT", "CAN", None),
]


@pytest.mark.parametrize("text, kind, actor, sides", READ)
def test_read_as_that_event(en_events, text, kind, actor, sides):
    assert_read(en_events(text, "en"), kind, None, actor, sides)
