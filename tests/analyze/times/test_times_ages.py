"""Ages are no time expressions (issue 12: spurious « 52 ans »): an amount of years that is the object of a
verb of age (« il a 45 ans », « qui aura 67 ans », « elle fêtera ses 80 ans »), or that follows a noun of a
person (« le président de 67 ans »); the same amount as the object of a verb of duration, or of a thing, stays
a duration. Sentences written for the rule."""

from __future__ import annotations

import pytest
from times_helpers import found

AGES = [
    ("fr", "Le président, qui aura 67 ans en mars, a démissionné.", "67 ans"),
    ("fr", "Il a 45 ans et vit à Lyon.", "45 ans"),
    ("fr", "Il avait 20 ans quand la guerre a éclaté.", "20 ans"),
    ("fr", "Elle fêtera ses 80 ans samedi.", "80 ans"),
    ("fr", "Le président de 67 ans a démissionné.", "67 ans"),
    ("fr", "Une députée de 38 ans a été élue.", "38 ans"),
]

DURATIONS = [
    ("fr", "Il a passé 20 ans en prison.", "20 ans", "P20Y"),
    ("fr", "Le contrat de 10 ans a été signé.", "10 ans", "P10Y"),
    ("fr", "Il purge une peine de 20 ans.", "20 ans", "P20Y"),
]


@pytest.mark.parametrize(("lang", "text", "span"), AGES)
def test_age_is_no_time(comps, lang, text, span):
    got = found(comps, lang, text)
    assert span not in got, got


@pytest.mark.parametrize(("lang", "text", "span", "value"), DURATIONS)
def test_duration_stays(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value
