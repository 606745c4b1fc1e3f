"""Classes of real English wire copy nobody here wrote (issue 11), the 20 TBAQ articles of 1998-2000 appended to
``tests/gold/realnews_timebank.jsonl`` on 2026-12-07. A state that joins an alliance or a union of states (NATO,
the European Union, the WTO) enters a formal agreement with it (CAMEO 057, PLOVER AGREE), the organisation its
recipient, where joining an army, a party, a protest or a trade union is no event between sides; an alliance
that admits a state agrees to its entry the same way, where a side that admits a fault, or a patient admitted to
hospital, agrees to nothing. A vow to bring culprits to justice threatens them (CAMEO 13, as "vowed to hunt down
the killers"). What a law, a rule or a constitution requires is a norm, nobody asks anything (CAMEO 10 wants a
side's demand); a reward or a bounty offered for information is no promise of aid or cooperation (CAMEO 03). A
relative word subject of a passive whose agent is named stands for its antecedent, which undergoes the act ("the
delegates, who were invited to Moscow by Russia"). A verb conjoined with a promised act, with no subject of its own,
is promised too ("vowed to hunt down and bring to justice"). An obligation a speaker states for his own side ("we must
rebuild the army") demands nothing of anyone, where "Russia must withdraw" still asks Russia. A side "well prepared"
or "better prepared" to act is judged able, it intends nothing (not "prepared to resume talks").
Sentences written before the rules, none taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, organisation", [
    ("Finland joined NATO on Tuesday, ending decades of military non-alignment.", "FIN", "NATO"),
    ("Croatia joined the European Union in July 2013.", "HRV", "EU"),
    ("Sweden formally joined NATO at a ceremony in Washington on Thursday.", "SWE", "NATO"),
    ("Vietnam joined the World Trade Organization in 2007 after years of talks.", "VNM", "WTO"),
])
def test_a_state_joining_an_alliance_or_union_of_states_agrees_with_it(en_events, text, actor, organisation):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert any(actor in codes(e.actor) and organisation in codes(e.recipient) for e in events), described(
        en_events(text, "en"))


@pytest.mark.parametrize("text, organisation, state", [
    ("NATO agreed on Wednesday to admit Montenegro as its 29th member.", "NATO", "MNE"),
    ("The European Union admitted Bulgaria and Romania in 2007.", "EU", "BGR"),
])
def test_an_alliance_admitting_a_state_agrees_to_its_entry(en_events, text, organisation, state):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert any(organisation in codes(e.actor) and state in codes(e.recipient) for e in events), described(
        en_events(text, "en"))


# (text, the type it must not be read as)
NOT_READ = [
    # joining an army, a party, a protest or a trade union is no agreement between sides
    ("The French president's nephew joined the army in 1990.", "AGREE"),
    ("Thousands of Kenyan nurses joined the union last year.", "AGREE"),
    ("The former Italian minister joined the opposition party on Monday.", "AGREE"),
    # admitting a fault or being admitted to hospital agrees to nothing
    ("The Japanese minister admitted a mistake in the pension records.", "AGREE"),
    ("The Brazilian president was admitted to a hospital in Sao Paulo on Sunday.", "AGREE"),
    # what a law, a rule or a constitution requires is a norm, no side's demand
    ("German law requires political parties to publish the names of large donors.", "REQUEST"),
    ("The Kenyan constitution requires the president to consult parliament before a war.", "REQUEST"),
    ("European Union rules require member states to notify the Commission of state aid.", "REQUEST"),
    # a reward or a bounty offered for information or a capture is no promise of aid
    ("The American government offered a reward of $5 million for information on the kidnappers.", "AGREE"),
    ("Colombian police offered a bounty for the capture of the rebel commander.", "AGREE"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    # a side (not a norm) requiring another to act still asks it; aid offered still promises it
    ("Washington required Ankara to close its border with Syria.", "REQUEST", "USA", "TUR"),
    ("Japan offered emergency assistance to the Philippines after the typhoon.", "AGREE", "JPN", None),
])
def test_near_cases_keep_their_event(en_events, text, kind, actor, recipient):
    events = [e for e in en_events(text, "en") if e.event == kind]
    assert any(actor in codes(e.actor) and (recipient is None or recipient in codes(e.recipient))
               for e in events), described(en_events(text, "en"))


@pytest.mark.parametrize("text, actor", [
    ("Gunmen killed six tourists in Luxor on Monday. The Egyptian president vowed to bring the killers to justice.",
     "EGY"),
    ("A car bomb killed a judge in Bogota on Friday. Colombia's president pledged to find those responsible and "
     "bring them to justice.", "COL"),
])
def test_a_vow_to_bring_culprits_to_justice_is_a_threat(en_events, text, actor):
    events = [e for e in en_events(text, "en") if e.event == "THREATEN"]
    assert any(actor in codes(e.actor) for e in events), described(en_events(text, "en"))
    assert not any(e.event == "AGREE" and actor in codes(e.actor) for e in en_events(text, "en"))


@pytest.mark.parametrize("text, kind, actor, recipient", [
    # a relative word subject of a passive stands for its antecedent, which undergoes the event
    ("The Afghan delegates, who were invited to Moscow by Russia, arrived on Monday.", "REQUEST", "RUS", "AFG"),
    ("Two Iranian diplomats, who were expelled by Germany last week, left Berlin on Friday.", "SANCTION", "DEU",
     "IRN"),
    ("The Filipino sailors, who were abducted by Somali pirates in March, were freed on Sunday.", "ASSAULT", "SOM",
     "PHL"),
    # (the active relative clause keeps its antecedent as the agent)
    ("The Chinese envoy, who invited the Japanese minister to Beijing, spoke on Monday.", "REQUEST", "CHN", "JPN"),
])
def test_a_passive_relative_clause_acts_on_its_antecedent(en_events, text, kind, actor, recipient):
    events = [e for e in en_events(text, "en") if e.event == kind]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(
        en_events(text, "en"))


@pytest.mark.parametrize("text, language", [
    # an obligation the speaker's side owes itself demands nothing of anyone
    ("The French president said that we must rebuild the army.", "en"),
    ('"I must go to Brussels tomorrow," the Irish prime minister told reporters.', "en"),
    ('"We must find those who did this and punish them," the Kenyan president said.', "en"),
    ("Le président sénégalais a déclaré que nous devons reconstruire l'armée.", "fr"),
])
def test_an_obligation_of_the_speakers_own_side_is_no_request(run, text, language):
    events = [e for e in run(text, language) if e.event == "REQUEST"]
    assert not events, described(events)


@pytest.mark.parametrize("text, language, actor, recipient", [
    ('"Russia must withdraw its troops," the Polish president said.', "en", "POL", "RUS"),
    ("The Polish president said Russia must withdraw its troops from Ukraine.", "en", "POL", "RUS"),
    ("Le président polonais a déclaré que la Russie doit cesser les bombardements.", "fr", "POL", "RUS"),
])
def test_an_obligation_of_another_side_is_still_a_request(run, text, language, actor, recipient):
    events = [e for e in run(text, language) if e.event == "REQUEST"]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(
        run(text, language))


@pytest.mark.parametrize("text, kind", [
    # a verb conjoined with a promised act, with no subject of its own, is promised too: not done
    ("The Egyptian president vowed to hunt down and bring to justice the killers of the tourists.", "COERCE"),
    ("The interior minister vowed to hunt down and punish the gunmen who attacked the convoy.", "COERCE"),
    ("Iran agreed to release the British sailors and withdraw its boats from the strait.", "RETREAT"),
])
def test_an_act_conjoined_with_a_promised_act_is_promised_too(en_events, text, kind):
    events = [e for e in en_events(text, "en") if e.event == kind and e.status == "actual"]
    assert not events, described(en_events(text, "en"))


@pytest.mark.parametrize("text", [
    # "well prepared to", "better prepared to": a judgement of capability, no side's intent
    "The Czech defence minister said Slovakia was well prepared to join the alliance.",
    "The German minister said the Polish army was better prepared to defend the border than before.",
    "Experts said the Kenyan police were poorly prepared to deal with the riots.",
])
def test_a_side_well_prepared_to_act_intends_nothing(en_events, text):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert not events, described(events)


@pytest.mark.parametrize("text, actor", [
    ("Iran said it was prepared to resume talks with the IAEA.", "IRN"),
    ("Serbia said it was prepared to withdraw its troops from Kosovo.", "SRB"),
    ("Iran is fully prepared to cooperate with the inspectors, its foreign minister said.", "IRN"),
])
def test_a_side_prepared_to_act_still_intends_it(en_events, text, actor):
    events = [e for e in en_events(text, "en") if e.event == "AGREE"]
    assert any(actor in codes(e.actor) for e in events), described(en_events(text, "en"))
