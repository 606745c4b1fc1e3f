"""Believers welcomed into a faith or a church are received by it, a rite: no side supports another (now that the
pope has a country, the Holy See, such a sentence would otherwise read as VAT supporting the believer's state).
Sentences written before the lexicon entry."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "On Easter Sunday the pope will welcome eight adults into the faith, among them a Nigerian refugee.",
    "The pontiff welcomed a Ghanaian migrant into the Church at the vigil.",
])
def test_believers_received_into_a_faith_are_no_support(run, text):
    assert not [e for e in run(text, "en") if e.event in ("SUPPORT", "AGREE")]


def test_a_decision_welcomed_stays_support(run):
    assert [e for e in run("The pope welcomed the ceasefire agreed by Israel and Hamas.", "en")
            if e.event == "SUPPORT"]
