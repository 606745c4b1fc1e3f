"""Negation, postponement and speech (issue 11, class 4), French made-up sentences of the kinds the held-back
news coded wrongly: a negated future concession, a postponed visit, a bare statement are no actual event of
the positive type; their positive counterparts are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event"), [
    ("Les rebelles syriens ne renonceront pas à la lutte armée contre le régime syrien.", "CONCEDE"),
    ("Le président français a reporté sa visite en Algérie.", "SANCTION"),
    ("Le président français a reporté sa visite en Algérie.", "CONSULT"),
    ("Le ministre allemand a déclaré à la presse russe que la situation restait tendue.", "CONSULT"),
    ("Le Premier ministre japonais a déclaré que son pays ne céderait jamais à la Chine.", "CONCEDE"),
])
def test_negated_postponed_or_said_is_not_the_event(fr_actual_types_default, text, event):
    assert event not in fr_actual_types_default(text)


@pytest.mark.parametrize(("text", "event"), [
    ("Les rebelles syriens ont renoncé à la lutte armée contre le régime syrien.", "CONCEDE"),
    ("Le président français a effectué une visite en Algérie.", "CONSULT"),
])
def test_positive_counterparts_are(fr_actual_types_default, text, event):
    assert event in fr_actual_types_default(text)
