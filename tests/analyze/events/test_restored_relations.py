"""Two states that restore or normalise relations do it with each other: one side each, not a joint
source with nobody on the other side; parties agreeing among themselves address no broker; imputing an
attack to someone accuses them; a nuclear or ballistic test shows force; calling an act a provocation
condemns it. Sentences written before the rules (the English small parser often reads "called X a Y" with
a verb in it: "called India's missile test a provocation" is parsed with "test" as a verb and found nothing)."""

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
    # (the English "agreed to a truce brokered by Ethiopia" still names Ethiopia: the agent of a participle in
    # the verb's complement is kept in its phrase, where "condemned the attacks carried out by Russia" needs it)
    ("Le Soudan et le Soudan du Sud ont accepté lundi une trêve négociée par l'Éthiopie.", "fr"),
])
def test_parties_agreeing_among_themselves_address_no_broker(run, text, language):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, language) if e.event == "AGREE"]
    assert found and all("ETH" not in src | tgt for src, tgt in found), found


def test_imputing_an_attack_accuses(run):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(
        "Le gouvernement nigérian a imputé l'attentat à Boko Haram.", "fr") if e.event == "ACCUSE"]
    assert found and found[0][0] == {"NGA"}, found


@pytest.mark.parametrize(("text", "language"), [
    ("La Corée du Nord a procédé lundi à un essai nucléaire.", "fr"),
    ("L'Iran a mené un essai balistique dimanche.", "fr"),
])
def test_a_weapons_test_shows_force(run, text, language):
    assert any(e.event == "MOBILIZE" and e.mode == "weapons" for e in run(text, language))


def test_a_try_at_rugby_is_no_weapons_test(run):
    assert not run("L'équipe de France a marqué un essai au rugby samedi.", "fr")


@pytest.mark.parametrize(("text", "language"), [
    ("Pakistan called India's decision unacceptable.", "en"),
    ("Pakistan called the Indian decision a provocation.", "en"),
    ("Le Pakistan a qualifié l'essai de missile indien d'« effronté ».", "fr"),
])
def test_calling_an_act_a_condemnation_accuses(run, text, language):
    assert any(e.event == "ACCUSE" and codes(e.actor) == {"PAK"} for e in run(text, language))
