"""A side charged with monitoring, overseeing or verifying something is given a task, not accused (CAMEO 112 is an
accusation of a crime): "charged the inspectors with verifying the disarmament" entrusts, "charged the mayor with
supporting terrorism" accuses; what the task is to check ("verifying that Libya had destroyed its stocks") is not
told as done. Made-up sentences written before the lexicon data that reads them."""
from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The Security Council charged a Ghanaian general with monitoring the ceasefire in Liberia.",
    "The African Union has charged Nigerian diplomats with overseeing the vote count in Malawi.",
    "The Arab League charged Egyptian experts with verifying that Libya had destroyed its chemical stocks.",
])
def test_charged_with_a_task_is_entrusted_not_accused(run, text):
    assert_not_read(run(text, "en"), "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("Turkish prosecutors charged the Kurdish mayor of Diyarbakir with supporting terrorism.", "TUR"),
    ("A Russian court charged the Ukrainian pilot with murder.", "RUS"),
])
def test_charged_with_a_crime_is_accused(run, text, actor):
    assert_read(run(text, "en"), "ACCUSE", "allege", actor, None)


def test_what_the_task_is_to_verify_is_not_told_as_done(run):
    events = run("The Arab League charged Egyptian experts with verifying that Libya had destroyed its chemical "
                 "stocks.", "en")
    assert not [e for e in events if e.status == "actual"], [(e.event, e.mode, e.status) for e in events]
