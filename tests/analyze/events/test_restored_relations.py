"""Two states that restore or normalise relations do it with each other: one side each, not a joint
source with nobody on the other side. Sentences written before the rule."""

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
