"""The tense of the clause decides the direction of a weekday or month without a year.

French passé composé with « être » (Grevisse: verbs of movement and change of state, pronominal verbs) is a
past even where the parser labels the auxiliary as a passive one; a true present passive stays present.
"""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

PUB = date(2024, 10, 17)  # a Thursday


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


# « aujourd'hui » / "today": nowadays (PRESENT_REF) in a present clause set off by a comma or as the present
# state of a name; the document's day when a past verb dates an event (TimeML: "today" as a date vs
# generic "today" = PRESENT_REF).
FR_TODAY = [
    ("Aujourd'hui, les jeunes lisent moins de journaux.", "Aujourd'hui", "PRESENT_REF"),
    ("L'Europe d'aujourd'hui doute d'elle-même.", "aujourd'hui", "PRESENT_REF"),
    ("Aujourd'hui, le ministre a démissionné.", "Aujourd'hui", "2024-10-17"),
    ("Le conseil se réunit aujourd'hui à Paris.", "aujourd'hui", "2024-10-17"),
    ("Dorénavant, les frontières resteront ouvertes.", "Dorénavant", "PRESENT_REF"),
    ("Désormais les jeunes votent.", "Désormais", "PRESENT_REF"),
]

EN_TODAY = [
    ("Today, young people read fewer newspapers.", "Today", "PRESENT_REF"),
    ("Today's Europe doubts itself.", "Today", "PRESENT_REF"),
    ("The Europe of today doubts itself.", "today", "PRESENT_REF"),
    ("Today, the minister resigned.", "Today", "2024-10-17"),
    ("Today's meeting was cancelled.", "Today", "2024-10-17"),
    ("Nowadays, young people read less.", "Nowadays", "PRESENT_REF"),
]


@pytest.mark.parametrize(("text", "span", "value"), FR_TODAY)
def test_french_today_nowadays(fr, text, span, value):
    nlp, comp = fr
    assert (span, value) in values(run(nlp, comp, text, PUB, "fr"))


@pytest.mark.parametrize(("text", "span", "value"), EN_TODAY)
def test_english_today_nowadays(en, text, span, value):
    nlp, comp = en
    assert (span, value) in values(run(nlp, comp, text, PUB, "en"))
