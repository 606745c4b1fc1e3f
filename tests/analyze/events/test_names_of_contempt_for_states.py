"""Branding, labelling or calling a state a rogue, an outlaw or a pariah condemns it (PLOVER ACCUSE disapprove,
CAMEO 111 "criticize or denounce"), as calling it a dictatorship's tool or its act a crime does; "a state" or "a
nation" alone names nothing. Made-up sentences."""
from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read


@pytest.mark.parametrize("text, actor, accused", [
    ("Canada branded Venezuela a rogue state on Monday.", "CAN", "VEN"),
    ("Australia labelled Iran an outlaw nation after the seizure of the tanker.", "AUS", "IRN"),
    ("Britain called Belarus a pariah in Europe.", "GBR", "BLR"),
])
def test_naming_a_state_a_rogue_or_an_outlaw_condemns_it(run, text, actor, accused):
    assert_read(run(text, "en"), "ACCUSE", "disapprove", actor, {actor, accused})


@pytest.mark.parametrize("text", [
    "Canada called Norway a reliable partner state.",
    "Kenya branded its coffee a national treasure.",
])
def test_other_names_condemn_nothing(run, text):
    assert_not_read(run(text, "en"), "ACCUSE")
