"""Classes of English wire and newspaper copy a fifth fresh batch of own articles (``en-aj``, 2006-2014, South
Asia, the Caucasus, Central Asia, the Maghreb, Southern Africa, the Balkans, Oceania and Lebanon: a curfew, a
prisoner swap, a border shut, an envoy recalled, a court freeing activists, riots, rival governments, a summoned
high commissioner, a state of emergency, hostages freed, a cabinet dissolved, ministries besieged) showed wrong or
missed: a Commonwealth envoy is a high commissioner, summoned, expelled or recalled like an ambassador; what a
court orders another to do is that other's to do, not done (a government ordering its police acts through them);
calling a deed an attack or a violation condemns it, it is no second attack; the mediation, help or good offices
"with" which a side negotiates name no party to the talks; troops flown or airlifted somewhere are deployed there; a
suggestion, an offer or a charge named again in apposition and rejected or denied in a relative clause answers the
side that made it, also when the noun hangs on the event's last noun. Sentences written before the rules, none
taken from the batch (two of the order class, a president's and a general's, were changed to a court's, and the
government's order added, when the rule was narrowed to courts: a government's order to its police is coded as its
act in an older article)."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def actual(events, event_type):
    return [e for e in events if e.event == event_type and e.status == "actual"]


def done_by(events, event_type, code):
    """Some actual event of ``event_type`` has ``code`` among its actor's codes."""
    return any(code in codes(e.actor) for e in actual(events, event_type))


@pytest.mark.parametrize("text, event_type, actor, recipient", [
    ("Britain summoned Nigeria's high commissioner over the arrests of two aid workers.", "ACCUSE", "GBR", "NGA"),
    ("Australia expelled Fiji's acting high commissioner on Tuesday.", "SANCTION", "AUS", "FJI"),
    ("Kenya recalled its high commissioner from Uganda after the border dispute.", "SANCTION", "KEN", "UGA"),
    ("Sri Lanka summoned the Indian high commissioner in Colombo to protest against the vote.", "ACCUSE", "LKA",
     "IND"),
])
def test_a_high_commissioner_is_an_envoy(run, text, event_type, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, event_type)), described(events)


def test_a_commissioner_of_police_summoned_is_no_envoy(run):
    events = run("The mayor summoned the police commissioner to explain the delays.", "en")
    assert not actual(events, "ACCUSE"), described(events)


@pytest.mark.parametrize("text, event_type", [
    ("A Kenyan judge ordered the prison service to free the three journalists.", "RETREAT"),
    ("The Supreme Court instructed the army to withdraw from the disputed villages.", "RETREAT"),
    ("The court directed the interior ministry to release all political detainees within a week.", "RETREAT"),
    ("A federal judge ordered the government to lift the ban on the newspaper.", "CONCEDE"),
])
def test_what_a_court_orders_another_to_do_is_not_done(run, text, event_type):
    events = run(text, "en")
    assert not actual(events, event_type), described(events)


def test_a_government_ordering_its_police_acts_through_them(run):
    events = run("The Sudanese president ordered police to arrest the opposition leaders in Khartoum.", "en")
    assert done_by(events, "COERCE", "SDN"), described(events)


def test_a_release_carried_out_after_an_order_is_done(run):
    events = run("The army freed the three journalists after a judge ordered their release.", "en")
    assert actual(events, "RETREAT"), described(events)


@pytest.mark.parametrize("text, accuser", [
    ("The Kenyan foreign minister called the raid an attack on Kenya's sovereignty.", "KEN"),
    ("Ghana's president described the coup as an assault on democracy in West Africa.", "GHA"),
    ("The Georgian foreign ministry called the bombing raid an attack on Georgia's sovereignty.", "GEO"),
])
def test_calling_a_deed_an_attack_condemns_it(run, text, accuser):
    events = run(text, "en")
    assert done_by(events, "ACCUSE", accuser), described(events)
    assert not done_by(events, "ASSAULT", accuser), described(events)


@pytest.mark.parametrize("text, mediators", [
    ("Pakistan negotiated the deal with Saudi mediation.", {"SAU"}),
    ("The rebels negotiated the handover with Norwegian help.", {"NOR"}),
    ("Sudan negotiated the truce with the help of Qatar and Egypt.", {"QAT", "EGY"}),
])
def test_mediation_named_with_talks_is_no_party(run, text, mediators):
    events = run(text, "en")
    talks = [e for e in events if e.event in ("CONSULT", "AGREE") and e.status == "actual"]
    assert all(not (mediators & codes(e.recipient)) for e in talks), described(events)


def test_talks_with_a_side_still_name_it(run):
    events = run("Pakistan negotiated the deal with India.", "en")
    assert any("IND" in codes(e.recipient) | codes(e.actor) for e in actual(events, "CONSULT")), described(events)


@pytest.mark.parametrize("text, sender", [
    ("Turkey flew two battalions of commandos to its base in northern Iraq.", "TUR"),
    ("France airlifted 300 paratroopers to Bangui on Sunday.", "FRA"),
    ("Britain flew extra troops to the Falklands after the incident.", "GBR"),
])
def test_troops_flown_somewhere_are_deployed(run, text, sender):
    events = run(text, "en")
    assert done_by(events, "MOBILIZE", sender), described(events)


def test_flying_to_a_capital_is_still_a_visit(run):
    events = run("The French president flew to Algiers for talks on Monday.", "en")
    assert not actual(events, "MOBILIZE"), described(events)


@pytest.mark.parametrize("text, rejecter, author", [
    ("Ankara accused Damascus of shelling the border town, a charge Syria denied.", "SYR", "TUR"),
    ("Venezuela proposed talks under UN auspices, an offer Colombia rejected.", "COL", "VEN"),
    ("The EU asked Belarus to free the activists, a demand Minsk rejected on Tuesday.", "BLR", "EU"),
])
def test_a_claim_or_offer_named_again_and_rejected_answers_its_author(run, text, rejecter, author):
    events = run(text, "en")
    rejections = [e for e in actual(events, "REJECT") if rejecter in codes(e.actor)]
    assert rejections and all(author in codes(e.recipient) for e in rejections), described(events)
