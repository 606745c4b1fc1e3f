"""Court sentences (issue 11, class 1: « a condamné »): « condamner X à N ans de prison » is a conviction
(SANCTION convict) wherever the parser hangs the penalty, and so is « condamné pour corruption » (a crime);
« condamner » an act, or someone for an act, is a criticism. Written
before the sense."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: [(e.event, e.mode) for e in analyze(text, "fr") if e.status == "actual"]


@pytest.mark.parametrize("text", [
    "Un tribunal égyptien a condamné l'ancien président égyptien à vingt ans de prison.",
    "La justice iranienne a condamné un chercheur français à cinq ans de réclusion.",
    "Un tribunal russe a condamné l'opposant russe à une lourde peine de prison.",
    "Un tribunal turc a condamné trois journalistes turcs à des peines de prison avec sursis.",
    "L'ancien Premier ministre chinois a été condamné pour corruption par un tribunal chinois.",
    "Un tribunal italien a condamné l'ancien chef du gouvernement italien pour fraude fiscale.",
])
def test_a_sentence_to_prison_is_a_conviction(run, text):
    assert ("SANCTION", "convict") in run(text)


@pytest.mark.parametrize("text", [
    "Le gouvernement français a condamné l'attaque contre la prison de Kaboul en Afghanistan.",
    "Le président américain a condamné la peine de mort infligée à un opposant iranien.",
    "Le gouvernement français a condamné la Russie pour ses frappes en Ukraine.",
])
def test_condemning_an_act_is_no_conviction(run, text):
    assert ("SANCTION", "convict") not in run(text)
