"""A side forbidding people to act restricts them (PLOVER COERCE restrict, CAMEO 172: as a ban or an outlawing does);
what a law, a constitution or a faith forbids is a norm, no side's act. Made-up sentences."""
from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read


@pytest.mark.parametrize("text, actor, sides", [
    ("Myanmar's junta has forbidden opposition parties to hold rallies.", "MMR", {"MMR"}),
    ("Iran forbade the British ambassador to leave Tehran.", "IRN", {"IRN", "GBR"}),
    ("The Belarusian government forbids independent journalists from covering the trial.", "BLR", {"BLR"}),
])
def test_a_side_forbidding_people_to_act_restricts_them(run, text, actor, sides):
    assert_read(run(text, "en"), "COERCE", "restrict", actor, sides)


@pytest.mark.parametrize("text", [
    "The Egyptian constitution forbids the president to serve a third term.",
    "Islamic law forbids Saudi banks to charge interest.",
])
def test_what_a_law_forbids_is_a_norm(run, text):
    assert_not_read(run(text, "en"), "COERCE")
