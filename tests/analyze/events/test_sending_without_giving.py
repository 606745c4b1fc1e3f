"""Sending is aid only when something is given (CAMEO 07): a fax, a memo or a cable sent is said, travellers or
pilgrims a firm sends on trips are its customers, and migrants or refugees sent back to a country are deported
(CAMEO 174, PLOVER COERCE deport), as « renvoyer des migrants vers » is in French. Made-up sentences written before
the lexicon data that reads them."""
from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The Peruvian embassy sent a fax to the Chilean foreign ministry on Monday.",
    "The Kenyan interior ministry sent a memo to all regional police chiefs.",
    "The British consulate in Lagos sent a cable to the Foreign Office in London.",
])
def test_a_document_sent_is_said_not_given(run, text):
    assert_not_read(run(text, "en"), "AID")


@pytest.mark.parametrize("text", [
    "A Spanish tour operator has been sending European tourists on Moroccan desert treks for twenty years.",
    "Every summer the Polish parish sends pilgrims to Rome by coach.",
])
def test_travellers_sent_on_trips_are_no_aid(run, text):
    assert_not_read(run(text, "en"), "AID")


@pytest.mark.parametrize("text, actor", [
    ("Mexico sent 300 Guatemalan migrants back to Guatemala on Tuesday.", "MEX"),
    ("The Thai authorities sent dozens of Rohingya refugees back to Myanmar last week.", "THA"),
])
def test_migrants_sent_back_are_deported(run, text, actor):
    events = run(text, "en")
    assert_read(events, "COERCE", "deport", actor, None)
    assert_not_read(events, "AID")


@pytest.mark.parametrize("text, actor", [
    ("Japan sent tents and medicine to Haiti after the earthquake.", "JPN"),
    ("Norway has sent two field hospitals to Ukraine.", "NOR"),
])
def test_goods_sent_are_still_aid(run, text, actor):
    assert_read(run(text, "en"), "AID", None, actor, None)


def test_a_bill_sent_back_is_deported_nowhere(run):
    assert_not_read(run("The Kenyan president sent the finance bill back to parliament.", "en"), "COERCE")
