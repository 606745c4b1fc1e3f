"""Approximate counts of a unit back from now and ahead (« il y a une quinzaine de jours », "a dozen years
ago": that count back, one DATE), open counts after « prochain » (« les deux prochaines années »), and a count
of people is no time (« une quinzaine de manifestants »). Sentences written for the rules (issue 12),
published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "Il y a une quinzaine de jours, le maire a démissionné.", "Il y a une quinzaine de jours",
     "2024-10-02"),
    ("fr", "Il y a une dizaine d'années, la région était en paix.", "Il y a une dizaine d'années", "2014"),
    ("en", "The plant closed a dozen years ago.", "a dozen years ago", "2012"),
    ("fr", "Le chantier durera une quinzaine de jours.", "une quinzaine de jours", "P15D"),
    ("fr", "Les deux prochaines années seront difficiles.", "Les deux prochaines années", "P2Y"),
    # « des » is « de » + « les » before « dernières »: outside, as « au » is
    ("fr", "Au cours des dernières années, la dette a augmenté.", "dernières années", "PXY"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_approximate_count(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


def test_count_of_people_is_no_time(comps):
    assert found(comps, "fr", "Une quinzaine de manifestants ont été interpellés.") == {}
