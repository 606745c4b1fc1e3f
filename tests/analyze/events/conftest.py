"""Shared runners of the events tests (each builds veille's components once per test session)."""

from __future__ import annotations

import pytest
from events_helpers import event_runner, typed_sides


@pytest.fixture(scope="session")
def run(en_nlp, fr_nlp):
    """``run(text, language)``: every event of a French or English text, whatever its confidence."""
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.fixture(scope="session")
def en_events(en_nlp):
    """``run(text, "en")``: every event of an English text, whatever its confidence."""
    return event_runner({"en": en_nlp})


@pytest.fixture(scope="session")
def en_events_default(en_nlp):
    """The same at the default output threshold."""
    return event_runner({"en": en_nlp}, min_confidence=None)


@pytest.fixture(scope="session")
def fr_actual_types(fr_nlp):
    """``run(text)``: the types of a French text's actual events, whatever their confidence."""
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: [e.event for e in analyze(text, "fr") if e.status == "actual"]


@pytest.fixture(scope="session")
def fr_actual_types_default(fr_nlp):
    """The same at the default output threshold."""
    analyze = event_runner({"fr": fr_nlp}, min_confidence=None)
    return lambda text: [e.event for e in analyze(text, "fr") if e.status == "actual"]


@pytest.fixture(scope="session")
def fr_default(fr_nlp):
    """``run(text)``: every event of a French text at the default output threshold."""
    analyze = event_runner({"fr": fr_nlp}, min_confidence=None)
    return lambda text: analyze(text, "fr")


@pytest.fixture(scope="session")
def fr_sides(fr_nlp):
    """``run(text)``: (type, actor codes, recipient codes) of a French text's actual and future events."""
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: typed_sides(analyze(text, "fr"))
