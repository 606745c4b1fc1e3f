"""A quantity of time before a signal word ("a week later", « trois jours plus tard »): TimeML 1.2.1 marks
the quantity as a DURATION and leaves the signal out of the TIMEX3 (the SIGNAL tag holds it), in both
languages. Sentences written for the rule, not taken from a corpus (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "A week later, the minister resigned.", "A week", "P1W"),
    ("en", "Three days later, the rebels took the town.", "Three days", "P3D"),
    ("en", "The talks resumed two months afterwards.", "two months", "P2M"),
    ("fr", "Une semaine plus tard, le ministre a démissionné.", "Une semaine", "P1W"),
    ("fr", "Trois jours plus tard, les rebelles ont pris la ville.", "Trois jours", "P3D"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_quantity_before_a_signal_is_a_duration(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
    assert not any(k.endswith(("later", "afterwards", "plus tard")) for k in got), got


def test_year_earlier_stays_a_date(comps):
    # the business-news comparison "a year earlier" names the period a year back (TimeBank marks it a DATE)
    got = found(comps, "en", "Sales rose 5% from a year earlier.")
    assert got.get("a year earlier") == "2023", got


# a count of added time ("two more weeks", "an additional year") is a DURATION of that count (TimeML:
# the quantity with its modifier is the TIMEX3); French writes the addition after the noun
MORE = [
    ("en", "The strike could last two more weeks.", "two more weeks", "P2W"),
    ("en", "He will serve at least 20 more years in prison.", "20 more years", "P20Y"),
    ("en", "The builders need an additional year to finish.", "an additional year", "P1Y"),
    ("en", "The court gave them three extra days.", "three extra days", "P3D"),
    ("fr", "La grève pourrait durer deux semaines de plus.", "deux semaines", "P2W"),
    ("fr", "Il lui faut une année supplémentaire.", "une année", "P1Y"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), MORE)
def test_added_time_is_a_duration(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert any(k.endswith(span) and v == value for k, v in got.items()), got


# a bare plural unit as the subject of a verb of elapsing ("Months passed") is a vague DURATION, as after
# a preposition ("for months"; TimeML PXM); French says it with its article (« Des mois ont passé »)
ELAPSED = [
    ("en", "Months passed before he spoke again.", "Months", "PXM"),
    ("en", "Years went by and nobody was tried.", "Years", "PXY"),
    ("fr", "Des mois ont passé avant le procès.", "Des mois", "PXM"),
]


def test_plural_unit_before_another_verb_is_untouched(comps):
    assert "Hours" not in found(comps, "en", "Hours matter in a rescue.")


# a unit compounded with "-long" is a DURATION of one unit, or a vague count when plural ("day-long",
# "decades-long"; TimeML marks the adjective)
LONG = [
    ("en", "The day-long meeting ended without a deal.", "day-long", "P1D"),
    ("en", "The decades-long conflict goes on.", "decades-long", "PXY"),
    ("en", "A months-long siege ended.", "months-long", "PXM"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), ELAPSED + LONG)
def test_bare_unit_is_a_duration(comps, lang, text, span, value):
    """A unit without a count: a vague DURATION when plural, one unit when singular."""
    got = found(comps, lang, text)
    assert (span, value) in got.items(), got
