"""Amounts of a half ("half an hour", "half a century", « un demi-siècle »), bare plural units before a word
of sequence ("hours after the attack", "weeks later": TimeML 1.2.1 vague durations), clock times in the
24-hour notation of wire copy ("1500 GMT"), the second weekday of a range after the first (« du vendredi au
dimanche »), the night before (« la nuit dernière »), midday (« la mi-journée », TIMEX3 MI), « à ce jour » and
a season ahead of a present verb. Sentences written for the rules (issue 12); published Thursday 17 October
2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "It lasted half an hour.", "half an hour", "PT30M"),
    ("en", "The drought is the worst in half a century.", "half a century", "P50Y"),
    ("en", "He spent half a decade in exile.", "half a decade", "P5Y"),
    ("en", "The drought is the worst in a half-century.", "a half-century", "P50Y"),
    ("fr", "Il a passé un demi-siècle en politique.", "un demi-siècle", "P50Y"),
    ("en", "Police arrested a suspect hours after the attack.", "hours", "PTXH"),
    ("en", "Police arrested a suspect weeks later.", "weeks", "PXW"),
    ("en", "Days before the vote, the candidate withdrew.", "Days", "PXD"),
    # the zone inside the TIME since the TR-News batch (TimeBank "4 a.m. EDT Thursday"; test_times_wire_zones_and_kinds)
    ("en", "The ceasefire expired at 1500 GMT.", "1500 GMT", "2024-10-17T15:00"),
    ("en", "The ceasefire took effect at 0600 GMT Sunday.", "0600 GMT Sunday", "2024-10-13T06:00"),
    ("fr", "La nuit dernière, des voitures ont brûlé.", "La nuit dernière", "2024-10-16TNI"),
    ("fr", "À la mi-journée, la route était rouverte.", "la mi-journée", "2024-10-17TMI"),
    ("fr", "À ce jour, aucune plainte n'a été déposée.", "À ce jour", "PRESENT_REF"),
    ("en", "The new season opens in the spring.", "spring", "2025-SP"),
]

RANGES = [
    ("fr", "La fête se déroule du vendredi au dimanche.", {"vendredi": "2024-10-18", "dimanche": "2024-10-20"}),
    ("en", "The fair runs from Friday to Sunday.", {"Friday": "2024-10-18", "Sunday": "2024-10-20"}),
    ("en", "The talks ran from Friday to Sunday.", {"Friday": "2024-10-11", "Sunday": "2024-10-13"}),
    ("fr", "Les guichets sont ouverts du lundi au mercredi.", {"lundi": "2024-10-21", "mercredi": "2024-10-23"}),
]

NONE_OF = [
    ("en", "The days before the vote were tense.", "days"),
    ("en", "The ceasefire expired at 1500 GMT.", "1500"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_expression(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES)
def test_weekday_range_runs_forward(comps, lang, text, expected):
    got = found(comps, lang, text)
    assert got == expected


@pytest.mark.parametrize(("lang", "text", "span"), NONE_OF)
def test_not_this_extent(comps, lang, text, span):
    assert span not in found(comps, lang, text)
