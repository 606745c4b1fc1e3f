"""Weekdays and seasons placed from the narrative, not from the publication (TimeML: anchored on the
reference time): "the following Friday", "that spring", "the following winter", « ce printemps-là », « l'été
suivant ». Sentences written for the rule (issue 12: anaphoric phrases); published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "The president was elected on March 3, 2019. The following Friday, he named his cabinet.",
     "The following Friday", "2019-03-08"),
    ("en", "The talks opened on June 4, 2021. The previous Sunday, rebels had shelled the port.",
     "The previous Sunday", "2021-05-30"),
    ("en", "In 2003, troops entered Iraq. That spring, Baghdad fell.", "That spring", "2003-SP"),
    ("en", "The war began in 2003. The following spring, the insurgency spread.", "The following spring",
     "2004-SP"),
    ("en", "The plant closed on March 3, 2019. The following summer, the town lost its school.",
     "The following summer", "2019-SU"),
    ("en", "The dam burst in 2010. The previous winter, engineers had warned of cracks.", "The previous winter",
     "2009-WI"),
    ("fr", "En 2003, les troupes sont entrées en Irak. Ce printemps-là, Bagdad est tombée.", "Ce printemps-là",
     "2003-SP"),
    ("fr", "La guerre a commencé en 2003. L'été suivant, l'insurrection s'est étendue.", "L'été suivant",
     "2004-SU"),
    ("fr", "La digue a cédé en 2010. L'hiver précédent, les ingénieurs avaient signalé des fissures.",
     "L'hiver précédent", "2009-WI"),
    # from the publication when the text fixed no year before
    ("en", "That summer, the town lost its school.", "That summer", "2024-SU"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_placed_from_the_narrative(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


# "that" + a season word that the parser reads as a verb is a relative clause, not a season
@pytest.mark.parametrize("text", ["Investors sell shares that fall sharply.",
                                  "The report studies problems that spring from poverty."])
def test_a_season_word_read_as_a_verb_is_no_season(comps, text):
    got = found(comps, "en", text)
    assert got == {}, got


def test_a_season_word_read_as_a_noun_stays_a_season(comps):
    got = found(comps, "en", "In 1944, the war turned. That spring, the army crossed the river.")
    assert got.get("That spring") == "1944-SP", got
