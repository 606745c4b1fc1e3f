"""Negation, postponement and speech (issue 11, class 4), French made-up sentences of the kinds the held-back
news coded wrongly: a negated future concession, a postponed visit, a bare statement are no actual event of
the positive type; their positive counterparts are."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    analyze = event_runner({"fr": fr_nlp}, min_confidence=None)
    return lambda text: [e.event for e in analyze(text, "fr") if e.status == "actual"]


@pytest.mark.parametrize(("text", "event"), [
    ("Les rebelles syriens ne renonceront pas à la lutte armée contre le régime syrien.", "CONCEDE"),
    ("Le président français a reporté sa visite en Algérie.", "SANCTION"),
    ("Le président français a reporté sa visite en Algérie.", "CONSULT"),
    ("Le ministre allemand a déclaré à la presse russe que la situation restait tendue.", "CONSULT"),
    ("Le Premier ministre japonais a déclaré que son pays ne céderait jamais à la Chine.", "CONCEDE"),
])
def test_negated_postponed_or_said_is_not_the_event(run, text, event):
    assert event not in run(text)


@pytest.mark.parametrize(("text", "event"), [
    ("Les rebelles syriens ont renoncé à la lutte armée contre le régime syrien.", "CONCEDE"),
    ("Le président français a effectué une visite en Algérie.", "CONSULT"),
])
def test_positive_counterparts_are(run, text, event):
    assert event in run(text)
