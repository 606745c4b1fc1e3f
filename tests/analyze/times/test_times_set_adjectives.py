"""Adjectives of frequency are SETs (TimeML: « annuel » P1Y, « mensuel » P1M), but the same word used as a
noun names a periodical (« l'hebdomadaire Le Point », « le mensuel Capital »), not a time. Sentences written
for the rule (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

SETS = [
    ("fr", "La revue mensuelle a cessé de paraître.", "mensuelle", "P1M"),
    ("fr", "Le loyer mensuel a augmenté de dix euros.", "mensuel", "P1M"),
    ("fr", "La réunion hebdomadaire du conseil a été annulée.", "hebdomadaire", "P1W"),
    ("en", "The annual meeting was cancelled.", "annual", "P1Y"),
]

PERIODICALS = [
    ("fr", "L'hebdomadaire Le Point a publié une enquête.", "hebdomadaire"),
    ("fr", "Le mensuel Capital a révélé l'affaire.", "mensuel"),
    ("fr", "Selon l'hebdomadaire, le ministre savait.", "hebdomadaire"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), SETS)
def test_adjective_of_frequency_is_a_set(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


@pytest.mark.parametrize(("lang", "text", "span"), PERIODICALS)
def test_periodical_is_no_time(comps, lang, text, span):
    got = found(comps, lang, text)
    assert span not in got, got
