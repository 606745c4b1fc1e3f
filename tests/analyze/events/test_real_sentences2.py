"""Classes of one-sentence reports that the ninth batch of our PLOVER sentences (tests/gold/plover_gwn.jsonl, taken
verbatim from real news copy of 2018: GeoWebNews dev articles from AP, Reuters, CNN, Xinhua, SANA, IISS, Nigerian,
Kenyan, Indian and Caribbean papers; gold before the first run) showed missed or misread: criticism told by an idiom
or a noun ("took aim at", "renewed his denunciation of", "a rebuke of"); "blast" whose object is a decision, a
policy, an inquiry or an office is criticism (CAMEO 111), not an explosion; a telephone call to or with a leader
consults him (CAMEO 040); a lawsuit or a legal action launched, filed or brought against a side accuses it (CAMEO
115); regional organisations the registry lacked (the Caribbean Community, IGAD, the East African Community, SAARC,
ECCAS) are IGOs; a famous surname alone that the tagger took for an organisation or a place ("Trump" ORG, "Erdogan"
GPE) is the person of data/actors/people.tsv; air, logistical or naval support (or air cover) given to fighters is
military aid (CAMEO 072), not a statement of support; a crowd that turns out for a side or against a measure
demonstrates (CAMEO 141), one that turns out to vote or to welcome does not. Sentences made up for the rules (none
of them from that batch), written before the rules, at the default output threshold. Four were reworded after the
first run for reasons outside these rules: a senator criticising the Federal Reserve and artillery of no country
blasting strongholds have no coded side, so no event passes the threshold; "IGAD called on" opens with the acronym
tagged an auxiliary (a passive "called"); "sent election observers" is read as people sent to investigate."""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("US Senator Elizabeth Warren took aim at China on Tuesday over its handling of the trade talks.",
     {"USA"}, {"CHN"}),
    ("German Chancellor Angela Merkel took aim at Russia in a speech to the Bundestag.", {"DEU"}, {"RUS"}),
    ("The Iranian foreign minister again took aim at Saudi Arabia, saying Riyadh was fuelling the war in Yemen.",
     {"IRN"}, {"SAU"}),
])
def test_taking_aim_at_a_side_criticises_it(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Pakistani prime minister renewed his denunciation of India's policies in Kashmir on Friday.",
     {"PAK"}, {"IND"}),
    ("Turkey's president repeated his condemnation of Israel at a rally in Istanbul.", {"TUR"}, {"ISR"}),
    ("The Venezuelan president stepped up his criticism of Colombia on Sunday.", {"VEN"}, {"COL"}),
])
def test_a_side_renewing_its_denunciation_of_another_accuses_it(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mexican President Andres Manuel Lopez Obrador blasted the US decision to send troops to the border.",
     {"MEX"}, {"USA"}),
    ("The Chinese foreign ministry blasted Japan's defence policy on Monday.", {"CHN"}, {"JPN"}),
    ("Brazilian lawmakers blasted the government's handling of the Amazon fires.", {"BRA"}, set()),
])
def test_blasting_a_decision_or_a_policy_criticises_its_maker(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text", [
    "Israeli jets blasted Hamas positions in Gaza overnight.",
    "Syrian government artillery blasted rebel strongholds north of Idlib on Sunday.",
])
def test_blasting_positions_is_still_force(en_events_default, text):
    events = en_events_default(text, "en")
    assert has_event(events, "ASSAULT"), described(events)
    assert not has_event(events, "ACCUSE"), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("French President Emmanuel Macron made a phone call to Iranian President Hassan Rouhani on Saturday.",
     {"FRA"}, {"IRN"}),
    ("Indian Prime Minister Narendra Modi held a telephone call with Japanese Prime Minister Shinzo Abe.",
     {"IND"}, {"JPN"}),
    ("The Turkish president had a lengthy phone call with Russian President Vladimir Putin on Tuesday.",
     {"TUR"}, {"RUS"}),
])
def test_a_phone_call_to_or_with_a_leader_consults_him(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "CONSULT", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ukraine filed a lawsuit against Russia at the International Court of Justice on Monday.", {"UKR"}, {"RUS"}),
    ("Greenpeace launched a legal action against the British government over its oil licences.", {"NGO"}, {"GBR"}),
    ("Gambia brought a case against Myanmar at the World Court.", {"GMB"}, {"MMR"}),
    ("Iran lodged a complaint against the United States with the Security Council.", {"IRN"}, {"USA"}),
])
def test_a_lawsuit_launched_against_a_side_accuses_it(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)


@pytest.mark.parametrize("text", [
    "The ministry said it would not comment on the lawsuit.",
    "A lawyer for the company said the lawsuit had no merit.",
])
def test_a_lawsuit_only_talked_about_accuses_nobody(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "ACCUSE"), described(events)


@pytest.mark.parametrize("text, event, actor", [
    ("Caricom leaders rejected a proposal to reopen the trade talks with the European Union.", "REJECT", {"CARICOM"}),
    ("IGAD urged the warring parties in South Sudan to respect the truce.", "REQUEST", {"IGAD"}),
    ("The East African Community asked Burundi to resume talks with the opposition.", "REQUEST", {"EAC"}),
    ("SAARC condemned the bombing in Kabul.", "ACCUSE", {"SAARC"}),
])
def test_regional_organisations_are_igos(en_events_default, text, event, actor):
    events = en_events_default(text, "en")
    assert has_event(events, event, actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("On Monday, Trump threatened China with new tariffs on steel.", {"USA"}),
    ("In a speech in Berlin, Merkel criticised Turkey over the arrests of journalists.", {"DEU"}),
    ("Speaking in Ankara, Erdogan accused Greece of harbouring coup plotters.", {"TUR"}),
])
def test_a_well_known_surname_the_tagger_took_for_an_organisation_is_the_person(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert any(actor <= {a.code for a in e.actor} for e in events), described(events)


@pytest.mark.parametrize("text, actor", [
    ("The United States gave air support to Kurdish fighters battling Islamic State near Raqqa.", {"USA"}),
    ("French jets gave air cover to Malian soldiers retaking the town of Gao.", {"FRA"}),
    ("Turkey gave logistical support to the rebels in northern Syria, a monitoring group said.", {"TUR"}),
])
def test_air_or_logistical_support_given_to_fighters_is_military_aid(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "AID", actor=actor), described(events)
    assert not has_event(events, "SUPPORT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Thousands of people turned out to support the jailed opposition leader in Harare.", {"ZWE"}),
    ("Hundreds of Kenyan students turned out in Nairobi to protest against the fee rise.", {"KEN"}),
    pytest.param("Tens of thousands of Hungarians turned out in Budapest on Sunday against the new labour law.",
                 {"HUN"},
                 marks=pytest.mark.xfail(strict=True, reason="a crowd named by a plural demonym alone is no crowd "
                                                              "word the turn-out rule reads")),
])
def test_a_crowd_that_turns_out_for_a_side_or_against_a_measure_demonstrates(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "PROTEST", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Thousands of people turned out to welcome the Pope in Nairobi.",
    "Millions of Indians turned out to vote in the third phase of the election.",
    "The report turned out to be false, Nigerian officials said.",
])
def test_turning_out_to_welcome_to_vote_or_to_be_is_no_protest(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "PROTEST"), described(events)
