"""Periods placed from the narrative, not from the publication (TimeML: anchored on the reference time):
"the following week", "the previous month", « la semaine suivante », « le mois suivant », « cette semaine-là »
count from the day or month the text last fixed; with none before, from the publication's. Sentences written
for the rule (issue 12), published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "On March 3, the minister resigned. The following week, the government fell.", "The following week",
     "2024-W10"),
    ("en", "In March, the company received an offer. The following month, it put itself up for sale.",
     "The following month", "2024-04"),
    ("en", "On March 3, the minister resigned. The previous month, he had been questioned.", "The previous month",
     "2024-02"),
    ("fr", "Le 3 mars, le ministre a démissionné. La semaine suivante, le gouvernement est tombé.",
     "La semaine suivante", "2024-W10"),
    ("fr", "Le 3 mars, le ministre a démissionné. Le mois suivant, des élections ont été convoquées.",
     "Le mois suivant", "2024-04"),
    ("fr", "Le 3 mars, le ministre a démissionné. Cette semaine-là, la bourse a chuté.", "Cette semaine-là",
     "2024-W09"),
    # nothing fixed before: from the publication
    ("en", "The government will fall the following week, officials said.", "the following week", "2024-W43"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_anaphoric_period(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Le PIB a progressé au troisième trimestre par rapport au trimestre précédent.", "trimestre précédent",
     "2024-Q2"),
    ("La décennie écoulée a été marquée par la crise.", "La décennie écoulée", "P10Y"),
    ("L'année écoulée a été difficile pour le club.", "L'année écoulée", "2023"),
])
def test_previous_and_elapsed_periods(comps, text, span, value):
    got = found(comps, "fr", text)
    assert got.get(span) == value, got
