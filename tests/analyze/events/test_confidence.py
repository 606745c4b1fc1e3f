"""The hand-set confidence of an event: the trigger's base confidence plus each adjustment of the ontology's
``confidence:`` block that applies, and nothing for an adjustment that does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from veille.analyze.events._confidence import ConfidenceFactors, hand_confidence

WEIGHTS = {"one_side_only": -0.15, "reciprocal_one_party": -0.15, "resolved_subject": -0.1, "passive": -0.05,
           "background": -0.2, "home_country": -0.1, "uncoded_side": -0.3, "not_actual": -0.1, "historical": -0.2}
PLAIN = ConfidenceFactors(base=0.8, kind="verb", one_side_only=False, reciprocal_one_party=False, resolved=False,
                          passive=False, background=False, homed=False, uncoded_side=False, not_actual=False)


def test_no_adjustment_keeps_the_base():
    assert hand_confidence(PLAIN, WEIGHTS) == pytest.approx(0.8)
    assert hand_confidence(replace(PLAIN, base=0.65, kind="noun"), WEIGHTS) == pytest.approx(0.65)


@pytest.mark.parametrize(("flag", "weight"), [
    ("one_side_only", "one_side_only"), ("reciprocal_one_party", "reciprocal_one_party"),
    ("resolved", "resolved_subject"), ("passive", "passive"), ("background", "background"),
    ("homed", "home_country"), ("uncoded_side", "uncoded_side"), ("not_actual", "not_actual"),
    ("historical", "historical")])
def test_each_flag_adds_its_own_weight(flag, weight):
    assert hand_confidence(replace(PLAIN, **{flag: True}), WEIGHTS) == pytest.approx(0.8 + WEIGHTS[weight])


def test_adjustments_add_up_and_a_missing_weight_counts_nothing():
    both = replace(PLAIN, one_side_only=True, passive=True, homed=True)
    assert hand_confidence(both, WEIGHTS) == pytest.approx(0.8 - 0.15 - 0.05 - 0.1)
    assert hand_confidence(both, {"passive": -0.05}) == pytest.approx(0.75)
