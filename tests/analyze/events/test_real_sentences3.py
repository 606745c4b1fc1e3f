"""Classes of one-sentence reports that the tenth batch of our PLOVER sentences (tests/gold/plover_polnear.jsonl, taken
verbatim from real US political copy of 2015-2016: PolNeAR train articles of Breitbart, the Huffington Post and the
New York Times; gold before the first run) showed missed: criticism told by an idiom ("took a swipe at", "railed
against") or by "blast" whose object is a deal, a system or a programme (CAMEO 111); a side that rebuts, repudiates
or disavows a claim, a statement or an endorsement rejects it (CAMEO 12, as a denial); the national politicians of
the United States of those years (presidential candidates, congressional leaders) named by their distinctive names
alone are American, as the other well-known figures of data/actors/people.tsv. Sentences made up for the rules
(none of them from that batch), written before the rules, at the default output threshold. One was reworded after the
first run for a reason outside these rules: a rejection with no side on the other end ("disavowed the remarks of its
ambassador") stays below the threshold, as a denial does."""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Obama took a swipe at Congress on Tuesday over the budget.", {"USA"}, set()),
    ("Chancellor Angela Merkel took a swipe at Trump's trade policy in a speech in Berlin.", {"DEU"}, {"USA"}),
    ("The Russian foreign minister took swipes at Britain during a visit to Belgrade.", {"RUS"}, {"GBR"}),
    ("Putin railed against NATO expansion at a news conference in Moscow.", {"RUS"}, {"NATO"}),
    ("The Chinese premier railed against Japan's defence policy on Monday.", {"CHN"}, {"JPN"}),
])
def test_swipes_and_railing_criticise(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Erdogan blasted the European Union's migration deal on Thursday.", {"TUR"}, {"EU"}),
    ("The Indian prime minister blasted Pakistan's visa system in a speech.", {"IND"}, {"PAK"}),
    ("Venezuelan President Nicolas Maduro blasted the American aid programme for Colombia.", {"VEN"}, {"USA"}),
])
def test_blasting_a_deal_a_system_or_a_programme_criticises_its_maker(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Pakistan rebutted India's accusation that it harboured militants.", {"PAK"}, {"IND"}),
    ("The Kremlin repudiated the allegations made by Britain.", {"RUS"}, {"GBR"}),
    ("The Iranian government disavowed the statement issued by the Iraqi foreign ministry.", {"IRN"}, {"IRQ"}),
    ("The Turkish foreign ministry rebutted claims by Greece that its jets had violated Greek airspace.",
     {"TUR"}, {"GRC"}),
])
def test_rebutting_repudiating_or_disavowing_rejects(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "REJECT", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, event, actor", [
    ("Sanders criticized the Chinese government over its trade practices.", "ACCUSE", {"USA"}),
    ("Senator Ted Cruz criticized the nuclear deal with Iran.", "ACCUSE", {"USA"}),
    ("Kasich praised the Israeli prime minister during a visit to Jerusalem.", "SUPPORT", {"USA"}),
    ("Boehner invited the Israeli prime minister to address Congress.", "REQUEST", {"USA"}),
    ("Schumer urged China to stop manipulating its currency.", "REQUEST", {"USA"}),
])
def test_american_politicians_named_alone_are_american(en_events_default, text, event, actor):
    events = en_events_default(text, "en")
    assert has_between(events, event, (actor, set())), described(events)


@pytest.mark.parametrize("text, absent", [
    # agreeing with what another said shares an opinion, it makes no deal
    ("The French foreign minister said he agreed with the German chancellor's remarks on migration.", "AGREE"),
    ("Japan agrees with the American statement on North Korea's missile tests.", "AGREE"),
    ("The Turkish president said he agreed with Russia's comments about the Syrian opposition.", "AGREE"),
    # years, decades or pages of records released free nobody
    ("The French president released ten years of tax returns on Friday.", "RETREAT"),
    ("The British Foreign Office released two decades of letters from the Iranian embassy.", "RETREAT"),
    ("The Justice Department released 300 pages of records on the Iraqi leader.", "RETREAT"),
])
def test_opinions_shared_and_records_released_are_no_deal_and_no_release(en_events_default, text, absent):
    events = en_events_default(text, "en")
    assert not has_event(events, absent), described(events)


@pytest.mark.parametrize("text, present", [
    ("Russia agreed with Turkey to set up a buffer zone in northern Syria.", "AGREE"),
    ("Iran released ten American sailors on Wednesday.", "RETREAT"),
])
def test_a_side_agreed_with_to_act_and_people_released_stay(en_events_default, text, present):
    events = en_events_default(text, "en")
    assert has_event(events, present), described(events)
