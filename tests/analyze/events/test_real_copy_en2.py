"""Classes of real English news copy nobody here wrote (issue 11): the TR-News articles of 2012-2017 coded in
``tests/gold/realnews_trnews.jsonl``. Calling a leader, a deed or a process by a name of contempt condemns it
("described the proposal as a hoax", "called the leader a dictator", CAMEO 111 as "branded the attack barbaric");
a leader who speaks with another leader, or holds a telephone call with one, consults him (CAMEO 040/041), not one
who speaks with reporters or farmers; a side that agrees with an assessment, a conclusion or findings shares an
opinion, it makes no agreement with anyone (CAMEO 03 wants a promise or a deal). Sentences written before the rules,
none taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran's foreign minister described the American proposal as a hoax.", "IRN", "USA"),
    ("The Polish government called the Belarusian leader a dictator.", "POL", "BLR"),
    ("Zimbabwe's main opposition party branded the election a fraud.", "ZWE", None),
    ("Mexico's president described the American border wall as a scam.", "MEX", "USA"),
    # (the parser hangs "as ..." on an object that has a complement of its own)
    ("The Venezuelan government described the report of the UN mission as a fabrication.", "VEN", None),
    ("China's foreign ministry described the visit of the American delegation to Taiwan as a provocation.", "CHN",
     None),
])
def test_a_name_of_contempt_condemns(en_events, text, actor, recipient):
    events = [e for e in en_events(text, "en") if e.event == "ACCUSE"]
    assert events, described(en_events(text, "en"))
    assert any(actor in codes(e.actor) and (recipient is None or recipient in codes(e.recipient))
               for e in events), described(events)


@pytest.mark.parametrize("text", [
    "Ukraine's president called the pilot a hero.",
    "The Chilean minister described the talks as useful.",
    "India's prime minister described the agreement as a milestone.",
])
def test_a_name_of_praise_condemns_nothing(en_events, text):
    events = [e for e in en_events(text, "en") if e.event == "ACCUSE"]
    assert not events, described(events)


@pytest.mark.parametrize("text, sides", [
    ("The Japanese prime minister spoke with the Indian prime minister on Tuesday.", {"JPN", "IND"}),
    ("Egypt's foreign minister spoke with his Jordanian counterpart about the border.", {"EGY", "JOR"}),
    ("Turkey's president spoke with the Russian leader about the grain corridor.", {"TUR", "RUS"}),
    ("The French president held a telephone call with the German chancellor about energy prices.", {"FRA", "DEU"}),
])
def test_speaking_with_a_leader_is_consulting(en_events, text, sides):
    events = [e for e in en_events(text, "en") if e.event == "CONSULT"]
    assert events, described(en_events(text, "en"))
    assert any(codes(e.actor) | codes(e.recipient) >= sides for e in events), described(events)


@pytest.mark.parametrize("text", [
    "The Brazilian president spoke with reporters after the vote.",
    "The Kenyan agriculture minister spoke with farmers in Nakuru.",
    "Spain's prime minister spoke with students at a university in Madrid.",
])
def test_speaking_with_the_press_or_the_public_is_no_consultation(en_events, text):
    events = [e for e in en_events(text, "en") if e.event == "CONSULT"]
    assert not events, described(events)


@pytest.mark.parametrize("text", [
    "The FBI agrees with the CIA's assessment that Moscow interfered in the vote.",
    "Germany's intelligence service agreed with the British conclusion about the poisoning.",
    "Canadian investigators agreed with the Danish findings on the pipeline blast.",
])
def test_agreeing_with_an_assessment_is_no_agreement(en_events, text):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert not events, described(events)


@pytest.mark.parametrize("text, sides", [
    ("Japan agreed with South Korea on a new fishing quota.", {"JPN", "KOR"}),
    ("Germany agreed with France to share the cost of the new tanks.", {"DEU", "FRA"}),
])
def test_agreeing_with_a_side_on_something_is_still_an_agreement(en_events, text, sides):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert any(codes(e.actor) | codes(e.recipient) >= sides for e in events), described(en_events(text, "en"))


@pytest.mark.parametrize("text, sides", [
    ("The Canadian prime minister raised the dispute during a telephone call with the Indian prime minister.",
     {"CAN", "IND"}),
    ("In a phone call with the Turkish president, the Swedish prime minister raised the NATO bid.", {"SWE", "TUR"}),
    ("The Kenyan president had a telephone conversation with his Ugandan counterpart on Monday.", {"KEN", "UGA"}),
])
def test_a_telephone_call_with_a_leader_is_a_consultation(en_events, text, sides):
    events = [e for e in en_events(text, "en") if e.event == "CONSULT"]
    assert any(codes(e.actor) | codes(e.recipient) >= sides for e in events), described(en_events(text, "en"))


@pytest.mark.parametrize("text", [
    "In a call for calm, the Nigerian president urged voters to wait for the results.",
    "The Chilean minister took a phone call from a farmer during the radio show.",
    "Indonesian police seized recordings of phone calls with the smugglers' contacts in Malaysia.",
])
def test_a_call_for_calm_or_from_the_public_is_no_consultation(en_events, text):
    events = [e for e in en_events(text, "en") if e.event == "CONSULT"]
    assert not events, described(events)
