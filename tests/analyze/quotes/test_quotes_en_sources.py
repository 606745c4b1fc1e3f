"""English sources of attribution: a fronted medium, "according to" meaning "in keeping with"."""

import pytest
from quotes_helpers import only, run

pytestmark = pytest.mark.model


def test_fronted_medium_makes_it_writing(en_nlp):
    q = only(run(en_nlp, "en", "In a statement, the agency said the plant would close in March."))
    assert "the plant would close" in q.text
    assert q.kind == "writing"


def test_according_to_schedule_is_no_source(en_nlp):
    assert run(en_nlp, "en", "According to schedule, the new bridge will open to traffic on Friday.") == []


def test_according_to_a_forecast_is_a_finding(en_nlp):
    q = only(run(en_nlp, "en", "Prices will fall next spring, according to the central bank's latest forecast."))
    assert q.kind == "finding"
