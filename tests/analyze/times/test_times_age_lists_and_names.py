"""Two spurious classes of issue 12, with sentences made up for them before the rules: the last of several ages
given in one list (« âgés de 22 et 25 ans ») is an age as the first is, no DURATION; and a date inside the name
of a group (« le Front du 2 juillet », "the April 6 Youth Movement") is part of the name, no DATE (TimeML marks
no names). Published on Wednesday 13 March 2019."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(2019, 3, 13)

# ages listed after their cue: every amount of the list is an age (a list of numbers joined by commas and
# the language's "and" / "or"), as a single one is
AGE_LISTS = [
    ("fr", "Les deux suspects, âgés de 22 et 25 ans, ont été mis en examen."),
    ("fr", "Trois adolescents âgés de 14, 15 et 16 ans ont été interpellés à la sortie du lycée."),
    ("fr", "Deux femmes de 58 et 61 ans sont portées disparues dans le massif."),
    ("fr", "Les victimes, âgées de 19 ou 20 ans, étaient étudiantes."),
    ("en", "The two brothers, aged 24 and 27 years, were charged with fraud."),
    ("en", "Three teenagers aged 15, 16 and 17 years were detained."),
]


@pytest.mark.parametrize(("lang", "text"), AGE_LISTS)
def test_every_age_of_a_list_is_an_age(comps, lang, text):
    assert found(comps, lang, text, PUB) == {}


# a list of amounts without a cue of age stays a list of durations (the last one found, as before)
DURATION_LISTS = [
    ("fr", "Le chantier a duré 2 ou 3 ans selon les quartiers.", "2 ou 3 ans", "PXY"),
    ("en", "The two men were sentenced to 5 and 7 years in prison.", "7 years", "P7Y"),
]


@pytest.mark.parametrize(("lang", "text", "expr", "value"), DURATION_LISTS)
def test_a_list_of_durations_without_a_cue_of_age_stays(comps, lang, text, expr, value):
    assert found(comps, lang, text, PUB).get(expr) == value


# two numbers joined by "and" are two amounts, not their sum: only a smaller part after a round one makes one
# number (« vingt et un », « soixante et onze », "ninety-seven")
def test_a_list_of_two_numbers_is_no_sum(comps):
    assert "P12Y" not in found(comps, "fr", "Les deux hommes ont été condamnés à cinq et sept ans de prison.",
                               PUB).values()
    assert found(comps, "fr", "Le siège a duré trente et un jours.", PUB) == {"trente et un jours": "P31D"}
    assert found(comps, "fr", "Il a passé soixante et onze jours en mer.", PUB) == {"soixante et onze jours": "P71D"}
    assert found(comps, "en", "The strike lasted twenty-one days.", PUB) == {"twenty-one days": "P21D"}


# a day in the name of a movement, a front, a coalition: no date
NAMES = [
    ("fr", "Le Front du 2 juillet a appelé à la grève générale."),
    ("fr", "La Coalition du 14 février a rejeté l'offre de dialogue."),
    ("fr", "Les militants du Collectif du 5 novembre ont manifesté devant la mairie."),
    ("en", "The April 6 Youth Movement called for a general strike."),
    ("en", "Leaders of the 23 March Liberation Front rejected the offer."),
]


@pytest.mark.parametrize(("lang", "text"), NAMES)
def test_a_day_in_the_name_of_a_group_is_no_date(comps, lang, text):
    assert {k: v for k, v in found(comps, lang, text, PUB).items() if k[-1:].isdigit() or "vrier" in k
            or "juillet" in k or "novembre" in k} == {}


# the same days outside a name, and a name's words after a day of the narrative, stay dates
DAYS_KEPT = [
    ("fr", "Le front a reculé le 2 juillet.", "le 2 juillet", "2018-07-02"),
    ("en", "The movement was founded on April 6, 2008.", "April 6, 2008", "2008-04-06"),
]


@pytest.mark.parametrize(("lang", "text", "expr", "value"), DAYS_KEPT)
def test_a_day_outside_a_name_stays_a_date(comps, lang, text, expr, value):
    assert found(comps, lang, text, PUB).get(expr) == value


def test_a_day_before_a_name_without_an_article_stays_a_date(comps):
    """Only a day after an article opens a name through capitalised words: after a preposition, the words that
    follow are the next phrase (the day's value in this sentence is not the point)."""
    assert "April 6" in found(comps, "en", "Since April 6 Labour Party members have boycotted the vote.", PUB)
