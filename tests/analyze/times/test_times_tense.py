"""The tense of the clause decides the direction of a weekday or month without a year.

French passé composé with « être » (Grevisse: verbs of movement and change of state, pronominal verbs) is a
past even where the parser labels the auxiliary as a passive one; a true present passive stays present.
"""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

from veille.analyze.times import TimesComponent

PUB = date(2024, 10, 17)  # a Thursday


@pytest.fixture(scope="module")
def fr(fr_nlp):
    return fr_nlp, TimesComponent(fr_nlp)


@pytest.fixture(scope="module")
def en(en_nlp):
    return en_nlp, TimesComponent(en_nlp)


FR = [
    ("Les délégations sont arrivées vendredi à Genève.", "vendredi", "2024-10-11"),
    ("Les manifestants sont descendus samedi dans la rue.", "samedi", "2024-10-12"),
    ("Le président est venu en février.", "février", "2024-02"),
    ("Les deux équipes sont rentrées mardi soir à Lyon.", "mardi soir", "2024-10-15TEV"),
    ("Les ministres se sont réunis vendredi à Bruxelles.", "vendredi", "2024-10-11"),
    # a present passive: the act is still to come
    ("Le texte est examiné mardi par le Sénat.", "mardi", "2024-10-22"),
    # a future with « être »: not a past
    ("La délégation sera arrivée vendredi.", "vendredi", "2024-10-18"),
]

EN = [
    ("The delegations arrived on Friday in Geneva.", "Friday", "2024-10-11"),
    ("The bill is debated on Tuesday in the Senate.", "Tuesday", "2024-10-22"),
    ("The ministers have met on Friday in Brussels.", "Friday", "2024-10-11"),
]


@pytest.mark.parametrize(("text", "span", "value"), FR)
def test_french_compound_past_with_etre(fr, text, span, value):
    nlp, comp = fr
    assert (span, value) in values(run(nlp, comp, text, PUB, "fr"))


@pytest.mark.parametrize(("text", "span", "value"), EN)
def test_english_tense_controls(en, text, span, value):
    nlp, comp = en
    assert (span, value) in values(run(nlp, comp, text, PUB, "en"))
