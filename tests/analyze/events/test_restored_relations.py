"""Two states that restore or normalise relations do it with each other: one side each, not a joint
source with nobody on the other side; parties agreeing among themselves address no broker; imputing an
attack to someone accuses them. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language"), [
    ("Chile and Bolivia restored diplomatic ties on Friday.", "en"),
    ("Chile and Bolivia normalized relations after a decade.", "en"),
    ("Le Chili et la Bolivie ont rétabli leurs relations diplomatiques.", "fr"),
    ("Le Chili et la Bolivie ont normalisé leurs relations.", "fr"),
])
def test_each_side_with_the_other(run, text, language):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, language) if e.event == "SUPPORT"]
    assert found and all(src | tgt == {"CHL", "BOL"} and len(src) == 1 for src, tgt in found), found


@pytest.mark.parametrize(("text", "language"), [
    ("Sudan and South Sudan agreed on Monday to a truce brokered by Ethiopia.", "en"),
    ("Le Soudan et le Soudan du Sud ont accepté lundi une trêve négociée par l'Éthiopie.", "fr"),
])
def test_parties_agreeing_among_themselves_address_no_broker(run, text, language):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, language) if e.event == "AGREE"]
    assert found and all("ETH" not in src | tgt for src, tgt in found), found


def test_imputing_an_attack_accuses(run):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(
        "Le gouvernement nigérian a imputé l'attentat à Boko Haram.", "fr") if e.event == "ACCUSE"]
    assert found and found[0][0] == {"NGA"}, found


def test_a_things_maker_does_not_do_what_the_thing_does(run):
    # the accord's signatories are not the ones who "would help ease" the crisis
    events = run("Officials said the water accord signed in Cairo by Egypt and Sudan would help ease the drought.",
                 "en")
    assert not any(e.event in ("AID", "CONCEDE") or e.trigger.text in ("help", "ease") for e in events), [
        (e.event, e.trigger.text) for e in events]
