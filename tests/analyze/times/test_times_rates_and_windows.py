"""Rates, open windows, months named with « mois », period signals and one unit of a verb of duration.

TimeML 1.2.1: a count of times before a rate is the SET's frequency, inside its extent ("twice a week":
value P1W, freq 2X); a plural unit pointing ahead or back without a count is a vague duration ("the weeks
ahead", « les mois à venir »: PXW, PXM); « le mois de mai » is the month, with its position (« la fin du mois
de mai »); the French TimeBank leaves the preposition that opens a period out of the span (« à <la fin de la
semaine> », « au <début de l'année> »); "spent a week", "lasted a month" are durations. Sentences written
for the rules (issue 12), published Thursday 17 October 2024.
"""

from __future__ import annotations

import pytest
from times_helpers import found

RATES = [
    ("en", "The council meets twice a year.", "twice a year", "P1Y"),
    ("en", "Patrols pass three times a day along the border.", "three times a day", "P1D"),
    ("en", "The committee will meet once a month until the vote.", "once a month", "P1M"),
    ("en", "Inspectors visited the plant 4 times a week.", "4 times a week", "P1W"),
    ("fr", "Le conseil se réunit deux fois par an.", "deux fois par an", "P1Y"),
    ("fr", "Les patrouilles passent trois fois par jour.", "trois fois par jour", "P1D"),
    ("fr", "Le comité se réunira une fois par mois jusqu'au vote.", "une fois par mois", "P1M"),
]

WINDOWS = [
    ("en", "Talks are expected to resume in the weeks ahead.", "the weeks ahead", "PXW"),
    ("en", "Prices will keep rising in the months to come.", "the months to come", "PXM"),
    ("fr", "Les prix baisseront dans les mois à venir.", "les mois à venir", "PXM"),
    ("fr", "Le gouvernement sera nommé dans les jours qui viennent.", "les jours qui viennent", "PXD"),
    ("fr", "Au cours des prochaines semaines, l'armée renforcera ses positions.", "prochaines semaines", "PXW"),
]

MONTHS = [
    ("fr", "À la fin du mois de mai, l'armée s'est retirée.", "la fin du mois de mai", "2024-05"),
    ("fr", "Les pluies ont commencé au début du mois de juin.", "début du mois de juin", "2024-06"),
    ("fr", "Le mois de juillet a été le plus chaud.", "Le mois de juillet", "2024-07"),
    ("fr", "La ville se vide au mois d'août.", "mois d'août", "2024-08"),
    ("fr", "Le traité a été signé au mois de mars 1998.", "mois de mars 1998", "1998-03"),
]

PERIOD_SIGNALS = [
    ("fr", "Le texte sera voté à la fin de la semaine.", "la fin de la semaine", "2024-W42"),
    ("fr", "Le texte a été voté au début de l'année.", "début de l'année", "2024"),
    ("fr", "Le texte sera voté en fin d'année.", "fin d'année", "2024"),
    ("fr", "Le texte a été voté au début du mois dernier.", "début du mois dernier", "2024-09"),
]

VERB_OBJECTS = [
    ("en", "The president spent a week in China.", "a week", "P1W"),
    ("en", "The siege of the city lasted a month.", "a month", "P1M"),
    ("en", "Rebuilding the bridge took a year.", "a year", "P1Y"),
]

NOT_RATES = [
    # "a decade ago" is a date; the count of times before it is no rate
    ("en", "He was arrested three times a decade ago.", "three times a decade"),
    # a unit after « fois » without « par » is no rate
    ("fr", "Il a été élu trois fois en dix ans.", "trois fois en dix ans"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), RATES)
def test_count_of_times_is_inside_the_set(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


@pytest.mark.parametrize(("lang", "text", "span", "value"), WINDOWS)
def test_plural_unit_pointing_ahead_is_a_vague_duration(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


@pytest.mark.parametrize(("lang", "text", "span", "value"), MONTHS)
def test_month_named_with_its_noun_is_one_date(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
    assert len(got) == 1, got


@pytest.mark.parametrize(("lang", "text", "span", "value"), PERIOD_SIGNALS)
def test_preposition_before_a_period_is_a_signal(comps, lang, text, span, value):
    assert found(comps, lang, text) == {span: value}


@pytest.mark.parametrize(("lang", "text", "span", "value"), VERB_OBJECTS)
def test_one_unit_as_object_of_a_verb_of_duration(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


def test_one_unit_elsewhere_is_no_duration(comps):
    """Without a verb of duration, "a week" is left alone ("a week of talks" names the talks)."""
    assert "a week" not in found(comps, "en", "Officials described a week of talks as useful.")


@pytest.mark.parametrize(("lang", "text", "span"), NOT_RATES)
def test_no_rate_without_a_count_of_times(comps, lang, text, span):
    assert span not in found(comps, lang, text)
